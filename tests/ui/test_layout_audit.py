"""The layout audit: no text of any view or dialog is cut without an ellipsis and a tooltip.

Every view and dialog of the demo journal (``carnet.demo``) is shown in French
and in English, in a 1200×800 and a 1024×700 window, with the desktop font at
1.0 and 1.5 times its size; ``layout_checks.clipped_texts`` measures every
visible label, button, combo box, date field, header section and item-view cell
(each visible cell of each column) against the room it is drawn in.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path

import pytest
from layout_checks import clipped_texts
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget
from ui_helpers import unlock_through_ui

from carnet.demo import build_demo
from carnet.domain import Role, SessionStatus
from carnet.store import JournalStore
from carnet.ui.i18n import current_language, install_translators
from carnet.ui.style import apply_style

PASSPHRASE = "demo audit"
SIZES = {"1200x800": (1200, 800), "1024x700": (1024, 700)}
CONFIGS = [(lang, size, scale) for lang in ("fr", "en") for size in SIZES
           for scale in (1.0, 1.5)]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo journal, built once for the module (each test opens a copy)."""
    path = tmp_path_factory.mktemp("audit") / "demo.carnet"
    store = JournalStore.create(path, PASSPHRASE, owner_name="Camille Martin")
    try:
        build_demo(store)
    finally:
        store.close()
    return path


def settle() -> None:
    """Let the views settle; a session page builds its lower parts over a few turns after
    it opened: the audit measures the page once it is whole (and laid out)."""
    from carnet.ui.session_editor import SessionEditor

    # Waited for in time, not in turns: the build's slices start on a timer after the
    # first paint, and spinning the event loop ten thousand times can end before it fires.
    deadline = time.monotonic() + 30
    for editor in [w for w in QApplication.allWidgets() if isinstance(w, SessionEditor)]:
        while editor.building and time.monotonic() < deadline:
            QTest.qWait(5)
        assert not editor.building, "the session page was never whole"
    for _ in range(4):
        QApplication.processEvents()


@contextlib.contextmanager
def interface(lang: str, scale: float):
    """The app in ``lang`` with its font ``scale`` times larger; put back as found."""
    app = QApplication.instance()
    font, sheet = QFont(app.font()), app.styleSheet()
    previous_lang, previous_locale = current_language(), QLocale()
    try:
        larger = QFont(font)
        larger.setPointSizeF(font.pointSizeF() * scale)
        app.setFont(larger)
        apply_style(app)
        install_translators(app, lang)
        yield
    finally:
        install_translators(app, previous_lang)
        QLocale.setDefault(previous_locale)
        app.setFont(font)
        app.setStyleSheet(sheet)


