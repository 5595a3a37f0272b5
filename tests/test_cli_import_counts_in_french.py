"""Found by a fresh-eyes review (fresh5): the French command line counts attachments in French after an import.

Seen: `carnet --lang fr import exp.json --new-journal imported.carnet` printed
« L’import a ajouté 15 actions, 42 auto-évaluations, 12 attachment, 24 ressentis, … »:
cli_exchange._kind_words has no phrase for « attachment » and falls back to the code
name. The window says « 12 photos ou documents » (exchange_dialogs.CountWords).
Control: the sessions and notes of the same import are counted in French.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date

import fast_kdf

from carnet.domain import Group, Session, SessionStatus
from carnet.domain.attachment import Attachment
from carnet.exchange import export_json
from carnet.store import JournalStore

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_import_summary_counts_attachments_in_french(tmp_path, passphrase):
    source = JournalStore.create(tmp_path / "a.carnet", passphrase, owner_name="Camille")
    group = source.groups.add(Group(name="Codév", template_id="codev"))
    session = source.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 9),
                                          status=SessionStatus.HELD))
    source.notes.save(session.id, "expose", "Tenue.")
    source.attachments.add(Attachment(session_id=session.id, mime="application/pdf", size=1,
                                      sha256="", filename="a.pdf"), PDF)
    export_json(source, tmp_path / "x.json")
    source.close()
    env = {**os.environ, "CARNET_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", "--lang", "fr", "import", str(tmp_path / "x.json"),
         "--new-journal", str(tmp_path / "b.carnet"), "--passphrase-stdin"],
        input=passphrase + "\n" + passphrase + "\n", capture_output=True, text=True, env=env,
        timeout=120, check=False)
    text = done.stdout + done.stderr
    assert "1 séance" in text and "note" in text, text  # control: French counts
    assert "attachment" not in text, text
