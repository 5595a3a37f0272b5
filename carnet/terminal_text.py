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


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language (``%n`` replaced by ``n`` when given)."""
    result = text
    if language() != FALLBACK:
        translator = _load()
        if translator:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                result = found
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
