"""A merged long text read back: the window and the booklet word each version's
heading in the reader's language and local time; nothing of any version is lost."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet.booklet.versions import readable
from carnet.domain.sync import (
    OTHER_VERSION_HEADING,
    Dot,
    FieldState,
    OtherVersion,
    Sibling,
    join_versions,
    render_long_text,
    split_versions,
)

WHEN = datetime(2026, 12, 7, 1, 8, tzinfo=UTC)
NASTY = "<b>gras</b> & co ]]> 🌱 שלום עולם\n\n- une liste"


def _merged(*texts: str) -> str:
    sibs = tuple(Sibling(t, f"{1_796_000_000_000 + i * 60_000:013d}-0000-dev{i}", Dot(f"dev{i}", 1))
                 for i, t in enumerate(texts))
    return render_long_text(FieldState(sibs, {f"dev{i}": 1 for i in range(len(texts))}))


def test_split_gives_every_version_back():
    text = _merged("première version", NASTY, "troisième")
    main, versions = split_versions(text)
    assert main == "troisième"
    assert [v.text for v in versions] == [NASTY, "première version"]
    assert all(v.when.tzinfo is not None for v in versions)
    assert join_versions(main, versions) == text


def test_control_plain_text_and_typed_heading_are_text():
    """A person who typed the heading (without a real block around it) keeps it as text."""
    for text in ("", "rien", OTHER_VERSION_HEADING,
                 f"avant\n\n---\n{OTHER_VERSION_HEADING} · hier\n\nx",
                 f"a\n\n---\n{OTHER_VERSION_HEADING} · 2026-13-45T99:99Z\n\nb"):
        assert split_versions(text) == (text, [])
        assert readable(text, "fr") == text


@settings(max_examples=200, deadline=None)
@given(st.text(), st.lists(st.text(), max_size=3))
def test_split_is_lossless(main, others):
    text = join_versions(main, [OtherVersion(WHEN, t) for t in others])
    got_main, got = split_versions(text)
    assert join_versions(got_main, got) == text


@pytest.mark.parametrize(("lang", "words"), [("fr", "Autre version · 7\u00a0déc.\u00a02026"),
                                         ("en", "Other version · 7\u00a0Dec\u00a02026")])
def test_booklet_words_the_heading(lang, words, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    import time
    time.tzset()
    try:
        text = join_versions("la mienne", [OtherVersion(WHEN, NASTY)])
        out = readable(text, lang)
        assert OTHER_VERSION_HEADING not in out and "---" not in out and "**" not in out
        assert f"— {words}, 02:08 —" in out  # local time (01:08 UTC is 02:08 in Paris)
        assert "la mienne" in out and NASTY.strip() in out
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_one_megabyte_text_splits():
    big = "mot " * 250_000
    text = join_versions(big, [OtherVersion(WHEN, big)])
    main, versions = split_versions(text)
    assert main == big and versions[0].text == big
