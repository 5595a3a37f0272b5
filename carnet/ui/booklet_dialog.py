"""File → « Print the booklet… » (Ctrl+P): the options of the progress booklet.

The person picks the period, groups, sessions and parts, anonymisation and paper;
the dialog shows how many pages that makes (built in memory off the UI thread,
a moment after the last change), then writes the PDF off the UI thread with a
progress bar and Cancel, and says it is saved — where, with buttons to open it or
its folder (and the path to find it by hand when no application can open it) —
or prints it when Qt's PDF module is installed. Sessions with notes that are not
marked held are never dropped in silence: the dialog says how many are left out
and includes them in one click. The booklet itself is the Qt-free
:mod:`carnet.booklet`; nothing of the journal goes to a temporary file.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QObject,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carnet.booklet import PARTS, BookletCancelled, BookletError, BookletOptions
from carnet.domain import SessionStatus
from carnet.services.session_status import left_out
from carnet.ui import formats, style
from carnet.ui.booklet_words import booklet_error_text
from carnet.ui.date_edit import DateEdit
from carnet.ui.fit import elide_list_rows, fit_date_edit
from carnet.ui.i18n import current_language
from carnet.ui.services import messages
from carnet.ui.whole_paste import keep_whole

if TYPE_CHECKING:
    from carnet.store import JournalStore
    from carnet.templates import TemplateSet

COUNT_DELAY_MS = 600  # the page count waits for the person to stop changing options
HAVE_QTPDF = importlib.util.find_spec("PySide6.QtPdf") is not None


def default_paper(locale: QLocale | None = None) -> str:
    """Letter where people use it (imperial measurement, US, Canada), else A4."""
    locale = locale or QLocale()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    if locale.territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada):
        return "letter"
    return "a4"


def open_in_viewer(path: Path) -> bool:
    """Show the PDF in the system's viewer; False when none could (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# The folder the last booklet went to in this run of the app (never stored on disk).
_last_folder: list[Path | None] = [None]


