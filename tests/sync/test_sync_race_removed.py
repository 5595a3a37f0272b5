"""Issue 15 review: a removed device is no longer listed among the devices (its last
change file stays in the folder, renamed ``<seq>.removed.cbundle``, still read); if
it syncs again it comes back to the list."""

from __future__ import annotations

from carnet.domain import Learning
from carnet.sync import sync_once
from carnet.sync.devices import remove_device


def _session(store):
    return store.sessions.list_by_group(store.groups.list()[0].id)[0]


def _listed(report) -> set[str]:
    return {d.id for d in report.devices}


def test_a_removed_device_leaves_the_list_everywhere_and_comes_back_if_it_syncs(devices):
    a, b, c = (devices.open(n) for n in ("a", "b", "c"))
    try:
        b_id = b.sync.identity().device_id
        b.learnings.add(Learning(session_id=_session(b).id, text="écrit sur b"))
        assert sync_once(b).complete
        assert sync_once(c).complete
        assert b_id in _listed(sync_once(a))  # control: listed before
        assert remove_device(a, None, b_id) == []
        where = devices.folder / "Carnet" / a.sync.identity().journal_id / b_id
        (kept,) = list(where.iterdir())
        assert kept.name.endswith(".removed.cbundle")  # the newest one, still read
        report = sync_once(a)
        assert report.complete and b_id not in _listed(report)
        report = sync_once(c)
        assert report.complete and b_id not in _listed(report)
        assert "écrit sur b" in [x.text for x in c.learnings.list_by_session(_session(c).id)]
        b.learnings.add(Learning(session_id=_session(b).id, text="b revient"))
        assert sync_once(b).complete  # it syncs again: back in the list
        assert b_id in _listed(sync_once(a))
    finally:
        for store in (a, b, c):
            store.close()
