"""Custom build step: compile the Qt translations into the wheel.

All metadata lives in pyproject.toml; this file only extends ``build_py`` so
that every wheel — ``python -m build``, ``pip install .``, ``pip wheel``, a
wheel built from the sdist — ships ``carnet/resources/i18n/*.qm`` compiled
from ``resources/i18n/*.ts`` with ``lrelease``. The ``.qm`` files are
generated, never committed; PySide6-Essentials (which ships ``lrelease``) is
therefore in ``[build-system] requires``.

Editable installs (``pip install -e``, used by ``make run`` and ``make test``)
read ``resources/`` in place; there ``make translations``
(``python -m carnet.i18n_build``) compiles the ``.qm`` beside the ``.ts``.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "i18n"


def find_lrelease() -> str:
    """Qt's ``lrelease``: the one shipped inside PySide6, else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
            tool = Path(folder) / name
            if tool.is_file():
                return str(tool)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    raise SystemExit(
        "carnet build: lrelease was not found; install PySide6-Essentials in the build "
        "environment (it is in [build-system] requires) to compile the translations"
    )


class BuildPyWithTranslations(build_py):
    """``build_py``, then ``resources/i18n/*.ts`` → ``carnet/resources/i18n/*.qm``."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            self.compile_translations()

    def translation_outputs(self) -> list[Path]:
        target = Path(self.build_lib, "carnet", "resources", "i18n")
        return [target / f"{ts.stem}.qm" for ts in sorted(TRANSLATIONS.glob("*.ts"))]

    def compile_translations(self) -> None:
        target = Path(self.build_lib, "carnet", "resources", "i18n")
        # A .qm left in the source tree by `make translations` was copied as package
        # data: replace it (and drop one whose .ts is gone) with a fresh compilation.
        for stale in target.glob("*.qm"):
            stale.unlink()
        sources = sorted(TRANSLATIONS.glob("*.ts"))
        if not sources:
            return
        tool = find_lrelease()
        target.mkdir(parents=True, exist_ok=True)
        for source in sources:
            output = target / f"{source.stem}.qm"
            self.announce(f"compiling {source.name} -> {output}", level=2)
            subprocess.run([tool, "-silent", str(source), "-qm", str(output)], check=True)
            if not output.is_file():
                raise SystemExit(f"carnet build: lrelease wrote no {output.name}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        return [*outputs, *(str(path) for path in self.translation_outputs())]


if __name__ == "__main__":  # setuptools runs this file as __main__; tests import it
    setup(cmdclass={"build_py": BuildPyWithTranslations})
