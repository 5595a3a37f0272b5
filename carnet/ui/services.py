"""Message boxes and file choosers behind one small service that tests replace.

After MusicBrainz Picard's ``UserDialogService``: widgets never call
``QMessageBox``/``QFileDialog`` directly but ``messages()``, so a test installs
a recording service (``set_message_service``) and answers questions itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class MessageService:
    """The real, modal dialogs."""

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        """True when the person answers Yes."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str:
        """A file chosen to open, or "" when cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return path

    def open_files(self, parent: QWidget | None, title: str, folder: str,
                   filters: str) -> list[str]:
        """Files chosen to open (several at once), or [] when cancelled."""
        paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
        return paths

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        """A file name chosen to create, or "" when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path


_service: MessageService = MessageService()


def messages() -> MessageService:
    """The service in use (the real dialogs unless a test replaced them)."""
    return _service


def set_message_service(service: MessageService) -> MessageService:
    """Install ``service``; return the previous one so it can be restored."""
    global _service
    previous, _service = _service, service
    return previous
