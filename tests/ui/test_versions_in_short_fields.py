"""A learning (or a feeling's words) kept in two versions by a sync is shown as a note
is: the other version under « — Other version · 7 Dec 2026, 16:21 — », in the reader's
words and local time — the field showed the stored « **Version de l'autre appareil**
(other device's version) · 2026-12-07T15:21Z » (fresh7's F17; its two-device test
adopted with the merged text stored directly). What is saved keeps the stored heading,
so both versions stay versions on every device."""

from __future__ import annotations

from datetime import UTC, datetime

from ui_helpers import type_text

from carnet.domain.sync import OtherVersion, join_versions, split_versions
from carnet.ui.session_editor.learnings import LearningRow

WHEN = datetime(2026, 12, 7, 15, 21, tzinfo=UTC)


def test_a_learning_with_two_versions_is_worded_like_a_note(qtbot, unlocked):
    window = unlocked()
    store, sid = window.store, window.ids["held"]
    from carnet.domain import Learning

    stored = join_versions("Réécrit au travail", [OtherVersion(WHEN, "Réécrit à la maison")])
    learning = store.learnings.add(Learning(session_id=sid, text=stored))
    window.workspace.show_session(sid)
    editor = window.workspace.session_editor
    qtbot.waitUntil(lambda: not editor.building, timeout=10_000)
    (row,) = [r for r in editor.findChildren(LearningRow) if r.ref.id == learning.id]
    shown = row.text.toPlainText()
    assert "travail" in shown and "maison" in shown, shown  # control: both kept
    assert "other device" not in shown and "**" not in shown, shown
    assert "Other version" in shown and "2026-12-07T" not in shown, shown
    assert row.text.text() == stored  # given back as stored
    row.text.moveCursor(row.text.textCursor().MoveOperation.Start)
    type_text(qtbot, row.text, "Oui : ")
    editor.flush()
    kept = store.learnings.get(learning.id).text
    main, versions = split_versions(kept)
    assert main.startswith("Oui : Réécrit au travail") and len(versions) == 1, kept
    assert versions[0].text.strip() == "Réécrit à la maison"
