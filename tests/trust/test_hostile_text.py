"""Issue 7, points 11 and 12: hostile text in the journal, and error messages.

Point 11. Text the person (or an import) put in the journal is shown, never
obeyed: the Markdown preview escapes raw HTML, follows no link inside the app
(a link opens outside, after a confirmation, and only for http, https and
mailto), and loads no resource at all. Three witnesses, each with a control
that shows it would have seen something: a spy on the documents' resource
loading, a loopback HTTP server that counts requests, and inotify on the folder
of a picture named by ``file://`` and absolute-path ``<img src>``. The same in
the user's guide window and in the search results' snippets.

Point 12. A save that fails shows a message that never quotes the note.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import re
import threading
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QStyleOptionViewItem
from trust_helpers import DirWatch, new_marker, tmpfs
from ui_helpers import type_text

from carnet.ui import markdown_view
from carnet.ui.markdown_view import SafeBrowser

# -- witnesses ------------------------------------------------------------------------------------


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def http_server():
    """A server on 127.0.0.1 only, in a thread, with timeouts; (port, requests seen)."""
    hits: list[str] = []
    handler = type("Handler", (_Counter,), {"hits": hits, "timeout": 5})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.timeout = 5
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def picture(tmp_path) -> Path:
    """A real image in a folder of its own (watched with inotify)."""
    folder = tmp_path / "images"
    folder.mkdir()
    path = folder / "pic.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def hostile_markdown(port: int, picture: Path, marker: str) -> str:
    base = f"http://127.0.0.1:{port}"
    return "\n\n".join([
        f"Note {marker}",
        "<script>alert('x')</script>",
        f'<img src="{base}/raw.png"> <img src="file://{picture}"> <img src="{picture}">',
        f"![distante]({base}/md.png) ![locale](file://{picture}) ![absolue]({picture})",
        f"![ref][r]\n\n[r]: {base}/ref.png",
        f'<iframe src="{base}/frame"></iframe><object data="{base}/obj"></object>',
        f'<link rel="stylesheet" href="{base}/style.css">'
        f'<style>@import url({base}/import.css);</style>',
        f'<table background="{base}/table.png"><tr><td background="file://{picture}">x</td>'
        f"</tr></table>",
        '<a href="file:///etc/passwd">fichier</a> [local](file:///etc/passwd) '
        "[script](javascript:alert(1)) [relatif](notes.html) [données](data:text/html,x)",
        f"[web]({base}/page) [courriel](mailto:anne@example.org) <{base}/auto>",
    ])


def watch_and_serve_controls(qtbot, port: int, hits: list[str], picture: Path) -> None:
    """The witnesses work: a plain QTextDocument reads the picture (inotify sees it) and
    a plain request reaches the server."""
    with DirWatch(picture.parent) as watch:
        document = QTextDocument()
        document.setHtml(f'<img src="{picture}">')
        document.size()  # lays it out: Qt's image handler reads the file
        assert picture.name in watch.created()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/control", timeout=5):
        pass
    assert hits == ["/control"]


# -- the preview -----------------------------------------------------------------------------------


def test_the_preview_shows_raw_html_as_text_and_loads_nothing(
    qtbot, unlocked, http_server, picture, message_service, monkeypatch
):
    port, hits = http_server
    marker = new_marker()
    window = unlocked()
    window.workspace.show_session(window.ids["held"])
    body = window.workspace.session_editor.sections["synthese"].body
    opened: list[str] = []
    monkeypatch.setattr(markdown_view, "open_url", lambda url: opened.append(url.toString()))
    with DirWatch(picture.parent) as watch:
        body.set_text(hostile_markdown(port, picture, marker))
        body.show_preview(True)
        preview = body.preview
        preview.document().size()
        preview.viewport().grab()  # painted too
        shown, html = preview.toPlainText(), preview.toHtml().lower()
        assert "<script>alert('x')</script>" in shown  # visible, as text
        assert '<img src="' in shown and "<iframe" in shown
        for tag in ("<script", "<img", "<iframe", "<object", "<link", "<table"):
            assert tag not in html, tag
        assert not re.search(r"<[a-z]+[^>]*\sbackground=", html)  # no background image
        assert preview.requested == []  # the spy: no resource asked for
        assert watch.created() == []  # no file opened in the picture's folder
    assert hits == []

    # Links: only http, https and mailto keep a target; none is followed in here.
    anchors = set()
    block = preview.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href:
                anchors.add(href)
            iterator += 1
        block = block.next()
    assert anchors == {f"http://127.0.0.1:{port}/page", "mailto:anne@example.org",
                       f"http://127.0.0.1:{port}/auto"}
    before = preview.toHtml()
    for unsafe in ("file:///etc/passwd", "javascript:alert(1)", "notes.html",
                   "data:text/html,x", f"file://{picture}"):
        preview.anchorClicked.emit(QUrl(unsafe))
        preview.setSource(QUrl(unsafe))
    assert message_service.kinds() == [] and opened == []  # never asked, never opened
    assert preview.toHtml() == before and preview.source().isEmpty()  # never navigated
    message_service.answers.extend([False, True])
    preview.anchorClicked.emit(QUrl(f"http://127.0.0.1:{port}/page"))  # declined
    preview.anchorClicked.emit(QUrl("mailto:anne@example.org"))  # confirmed
    assert message_service.kinds() == ["question", "question"]
    assert opened == ["mailto:anne@example.org"]
    assert preview.toHtml() == before
    assert hits == []
    watch_and_serve_controls(qtbot, port, hits, picture)


# -- the guide window -------------------------------------------------------------------------------


def test_the_guide_window_loads_nothing_either(qtbot, http_server, picture, monkeypatch):
    from carnet.ui import help as help_ui

    port, hits = http_server
    marker = new_marker()
    monkeypatch.setattr(help_ui, "read_guide",
                        lambda lang=None: "# Guide\n\n" + hostile_markdown(port, picture, marker))
    with DirWatch(picture.parent) as watch:
        guide = help_ui.GuideWindow()
        qtbot.addWidget(guide)
        guide.show()
        qtbot.waitExposed(guide)
        guide.browser.viewport().grab()
        assert isinstance(guide.browser, SafeBrowser)
        assert "<script>alert('x')</script>" in guide.text()
        assert "<img" not in guide.browser.toHtml().lower()
        assert guide.browser.requested == []
        assert watch.created() == []
    assert hits == []
    assert guide.browser.openLinks() is False and guide.browser.openExternalLinks() is False
    guide.close()
    watch_and_serve_controls(qtbot, port, hits, picture)


# -- search snippets --------------------------------------------------------------------------------


class SpyDocument(QTextDocument):
    """Records every resource a snippet's document asks for."""

    requests: list[str] = []

    def loadResource(self, kind, name):
        SpyDocument.requests.append(name.toString())
        return super().loadResource(kind, name)


