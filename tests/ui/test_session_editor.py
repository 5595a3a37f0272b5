"""The session editor, driven through its widgets on real encrypted journals."""

from __future__ import annotations

import http.server
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextBrowser

from carnet.domain import (
    ActionStatus,
    Cadence,
    Emotion,
    Group,
    Moment,
    Objective,
    Role,
    Session,
    SessionStatus,
    Topic,
)
from carnet.store import JournalStore
from carnet.templates import StepKind, load_templates
from carnet.ui.session_editor import SessionEditor

#: Set CARNET_SHOTS=/some/folder to keep the screenshots of test_screenshots.
SHOTS = os.environ.get("CARNET_SHOTS")


@pytest.fixture(scope="module")
def templates():
    return load_templates(user_dir=None)


@pytest.fixture
def codev(store):
    """A co-développement group: session 1 (I am the client), session 2 next month."""
    group = store.groups.add(
        Group(name="Codév des cadres", template_id="codev", planned_sessions=6, cadence=Cadence())
    )
    first = store.sessions.add(
        Session(group.id, 1, date(2025, 3, 12), SessionStatus.HELD, Role.CLIENT, ["délégation"])
    )
    second = store.sessions.add(Session(group.id, 2, date(2025, 4, 9)))
    objectives = [
        store.objectives.add(Objective(group.id, "Mieux déléguer")),
        store.objectives.add(Objective(group.id, "Écouter avec une intention d'aide")),
    ]
    return group, first, second, objectives


