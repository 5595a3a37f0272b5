"""Qt's own dialogs and buttons speak the interface's language (issue 13, item 5).

The booklet's save dialog said « Look in: » and « Files of type: » in a French
window: qtbase's French catalogue leaves those out, and Carnet now translates
them itself (``carnet.ui.qt_strings``). Every file chooser of the app is Qt's own
dialog (``carnet.ui.services.file_dialog_options``), so it follows the language
chosen in Carnet rather than the desktop's.
"""

from __future__ import annotations

import os
import re
import sys
from datetime import datetime
from pathlib import Path

import pytest
from layout_checks import clipped_texts
from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeView,
    QWidget,
)

from carnet.ui import i18n
from carnet.ui.qt_strings import missing_in_qtbase
from carnet.ui.services import MessageService, file_dialog_options

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ("Look in", "Files of type", "File name", "Cancel", "&Save", "Save")


@pytest.fixture
def language():
    """Switch the interface language for one test; put the previous one back."""
    app = QApplication.instance()
    previous, locale = i18n.current_language(), QLocale()

    def use(lang: str) -> None:
        i18n.install_translators(app, lang)

    yield use
    i18n.install_translators(app, previous)
    QLocale.setDefault(locale)


def _texts(dialog) -> list[str]:
    return [w.text() for w in dialog.findChildren(QWidget)
            if isinstance(w, QLabel | QAbstractButton) and w.isVisible() and w.text()]


def _save_dialog_texts(qtbot, title: str) -> tuple[list[str], bool]:
    """Open the app's real « save » chooser (MessageService.save_file, as the booklet
    does), read what it shows, cancel it."""
    seen: dict[str, object] = {}

    def read() -> None:  # every 50 ms until the dialog is read and closed
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            return
        if "texts" not in seen:
            seen["texts"] = _texts(dialog)
            seen["qt_dialog"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
            seen["cut"] = clipped_texts(dialog)
        dialog.reject()

    timer = QTimer()
    timer.timeout.connect(read)
    timer.start(50)
    try:
        chosen = MessageService().save_file(None, title, str(Path.home() / "livret.pdf"),
                                            "PDF (*.pdf)")
    finally:
        timer.stop()
    assert chosen == ""  # cancelled: nothing chosen, nothing written
    assert seen["cut"] == []  # room for « Ordinateur » and « Dernière modification »
    return seen["texts"], seen["qt_dialog"]


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the system's dialog there")
def test_the_save_dialog_speaks_french_under_french(qtbot, language):
    language("fr")
    texts, qt_dialog = _save_dialog_texts(qtbot, "Enregistrer le livret")
    assert qt_dialog  # Qt's own dialog: it follows Carnet's language, not the desktop's
    joined = " | ".join(texts)
    for french in ("Voir dans", "Fichiers de &type", "Nom de fichier", "Enregistrer", "Annuler"):
        assert french in joined, (french, texts)
    assert not [t for t in texts if t.replace("&", "").rstrip(" :\u00a0") in
                {e.replace("&", "") for e in ENGLISH}], texts


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the system's dialog there")
def test_the_control_the_same_dialog_in_english(qtbot, language):
    language("en")
    texts, _ = _save_dialog_texts(qtbot, "Save the booklet")
    joined = " | ".join(texts)
    assert "Look in:" in joined and "Files of type:" in joined.replace("&", "")
    assert "Voir dans" not in joined


def test_message_box_buttons_in_french(qtbot, language):
    language("fr")
    box = QMessageBox(QMessageBox.Icon.Question, "Titre", "Supprimer ?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    words = {box.button(b).text().replace("&", "") for b in (
        QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Cancel)}
    assert words == {"Oui", "Non", "Annuler"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Discard)
    qtbot.addWidget(buttons)
    closing = buttons.button(QDialogButtonBox.StandardButton.Close).text()
    assert closing.replace("&", "") == "Fermer"


def test_carnet_fills_what_qtbase_leaves_in_english(language):
    language("fr")
    qtbase_only = QTranslator()
    assert qtbase_only.load("qtbase_fr", i18n.qt_translation_folders("fr")[0])
    for context, source in missing_in_qtbase():
        # The control: Qt's own French catalogue lacks it (else the entry is useless)...
        assert not qtbase_only.translate(context, source), (context, source)
        # ...and the installed translators give it in French.
        assert QCoreApplication.translate(context, source) != source, (context, source)


