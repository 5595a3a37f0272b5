"""Emoji the person typed are printed, and come back from the PDF as typed.

DejaVu has no emoji: they are drawn with the shipped Noto Emoji (monochrome). reportlab's
ToUnicode map garbles characters beyond U+FFFF (five hex digits): Carnet writes UTF-16
surrogate pairs, so ``pdftotext`` gives back 🙂, not « ὤ2 ». A character no font has is
printed as its Unicode name in brackets, never as a bare « � » and never dropped."""

from __future__ import annotations

import re
import zlib

from test_booklet_helpers import fonts, norm, pdftotext, require_poppler, small_journal

from carnet.booklet import BookletOptions, build_booklet
from carnet.domain import Learning, Objective
from carnet.templates import load_templates

SEQUENCES = {
    "zwj": "👩\u200d💻",
    "skin": "👍🏽",
    "flag": "🇫🇷",
    "heart": "❤️",
    "keycap": "1️⃣",
}


def build(store, tmp_path, parts=("sessions",)):
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(parts=frozenset(parts)), out,
                  templates=load_templates(user_dir=None))
    return out


def cmaps(path) -> list[str]:
    """The ToUnicode CMaps of the PDF's fonts, decompressed."""
    data = path.read_bytes()
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            text = zlib.decompress(match.group(1)).decode("latin-1")
        except zlib.error:
            continue
        if "beginbfchar" in text:
            found.append(text)
    return found


def test_emoji_in_a_note_and_a_title_are_printed_and_copied_back(store, tmp_path):
    require_poppler()
    session = small_journal(store, notes={
        "expose": "Objectif 🎯 atteint 💪, bonne humeur 🙂 et ✅ fait.",
        "clarification": "**Gras 🙂** et *italique 💪* et `code ✅`",
    })
    session.title = "Séance 🎯 décisive"
    store.sessions.update(session)
    out = build(store, tmp_path, parts=("toc", "sessions"))
    text = norm(pdftotext(out))
    assert "Objectif 🎯 atteint 💪, bonne humeur 🙂 et ✅ fait." in text
    assert "Gras 🙂 et italique 💪 et code ✅" in text
    assert "Séance 🎯 décisive" in text  # the chapter title (and the contents' line)
    assert text.count("Séance 🎯 décisive") >= 2
    assert "\ufffd" not in text
    names = {row["name"].split("+")[-1] for row in fonts(out)}
    assert "NotoEmoji-Regular" in names
    assert all(row["emb"] == "yes" and row["uni"] == "yes" for row in fonts(out))


def test_the_cmap_of_characters_beyond_the_bmp_is_utf16(store, tmp_path):
    """Control: reportlab's own map writes « <01> <1F642> »; ours the surrogate pair."""
    require_poppler()
    small_journal(store, notes={"expose": "un 🙂 seul"})
    out = build(store, tmp_path)
    emoji_maps = [m for m in cmaps(out) if "NotoEmoji" in m]
    assert emoji_maps
    assert any("<D83DDE42>" in m for m in emoji_maps)
    assert not any(re.search(r"<[0-9A-F]{2}> <[0-9A-F]{5,7}>", m) for m in cmaps(out))


def test_the_cmap_writer_against_reportlabs():
    from reportlab.pdfbase.ttfonts import makeToUnicodeCMap

    from carnet.booklet.fonts import _to_unicode_cmap

    subset = [0, 0x41, 0x1F642]
    theirs, ours = makeToUnicodeCMap("F", subset), _to_unicode_cmap("F", subset)
    assert "<02> <1F642>" in theirs  # the bug this works around (fails once fixed upstream)
    assert "<02> <D83DDE42>" in ours and "<01> <0041>" in ours
    assert theirs.replace("<02> <1F642>", "<02> <D83DDE42>") == ours


def test_emoji_sequences_keep_every_character(store, tmp_path):
    """ZWJ sequences, skin tones, flags, variation selectors and keycaps: printed as
    their parts (no shaping), and copied back character for character."""
    require_poppler()
    note = "\n\n".join(f"{name} : «{seq}»" for name, seq in SEQUENCES.items())
    small_journal(store, notes={"expose": note})
    text = norm(pdftotext(build(store, tmp_path)))
    for name, seq in SEQUENCES.items():
        assert f"{name} : « {seq} »" in text, name  # (French spacing inside « »)


def test_a_character_no_font_has_is_named_not_dropped(store, tmp_path):
    require_poppler()
    small_journal(store, notes={"expose": "hiéroglyphe 𓀀 et idéogramme 中 fin"})
    text = norm(pdftotext(build(store, tmp_path)))
    assert "hiéroglyphe [EGYPTIAN HIEROGLYPH A001] et idéogramme " \
           "[CJK UNIFIED IDEOGRAPH-4E2D] fin" in text
    assert "\ufffd" not in text


def test_emoji_in_starred_learnings_objectives_and_charts(store, tmp_path):
    require_poppler()
    session = small_journal(store)
    store.learnings.add(Learning(session_id=session.id, text="Écouter 👂 avant", starred=True))
    objective = store.objectives.add(Objective(group_id=session.group_id, title="Oser 💪"))
    from carnet.domain import Assessment

    store.assessments.set(Assessment(objective_id=objective.id, session_id=session.id,
                                     rating=4))
    out = build(store, tmp_path, parts=("learnings", "objectives", "charts"))
    text = norm(pdftotext(out))
    assert "Écouter 👂 avant" in text
    assert "Oser 💪" in text
    assert "\ufffd" not in text


def test_segments_route_each_character_to_a_font():
    from carnet.booklet.fonts import clean, emoji_coverage, segments

    emoji_coverage()
    assert segments("abc") == [("abc", False)]
    assert segments(clean("a🙂b")) == [("a", False), ("🙂", True), ("b", False)]
    # ❤ alone is DejaVu's heart; with the emoji selector, the emoji
    assert segments("❤") == [("❤", False)]
    assert segments("❤\ufe0f") == [("❤\ufe0f", True)]
    assert segments("1\ufe0f\u20e3") == [("1\ufe0f\u20e3", True)]
    assert segments("👩\u200d💻") == [("👩\u200d💻", True)]
    assert "".join(part for part, _ in segments(clean("👍🏽 🇫🇷 x"))) == "👍🏽 🇫🇷 x"


def test_the_preview_knows_an_emoji_font(qtbot):
    """Where the system has no emoji font (as here), the preview showed boxes: the
    booklet's emoji font is handed to Qt's fallback when a preview holds an emoji."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from carnet.ui import markdown_view
    from carnet.ui.markdown_view import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text("pas d’emoji")
    editor.show_preview(True)
    editor.show_preview(False)
    editor.set_text("Objectif 🎯 atteint 🙂")
    editor.show_preview(True)
    assert markdown_view._emoji_font_loaded
    assert "Noto Emoji" in QFontDatabase.families()
    assert QFontMetrics(QFont("Noto Emoji")).inFontUcs4(0x1F3AF)
    assert "Objectif 🎯 atteint 🙂" in editor.preview.document().toPlainText()
