"""Carnet's folders are platformdirs' folders, found without importing it at start.

``carnet.paths`` follows platformdirs' XDG rule itself on Linux when the variables
are plain (issue 18: the first window does not wait ~6 ms for platformdirs), and asks
platformdirs for anything else: both must name the same folders, or the settings
(last journal, language) would silently seem lost.
"""

from __future__ import annotations

import os
import subprocess
import sys

import platformdirs
import pytest

from carnet import paths

KINDS = (("config", paths.config_dir), ("data", paths.data_dir), ("cache", paths.cache_dir))
VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")


@pytest.mark.parametrize("xdg", [None, "", "/tmp/x dg/", "/tmp/xdg", "relative/xdg"])
@pytest.mark.parametrize("home", ["/home/camille", "/home/camille/", "/", "relative", None])
def test_the_folders_are_platformdirs_folders(monkeypatch, xdg, home):
    monkeypatch.delenv("CARNET_HOME", raising=False)
    for name in VARIABLES:
        if xdg is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, xdg)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    for kind, ours in KINDS:
        try:
            expected = getattr(platformdirs, f"user_{kind}_dir")("carnet", False)
        except RuntimeError:  # no usable home: platformdirs refuses, and so do we
            with pytest.raises(RuntimeError):
                ours()
            continue
        assert str(ours()) == expected, (kind, xdg, home)


def test_a_plain_start_does_not_import_platformdirs(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": ""}
    env.pop("CARNET_HOME", None)
    code = ("import sys; from carnet import paths; print(paths.config_dir()); "
            "print('platformdirs' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == [str(tmp_path / ".config" / "carnet"), "False"]
    # Control: where the rule is not the plain one, platformdirs answers.
    env["XDG_CONFIG_HOME"] = "relative"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == [str(tmp_path / ".config" / "carnet"), "True"]
