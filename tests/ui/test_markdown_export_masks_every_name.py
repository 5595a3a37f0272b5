"""The anonymised Markdown export masks a name wherever it is written.

Found by a fresh-eyes review (fresh6), finding 9: with « Remplacer le nom des autres
participants par leur pseudonyme » checked (the default), the texts were masked but a
session's themes, a learning's and an action's tags and the group's place still said
« Marc … » in clear, and the facilitator's name was printed (the anonymised booklet
masks all of these and leaves the facilitator out). The reviewer's test is kept, with
its control (the texts are masked); a second control exports without masking: the
same words are there in clear, so the first test looks where they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import MARKER

from carnet.domain import Action, Learning
from carnet.exchange.markdown_export import export_markdown
from carnet.ui import exchange_choices

CLICK = Qt.MouseButton.LeftButton
NAME = f"Marc {MARKER}"  # masked by the member « M.Zéphyrine » of the seeded group
FACILITATOR = f"H. {MARKER}"  # the seeded group's facilitator


def name_everywhere(main_window) -> None:
    store = main_window.store
    ids = main_window.ids
    session = store.sessions.get(ids["held"])
    session.themes = [f"conflit avec {NAME}"]
    store.sessions.update(session)
    store.learnings.add(Learning(session_id=ids["held"], text=f"Écouter {NAME} jusqu'au bout",
                                 tags=[f"relation {NAME}"]))
    store.actions.add(Action(session_id=ids["held"], title=f"Revoir {NAME}",
                             tags=[f"suivi {NAME}"]))
    group = store.groups.get(ids["group"])
    group.place = f"Bureau de {NAME}"
    store.groups.update(group)


def test_the_anonymised_markdown_export_masks_themes_tags_and_place(
        qtbot, main_window, monkeypatch, tmp_path):
    name_everywhere(main_window)
    assert main_window.install_extensions(["carnet.ui.ext_exchange"])
    out = tmp_path / "export"
    monkeypatch.setattr(exchange_choices, "choose_folder", lambda *args: str(out))

    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.anonymise_box.isChecked()  # the default: anonymised
        qtbot.mouseClick(dialog.export_button, CLICK)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return True

    monkeypatch.setattr(exchange_choices, "run_dialog", run)
    main_window.exchange_actions.export_action.trigger()
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*.md"))
    assert "Écouter M." in text  # control: the texts are masked
    leaks = [line for line in text.splitlines() if NAME in line]
    assert not leaks, leaks
    assert FACILITATOR not in text  # left out, as in the anonymised booklet
    for masked in ("conflit avec M.", "relation M.", "suivi M.", "Bureau de M."):
        assert masked in text, masked


def test_control_without_masking_the_same_words_are_there_in_clear(main_window, tmp_path):
    name_everywhere(main_window)
    out = tmp_path / "clear"
    export_markdown(main_window.store, out, anonymise=False)
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*.md"))
    for clear in (f"conflit avec {NAME}", f"relation {NAME}", f"suivi {NAME}",
                  f"Bureau de {NAME}", FACILITATOR):
        assert clear in text, clear
