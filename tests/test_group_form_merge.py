"""The group page saved over a journal another device changed meanwhile (merge_group_form).

The page holds the whole form until « Save » and is not re-read while the person
types in it; a sync can bring another device's edit in between. Saving must write
what was changed on the page and keep everything else as the journal holds it now.
"""

from __future__ import annotations

from dataclasses import replace

from carnet.domain import Group, Member
from carnet.services.groups import GroupForm, merge_group_form


def _form(group: Group, members=(), objectives=()) -> GroupForm:
    return GroupForm(group, tuple(members), tuple(objectives))


BASE_GROUP = Group(name="Codev", template_id="codev", place="Salle 2",
                   ground_rules="Confidentialité.", facilitator="Anne", id=7)
ANNA = Member("Anna", ["Anne-Marie"], id=1, group_id=7)
BOB = Member("B.", [], id=2, group_id=7)
BASE = _form(BASE_GROUP, [ANNA, BOB], [(10, "Oser dire non"), (11, "Déléguer")])


def test_fields_changed_elsewhere_are_kept_and_mine_are_written():
    mine = replace(BASE, group=replace(BASE_GROUP, place="Salle 2 (2e étage)"))
    theirs = replace(BASE, group=replace(BASE_GROUP, facilitator="Karim", name="Codev RH"))
    merged = merge_group_form(BASE, mine, theirs)
    assert merged.group.place == "Salle 2 (2e étage)"  # typed here
    assert merged.group.facilitator == "Karim" and merged.group.name == "Codev RH"
    assert merged.group.id == 7
    # control: with nothing changed elsewhere, the page is what is saved
    assert merge_group_form(BASE, mine, BASE).group == mine.group


def test_ground_rules_edited_on_both_sides_keep_both_texts():
    mine = replace(BASE, group=replace(BASE_GROUP, ground_rules="Confidentialité. Ponctualité."))
    theirs = replace(BASE, group=replace(BASE_GROUP, ground_rules="Bienveillance 🌱 <b>&"))
    rules = merge_group_form(BASE, mine, theirs).group.ground_rules
    assert "Ponctualité." in rules and "Bienveillance 🌱 <b>&" in rules
    # cleared elsewhere while edited here: the edit stays alone
    cleared = replace(BASE, group=replace(BASE_GROUP, ground_rules=""))
    assert merge_group_form(BASE, mine, cleared).group.ground_rules == mine.group.ground_rules


def test_members_added_edited_or_deleted_elsewhere():
    carla = Member("Carla", [], id=3, group_id=7)
    theirs = _form(BASE_GROUP, [replace(ANNA, masked_names=["Anne-Marie", "AM"]), carla],
                   BASE.objectives)  # Anna edited, Bob deleted, Carla added elsewhere
    mine = _form(BASE_GROUP, [ANNA, BOB, Member("Dan", [])], BASE.objectives)  # Dan added
    members = merge_group_form(BASE, mine, theirs).members
    assert [(m.pseudonym, m.id) for m in members] == [
        ("Anna", 1), ("Dan", None), ("Carla", 3)]
    assert members[0].masked_names == ["Anne-Marie", "AM"]  # their edit, untouched here


def test_an_edit_racing_a_deletion_is_kept():
    # Bob edited here, deleted elsewhere: kept, as a new row
    mine = _form(BASE_GROUP, [ANNA, replace(BOB, pseudonym="Bob")], BASE.objectives)
    theirs = _form(BASE_GROUP, [ANNA], BASE.objectives)
    members = merge_group_form(BASE, mine, theirs).members
    assert [(m.pseudonym, m.id) for m in members] == [("Anna", 1), ("Bob", None)]
    # Anna deleted here, edited elsewhere: their edit stays
    mine = _form(BASE_GROUP, [BOB], BASE.objectives)
    theirs = _form(BASE_GROUP, [replace(ANNA, pseudonym="Anna R."), BOB], BASE.objectives)
    members = merge_group_form(BASE, mine, theirs).members
    assert [m.pseudonym for m in members] == ["B.", "Anna R."]
    # control: deleted here and untouched elsewhere, it goes
    assert [m.pseudonym for m in merge_group_form(BASE, mine, BASE).members] == ["B."]


def test_objectives_added_elsewhere_and_renamed_here():
    theirs = _form(BASE_GROUP, BASE.members, [*BASE.objectives, (12, "Écouter")])
    mine = _form(BASE_GROUP, BASE.members, [(10, "Oser dire non, poliment"), (11, "Déléguer")])
    assert list(merge_group_form(BASE, mine, theirs).objectives) == [
        (10, "Oser dire non, poliment"), (11, "Déléguer"), (12, "Écouter")]
