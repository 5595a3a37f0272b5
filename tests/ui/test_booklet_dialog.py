"""The booklet dialog: options, live page count, generation off the UI thread."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from carnet.booklet import BookletOptions, render_booklet
from carnet.demo import build_demo
from carnet.templates import load_templates
from carnet.ui import booklet_dialog
from carnet.ui.booklet_dialog import BookletDialog, default_paper

TEMPLATES = load_templates(user_dir=None)


@pytest.fixture
def demo(store):
    build_demo(store, today=date(2025, 6, 15))
    return store


@pytest.fixture
def dialog(qtbot, demo, monkeypatch):
    opened = []
    monkeypatch.setattr(booklet_dialog, "open_in_viewer", opened.append)
    widget = BookletDialog(demo, TEMPLATES, paper="a4")
    qtbot.addWidget(widget)
    widget.opened = opened
    yield widget
    widget.wait()


def wait_for_count(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.pages is not None and not dialog._cancels, timeout=30_000)


def test_defaults_take_everything_anonymised(dialog, demo):
    options = dialog.options()
    assert options.group_ids is None and options.session_ids is None
    assert options.parts == BookletOptions().parts
    assert options.anonymise and not options.omit_owner_name
    held = [s for s in demo.sessions.list() if s.status.value == "held"]
    assert dialog.session_list.count() == len(held)
    assert options.date_from == min(s.date for s in held)
    assert options.date_to == max(s.date for s in held)


def test_the_dialog_says_photos_are_printed_as_they_are(qtbot, dialog):
    """fresh7 F14: « Remplacer le nom des autres participants… » and « Photos et
    documents des séances » both checked: the photos (a flipchart's first names, faces)
    are printed untouched, and nothing said so."""
    dialog.show()
    assert dialog.anonymise.isChecked() and not dialog.attachments.isChecked()
    assert not dialog.photos_hint.isVisible()  # control: no photos, nothing to say
    dialog.attachments.setChecked(True)
    assert dialog.photos_hint.isVisible()
    assert "printed as they are" in dialog.photos_hint.text()
    dialog.anonymise.setChecked(False)  # not anonymised: nothing promised, nothing to say
    assert not dialog.photos_hint.isVisible()


def test_live_page_count_matches_the_booklet(qtbot, dialog, demo):
    wait_for_count(qtbot, dialog)
    expected = render_booklet(demo, dialog.options(), templates=TEMPLATES).pages
    assert dialog.pages == expected
    assert str(expected) in dialog.count_label.text()
    dialog.part_boxes["sessions"].setChecked(False)
    dialog.pages = None
    wait_for_count(qtbot, dialog)
    assert dialog.pages < expected


def test_choices_become_options(dialog, demo):
    groups = {g.template_id: g for g in demo.groups.list()}
    item = next(dialog.group_list.item(i) for i in range(dialog.group_list.count())
                if dialog.group_list.item(i).data(Qt.ItemDataRole.UserRole) == groups["rpm"].id)
    item.setCheckState(Qt.CheckState.Unchecked)
    codev = [s for s in demo.sessions.list_by_group(groups["codev"].id)
             if s.status.value == "held"]
    assert dialog.session_list.count() == len(codev)
    dialog.session_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.anonymise.setChecked(False)
    dialog.omit_name.setChecked(True)
    dialog.extra_names.setText("Hélène R., Jean ")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.part_boxes["charts"].setChecked(False)
    options = dialog.options()
    assert options.group_ids == [groups["codev"].id]
    assert options.session_ids == [s.id for s in codev[1:]]
    assert not options.anonymise and options.omit_owner_name
    assert options.extra_names == ["Hélène R.", "Jean"]
    assert options.paper == "letter"
    assert "charts" not in options.parts


def test_generate_writes_the_pdf_and_opens_it(qtbot, dialog, message_service, tmp_path):
    out = tmp_path / "livret"
    message_service.files.append(str(out))
    from carnet.ui import style

    dialog.setStyleSheet(style.stylesheet())  # the app's: its progress bars are thin
    dialog.show()
    dialog.generate()
    assert dialog.busy and not dialog.progress.isHidden()
    bar = dialog.progress  # a percentage it shows is never cut by the thin bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.height() > 0)
    assert not bar.isTextVisible() or bar.height() >= bar.fontMetrics().height()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    written = tmp_path / "livret.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    assert dialog.written == written
    # Saved with a confirmation that says where, and opens it on request.
    assert dialog.showing_saved and dialog.saved_path.text() == str(written)
    qtbot.mouseClick(dialog.open_pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.opened == [written]
    assert dialog.save_button.isEnabled() and dialog.progress.isHidden()
    assert "error" not in message_service.kinds()


def test_cancel_stops_the_build_and_writes_nothing(qtbot, dialog, message_service, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    message_service.files.append(str(folder / "livret.pdf"))
    dialog.generate()
    dialog.cancel_build()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert list(folder.iterdir()) == []
    assert dialog.opened == []
    assert "error" not in message_service.kinds()


def test_a_failed_build_is_a_message_not_a_traceback(qtbot, dialog, message_service, tmp_path):
    message_service.files.append(str(tmp_path / "missing" / "livret.pdf"))
    dialog.generate()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    kind, _, text = message_service.shown[-1]
    assert kind == "error" and "does not exist" in text
    assert dialog.opened == []


def test_choosing_no_file_does_nothing(dialog, message_service):
    dialog.generate()
    assert not dialog.busy


@pytest.mark.parametrize(("name", "paper"), [("en_US", "letter"), ("fr_CA", "letter"),
                                             ("fr_FR", "a4"), ("en_GB", "a4")])
def test_paper_follows_the_locale(name, paper):
    assert default_paper(QLocale(name)) == paper


def test_ctrl_p_in_the_main_window_opens_the_dialog(main_window, monkeypatch):
    calls = []
    monkeypatch.setattr(booklet_dialog, "run_booklet_dialog",
                        lambda store, templates, parent, **kw: calls.append((store, parent, kw)))
    main_window.open_booklet()
    assert len(calls) == 1
    store, parent, kw = calls[0]
    assert store is main_window.store and parent is main_window
    assert kw["paper"] in (None, "a4", "letter")
