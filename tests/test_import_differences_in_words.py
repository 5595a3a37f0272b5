"""The import's list of differences names the differing fields in words (fresh8's G13,
its test adopted): « le groupe est différent dans votre carnet (start_date,
ground_rules) », « la séance est différente dans votre carnet (date, role, title) » —
the file's keys inside the French sentence, in the window and in `carnet import`."""

from words_in_french import french

from carnet.exchange.json_merge import Conflict
from carnet.ui.exchange_words import conflict_text


def test_the_differing_fields_are_named_in_french():
    with french():
        group = conflict_text(Conflict(path="groups[0]", code="group",
                                       detail="start_date, ground_rules"))
        session = conflict_text(Conflict(path="groups[0].sessions[2]", code="session",
                                         detail="date, role, title"))
        unknown = conflict_text(Conflict(path="groups[0]", code="group", detail="colour"))
    assert "différent" in group  # control: the sentence is French
    for word in ("start_date", "ground_rules", "role", "title"):
        assert word not in group + session, (group, session)
    assert "(la date de la première séance, les règles de fonctionnement)" in group, group
    assert "(la date, le rôle, le titre)" in session, session
    assert "(colour)" in unknown  # a field this version does not know: its key, not hidden


def test_in_english_too():
    text = conflict_text(Conflict(path="groups[0].sessions[1]", code="session",
                                  detail="status"))
    assert "(the status)" in text and "(status)" not in text, text
