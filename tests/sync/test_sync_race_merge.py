"""Issue 15, races: a page's save over a record a sync changed meanwhile carries only
what the person changed (carnet/services/page_merge.py). Each rule with its control."""

from __future__ import annotations

from carnet.domain import Action, ActionStatus, Learning
from carnet.domain.sync import OTHER_VERSION_HEADING
from carnet.services.page_merge import merge_record, merge_text


def test_a_field_not_touched_here_keeps_what_arrived():
    base = Action(session_id=1, title="Appeler", status=ActionStatus.TODO, details="d", id=4)
    mine = Action(session_id=1, title="Appeler R.", status=ActionStatus.TODO, details="d")
    current = Action(session_id=1, title="Appeler", status=ActionStatus.DONE,
                     details="d ailleurs", id=4)
    merged = merge_record("actions", base, mine, current)
    assert merged.record.title == "Appeler R."  # control: the person's edit
    assert merged.record.status is ActionStatus.DONE
    assert merged.record.details == "d ailleurs"
    assert merged.record.id == 4 and merged.changed
    # the page still shows the old status: its next save must not read it as an edit
    assert merged.base.status is ActionStatus.TODO and merged.base.title == "Appeler R."


def test_a_long_text_changed_on_both_sides_keeps_both_visibly():
    base = Learning(session_id=1, text="écouter", id=2)
    mine = Learning(session_id=1, text="écouter et moi")
    current = Learning(session_id=1, text="écouter — eux", id=2)
    merged = merge_record("learnings", base, mine, current)
    text = merged.record.text
    assert text.startswith("écouter et moi")  # control
    assert "écouter — eux" in text and OTHER_VERSION_HEADING in text
    assert merged.added["text"] == text[len("écouter et moi"):]
    assert merged.base.text == text  # the page shows it too (see show_added)


def test_a_short_text_changed_on_both_sides_takes_the_persons():
    base = Action(session_id=1, title="a", id=1)
    merged = merge_record("actions", base, Action(session_id=1, title="b"),
                          Action(session_id=1, title="c", id=1))
    assert merged.record.title == "b" and not merged.added


def test_tags_changed_on_both_sides_keep_both_changes():
    base = Learning(session_id=1, text="t", tags=["a", "b"], id=1)
    mine = Learning(session_id=1, text="t", tags=["a", "c"])  # b removed, c added here
    current = Learning(session_id=1, text="t", tags=["a", "b", "d"], id=1)  # d there
    merged = merge_record("learnings", base, mine, current)
    assert merged.record.tags == ["a", "d", "c"]
    assert merged.base.tags == ["a", "c"]  # what the field shows


def test_unchanged_here_is_never_written():
    base = Learning(session_id=1, text="t", starred=False, id=1)
    current = Learning(session_id=1, text="t ailleurs", starred=True, id=1)
    merged = merge_record("learnings", base, Learning(session_id=1, text="t"), current)
    assert merged.record == current and not merged.changed


def test_merge_text_edges():
    assert merge_text("a", "a b", "a") == ("a b", "")  # only here
    assert merge_text("a", "a", "a c") == ("a c", "")  # only there
    assert merge_text("a", "", "a c") == ("a c", "a c")  # emptied here: their words stay
    assert merge_text("a", "a b", "") == ("a b", "")  # emptied there: mine
    saved, added = merge_text("a", "a b", "a c")
    assert saved == "a b" + added and "a c" in added
    assert merge_text("a", saved + " d", "a c") == (saved + " d", "")  # already shown
    assert merge_text("a", "b", "c", long=False) == ("b", "")
