"""Interface language: French or English, from the setting or the system locale.

Source strings are English (``self.tr("…")``); ``resources/i18n/carnet_fr.qm``
holds the French translation, built by ``python -m carnet.i18n_build``. Qt's
own dialogs (buttons, file dialogs) use the ``qtbase_<lang>.qm`` shipped with Qt.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from carnet import paths

SUPPORTED = ("fr", "en")
#: Neither French nor English in the system locale: English source text.
FALLBACK = "en"

_current = FALLBACK
_installed: list[QTranslator] = []


def pick_language(preference: str = "", system: QLocale | None = None) -> str:
    """The language to use: the setting when it names a supported one, else the system's."""
    if preference in SUPPORTED:
        return preference
    locale = system if system is not None else QLocale.system()
    code = locale.name().split("_")[0].lower()
    if code in SUPPORTED:
        return code
    for name in locale.uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return FALLBACK


def current_language() -> str:
    """The language the interface runs in ("fr" or "en"), for templates' texts."""
    return _current


def install_translators(app: QCoreApplication, preference: str = "") -> str:
    """Install Carnet's and Qt's translators for the chosen language; return it.

    A missing ``.qm`` (translations not built yet) leaves the English text:
    the app still runs.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    lang = pick_language(preference)
    _current = lang
    system = QLocale.system()
    if system.name().split("_")[0].lower() != lang:
        # Dates and numbers follow the chosen language when it overrides the system.
        QLocale.setDefault(QLocale(lang))
    else:
        QLocale.setDefault(system)

    # Qt's own words first, Carnet's after: the translator installed last is asked first,
    # so Carnet's catalogue also fills what qtbase leaves in English (carnet.ui.qt_strings).
    candidates = [(f"qtbase_{lang}", folder) for folder in qt_translation_folders(lang)][:1]
    with contextlib.suppress(FileNotFoundError):  # an installation without resources
        candidates.append((f"carnet_{lang}", str(paths.resource_path("i18n"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang


def qt_translation_folders(lang: str = "fr") -> list[str]:
    """Where ``qtbase_<lang>.qm`` is: Qt's configured folder, else the one inside the
    PySide6 package (a frozen build may not configure Qt's path), the first that has it."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(package / "Qt" / "translations"), str(package / "translations")]
    found = [f for f in dict.fromkeys(folders) if (Path(f) / f"qtbase_{lang}.qm").is_file()]
    return found or folders[:1]
