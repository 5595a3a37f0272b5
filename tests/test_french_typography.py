"""French interface text uses the typographic apostrophe (l’animateur), never the
straight one typed by programmers (l'animateur) — QA, item 8."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "carnet_fr.ts"
STRAIGHT = re.compile(r"\w'\w")


def french_texts(path: Path) -> list[str]:
    texts = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        texts += [f.text or "" for f in forms] or [translation.text or ""]
    return texts


def test_no_straight_apostrophe_in_french_text():
    texts = french_texts(CATALOGUE)
    assert len(texts) > 500  # control: the catalogue was read
    assert any("’" in text for text in texts)
    assert [t for t in texts if STRAIGHT.search(t)] == []
