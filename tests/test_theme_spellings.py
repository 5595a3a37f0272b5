"""A theme typed with and without its accents (or its capital) is one theme.

« délégation » on a session, « delegation » typed fast on a learning and « Délégation »
on an action made three themes: the Themes view listed each with part of the items,
its search filter found only one spelling, the booklet printed the learnings under
two headings. Each now gathers every spelling, under the most used one.
"""

from __future__ import annotations

from datetime import date

from carnet.booklet.collect import LearningItem, _by_tag
from carnet.domain import (
    Action,
    Group,
    Learning,
    Session,
    fold_theme,
    normalise_tags,
    theme_spellings,
)
from carnet.store import SearchFilters


def _journal(store):
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 12),
                                         status="held", themes=["délégation", "écoute"]))
    learning = store.learnings.add(Learning(session_id=session.id, text="Faire confiance",
                                            tags=["delegation"]))
    action = store.actions.add(Action(session_id=session.id, title="Confier le budget",
                                      tags=["Délégation"]))
    other = store.learnings.add(Learning(session_id=session.id, text="Se taire",
                                         tags=["écoute"]))
    return session, learning, action, other


def test_fold_and_normalise_tell_spellings_apart_only_by_letters():
    assert fold_theme(" Délégation ") == fold_theme("delegation") == "delegation"
    assert fold_theme("écoute active") != fold_theme("écoute")
    assert normalise_tags(["délégation", "Delegation", "délégation ", "conflit"]) == [
        "délégation", "conflit"]
    shown, count, spellings = theme_spellings(
        [("delegation", 1), ("délégation", 2), ("Délégation", 1)])["delegation"]
    assert (shown, count, sorted(spellings)) == (
        "délégation", 4, ["Délégation", "delegation", "délégation"])
    # a tie: the accented spelling is shown
    assert theme_spellings([("delegation", 1), ("délégation", 1)])["delegation"][0] == (
        "délégation")


def test_the_journal_lists_one_theme_with_every_item(store):
    session, learning, action, other = _journal(store)
    used = {use.tag: use.count for use in store.tags.all()}
    assert used == {"délégation": 3, "écoute": 2}  # the control: écoute stays apart
    filed = {(item.kind, item.ref_id) for item in store.tags.items("delegation")}
    assert filed == {("session", session.id), ("learning", learning.id),
                     ("action", action.id)}
    assert {(i.kind, i.ref_id) for i in store.tags.items("Écoute")} == {
        ("session", session.id), ("learning", other.id)}


def test_the_search_filter_finds_every_spelling(store):
    session, learning, action, _other = _journal(store)
    later = store.sessions.add(Session(group_id=session.group_id, number=2,
                                       date=date(2026, 2, 12), status="held"))
    other = store.learnings.add(Learning(session_id=later.id, text="Se taire encore",
                                         tags=["écoute"]))
    fast = store.learnings.add(Learning(session_id=later.id, text="Confier encore",
                                        tags=["delegation"]))  # its session is not tagged
    found = {(hit.kind, hit.ref_id) for word in ("confiance", "budget", "taire", "confier")
             for hit in store.search(word, SearchFilters(tag="délégation"))}
    assert ("learning", fast.id) in found
    assert ("learning", learning.id) in found and ("action", action.id) in found
    assert ("learning", other.id) not in found  # the control: another theme


def test_the_booklet_files_learnings_under_one_heading():
    first = LearningItem("Faire confiance", False, ["delegation"], "séance 1")
    second = LearningItem("Dire non", True, ["Délégation", "délégation"], "séance 2")
    third = LearningItem("Se taire", False, ["écoute"], "séance 2")
    headings = _by_tag([first, second, third], "fr")
    assert [(name, [item.text for item in items]) for name, items in headings] == [
        ("delegation", ["Dire non", "Faire confiance"]), ("écoute", ["Se taire"])]
