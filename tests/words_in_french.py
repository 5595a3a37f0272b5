"""Qt-free sentence modules (``ui/exchange_words.py``, ``ui/booklet_words.py``…) read the
running application's translators when a QApplication exists, else terminal_text's:
a test that checks their French must switch whichever is in use (under xdist, a
worker that ran a window test first has a QApplication)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from carnet import terminal_text


@contextlib.contextmanager
def french() -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    previous_terminal = terminal_text.language()
    terminal_text.set_language("fr")
    previous_app = None
    if app is not None:
        from carnet.ui import i18n

        previous_app = i18n.current_language()
        i18n.install_translators(app, "fr")
    try:
        yield
    finally:
        terminal_text.set_language(previous_terminal)
        if app is not None:
            from carnet.ui import i18n

            i18n.install_translators(app, previous_app)