def booklet_folder() -> Path:
    """Where the save dialog starts: the last booklet's folder, else an existing
    Documents folder, else home (a missing folder made Qt start in the working one)."""
    last = _last_folder[0]
    if last is not None and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` in the file manager; False when none could."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def dialog_stylesheet() -> str:
    """Carnet's paper and cards for the dialog (the platform's grey frames otherwise)."""
    return f"""
QDialog#bookletDialog {{ background: {style.PAPER}; }}
QDialog#bookletDialog QGroupBox {{ background: {style.CARD}; border: 1px solid {style.LINE};
    border-radius: 10px; margin-top: 14px; padding: 14px 10px 10px 10px; }}
QDialog#bookletDialog QGroupBox::title {{ subcontrol-origin: margin; left: 12px;
    padding: 0 4px; color: {style.ACCENT}; font-weight: 600; }}
QDialog#bookletDialog QCheckBox, QDialog#bookletDialog QLabel {{ background: transparent; }}
QDialog#bookletDialog QCheckBox::indicator {{ width: 14px; height: 14px; border-radius: 3px;
    border: 1px solid {style.MUTED}; background: white; }}
QDialog#bookletDialog QCheckBox::indicator:checked {{ background: {style.ACCENT};
    border-color: {style.ACCENT}; image: url(carnet:check.svg); }}
QDialog#bookletDialog QCheckBox::indicator:disabled {{ border-color: {style.LINE};
    background: {style.PAPER}; }}
QLabel#bookletSaved {{ font-family: {style.SERIF}; font-size: 17pt; color: {style.INK}; }}
QLabel#bookletPath {{ color: {style.INK}; background: {style.CARD};
    border: 1px solid {style.LINE}; border-radius: 6px; padding: 8px 10px; }}
"""


class _Relay(QObject):
    progress = Signal(int, int, int)  # serial, done, total
    done = Signal(int, object, object)  # serial, BuildResult | None, exception | None


class _Job(QRunnable):
    """One booklet build (to memory or to a file) on the pool's thread."""

    def __init__(self, serial: int, relay: _Relay, work: Callable[..., Any],
                 cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.serial, self.relay, self.work, self.cancel = serial, relay, work, cancel

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            self.relay.progress.emit(self.serial, done, total)

        try:
            result, error = self.work(progress, self.cancel.is_set), None
        except BaseException as exc:  # reported on the UI thread, never raised here
            result, error = None, exc
        self.relay.done.emit(self.serial, result, error)


class BookletDialog(QDialog):
    """The booklet's options, live page count, and generation with progress."""

    def __init__(self, store: JournalStore, templates: TemplateSet | None = None,
                 parent: QWidget | None = None, *, paper: str | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.templates = templates
        self.setWindowTitle(self.tr("Print the booklet"))
        self.setObjectName("bookletDialog")
        self.setStyleSheet(dialog_stylesheet())
        self.setModal(True)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._serial = 0
        self._count_serial = 0
        self._build_serial = 0
        self._cancels: dict[int, threading.Event] = {}
        self.pages: int | None = None  # the last page count (tests)
        self.written: Path | None = None  # the last file written
        self._print_after = False
        self._groups = store.groups.list()
        order = {g.id: i for i, g in enumerate(self._groups)}
        # sessions with notes that are not marked held: told only when included
        self._unheld = {s.id for s in left_out(store)}
        self.include_unheld = False
        self._sessions = sorted(
            (s for s in store.sessions.list()
             if s.status is SessionStatus.HELD or s.id in self._unheld),
            key=lambda s: (order.get(s.group_id, 0), s.date, s.number))
        self._build_ui(paper or default_paper())
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_pages)
        self._refresh_sessions()
        self._schedule_count()
        self._give_room()

    def _give_room(self) -> None:
        """Wide enough for a session row to read « Séance 3, 13 août 2026 — group »: at
        its least width the list showed little more than the number."""
        width = max(self.sizeHint().width(), 125 * self.fontMetrics().averageCharWidth())
        screen = self.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 40)
        self.resize(max(width, self.minimumSizeHint().width()), self.sizeHint().height())

    # -- layout -----------------------------------------------------------------------------
    def _build_ui(self, paper: str) -> None:
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.options_page = QWidget()
        self.stack.addWidget(self.options_page)
        self.stack.addWidget(self._build_done_page())
        layout = QVBoxLayout(self.options_page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        layout.addLayout(top)
        left, right = QVBoxLayout(), QVBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)

        period = QGroupBox(self.tr("Period"))
        form = QFormLayout(period)
        dates = [s.date for s in self._sessions] or [date.today()]
        self.date_from = self._date_edit(min(dates))
        self.date_to = self._date_edit(max(dates))
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        left.addWidget(period)

        groups = QGroupBox(self.tr("Groups"))
        box = QVBoxLayout(groups)
        self.group_list = QListWidget()
        for group in self._groups:
            item = QListWidgetItem(group.name)
            item.setToolTip(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.group_list.addItem(item)
        self.group_list.setMaximumHeight(90)
        self.group_list.setAccessibleName(self.tr("Groups in the booklet"))
        elide_list_rows(self.group_list)
        self.group_list.itemChanged.connect(self._refresh_sessions)
        box.addWidget(self.group_list)
        left.addWidget(groups)

        sessions = QGroupBox(self.tr("Sessions"))
        box = QVBoxLayout(sessions)
        self.session_list = QListWidget()
        self.session_list.setAccessibleName(self.tr("Sessions in the booklet"))
        elide_list_rows(self.session_list)  # the tooltip gives a row whole
        self.session_list.itemChanged.connect(self._schedule_count)
        box.addWidget(self.session_list)
        self.left_out_label = style.label("", "hint", wrap=True)
        self.left_out_label.setObjectName("leftOut")
        self.include_button = QPushButton()
        self.include_button.setProperty("role", "link")
        self.include_button.clicked.connect(self._toggle_unheld)
        box.addWidget(self.left_out_label)
        box.addWidget(self.include_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(sessions, 1)

        parts = QGroupBox(self.tr("Parts"))
        grid = QGridLayout(parts)
        labels = {
            "cover": self.tr("Cover"), "toc": self.tr("Contents"),
            "objectives": self.tr("Personal objectives"), "sessions": self.tr("Sessions"),
            "learnings": self.tr("Learnings by theme"), "actions": self.tr("Action plan"),
            "charts": self.tr("Progress charts"), "closing": self.tr("Closing reflection"),
        }
        self.part_boxes: dict[str, QCheckBox] = {}
        for index, part in enumerate(PARTS):
            check = QCheckBox(labels[part])
            check.setChecked(True)
            check.toggled.connect(self._schedule_count)
            self.part_boxes[part] = check
            grid.addWidget(check, index // 2, index % 2)
        # issue 16: photos in their session's chapter, PDFs listed (off: they make it heavy)
        self.attachments = QCheckBox(self.tr("Photos and documents of the sessions"))
        self.attachments.toggled.connect(self._schedule_count)
        grid.addWidget(self.attachments, (len(PARTS) + 1) // 2, 0, 1, 2)
        right.addWidget(parts)

        privacy = QGroupBox(self.tr("Confidentiality"))
        box = QVBoxLayout(privacy)
        self.anonymise = QCheckBox(self.tr("Replace other participants' names by their "
                                           "pseudonyms"))
        self.anonymise.setChecked(True)
        self.omit_name = QCheckBox(self.tr("Leave my name off the cover"))
        self.extra_names = keep_whole(QLineEdit())  # names cut would print unmasked
        self.extra_names.setPlaceholderText(self.tr("Other names to hide, separated by commas"))
        self.extra_names.setAccessibleName(self.tr("Other names to hide"))
        self.extra_names.setAccessibleDescription(self.extra_names.placeholderText())
        # Photos are printed as they are (a flipchart's first names, faces): said where the
        # pseudonyms are promised (fresh7 F14), and on the booklet's cover and last page.
        self.photos_hint = style.label(
            self.tr("Photos and documents are printed as they are: the names they show are "
                    "not replaced by pseudonyms."), "hint", wrap=True)
        self.photos_hint.hide()
        for widget in (self.anonymise, self.omit_name):
            widget.toggled.connect(self._schedule_count)
            box.addWidget(widget)
            if widget is self.anonymise:
                box.addWidget(self.photos_hint)
        for check in (self.anonymise, self.attachments):
            check.toggled.connect(self._say_photos_as_they_are)
        self._say_photos_as_they_are()
        self.extra_names.textChanged.connect(self._schedule_count)
        box.addWidget(self.extra_names)
        right.addWidget(privacy)

        page = QGroupBox(self.tr("Page"))
        form = QFormLayout(page)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(self.lang.findData(current_language()), 0))
        for combo in (self.paper, self.lang):
            combo.currentIndexChanged.connect(self._schedule_count)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Language of the booklet"), self.lang)
        right.addWidget(page)
        right.addStretch(1)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Page count"))
        layout.addWidget(self.count_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        # The style draws a thin bar: its « 15% » was cut in half (a review's screenshot);
        # the line above says what is being done, the bar how far (read by screen readers).
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_build)
        self.cancel_button.setVisible(False)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setVisible(HAVE_QTPDF)
        self.print_button.clicked.connect(lambda: self.generate(print_it=True))
        self.save_button = QPushButton(self.tr("Create the PDF…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.generate())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.cancel_button, self.print_button, self.save_button,
                       self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _build_done_page(self) -> QWidget:
        """What the dialog shows once the PDF is written: where, and ways to open it."""
        page = QWidget()
        page.setObjectName("bookletDone")
        self.saved_label = QLabel(self.tr("✓ Your booklet is saved"))
        self.saved_label.setObjectName("bookletSaved")
        self.saved_pages = style.label("", "muted")
        self.saved_path = QLabel()
        self.saved_path.setObjectName("bookletPath")
        self.saved_path.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_path.setWordWrap(True)
        self.saved_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_path.setAccessibleName(self.tr("Where the booklet is saved"))
        self.no_launcher = style.label("", "warning", wrap=True)
        self.no_launcher.hide()
        self.saved_left_out = style.label("", "hint", wrap=True)
        self.saved_left_out.hide()
        self.open_pdf_button = QPushButton(self.tr("Open the PDF"))
        self.open_pdf_button.setProperty("role", "primary")
        self.open_pdf_button.setDefault(True)
        self.open_folder_button = QPushButton(self.tr("Open its folder"))
        self.again_button = QPushButton(self.tr("Back to the options"))
        self.done_close_button = QPushButton(self.tr("Close"))
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.again_button.clicked.connect(self.show_options)
        self.done_close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.open_pdf_button, self.open_folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.again_button, self.done_close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 12)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.saved_pages)
        layout.addWidget(self.saved_path)
        layout.addWidget(self.no_launcher)
        layout.addWidget(self.saved_left_out)
        layout.addStretch(2)
        layout.addLayout(buttons)
        return page

    def show_saved(self, path: Path, pages: int) -> None:
        """Say the booklet is saved, where, and offer to open it or its folder."""
        self.saved_pages.setText(self.tr("Pages: %1").replace("%1", str(pages)))
        self.saved_path.setText(str(path))
        self.no_launcher.hide()
        # What the options page said stays said: sessions with notes it left out.
        left = self.left_out_label.text() if (
            self.left_out_label.isVisibleTo(self) and not self.include_unheld) else ""
        self.saved_left_out.setText(left)
        self.saved_left_out.setVisible(bool(left))
        self.stack.setCurrentIndex(1)
        self.open_pdf_button.setFocus()

    def show_options(self) -> None:
        self.stack.setCurrentIndex(0)
        self._schedule_count()

    @property
    def showing_saved(self) -> bool:
        return self.stack.currentIndex() == 1

    def open_pdf(self) -> bool:
        if self.written is None:
            return False
        return self._opened(open_in_viewer(self.written), self.written)

    def open_folder(self) -> bool:
        if self.written is None:
            return False
        return self._opened(open_folder(self.written), self.written.parent)

    def _opened(self, ok: bool, target: Path) -> bool:
        """When no application could open it, say where it is instead of nothing."""
        if ok:
            self.no_launcher.hide()
        else:
            self.no_launcher.setText(self.tr(
                "No application could open it on this computer. It is saved here: %1 — "
                "open it from your file manager.").replace("%1", str(target)))
            self.no_launcher.show()
        return bool(ok)

    def _date_edit(self, day: date) -> DateEdit:
        edit = DateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(formats.medium_date_format())  # the app's one date style
        fit_date_edit(edit)
        edit.dateChanged.connect(self._refresh_sessions)
        return edit

    # -- options ------------------------------------------------------------------------------
    def _checked(self, widget: QListWidget) -> list[int]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    @Slot()
    def _refresh_sessions(self) -> None:
        """The held sessions of the chosen groups in the period, ticked as before."""
        unticked = {self.session_list.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.session_list.count())
                    if self.session_list.item(i).checkState() != Qt.CheckState.Checked}
        groups = set(self._checked(self.group_list))
        names = {g.id: g.name for g in self._groups}
        start, end = self._period()
        self.session_list.blockSignals(True)
        self.session_list.clear()
        unheld = [s for s in self._sessions if s.id in self._unheld
                  and s.group_id in groups and start <= s.date <= end]
        for session in self._sessions:
            if session.group_id not in groups or not start <= session.date <= end:
                continue
            if session.id in self._unheld and not self.include_unheld:
                continue
            # What tells sessions apart first: a long group name would hide it.
            label = self.tr("Session %1, %2 — %3").replace("%1", str(session.number)) \
                .replace("%2", formats.format_date(session.date)) \
                .replace("%3", names[session.group_id])
            if session.title:
                label += f" · {session.title}"
            if session.id in self._unheld:
                label += f" · {formats.session_status_label(session.status)}"
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = session.id not in unticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.session_list.addItem(item)
        self.session_list.blockSignals(False)
        self._show_left_out(len(unheld))
        self._schedule_count()

    def _say_photos_as_they_are(self, *_args) -> None:
        self.photos_hint.setVisible(self.anonymise.isChecked()
                                    and self.attachments.isChecked())

    def _show_left_out(self, count: int) -> None:
        """How many sessions with notes are not marked held, and the one click to change it."""
        self.left_out_label.setVisible(count > 0)
        self.include_button.setVisible(count > 0)
        if not count:
            return
        if self.include_unheld:
            self.left_out_label.setText(self.tr(
                "Included although not marked held (planned or missed): %n session(s) "
                "with notes or documents.", "", count))
            self.include_button.setText(self.tr("Leave them out"))
        else:
            self.left_out_label.setText(self.tr(
                "Left out: %n session(s) of the period with notes or documents, because not "
                "marked held (still planned, or missed).", "", count))
            self.include_button.setText(self.tr("Include them in the booklet"))
        style.set_role(self.left_out_label, "muted" if self.include_unheld else "warning")

    def _toggle_unheld(self) -> None:
        self.include_unheld = not self.include_unheld
        self._refresh_sessions()

    def options(self) -> BookletOptions:
        """The options as chosen in the dialog."""
        start, end = self._period()
        if start > end:
            start, end = end, start
        groups = self._checked(self.group_list)
        sessions = self._checked(self.session_list)
        return BookletOptions(
            date_from=start,
            date_to=end,
            group_ids=None if len(groups) == self.group_list.count() else groups,
            session_ids=None if len(sessions) == self.session_list.count() else sessions,
            parts=frozenset(p for p, box in self.part_boxes.items() if box.isChecked()),
            anonymise=self.anonymise.isChecked(),
            extra_names=[n for n in self.extra_names.text().split(",") if n.strip()],
            omit_owner_name=self.omit_name.isChecked(),
            paper=self.paper.currentData(),
            lang=self.lang.currentData(),
            include_unheld=self.include_unheld,
            attachments=self.attachments.isChecked(),
        )

    # -- jobs ---------------------------------------------------------------------------------
    def _start(self, work: Callable[..., Any]) -> int:
        self._serial += 1
        cancel = threading.Event()
        self._cancels[self._serial] = cancel
        self._pool.start(_Job(self._serial, self._relay, work, cancel))
        return self._serial

    @Slot()
    def _schedule_count(self) -> None:
        if self._count_serial in self._cancels:
            self._cancels[self._count_serial].set()  # a newer count supersedes it
        self.count_label.setText(self.tr("Counting the pages…"))
        self._count_timer.start()

    @Slot()
    def _count_pages(self) -> None:
        from carnet.booklet import render_booklet

        options, store, templates = self.options(), self.store, self.templates
        if not options.parts:
            self.count_label.setText(self.tr("Choose at least one part."))
            return
        self._count_serial = self._start(
            lambda progress, cancelled: render_booklet(store, options, None, cancelled,
                                                       templates=templates))

    def generate(self, *, print_it: bool = False) -> None:
        """Ask where to save, then build the PDF there off the UI thread."""
        from carnet.booklet import build_booklet

        options = self.options()
        if not options.parts:
            messages().warning(self, self.tr("Booklet"), self.tr("Choose at least one part."))
            return
        suggested = str(booklet_folder() / self.tr("carnet-de-bord.pdf"))
        path = messages().save_file(self, self.tr("Save the booklet"), suggested,
                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from carnet.ui.synced_folder import may_write_in_clear

        if not may_write_in_clear(self, self.store, target):
            return
        self._print_after = print_it
        self._count_timer.stop()
        if self._count_serial in self._cancels:
            self._cancels[self._count_serial].set()  # the build goes first
        store, templates = self.store, self.templates
        self._set_busy(True)
        self._build_serial = self._start(
            lambda progress, cancelled: build_booklet(store, options, target, progress, cancelled,
                                                      templates=templates))

    @Slot()
    def cancel_build(self) -> None:
        if self._build_serial in self._cancels:
            self._cancels[self._build_serial].set()

    @property
    def busy(self) -> bool:
        return self._build_serial in self._cancels

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        for widget in (self.save_button, self.print_button, self.close_button):
            widget.setEnabled(not busy)

    @Slot(int, int, int)
    def _on_progress(self, serial: int, done: int, total: int) -> None:
        if serial == self._build_serial:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    @Slot(int, object, object)
    def _pages(self, count: int) -> str:
        """« 1 page », « 12 pages » (English has no plural forms in its catalogue)."""
        return self.tr("1 page") if count == 1 else self.tr("%n pages", "", count)

    def _on_done(self, serial: int, result: Any, error: BaseException | None) -> None:
        self._cancels.pop(serial, None)
        if serial == self._count_serial:
            if result is not None:
                self.pages = result.pages
                self.count_label.setText(self._pages(result.pages))
            elif not isinstance(error, BookletCancelled):
                self.count_label.setText(self.tr("The page count is not available."))
            return
        if serial != self._build_serial:
            return
        self._set_busy(False)
        if isinstance(error, BookletCancelled):
            self._schedule_count()  # the count was stopped for the build
            return
        if error is not None:
            self._schedule_count()
            detail = booklet_error_text(error) if isinstance(error, BookletError) else \
                str(error) if isinstance(error, OSError) else \
                self.tr("An unexpected problem stopped the booklet (%1).").replace(
                    "%1", type(error).__name__)
            messages().error(self, self.tr("The booklet was not created"), detail)
            return
        self.written = result.path
        _last_folder[0] = result.path.parent
        self.pages = result.pages
        self.count_label.setText(self._pages(result.pages))
        if self._print_after and HAVE_QTPDF:
            print_pdf(result.path, self)
        self.show_saved(result.path, result.pages)

    # -- closing ------------------------------------------------------------------------------
    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (tests, closing); results stay queued."""
        return self._pool.waitForDone(msecs)

    def done(self, code: int) -> None:
        if self.busy and code == QDialog.DialogCode.Rejected:
            self.cancel_build()
            return  # Escape cancels the build first; a second Escape closes
        for cancel in self._cancels.values():
            cancel.set()
        self._count_timer.stop()
        self._pool.waitForDone(-1)
        super().done(code)


def print_pdf(path: Path, parent: QWidget | None = None) -> bool:
    """Print the PDF's pages through Qt's print dialog (needs the QtPdf module)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    document.load(str(path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter(printer)
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            area = painter.viewport()
            size = document.pagePointSize(index).toSize().scaled(
                area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(index, QSize(size.width(), size.height()))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True


def run_booklet_dialog(store: JournalStore, templates: TemplateSet | None = None,
                       parent: QWidget | None = None, **kwargs: Any) -> int:
    """Show the booklet dialog modally; returns its result code."""
    dialog = BookletDialog(store, templates, parent, **kwargs)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def _paper_preference(window: Any) -> str | None:
    """The paper chosen in the preferences, if the person ever chose one."""
    settings = getattr(window, "settings", None)
    qsettings = getattr(settings, "qsettings", None)
    if qsettings is None or not qsettings.contains("booklet/paper_size"):
        return None
    return str(settings.paper_size).lower()


def open_booklet(window: Any) -> int:
    """The main window's hook (File → Print the booklet…, Ctrl+P)."""
    if getattr(window, "store", None) is None:
        return QDialog.DialogCode.Rejected
    return run_booklet_dialog(window.store, getattr(window, "templates", None), window,
                              paper=_paper_preference(window))
