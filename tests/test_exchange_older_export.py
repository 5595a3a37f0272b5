"""Importing an older export of the same journal adds no duplicate of a record whose
words are unchanged since (real encrypted journals, no mocks).

A learning tagged (or starred) since the export, an action marked done or tagged:
the same record, the same words. The journal's version is kept (it is the newer
one: the person's latest tags and ticks stand, none removed since comes back) and
the difference is listed in the report, so nothing changes unseen. A record whose
words changed since keeps today's rule: both versions kept, no words lost.
"""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest

from carnet.domain import Action, ActionStatus, Group, Learning, Session, Topic
from carnet.exchange import import_json, journal_document

NASTY = "écouter <b>&</b> ]]> 🙂 שלום"


def _fill(store):
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 12)))
    for text, tags in ((NASTY, ["écoute"]), ("poser une question", []),
                       ("reformuler", ["a", "b"]), ("mot changé", []),
                       ("à compléter", [])):
        store.learnings.add(Learning(session_id=session.id, text=text, tags=tags))
    store.actions.add(Action(session_id=session.id, title="Appeler R.", details="vite",
                             status=ActionStatus.TODO, tags=["tél"]))
    store.topics.add(Topic(title="Déléguer", draft="brouillon", group_id=group.id,
                           tags=["x"]))
    return session


def _since_the_export(store, session):
    """Tags and ticks changed; one learning's words changed."""
    for item in store.learnings.list_by_session(session.id):
        if item.text == NASTY:
            item.tags = ["écoute", "nouveau"]
        elif item.text == "poser une question":
            item.starred = True
            item.tags = ["ajouté"]
        elif item.text == "reformuler":
            item.tags = ["a"]  # a tag removed since: it must not come back
        elif item.text == "mot changé":
            item.text = "un autre mot depuis l’export"  # reworded: a word of the file gone
        elif item.text == "à compléter":
            item.text = "à   compléter : fait le 3 mars"  # only added to
        store.learnings.update(item)
    (action,) = store.actions.list_by_session(session.id)
    action.status = ActionStatus.DONE
    action.tags = ["tél", "fait"]
    store.actions.update(action)
    (topic,) = store.topics.list()
    topic.tags = ["x", "y"]
    store.topics.update(topic)


def _state(store, session):
    learnings = sorted((x.text, tuple(x.tags), x.starred)
                       for x in store.learnings.list_by_session(session.id))
    actions = sorted((a.title, a.status.value, tuple(a.tags))
                     for a in store.actions.list_by_session(session.id))
    topics = sorted((t.title, tuple(t.tags)) for t in store.topics.list())
    return learnings, actions, topics


def _without_uuids(doc):
    """The same export as a file written before records had a uuid (version 2)."""
    doc = copy.deepcopy(doc)

    def strip(node):
        if isinstance(node, dict):
            node.pop("uuid", None)
            for value in node.values():
                strip(value)
        elif isinstance(node, list):
            for value in node:
                strip(value)

    strip(doc)
    return doc


@pytest.mark.parametrize("uuids", [True, False], ids=["with-uuids", "older-format"])
def test_an_older_export_adds_no_duplicate_of_a_record_only_tagged_since(store, uuids):
    session = _fill(store)
    doc = journal_document(store)
    if not uuids:
        doc = _without_uuids(doc)
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    _since_the_export(store, session)
    before = _state(store, session)
    report = import_json(store, data)
    learnings, actions, topics = _state(store, session)
    # the words changed since: both versions kept (control: today's rule stands)
    assert [x for x in learnings if "mot" in x[0]] == [
        ("mot changé", (), False), ("un autre mot depuis l’export", (), False)]
    assert [c.code for c in report.conflicts].count("edited") == (1 if uuids else 0)
    # words only added to since: the same record by its uuid, every word of the file in
    # the journal's — no duplicate; an older file without uuids cannot tell (both kept)
    assert sorted(x[0] for x in learnings if "compléter" in x[0]) == (
        ["à   compléter : fait le 3 mars"] if uuids else
        sorted(["à compléter", "à   compléter : fait le 3 mars"]))
    # only tags or ticks changed since: no duplicate, the journal's version kept
    assert [x for x in learnings if "mot" not in x[0] and "compléter" not in x[0]] == [
        x for x in before[0] if "mot" not in x[0] and "compléter" not in x[0]]
    assert actions == before[1]
    assert topics == before[2]
    kept = [c for c in report.conflicts if c.code == "changed_since"]
    assert len(kept) == (6 if uuids else 5), report.conflicts  # each said, none silently
    assert not any(c.both_kept for c in kept)
    # importing it again adds nothing more
    again = import_json(store, data)
    assert again.total_added == 0, again.added
    assert _state(store, session) == (learnings, actions, topics)
