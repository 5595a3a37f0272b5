"""Two devices of the same name, named apart in the notice that none of the devices a
journal synced with is in its folder (``others_absent``): the engine now gives the
notice this device's own id and name, so a device named as this one is said with its
short id (« vm · 3f2a1b9c »), in the window and in ``carnet sync``."""

from __future__ import annotations

import pytest
from sync_helpers import PASSPHRASE

from carnet.domain import Learning
from carnet.sync import engine, setup, sync_once
from carnet.sync.report import Code
from carnet.ui.sync.problems import absent_names


@pytest.mark.parametrize("b_label", ["a", "b"])
def test_a_device_named_as_this_one_is_told_apart_when_absent(devices, tmp_path, b_label,
                                                              monkeypatch):
    # the engine remembers the labels it read, by journal and device, for the process:
    # the devices of every test are copies of one set (same ids), so start afresh
    monkeypatch.setattr(engine, "_LABELS", {})
    a, b = devices.open("a"), devices.open("b")
    try:
        b.sync.device_label = b_label  # « a » as a is: two computers of one host name
        session = b.sessions.list_by_group(b.groups.list()[0].id)[0]
        b.learnings.add(Learning(session_id=session.id, text="écrit sur b"))
        assert sync_once(b).complete
        assert sync_once(a).complete
        dropbox = tmp_path / "Dropbox"
        dropbox.mkdir()
        setup(a, dropbox, PASSPHRASE)
        report = sync_once(a)
        (absent,) = [p for p in report.problems if p.code is Code.OTHERS_ABSENT]
        b_id = b.sync.identity().device_id
        assert absent.args["me"] == [a.sync.identity().device_id, "a"]
        if b_label == "a":
            assert absent_names(absent) == [f"a · {b_id[:8]}"]
        else:  # control: a name only b bears is said as it is
            assert absent_names(absent) == ["b"]
    finally:
        a.close()
        b.close()
