"""`carnet booklet` as a real command."""

from __future__ import annotations

import os
import subprocess

import fast_kdf
import pytest
from test_booklet_helpers import norm, pdftotext, require_poppler, run, small_journal

from carnet.store import JournalStore


@pytest.fixture
def journal(journal_path, passphrase):
    store = JournalStore.create(journal_path, passphrase, owner_name="Camille Martin")
    small_journal(store, notes={"expose": "Marc Dubois a exposé sa situation."})
    store.close()
    return journal_path


def carnet(journal_path, passphrase, *args):
    env = {**os.environ, "CARNET_HOME": str(journal_path.parent / "home")}
    return subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", *args, "--journal", str(journal_path),
         "--passphrase-stdin"],
        input=passphrase + "\n", capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )


def test_booklet_command_writes_an_anonymised_pdf(journal, passphrase, tmp_path):
    require_poppler()
    out = tmp_path / "livret.pdf"
    done = carnet(journal, passphrase, "booklet", "--out", str(out), "--paper", "letter",
                  "--from", "2025-01-01", "--to", "2025-12-31", "--group", "Groupe d’essai")
    assert done.returncode == 0, done.stderr
    assert "pages" in done.stdout
    text = norm(pdftotext(out))
    assert "M.D. a exposé sa situation." in text and "Marc" not in text
    assert "612 x 792" in run("pdfinfo", str(out))


def test_no_anonymize_keeps_names_and_warns(journal, passphrase, tmp_path):
    require_poppler()
    out = tmp_path / "livret.pdf"
    done = carnet(journal, passphrase, "booklet", "--out", str(out), "--no-anonymize",
                  "--omit-name")
    assert done.returncode == 0, done.stderr
    assert "real names" in done.stderr
    text = norm(pdftotext(out))
    assert "Marc Dubois a exposé" in text
    assert "Camille Martin" not in text


@pytest.mark.parametrize(("args", "message"), [
    (["--group", "Inconnu"], "no group named"),
    (["--from", "14/03/2025"], "not a date"),
    (["--from", "2025-03-01", "--to", "2025-01-01"], "after"),
])
def test_bad_arguments_are_one_clear_line(journal, passphrase, tmp_path, args, message):
    done = carnet(journal, passphrase, "booklet", "--out", str(tmp_path / "b.pdf"), *args)
    assert done.returncode != 0
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_unwritable_folder_is_one_clear_line(journal, passphrase, tmp_path):
    done = carnet(journal, passphrase, "booklet", "--out", str(tmp_path / "no" / "b.pdf"))
    assert done.returncode == 1
    assert done.stderr.startswith("carnet: ") and "does not exist" in done.stderr
    assert "Traceback" not in done.stderr


def test_period_dates_are_the_ones_asked(journal, passphrase, tmp_path):
    require_poppler()
    out = tmp_path / "b.pdf"
    assert carnet(journal, passphrase, "booklet", "--out", str(out), "--lang", "fr",
                  "--from", "2025-01-01", "--to", "2025-01-31").returncode == 0
    assert "Du 1er janvier 2025 au 31 janvier 2025" in norm(pdftotext(out, 1, 1))