def test_file_choosers_all_share_one_style():
    expected = (QFileDialog.Option(0) if sys.platform in ("darwin", "win32")
                else QFileDialog.Option.DontUseNativeDialog)
    assert file_dialog_options() == expected
    sources = [p for p in (ROOT / "carnet" / "ui").rglob("*.py") if p.name != "services.py"]
    direct = [str(p.relative_to(ROOT)) for p in sources
              if re.search(r"QFileDialog\.get\w+\(", p.read_text(encoding="utf-8"))
              and "file_dialog_options" not in p.read_text(encoding="utf-8")]
    assert direct == []  # every chooser goes through services' options


def test_qtbase_french_is_there_and_kept_in_the_bundle():
    folder = Path(i18n.qt_translation_folders("fr")[0])
    assert (folder / "qtbase_fr.qm").is_file()
    spec = (ROOT / "packaging" / "carnet.spec").read_text(encoding="utf-8")
    qt_translations = re.compile(eval(re.search(r"QT_TRANSLATIONS = re\.compile\((.+)\)",
                                                spec).group(1)))
    kept = re.compile(eval(re.search(r"KEPT_LANGUAGES = re\.compile\((.+)\)", spec).group(1)))

    def keep(path: str) -> bool:  # the spec's keep_data
        return not qt_translations.search(path) or bool(kept.search(path))

    assert keep("PySide6/Qt/translations/qtbase_fr.qm")
    assert keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")  # the control


def _listed_in_chooser(folder: Path) -> dict[str, list[str]]:
    """Open the app's real « open » chooser (MessageService.open_file, as « Ouvrir un
    carnet… » does) on ``folder``; its details view's Size, Type and Date columns by name."""
    seen: dict[str, list[str]] = {}
    tries = []

    def read() -> None:  # every 50 ms until the folder is listed (Qt reads it on a thread)
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            return
        tries.append(1)
        view = dialog.findChild(QTreeView, "treeView")
        model, root = view.model(), view.rootIndex()
        rows = {model.index(r, 0, root).data(): [model.index(r, c, root).data()
                                                 for c in (1, 2, 3)]
                for r in range(model.rowCount(root))}
        if (len(rows) == 2 and all(row[2] for row in rows.values())) or len(tries) > 100:
            seen.update(rows)
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(read)
    timer.start(50)
    try:
        chosen = MessageService().open_file(None, "Ouvrir", str(folder),
                                            "Carnet (*.carnet *.journal)")
    finally:
        timer.stop()
    assert chosen == ""
    return seen


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the system's dialog there")
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_file_chooser_lists_types_sizes_and_dates_in_the_language(qtbot, tmp_path, language,
                                                                      lang):
    """fresh8's G18: in a French window the chooser read « Folder », « 264.00 KiB »,
    « 7 12 2026 18:26 » — Qt's file model writes sizes and dates in the system's locale
    (not the language chosen in Carnet), and qtbase_fr lacks the « Folder » type."""
    language(lang)
    (tmp_path / "backups").mkdir()
    journal = tmp_path / "carnet.journal"
    journal.write_bytes(b"\0" * 270336)  # 264 KiB
    moment = datetime(2026, 12, 7, 18, 26)
    os.utime(journal, (moment.timestamp(), moment.timestamp()))
    os.utime(tmp_path / "backups", (moment.timestamp(), moment.timestamp()))
    rows = _listed_in_chooser(tmp_path)
    folder_size, folder_type, folder_date = rows["backups"]
    size, kind, date = rows["carnet.journal"]
    assert folder_size == ""
    if lang == "fr":
        assert (folder_type, size, kind) == ("Dossier", "264,0 ko", "Carnet"), rows
        assert folder_date == date == "07/12/2026 18:26", rows
    else:
        assert (folder_type, size, kind) == ("Folder", "264.0 kB", "Carnet journal"), rows
        assert folder_date == date == "12/7/26 6:26\u202fPM", rows
