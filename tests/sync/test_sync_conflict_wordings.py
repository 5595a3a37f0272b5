"""Short texts reworded on two devices at once (issue 15: never a word lost silently).

A title shows one wording, the last writer's, the same on both devices; the other
is reported as a conflict (the status bar's « Conflit résolu ») and offered by
``store.sync.wording_conflicts()`` until someone chooses — choosing is an edit that
syncs, and then neither device lists it. Adapted from the fresh-eyes review
(tests/review/test_review_concurrent_short_texts.py on branch ``fresh``).
"""

from __future__ import annotations

import pytest

from carnet.domain import Action, Learning, Topic
from carnet.sync import sync_once


def _session(store):
    group = store.groups.list()[0]
    return store.sessions.list_by_group(group.id)[0]


@pytest.fixture
def ab(devices):
    stores = [devices.open(n) for n in ("a", "b")]
    yield stores
    for s in stores:
        s.close()


def _both(a, b):
    for _ in range(2):
        sync_once(a)
        sync_once(b)


def _offered(store) -> list[tuple[str, str, list[str]]]:
    return [(c.table, c.current.text, [o.text for o in c.others])
            for c in store.sync.wording_conflicts()]


def _reword_action(a, b, extra_a: str, extra_b: str) -> list:
    a.actions.add(Action(session_id=_session(a).id, title="Action B — poser une question"))
    _both(a, b)
    for store, extra in ((a, extra_a), (b, extra_b)):
        action = store.actions.list_by_session(_session(store).id)[0]
        action.title += extra
        store.actions.update(action)
    return [sync_once(a), sync_once(b), sync_once(a)]


def test_concurrent_rewording_of_an_action_is_reported_and_offered_on_both(ab):
    a, b = ab
    reports = _reword_action(a, b, " (laptop: en réunion d'équipe)", " (home: avec Karim)")
    titles = {s: [x.title for x in s.actions.list_by_session(_session(s).id)] for s in ab}
    assert titles[a] == titles[b]  # they converge on one wording…
    assert sum(r.conflicts for r in reports) >= 2  # …reported on each device…
    assert {c[0] for r in reports for c in r.conflicted} == {"actions"}
    shown = titles[a][0]
    for store in ab:  # …and the other wording is offered on each, not lost
        offered = _offered(store)
        assert len(offered) == 1
        table, current, others = offered[0]
        assert table == "actions" and current == shown
        assert len(others) == 1 and others[0] != shown
        both = current + others[0]
        assert "laptop: en réunion" in both and "home: avec Karim" in both


def test_control_one_device_rewording_is_no_conflict(ab):
    """Control: reworded on one device only, the other device takes it, nothing reported."""
    a, b = ab
    a.actions.add(Action(session_id=_session(a).id, title="Appeler Sophie"))
    _both(a, b)
    action = a.actions.list_by_session(_session(a).id)[0]
    action.title = "Appeler Sophie lundi"
    a.actions.update(action)
    reports = [sync_once(a), sync_once(b), sync_once(a)]
    assert sum(r.conflicts for r in reports) == 0
    assert b.actions.list_by_session(_session(b).id)[0].title == "Appeler Sophie lundi"
    assert _offered(a) == [] and _offered(b) == []


def test_control_same_wording_on_both_is_no_conflict(ab):
    a, b = ab
    for store in ab:
        session = _session(store)
        session.title = "Même titre"
        store.sessions.update(session)
    reports = [sync_once(a), sync_once(b), sync_once(a)]
    assert sum(r.conflicts for r in reports) == 0
    assert _offered(a) == [] and _offered(b) == []


def test_control_concurrent_learning_edits_keep_both(ab):
    """Control (long text): the same race on a learning keeps both in the text."""
    a, b = ab
    a.learnings.add(Learning(session_id=_session(a).id, text="écouter"))
    _both(a, b)
    for store, extra in ((a, " laptop"), (b, " home")):
        learning = store.learnings.list_by_session(_session(store).id)[0]
        learning.text += extra
        store.learnings.update(learning)
    _both(a, b)
    text = "\n".join(x.text for x in a.learnings.list_by_session(_session(a).id))
    assert "écouter laptop" in text and "écouter home" in text
    assert _offered(a) == []  # (a long text is no short wording to choose)


@pytest.mark.parametrize("pick", ["other", "current"])
def test_choosing_a_wording_is_an_edit_that_syncs(ab, pick):
    a, b = ab
    for store, title in ((a, "Le cas de Sophie : déléguer"), (b, "Cas Sophie — lâcher prise")):
        session = _session(store)
        session.title = title
        store.sessions.update(session)
    reports = [sync_once(a), sync_once(b), sync_once(a)]
    assert sum(r.conflicts for r in reports) >= 2
    conflict = b.sync.wording_conflicts()[0]
    assert conflict.table == "sessions" and conflict.field == "title"
    chosen = conflict.others[0].text if pick == "other" else conflict.current.text
    assert b.sync.keep_wording(conflict.table, conflict.uuid, conflict.field, chosen)
    assert _session(b).title == chosen
    assert _offered(b) == []
    _both(a, b)
    assert _session(a).title == _session(b).title == chosen
    assert _offered(a) == [] and _offered(b) == []


