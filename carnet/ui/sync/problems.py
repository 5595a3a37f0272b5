"""What a problem of a sync report means, in one sentence, for the window and for ``carnet sync``.

The engine returns codes and arguments (nothing below the interface can
translate). The status bar, the Synchronisation page, the join dialog and the
command line say the same thing about a damaged file or a missing change, so
those sentences are written once, here; each caller words only the problems
whose remedy names its own way to act (the Sync page, ``carnet sync --folder``).

Qt is not imported here: the command line must not load it to print a line.
Inside the window the sentences come from the application's translator; in a
command, from :mod:`carnet.terminal_text`, which reads the same catalogue.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from carnet import terminal_text

if TYPE_CHECKING:
    from carnet.sync.report import Problem


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return terminal_text.catalogue().translate("SyncWords", text, disambiguation, n)


def fill(text: str, *values: object) -> str:
    """Replace %1, %2… (Qt's style: the translator may reorder them)."""
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def code_of(value: object) -> str:
    """The stable string of an engine code (``Code``/``Why`` are ``StrEnum``)."""
    return str(getattr(value, "value", value))


def os_reason(detail: str) -> str:
    """``detail`` (an ``OSError.strerror``) in the person's language when it is a reason
    people meet with a synced folder (the engine only has the system's English words)."""
    denied = _tr("permission denied")
    reasons = {errno.EACCES: denied, errno.EPERM: denied,
               errno.EROFS: _tr("the folder is read-only"), errno.ENOSPC: _tr("the disk is full")}
    for number, words in reasons.items():
        if detail == os.strerror(number):
            return words
    return detail


def short_device(device: str) -> str:
    """A device id shown to a person: its first characters are enough to tell them apart."""
    return device[:8] if device else "?"


def device_names(labels: Mapping[str, str]) -> dict[str, str]:
    """Each device's name as said to a person, from every label known (``{id: label}``,
    this device's included): its label, followed by its short id when another device
    bears the same label — two computers both called « vm » (the host name is the first
    label) are told apart without anyone renaming them — or "" when it has none (the
    caller says « Appareil 3f2a1b9c »). Labels are compared as a person reads them:
    spaces and case aside."""
    def key(label: str) -> str:
        return " ".join((label or "").split()).casefold()

    bearers: dict[str, list[str]] = {}
    for device, label in labels.items():
        if key(label):
            bearers.setdefault(key(label), []).append(device)
    names = {}
    for device, label in labels.items():
        label = " ".join((label or "").split())
        same = bearers.get(key(label), [])
        if len(same) < 2:
            names[device] = label
            continue
        size = 8  # longer only if two ids of one label start alike
        while size < len(device) and any(other != device and other[:size] == device[:size]
                                         for other in same):
            size += 4
        names[device] = f"{label} · {device[:size]}"
    return names


def problem_text(problem: Problem) -> str:
    """One sentence saying what a problem means and what to do."""
    code = code_of(problem.code)
    args = problem.args or {}
    file = problem.file or str(args.get("file", ""))
    device = short_device(problem.device or str(args.get("device", "")))
    seq = args.get("seq", "?")
    detail = os_reason(str(args.get("detail", "")))
    if code == "incomplete":
        return fill(_tr("%1 is still being downloaded by your sync tool: it will be read at "
                        "the next sync."), file)
    if code == "foreign_file":
        return fill(_tr("%1 is not a Carnet change file: it was left aside (delete it if you "
                        "do not know it)."), file)
    if code == "newer_version":
        return fill(_tr("%1 was written by a newer version of Carnet: update Carnet on this "
                        "computer to read it."), file)
    if code == "other_key":
        return fill(_tr("The changes of device %1 are encrypted for another passphrase: they "
                        "were not applied. On that device, set sync up again with this "
                        "journal's passphrase."), device)
    if code == "damaged":
        return fill(_tr("%1 is damaged or was altered: it was not applied."), file)
    if code == "other_journal":
        return fill(_tr("%1 belongs to another journal: it was not applied."), file)
    if code == "device_clash":
        return fill(_tr("Two different files claim to be change %2 of device %1 (a copied "
                        "journal?): the second one was not applied."), device, seq)
    if code == "missing":
        return fill(_tr("Change %2 of device %1 has not arrived yet: the later ones wait for "
                        "it."), device, seq)
    if code == "clone_detected" and args.get("restored"):
        return _tr("This journal is an older copy of its file (a restored backup, a copied "
                   "file): it now syncs as a new device. What was written since on your "
                   "devices is applied; where its own words differ from newer ones, both are "
                   "kept.")
    if code == "clone_detected":
        return _tr("This journal is a copy (a restored backup or a copied file): it now syncs "
                   "as a new device.")
    if code == "journal_in_folder":
        return fill(_tr("The journal file %1 is inside the synced folder. Move it out: sync "
                        "tools damage a journal file in use, and the folder only needs "
                        "Carnet's change files."), args.get("path", "") or file)
    if code == "write_failed":
        return fill(_tr("This computer's changes could not be written to the folder (%1): "
                        "they stay in the journal and will be sent at the next sync."), detail)
    if code == "apply_failed":
        return fill(_tr("Change %2 of device %1 could not be applied: %3"), device, seq,
                    detail)
    if code == "cancelled":
        return _tr("The sync was interrupted; it goes on at the next sync.")
    return fill(_tr("Unexpected sync problem: %1"), code)


def conflict_sentences(conflicted, count: int) -> list[str]:
    """What a sync's conflicts mean, by kind (issue 15): a long text keeps every version
    in the text; a short one (a title, a name) shows the latest wording and keeps the
    other for the Sync page. ``conflicted``: the report's (table, uuid, field)."""
    from carnet.domain.sync import SHORT_TEXT_FIELDS

    short = sum(1 for item in conflicted if (item[0], item[2]) in SHORT_TEXT_FIELDS)
    long_ = max(0, count - short)
    out = []
    if long_:
        out.append(_tr("1 text edited on two devices at once: both versions are kept in it, "
                       "the other one under “Other version”.") if long_ == 1
                   else _tr("%n texts edited on two devices at once: both versions are kept "
                            "in each, the other one under “Other version”.", None, long_))
    if short:
        out.append(_tr("1 title (or name) reworded on two devices at once: the latest "
                       "wording is shown; the other waits on Carnet's Sync page until you "
                       "choose.") if short == 1
                   else _tr("%n titles (or names) reworded on two devices at once: the latest "
                            "wording is shown; the others wait on Carnet's Sync page until you "
                            "choose.", None, short))
    return out


def others_absent_text(problem: Problem) -> str:
    """Said when none of the devices this journal synced with is in its folder (race15):
    they no longer meet, though each sync there is whole."""
    names = absent_names(problem)  # every device: by its name, else its short id
    shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
    return fill(_tr("None of the devices this journal synced with (%1) is in this folder: "
                    "they do not receive this device's changes, nor this device theirs, "
                    "until they sync through the same folder."), shown)


def absent_names(problem: Problem) -> list[str]:
    """The devices an ``others_absent`` notice is about: each by its name when the
    journal knows it, else by its short id (a report without ``names``: its labels,
    else the short ids)."""
    args = problem.args or {}
    pairs = args.get("names")
    if isinstance(pairs, list) and pairs:
        pairs = [(str(pair[0]), str(pair[1]) if len(pair) > 1 and pair[1] else "")
                 for pair in pairs if isinstance(pair, (list, tuple)) and pair]
        me = args.get("me")  # this device and its label: « vm » here and there, told apart
        known = dict([tuple(map(str, me))] if isinstance(me, list) and len(me) == 2 else [])
        names = device_names({**known, **dict(pairs)})
        return [names.get(device) or short_device(device) for device, _label in pairs]
    return [str(label) for label in args.get("labels") or () if label] or [
        short_device(str(device)) for device in args.get("devices") or ()]


def devices_with_the_old_passphrase(store) -> list[str]:
    """The other devices this journal syncs with, by name (else short id): each keeps
    its own copy of the journal under its own passphrase, which a change made here does
    not reach (fresh7: « seule la nouvelle ouvre le carnet » while the other computer's
    copy still opened with the old one and went on receiving every new note)."""
    me = store.sync.identity().device_id
    labels = store.sync.device_labels
    others = (set(store.sync.applied()) | set(labels)) - {me}
    if not others:
        return []
    names = device_names({**labels, me: store.sync.device_label})
    return [names.get(device) or short_device(device) for device in sorted(others)]


def passphrase_changed_here(devices: list[str]) -> str:
    """What a passphrase change did when other devices sync this journal: said in the
    window and on the command line."""
    return _tr("The passphrase was changed on this device: from now on only the new one "
               "opens the journal here. Your other devices (%1) keep the old one: their copy "
               "of the journal still opens with it, and goes on receiving by sync what you "
               "write. Change it on each of them too (File › Change the passphrase…).").replace(
                   "%1", ", ".join(devices))
