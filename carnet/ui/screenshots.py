"""Render the main screens to PNG files for the documentation.

    python -m carnet.ui.screenshots docs/screenshots [--lang fr|en] [--size 1280x820]

Builds a demo journal in a temporary folder (settings too, so the person's
own are untouched), renders each screen offscreen, then deletes the folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SCREENS = (
    "welcome",
    "unlock",
    "home",
    "group-editor",
    "session-codev-client",
    "session-rpm-closing",
    "prepare",
    "progress",
    "themes",
    "timeline",
    "search",
    "booklet",
)


def _wait(app, predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)


def _settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _scroll_to_step(editor, step_id: str) -> None:
    """Best effort: bring one step of the session editor into view."""
    show = getattr(editor, "show_step", None)
    if callable(show):
        show(step_id)
        return
    section = getattr(editor, "sections", {}).get(step_id)
    scroll = getattr(editor, "_scroll", None)
    if section is not None and scroll is not None:
        scroll.verticalScrollBar().setValue(max(0, section.mapTo(scroll.widget(),
                                                                 section.rect().topLeft()).y()
                                                - 16))


def render(out_dir: Path, lang: str = "fr", size: tuple[int, int] = (1280, 820)) -> list[Path]:
    """Write one PNG per screen in ``out_dir``; return their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="carnet-shots-"))
    previous_home = os.environ.get("CARNET_HOME")
    os.environ["CARNET_HOME"] = str(work / "home")
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    from carnet.domain import Role, SessionStatus
    from carnet.templates import load_templates
    from carnet.ui.app import create_application
    from carnet.ui.demo_journal import make_demo_journal
    from carnet.ui.i18n import current_language, install_translators
    from carnet.ui.main_window import MainWindow
    from carnet.ui.settings import Settings
    from carnet.ui.unlock import DEMO_PASSPHRASE

    out_dir.mkdir(parents=True, exist_ok=True)
    app = create_application()
    previous_lang, previous_locale = current_language(), QLocale()
    install_translators(app, lang)
    settings = Settings(QSettings(str(work / "carnet.ini"), QSettings.Format.IniFormat))
    written: list[Path] = []
    window = MainWindow(settings)
    window.install_extensions()
    try:
        path = make_demo_journal(work)
        window.resize(*size)
        window.show()

        def shot(name: str) -> None:
            _settle(app)
            target = out_dir / f"{name}.png"
            window.grab().save(str(target))
            written.append(target)

        window.show_welcome()
        window.welcome.owner_edit.setText("Camille Martin")
        window.welcome.path_edit.setText("~/Documents/Carnet/carnet.journal")
        window.welcome.passphrase_edit.setText("un carnet bien gardé")
        window.welcome.confirm_edit.setText("un carnet bien gardé")
        window.welcome.owner_edit.setFocus()
        shot("welcome")

        window.show_unlock(path, demo=True)
        shot("unlock")

        window.unlock.passphrase_edit.setText(DEMO_PASSPHRASE)
        window.unlock.unlock_button.click()
        _wait(app, lambda: window.is_unlocked)
        workspace = window.workspace
        workspace.show_home()
        shot("home")

        store = window.store
        groups = {g.template_id: g for g in store.groups.list()}
        templates = load_templates()
        codev = groups.get("codev")
        if codev is not None:
            workspace.show_group(codev.id)
            shot("group-editor")
            sessions = store.sessions.list_by_group(codev.id)
            client = [s for s in sessions if s.role is Role.CLIENT] or sessions
            workspace.show_session(client[0].id)
            shot("session-codev-client")
        rpm = groups.get("rpm")
        if rpm is not None:
            held = [s for s in store.sessions.list_by_group(rpm.id)
                    if s.status is SessionStatus.HELD]
            if held:
                workspace.show_session(held[-1].id)
                template = templates.get("rpm")
                if template is not None and template.parts:
                    last_part = template.parts[-1].number
                    steps = template.steps_in_part(last_part)
                    if steps:
                        _settle(app)
                        _scroll_to_step(workspace.session_editor, steps[0].id)
                shot("session-rpm-closing")
        for key, name in (("prepare", "prepare"), ("progress", "progress"),
                          ("tags", "themes"), ("timeline", "timeline")):
            if workspace.show_view(key) is not None:
                shot(name)
        window.search_field.setText("délégation")
        window.searchRequested.emit("délégation")
        search = workspace.view("search")
        if search is not None:
            _wait(app, lambda: search.model.rowCount() > 0, timeout=10)
            shot("search")
        from carnet.ui.booklet_dialog import BookletDialog

        dialog = BookletDialog(store, window.templates, window)
        try:
            dialog.show()
            _wait(app, lambda: dialog.pages is not None, timeout=30)  # the page count
            _settle(app)
            target = out_dir / "booklet.png"
            dialog.grab().save(str(target))
            written.append(target)
        finally:
            dialog.reject()
            dialog.deleteLater()
    finally:
        window.close()
        _settle(app)
        QApplication.processEvents()
        shutil.rmtree(work, ignore_errors=True)
        # Leave the process as found (the tests render in-process).
        install_translators(app, previous_lang)
        QLocale.setDefault(previous_locale)
        if previous_home is None:
            os.environ.pop("CARNET_HOME", None)
        else:
            os.environ["CARNET_HOME"] = previous_home
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m carnet.ui.screenshots",
                                     description="Render Carnet's main screens to PNG files.")
    parser.add_argument("out_dir", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--size", default="1280x820", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    try:
        written = render(Path(args.out_dir), args.lang, (int(width), int(height)))
    except (TimeoutError, ValueError, OSError) as exc:
        print(f"screenshots: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
