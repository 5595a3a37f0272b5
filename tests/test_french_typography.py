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


def test_the_exports_french_warning_is_typeset_too():
    """fresh7's F15: the « not encrypted » warning of every export (the Markdown index,
    the command line) was the one French sentence with straight apostrophes."""
    from carnet.exchange import NOT_ENCRYPTED_WARNING_FR

    assert "chiffré" in NOT_ENCRYPTED_WARNING_FR  # control: the French one
    assert "'" not in NOT_ENCRYPTED_WARNING_FR and " :" not in NOT_ENCRYPTED_WARNING_FR


def test_the_guide_names_the_join_link_on_screen():
    """fresh7's F10: the guide sent a new computer to « Rejoindre un carnet tenu sur un
    autre appareil… », a link no screen has (the welcome screen's is « Rejoindre un carnet
    synchronisé… », as on the unlock screen)."""
    guide = (Path(__file__).resolve().parent.parent / "docs" / "guide.md").read_text(
        encoding="utf-8")
    assert "Rejoindre un carnet synchronisé…" in guide  # control: the link on screen
    assert "tenu sur un autre appareil…" not in guide
    english = (Path(__file__).resolve().parent.parent / "resources" / "guide"
               / "guide.en.md").read_text(encoding="utf-8")
    assert "Join a journal kept on another device" not in english
