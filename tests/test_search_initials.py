"""Searching for a participant's initials finds the text that names them (fresh8's G6,
its test adopted). The guide asks to name the others « par un pseudonyme ou des
initiales »; « M.-A. » was split into the letters M and A, each a prefix anywhere: ten
hits (« mois », « mon N+1 a décidé »…), the note naming M.-A. buried among them."""

from test_booklet_helpers import small_journal

from carnet.store.search import build_match

NAMED = "Merci à J.B. et à M.-A. pour leurs questions."
UNRELATED = ("Trois fois ce mois-ci, mon N+1 a décidé du planning sans me consulter ; "
             "ma bonne humeur a baissé.")


def _texts(hits) -> list[str]:
    return [hit.snippet.replace("\x02", "").replace("\x03", "") for hit in hits]


def test_initials_find_the_text_that_names_them(store):
    assert small_journal(store, notes={"expose": NAMED, "clarification": UNRELATED})
    for query in ("M.-A.", "J.B.", "J. B.", "M.-A"):  # as typed, and while typing
        texts = _texts(store.search(query))
        assert len(texts) == 1 and "M.-A." in texts[0], (query, texts)
    assert len(store.search("M.-A. questions")) == 1  # with a word: both kept
    assert not store.search("B.J.")  # in their order
    # controls: words and a letter typed after an apostrophe are prefixes, as before
    assert len(store.search("mois")) == 1 and len(store.search("déc")) == 1
    assert build_match("charge d'é") == '"charge"*' and build_match("d") == '"d"*'