def test_an_ordinary_edit_of_the_title_resolves_it_too(ab):
    a, b = ab
    a.topics.add(Topic(title="Mon cas : un collaborateur"))
    _both(a, b)
    for store, extra in ((a, " qui refuse"), (b, " en retrait")):
        topic = store.topics.list()[0]
        topic.title += extra
        store.topics.update(topic)
    reports = [sync_once(a), sync_once(b), sync_once(a)]
    assert sum(r.conflicts for r in reports) >= 2
    assert len(_offered(a)) == 1
    topic = a.topics.list()[0]
    topic.title = "Mon cas : un collaborateur qui refuse, en retrait"
    a.topics.update(topic)
    assert _offered(a) == []  # (captured when the list is read: the edit covers both)
    _both(a, b)
    assert b.topics.list()[0].title == topic.title
    assert _offered(b) == []


def test_bad_input_wordings_are_offered_whole(ab):
    """Markup, ``&``, ``]]>``, emoji, right-to-left, and a long wording: offered as typed."""
    a, b = ab
    a.actions.add(Action(session_id=_session(a).id, title="Relancer"))
    _both(a, b)
    words = {a: "Relancer <b>Karim</b> & co ]]> 🌱 שלום " + "x" * 5000, b: "Relancer plus tard"}
    for store in ab:
        action = store.actions.list_by_session(_session(store).id)[0]
        action.title = words[store]
        store.actions.update(action)
    _both(a, b)
    titles = {s.actions.list_by_session(_session(s).id)[0].title for s in ab}
    assert len(titles) == 1
    shown = titles.pop()
    for store in ab:
        (_table, current, others), = _offered(store)
        assert current == shown and {current, *others} == set(words.values())


def test_a_deleted_record_leaves_the_list(ab):
    a, b = ab
    _reword_action(a, b, " A", " B")
    assert len(_offered(a)) == 1
    action = a.actions.list_by_session(_session(a).id)[0]
    a.actions.delete(action.id)
    assert _offered(a) == []


def test_the_command_line_words_each_kind_of_conflict(ab):
    from carnet.cli_sync import summary

    a, b = ab
    reports = _reword_action(a, b, " A", " B")
    said = [summary(r) for r in reports if r.conflicts]
    assert said and all("title (or name) reworded" in s for s in said)
    assert not any("Other version" in s for s in said)
    # control: a learning's conflict is said as two versions in the text
    learning = Learning(session_id=_session(a).id, text="écouter")
    a.learnings.add(learning)
    _both(a, b)
    for store, extra in ((a, " laptop"), (b, " home")):
        item = store.learnings.list_by_session(_session(store).id)[0]
        item.text += extra
        store.learnings.update(item)
    said = [summary(r) for r in (sync_once(a), sync_once(b), sync_once(a)) if r.conflicts]
    assert said and all("Other version" in s for s in said)
    assert not any("reworded" in s for s in said)


def test_a_device_joining_from_a_snapshot_lists_the_open_wordings_too(ab, tmp_path):
    """A join loads the snapshot in bulk (no apply reports): the two wordings it holds
    are found there, so the new device offers them as the others do."""
    from sync_helpers import PASSPHRASE

    from carnet.store import JournalStore

    a, b = ab
    new = JournalStore.create(tmp_path / "new.carnet", PASSPHRASE)
    try:
        assert new.sync.load_snapshot_into_empty(a.sync.snapshot_json()) is not None
        assert _offered(new) == []  # control: no conflict in that snapshot
    finally:
        new.close()
    _reword_action(a, b, " (bureau)", " (portable)")
    new = JournalStore.create(tmp_path / "new2.carnet", PASSPHRASE)
    try:
        assert new.sync.load_snapshot_into_empty(a.sync.snapshot_json()) is not None
        assert _offered(new) == _offered(a) != []
    finally:
        new.close()


def test_a_choice_never_replaces_a_wording_no_one_saw(devices):
    """A third wording arrives between the list shown and the click: the choice is not
    written (it would have covered it), and the list now shows all three."""
    a, b, c = (devices.open(n) for n in ("a", "b", "c"))
    try:
        for store, title in ((a, "Titre A"), (b, "Titre B")):
            session = _session(store)
            session.title = title
            store.sessions.update(session)
        sync_once(a), sync_once(b), sync_once(a)
        (conflict,) = a.sync.wording_conflicts()
        seen = [conflict.current.text, *(o.text for o in conflict.others)]
        session = _session(c)
        session.title = "Titre C"
        c.sessions.update(session)
        sync_once(c)
        sync_once(a)  # (the page still shows A and B)
        before = _session(a).title
        assert not a.sync.keep_wording(conflict.table, conflict.uuid, conflict.field,
                                       "Titre A", seen)
        assert _session(a).title == before
        (_table, current, others), = _offered(a)
        assert {current, *others} == {"Titre A", "Titre B", "Titre C"}
        # control: chosen among the three it now shows, it is written
        assert a.sync.keep_wording(conflict.table, conflict.uuid, conflict.field, "Titre C",
                                   [current, *others])
        assert _session(a).title == "Titre C" and _offered(a) == []
    finally:
        for store in (a, b, c):
            store.close()


def test_the_list_is_read_when_the_journal_refuses_writes(ab):
    """A page asks for it while it opens: a journal that refuses writes (a full disk)
    still answers, and an empty list costs no write at all."""
    a, b = ab
    with a.db.lock:
        a.db.conn.execute("PRAGMA query_only = ON")
    try:
        assert a.sync.wording_conflicts() == []  # nothing listed: not even a transaction
    finally:
        with a.db.lock:
            a.db.conn.execute("PRAGMA query_only = OFF")
    _reword_action(a, b, " A", " B")
    expected = _offered(a)
    assert expected
    with a.db.lock:
        a.db.conn.execute("PRAGMA query_only = ON")
    try:
        assert _offered(a) == expected
    finally:
        with a.db.lock:
            a.db.conn.execute("PRAGMA query_only = OFF")
