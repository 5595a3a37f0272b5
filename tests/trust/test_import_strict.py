"""Import is strict (issue 14, point 10): a step id that is not a step id (a path),
a template id that is not one (a path), a control character in a name or title, a
fingerprint that is not a fingerprint string — each refused with the JSON path of
the bad value, the journal byte-identical, no new journal. Each was accepted before.

Not refused, so that a journal's own export always imports back (tests/test_exchange.py):
a well-formed id of a template not installed here, a well-formed step id its template no
longer has, and control characters inside long texts (the journal holds them).
"""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import date

import pytest

from carnet.domain import Group, Learning, Member, Session
from carnet.exchange import CarnetImportError, export_json, import_into_new_journal, import_json
from carnet.store import JournalStore

PASS = "une phrase de passe d'import"


@pytest.fixture
def exported(tmp_path) -> dict:
    source = tmp_path / "source.carnet"
    store = JournalStore.create(source, PASS)
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    store.members.add(Member(pseudonym="P1", masked_names=["Nom"], group_id=group.id))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 12)))
    step = "expose"
    store.notes.save(session.id, step, "Le texte")
    store.learnings.add(Learning(session_id=session.id, text="Appris"))
    out = tmp_path / "export.json"
    export_json(store, out)
    store.close()
    return json.loads(out.read_text(encoding="utf-8"))


def _set(doc: dict, path: list, value) -> dict:
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


CASES = {
    "step_id": (["groups", 0, "sessions", 0, "step_notes", 0, "step_id"], "../../etc",
                "groups[0].sessions[0].step_notes[0].step_id"),
    "template_id": (["groups", 0, "template_id"], "../../templates/x",
                    "groups[0].template_id"),
    "not_a_template_id": (["groups", 0, "template_id"], "Mon Modèle/../x",
                          "groups[0].template_id"),
    "nul_in_name": (["groups", 0, "name"], "Co\x00dev", "groups[0].name"),
    "control_in_title": (["groups", 0, "sessions", 0, "title"], "Séance\x1b[2J",
                         "groups[0].sessions[0].title"),
    "nul_in_pseudonym": (["groups", 0, "members", 0, "pseudonym"], "P\x001",
                         "groups[0].members[0].pseudonym"),
    "fingerprint_number": (["groups", 0, "members", 0, "fingerprint"], 12345,
                           "groups[0].members[0].fingerprint"),
    "fingerprint_text": (["groups", 0, "sessions", 0, "learnings", 0, "fingerprint"],
                         "n'importe quoi", "groups[0].sessions[0].learnings[0].fingerprint"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_value_refused_with_its_path_journal_unchanged(exported, tmp_path, case):
    where, value, json_path = CASES[case]
    bad = json.dumps(_set(exported, where, value)).encode("utf-8")
    journal = tmp_path / "journal.carnet"
    JournalStore.create(journal, PASS).close()
    before = hashlib.sha256(journal.read_bytes()).hexdigest()
    store = JournalStore.open(journal, PASS)
    try:
        with pytest.raises(CarnetImportError) as caught:
            import_json(store, bad)
        assert caught.value.path == json_path, str(caught.value)
        assert store.groups.list() == []
    finally:
        store.close()
    assert hashlib.sha256(journal.read_bytes()).hexdigest() == before
    target = tmp_path / "nouveau.carnet"
    with pytest.raises(CarnetImportError):
        import_into_new_journal(bad, target, PASS)
    assert not target.exists()


def test_control_the_untouched_export_imports(exported, tmp_path):
    journal = tmp_path / "journal.carnet"
    JournalStore.create(journal, PASS).close()
    store = JournalStore.open(journal, PASS)
    try:
        import_json(store, json.dumps(exported).encode("utf-8"))
        assert [g.name for g in store.groups.list()] == ["Codev"]
    finally:
        store.close()


def test_multiline_text_keeps_its_line_breaks(exported, tmp_path):
    doc = _set(exported, ["groups", 0, "sessions", 0, "step_notes", 0, "text"],
               "ligne 1\nligne 2\r\n\tindentée")
    journal = tmp_path / "journal.carnet"
    JournalStore.create(journal, PASS).close()
    store = JournalStore.open(journal, PASS)
    try:
        import_json(store, json.dumps(doc).encode("utf-8"))
        session = store.sessions.list()[0]
        assert store.notes.list_by_session(session.id)["expose"].text == "ligne 1\nligne 2\r\n\tindentée"
    finally:
        store.close()


def test_end_of_cycle_notes_are_accepted(exported, tmp_path):
    """The end-of-cycle review's notes live outside any template and come back."""
    doc = copy.deepcopy(exported)
    notes = doc["groups"][0]["sessions"][0]["step_notes"]
    notes.append({**notes[0], "step_id": "cycle.changes", "text": "Ce qui a changé"})
    journal = tmp_path / "journal.carnet"
    JournalStore.create(journal, PASS).close()
    store = JournalStore.open(journal, PASS)
    try:
        import_json(store, json.dumps(doc).encode("utf-8"))
        session = store.sessions.list()[0]
        assert store.notes.list_by_session(session.id)["cycle.changes"].text == "Ce qui a changé"
    finally:
        store.close()
    bad = copy.deepcopy(exported)
    bad["groups"][0]["sessions"][0]["step_notes"][0]["step_id"] = "cycle./../x"
    with pytest.raises(CarnetImportError, match="not a step"):
        import_into_new_journal(json.dumps(bad).encode("utf-8"), tmp_path / "n.carnet", PASS)