class Audit:
    """Collects what is cut, screen by screen."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.screens: list[str] = []

    def check(self, screen: str, root: QWidget) -> None:
        settle()
        self.screens.append(screen)
        self.problems += [f"{screen}: {problem}" for problem in clipped_texts(root)]

    def dialog(self, screen: str, dialog: QDialog) -> None:
        try:
            dialog.show()
            settle()
            self.check(screen, dialog)
        finally:
            dialog.reject()
            dialog.deleteLater()
            settle()


def walk_views(audit: Audit, window) -> None:
    workspace, store = window.workspace, window.store
    workspace.show_home()
    audit.check("home", window)
    groups = store.groups.list()
    for group in groups:
        workspace.show_group(group.id)
        audit.check(f"group {group.template_id}", window)
    for group in groups:
        sessions = store.sessions.list_by_group(group.id)
        held = [s for s in sessions if s.status is SessionStatus.HELD]
        chosen = {s.role: s for s in held}  # one session per role I had
        planned = [s for s in sessions if s.status is SessionStatus.PLANNED]
        if planned:
            chosen.setdefault(Role.PARTICIPANT, planned[0])
        for role, session in chosen.items():
            workspace.show_session(session.id)
            audit.check(f"session {group.template_id} {session.number} ({role.value})", window)
    for key in ("prepare", "progress", "tags", "timeline"):
        view = window.show_view(key)
        assert view is not None, key
        audit.check(key, window)
        tabs = getattr(view, "tabs", None)
        if tabs is not None and hasattr(tabs, "setCurrentIndex"):
            for index in range(1, tabs.bar.count() if hasattr(tabs, "bar") else 0):
                tabs.setCurrentIndex(index)
                audit.check(f"{key} tab {index}", window)
            tabs.setCurrentIndex(0)
    window.searchRequested.emit("délégation")
    search = workspace.view("search")
    assert search is not None
    for _ in range(200):
        if search.model.rowCount():
            break
        settle()
    audit.check("search", window)


def seed_journal_content(store: JournalStore) -> None:
    """One group with a long name and two sessions: what an import preview lists."""
    from datetime import date

    from carnet.domain import Cadence, CadenceUnit, Group, Session

    group = store.groups.add(Group(
        name="Codev des managers de proximité — promotion d'automne", template_id="codev",
        cadence=Cadence(1, CadenceUnit.MONTH), planned_sessions=6,
        start_date=date(2026, 9, 28)))
    store.sessions.add_many([
        Session(group_id=group.id, number=n, date=date(2026, 9 + n, 28),
                status=SessionStatus.HELD, role=Role.CONSULTANT) for n in (1, 2)])


def walk_dialogs(audit: Audit, window, tmp_path: Path) -> None:
    from carnet.exchange import export_json, import_json, load_export
    from carnet.ui.booklet_dialog import BookletDialog
    from carnet.ui.exchange_dialogs import ExportDialog, ImportPreviewDialog
    from carnet.ui.help import AboutDialog, GuideWindow
    from carnet.ui.preferences import PreferencesDialog
    from carnet.ui.prepare.calendar import CalendarExportDialog
    from carnet.ui.trust.passphrase import PassphraseDialog
    from carnet.ui.trust.restore import RestoreDialog

    store = window.store
    audit.dialog("booklet", BookletDialog(store, window.templates, window))
    audit.dialog("preferences", PreferencesDialog(window.settings, window))
    audit.dialog("export", ExportDialog(store.path, window, current_language()))
    # The preview of an import: a small journal's export (the demo's own export carries
    # its end-of-cycle notes, which the strict import refuses — reported, not ours here).
    other = JournalStore.create(tmp_path / "other.carnet", PASSPHRASE)
    try:
        seed_journal_content(other)
        exported = tmp_path / "export.json"
        export_json(other, exported)
    finally:
        other.close()
    parsed = load_export(exported)
    audit.dialog("import preview", ImportPreviewDialog(
        exported, parsed, import_json(store, parsed, dry_run=True), window))
    audit.dialog("calendar", CalendarExportDialog(window))
    audit.dialog("passphrase", PassphraseDialog(store, window.backup_folder(), 5, window))
    audit.dialog("restore", RestoreDialog(window.journal_path, window.backup_folder(), window))
    audit.dialog("guide", GuideWindow(window))
    audit.dialog("about", AboutDialog(window))


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size", "scale"), CONFIGS,
                         ids=[f"{lang}-{size}-{scale}" for lang, size, scale in CONFIGS])
def test_no_text_is_cut(qtbot, make_window, demo_file, tmp_path, lang, size, scale):
    path = tmp_path / "demo.carnet"
    shutil.copy(demo_file, path)
    audit = Audit()
    with interface(lang, scale):
        window = make_window()
        window.install_extensions()
        window.resize(*SIZES[size])
        window.show()
        qtbot.waitExposed(window)
        window.show_welcome()
        audit.check("welcome", window)
        window.start(path)
        audit.check("unlock", window)
        unlock_through_ui(qtbot, window, PASSPHRASE)
        assert (window.width(), window.height()) == SIZES[size]
        walk_views(audit, window)
        walk_dialogs(audit, window, tmp_path)
        window.close()
    assert len(audit.screens) > 20
    assert audit.problems == [], f"{len(audit.problems)} cut texts:\n" + "\n".join(
        audit.problems)


def test_the_audit_sees_a_cut_text(qtbot):
    """The control: a label, a button, a combo and a table cell too narrow are found; an
    elided label with its tooltip is not."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QComboBox, QDateEdit, QListView, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("Client (porteur de la situation-problème)")
    label.setFixedWidth(60)
    elided = QLabel("Client (porteur…")
    elided.setToolTip("Client (porteur de la situation-problème)")
    button = QPushButton("Choisir une émotion")
    button.setFixedWidth(50)
    combo = QComboBox()
    combo.addItems(["Tous les groupes", "Codev des managers de proximité"])
    combo.setFixedWidth(90)
    date_edit = QDateEdit()
    date_edit.setDisplayFormat("d MMMM yyyy")
    date_edit.setFixedWidth(70)
    fits = QLabel("Oui")
    cells = QListView()
    cells.setModel(QStringListModel(["Codev des managers de proximité, séance 3"], cells))
    cells.setFixedWidth(80)
    for widget in (label, elided, button, combo, date_edit, fits, cells):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = "\n".join(clipped_texts(root))
    for cut in ("Client (porteur de la situation", "Choisir une émotion", "Tous les groupes",
                "Codev des managers de proximité»", "cell «Codev des managers", "QDateEdit"):
        assert cut in found, cut
    assert "«Client (porteur…»" not in found and "«Oui»" not in found
