"""First run: create a journal (name, location, passphrase twice) or open one.

The page only collects and checks what the person typed; the main window
creates the journal off the UI thread and reports back with ``set_busy`` /
``show_error``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carnet import paths
from carnet.passphrase_policy import MIN_LENGTH, passphrase_score
from carnet.ui import style
from carnet.ui.style import add_reveal_action as add_reveal_action  # its home until it moved
from carnet.ui.whole_paste import keep_whole

JOURNAL_FILTER = "Carnet (*.carnet *.journal);;*"


def strength_text(score: int) -> str:
    """What a ``passphrase_score`` means, for every form that asks for a new passphrase."""
    return [
        QCoreApplication.translate("WelcomePage", "Too short (at least %1 characters)").replace(
            "%1", str(MIN_LENGTH)),
        QCoreApplication.translate("WelcomePage", "Weak — add a few words"),
        QCoreApplication.translate("WelcomePage", "Fair"),
        QCoreApplication.translate("WelcomePage", "Strong"),
        QCoreApplication.translate("WelcomePage", "Very strong"),
    ][score]


def display_path(path: Path) -> str:
    """A path as people read it: the home folder written ``~``."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def _password_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(False)
    return field


class WelcomePage(QWidget):
    """Create a new journal, or choose an existing one to open."""

    createRequested = Signal(str, str, str)  # noqa: N815 - path, owner name, passphrase
    openRequested = Signal(str)  # noqa: N815 - path of an existing journal
    joinRequested = Signal()  # noqa: N815 - build the journal from a synced folder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._build()
        self._wire()
        self.reset()

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.title = style.label(self.tr("Welcome to Carnet"), "title")
        self.subtitle = style.label(
            self.tr(
                "Your personal logbook for peer-practice groups: what you explored, learned "
                "and felt at each session, and the actions you committed to. Everything is "
                "encrypted on this computer."
            ),
            "subtitle",
            wrap=True,
        )

        self.owner_edit = keep_whole(QLineEdit())
        self.owner_edit.setPlaceholderText(self.tr("e.g. Camille Martin"))
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Choose…"))
        path_row = QHBoxLayout()
        path_row.setSpacing(6)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.passphrase_edit = _password_field(self.tr("A few words only you know"))
        add_reveal_action(self.passphrase_edit, self.tr("Show the passphrase"))
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_label = style.label("", "hint")
        strength_row = QHBoxLayout()
        strength_row.setSpacing(10)
        strength_row.addWidget(self.strength_bar, 1)
        strength_row.addWidget(self.strength_label)
        self.confirm_edit = _password_field(self.tr("Type it again"))
        self.match_label = style.label("", "hint")

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Your name"), self.owner_edit)
        form.addRow(self.tr("Journal file"), path_row)
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        form.addRow("", strength_row)
        form.addRow(self.tr("Confirm"), self.confirm_edit)
        form.addRow("", self.match_label)

        self.warning = style.label(
            self.tr(
                "Carnet encrypts your journal with this passphrase. If you forget it, "
                "nobody can recover your journal — not even with Carnet's help. "
                "Write it down and keep it somewhere safe."
            ),
            "warning",
            wrap=True,
        )
        self.error_label = style.label("", "error", wrap=True)
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()

        self.create_button = QPushButton(self.tr("Create my journal"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        self.open_button = QPushButton(self.tr("Open an existing journal…"))
        self.open_button.setProperty("role", "link")
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        open_row = QHBoxLayout()
        open_row.addWidget(style.label(self.tr("Already keeping a journal?"), "muted"))
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        # A new device: its journal is built from the folder another device syncs through.
        self.join_button = QPushButton(self.tr("Join a synced journal…"))
        self.join_button.setObjectName("welcomeJoinButton")
        self.join_button.setProperty("role", "link")
        self.join_button.setCursor(Qt.CursorShape.PointingHandCursor)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join_button)
        join_row.addStretch(1)

        frame, inner = style.card(margins=28, spacing=12)
        inner.addWidget(style.label(self.tr("Create your journal"), "heading"))
        inner.addLayout(form)
        inner.addWidget(self.warning)
        inner.addWidget(self.error_label)
        inner.addWidget(self.busy_bar)
        inner.addLayout(buttons)

        column = QWidget()
        column.setMaximumWidth(640)
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(14)
        col.addWidget(self.title)
        col.addWidget(self.subtitle)
        col.addSpacing(6)
        col.addWidget(frame)
        col.addLayout(open_row)
        col.addLayout(join_row)

        body = QWidget()
        outer = QHBoxLayout(body)
        outer.setContentsMargins(32, 40, 32, 40)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        wrapper = QVBoxLayout()
        wrapper.addStretch(1)
        wrapper.addWidget(body)
        wrapper.addStretch(2)
        inside = QWidget()
        inside.setLayout(wrapper)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inside)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        # Tab goes from the passphrase to its confirmation; the eye comes after them.
        QWidget.setTabOrder(self.passphrase_edit, self.confirm_edit)

    def _wire(self) -> None:
        self.passphrase_edit.textChanged.connect(self._update_feedback)
        self.confirm_edit.textChanged.connect(self._update_feedback)
        self.path_edit.textChanged.connect(self._update_feedback)
        self.browse_button.clicked.connect(self._choose_location)
        self.create_button.clicked.connect(self._submit)
        self.confirm_edit.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self._choose_existing)
        self.join_button.clicked.connect(self.joinRequested)

    # -- state -----------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to a blank form (the passphrases are never kept)."""
        self.path_edit.setText(display_path(paths.default_journal_path()))
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.error_label.hide()
        self.set_busy(False)
        self._update_feedback()

    def set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.owner_edit, self.path_edit, self.browse_button, self.passphrase_edit,
                       self.confirm_edit, self.open_button):
            widget.setEnabled(not busy)
        self._update_feedback()
        if busy:
            self.create_button.setEnabled(False)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _update_feedback(self) -> None:
        text = self.passphrase_edit.text()
        score = passphrase_score(text)
        self.strength_bar.setValue(score)
        self.strength_label.setText(strength_text(score) if text else "")
        confirm = self.confirm_edit.text()
        if not confirm:
            self.match_label.setText("")
        elif confirm == text:
            self.match_label.setText(self.tr("The two passphrases match."))
        else:
            self.match_label.setText(self.tr("The two passphrases differ."))
        ready = score >= 1 and confirm == text and bool(self.path_edit.text().strip())
        self.create_button.setEnabled(ready and not self.busy_bar.isVisible())

    # -- actions ---------------------------------------------------------------------------
    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.exists():
            self.show_error(
                self.tr("A file already exists at this location. Choose another name, "
                        "or open it with “Open an existing journal”.")
            )
            return
        self.error_label.hide()
        passphrase = self.passphrase_edit.text()
        self.createRequested.emit(str(path), self.owner_edit.text().strip(), passphrase)

    def _choose_location(self) -> None:
        from carnet.ui.services import messages

        chosen = messages().save_file(
            self, self.tr("Where to keep your journal"), self.path_edit.text(), JOURNAL_FILTER
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _choose_existing(self) -> None:
        from carnet.ui.services import messages

        chosen = messages().open_file(
            self, self.tr("Open a journal"), str(paths.data_dir()), JOURNAL_FILTER
        )
        if chosen:
            self.openRequested.emit(chosen)
