"""A title edited on its page while a sync brings another device's new wording of it.

The page read the title (its base); meanwhile another device reworded it and a
sync applied that wording; then the page saves the person's wording. The save is
three-way (carnet/services/page_merge.py): the person's words win (newest), but the
other device's wording must not vanish unseen — it is remembered as a wording
conflict, exactly as if the two devices had reworded the title at the same time:
offered on the Synchronisation page (``store.sync.wording_conflicts()``), on every
device, until one is chosen.
"""

from __future__ import annotations

import dataclasses

import pytest

from carnet.sync import sync_once
from carnet.ui.session_editor.context import Ref, edit_job


def _session(store):
    group = store.groups.list()[0]
    return store.sessions.list_by_group(group.id)[0]


def _offered(store) -> list[tuple[str, str, list[str]]]:
    return [(c.table, c.current.text, sorted(o.text for o in c.others))
            for c in store.sync.wording_conflicts()]


@pytest.fixture
def ab(devices):
    stores = [devices.open(n) for n in ("a", "b")]
    yield stores
    for s in stores:
        s.close()


def _page_saves_title(store, ref, title):
    page = dataclasses.replace(ref.base, title=title)
    edit_job(store, store.sessions, ref, page, "sessions")()


def test_a_title_saved_on_its_page_over_a_synced_wording_keeps_both(ab):
    a, b = ab
    read = _session(a)
    ref = Ref(read.id, read)  # the page opens on a (base: the title as read)
    theirs = _session(b)
    theirs.title = "Séance du mardi — version de la maison 🙂"
    b.sessions.update(theirs)
    sync_once(b)
    sync_once(a)  # a's row now holds b's wording; the page still shows the old one
    assert _session(a).title == theirs.title
    mine = "Séance <b>&</b> du mardi — au bureau"
    _page_saves_title(a, ref, mine)
    assert _session(a).title == mine  # the person's wording is shown (the newest)
    assert _offered(a) == [("sessions", mine, [theirs.title])]
    for _ in range(2):
        sync_once(a)
        sync_once(b)
    for store in ab:  # the same on both devices: shown, and the other one offered
        assert _session(store).title == mine
        assert _offered(store) == [("sessions", mine, [theirs.title])], store.path
    # choosing one is an edit that resolves it everywhere
    conflict = a.sync.wording_conflicts()[0]
    assert a.sync.keep_wording(conflict.table, conflict.uuid, conflict.field, theirs.title,
                               seen=[mine, theirs.title])
    for _ in range(2):
        sync_once(a)
        sync_once(b)
    for store in ab:
        assert _session(store).title == theirs.title
        assert _offered(store) == []


def test_a_title_saved_on_its_page_with_nothing_new_elsewhere_is_no_conflict(ab):
    """Control: the page saves a wording while nothing else changed the title (or
    another field only changed elsewhere): no wording to offer."""
    a, b = ab
    read = _session(a)
    ref = Ref(read.id, read)
    theirs = _session(b)
    theirs.themes = ["écoute", "<b>&</b>"]  # another field, changed on b
    b.sessions.update(theirs)
    sync_once(b)
    sync_once(a)
    _page_saves_title(a, ref, "Un titre tapé ici")
    assert _session(a).title == "Un titre tapé ici"
    assert _offered(a) == []
    sync_once(a)
    sync_once(b)
    assert _session(b).title == "Un titre tapé ici"
    assert _offered(b) == []


def test_the_group_page_finds_each_name_reworded_on_both_sides():
    """The group page's form (group, members, objectives by id): each short text changed
    here and, differently, elsewhere is found; one changed on one side only is not
    (control), nor one changed to the same words on both."""
    from datetime import date as _date

    from carnet.domain import Group, Member
    from carnet.services.groups import GroupForm
    from carnet.services.page_merge import form_wordings

    def form(place, pseudonym, titles, facilitator="Ana"):
        group = Group(name="Codev", template_id="codev", place=place, facilitator=facilitator,
                      start_date=_date(2026, 1, 5), id=7)
        return GroupForm(group, (Member(group_id=7, pseudonym=pseudonym, id=3),),
                         tuple(zip((11, 12), titles, strict=True)))

    base = form("Salle A", "M. D.", ("Écouter", "Oser"))
    mine = form("Salle B", "M. Dupont", ("Écouter mieux", "Oser"), facilitator="Léa")
    theirs = form("Salle <b>C</b>", "M. D.", ("Écouter 🙂", "Oser dire"), facilitator="Léa")
    assert form_wordings(base, mine, theirs) == [
        ("groups", 7, {"place": "Salle A"}),
        ("objectives", 11, {"title": "Écouter"}),
    ]
