"""Fixtures of the sync tests: a set of devices made once, copied for each test."""

from __future__ import annotations

import pytest
from sync_helpers import DeviceSet, build_devices


@pytest.fixture(scope="session")
def device_template(tmp_path_factory) -> DeviceSet:
    return build_devices(tmp_path_factory.mktemp("sync-template") / "set")


@pytest.fixture
def devices(device_template, tmp_path) -> DeviceSet:
    return device_template.copy_to(tmp_path / "devices")
