"""Anonymisation: members' real names become their pseudonyms in the booklet."""

from __future__ import annotations

import re
from datetime import date

import pytest
from test_booklet_helpers import norm, pdftotext, require_poppler, run, small_journal

from carnet.booklet import BookletOptions, build_booklet
from carnet.booklet.anonymise import build_anonymiser, initials
from carnet.demo import build_demo
from carnet.templates import load_templates


def test_names_are_replaced_whole_word_case_insensitively_longest_first():
    anon = build_anonymiser([("M.D.", ["Marc", "Marc Dubois"]), ("S.K.", ["Sophie"])])
    assert anon("Marc Dubois et marc ont vu SOPHIE.") == "M.D. et M.D. ont vu S.K."
    assert anon("Marcel et Sophiette restent") == "Marcel et Sophiette restent"
    assert anon("Marc\n  Dubois, l’idée de Marc") == "M.D., l’idée de M.D."
    assert anon("d’Élodie", ) == "d’Élodie"


def test_accented_names_and_extra_names():
    anon = build_anonymiser([("É.D.", ["Élodie Dupuis"])], extra_names=["Hélène R.", "Jean-Paul"])
    assert anon("élodie dupuis et Hélène R. avec Jean-Paul") == "É.D. et H. R. avec J.-P."
    assert initials("Jean-Paul Durand") == "J.-P. D."


def test_accents_are_ignored_both_ways():
    """A name listed without its accent and written with it (or the reverse) is masked:
    a fresh-eyes review printed « Aurélie Bernard » in clear in an anonymised booklet
    whose member listed « Aurelie Bernard »."""
    assert build_anonymiser([("É.D.", ["Élodie Dupré"])])("vu Elodie Dupre hier") == "vu É.D. hier"
    assert build_anonymiser([("É.D.", ["Elodie Dupre"])])("vu Élodie Dupré hier") == "vu É.D. hier"
    assert build_anonymiser([("A.B.", ["Aurelie Bernard"])])(
        "AURÉLIE\nbernard, puis aurélie  BERNARD.") == "A.B., puis A.B."
    # the text around a match keeps its own accents, and a longer word is no match
    assert build_anonymiser([("L.", ["Lea"])])("Léa a parlé à Léandre") == "L. a parlé à Léandre"


def test_typographic_apostrophes_and_hyphens_match_the_plain_ones():
    anon = build_anonymiser([("K.", ["D'Angelo"]), ("J.-P.", ["Jean-Pierre"])])
    assert anon("D’Angelo, d'angelo, Jean\u2011Pierre et Jean–Pierre") == "K., K., J.-P. et J.-P."
    # control: a different name is left alone
    assert anon("D’Angela et Jean-Pierrot") == "D’Angela et Jean-Pierrot"


def test_the_first_group_listed_wins_a_shared_name():
    anon = build_anonymiser([("A", ["Claire"]), ("B", ["Claire"])])
    assert anon("Claire") == "A"


@pytest.fixture
def demo(store):
    build_demo(store, today=date(2025, 6, 15))
    return store


def real_names(store) -> set[str]:
    names = set()
    for group in store.groups.list():
        for member in store.members.list_by_group(group.id):
            names.update(member.masked_names)
    return names


def booklet_text(store, tmp_path, **options) -> str:
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(**options), out, templates=load_templates(user_dir=None))
    return norm(pdftotext(out))


def test_with_anonymisation_no_member_name_appears(demo, tmp_path):
    require_poppler()
    names = real_names(demo)
    assert names
    text = booklet_text(demo, tmp_path)
    for name in names:
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I), name


def test_a_masked_name_written_with_its_accent_is_not_printed(store, tmp_path):
    """The booklet itself (the fresh-eyes review's case), with its control: the same
    note printed without anonymisation shows the name."""
    require_poppler()
    small_journal(store, notes={"expose": "Conflit avec Aurélie Bernard ce matin."},
                  members=[("A.B.", ["Aurelie Bernard"])])
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(), out, templates=load_templates(user_dir=None))
    text = norm(pdftotext(out))
    assert "Conflit avec A.B. ce matin." in text
    assert "Aurélie" not in text and "Bernard" not in text
    plain = tmp_path / "clair.pdf"
    build_booklet(store, BookletOptions(anonymise=False), plain,
                  templates=load_templates(user_dir=None))
    assert "Conflit avec Aurélie Bernard ce matin." in norm(pdftotext(plain))


def test_without_anonymisation_the_names_written_in_notes_appear(demo, tmp_path):
    require_poppler()
    text = booklet_text(demo, tmp_path, anonymise=False)
    found = {n for n in real_names(demo) if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)}
    assert found  # the demo's notes do mention some members by name
    notes = " ".join(n.text for s in demo.sessions.list()
                     for n in demo.notes.list_by_session(s.id).values())
    for name in real_names(demo):
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", notes):
            assert name in found, name


