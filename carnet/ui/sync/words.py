"""The interface's words for sync: the status line, a report's problems, an error.

The engine returns codes and arguments (nothing below the interface can
translate); every sentence the window shows about sync is made here, so the
status bar, the Synchronisation page and the join dialog say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from carnet.ui.sync import problems
from carnet.ui.sync.problems import code_of, os_reason
from carnet.ui.sync.problems import fill as _fill

if TYPE_CHECKING:
    from carnet.sync.errors import SyncError
    from carnet.sync.report import Problem, SyncReport


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("SyncWords", text, disambiguation, n)


# -- the status bar --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncState:
    """What the status bar says: ``phase`` is off | syncing | done | offline | failed |
    refused (the journal file lies inside its synced folder: never synced) | read_only
    (the journal is open read-only: never synced)."""

    phase: str = "off"
    last_sync: datetime | None = None
    #: records holding two versions since the last sync that brought something
    conflicts: int = 0
    conflict_notes: bool = True
    complete: bool = True
    #: the one-line reason of ``failed`` or of an incomplete sync (tooltip)
    detail: str = ""
    #: local changes that no sync took yet (« Synced » would not be true)
    unsent: bool = False
    #: which notes hold two versions, one line each (said in the tooltip)
    conflicted: tuple[str, ...] = ()


def ago(when: datetime, now: datetime) -> str:
    """« il y a 2 min », « il y a 3 h », « le 4 déc. »."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return _tr("just now")
    if seconds < 3600:
        return _tr("%n min ago", None, seconds // 60)
    if seconds < 24 * 3600:
        return _tr("%n h ago", None, seconds // 3600)
    from carnet.ui import formats  # the domain's modules: not before the journal opens

    return _fill(_tr("on %1"), formats.format_date(when.astimezone().date()))


def status_text(state: SyncState, now: datetime | None = None) -> str:
    """The status bar's line (empty when the journal does not sync)."""
    now = now or datetime.now(UTC)
    if state.phase == "off":
        return ""
    if state.phase == "syncing":
        return _tr("Syncing…")
    if state.phase == "offline":
        return _tr("Offline")
    if state.phase == "failed":
        return _tr("Not synced")
    if state.phase == "refused":
        return _tr("Not synced: journal inside the synced folder")
    if state.phase == "read_only":
        return _tr("Not synced: journal open read-only")
    if state.unsent:
        return _tr("Changes to send")
    if state.conflicts:  # English has no plural forms in its catalogue: 1 said apart
        if state.conflict_notes:
            return (_tr("Conflict resolved: 1 note") if state.conflicts == 1
                    else _tr("Conflict resolved: %n notes", None, state.conflicts))
        return (_tr("Conflict resolved: 1 item") if state.conflicts == 1
                else _tr("Conflict resolved: %n items", None, state.conflicts))
    if not state.complete:
        return _tr("Partly synced")
    if state.last_sync is None:
        return _tr("Synced")
    return _fill(_tr("Synced %1"), ago(state.last_sync, now))


def status_tip(state: SyncState, folder: str) -> str:
    """The status bar's tooltip: where, and what is wrong if something is."""
    lines = []
    if folder:
        lines.append(_fill(_tr("Synced folder: %1"), folder))
    if state.phase == "offline":
        lines.append(_tr("The synced folder cannot be reached (a drive or a share "
                         "disconnected?). Your changes stay in the journal and are sent at "
                         "the next sync."))
    if state.phase == "refused":
        lines.append(_tr("Your journal file is inside the synced folder. Sync tools damage a "
                         "journal file in use: move the journal out of this folder (or "
                         "choose another folder on the Sync page). Nothing was synced."))
    elif state.phase == "read_only":
        lines.append(_tr("This journal is open read-only: nothing is synced from it or "
                         "into it. Your journal itself syncs as usual when it is open."))
    elif state.unsent and state.phase in ("done", "offline", "failed"):
        lines.append(_tr("Your latest changes are saved in the journal; they are sent to "
                         "the synced folder in a few moments."))
    if state.conflicts:
        lines.append(_tr("A text edited on two devices at once keeps both versions: the other "
                         "follows under “Other version”, with its date. Edit the text to "
                         "keep what you want. A title or a name reworded on two devices shows "
                         "the latest wording; the other waits on the Sync page until you "
                         "choose."))
        lines += [f"• {line}" for line in state.conflicted]
    if state.detail:
        lines.append(state.detail)
    lines.append(_tr("Click for the Sync page."))
    return "\n".join(lines)


# -- a report's problems ---------------------------------------------------------------------------


def problem_text(problem: Problem) -> str:
    """One sentence saying what a problem means and what to do (the command line's words
    but for the remedy that names the Sync page)."""
    if code_of(problem.code) == "key_mismatch":
        return _tr("The folder is set up with another key than this journal's: choose the "
                   "folder again on the Sync page.")
    return problems.problem_text(problem)


def problems_text(report: SyncReport, limit: int = 6) -> str:
    """The report's problems, one per line, the same sentence once."""
    lines: list[str] = []
    for problem in report.problems:
        line = problem_text(problem)
        if line not in lines:
            lines.append(line)
    if len(lines) > limit:
        more = len(lines) - limit
        lines = [*lines[:limit], _tr("…and %n more.", None, more)]
    return "\n".join(lines)


def error_text(error: SyncError, folder: str = "") -> str:
    """Why a whole sync, set-up or join did not happen, and what to do."""
    why = code_of(error.why)
    details = error.details or {}
    where = str(details.get("path", "") or folder)
    detail = os_reason(str(details.get("detail", "")))
    if why in ("no_folder", "not_set_up"):
        return _tr("This journal does not sync yet: choose a synced folder.")
    if why == "folder_unavailable":
        return _fill(_tr("The synced folder %1 cannot be reached (a drive or a share "
                         "disconnected?). Your changes stay in the journal and are sent at "
                         "the next sync."), where)
    if why == "folder_not_writable":
        return _fill(_tr("The synced folder %1 cannot be written (read-only or full?). %2"),
                     where, detail).strip()
    if why == "no_journal_in_folder":
        return _fill(_tr("There is no Carnet journal in %1 yet. Set sync up on your other "
                         "device first, and let your sync tool bring the folder here."), where)
    if why == "several_journals":
        return _fill(_tr("%1 holds several Carnet journals: choose the folder of one of them "
                         "(%1/Carnet/…)."), where)
    if why == "wrong_passphrase" and details.get("journal") is True:
        return _tr("This is not this journal's passphrase: type the passphrase you unlock "
                   "it with.")
    if why == "wrong_passphrase" and details.get("journal") is False:
        return _tr("This passphrase opens this journal but not the synced folder: the "
                   "journal's passphrase was changed on another device. Give this journal "
                   "the passphrase of your other devices, then choose the folder again.")
    if why == "wrong_passphrase":
        return _tr("This passphrase does not open the synced journal: give the passphrase of "
                   "the journal on your other devices.")
    if why == "bad_manifest":
        return _fill(_tr("The description of the synced journal in %1 (manifest.json) is "
                         "missing or damaged. If your sync tool is still downloading, try "
                         "again later."), where)
    if why == "newer_manifest":
        return _tr("The folder was set up by a newer version of Carnet: update Carnet on this "
                   "computer.")
    if why == "key_mismatch":
        return _tr("The folder is set up with another key than this journal's (another "
                   "journal, or the passphrase changed elsewhere). Nothing was changed.")
    if why == "other_journals":
        return _fill(_tr("%1 already holds another Carnet journal. To open that journal on "
                         "this computer, use « Join a synced journal » on the unlock screen. "
                         "Nothing was changed."), where)
    if why == "journal_exists":
        return _tr("A file already exists at this location. Choose another name.")
    if why == "cancelled":
        return _tr("Cancelled: no journal was created.")
    if why == "nothing_to_join":
        return _fill(_tr("%1 holds no change file this Carnet can read yet: wait until your "
                         "sync tool has finished downloading, then try again."), where)
    return _fill(_tr("The sync did not happen: %1"), why)


def summary(report: SyncReport) -> str:
    """« 2 change files sent, 3 received » for the Synchronisation page."""
    sent = (_tr("1 change file sent") if report.sent == 1
            else _tr("%n change files sent", None, report.sent))
    return _fill(_tr("%1, %2."), sent, _tr("%n received", None, report.received))


# -- race15: what the status bar and the page add to the lines above ------------------------------


def report_problems_text(report: SyncReport, limit: int = 6) -> str:
    """:func:`problems_text`, saying first that the other devices are not in this folder
    (``others_absent``) when they are not."""
    import dataclasses

    absent = [p for p in report.problems if code_of(p.code) == "others_absent"]
    if not absent:
        return problems_text(report, limit)
    rest = problems_text(dataclasses.replace(
        report, problems=[p for p in report.problems if p not in absent]), limit)
    return "\n".join([problems.others_absent_text(absent[0]), *([rest] if rest else [])])


def status_line(state: SyncState, *, alone: bool = False,
                now: datetime | None = None) -> str:
    """The status bar's line: :func:`status_text`, plus what it alone would hide — a
    conflict while changes wait to be sent, the other devices not in this folder."""
    import dataclasses

    text = status_text(state, now)
    if state.phase != "done" or not text:
        return text
    parts = [text]
    if state.unsent and state.conflicts:
        parts.append(status_text(dataclasses.replace(state, unsent=False), now))
    if alone:
        parts.append(_tr("no other device in this folder"))
    return " · ".join(parts)
