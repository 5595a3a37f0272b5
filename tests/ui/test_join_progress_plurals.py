"""The join's progress says its count with real plurals — « 1 sur 1 fichier »,
« 3 sur 10 fichiers », « 1 of 1 file » — in the window and on the command line: it said
« 3 fichier(s) sur 10 » (an earlier review's leftover). And no French sentence of the
catalogues says « (s) » any more."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from carnet import terminal_text
from carnet.ui import i18n
from carnet.ui.sync.join import JoinDialog

N = "\u00a0"


@pytest.mark.parametrize(("lang", "one", "ten"), [
    ("fr", f"1 sur 1 fichier (100{N}%)", f"3 sur 10 fichiers (30{N}%)"),
    ("en", "1 of 1 file (100 %)", "3 of 10 files (30 %)"),
])
def test_the_join_progress_counts_its_files(qtbot, qapp, lang, one, ten):
    i18n.install_translators(qapp, lang)
    try:
        dialog = JoinDialog()
        qtbot.addWidget(dialog)
        dialog._progressed(1, 1)
        assert one in dialog.status_label.text()
        dialog._progressed(3, 10)
        assert ten in dialog.status_label.text()
    finally:
        i18n.install_translators(qapp, "")


def test_the_command_line_counts_its_files_too(monkeypatch, capsys):
    from carnet.cli_sync import _Progress

    monkeypatch.setattr(terminal_text, "_lang", "en")
    progress = _Progress()
    progress.tty = False
    progress(1, 1)
    assert "1 of 1 file (100 %)" in capsys.readouterr().err


def test_no_french_sentence_says_s_in_brackets():
    root = Path(__file__).resolve().parents[2]
    tree = ET.parse(root / "resources" / "i18n" / "carnet_fr.ts")
    said = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        said += [form for form in forms if re.search(r"\w\((s|e|es|x)\)", form)]
    assert len(list(tree.iter("message"))) > 500  # control: the catalogue was read
    assert not said, said
