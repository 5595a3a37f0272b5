"""An import's difference in a step's note names the step as the page does.

Found beside fresh6's finding 22 (notes named by internal ids): the import said « votre
carnet a un autre texte pour l'étape 'expose' : il est gardé » — the step's id, in the
window and on the command line. Control: a step id no format knows is said as given.
"""

from __future__ import annotations

import pytest

from carnet.exchange import Conflict
from carnet.ui import exchange_words


@pytest.mark.parametrize(("lang", "title"), [
    ("fr", "« La situation-problème — Co-développement professionnel »"),
    ("en", "“"),
])
def test_the_step_is_named_by_its_title(monkeypatch, lang, title):
    monkeypatch.setattr(exchange_words, "_language", lambda: lang)
    text = exchange_words.conflict_text(Conflict("$.groups[0].sessions[0].step_notes[0]",
                                                 "step_note", "'expose'"))
    assert "'expose'" not in text, text
    assert title in text, text
    other = exchange_words.conflict_text(Conflict("$.groups[0].sessions[0].step_notes[1]",
                                                  "step_note_file", "'mon_etape'"))
    assert "'mon_etape'" in other  # control: no format has it
