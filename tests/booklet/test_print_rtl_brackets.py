"""A right-to-left phrase ending with a bracketed word keeps its brackets as a pair in
print (fresh8's G5, its tests adopted): « Texte hébreu : שלום עולם (שלום) 123. » printed
« שלום) שלום עולם) 123. » — the run reversed up to its last Hebrew letter mirrored the
« ( » inside it and left its partner « ) » just after it as it was."""

from carnet.booklet.bidi import visual


def test_control_a_bracketed_word_alone_keeps_its_brackets():
    assert visual("Réunion avec (דוד) demain") == "Réunion avec (דוד) demain"


def test_brackets_at_the_end_of_a_right_to_left_phrase_stay_a_pair():
    out = visual("Texte hébreu : שלום עולם (שלום) 123.")
    assert out == "Texte hébreu : (םולש) םלוע םולש 123.", out


def test_a_bracket_paired_outside_the_run_stays_in_place():
    # opened before the phrase, or closed after other words: the run is parted there
    assert visual("(שלום) עולם fin") == "(םולש) םלוע fin"
    assert visual("x שלום (עולם abc) y") == "x םולש (םלוע abc) y"
    assert visual("אב (גד). הו") == "וה .(דג) בא"  # a pair inside the run: reversed whole
