"""The app's message boxes show the person's words as written (found by a fresh-eyes
review: a group named « Co-dév Managers & <b>Lyon</b> » was shown with « Lyon » in bold
and its tags gone, in « Supprimer cette séance ? »): QMessageBox's static functions read
any text that looks like HTML as HTML."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from carnet.ui.services import MessageService

NAME = "Co-dév Managers & <b>Lyon</b> ]]>"


def _answer_and_read(qtbot, button: QMessageBox.StandardButton) -> list[str]:
    """Read what the box shows once it is up, then press ``button``."""
    seen: list[str] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append(f"{int(label.textFormat().value)}|{label.text()}")
        box.button(button).click()

    QTimer.singleShot(0, read)
    return seen


@pytest.mark.parametrize("kind", ["information", "warning", "error"])
def test_every_message_shows_its_text_as_plain_text(qtbot, kind):
    seen = _answer_and_read(qtbot, QMessageBox.StandardButton.Ok)
    getattr(MessageService(), kind)(None, "Titre", f"Supprimer « {NAME} » ?")
    assert seen == [f"{0}|Supprimer « {NAME} » ?"]  # Qt.TextFormat.PlainText == 0


def test_a_question_shows_its_text_as_plain_text(qtbot):
    seen = _answer_and_read(qtbot, QMessageBox.StandardButton.Yes)
    assert MessageService().question(None, "Titre", f"Supprimer « {NAME} » ?") is True
    assert seen == [f"{0}|Supprimer « {NAME} » ?"]
    seen = _answer_and_read(qtbot, QMessageBox.StandardButton.No)  # control: No is No
    assert MessageService().question(None, "Titre", NAME) is False
    assert seen == [f"0|{NAME}"]
