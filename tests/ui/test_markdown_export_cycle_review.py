"""The end-of-cycle review is exported under its questions, and the index says where.

Found by a fresh-eyes review (fresh6), finding 18: the « Bilan de fin de cycle » (three
notes of the group's last session) came out of the Markdown export under « Autres
notes », headed with the internal ids « cycle.changes », « cycle.self »,
« cycle.carry\\_on ». The reviewer's test is kept with its control (the review's text
is exported); it now also checks the page's own questions head the texts, in the
page's order, and that the index marks the session holding the review.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from carnet.domain import Cadence, Group, Session, SessionStatus
from carnet.exchange import export_markdown
from carnet.ui import exchange_choices

CLICK = Qt.MouseButton.LeftButton


def test_the_cycle_review_is_exported_under_its_own_titles(qtbot, main_window, monkeypatch,
                                                           tmp_path):
    store = main_window.store
    last = max(store.sessions.list_by_group(main_window.ids["group"]), key=lambda s: s.number)
    store.notes.save_many(last.id, {"cycle.carry_on": "Le point hebdo avec l'équipe.",
                                    "cycle.self": "Je supporte mieux le désaccord.",
                                    "cycle.changes": "Je délègue les plannings."})
    assert main_window.install_extensions(["carnet.ui.ext_exchange"])
    out = tmp_path / "export"
    monkeypatch.setattr(exchange_choices, "choose_folder", lambda *args: str(out))

    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.export_button, CLICK)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return True

    monkeypatch.setattr(exchange_choices, "run_dialog", run)
    main_window.exchange_actions.export_action.trigger()
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*.md"))
    assert "Je délègue les plannings." in text  # control: the review is exported
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert not [h for h in headings if "cycle." in h], headings
    page = next(p.read_text(encoding="utf-8") for p in out.rglob("*.md")
                if "Je délègue" in p.read_text(encoding="utf-8"))
    questions = ["## Cycle review", "### What has changed in my practice?",
                 "### What have I learned about myself?", "### What do I keep and carry on?"]
    lines = page.splitlines()
    assert [line for line in lines if line in questions] == questions, headings
    assert lines.index(questions[1]) < lines.index("Je délègue les plannings.")
    assert "## Other notes" not in lines
    index = (out / "index.md").read_text(encoding="utf-8")
    marked = [line for line in index.splitlines() if line.endswith("· Cycle review")]
    assert len(marked) == 1 and f"Session {last.number} " in marked[0], index


def test_the_cycle_review_in_french(store, tmp_path):
    """The same in French: the page's questions, the index's mark."""
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence(),
                                   planned_sessions=2))
    session = store.sessions.add(Session(group.id, 2, date(2026, 11, 9), SessionStatus.HELD))
    store.notes.save(session.id, "cycle.self", "Je supporte mieux le désaccord.")
    export_markdown(store, tmp_path / "out", lang="fr")
    page = next((tmp_path / "out").rglob("02-*.md")).read_text(encoding="utf-8")
    lines = page.splitlines()
    assert lines.index("## Bilan du cycle") < lines.index("### Qu’ai-je appris sur moi ?")
    assert "Je supporte mieux le désaccord." in lines
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "(tenue) · Bilan du cycle" in index, index
