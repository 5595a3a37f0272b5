"""Compile the interface translations: ``resources/i18n/*.ts`` → ``.qm``.

Run by the Makefile (``python -m carnet.i18n_build``). The ``.qm`` files are
built, never committed. No ``.ts`` file yet is not an error.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from carnet import paths


def find_lrelease() -> str | None:
    """``pyside6-lrelease`` beside this Python (the venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def build(folder: Path | None = None) -> list[Path]:
    """Compile every .ts in ``folder``; return the .qm files written."""
    folder = folder or paths.resource_path("i18n")
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not sources:
        return []
    tool = find_lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease was not found; install PySide6 in this environment")
    built = []
    for source in sources:
        target = source.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


def main() -> int:
    try:
        built = build()
    except (RuntimeError, subprocess.CalledProcessError, OSError) as exc:
        print(f"i18n: {exc}", file=sys.stderr)
        return 1
    if not built:
        print("i18n: no .ts file to compile")
    for path in built:
        print(f"i18n: {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
