"""The Markdown editor's preview: formatting yes, raw HTML, images and navigation no."""

from __future__ import annotations

import http.server
import re
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from carnet.ui import markdown_view
from carnet.ui.markdown_view import (
    MarkdownEditor,
    SafeBrowser,
    is_safe_link,
    preview_source,
    render_markdown,
)


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def http_server():
    """A loopback HTTP server that counts the requests it gets."""
    hits: list[str] = []
    handler = type("Handler", (_Counter,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()
    server.server_close()


# -- the renderer ------------------------------------------------------------------------


def test_markdown_formatting_is_rendered():
    html = render_markdown("**gras** et *italique*\n\n- un\n- deux\n\n> citation")
    assert "<strong>gras</strong>" in html
    assert "<em>italique</em>" in html
    assert "<li>un</li>" in html
    assert "<blockquote>" in html


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src="http://127.0.0.1:9/x">',
        '<img src="file:///etc/passwd">',
        "<b>unclosed",
        '<a href="javascript:alert(1)">x</a>',
        "<div onclick='x()'>bloc</div>\n\n<style>p{}</style>",
        "<iframe src='http://127.0.0.1:9/'></iframe>",
    ],
)
def test_raw_html_is_shown_as_text(source):
    html = render_markdown(source)
    for tag in ("<script", "<img", "<b>", "<a ", "<div", "<style", "<iframe"):
        assert tag not in html
    assert "&lt;" in html


def test_images_become_their_alt_text():
    html = render_markdown("![le schéma du tableau](file:///etc/passwd) ![](http://x.test/y.png)")
    assert "<img" not in html
    assert "passwd" not in html and "x.test" not in html
    assert "[le schéma du tableau]" in html
    assert "[image]" in html


def test_links_keep_only_safe_targets():
    html = render_markdown(
        "[site](https://exemple.fr/a?b=1&c=2) [mal](javascript:alert(1)) "
        "[fichier](file:///etc/passwd) [rel](page.html) <mailto:camille@exemple.fr>"
    )
    assert 'href="https://exemple.fr/a?b=1&amp;c=2"' in html
    assert "javascript" not in html
    assert "file:" not in html
    assert "page.html" not in html
    assert "mailto:camille@exemple.fr" in html


def test_special_characters_survive():
    html = render_markdown("Marge & résultat ]]> 😀 مرحبا שלום")
    assert "&amp;" in html
    assert "]]&gt;" in html
    assert "😀" in html and "مرحبا" in html and "שלום" in html


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(
                [
                    "<script>",
                    "<img src=x>",
                    "![a](file:///x)",
                    "[l](javascript:x)",
                    "<",
                    "&",
                    "`",
                    "*",
                    "\n\n",
                    "> ",
                    "- ",
                    "<a href='x'>",
                    "]]>",
                    "<!--",
                    "-->",
                    "&lt;",
                ]
            ),
        ),
        max_size=12,
    ).map("".join)
)
def test_no_markup_from_any_text_escapes(text):
    html = render_markdown(text).lower()
    assert "<script" not in html
    assert "<img" not in html
    for target in re.findall(r'href="([^"]*)"', html):
        assert target.startswith(("http://", "https://", "mailto:")), target


def test_is_safe_link():
    assert is_safe_link("https://exemple.fr")
    assert is_safe_link("http://exemple.fr/x")
    assert is_safe_link("mailto:a@b.fr")
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
        "page.html",
        "https://",
        "mailto:",
        "ftp://x.fr",
        "http://[::1",
    ):
        assert not is_safe_link(bad), bad


def test_preview_source_cuts_long_text_at_a_line_end():
    text = "ligne\n" * 40_000
    source, cut = preview_source(text, limit=1000)
    assert cut and len(source) <= 1000 and source.endswith("ligne")
    assert preview_source("court", limit=1000) == ("court", False)


# -- the browser ---------------------------------------------------------------------------


def test_browser_never_loads_a_resource(qtbot, http_server, tmp_path):
    """Even HTML set directly (not from the renderer) loads neither files nor URLs."""
    port, hits = http_server
    secret = tmp_path / "secret.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(secret))
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(
        f'<p><img src="http://127.0.0.1:{port}/x.png"><img src="file://{secret}">'
        f'<img src="{secret}"></p>'
    )
    browser.show()
    qtbot.waitExposed(browser)
    assert browser.requested  # Qt asked…
    for url in (f"file://{secret}", str(secret)):
        loaded = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert loaded is None or loaded.width() <= 1  # …and got only the blank image
    assert hits == []
    assert browser.openLinks() is False
    assert browser.openExternalLinks() is False


def test_links_open_only_after_confirmation(qtbot, monkeypatch):
    opened: list[str] = []
    answers: list[bool] = []
    monkeypatch.setattr(markdown_view, "open_url", lambda url: opened.append(url.toString()))
    monkeypatch.setattr(markdown_view, "confirm_link", lambda parent, url: answers.pop(0))
    browser = SafeBrowser()
    qtbot.addWidget(browser)

    answers.append(False)
    browser.anchorClicked.emit(QUrl("https://exemple.fr"))
    assert opened == []
    answers.append(True)
    browser.anchorClicked.emit(QUrl("https://exemple.fr"))
    assert opened == ["https://exemple.fr"]
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))  # never asked, never opened
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://exemple.fr"] and answers == []


# -- the editor ------------------------------------------------------------------------------


def test_editor_preview_toggle(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.editor, "**gras** <script>alert(1)</script>")
    qtbot.mouseClick(editor.preview_button, markdown_view.Qt.MouseButton.LeftButton)
    assert editor.is_previewing and editor.editor.isHidden()
    assert "<script" not in editor.preview.toHtml()
    assert "<script>alert(1)</script>" in editor.preview.toPlainText()
    assert "gras" in editor.preview.toPlainText()
    qtbot.mouseClick(editor.write_button, markdown_view.Qt.MouseButton.LeftButton)
    assert not editor.is_previewing and editor.preview.toPlainText() == ""


def test_set_text_is_not_an_edit_and_has_no_undo(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    with qtbot.assertNotEmitted(editor.edited):
        editor.set_text("déjà écrit")
    assert not editor.editor.document().isUndoAvailable()
    with qtbot.waitSignal(editor.edited):
        qtbot.keyClicks(editor.editor, "!")


def test_long_text_preview_is_cut(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text("Une ligne de texte assez longue pour compter.\n" * 25_000)  # ~1.1 MB
    editor.show_preview(True)
    assert not editor._notice.isHidden()
    assert len(editor.preview.toPlainText()) <= markdown_view.PREVIEW_LIMIT
    assert len(editor.text()) > 1_000_000
