"""No core dump can carry the unlocked journal's memory to disk.

Each check runs in a child process (hardening is one-way: the test process
must stay as it is). The control shows that on this machine an unhardened
process that aborts does leave a core file, so "no core" means something.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

READ_BACK = """
import json, resource
from carnet.hardening import disable_core_dumps, is_dumpable
before = resource.getrlimit(resource.RLIMIT_CORE)
applied = disable_core_dumps()
print(json.dumps({
    "applied": applied,
    "before": before,
    "after": resource.getrlimit(resource.RLIMIT_CORE),
    "dumpable": is_dumpable(),
}))
"""

ABORT = """
import os, resource, sys
resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
if sys.argv[1] == "all":
    from carnet.hardening import disable_core_dumps
    disable_core_dumps()
elif sys.argv[1] == "prctl-only":
    from carnet.hardening import mark_not_dumpable
    mark_not_dumpable()  # even with an unlimited core size
secret = "texte confidentiel en mémoire " * 1000
os.abort()
"""


def _core_pattern() -> str:
    try:
        return Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return ""


def _abort_in(folder: Path, variant: str) -> tuple[int, bool, list[str]]:
    """Run a child that aborts; return (signal, kernel says core dumped, files left)."""
    folder.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", ABORT, variant], cwd=folder)
    _pid, status = os.waitpid(proc.pid, 0)
    proc.returncode = 0  # reaped by hand
    return os.WTERMSIG(status), os.WCOREDUMP(status), sorted(os.listdir(folder))


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux prctl")


@linux_only
def test_limits_and_dumpable_flag_are_set(tmp_path):
    import json

    done = subprocess.run(
        [sys.executable, "-c", READ_BACK], capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout)
    assert result["applied"] is True
    assert result["after"] == [0, 0]  # soft and hard: cannot be raised again
    assert result["dumpable"] is False  # prctl(PR_GET_DUMPABLE) == 0


@linux_only
def test_an_aborting_hardened_process_leaves_no_core(tmp_path):
    pattern = _core_pattern()
    if pattern.startswith("|"):
        pytest.skip(f"cores go to a helper program ({pattern}), not to a file we can look for")
    sig, dumped, files = _abort_in(tmp_path / "control", "none")
    if not dumped:
        pytest.skip(f"this system writes no core even unhardened (core_pattern={pattern!r})")
    assert sig == 6 and files, "control: an unhardened abort left a core file"

    for variant in ("all", "prctl-only"):
        sig, dumped, files = _abort_in(tmp_path / variant, variant)
        assert sig == 6
        assert not dumped, f"{variant}: the kernel reports a core dump"
        assert files == [], f"{variant}: files left behind: {files}"


@linux_only
def test_safe_to_call_twice():
    """The app may call it again (a second window, the CLI inside the app):
    still no exception, still reported as applied. Run in a child, since the
    effect cannot be undone in this process."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from carnet.hardening import disable_core_dumps as d; print(d(), d())",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["True", "True"]
    assert done.stderr == ""
