"""``carnet booklet`` speaks the locale's language, messages and booklet alike (issue 13).

Under LANG=fr_FR.UTF-8 the left-out warning, « Livret écrit » and the booklet's own
words are French; under en_US.UTF-8 all three are English (the booklet used to be
French whatever the locale while the messages around it were English). ``--lang``
still chooses the booklet's language explicitly; ``carnet export --format
markdown`` follows the same rule for its headings.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date

import fast_kdf
import pytest
from test_booklet_helpers import norm, pdftotext, require_poppler

from carnet.domain import Cadence, Group, Role, Session, SessionStatus
from carnet.store import JournalStore


@pytest.fixture
def journal(journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille Martin")
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    held, planned = store.sessions.add_many([
        Session(group.id, 1, date(2025, 1, 9), SessionStatus.HELD, Role.CLIENT),
        Session(group.id, 2, date(2025, 2, 6), SessionStatus.PLANNED, Role.CONSULTANT),
    ])
    store.notes.save(held.id, "expose", "Tenue.")
    store.notes.save(planned.id, "expose", "Écrite, restée planifiée.")
    store.close()
    return journal_path


def carnet(journal_path, passphrase, locale, *args):
    env = {**os.environ, "CARNET_HOME": str(journal_path.parent / "home"), "LANG": locale,
           "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    return subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", *args, "--journal", str(journal_path),
         "--passphrase-stdin"],
        input=passphrase + "\n", capture_output=True, text=True, env=env, timeout=120,
        check=False)


@pytest.mark.parametrize(("locale", "written", "left_out", "cover", "other"), [
    ("fr_FR.UTF-8", "Livret écrit (NON chiffré)", "écartée", "Carnet de bord", "Logbook"),
    ("en_US.UTF-8", "Booklet written (NOT encrypted)", "left out", "Logbook",
     "Carnet de bord"),
])
def test_the_booklet_command_speaks_the_locale(journal, passphrase, tmp_path, locale,
                                               written, left_out, cover, other):
    require_poppler()
    out = tmp_path / "livret.pdf"
    done = carnet(journal, passphrase, locale, "booklet", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert written in done.stdout
    assert left_out in done.stderr
    assert "Livret écrit" not in done.stdout or locale.startswith("fr")
    text = norm(pdftotext(out))
    assert cover in text and other not in text


def test_lang_still_chooses_the_booklet_language(journal, passphrase, tmp_path):
    require_poppler()
    out = tmp_path / "livret.pdf"
    done = carnet(journal, passphrase, "en_US.UTF-8", "booklet", "--out", str(out),
                  "--lang", "fr")
    assert done.returncode == 0, done.stderr
    assert "Booklet written" in done.stdout  # the messages: the locale's
    assert "Carnet de bord" in norm(pdftotext(out))


def test_the_markdown_export_headings_follow_the_locale(journal, passphrase, tmp_path):
    for locale, heading in (("fr_FR.UTF-8", "Séance"), ("en_US.UTF-8", "Session")):
        out = tmp_path / locale
        done = carnet(journal, passphrase, locale, "export", "--format", "markdown",
                      "--out", str(out))
        assert done.returncode == 0, done.stderr
        pages = [p.read_text(encoding="utf-8") for p in out.rglob("*.md")]
        assert any(heading in page for page in pages), locale
