"""What an import found different between the journal and the file, in the person's language.

The exchange layer reports each difference as a :class:`~carnet.exchange.Conflict`
(a code and data, no prose); the import dialog, the import's result message and
``carnet import`` say it with these sentences. Qt is not imported here: the command
line does not load it to print a line (:func:`carnet.terminal_text.catalogue`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from carnet import terminal_text

if TYPE_CHECKING:
    from carnet.exchange import CarnetImportError, Conflict, ExportError, ParsedExport


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return terminal_text.catalogue().translate("ExchangeWords", text, disambiguation, n)


def _language() -> str:
    """The language the sentences are said in: the window's, else the command line's."""
    if terminal_text.catalogue() is terminal_text:
        return terminal_text.language()
    i18n = sys.modules.get("carnet.ui.i18n")  # (the window's, loaded with Qt)
    return i18n.current_language() if i18n is not None else terminal_text.language()


@lru_cache(maxsize=1)
def _templates():
    from carnet.templates import load_templates

    return load_templates()


def step_named(detail: str) -> str:
    """A step's note named as the session page names it, « Exposé — Co-développement »,
    not by its internal id (the import said « l'étape 'expose' »: fresh6); an id no
    format knows stays as it was given."""
    step_id = detail[1:-1] if len(detail) > 1 and detail[0] == detail[-1] == "'" else detail
    title = _templates().step_title_elsewhere(step_id, _language())
    return f"« {title} »" if title and _language() == "fr" else (
        f"“{title}”" if title else detail)


_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _quoted(text: str, limit: int = 40) -> str:
    """The person's words, shortened, in quotes, isolated for direction (a name holding a
    right-to-left override must not turn the rest of the line around)."""
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[:limit - 1] + "…"
    return _tr("“%1”").replace("%1", f"\u2068{text}\u2069")


def place_of(parsed: ParsedExport | None, path: str) -> str:
    """Where ``path`` (« groups[0].sessions[1].actions[0] ») is, in words a person knows:
    « “Codév du jeudi” › session 2 › action “Appeler E.F.” ». The path itself when
    the file does not hold it (never a guess)."""
    if parsed is None or not path:
        return path
    parts: list[str] = []
    group = session = None
    for name, index in _STEP.findall(path.replace(".", " ")):
        i = int(index) if index else None
        try:
            if name == "groups" and i is not None:
                group = parsed.groups[i]
                parts.append(_quoted(group.group.name))
            elif name == "topics" and i is not None:
                parts.append(_tr("topic %1").replace("%1", _quoted(parsed.topics[i].topic.title)))
            elif name == "journal":
                parts.append(_tr("the journal"))
            elif group is not None and name == "sessions" and i is not None:
                session = group.sessions[i]
                parts.append(_tr("session %1").replace("%1", str(session.session.number)))
            elif group is not None and name == "members" and i is not None:
                parts.append(_tr("member %1").replace(
                    "%1", _quoted(group.members[i].pseudonym)))
            elif group is not None and name == "objectives" and i is not None:
                parts.append(_tr("objective %1").replace(
                    "%1", _quoted(group.objectives[i][1].title)))
            elif session is not None and name == "actions" and i is not None:
                parts.append(_tr("action %1").replace(
                    "%1", _quoted(session.actions[i][0].title)))
            elif session is not None and name == "learnings" and i is not None:
                parts.append(_tr("learning %1").replace(
                    "%1", _quoted(session.learnings[i].text)))
            elif session is not None and name == "feelings" and i is not None:
                parts.append(_tr("a feeling"))
            elif session is not None and name == "step_notes" and i is not None:
                parts.append(_tr("a step's note"))
            elif session is not None and name == "keyword":
                parts.append(_tr("the key word"))
            elif parts:  # a field of the record already named
                continue
            else:
                return path
        except (IndexError, AttributeError, TypeError):
            return path
    return " › ".join(parts) or path


def _field_words() -> dict[str, str]:
    """A group's or a session's field, as the pages name it (the file names it by its
    key: « start_date, ground_rules » read in the French sentence, fresh8's G13)."""
    return {
        # a group's (the group page's labels)
        "name": _tr("the name"),
        "template_id": _tr("the format"),
        "facilitator": _tr("the facilitator"),
        "cadence": _tr("the rhythm"),
        "planned_sessions": _tr("the number of sessions planned"),
        "start_date": _tr("the first session's date"),
        "place": _tr("the place"),
        "ground_rules": _tr("the ground rules"),
        "notes": _tr("the notes"),
        "archived": _tr("whether it is archived"),
        # a session's (its page's)
        "number": _tr("the number"),
        "date": _tr("the date"),
        "status": _tr("the status"),
        "role": _tr("the role"),
        "title": _tr("the title"),
        "themes": _tr("the themes"),
    }


def fields_named(detail: str) -> str:
    """« start_date, ground_rules » as « the first session's date, the ground rules »
    (a field this version does not know keeps its key)."""
    words = _field_words()
    return ", ".join(words.get(key.strip(), key.strip()) for key in detail.split(",")
                     if key.strip())


def conflict_text(conflict: Conflict, parsed: ParsedExport | None = None) -> str:
    """One line: where (named from ``parsed``, the file, when given), what differs, and
    which version the journal keeps."""
    detail = conflict.detail
    sentences = {
        "edited": _tr("edited in your journal since this file was written: both versions "
                      "are kept"),
        "changed_since": _tr("changed in your journal since this file was written (its "
                             "tags, star, status or dates, not its words): your journal's "
                             "version is kept"),
        "group": _tr("the group differs in your journal (%1): your journal's version is "
                     "kept"),
        "session": _tr("the session differs in your journal (%1): your journal's version is "
                       "kept"),
        "step_note": _tr("your journal has another text for step %1: it is kept"),
        "step_note_file": _tr("the file's text for step %1 holds all of your journal's and "
                              "more: the file's is kept"),
        "keyword": _tr("your journal has another key word for this session: it is kept"),
        "rating": _tr("your journal rates this objective differently: its rating is kept"),
        "owner_name": _tr("your journal has another owner name: it is kept"),
        "setting": _tr("set differently in your journal: its setting is kept"),
    }
    sentence = sentences.get(conflict.code)
    if sentence is None:  # a code this version does not know: said in English, not hidden
        return str(conflict)
    if conflict.code in ("step_note", "step_note_file"):
        detail = step_named(detail)
    elif conflict.code in ("group", "session"):
        detail = fields_named(detail)
    values = {"1": place_of(parsed, conflict.path), "2": sentence.replace("%1", detail)}
    # (one pass: a group named « %2 » stays its name)
    return re.sub(r"%([12])", lambda m: values[m.group(1)],
                  _tr("%1: %2", "a place in the file: what differs"))


def conflicts_summary(conflicts: Sequence[Conflict], *, done: bool = False) -> list[str]:
    """How many differences keep the journal's version, how many keep both versions —
    before the import (a preview) or, with ``done``, after it."""
    both = sum(c.both_kept for c in conflicts)
    kept = len(conflicts) - both
    lines = []
    # English has no plural forms in its catalogue: 1 is said apart.
    if kept == 1:
        lines.append(_tr("1 difference: your journal kept its own version.") if done
                     else _tr("1 difference: your journal keeps its own version."))
    elif kept:
        lines.append(
            _tr("%n differences: your journal kept its own version.", None, kept) if done
            else _tr("%n differences: your journal keeps its own version.", None, kept))
    if both == 1:
        lines.append(
            _tr("1 item had been edited in your journal since this file was written: both "
                "versions were kept, the file's beside yours.") if done
            else _tr("1 item was edited in your journal since this file was written: both "
                     "versions are kept, the file's beside yours."))
    elif both:
        lines.append(
            _tr("%n items had been edited in your journal since this file was written: both "
                "versions were kept, the file's beside yours.", None, both) if done
            else _tr("%n items were edited in your journal since this file was written: both "
                     "versions are kept, the file's beside yours.", None, both))
    return lines


def export_refusal(error: ExportError, journal: str) -> str:
    """Why a JSON export was not written, and what to do: the same sentence in the
    window and on the command line (``journal``: the journal file's path)."""
    if error.reason == "too_big":
        from carnet.exchange import MAX_FILE_BYTES

        return _tr(
            "This journal's JSON export would weigh %1 MB, more than an import can read "
            "(%2 MB): its photos and documents make it that big. Nothing was written. To "
            "take your journal to another computer, copy the journal file itself (%3): it "
            "stays encrypted, and opens there with your passphrase.").replace(
                "%1", _megabytes(error.size)).replace(
                "%2", _megabytes(MAX_FILE_BYTES)).replace("%3", journal)
    if error.reason in ("no_folder", "not_written"):
        from carnet.ui.os_words import write_reason

        why = write_reason("ENOENT" if error.reason == "no_folder" else error.errno)
        return _tr("The export could not be written to %1: %2. Nothing was left "
                   "half-written.").replace("%1", error.where).replace("%2", why)
    return str(error)


def _megabytes(size: int) -> str:
    """Whole megabytes (MiB, as the app counts a document's size), rounded up: a file
    just over the bound never reads as the bound itself."""
    return str(-(-size // (1024 * 1024)))


def import_refusal(name: str, error: CarnetImportError) -> str:
    """Why the file ``name`` cannot be imported, ending with « nothing was changed »:
    the same sentence in the window and on the command line (the error's own message
    is a technical detail in English)."""
    sentences = {
        "missing": _tr("%1 cannot be imported: there is no such file."),
        "denied": _tr("%1 cannot be imported: Carnet is not allowed to read it."),
        "unreadable": _tr("%1 cannot be imported: the file cannot be read."),
        "folder": _tr("%1 cannot be imported: it is a folder, not an export file."),
        "too_big": _tr("%1 cannot be imported: it is far too big to be a Carnet export."),
        "not_json": _tr("%1 cannot be imported: it is not a Carnet export, or it was cut "
                        "short (an incomplete download or copy)."),
        "not_export": _tr("%1 cannot be imported: it is not a Carnet export."),
        "newer": _tr("%1 was exported by a newer version of Carnet: update Carnet to "
                     "import it."),
    }
    sentence = sentences.get(error.reason)
    if sentence is None:  # damaged: say where, the only detail a person can act on
        sentence = (_tr("%1 cannot be imported: it is damaged (at %2).").replace(
            "%2", error.path) if error.path else
            _tr("%1 cannot be imported: it is damaged."))
    return sentence.replace("%1", name) + " " + _tr("Your journal was not changed.")
