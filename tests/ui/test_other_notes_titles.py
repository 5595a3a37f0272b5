"""After a change of format, old step notes show under « Other notes » with their
step's own title (from the template they came from), never an internal id."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from carnet.domain import Group, Session
from carnet.templates import load_templates
from carnet.ui.session_editor import SessionEditor


def test_orphan_notes_are_titled_like_their_step(qtbot, store):
    templates = load_templates(user_dir=None)
    codev = templates.get("codev")
    group = store.groups.add(Group(name="Passé en RPM", template_id="rpm"))
    session = store.sessions.add(Session(group.id, 1, date(2025, 5, 6)))
    store.notes.save(session.id, "expose", "Mon exposé <b>&")
    store.notes.save(session.id, "clarification", "Les questions")
    store.notes.save(session.id, "mon_etape", "Étape d’un format disparu")
    editor = SessionEditor(store, templates, lang="fr")
    qtbot.addWidget(editor)
    editor.load(session.id)
    try:
        titles = {step.id: f"{step.title.get('fr')} — {codev.name.get('fr')}"
                  for step in codev.steps}
        for step_id in ("expose", "clarification"):
            section = editor.sections[step_id]
            assert section.title == titles[step_id]
        assert editor.sections["expose"].body.text() == "Mon exposé <b>&"
        assert editor.sections["mon_etape"].title == "mon_etape"  # control: no template has it
        texts = [label.text() for label in editor.findChildren(QLabel)]
        assert any("nothing is lost" in text for text in texts)  # the one line that says why
    finally:
        editor.autosaver.queue.wait_idle(10)
