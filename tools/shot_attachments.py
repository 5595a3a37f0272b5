"""Screenshots of a session's photos and documents and of the viewer, in a real X window.

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tools/shot_attachments.py OUT --lang fr

Starts openbox when it is installed (a window manager places the viewer like a
desktop would), builds the demo journal in a temporary folder, attaches a drawn
flipchart photo, a screenshot and a PDF to a co-développement session through the
page's own code, then writes ``session-step-photo.png``, ``session-documents.png`` and
``attachment-viewer.png``
with ``import -window root`` (ImageMagick). The folder is deleted afterwards.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def flipchart(lang: str) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
    image = Image.new("RGB", (1800, 2400), (246, 244, 236))
    draw = ImageDraw.Draw(image)
    big, small = ImageFont.truetype(str(font), 120), ImageFont.truetype(str(font), 78)
    lines = (["Plan d'action", "1. Déléguer le planning", "2. Point hebdo 15 min",
              "3. Dire non à 1 réunion", "Idées du groupe :", "- binôme", "- tableau visuel"]
             if lang == "fr" else
             ["Action plan", "1. Delegate the schedule", "2. Weekly 15-min check-in",
              "3. Decline 1 meeting", "Ideas from the group:", "- pairing", "- visual board"])
    colours = [(30, 70, 150), (20, 20, 20), (20, 20, 20), (20, 20, 20), (170, 40, 40),
               (170, 40, 40), (170, 40, 40)]
    y = 160
    for index, (line, colour) in enumerate(zip(lines, colours, strict=True)):
        draw.text((140, y), line, fill=colour, font=big if index == 0 else small)
        y += 260 if index == 0 else 190
    draw.line((140, 320, 1500, 320), fill=(30, 70, 150), width=10)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def screenshot_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1000, 620), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1000, 70), fill=(47, 93, 98))
    for row in range(6):
        draw.rectangle((40, 110 + row * 80, 960, 160 + row * 80), outline=(180, 180, 180), width=3)
        draw.rectangle((60, 125 + row * 80, 160 + row * 120 % 700, 145 + row * 80),
                       fill=(200, 120, 60))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="carnet-shots-attach-"))
    os.environ["CARNET_HOME"] = str(work / "home")
    wm = subprocess.Popen(["openbox"]) if shutil.which("openbox") else None
    try:
        return shoot(args.out_dir, args.lang, work)
    finally:
        if wm is not None:
            wm.terminate()
            wm.wait(10)
        shutil.rmtree(work, ignore_errors=True)


def shoot(out_dir: Path, lang: str, work: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from carnet.ui.app import create_application
    from carnet.ui.attachments.intake import Source
    from carnet.ui.demo_journal import make_demo_journal
    from carnet.ui.i18n import install_translators
    from carnet.ui.main_window import MainWindow
    from carnet.ui.settings import Settings
    from carnet.ui.unlock import DEMO_PASSPHRASE

    app = create_application()
    install_translators(app, lang)

    def settle(seconds: float = 0.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def wait(predicate, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError("timed out")
            app.processEvents()
            time.sleep(0.02)

    out_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(QSettings(str(work / "carnet.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.install_extensions()
    window.resize(1260, 860)
    window.move(10, 10)
    window.show()
    path = make_demo_journal(work)
    window.show_unlock(path, demo=True)
    window.unlock.passphrase_edit.setText(DEMO_PASSPHRASE)
    window.unlock.unlock_button.click()
    wait(lambda: window.is_unlocked)
    store = window.store
    codev = next(g for g in store.groups.list() if g.template_id == "codev")
    session = store.sessions.list_by_group(codev.id)[1]
    window.workspace.show_session(session.id)
    editor = window.workspace.session_editor
    docs = editor.documents
    files = work / "files"
    files.mkdir()
    (files / "paperboard.jpg").write_bytes(flipchart(lang))
    (files / "capture.png").write_bytes(screenshot_png())
    sys.path.insert(0, str(ROOT / "tests"))
    from attachment_files import pdf

    (files / "consignes.pdf").write_bytes(pdf("Consignes"))
    docs.submit("plan_action", [Source("paperboard.jpg", path=files / "paperboard.jpg")])
    wait(lambda: not docs.intake.busy)
    docs.submit(None, [Source("capture.png", path=files / "capture.png"),
                       Source("consignes.pdf", path=files / "consignes.pdf")])
    wait(lambda: not docs.intake.busy)
    captions = ({"paperboard": "Paperboard du plan d'action", "capture": "Tableau de suivi",
                 "consignes": "Consignes de l'animatrice"} if lang == "fr" else
                {"paperboard": "Flipchart of the action plan", "capture": "Tracking board",
                 "consignes": "The facilitator's instructions"})
    for attachment in store.attachments.list_by_session(session.id):
        docs.set_caption(attachment.id, captions[Path(attachment.filename).stem])
    docs.reload()
    settle(1.0)
    scroll = editor._scroll
    for widget, name, above in ((editor.sections["plan_action"], "session-step-photo", 20),
                                (docs.documents_card, "session-documents", 380)):
        scroll.verticalScrollBar().setValue(
            max(0, widget.mapTo(scroll.widget(), widget.rect().topLeft()).y() - above))
        settle(1.0)
        subprocess.run(["import", "-window", "root", str(out_dir / f"{name}.png")],
                       check=True)
    photo = next(a for a in store.attachments.list_by_session(session.id) if a.step_id)
    docs.open_viewer(photo.id)
    viewer = docs.viewer
    viewer.resize(900, 780)
    viewer.move(180, 40)
    settle(1.5)
    subprocess.run(["import", "-window", "root", str(out_dir / "attachment-viewer.png")],
                   check=True)
    viewer.accept()
    window.lock()
    window.close()
    settle(0.3)
    QApplication.processEvents()
    print(out_dir / "session-step-photo.png")
    print(out_dir / "session-documents.png")
    print(out_dir / "attachment-viewer.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
