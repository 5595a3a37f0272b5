"""Issue 15, point 4: nothing the person wrote reaches the folder in clear; a flipped
byte in a bundle is detected, reported, and that bundle is not applied."""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

from carnet.domain import (
    Action,
    ActionReview,
    Assessment,
    Cadence,
    Emotion,
    Feeling,
    Group,
    Learning,
    Member,
    Moment,
    Objective,
    Session,
    Topic,
)
from carnet.domain.attachment import Attachment
from carnet.sync import Code, codec, sync_once
from carnet.sync import layout as sync_layout

MARKER = "ZQXMARKERqzx"


def variants(marker: str) -> list[bytes]:
    """The marker as it could leak: UTF-8, UTF-16, base64 (3 alignments), hex, lowercase."""
    raw = marker.encode()
    found = [raw, marker.lower().encode(), marker.encode("utf-16-le"), raw.hex().encode()]
    for shift in range(3):
        padded = b"\x00" * shift + raw
        found.append(base64.b64encode(padded)[4:-4])  # the stable middle of each alignment
    return found


def write_marker_everywhere(store) -> int:
    """The marker through every field a person can fill; returns how many fields."""
    m = MARKER
    count = 0
    store.set_owner_name(f"owner {m}")
    group = store.groups.add(Group(name=f"group {m}", template_id="codev", facilitator=f"fac {m}",
                                   cadence=Cadence(2, "month"), place=f"place {m}",
                                   ground_rules=f"rules {m}", notes=f"notes {m}",
                                   start_date=date(2026, 1, 5)))
    count += 6
    store.members.add(Member(pseudonym=f"pseudo {m}", masked_names=[f"name {m}"],
                             group_id=group.id))
    objective = store.objectives.add(Objective(group_id=group.id, title=f"obj {m}",
                                               description=f"desc {m}"))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 1, 12),
                                         title=f"title {m}", themes=[f"theme {m}"]))
    store.notes.save(session.id, "expose", f"note {m}")
    store.learnings.add(Learning(session_id=session.id, text=f"learning {m}", tags=[f"tag {m}"]))
    store.feelings.add(Feeling(session_id=session.id, moment=Moment.AFTER,
                               emotion=Emotion.JOY, text=f"feeling {m}"))
    store.keywords.set(session.id, f"kw{m}")
    action = store.actions.add(Action(session_id=session.id, title=f"action {m}",
                                      details=f"details {m}", outcome=f"outcome {m}",
                                      tags=[f"atag {m}"]))
    store.reviews.add(ActionReview(action_id=action.id, date=date(2026, 2, 1),
                                   note=f"review {m}"))
    store.assessments.set(Assessment(objective_id=objective.id, session_id=session.id,
                                     rating=3, comment=f"comment {m}"))
    store.topics.add(Topic(title=f"topic {m}", group_id=group.id, draft=f"draft {m}",
                           tags=[f"ttag {m}"]))
    data = b"%PDF-1.4\n% " + m.encode() + b"\n%%EOF\n"
    store.attachments.add(Attachment(session_id=session.id, mime="application/pdf", size=len(data),
                                     sha256="", caption=f"caption {m}", filename=f"{m}.pdf",
                                     step_id="expose"), data)
    store.sync.device_label = f"label {m}"
    count += 20
    return count


def folder_bytes(folder: Path) -> list[tuple[str, bytes]]:
    return [(str(p.relative_to(folder)), p.read_bytes() if p.is_file() else b"")
            for p in sorted(folder.rglob("*"))]


def test_the_marker_is_nowhere_in_the_folder(devices):
    a = devices.open("a")
    try:
        write_marker_everywhere(a)
        report = sync_once(a)
        assert report.complete, report.problems
        # a snapshot too, so that both kinds of file are checked
        from carnet.sync.engine import _context, write_snapshot
        write_snapshot(_context(a, None), report)
        b = devices.open("b")
        try:
            assert sync_once(b).complete
            exported = str(b.groups.list()) + str(b.journal())
        finally:
            b.close()
    finally:
        a.close()
    assert MARKER in exported  # control: the marker travelled, sealed
    everything = folder_bytes(devices.folder)
    kinds = {name.rsplit(".", 1)[-1] for name, _ in everything}
    assert {"cbundle", "csnap", "json"} <= kinds
    for name, data in everything:
        for variant in variants(MARKER):
            assert variant.decode("latin-1") not in name
            assert variant not in data, name


def test_the_marker_check_would_see_a_leak(tmp_path):
    """Control for the scan itself: a file holding the marker in base64 is caught."""
    (tmp_path / "x").write_bytes(b"{" + base64.b64encode(b"ab" + MARKER.encode()) + b"}")
    assert any(v in (tmp_path / "x").read_bytes() for v in variants(MARKER))


def test_a_flipped_byte_is_reported_and_that_bundle_not_applied(devices):
    a, b = devices.open("a"), devices.open("b")
    try:
        session = a.sessions.list_by_group(a.groups.list()[0].id)[0]
        a.learnings.add(Learning(session_id=session.id, text="avant"))
        sync_once(a)
        a.learnings.add(Learning(session_id=session.id, text="abîmé en route"))
        sync_once(a)
        journal = sync_layout.journal_dir(devices.folder, a.sync.identity().journal_id)
        newest = sorted((journal / a.sync.identity().device_id).glob("*.cbundle"))[-1]
        original = newest.read_bytes()
        damaged = bytearray(original)
        damaged[codec.HEADER_SIZE + 20] ^= 0x40
        newest.write_bytes(bytes(damaged))
        report = sync_once(b)
        b_session = b.sessions.list_by_group(b.groups.list()[0].id)[0]
        learned = [item.text for item in b.learnings.list_by_session(b_session.id)]
        assert "avant" in learned  # control: the intact bundle was applied
        assert "abîmé en route" not in learned
        assert not report.complete
        damaged_problems = [p for p in report.problems if p.code is Code.DAMAGED]
        assert len(damaged_problems) == 1
        assert damaged_problems[0].file == str(newest.relative_to(journal))
        newest.write_bytes(original)  # control: restored, it applies
        assert sync_once(b).complete
        learned = [item.text for item in b.learnings.list_by_session(b_session.id)]
        assert "abîmé en route" in learned
    finally:
        a.close()
        b.close()
