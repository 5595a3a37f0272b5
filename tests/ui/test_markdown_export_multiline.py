"""The Markdown export keeps the lines of a learning and the paragraphs of an objective.

Found by a fresh-eyes review (fresh6), finding 3: a learning written on several lines
(« Ce que je retiens : » / « - écouter jusqu'au bout » / …) was exported as soft-wrapped
lines, which every Markdown reader shows run together on one line, its tags glued to
the last line; an objective's description lost its blank line (two paragraphs became
one). The reviewer's test is kept with its control (a step note's line break survives,
it was always right); a second test checks that the next learning and the next
objective stay items of their own once an item holds two paragraphs (Python-Markdown
reads a "- " line right after a list paragraph as its continuation).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from carnet.domain import Learning, Objective
from carnet.exchange.markdown_export import export_markdown
from carnet.store import JournalStore
from carnet.ui import exchange_choices

CLICK = Qt.MouseButton.LeftButton
LEARNING = "Ce que je retiens :\n- écouter jusqu'au bout\n- reformuler avant de répondre"
DESCRIPTION = "Lâcher prise sur les plannings.\n\nDeuxième paragraphe : les mails."
NOTE = "Ligne un\nLigne deux"


def _html(text: str) -> str:
    import markdown

    return markdown.markdown(text)


def test_multi_line_learning_keeps_its_lines_in_the_markdown_export(
        qtbot, main_window, monkeypatch, tmp_path):
    store = main_window.store
    held = main_window.ids["held"]
    store.learnings.add(Learning(session_id=held, text=LEARNING, starred=True))
    store.objectives.add(Objective(group_id=main_window.ids["group"], title="Déléguer",
                                   description=DESCRIPTION))
    store.notes.save(held, "synthese", NOTE)
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
    pages = {p.name: p.read_text(encoding="utf-8") for p in out.rglob("*.md")}
    session_page = next(text for text in pages.values() if "Ligne un" in text)
    html = _html(session_page)
    assert "Ligne un<br />" in html  # control: a step note keeps its line break
    assert "jusqu'au bout<br />" in html or "<li>écouter jusqu'au bout" in html, (
        "the learning's lines run together:\n"
        + next(line for line in html.splitlines() if "retiens" in line))
    index = _html(pages["index.md"])
    assert "</p>\n<p>Deuxième paragraphe" in index or "plannings.<br />" in index, (
        next(line for line in index.splitlines() if "plannings" in line))


def test_items_after_a_two_paragraph_one_stay_items(seeded_journal, passphrase, tmp_path):
    """A learning of two paragraphs with tags, then another learning; an objective of two
    paragraphs, then another: each stays its own item, the tags on a line of their own."""
    path, ids = seeded_journal
    store = JournalStore.open(path, passphrase)
    request_close = store.close
    held = ids["held"]
    store.learnings.add(Learning(session_id=held, text="Premier.\n\nSuite du premier.",
                                 tags=["écoute"]))
    store.learnings.add(Learning(session_id=held, text="Second enseignement"))
    store.objectives.add(Objective(group_id=ids["group"], title="Déléguer",
                                   description=DESCRIPTION))
    store.objectives.add(Objective(group_id=ids["group"], title="Écouter"))
    try:
        export_markdown(store, tmp_path / "out", lang="fr")
    finally:
        request_close()
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*.md")}
    session_html = _html(next(t for t in pages.values() if "Second enseignement" in t))
    assert "<p>Suite du premier.<br />\n<em>(écoute)</em></p>" in session_html, session_html
    assert "<li>\n<p>Second enseignement</p>\n</li>" in session_html, session_html
    index = _html(pages["index.md"])
    assert "<p>Deuxième paragraphe : les mails.</p>\n</li>" in index, index
    assert "<li>\n<p>Écouter</p>\n</li>" in index, index
