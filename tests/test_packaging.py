"""Packaging: the .desktop entry, AppStream metadata, icons, PyInstaller spec, wheel
layout, and (after ``make package``) the built one-folder program itself.

Everything here but the ``slow`` tests is fast and needs neither PyInstaller nor a
build; the ``slow`` tests skip until ``make package`` has produced ``dist/carnet``.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import carnet

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
DESKTOP = PACKAGING / "carnet.desktop"
METAINFO = PACKAGING / "io.github.carnet.Carnet.metainfo.xml"
SPEC = PACKAGING / "carnet.spec"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# On Windows carnet.exe is windowed (no stdout): test its console twin.
BUILT = ROOT / "dist" / "carnet" / ("carnet-cli.exe" if sys.platform == "win32" else "carnet")
needs_build = pytest.mark.skipif(not BUILT.exists(), reason="run `make package` first")


# -- .desktop ------------------------------------------------------------------------


def read_desktop() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive (Name, Comment[fr])
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_desktop_entry_has_the_required_keys():
    entry = read_desktop()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Carnet"
    assert entry["Exec"] == "carnet"
    assert entry["Icon"] == "carnet"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].rstrip(";").split(";")
    assert entry["Categories"].endswith(";")
    assert entry["Comment"].strip()
    assert entry["Comment[fr]"].strip()
    assert entry["Comment"] != entry["Comment[fr]"]


def test_desktop_entry_passes_desktop_file_validate():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


# -- AppStream -----------------------------------------------------------------------


def test_metainfo_has_the_required_elements():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.carnet.Carnet"
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.findtext("name") == "Carnet"
    assert root.findtext("summary").strip()
    assert root.findtext("metadata_license")
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    description = root.find("description")
    assert description is not None
    assert description.findall("p")
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.find("content_rating") is not None
    assert root.find("provides/binary").text == "carnet"
    releases = root.findall("releases/release")
    assert releases, "at least one release"
    assert releases[0].get("version") == carnet.__version__, "newest release first"
    assert releases[0].get("date")


def test_metainfo_passes_appstreamcli_validate():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli not installed (Debian: appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- icons ---------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR", f"{path.name}: no IHDR chunk first"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_every_size(size):
    path = ICONS / f"carnet-{size}.png"
    assert path.is_file(), "run `make icons`"
    assert png_size(path) == (size, size)


def test_icon_svg_is_square_xml():
    root = ET.parse(ICONS / "carnet.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"


def test_icon_ico_and_icns_hold_pngs():
    ico = (ICONS / "carnet.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    assert count >= 4
    for index in range(count):
        entry = ico[6 + 16 * index : 22 + 16 * index]
        size, offset = struct.unpack("<II", entry[8:16])
        assert ico[offset : offset + 8] == PNG_SIGNATURE
        assert offset + size <= len(ico)
    icns = (ICONS / "carnet.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    types, position = set(), 8
    while position < len(icns):
        kind, length = (
            icns[position : position + 4],
            struct.unpack(">I", icns[position + 4 : position + 8])[0],
        )
        assert icns[position + 8 : position + 16] == PNG_SIGNATURE
        types.add(kind)
        position += length
    assert position == len(icns)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= types


# -- spec, entry point, wheel layout -----------------------------------------------------


def test_spec_bundles_resources_and_uses_the_entry_point():
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")  # valid Python
    assert 'ROOT / "resources"' in text
    assert '"carnet/resources"' in text, "where carnet/paths.py looks in a frozen app"
    assert "i18n" in text and ".ts" in text, "translations compiled into the bundle"
    assert "launcher.py" in text
    launcher = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "from carnet.cli import main" in launcher
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert scripts["carnet"] == "carnet.cli:main"
    for icon in ("carnet.ico", "carnet.icns"):
        assert icon in text


def test_every_python_package_is_in_the_wheel():
    """pyproject lists packages explicitly: a new sub-package must be added there, or the
    installed app fails with ModuleNotFoundError."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "carnet").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    missing = sorted(found - listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
    assert "carnet.resources" in listed
    assert config["tool"]["setuptools"]["package-dir"]["carnet.resources"] == "resources"


