"""Message boxes and file choosers behind one small service that tests replace.

After MusicBrainz Picard's ``UserDialogService``: widgets never call
``QMessageBox``/``QFileDialog`` directly but ``messages()``, so a test installs
a recording service (``set_message_service``) and answers questions itself.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QListView,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)


def file_dialog_options() -> QFileDialog.Option:
    """The one style of every file and folder chooser of the app.

    On Linux, Qt's own dialog: it speaks the interface's language (Carnet's setting
    may differ from the desktop's; Qt's words come from qtbase and Carnet's
    catalogues) and wears the app's stylesheet, where a desktop's dialog would mix
    languages and looks. Windows and macOS keep their system dialog, which people
    there expect.
    """
    if sys.platform in ("darwin", "win32"):
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def run_file_dialog(parent: QWidget | None, title: str, start: str, filters: str = "", *,
                    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
                    save: bool = False) -> str:
    """Qt's static choosers, with room: their default size cut the sidebar's places
    (« Or… ») and the columns' headers (« Dernière modi »). The path chosen, or ""."""
    chosen = _run_file_dialog(parent, title, start, filters, mode=mode, save=save)
    return chosen[0] if chosen else ""


def _run_file_dialog(parent: QWidget | None, title: str, start: str, filters: str, *,
                     mode: QFileDialog.FileMode, save: bool = False) -> list[str]:
    """The paths chosen in the app's file dialog, [] when cancelled."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOptions(file_dialog_options()
                      | (QFileDialog.Option.ShowDirsOnly
                         if mode == QFileDialog.FileMode.Directory else QFileDialog.Option(0)))
    if dialog.testOption(QFileDialog.Option.DontUseNativeDialog):
        dialog.setProxyModel(FileColumnsInLanguage(dialog))
    dialog.setFileMode(mode)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                         else QFileDialog.AcceptMode.AcceptOpen)
    if save and start:
        dialog.selectFile(start)
    _give_room(dialog)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return dialog.selectedFiles()
    finally:
        dialog.deleteLater()


#: The file dialog's columns (Qt's QFileSystemModel): name, size, type, date modified.
_SIZE, _TYPE, _DATE = 1, 2, 3
#: Journals and their backups (``store.backups.BACKUP_SUFFIX``), as the choosers' filter.
_JOURNAL_SUFFIXES = ("carnet", "journal")


class FileColumnsInLanguage(QIdentityProxyModel):
    """The file dialog's sizes and dates in the interface's language.

    Qt's file model writes them in the system's locale (``QLocale::system()``), not the
    default one Carnet sets from its language setting: a French window on an English
    desktop listed « 264.00 KiB » and « 7 12 2026 18:26 » (fresh8's G18). Sizes read as
    the restore dialog's list of backups (« 264,0 ko »), dates in the language's short
    format (« 07/12/2026 18:26 »); a journal's type is « Carnet » where the system's
    file types said « inconnu ». The type of a folder is Qt's own word, translated by
    Carnet's catalogue (``carnet.ui.qt_strings``).
    """

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        column = index.column()
        files = self.sourceModel()
        if (role != Qt.ItemDataRole.DisplayRole or column not in (_SIZE, _TYPE, _DATE)
                or not isinstance(files, QFileSystemModel)):
            return super().data(index, role)
        place = self.mapToSource(index)
        if column == _DATE:
            return QLocale().toString(files.lastModified(place), QLocale.FormatType.ShortFormat)
        if files.isDir(place):
            return super().data(index, role)
        if column == _SIZE:
            return QLocale().formattedDataSize(
                files.size(place), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        if files.fileInfo(place).suffix().lower() in _JOURNAL_SUFFIXES:
            return QCoreApplication.translate("FileColumnsInLanguage", "Carnet journal")
        return super().data(index, role)


def _give_room(dialog: QFileDialog) -> None:
    """Wide enough for its places (« Ordinateur ») and its columns' headers."""
    metrics = dialog.fontMetrics()
    dialog.resize(max(dialog.sizeHint().width(), 110 * metrics.averageCharWidth()),
                  max(dialog.sizeHint().height(), 36 * metrics.height()))
    details = dialog.findChild(QTreeView, "treeView")  # names from Qt's qfiledialog.ui
    if details is not None:
        header = details.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    places = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if places is not None and splitter is not None and splitter.count() == 2:
        wanted = places.sizeHintForColumn(0) + 24
        wanted = max(wanted, 16 * metrics.averageCharWidth())
        splitter.setSizes([wanted, max(dialog.width() - wanted, 1)])


def choose_directory(parent: QWidget | None, title: str, start: str) -> str:
    """A folder chosen in the app's file dialog, or ""."""
    return run_file_dialog(parent, title, start, mode=QFileDialog.FileMode.Directory)


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
                ) -> QMessageBox:
    """A message box that shows its text as written: QMessageBox's static functions guess
    the format, so a group named « Managers & <b>Lyon</b> » showed « Lyon » in bold and
    lost its tags (the person's words read as HTML)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


class MessageService:
    """The real, modal dialogs."""

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Information, title, text).exec()

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Warning, title, text).exec()

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Critical, title, text).exec()

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        """True when the person answers Yes."""
        box = message_box(parent, QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose(self, parent: QWidget | None, title: str, text: str,
               buttons: list[str], default: int = 0) -> int:
        """A warning with one button per choice, labelled in words (« Rester », « Quitter
        sans l’enregistrer »); the index of the one pressed. ``default`` is the button
        Return presses, and what Escape, closing the box or a lock closing it answers.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        pushed = []
        for index, label in enumerate(buttons):
            role = (QMessageBox.ButtonRole.RejectRole if index == default
                    else QMessageBox.ButtonRole.DestructiveRole)
            pushed.append(box.addButton(label, role))
        box.setDefaultButton(pushed[default])
        box.setEscapeButton(pushed[default])
        try:
            box.exec()
            clicked = box.clickedButton()
            return pushed.index(clicked) if clicked in pushed else default
        finally:
            box.deleteLater()

    def open_file(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str:
        """A file chosen to open, or "" when cancelled."""
        return run_file_dialog(parent, title, folder, filters)

    def open_files(self, parent: QWidget | None, title: str, folder: str,
                   filters: str) -> list[str]:
        """Files chosen to open (several at once), or [] when cancelled."""
        return _run_file_dialog(parent, title, folder, filters,
                                mode=QFileDialog.FileMode.ExistingFiles)

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        """A file name chosen to create, or "" when cancelled."""
        return run_file_dialog(parent, title, suggested, filters,
                               mode=QFileDialog.FileMode.AnyFile, save=True)


_service: MessageService = MessageService()


def messages() -> MessageService:
    """The service in use (the real dialogs unless a test replaced them)."""
    return _service


def set_message_service(service: MessageService) -> MessageService:
    """Install ``service``; return the previous one so it can be restored."""
    global _service
    previous, _service = _service, service
    return previous