def test_extra_names_and_the_owners_name_can_be_left_out(store, tmp_path):
    require_poppler()
    small_journal(store, notes={"expose": "Hélène Roux a animé ; Marc Dubois a exposé."})
    text = booklet_text(store, tmp_path, extra_names=["Hélène Roux"], omit_owner_name=True)
    assert "Hélène" not in text and "Marc" not in text
    assert "H. R. a animé ; M.D. a exposé." in text
    assert "Camille Martin" not in text
    info = run("pdfinfo", str(tmp_path / "livret.pdf"))
    assert "Camille" not in info
    text = booklet_text(store, tmp_path)
    assert "Camille Martin" in text  # the owner's own name is on the cover by default


def test_a_member_without_pseudonym_is_shown_by_initials_never_erased():
    """A member whose pseudonym is blank (an older or synced journal): the name becomes
    its initials instead of vanishing from the sentence. Control: with a pseudonym."""
    from carnet.booklet.anonymise import build_anonymiser

    hide = build_anonymiser([("  ", ["Karim Benali"]), ("Léa", ["Léa Roux"])])
    assert hide("Vu Karim Benali et Léa Roux") == "Vu K. B. et Léa"


def test_each_word_of_a_full_name_is_masked_where_written_as_a_name():
    """Found by a fresh-eyes review: « Aurélie Martin » listed, « Aurélie, ça va » printed
    in clear in the anonymised booklet, whose cover says everyone is a pseudonym."""
    anon = build_anonymiser([("A.M.", ["Aurélie Martin"]), ("J.-P.", ["Jean-Pierre Lefèvre"]),
                             ("C.", ["Claire de La Tour"])])
    assert anon("Aurélie Martin expose") == "A.M. expose"  # the whole name, once
    assert anon("Aurélie, ça va ? Questions d'Aurelie, de Martin et de Jean-Pierre.") == (
        "A.M., ça va ? Questions d'A.M., de A.M. et de J.-P.")
    assert anon("LEFÈVRE a répondu") == "J.-P. a répondu"
    # a word of a name that is also a common word stays where it is not a name
    assert anon("un martin-pêcheur, la tour Eiffel") == "un martin-pêcheur, la tour Eiffel"
    # particles and short words never masked alone; the name's own words are
    assert anon("De La Tour à Claire : la suite") == "De La C. à C. : la suite"


def test_a_whole_name_wins_over_another_members_word():
    anon = build_anonymiser([("P.", ["Martin"]), ("A.M.", ["Aurélie Martin"])])
    assert anon("Martin et Aurélie Martin") == "P. et A.M."
    assert anon("Aurélie") == "A.M."
    assert anon("Martin... puis Aurélie.") == "P... puis A.M."  # one full stop, not two


def test_a_file_name_shows_no_masked_name_between_hyphens_or_underscores():
    from carnet.booklet.anonymise import hide_in_file_name

    anon = build_anonymiser([("T.L.", ["Thomas Lefèvre"])])
    assert hide_in_file_name("retour-de-Thomas-Lefevre.pdf", anon) == "retour de T.L."
    assert hide_in_file_name("notes_thomas_lefèvre_v2.jpg", anon) == "notes T.L. v2"
    assert hide_in_file_name("plan-d-action.pdf", anon) == "plan-d-action.pdf"  # control


def test_a_booklet_with_photos_does_not_promise_pseudonyms_in_them(store, tmp_path):
    """fresh7 F14: the cover and the last page said « Les autres participants sont
    désignés par leur pseudonyme. » above a flipchart photo printed as it is."""
    require_poppler()
    from attachment_files import photo

    from carnet.domain.attachment import Attachment
    from carnet.services.attachment_intake import prepare

    session = small_journal(store, notes={"expose": "Une situation."})
    parts = frozenset({"cover", "sessions", "closing"})
    plain = booklet_text(store, tmp_path, parts=parts, attachments=True)
    assert "désignés par leur pseudonyme." in plain  # control: no photo, the promise stands
    assert "tels quels" not in plain
    prepared = prepare(photo(), "paperboard.jpg")
    store.attachments.add(Attachment(
        session_id=session.id, mime=prepared.mime, size=len(prepared.data), sha256="",
        filename=prepared.filename, width=prepared.width, height=prepared.height),
        prepared.data)
    text = booklet_text(store, tmp_path, parts=parts, attachments=True)
    assert text.count("photos et documents sont reproduits tels quels") == 2  # cover, end
