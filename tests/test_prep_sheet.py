"""The one-page preparation sheet: hostile text, one page whatever the journal holds."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest

from carnet.booklet.prep_sheet import build_prep_sheet, chosen_topic
from carnet.domain import (
    Action,
    ActionReview,
    ActionStatus,
    Group,
    Session,
    SessionStatus,
    Topic,
    TopicStatus,
)
from carnet.services.planning import prepare

TODAY = date(2026, 3, 9)
HOSTILE = [
    "<b>Déléguer</b> & ]]> le planning",
    "Appeler </para> R.A. <img src='/etc/passwd'/> 🎉🙂 demain",
    "שלום עליכם — parler à l’équipe",
    "Tenir & <a href='http://example.com'>le cadre</a>",
]

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


def _pdftotext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def hostile_journal(store):
    group = store.groups.add(Group(name="Codév <i>&</i> ]]>", template_id="codev"))
    held = store.sessions.add(
        Session(group.id, 4, TODAY - timedelta(days=30), SessionStatus.HELD)
    )
    upcoming = store.sessions.add(Session(group.id, 5, TODAY + timedelta(days=3)))
    for i, title in enumerate(HOSTILE):
        due = TODAY - timedelta(days=2) if i == 0 else upcoming.date
        action = store.actions.add(Action(held.id, title, due_date=due))
        store.actions.review(
            ActionReview(action.id, TODAY - timedelta(days=5), note=f"Note <u>{i}</u> & 🎉",
                         status=ActionStatus.IN_PROGRESS)
        )
    store.topics.add(Topic(title="Sujet <script>alert(1)</script> & ]]>", group_id=group.id,
                           draft="Exposé <b>gras</b> & ]]>\n\nשלום 🎉 second paragraphe",
                           priority=1))
    store.topics.add(Topic(title="Autre & sujet", group_id=group.id, priority=3))
    return group, upcoming


@needs_poppler
def test_sheet_builds_with_hostile_text(store, hostile_journal, tmp_path):
    group, _ = hostile_journal
    preparation = prepare(store, TODAY, group.id)
    out = build_prep_sheet(preparation, tmp_path / "prep.pdf", "fr")
    assert out.read_bytes().startswith(b"%PDF")
    assert _pages(out) == 1
    text = _flat(_pdftotext(out))
    assert "<b>Déléguer</b> & ]]> le planning" in text
    assert "Appeler </para> R.A. <img src='/etc/passwd'/>" in text
    assert "parler à l’équipe" in text
    assert "Tenir & <a href='http://example.com'>le cadre</a>" in text
    assert "Sujet <script>alert(1)</script> & ]]>" in text
    assert "Exposé <b>gras</b> & ]]>" in text
    assert "Codév <i>&</i> ]]>" in text
    assert "Note <u>0</u> &" in text
    assert "en retard" in text
    assert "dans 3 jours" in text
    assert not list(tmp_path.glob(".*partial"))


@needs_poppler
def test_sheet_in_english(store, hostile_journal, tmp_path):
    group, _ = hostile_journal
    out = build_prep_sheet(prepare(store, TODAY, group.id), tmp_path / "prep.pdf", "en")
    text = _flat(_pdftotext(out))
    assert "My actions to review" in text
    assert "in 3 days" in text
    assert "<b>Déléguer</b> & ]]> le planning" in text


@needs_poppler
def test_sheet_stays_on_one_page(store, tmp_path):
    group = store.groups.add(Group(name="Grand groupe", template_id="rpm"))
    held = store.sessions.add(Session(group.id, 1, TODAY - timedelta(days=40), "held"))
    store.sessions.add(Session(group.id, 2, TODAY + timedelta(days=1)))
    for i in range(60):
        store.actions.add(Action(held.id, f"Action numéro {i} " + "très longue " * 20,
                                 due_date=TODAY))
    store.topics.add(Topic(title="Long", group_id=group.id, draft="mot " * 5000))
    for i in range(10):
        store.topics.add(Topic(title=f"Sujet {i}", group_id=group.id))
    out = build_prep_sheet(prepare(store, TODAY, group.id), tmp_path / "long.pdf", "fr")
    assert _pages(out) == 1
    text = _flat(_pdftotext(out))
    assert "Action numéro 0" in text
    assert "autres actions ouvertes" in text  # (real plurals: fresh6)


@needs_poppler
def test_sheet_without_anything(store, tmp_path):
    out = build_prep_sheet(prepare(store, TODAY), tmp_path / "empty.pdf", "fr")
    assert _pages(out) == 1
    assert "Aucune séance prévue" in _flat(_pdftotext(out))


def test_chosen_topic_prefers_the_one_scheduled_for_the_next_session(store):
    group = store.groups.add(Group(name="G", template_id="codev"))
    upcoming = store.sessions.add(Session(group.id, 1, TODAY + timedelta(days=2)))
    store.topics.add(Topic(title="Urgent", group_id=group.id, priority=1))
    store.topics.add(Topic(title="Prévu", group_id=group.id, priority=3,
                           status=TopicStatus.SCHEDULED, session_id=upcoming.id))
    assert chosen_topic(prepare(store, TODAY, group.id)).title == "Prévu"


def test_sheet_is_repeatable_with_invariant(store, hostile_journal, tmp_path):
    group, _ = hostile_journal
    preparation = prepare(store, TODAY, group.id)
    first = build_prep_sheet(preparation, tmp_path / "a.pdf", invariant=True).read_bytes()
    second = build_prep_sheet(preparation, tmp_path / "b.pdf", invariant=True).read_bytes()
    assert first == second