def test_search_snippets_escape_html_and_load_nothing(
    qtbot, unlocked, http_server, picture, monkeypatch
):
    from carnet.ui import search_view

    port, hits = http_server
    marker = new_marker()
    SpyDocument.requests = []
    monkeypatch.setattr(search_view, "QTextDocument", SpyDocument)
    window = unlocked()
    session_id = window.ids["held"]
    window.store.notes.save(session_id, "synthese",
                            f'{marker} <img src="http://127.0.0.1:{port}/s.png"> '
                            f'<img src="file://{picture}"> <img src="{picture}"> '
                            f"<b>gras</b> <script>x</script> {marker}")
    with DirWatch(picture.parent) as watch:
        window.search_field.setText(marker)
        window.searchRequested.emit(marker)
        view = window.workspace.view("search")
        qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
        view.results.viewport().grab()  # the delegate paints every visible snippet
        html = view.model.data(view.model.index(0, 0), search_view.HTML_ROLE)
        assert "&lt;img src=" in html and "<img" not in html and "<script" not in html
        option = QStyleOptionViewItem()
        option.widget = view.results
        document = view.results.itemDelegate()._document(option, view.model.index(0, 0))
        assert '<img src="http://127.0.0.1' in document.toPlainText()  # shown as text
        assert SpyDocument.requests == []
        assert watch.created() == []
    assert hits == []
    assert view.model.data(QModelIndex(), search_view.HTML_ROLE) is None
    watch_and_serve_controls(qtbot, port, hits, picture)


