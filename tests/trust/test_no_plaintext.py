"""No plaintext of the person's writing anywhere on disk or in the output, and
deleted text really gone from the file.

A unique marker goes through every kind of text field; then searches, sorts,
a backup, a passphrase change (with its backup), close and reopen. Afterwards
the raw bytes of every file under CARNET_HOME (config, data with the journal
and its backups, cache), under the test's folder (the temporary folder
included) and everything logged or printed are searched for the marker, as
typed and as the search index stores it, in UTF-8 and UTF-16.
"""

from __future__ import annotations

import logging
import tempfile
import traceback
from contextlib import contextmanager

import pytest
import sqlcipher3
from trust_helpers import (
    DirWatch,
    decrypt_pages,
    needles,
    new_marker,
    scan_for,
    snapshot,
    write_everywhere,
)

from carnet import paths
from carnet.domain import Learning, TopicStatus
from carnet.store import JournalStore, SearchFilters, StorageError, StoreError
from carnet.store.backups import BackupService, change_passphrase_with_backup
from carnet.store.sqlutil import quote_literal

NEW_PASSPHRASE = "une toute nouvelle phrase de passe"


@contextmanager
def sqlite_temp_directory(folder):
    """Point SQLite's temporary files at ``folder`` for this process.

    SQLite reads TMPDIR only once, at start-up; the (deprecated but present)
    global pragma redirects it for the rest of the process. Reset afterwards.
    """
    probe = sqlcipher3.connect(":memory:")
    probe.execute(f"PRAGMA temp_store_directory = {quote_literal(str(folder))}")
    try:
        yield folder
    finally:
        probe.execute("PRAGMA temp_store_directory = ''")
        probe.close()


def _contains_marker(pages: list[bytes], marker: str) -> bool:
    data = b"".join(pages)
    return any(n in data for n in needles(marker))


def test_marker_reaches_no_file_log_or_output(
    isolated_home, tmp_path, passphrase, monkeypatch, caplog, capfd
):
    caplog.set_level(logging.DEBUG)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    marker = new_marker()
    journal = paths.default_journal_path()
    backups = paths.backups_dir()

    with DirWatch(tmpdir) as watch, sqlite_temp_directory(tmpdir):
        store = JournalStore.create(journal, passphrase, owner_name="Camille")
        write_everywhere(store, marker)
        # searches (with every filter), sorted listings, tag views
        assert store.search(marker)
        assert store.search(marker.lower()[:6])
        store.search(marker, SearchFilters(kinds=("note", "learning"), tag=f"tag {marker}"))
        store.sessions.list()
        store.actions.list(open_only=True)
        store.topics.list(status=TopicStatus.OPEN)
        store.tags.all()
        store.tags.items(f"tag {marker}")
        with store.db.lock:  # a sort with no index, over everything written
            store.conn.execute("SELECT body FROM search_index ORDER BY body DESC").fetchall()
        # a backup, then a passphrase change (which takes its own backup)
        BackupService().backup_now(store, backups, reason="manual")
        change_passphrase_with_backup(store, passphrase, NEW_PASSPHRASE, backups)
        store.learnings.add(Learning(session_id=1, text=f"Après {marker}"))
        # while open: the journal, any -journal, and the backups beside it
        while_open = scan_for([journal.parent], needles(marker))
        assert while_open.hits == []
        store.close()
        again = JournalStore.open(journal, NEW_PASSPHRASE)
        seen = snapshot(again)
        assert marker in repr(seen)  # it is all there, readable through the store
        assert again.search(marker)
        again.close()
        created_in_tmp = watch.created()

    # control: the marker is in the journal's decrypted pages, so the scan below
    # would find it if any of it reached disk unencrypted
    assert _contains_marker(decrypt_pages(journal, NEW_PASSPHRASE), marker)

    captured = capfd.readouterr()
    roots = [isolated_home, tmp_path]
    result = scan_for(roots, needles(marker))
    assert journal in result.files
    assert len([p for p in result.files if p.parent == backups]) == 2
    print(
        f"searched {len(result.files)} files ({result.bytes_read} bytes) under "
        f"CARNET_HOME and the test folder, {len(caplog.records)} log records, "
        f"{len(captured.out) + len(captured.err)} chars of stdout/stderr"
    )
    assert result.hits == []
    assert created_in_tmp == []  # no temporary file, not even one deleted at once
    text_out = captured.out + captured.err + caplog.text
    for needle in needles(marker)[:3]:  # the str forms (utf-8 is how text is compared)
        assert needle.decode("utf-8") not in text_out


def test_deleted_note_is_wiped_from_the_decrypted_pages(store, journal_path, passphrase):
    marker = new_marker()
    ids = write_everywhere(store, new_marker())  # other text on the same pages
    session = ids["session"]
    store.notes.save(session, "cas", f"Le cas de {marker}. " + "Détails… " * 40)
    store.notes.save(session, "long", f"Début {marker} " + "très long texte " * 900)  # overflow
    learning = store.learnings.add(Learning(session_id=session, text=f"Leçon {marker}"))
    store.close()
    assert _contains_marker(decrypt_pages(journal_path, passphrase), marker)  # control

    store = JournalStore.open(journal_path, passphrase)
    store.notes.delete(session, "cas")
    store.notes.delete(session, "long")
    store.learnings.delete(learning.id)
    assert store.search(marker) == []
    store.close()
    assert not _contains_marker(decrypt_pages(journal_path, passphrase), marker)


def test_everything_deleted_or_overwritten_leaves_no_trace(store, journal_path, passphrase):
    marker = new_marker()
    ids = write_everywhere(store, marker)
    store.close()
    assert _contains_marker(decrypt_pages(journal_path, passphrase), marker)  # control

    store = JournalStore.open(journal_path, passphrase)
    for topic in store.topics.list():
        store.topics.delete(topic.id)
    store.groups.delete(ids["group"])  # cascades to sessions, notes, actions, tags, index
    store.set_owner_name("Camille")
    store.set_setting("signature", "")
    store.close()
    assert not _contains_marker(decrypt_pages(journal_path, passphrase), marker)


def test_control_without_secure_delete_the_text_would_remain(tmp_path):
    """Shows the page check above can fail: plain SQLCipher keeps deleted text."""
    path = tmp_path / "control.db"
    marker = new_marker()
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = 'control'")
    conn.execute("PRAGMA secure_delete = OFF")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES (?), ('other')", (f"Texte {marker}",))
    conn.commit()
    conn.execute("DELETE FROM t WHERE x LIKE 'Texte%'")
    conn.commit()
    conn.close()
    assert _contains_marker(decrypt_pages(path, "control"), marker)


def test_store_errors_never_echo_the_text(store):
    """A failed write whose parameters held the text: the message, the whole
    formatted traceback and the chained exceptions are free of it."""
    marker = new_marker()
    failures: list[BaseException] = []
    for attempt in (
        lambda: store.notes.save(999_999, "expose", f"Texte {marker}"),  # no such session
        lambda: store.learnings.add(Learning(session_id=999_999, text=marker)),
    ):
        with pytest.raises(StoreError) as info:
            attempt()
        failures.append(info.value)
    assert all(isinstance(f, StorageError) for f in failures)
    for failure in failures:
        formatted = "".join(traceback.format_exception(failure))
        chained = repr(failure.__context__) + repr(failure.__cause__)
        assert marker not in formatted + chained + str(failure)
