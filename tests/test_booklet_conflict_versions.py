"""Issue 15: a text a sync kept in two versions prints both, with a heading in the
booklet's language and local time — not the stored ``---``/``**``/bilingual/UTC line."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from test_booklet_helpers import norm, pdftotext, require_poppler, small_journal

from carnet.booklet import BookletOptions, build_booklet
from carnet.domain import Learning
from carnet.domain.sync import OtherVersion, join_versions
from carnet.templates import load_templates

WHEN = datetime(2026, 12, 7, 1, 8, tzinfo=UTC)


@pytest.fixture
def paris(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


@pytest.mark.parametrize(("lang", "heading"), [("fr", "Autre version · 7 déc. 2026, 02:08"),
                                               ("en", "Other version · 7 Dec 2026, 02:08")])
def test_versions_print_with_a_readable_heading(store, tmp_path, paris, lang, heading):
    require_poppler()
    note = join_versions("Ma version du bureau", [OtherVersion(WHEN, "Celle du <b>portable</b>")])
    session = small_journal(store, notes={"expose": note})
    store.learnings.add(Learning(session_id=session.id, text=join_versions(
        "Apprendre & déléguer", [OtherVersion(WHEN, "Apprendre ]]> שלום")])))
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(lang=lang), out, templates=load_templates(user_dir=None))
    text = norm(pdftotext(out))
    for words in ("Ma version du bureau", "Celle du <b>portable</b>", "Apprendre & déléguer",
                  "Apprendre ]]> שלום"):
        assert words in text, words
    assert text.count(heading) >= 3  # the note, the learning in its session and its list
    assert "other device's version" not in text and "T01:08Z" not in text
    assert "**" not in text


def test_control_a_typed_heading_prints_as_typed(store, tmp_path):
    require_poppler()
    small_journal(store, notes={"expose": "J'ai écrit « Version de l'autre appareil » moi-même"})
    out = tmp_path / "livret.pdf"
    build_booklet(store, BookletOptions(), out, templates=load_templates(user_dir=None))
    text = norm(pdftotext(out))
    assert "« Version de l'autre appareil » moi-même" in text
    assert "Autre version" not in text
