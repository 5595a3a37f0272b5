"""`carnet actions`, `carnet ics` and `carnet search` run as real commands."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import date, timedelta

import fast_kdf
import pytest

from carnet.booklet.texts import short_date
from carnet.domain import Action, Group, Session
from carnet.store import JournalStore


@pytest.fixture
def journal(journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase)
    group = store.groups.add(Group(name="Codev managers", template_id="codev"))
    today = date.today()
    held = store.sessions.add(
        Session(group_id=group.id, number=1, date=today - timedelta(days=30), status="held")
    )
    store.sessions.add(Session(group_id=group.id, number=2, date=today + timedelta(days=2)))
    store.notes.save(held.id, "expose", "Une situation de délégation difficile avec l'équipe")
    store.actions.add(
        Action(session_id=held.id, title="Déléguer le planning", due_date=today - timedelta(days=1))
    )
    store.actions.add(Action(session_id=held.id, title="Relire la fiche", status="done"))
    store.close()
    return journal_path


def _run(journal_path, passphrase, *args):
    # A French locale: the command line speaks it (issue 13), from the window's catalogue.
    env = {**os.environ, "CARNET_HOME": str(journal_path.parent / "home"),
           "LANG": "fr_FR.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    return subprocess.run(
        [
            *fast_kdf.python(),
            "-m",
            "carnet",
            *args,
            "--journal",
            str(journal_path),
            "--passphrase-stdin",
        ],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_actions_table(journal, passphrase):
    result = _run(journal, passphrase, "actions", "--open")
    assert result.returncode == 0, result.stderr
    assert "Déléguer le planning" in result.stdout
    assert "Relire la fiche" not in result.stdout
    assert " !" in result.stdout  # overdue mark
    # dates in French, as the window writes them (it printed « 2026-11-30 »: fresh8's G15)
    due = short_date(date.today() - timedelta(days=1), "fr")
    assert f"{due} !" in result.stdout, result.stdout
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", result.stdout), result.stdout
    every = _run(journal, passphrase, "actions", "--group", "codev MANAGERS")
    assert "Relire la fiche" in every.stdout and "faite" in every.stdout
    unknown = _run(journal, passphrase, "actions", "--group", "nope")
    assert unknown.returncode == 1 and "aucun groupe nommé" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_ics_and_search(journal, passphrase, tmp_path):
    out = tmp_path / "cal.ics"
    result = _run(journal, passphrase, "ics", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert text.count("BEGIN:VEVENT") == 2  # the planned session and the open action
    found = _run(journal, passphrase, "search", "delegation")
    assert found.returncode == 0, found.stderr
    assert "[délégation]" in found.stdout and "séance n°1" in found.stdout
    held = short_date(date.today() - timedelta(days=30), "fr")
    assert f"séance n°1 du {held}" in found.stdout, found.stdout
    none = _run(journal, passphrase, "search", "introuvable")
    assert none.returncode == 1 and "Aucun résultat" in none.stdout
