"""The command line's words in the locale's language, from the window's translation files.

Source strings are English, like the window's. French comes from
``resources/i18n/carnet_fr.qm`` (the same file the window loads), read with a
``QTranslator`` and no GUI: QtCore is imported only when the language is not
English, so ``carnet --help`` in English never loads Qt. The language is
``--lang`` when given, else the locale (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``), else English.

Each CLI module has a ``_tr`` helper calling :func:`translate` with context
``"CommandLine"``; ``tools/i18n_update.py`` collects those strings.
"""

from __future__ import annotations

import contextlib
import os

SUPPORTED = ("fr", "en")
FALLBACK = "en"

_lang: str | None = None
_translator = None


def locale_language(environ: dict[str, str] | None = None) -> str:
    """The language the locale asks for, when Carnet speaks it; else English."""
    env = os.environ if environ is None else environ
    for name in env.get("LANGUAGE", "").split(":"):
        code = name.split("_")[0].split(".")[0].lower()
        if code in SUPPORTED:
            return code
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED else FALLBACK
    return FALLBACK


def set_language(lang: str | None) -> str:
    """Choose the language (``None``: the locale's); return it."""
    global _lang, _translator
    _lang = lang if lang in SUPPORTED else locale_language()
    _translator = None
    return _lang


def language() -> str:
    return _lang if _lang is not None else set_language(None)


def _load():
    global _translator
    if _translator is None:
        from PySide6.QtCore import QTranslator

        from carnet import paths

        translator = QTranslator()
        with contextlib.suppress(FileNotFoundError):
            if translator.load(f"carnet_{language()}", str(paths.resource_path("i18n"))):
                _translator = translator
        if _translator is None:
            _translator = False  # translations not built: English source text
    return _translator


