"""Issue 15, fresh-eyes review: « Retirer cet appareil… » loses nothing.

Three devices on one folder (``devices``: a created the journal, b and c joined).
c joined and never wrote a change file: nobody knows it exists, so nobody can wait
for it before a removal. What the removed device b wrote must still reach c — or c's
sync must not say complete.
"""

from __future__ import annotations

import pytest

from carnet.domain import Learning
from carnet.sync import sync_once
from carnet.sync.devices import remove_device

TEXTS = ("L7 écrit par l'appareil retiré", "L8 <b> & ]]> 🙂", "L9 שלום")


def _session(store):
    group = store.groups.list()[0]
    return store.sessions.list_by_group(group.id)[0]


def _texts(store) -> list[str]:
    return [x.text for x in store.learnings.list_by_session(_session(store).id)]


@pytest.fixture
def abc(devices):
    stores = [devices.open(n) for n in ("a", "b", "c")]
    yield stores
    for s in stores:
        s.close()


def _b_writes_three_bundles_then_a_removes_it(devices, a, b) -> object:
    for text in TEXTS:  # three change files of b
        b.learnings.add(Learning(session_id=_session(b).id, text=text))
        assert sync_once(b).complete
    assert sync_once(a).complete
    b_id = b.sync.identity().device_id
    where = devices.folder / "Carnet" / a.sync.identity().journal_id / b_id
    assert len(list(where.glob("*.cbundle"))) == 3
    assert remove_device(a, None, b_id) == []
    return where


def test_a_device_that_only_reads_still_gets_what_a_removed_device_wrote(devices, abc):
    a, b, c = abc
    where = _b_writes_three_bundles_then_a_removes_it(devices, a, b)
    reports = [sync_once(c), sync_once(c)]
    assert set(TEXTS) <= set(_texts(c))
    assert all(r.complete for r in reports), [r.problems for r in reports]
    left = sorted(p.name for p in where.iterdir())
    assert len(left) == 1 and left[0].endswith(".cbundle")  # control: the others went


def test_without_a_snapshot_that_covers_them_the_reading_device_is_not_complete(
        devices, abc):
    a, b, c = abc
    _b_writes_three_bundles_then_a_removes_it(devices, a, b)
    a_id = a.sync.identity().device_id
    journal = devices.folder / "Carnet" / a.sync.identity().journal_id
    for snap in (journal / a_id).glob("snapshot-*"):
        snap.unlink()  # a sync tool lost them
    report = sync_once(c)
    assert not report.complete
    assert "missing" in {str(p.code) for p in report.problems}
    assert TEXTS[-1] in _texts(c)  # the kept newest file was applied