def test_package_extra_and_build_requirements():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extra = " ".join(config["project"]["optional-dependencies"]["package"]).lower()
    assert "pyinstaller" in extra
    assert "build" in extra
    assert "pyinstaller" not in " ".join(config["project"]["optional-dependencies"]["test"]).lower()
    requires = " ".join(config["build-system"]["requires"]).lower()
    assert "pyside6" in requires, "setup.py needs lrelease to compile the translations"


def load_setup_module():
    spec = importlib.util.spec_from_file_location("carnet_setup", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # guarded: does not run setup()
    return module


def test_setup_finds_lrelease_and_it_compiles_a_translation(tmp_path):
    tool = load_setup_module().find_lrelease()
    source = tmp_path / "carnet_fr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr_FR"><context><name>Probe</name>'
        "<message><source>Open</source><translation>Ouvrir</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    target = tmp_path / "carnet_fr.qm"
    subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True, timeout=60)
    assert target.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


# -- the built program (after `make package`) ---------------------------------------------


def run_built(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CARNET_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(BUILT), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
@needs_build
def test_built_program_prints_its_version(tmp_path):
    result = run_built("--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"carnet {carnet.__version__}"
    help_text = run_built("--help", home=tmp_path).stdout
    assert "demo" in help_text
    assert "search" in help_text, "carnet.cli_* modules are found in the frozen app"


@pytest.mark.slow
@needs_build
def test_built_program_bundles_its_resources():
    internal = BUILT.parent / "_internal"
    bundle = internal if internal.is_dir() else BUILT.parent
    resources = bundle / "carnet" / "resources"
    assert sorted(p.name for p in (resources / "templates").glob("*.toml"))
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources / "icons" / "carnet-256.png").is_file()
    for source in (ROOT / "resources" / "i18n").glob("*.ts"):
        assert (resources / "i18n" / f"{source.stem}.qm").is_file(), source.name
    qt_translations = bundle / "PySide6" / "Qt" / "translations"
    if qt_translations.is_dir():
        assert (qt_translations / "qtbase_fr.qm").is_file()


@pytest.mark.slow
@needs_build
def test_built_program_creates_and_checks_a_journal(tmp_path):
    """SQLCipher, the templates and the demo content work inside the bundle."""
    journal = tmp_path / "demo.carnet"
    created = run_built(
        "demo",
        "--journal",
        str(journal),
        "--passphrase-stdin",
        home=tmp_path,
        stdin="phrase de passe\n",
    )
    assert created.returncode == 0, created.stderr
    assert journal.read_bytes()[:16] != b"SQLite format 3\x00", "encrypted"
    checked = run_built(
        "check",
        "--journal",
        str(journal),
        "--passphrase-stdin",
        home=tmp_path,
        stdin="phrase de passe\n",
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "ok"


@pytest.mark.slow
@needs_build
def test_built_program_starts_its_window_offscreen(tmp_path):
    """The window starts (offscreen) without an error.

    When ``carnet --help`` lists ``--smoke-test`` (open the first window, quit once
    the event loop runs), the program must exit 0 by itself. Until then it must
    still be running, cleanly, after 5 seconds.
    """
    if "--smoke-test" in run_built("--help", home=tmp_path).stdout:
        smoke = run_built("--smoke-test", home=tmp_path)
        assert smoke.returncode == 0, smoke.stderr
        assert "Traceback" not in smoke.stdout + smoke.stderr
        assert "unexpected error" not in smoke.stderr
        return
    env = {**os.environ, "CARNET_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [str(BUILT)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.1)
        exited = process.poll()
        if exited is None:
            process.kill()
        out, err = process.communicate(timeout=30)
    if exited is not None:  # quitting by itself is fine when it is clean
        assert exited == 0, err
    assert "Traceback" not in out + err
    assert "unexpected error" not in err
    assert "could not be loaded" not in err, "a carnet.cli_* module is missing from the bundle"
