"""A passphrase change says the other devices keep the old one (fresh7's F20, trap).

« Phrase de passe changée : désormais, seule la nouvelle ouvre le carnet » — while the
other computer's copy still opened with the OLD passphrase and went on receiving, by
sync, every note written after the change (the guide's leaked-passphrase scenario). The
command line and the window now name the other devices and say to change it on each.
The reviewer's test ran `carnet passwd` in a child; here in the process.
"""

from __future__ import annotations

import io
import sys

from sync_helpers import PASSPHRASE, build_devices
from words_in_french import french

from carnet import cli
from carnet.domain import Learning
from carnet.store import JournalStore
from carnet.sync import sync_once

NEW = "une toute nouvelle phrase après la fuite 2026"


class _Stdin:
    def __init__(self, text: str) -> None:
        self.buffer = io.BytesIO(text.encode("utf-8"))

    def readline(self) -> str:
        return self.buffer.readline().decode("utf-8")

    def isatty(self) -> bool:
        return False


def test_passwd_names_the_devices_that_keep_the_old_passphrase(tmp_path, monkeypatch,
                                                                capsys):
    devices = build_devices(tmp_path / "set", names=("travail", "maison"))
    home = devices.open("maison")
    try:  # the other computer wrote something: this one knows it
        home.learnings.add(Learning(session_id=home.sessions.list()[0].id, text="Déléguer"))
        assert sync_once(home).complete
    finally:
        home.close()
    work = devices.open("travail")
    try:
        assert sync_once(work).complete
    finally:
        work.close()
    monkeypatch.setattr(sys, "stdin", _Stdin(f"{PASSPHRASE}\n{NEW}\n"))
    with french():  # (a worker that ran a window test has a QApplication: its words)
        code = cli.main(["--lang", "fr", "passwd", "--journal",
                         str(devices.journal("travail")), "--passphrase-stdin"])
    said = capsys.readouterr().out
    assert code == 0, said
    assert "sur cet appareil" in said and "maison" in said, said
    assert "Changez-la aussi sur chacun" in said, said
    JournalStore.open(devices.journal("maison"), PASSPHRASE).close()  # what it warns of
