"""Refresh the translation sources: ``resources/i18n/carnet_{fr,en}.ts``.

Runs ``pyside6-lupdate`` over every Python file of the interface (existing
translations are kept), then, with ``--apply FILE.json``, fills French
translations from a ``{"context": {"source": "traduction"}}`` file, and marks
the English catalogue finished (its translations are the sources).
``--missing`` prints, as JSON, every French entry still unfinished.

lupdate reads a ``#:`` comment as a note for translators, and gathers every one met
since the previous ``tr()`` onto the next message. In Carnet ``#:`` documents an
attribute (Sphinx's convention), so each edit of such a comment anywhere in a file
rewrote an unrelated message of the catalogues: those notes are dropped. A word for
translators goes in ``tr()``'s disambiguation, which the catalogue shows them.

    .venv/bin/python tools/i18n_update.py [--apply fr.json] [--missing]
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from carnet.terminal_text import english_forms  # noqa: E402 - after the path

I18N = ROOT / "resources" / "i18n"
LANGS = ("fr", "en")


def sources() -> list[Path]:
    """Python files whose strings are user-visible through Qt's translation: the
    interface, and the command line (``carnet/cli.py``, ``carnet/cli_*.py``, whose
    ``_tr`` helpers go through ``carnet.terminal_text`` to the same catalogues)."""
    files = sorted((ROOT / "carnet" / "ui").rglob("*.py"))
    files += sorted((ROOT / "carnet").glob("cli*.py"))
    return [f for f in files if "tr(" in f.read_text(encoding="utf-8")
            or "translate(" in f.read_text(encoding="utf-8")]


def run_lupdate(target: Path, lang: str, *, no_obsolete: bool = True) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    flags = ["-no-obsolete"] if no_obsolete else []
    subprocess.run(
        [str(tool), *map(str, sources()), *flags, "-locations", "none",
         "-source-language", "en", "-target-language", lang, "-ts", str(target)],
        check=True, capture_output=True,
    )


def helper_messages() -> list[tuple[str, str, str | None, bool]]:
    """Strings passed to module-level ``_tr`` helpers, which lupdate cannot see.

    A helper is ``def _tr(text, …): return QCoreApplication.translate("Ctx", text, …)``;
    its context is read from the helper, and a call passing ``n`` is a plural.
    Returns (context, source, disambiguation, numerus).
    """
    found = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helper = next((node for node in tree.body if isinstance(node, ast.FunctionDef)
                       and node.name == "_tr"), None)
        if helper is None:
            continue
        call = next((n for n in ast.walk(helper) if isinstance(n, ast.Call)
                     and getattr(n.func, "attr", "") == "translate"), None)
        if call is None or not isinstance(call.args[0], ast.Constant):
            continue
        context = call.args[0].value
        params = [a.arg for a in helper.args.args]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "_tr" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                continue
            values = dict(zip(params, node.args, strict=False))
            values.update({k.arg: k.value for k in node.keywords})
            comment = values.get("disambiguation")
            comment = comment.value if isinstance(comment, ast.Constant) else None
            numerus = "n" in values
            found.append((context, node.args[0].value, comment, numerus))
    return found


def add_helper_messages(target: Path, old: dict) -> None:
    """Append the ``_tr`` strings to a catalogue lupdate wrote, keeping translations."""
    tree = ET.parse(target)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    present = {(c, m.findtext("source")) for c, m in _messages(tree)}
    for context, source, comment, numerus in helper_messages():
        if (context, source) in present:
            continue
        present.add((context, source))
        element = contexts.get(context)
        if element is None:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
            contexts[context] = element
        message = ET.SubElement(element, "message")
        if numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        translation = ET.SubElement(message, "translation", type="unfinished")
        previous = old.get((context, source))
        if previous is not None:
            message.remove(translation)
            message.append(previous)
    _write(tree, target)


def extract(target: Path, lang: str) -> None:
    """lupdate + the helper strings, keeping the translations already in ``target``."""
    old = {}
    if target.exists():
        old = {(c, m.findtext("source")): m.find("translation")
               for c, m in _messages(ET.parse(target))}
    run_lupdate(target, lang)
    add_helper_messages(target, old)
    drop_attribute_notes(target)


def drop_attribute_notes(target: Path) -> None:
    """Remove the ``<extracomment>`` lupdate made of ``#:`` attribute comments."""
    tree = ET.parse(target)
    dropped = 0
    for _context, message in _messages(tree):
        for note in message.findall("extracomment"):
            message.remove(note)
            dropped += 1
    if dropped:
        _write(tree, target)


def lupdate() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        extract(I18N / f"carnet_{lang}.ts", lang)


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _set(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        forms = text if isinstance(text, list) else [text, text]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text
    translation.attrib.pop("type", None)


def apply_french(mapping: dict[str, dict[str, str]]) -> int:
    path = I18N / "carnet_fr.ts"
    tree = ET.parse(path)
    count = 0
    for context, message in _messages(tree):
        source = message.findtext("source")
        value = mapping.get(context, {}).get(source)
        if value:
            _set(message, value)
            count += 1
    _write(tree, path)
    return count


def finish_english() -> None:
    path = I18N / "carnet_en.ts"
    tree = ET.parse(path)
    for _context, message in _messages(tree):
        source = message.findtext("source")
        if message.get("numerus") == "yes":  # « 1 action », not « 1 action(s) »
            _set(message, list(english_forms(source)))
        else:
            _set(message, source)
    _write(tree, path)


def missing_french() -> dict[str, list[str]]:
    tree = ET.parse(I18N / "carnet_fr.ts")
    result: dict[str, list[str]] = {}
    for context, message in _messages(tree):
        translation = message.find("translation")
        empty = not (translation.text or "").strip() and not len(translation)
        if translation.get("type") == "unfinished" or empty:
            result.setdefault(context, []).append(message.findtext("source"))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--apply", type=Path, help="JSON of French translations to fill in")
    parser.add_argument("--missing", action="store_true", help="print unfinished French entries")
    parser.add_argument("--no-lupdate", action="store_true")
    args = parser.parse_args()
    if not args.no_lupdate:
        lupdate()
    if args.apply:
        filled = apply_french(json.loads(args.apply.read_text(encoding="utf-8")))
        print(f"filled {filled} French entries", file=sys.stderr)
    finish_english()
    if args.missing:
        print(json.dumps(missing_french(), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
