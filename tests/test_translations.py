"""The French interface is complete: every user-visible string of carnet/ui is in
the French catalogue, translated and finished, with its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import i18n_update  # noqa: E402

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _catalogue(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory) -> dict:
    """What lupdate extracts from the sources today."""
    if not (Path(sys.executable).parent / "pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    target = tmp_path_factory.mktemp("i18n") / "fresh.ts"
    i18n_update.extract(target, "fr")
    return _catalogue(target)


def test_every_string_is_in_the_french_catalogue(fresh_catalogue):
    french = _catalogue(ROOT / "resources" / "i18n" / "carnet_fr.ts")
    missing = sorted(set(fresh_catalogue) - set(french))
    assert not missing, f"run tools/i18n_update.py and translate: {missing[:10]}"


def test_attribute_comments_are_no_notes_for_translators(fresh_catalogue):
    """lupdate takes every ``#:`` comment (how the code documents an attribute) as a
    note for the next tr() call: the tool drops them, so editing one no longer rewrites
    an unrelated message of both catalogues (an earlier review: group_editor.py's)."""
    assert len(fresh_catalogue) > 500  # control: the sources were read
    noted = [source for (_c, source), m in fresh_catalogue.items()
             if m.find("extracomment") is not None]
    assert noted == []
    for lang in ("fr", "en"):
        tree = ET.parse(ROOT / "resources" / "i18n" / f"carnet_{lang}.ts")
        assert next(tree.iter("extracomment"), None) is None, lang


def test_every_french_entry_is_finished_with_its_placeholders():
    problems = []
    for (context, source), message in _catalogue(ROOT / "resources" / "i18n" / "carnet_fr.ts").items():
        translation = message.find("translation")
        forms = [f.text or "" for f in translation] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} unfinished")
        elif not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} empty")
        else:
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                if message.get("numerus") == "yes":
                    continue
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    problems.append(f"{context}: {source!r} placeholders differ in {form!r}")
    assert not problems, "\n".join(problems[:20])


def test_catalogues_compile(tmp_path):
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    for lang in ("fr", "en"):
        out = tmp_path / f"carnet_{lang}.qm"
        subprocess.run([tool, "-silent", str(ROOT / "resources" / "i18n" / f"carnet_{lang}.ts"),
                        "-qm", str(out)], check=True)
        assert out.stat().st_size > 1000