# -- point 12: a failed save never quotes the note ---------------------------------------------------


def _error_texts(service) -> list[str]:
    return [f"{title}\n{text}" for kind, title, text in service.shown
            if kind in ("error", "warning", "information", "question")]


def _type_in_a_step(qtbot, window, text: str):
    window.workspace.show_session(window.ids["held"])
    editor = window.workspace.session_editor
    source = editor.sections["synthese"].body.editor
    with qtbot.waitSignal(editor.errorOccurred, timeout=10_000):
        source.setFocus()
        type_text(qtbot, source, text[:40])
        source.insertPlainText(text[40:])
        editor.flush()
    return editor


def test_a_refused_write_never_quotes_the_note(qtbot, unlocked, message_service):
    window = unlocked()
    marker = new_marker()
    with window.store.db.lock:  # the file refuses every write (not the damage mode)
        window.store.conn.execute("PRAGMA query_only = ON")
    editor = _type_in_a_step(qtbot, window, f"Ce que m'a confié {marker}, en détail.")
    qtbot.waitUntil(lambda: "error" in message_service.kinds(), timeout=10_000)
    texts = _error_texts(message_service)
    assert texts and all(marker not in text for text in texts)
    assert marker not in window.save_label.text()
    assert marker not in editor.sections["synthese"]._unsaved.text()

    # The group editor's failures too (a new message, so a new dialog).
    message_service.shown.clear()
    window._last_error = ""
    workspace = window.workspace
    workspace.show_group(window.ids["group"])
    editor = workspace.group_editor
    editor.name_edit.setText(f"Groupe {marker}")
    with qtbot.waitSignal(editor.errorOccurred) as failure:
        assert editor.save() is None
    assert marker not in failure.args[0] and marker not in editor.error_label.text()
    assert "error" in message_service.kinds()
    assert all(marker not in text for text in _error_texts(message_service))
    with window.store.db.lock:
        window.store.conn.execute("PRAGMA query_only = OFF")


def test_an_unexpected_failure_names_its_kind_only(qtbot, unlocked, message_service,
                                                  monkeypatch):
    window = unlocked()
    marker = new_marker()
    notes = window.store.notes

    def failing_save(session_id, step_id, text, *args, **kwargs):
        raise ValueError(f"cannot store {text!r}")  # a bug that quotes its input

    monkeypatch.setattr(notes, "save", failing_save)
    _type_in_a_step(qtbot, window, f"Un secret de {marker} à garder.")
    qtbot.waitUntil(lambda: "error" in message_service.kinds(), timeout=10_000)
    texts = _error_texts(message_service)
    assert any("ValueError" in text for text in texts)
    assert all(marker not in text for text in texts)


def test_a_full_disk_never_quotes_the_note(qtbot, unlocked, message_service, tmp_path,
                                           passphrase):
    with tmpfs(tmp_path / "petit", size="1m") as folder:
        journal = folder / "journal.carnet"
        window = unlocked(journal)
        filler = folder / "filler"
        descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:  # fill the rest of the disk
            for size in (65536, 4096, 512, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(descriptor, bytes(size))
        finally:
            os.close(descriptor)
        marker = new_marker()
        _type_in_a_step(qtbot, window, f"Situation de {marker}. " + "Longue note. " * 4000)
        qtbot.waitUntil(lambda: "error" in message_service.kinds(), timeout=10_000)
        texts = _error_texts(message_service)
        assert any("full" in text or "could not be saved" in text for text in texts)
        assert all(marker not in text for text in texts)
        filler.unlink()
        window.lock()  # the draft is saved now that there is room
        window.close()
