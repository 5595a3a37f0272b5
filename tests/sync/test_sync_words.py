"""Words that a merge must never drop (issue 15, found by the sync review).

- A member's masked names and a record's tags are sets: what two devices add at the same
  time is united (a masked name dropped on one device left a real name in clear in the
  anonymised booklet; a tag added on each device kept one).
- A text emptied on one device while the other edited it keeps the edit, without a
  « Version de l'autre appareil » heading over nothing.
Each was lost or shown wrong before the change (tests/sync/test_sync_review_failing.py on
the `syncreview` branch); the controls show a plain, non-concurrent removal still removes.
"""

from __future__ import annotations

from carnet.booklet.anonymise import build_anonymiser
from carnet.domain import Learning, Member, fold_theme
from carnet.domain.sync import OTHER_VERSION_HEADING
from carnet.sync import sync_once


def session_of(store):
    group = store.groups.list()[0]
    return store.sessions.list_by_group(group.id)[0]


def first_member(store):
    return store.members.list_by_group(store.groups.list()[0].id)[0]


def first_learning(store):
    return store.learnings.list_by_session(session_of(store).id)[0]


def test_masked_names_added_on_two_devices_are_both_kept_and_masked(devices):
    a, b = devices.open("a"), devices.open("b")
    try:
        a.members.add(Member(group_id=a.groups.list()[0].id, pseudonym="B.",
                             masked_names=["Bernard"]))
        sync_once(a)
        sync_once(b)
        for store, name in ((a, "Claire"), (b, "Denis")):
            member = first_member(store)
            member.masked_names = ["Bernard", name]
            store.members.update(member)
        for store in (a, b, a):
            sync_once(store)
        for store in (a, b):
            member = first_member(store)
            assert sorted(member.masked_names) == ["Bernard", "Claire", "Denis"]
            clean = build_anonymiser([(member.pseudonym, member.masked_names)])
            shown = clean("Claire et Denis ont parlé à Bernard.")
            assert not {"Claire", "Denis", "Bernard"} & set(shown.replace(".", " ").split())
        assert first_member(a).masked_names == first_member(b).masked_names
    finally:
        a.close()
        b.close()


def test_a_masked_name_removed_without_a_race_is_removed_everywhere(devices):
    """Control: the union is of concurrent versions only; a later edit replaces."""
    a, b = devices.open("a"), devices.open("b")
    try:
        a.members.add(Member(group_id=a.groups.list()[0].id, pseudonym="B.",
                             masked_names=["Bernard", "Claire"]))
        sync_once(a)
        sync_once(b)
        member = first_member(b)
        member.masked_names = ["Bernard"]
        b.members.update(member)
        sync_once(b)
        sync_once(a)
        assert first_member(a).masked_names == ["Bernard"]
    finally:
        a.close()
        b.close()


def test_tags_added_on_two_devices_are_both_kept(devices):
    """« Ecoute », « ecoute » and « écoute » are one theme for the journal (case and
    accents aside): the union keeps one of them, never two, the same on both devices;
    « conflit », added on one device only, is kept."""
    a, b = devices.open("a"), devices.open("b")
    try:
        a.learnings.add(Learning(session_id=session_of(a).id, text="appris"))
        sync_once(a)
        sync_once(b)
        for store, tags in ((a, ["ecoute", "écoute"]), (b, ["conflit", "Ecoute"])):
            learning = first_learning(store)
            learning.tags = tags
            store.learnings.update(learning)
        reports = [sync_once(s) for s in (a, b, a)]
        assert all(not r.problems for r in reports), [r.problems for r in reports]
        for store in (a, b):
            tags = first_learning(store).tags
            assert "conflit" in tags, tags
            assert len([t for t in tags if fold_theme(t) == "ecoute"]) == 1, tags
            assert len(tags) == 2, tags
        assert first_learning(a).tags == first_learning(b).tags
    finally:
        a.close()
        b.close()


def test_a_tag_removed_without_a_race_is_removed_everywhere(devices):
    a, b = devices.open("a"), devices.open("b")
    try:
        a.learnings.add(Learning(session_id=session_of(a).id, text="appris",
                                 tags=["écoute", "conflit"]))
        sync_once(a)
        sync_once(b)
        learning = first_learning(b)
        learning.tags = ["conflit"]
        b.learnings.update(learning)
        sync_once(b)
        sync_once(a)
        assert first_learning(a).tags == ["conflit"]
    finally:
        a.close()
        b.close()


def test_a_note_emptied_while_edited_elsewhere_keeps_the_edit_without_an_empty_block(devices):
    a, b = devices.open("a"), devices.open("b")
    try:
        a.notes.save(session_of(a).id, "expose", "premier jet")
        sync_once(a)
        sync_once(b)
        a.notes.save(session_of(a).id, "expose", "")
        b.notes.save(session_of(b).id, "expose", "premier jet, complété")
        for store in (a, b, a):
            sync_once(store)
        for store in (a, b):
            text = store.notes.get(session_of(store).id, "expose").text
            assert text == "premier jet, complété", repr(text)
            assert OTHER_VERSION_HEADING not in text
    finally:
        a.close()
        b.close()


def test_two_edits_still_show_both_versions(devices):
    """Control: two real versions still show the other one under its heading."""
    a, b = devices.open("a"), devices.open("b")
    try:
        a.notes.save(session_of(a).id, "expose", "premier jet")
        sync_once(a)
        sync_once(b)
        a.notes.save(session_of(a).id, "expose", "version A")
        b.notes.save(session_of(b).id, "expose", "version B")
        for store in (a, b, a):
            sync_once(store)
        text = a.notes.get(session_of(a).id, "expose").text
        assert "version A" in text and "version B" in text and OTHER_VERSION_HEADING in text
        assert text == b.notes.get(session_of(b).id, "expose").text
    finally:
        a.close()
        b.close()