#: English singulars of counted sources a rule cannot make (``english_forms``): a source
#: written in the plural, or whose verb or pronoun follows the count.
ENGLISH_SINGULAR: dict[str, str] = {
    "Action “%1” deleted, with its %n follow-up notes.":
        "Action “%1” deleted, with its follow-up note.",
    "%n pages": "%n page",
    "%n groups": "%n group",
    "%n members": "%n member",
    "%n objectives": "%n objective",
    "%n sessions": "%n session",
    "%n step notes": "%n step note",
    "%n key words": "%n key word",
    "%n learnings": "%n learning",
    "%n feelings": "%n feeling",
    "%n actions": "%n action",
    "%n action follow-ups": "%n action follow-up",
    "%n self-ratings": "%n self-rating",
    "%n topics to bring": "%n topic to bring",
    "%n photos or documents": "%n photo or document",
    "%n journal settings": "%n journal setting",
    "“%1” is rated at %n sessions. Removing it deletes those ratings and the words written "
    "beside them. Remove it?":
        "“%1” is rated at %n session. Removing it deletes that rating and the words written "
        "beside it. Remove it?",
    "%n session(s) of “%1” hold what you wrote: the group cannot be removed, so that "
    "nothing you wrote is lost.":
        "%n session of “%1” holds what you wrote: the group cannot be removed, so that "
        "nothing you wrote is lost.",
    "Its %n planned session(s), with nothing written in them, its members and its "
    "objectives will be removed, on your other devices too. Its topics stay, without a "
    "group.":
        "Its %n planned session, with nothing written in it, its members and its "
        "objectives will be removed, on your other devices too. Its topics stay, without a "
        "group.",
    "%n group(s) archived: %1. Their sessions and everything you wrote stay in the list of "
    "sessions, in search and in the booklet. For a new cycle, create its group; “Reactivate "
    "this group”, on an archived group's page, brings one back.":
        "%n group archived: %1. Its sessions and everything you wrote stay in the list of "
        "sessions, in search and in the booklet. For a new cycle, create its group; "
        "“Reactivate this group”, on an archived group's page, brings it back.",
    "%n items are already in your journal and stay as they are.":
        "%n item is already in your journal and stays as it is.",
    "This text holds %n other versions, written at the same time on other devices and "
    "brought by a sync or an import (%1): each follows a line « Other version ». Keep what "
    "you want and delete the rest.":
        "This text holds %n other version, written at the same time on another device and "
        "brought by a sync or an import (%1): it follows a line « Other version ». Keep what "
        "you want and delete the rest.",
    "%n backup(s) of the journal re-encrypted: they open with the new passphrase only "
    "(in %1).":
        "%n backup of the journal re-encrypted: it opens with the new passphrase only "
        "(in %1).",
    "%n reviews": "%n review",
    "%n open actions": "%n open action",
    "%n sessions held": "%n session held",
    "%n words": "%n word",
    "%n differences: your journal kept its own version.":
        "%n difference: your journal kept its own version.",
    "%n differences: your journal keeps its own version.":
        "%n difference: your journal keeps its own version.",
    "%n items had been edited in your journal since this file was written: both versions "
    "were kept, the file's beside yours.":
        "%n item had been edited in your journal since this file was written: both "
        "versions were kept, the file's beside yours.",
    "%n items were edited in your journal since this file was written: both versions are "
    "kept, the file's beside yours.":
        "%n item was edited in your journal since this file was written: both versions are "
        "kept, the file's beside yours.",
    "%n days ago": "%n day ago",
    "in %n days": "in %n day",
    "Today: %n action(s) fall due — Prepare": "Today: %n action falls due — Prepare",
    "Today: %n action(s) fall due": "Today: %n action falls due",
    "%1: %n action(s) fall due — Prepare": "%1: %n action falls due — Prepare",
    "%1: %n action(s) fall due": "%1: %n action falls due",
    "%n texts edited on two devices at once: both versions are kept in each, the other one "
    "under “Other version”.":
        "%n text edited on two devices at once: both versions are kept in it, the other one "
        "under “Other version”.",
    "%n titles (or names) reworded on two devices at once: the latest wording is shown; "
    "the others wait on Carnet's Sync page until you choose.":
        "%n title (or name) reworded on two devices at once: the latest wording is shown; "
        "the other waits on Carnet's Sync page until you choose.",
    "%n change files sent": "%n change file sent",
    "Conflict resolved: %n items": "Conflict resolved: %n item",
    "Conflict resolved: %n notes": "Conflict resolved: %n note",
    "%n backup(s) of this journal open with the current passphrase. After the change, "
    "rekey them to the new passphrase (r) or delete them (d)? [r/d] ":
        "%n backup of this journal opens with the current passphrase. After the change, "
        "rekey it to the new passphrase (r) or delete it (d)? [r/d] ",
    "%n backup(s) rekeyed: they open with the new passphrase only (in %1).":
        "%n backup rekeyed: it opens with the new passphrase only (in %1).",
    "Booklet written (NOT encrypted): %1 (%n pages)":
        "Booklet written (NOT encrypted): %1 (%n page)",
    " copies": " copy",
    "%n planned session(s), the next on %1": "%n planned session, on %1",
}
#: Sources that count but whose English plural is not the source itself.
ENGLISH_PLURAL: dict[str, str] = {
    "%n session held": "%n sessions held",
    "%n learning": "%n learnings",
    "%n session": "%n sessions",
}


def english_forms(source: str) -> tuple[str, str]:
    """The English (singular, plural) of a counted source: « (s) » dropped or made « s »
    (« %n action(s) » → « %n action », « %n actions »), else the tables above. The
    English catalogue's numerus forms are made from it (``tools/i18n_update.py``), and the
    command line, which reads no catalogue in English, uses it directly: both said
    « 1 action(s) », « 1 days ago » (fresh6)."""
    singular = ENGLISH_SINGULAR.get(source)
    plural = ENGLISH_PLURAL.get(source)
    if singular is None:
        singular = source.replace("(s)", "") if plural is None else source
    if plural is None:
        plural = source.replace("(s)", "s")
    return singular, plural


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language (``%n`` replaced by ``n`` when given)."""
    result = text
    if language() != FALLBACK:
        translator = _load()
        if translator:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                result = found
    elif n >= 0:
        result = english_forms(text)[0 if n == 1 else 1]
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def catalogue():
    """The translator for words both the window and the command line say (Qt-free modules
    such as ``ui/sync/problems.py``): the application's while a Qt application runs,
    else this module's, which reads the same catalogue. Either has ``translate(context,
    text, disambiguation, n)``."""
    import sys

    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        return qtcore.QCoreApplication
    return sys.modules[__name__]