@pytest.fixture
def make_editor(qtbot, templates):
    editors: list[SessionEditor] = []

    def make(store: JournalStore) -> SessionEditor:
        editor = SessionEditor(store, templates, lang="fr")
        qtbot.addWidget(editor)
        editor.resize(1200, 900)
        editor.show()
        editors.append(editor)
        return editor

    yield make
    for editor in editors:  # drain the autosave worker before the journal closes
        editor.autosaver.queue.wait_idle(10)
        editor.close()
        editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def type_text(widget, text: str) -> None:
    """Type like a keyboard would (QTest.keyClicks asserts on non-ASCII characters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def reopen(store: JournalStore, journal_path: Path, passphrase: str) -> JournalStore:
    store.close()
    return JournalStore.open(journal_path, passphrase)


def text_sections(editor: SessionEditor):
    return [s for s in editor.sections.values() if s.step.kind == StepKind.TEXT]


def body(editor: SessionEditor, kind: StepKind):
    return next(s.body for s in editor.sections.values() if s.step.kind == kind)


# -- the whole page, written and read back ---------------------------------------------------


def test_write_every_step_and_read_it_back(
    qtbot, store, codev, make_editor, journal_path, passphrase
):
    group, first, second, objectives = codev
    editor = make_editor(store)
    editor.load(first.id)
    assert editor.current_session_id == first.id

    for section in text_sections(editor):
        type_text(section.body.editor, f"Étape {section.step.id} : j’ai noté « ça »")
    type_text(body(editor, StepKind.KEYWORD).edit, "confiance")

    learnings = body(editor, StepKind.LEARNINGS)
    type_text(learnings.list.add_edit, "Déléguer, c’est accepter une autre façon de faire")
    qtbot.keyClick(learnings.list.add_edit, Qt.Key.Key_Return)
    row = learnings.rows()[0]
    qtbot.mouseClick(row.star, Qt.MouseButton.LeftButton)
    type_text(row.tags, "délégation, posture")

    feelings = body(editor, StepKind.FEELING)
    before = feelings.rows_of(Moment.BEFORE)[0]
    before.emotion.setCurrentIndex(before.emotion.findData(Emotion.WORRY.value))
    qtbot.mouseClick(before.intensity.buttons[3], Qt.MouseButton.LeftButton)
    type_text(before.text, "peur d’être jugée")

    actions = body(editor, StepKind.ACTIONS)
    type_text(actions.list.add_edit, "Confier le planning d’avril à L.")
    qtbot.mouseClick(actions.list.add_button, Qt.MouseButton.LeftButton)
    action_row = actions.rows()[0]
    assert action_row.due_date() == second.date  # the next session's date
    action_row.status.setCurrentIndex(action_row.status.findData(ActionStatus.IN_PROGRESS.value))

    ratings = body(editor, StepKind.RATINGS)
    qtbot.mouseClick(ratings.rows[0].stars.buttons[3], Qt.MouseButton.LeftButton)
    type_text(ratings.rows[0].comment, "j’ai commencé")

    type_text(editor.topics.list.add_edit, "Un conflit entre deux agents")
    qtbot.keyClick(editor.topics.list.add_edit, Qt.Key.Key_Return)
    editor.topics.rows()[0].priority.setCurrentIndex(0)

    type_text(editor.header.title, "Déléguer sans tout reprendre")
    editor.flush()
    assert editor.autosaver.state == "saved"

    store = reopen(store, journal_path, passphrase)
    try:
        notes = store.notes.list_by_session(first.id)
        for section in text_sections(editor):
            assert notes[section.step.id].text == f"Étape {section.step.id} : j’ai noté « ça »"
        assert store.keywords.get(first.id).word == "confiance"
        (learning,) = store.learnings.list_by_session(first.id)
        assert learning.text == "Déléguer, c’est accepter une autre façon de faire"
        assert learning.starred and learning.tags == ["délégation", "posture"]
        (feeling,) = store.feelings.list_by_session(first.id)
        assert (feeling.moment, feeling.emotion, feeling.intensity, feeling.text) == (
            Moment.BEFORE,
            Emotion.WORRY,
            4,
            "peur d’être jugée",
        )
        (action,) = store.actions.list_by_session(first.id)
        assert action.title == "Confier le planning d’avril à L."
        assert action.due_date == second.date and action.status == ActionStatus.IN_PROGRESS
        (assessment,) = store.assessments.list_by_session(first.id)
        assert (assessment.objective_id, assessment.rating, assessment.comment) == (
            objectives[0].id,
            4,
            "j’ai commencé",
        )
        (topic,) = store.topics.list(group_id=group.id)
        assert topic.title == "Un conflit entre deux agents" and topic.priority == 1
        session = store.sessions.get(first.id)
        assert session.title == "Déléguer sans tout reprendre"
        assert session.role == Role.CLIENT and session.themes == ["délégation"]
    finally:
        store.close()


def test_header_edits_are_saved_and_announced(qtbot, store, codev, make_editor):
    _group, first, _second, _objectives = codev
    editor = make_editor(store)
    editor.load(first.id)
    header = editor.header
    with qtbot.waitSignal(editor.sessionChanged, timeout=5000) as signal:
        header.status.setCurrentIndex(header.status.findData(SessionStatus.MISSED.value))
    assert signal.args == [first.id]
    header.themes.clear()
    type_text(header.themes, "conflit, charge de travail")
    header.number.setValue(3)
    with qtbot.waitSignal(editor.sessionChanged, timeout=5000):
        editor.flush()
    saved = store.sessions.get(first.id)
    assert saved.status == SessionStatus.MISSED
    assert saved.themes == ["conflit", "charge de travail"] and saved.number == 3


def test_client_and_consultant_prompts_differ(qtbot, store, codev, make_editor, templates):
    _group, first, _second, _objectives = codev
    step = templates.get("codev").step("expose")
    editor = make_editor(store)
    editor.load(first.id)
    section = editor.sections["expose"]
    client = section.prompt_texts()
    assert client == step.prompts_for("client", "fr")

    header = editor.header
    header.role.setCurrentIndex(header.role.findData(Role.CONSULTANT.value))
    consultant = section.prompt_texts()
    assert consultant == step.prompts_for("consultant", "fr")
    assert set(client).isdisjoint(consultant)
    shown = [w.text() for w in section.findChildren(QLabel, "prompt") if w.isVisible()]
    assert shown == consultant
    editor.flush()
    assert store.sessions.get(first.id).role == Role.CONSULTANT


def test_role_choices_come_from_the_template(store, make_editor):
    group = store.groups.add(Group(name="RPM", template_id="rpm"))
    session = store.sessions.add(Session(group.id, 1, date(2025, 1, 7)))
    editor = make_editor(store)
    editor.load(session.id)
    roles = [editor.header.role.itemData(i) for i in range(editor.header.role.count())]
    assert roles == ["participant", "facilitator"]


# -- autosave --------------------------------------------------------------------------------


def test_autosave_without_flush(qtbot, store, codev, templates, journal_path, passphrase):
    _group, first, _second, _objectives = codev
    editor = SessionEditor(store, templates, lang="fr")
    states: list[str] = []
    editor.saveStateChanged.connect(states.append)
    editor.load(first.id)
    type_text(editor.sections["expose"].body.editor, "Écrit sans enregistrer")
    assert editor.autosaver.state == "saving"
    qtbot.waitUntil(lambda: states[-1:] == ["saved"], timeout=5000)
    assert states[0] == "saving"
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del editor
    store = reopen(store, journal_path, passphrase)
    try:
        assert store.notes.get(first.id, "expose").text == "Écrit sans enregistrer"
    finally:
        store.close()


def test_focus_change_saves_before_the_debounce(qtbot, store, codev, make_editor):
    _group, first, _second, _objectives = codev
    editor = make_editor(store)
    editor.load(first.id)
    editor.autosaver._debounce.setInterval(60_000)
    editor.autosaver._max_wait.setInterval(60_000)
    text = editor.sections["clarification"].body.editor
    text.setFocus()
    type_text(text, "Quelle question m’a fait réfléchir")
    keyword = body(editor, StepKind.KEYWORD).edit
    keyword.setFocus()
    if keyword.hasFocus():
        assert not text.hasFocus()
    else:  # a platform that does not move the focus of an inactive window
        QApplication.sendEvent(text, _focus_out())
    qtbot.waitUntil(lambda: editor.autosaver.state == "saved", timeout=5000)
    assert store.notes.get(first.id, "clarification").text == "Quelle question m’a fait réfléchir"


def _focus_out():
    from PySide6.QtGui import QFocusEvent

    return QFocusEvent(QFocusEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)


def test_loading_another_session_saves_the_previous(qtbot, store, codev, make_editor):
    _group, first, second, _objectives = codev
    editor = make_editor(store)
    editor.load(first.id)
    type_text(editor.sections["consultation"].body.editor, "Une idée de L.")
    editor.load(second.id)  # at once, long before the debounce
    assert store.notes.get(first.id, "consultation").text == "Une idée de L."
    assert editor.current_session_id == second.id
    assert editor.sections["consultation"].body.text() == ""


def test_a_failed_save_keeps_the_draft_and_retries(qtbot, store, codev, make_editor):
    _group, first, _second, _objectives = codev
    editor = make_editor(store)
    editor.load(first.id)
    with store.db.lock:
        store.db.conn.execute("PRAGMA query_only = ON")  # the journal refuses every write
    section = editor.sections["synthese"]
    with qtbot.waitSignal(editor.errorOccurred, timeout=5000) as error:
        type_text(section.body.editor, "Ma synthèse")
    assert error.args[0]
    assert editor.autosaver.state == "error"
    assert section.body.text() == "Ma synthèse"  # the draft stays
    assert not section._unsaved.isHidden()
    assert store.notes.get(first.id, "synthese") is None

    with store.db.lock:
        store.db.conn.execute("PRAGMA query_only = OFF")
    type_text(body(editor, StepKind.KEYWORD).edit, "ténacité")  # the next edit retries
    qtbot.waitUntil(lambda: editor.autosaver.state == "saved", timeout=5000)
    assert store.notes.get(first.id, "synthese").text == "Ma synthèse"
    assert store.keywords.get(first.id).word == "ténacité"
    assert section._unsaved.isHidden()


def test_typing_many_edits_coalesces_into_the_last_text(qtbot, store, codev, make_editor):
    _group, first, _second, _objectives = codev
    editor = make_editor(store)
    editor.load(first.id)
    text = editor.sections["feedback"].body.editor
    for word in ("un ", "deux ", "trois"):
        type_text(text, word)
        editor.autosaver.save_now()
    editor.flush()
    assert store.notes.get(first.id, "feedback").text == "un deux trois"


# -- lists: learnings, actions, topics, feelings, ratings -----------------------------------


def test_list_rows_can_be_edited_and_deleted(qtbot, store, codev, make_editor):
    _group, first, _second, objectives = codev
    editor = make_editor(store)
    editor.load(first.id)
    learnings = body(editor, StepKind.LEARNINGS)
    for text in ("Premier", "Second"):
        learnings.add(text)
    learnings.rows()[0].text.setText("Premier, corrigé")
    qtbot.mouseClick(learnings.rows()[1].remove, Qt.MouseButton.LeftButton)

    feelings = body(editor, StepKind.FEELING)
    after = feelings.rows_of(Moment.AFTER)[0]
    after.emotion.setCurrentIndex(after.emotion.findData(Emotion.RELIEF.value))
    editor.flush()
    assert [x.text for x in store.learnings.list_by_session(first.id)] == ["Premier, corrigé"]
    assert [f.emotion for f in store.feelings.list_by_session(first.id)] == [Emotion.RELIEF]

    after.emotion.setCurrentIndex(0)  # no emotion: the feeling goes
    stars = body(editor, StepKind.RATINGS).rows[1].stars
    qtbot.mouseClick(stars.buttons[1], Qt.MouseButton.LeftButton)
    editor.flush()
    assert store.feelings.list_by_session(first.id) == []
    assert [(a.objective_id, a.rating) for a in store.assessments.list_by_session(first.id)] == [
        (objectives[1].id, 2)
    ]
    qtbot.mouseClick(stars.buttons[1], Qt.MouseButton.LeftButton)  # clicking again clears
    editor.flush()
    assert store.assessments.list_by_session(first.id) == []


def test_action_due_date_without_a_next_session_is_one_cadence_later(qtbot, store, make_editor):
    group = store.groups.add(Group(name="Échanges", template_id="echange"))
    session = store.sessions.add(Session(group.id, 1, date(2025, 1, 31)))
    editor = make_editor(store)
    editor.load(session.id)
    actions = body(editor, StepKind.ACTIONS)
    row = actions.add("Tenir mon carnet chaque semaine")
    assert row.due_date() == date(2025, 2, 28)


def test_existing_topics_are_listed_and_edited(qtbot, store, codev, make_editor):
    group, first, _second, _objectives = codev
    topic = store.topics.add(Topic("Fidéliser un talent", group_id=group.id, priority=3))
    editor = make_editor(store)
    editor.load(first.id)
    (row,) = editor.topics.rows()
    assert row.title.text() == "Fidéliser un talent"
    row.title.setText("Fidéliser un talent qui veut partir")
    editor.flush()
    saved = store.topics.get(topic.id)
    assert saved.title == "Fidéliser un talent qui veut partir" and saved.priority == 3


# -- hostile and unusual input -----------------------------------------------------------------


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def http_server():
    hits: list[str] = []
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), type("Handler", (_Counter,), {"hits": hits})
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()
    server.server_close()


def test_hostile_text_saves_previews_safely_and_reopens_intact(
    qtbot, store, codev, make_editor, http_server, journal_path, passphrase
):
    _group, first, _second, _objectives = codev
    port, hits = http_server
    payloads = {
        "expose": "<script>alert(1)</script>",
        "clarification": f'<img src="http://127.0.0.1:{port}/x"> et ![alt](http://127.0.0.1:{port}/y)',
        "contrat": '<img src="file:///etc/passwd"> [lien](file:///etc/passwd)',
        "consultation": "Marge & résultat ]]> <b>non fermé 😀🌱",
        "synthese": "مرحبا بكم — שלום עולם — texte mêlé",
        "feedback": "Une ligne de journal, assez longue pour peser.\n" * 22_000,  # ~1 MB
    }
    editor = make_editor(store)
    editor.load(first.id)
    clipboard = QApplication.clipboard()
    for step_id, text in payloads.items():
        source = editor.sections[step_id].body.editor
        if len(text) > 100_000:
            clipboard.setText(text)
            source.setFocus()
            source.paste()
            if source.toPlainText() != text:  # a platform without a clipboard
                source.setPlainText(text)
        else:
            source.setPlainText(text)
    for step_id in payloads:
        markdown = editor.sections[step_id].body
        markdown.show_preview(True)
        html = markdown.preview.toHtml().lower()
        assert "<script" not in html and "<img" not in html
        assert markdown.preview.requested == []
    assert "<script>alert(1)</script>" in editor.sections["expose"].body.preview.toPlainText()
    qtbot.wait(50)  # let any (wrongly) started request reach the server
    assert hits == []
    editor.flush()

    store = reopen(store, journal_path, passphrase)
    try:
        notes = store.notes.list_by_session(first.id)
        for step_id, text in payloads.items():
            assert notes[step_id].text == text
    finally:
        store.close()


def test_an_empty_session_saves_previews_and_reopens(
    qtbot, store, codev, make_editor, journal_path, passphrase
):
    _group, _first, second, _objectives = codev
    editor = make_editor(store)
    editor.load(second.id)
    for section in text_sections(editor):
        section.body.show_preview(True)
        assert section.body.preview.toPlainText()  # "Nothing written yet."
    editor.flush()
    store = reopen(store, journal_path, passphrase)
    try:
        assert store.notes.list_by_session(second.id) == {}
        assert store.learnings.list_by_session(second.id) == []
        assert store.feelings.list_by_session(second.id) == []
        assert store.sessions.get(second.id).date == second.date
    finally:
        store.close()


# -- undo and locking ----------------------------------------------------------------------------


def test_undo_and_redo_in_a_step(qtbot, store, codev, make_editor):
    _group, first, _second, _objectives = codev
    store.notes.save(first.id, "expose", "Déjà là")
    editor = make_editor(store)
    editor.load(first.id)
    source = editor.sections["expose"].body.editor
    source.moveCursor(source.textCursor().MoveOperation.End)
    type_text(source, " et ajouté")
    assert source.toPlainText() == "Déjà là et ajouté"
    qtbot.keyClick(source, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert source.toPlainText() == "Déjà là"  # back to the loaded text, not further
    assert not source.document().isUndoAvailable()
    source.redo()
    assert source.toPlainText() == "Déjà là et ajouté"
    editor.flush()
    assert store.notes.get(first.id, "expose").text == "Déjà là et ajouté"


def test_clear_leaves_no_journal_text(qtbot, store, codev, make_editor):
    _group, first, _second, _objectives = codev
    store.notes.save(first.id, "expose", "SECRET-NOTE")
    store.keywords.set(first.id, "SECRET-WORD")
    editor = make_editor(store)
    editor.load(first.id)
    learnings = body(editor, StepKind.LEARNINGS)
    learnings.add("SECRET-LEARNING")
    type_text(editor.sections["clarification"].body.editor, "SECRET-TYPED")
    editor.sections["expose"].body.show_preview(True)
    editor.clear()
    assert editor.current_session_id is None
    QApplication.processEvents()
    texts = []
    for widget in editor.findChildren(QLineEdit):
        texts.append(widget.text())
    for widget in editor.findChildren(QPlainTextEdit):
        texts.append(widget.toPlainText())
    for widget in editor.findChildren(QTextBrowser):
        texts.append(widget.toPlainText())
    for widget in editor.findChildren(QLabel):
        texts.append(widget.text())
    joined = "\n".join(texts)
    assert "SECRET" not in joined and "Codév des cadres" not in joined
    assert editor.findChildren(QPlainTextEdit) == []
    # what was typed before the lock was saved first
    assert store.notes.get(first.id, "clarification").text == "SECRET-TYPED"
    assert [x.text for x in store.learnings.list_by_session(first.id)] == ["SECRET-LEARNING"]


# -- the demo journal and how it looks --------------------------------------------------------


def test_every_demo_session_opens(qtbot, store, make_editor):
    demo = pytest.importorskip("carnet.demo")
    demo.build_demo(store, today=date(2025, 6, 1))
    editor = make_editor(store)
    sessions = store.sessions.list()
    assert sessions
    for session in sessions:
        editor.load(session.id)
        assert editor.current_session_id == session.id
        notes = store.notes.list_by_session(session.id)
        for step_id, note in notes.items():
            if step_id in editor.sections and editor.sections[step_id].step.kind == StepKind.TEXT:
                assert editor.sections[step_id].body.text() == note.text
    editor.clear()


@pytest.mark.parametrize("template_id", ["codev", "rpm"])
def test_screenshots(qtbot, store, make_editor, template_id, tmp_path):
    """Renders a filled page (kept in $CARNET_SHOTS when set, to look at)."""
    demo = pytest.importorskip("carnet.demo")
    from carnet.ui.style import apply_style

    app = QApplication.instance()
    previous = app.styleSheet()
    apply_style(app)
    try:
        demo.build_demo(store, today=date(2025, 6, 1))
        group = next(g for g in store.groups.list() if g.template_id == template_id)
        sessions = store.sessions.list_by_group(group.id)
        wanted = Role.CLIENT if template_id == "codev" else None
        session = next(
            (
                s
                for s in sessions
                if s.status == SessionStatus.HELD
                and (wanted is None or s.role == wanted)
                and store.notes.list_by_session(s.id)
            ),
            sessions[0],
        )
        editor = make_editor(store)
        editor.resize(1280, 900)
        editor.load(session.id)
        qtbot.waitExposed(editor)
        for _ in range(3):  # let the layouts settle (growing fields) before grabbing
            QApplication.processEvents()
        folder = Path(SHOTS) if SHOTS else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        assert editor.grab().save(str(folder / f"session_{template_id}.png"))
        assert editor._page.grab().save(str(folder / f"session_{template_id}_page.png"))
    finally:
        app.setStyleSheet(previous)


def test_missing_template_and_unknown_steps_keep_notes_reachable(qtbot, store, make_editor):
    group = store.groups.add(Group(name="Format maison", template_id="disparu"))
    session = store.sessions.add(Session(group.id, 1, date(2025, 5, 6)))
    store.notes.save(session.id, "mon_etape", "Texte d’une étape disparue")
    editor = make_editor(store)
    editor.load(session.id)
    section = editor.sections["mon_etape"]
    assert section.body.text() == "Texte d’une étape disparue"
    assert {s.step.kind for s in editor.sections.values()} >= {
        StepKind.LEARNINGS,
        StepKind.ACTIONS,
        StepKind.KEYWORD,
    }
    section.body.editor.setPlainText("Texte corrigé")
    editor.flush()
    assert store.notes.get(session.id, "mon_etape").text == "Texte corrigé"


def test_a_deleted_session_shows_a_message(qtbot, store, codev, make_editor):
    _group, first, _second, _objectives = codev
    store.sessions.delete(first.id)
    editor = make_editor(store)
    with qtbot.waitSignal(editor.errorOccurred):
        editor.load(first.id)
    assert editor.current_session_id is None
