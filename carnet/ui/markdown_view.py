"""A Markdown editor with a preview, and the safe renderer behind the preview.

The preview never shows raw HTML from the text and never loads anything:

* The HTML comes from the note-rendering contract (:mod:`carnet.notes.render`): raw
  HTML typed in a note comes out as visible text, images become their alt text, links
  keep their target only for http, https and mailto, and open (after a confirmation)
  in the person's browser, never in here.
* ``QTextBrowser`` would load files named in ``<img src>``: Qt's image handler reads
  the file itself when ``loadResource`` returns nothing, so :class:`SafeBrowser`
  answers every request with a blank image (or empty bytes) and loads nothing.

``markdown`` and the renderer are imported on the first preview only (about 20 ms).
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carnet.notes.links import SAFE_SCHEMES, is_safe_link  # noqa: F401 (re-exported)
from carnet.ui import note_editor
from carnet.ui.versions import (  # noqa: F401 (re-exported: the writing views' names)
    VersionedTextEdit,
    VersionHighlighter,
    shown_version_line,
    version_heading,
    version_moment,
    versions_as_stored,
    versions_in_words,
)

#: The preview renders at most this many characters: Python-Markdown slows down
#: sharply past a few hundred kilobytes (1 MB takes ~20 s), and nobody reads a
#: 50-page step in a preview pane.
PREVIEW_LIMIT = 100_000

PREVIEW_CSS = """
body { line-height: 140%; }
p { margin: 0 0 8px 0; }
blockquote { margin: 4px 0 8px 12px; color: #5f584f; font-style: italic; }
code { font-family: "DejaVu Sans Mono", monospace; background: #f1ede6; }
pre { background: #f1ede6; padding: 6px; white-space: pre-wrap; }
a { color: #2f5d62; text-decoration: underline; }
.alt { color: #7a7268; font-style: italic; }
.version { color: #7a7268; font-weight: 600; margin: 4px 0 6px 0; }
h1, h2, h3 { font-weight: 600; margin: 10px 0 4px 0; }
h1 { font-size: large; } h2 { font-size: medium; } h3 { font-size: medium; }
ul, ol { margin-top: 0px; margin-bottom: 8px; }
li ul, li ol, ul ul, ol ol, ul ol, ol ul { margin-top: 0px; margin-bottom: 0px; }
ul ul { list-style-type: circle; } ul ul ul { list-style-type: square; }
table { border-color: #cfc6b8; border-style: solid; margin-top: 2px; margin-bottom: 8px; }
th { background-color: #f1ede6; font-weight: 600; }
"""

#: characters that need an emoji font (symbols and pictographs, beyond the BMP)
_EMOJI_LIKE = re.compile("[\u2190-\u2bff\U0001f000-\U0001faff]")
_emoji_font_loaded = False


def ensure_emoji_font(text: str) -> None:
    """Make the emoji font shipped for the booklet (monochrome Noto Emoji) known to Qt
    the first time a preview holds an emoji: Qt's font fallback then draws them where
    the system has no emoji font (they showed as empty boxes)."""
    if _emoji_font_loaded or _EMOJI_LIKE.search(text) is None:
        return
    load_emoji_font()


def load_emoji_font() -> None:
    """Hand the shipped emoji font to Qt's fallback, once per process (~17 ms): the
    warm-up after an unlock does it in a pause, so that an emoji typed in any field,
    not only in a preview, is drawn rather than shown as an empty box."""
    global _emoji_font_loaded
    if _emoji_font_loaded:
        return
    _emoji_font_loaded = True
    from carnet.ui import emoji_font

    emoji_font.load()  # (once per process: the app may have loaded it before the unlock)


def render_markdown(text: str) -> str:
    """HTML for the preview, by the one rendering contract (:mod:`carnet.notes`):
    Markdown formatting, lists as people type them, no raw HTML, no images, safe links."""
    from carnet.notes.render import to_html

    return to_html(text)


def render_note(text: str) -> str:
    """HTML of a note for the preview: each concurrent version a sync kept (see
    ``split_versions``) under a heading in the reader's words, never the stored
    bilingual line with its UTC date; every part by the one rendering contract."""
    from carnet.domain.sync import split_versions

    main, versions = split_versions(text)
    parts = [render_markdown(main) if main.strip() else ""]
    for version in versions:
        parts.append("<hr/><p class='version'>" + html.escape(version_heading(version.when))
                     + "</p>" + render_markdown(version.text))
    return "".join(parts)


def tidy_lists(document: QTextDocument) -> None:
    """Even spacing in lists: Qt gives a list's bottom margin to its last top-level item,
    even when nested items follow it (a gap inside the list, none after it)."""
    block = document.firstBlock()
    while block.isValid():
        following = block.next()
        if block.textList() is not None:
            last = not following.isValid() or following.textList() is None
            margin = 8.0 if last else 2.0
            fmt = block.blockFormat()
            if fmt.bottomMargin() != margin:
                fmt.setBottomMargin(margin)
                QTextCursor(block).setBlockFormat(fmt)
        block = following


def preview_source(text: str, limit: int = PREVIEW_LIMIT) -> tuple[str, bool]:
    """The part of ``text`` the preview renders, cut at a line end; True when cut."""
    if len(text) <= limit:
        return text, False
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit], True


# -- hooks that tests replace ------------------------------------------------------------


def confirm_link(parent: QWidget | None, url: str) -> bool:
    """Ask before leaving the journal for a browser or mail program."""
    from carnet.ui.services import messages

    return messages().question(
        parent,
        QCoreApplication.translate("MarkdownEditor", "Open link?"),
        QCoreApplication.translate(
            "MarkdownEditor", "Open this address outside Carnet?\n\n%1"
        ).replace("%1", url),
    )


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


# -- widgets -----------------------------------------------------------------------------


class SafeBrowser(QTextBrowser):
    """A read-only rich-text view that loads no resource and follows no link itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.document().setDefaultStyleSheet(PREVIEW_CSS)
        #: Every resource Qt asked for (none is ever loaded): lets tests check it.
        self.requested: list[str] = []
        self.anchorClicked.connect(self._open_link)

    def loadResource(self, kind: int, name: QUrl) -> Any:
        self.requested.append(name.toString())
        if kind == QTextDocument.ResourceType.ImageResource:
            # A null answer makes Qt read the file itself: hand it a blank image.
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return QByteArray()

    def doSetSource(self, name: QUrl, kind: Any = None) -> None:
        """Never navigate (``setSource`` ends here): links open only via :meth:`_open_link`."""

    def _open_link(self, url: QUrl) -> None:
        target = url.toString()
        if not is_safe_link(target):
            return
        if confirm_link(self, target):
            open_url(url)


class GrowingPlainTextEdit(VersionedTextEdit):
    """A plain-text editor as tall as its text (within bounds), for long scrolling pages
    (the versions a sync kept in its text shown as :class:`VersionedTextEdit` does)."""

    focusLeft = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None, min_lines: int = 4, max_px: int = 520):
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_px = max_px
        self._assumed_width = 0
        #: What the height was last measured for (width, font, text revision).
        self._measured: tuple[int, str, int] | None = None
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)
        self._caret_pending = False
        self.cursorPositionChanged.connect(self._follow_caret)
        self._fit()

    def _follow_caret(self) -> None:
        """While the person types, the page around the field keeps the caret in sight: the
        field grows downwards and the page stayed, so at the window's bottom edge the new
        lines were typed out of sight (fresh8's G2). Once the page's layout has given
        the field its new height."""
        if self.hasFocus() and not self._caret_pending:
            self._caret_pending = True
            QTimer.singleShot(0, self, self._show_caret)  # (not after the field is gone)

    def _show_caret(self) -> None:
        self._caret_pending = False
        if not self.hasFocus():
            return
        area, parent = None, self.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                area = parent
                break
            parent = parent.parentWidget()
        page = area.widget() if area is not None else None
        if page is None:
            return
        if page.layout() is not None:
            page.layout().activate()  # the field's new height, now
        rect = self.cursorRect()
        middle = self.viewport().mapTo(page, rect.center())
        area.ensureVisible(middle.x(), middle.y(), 0, rect.height() // 2 + 12)

    def assume_width(self, width: int) -> None:
        """Measure the text at ``width`` (the field's, frame included) until a layout
        gives the field its size: the page then knows its height before it is shown."""
        self._assumed_width = width
        self._fit()

    def _fit(self, *_args: object) -> None:
        """Grow with the text up to ``max_px``; past that the editor scrolls.

        Measured once the field has its style (its font comes with the stylesheet:
        before, the text would be measured in another font, then again), and again
        only when its width, font or text changed.
        """
        if not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            return  # see event(): measured at polish
        metrics = self.fontMetrics()
        doc_margin = 2 * int(self.document().documentMargin())
        margins = self.contentsMargins()  # border and padding, stylesheet included
        chrome = margins.top() + margins.bottom() + doc_margin + 2
        room = self.viewport().width()
        if self._assumed_width and not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            room = self._assumed_width - margins.left() - margins.right() - 2 * self.frameWidth()
        width = max(60, room - doc_margin - 4)
        key = (width, self.font().key(), self.document().revision())
        if key == self._measured:
            return
        self._measured = key
        limit = self._max_px - chrome
        content, block = 0, self.document().firstBlock()
        while block.isValid() and content <= limit:  # measure only what can be shown
            text = block.text()
            if text:
                content += self._wrapped_height(metrics, width, text, limit - content)
            else:
                content += metrics.lineSpacing()
            block = block.next()
        content = max(content, self._min_lines * metrics.lineSpacing())
        height = min(content + chrome, self._max_px)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if content + chrome >= self._max_px
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if height != self.height():
            self.setFixedHeight(height)

    @staticmethod
    def _wrapped_height(metrics: QFontMetrics, width: int, text: str, room: int) -> int:
        """The height of ``text`` wrapped at ``width``, or of its start when that alone is
        taller than ``room`` (the rest would not change the editor's height). Measuring a
        long paragraph whole at every keystroke cost ~4 ms for 24,000 characters."""

        def height(part: str) -> int:
            box = metrics.boundingRect(0, 0, width, 1 << 24, Qt.TextFlag.TextWordWrap, part)
            return max(box.height(), metrics.lineSpacing())

        # Twice the characters that fill ``room`` at the font's average width: the lines
        # of a beginning wrap as in the whole paragraph, so they are never more.
        lines = room // max(1, metrics.lineSpacing()) + 1
        head = 2 * lines * max(1, width // max(1, metrics.averageCharWidth()))
        if len(text) > head:
            start = height(text[:head])
            if start > room:
                return start
        return height(text)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange):
            self._fit()
        return handled

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.focusLeft.emit()

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    def createMimeDataFromSelection(self) -> QMimeData:
        """What a copy, a cut, a drag or X11's selection hands on: the selected text as
        it is written, and nothing else. Qt's own adds HTML, Markdown and ODF, built the
        first time anything reads it: the clipboard guard reads each copy (and on X11 the
        selection of every Ctrl+A), and Qt's Markdown writer took ~20 s over a 1 MB note,
        the window frozen; pasted back into a note, that HTML came out as Markdown of
        its own (« **gras** » became « \\*\\*gras\\*\\* », nested items flattened)."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText())
        return data


class NoteTextEdit(GrowingPlainTextEdit):
    """The text field of a note: formatting keys, lists that continue, a clean paste
    (see :mod:`carnet.ui.note_editor`).

    Tab nests a list item only once the person has typed in the field since it got the
    focus: someone moving through the page with Tab passes a note that holds a list
    without getting stuck in it."""

    _typed = False
    _continued = ""  # the line Enter just began with a bullet (see retyped_marker)

    def focusInEvent(self, event: Any) -> None:
        self._typed = False
        super().focusInEvent(event)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and not self.isReadOnly():
            if event.type() == QEvent.Type.ShortcutOverride and note_editor.key_action(event):
                event.accept()  # ours, even if a window shortcut uses the same keys
                return True
            if event.type() == QEvent.Type.KeyPress and \
                    event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
                    event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)):
                outdent = event.key() == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                line = self.textCursor().block().text()
                if self._typed and note_editor.indent_list(self, outdent):  # else: focus on
                    if self._continued and line == self._continued:
                        # the marker Enter put there, moved a level in or out: still
                        # alone on its line, a « - » typed out of habit is absorbed
                        # (it read « - - demander… » after Shift+Tab: fresh8's G4)
                        self._continued = self.textCursor().block().text()
                    event.accept()
                    return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.isReadOnly():
            self._typed = True
            action = note_editor.key_action(event)
            if action:
                note_editor.apply_action(self, action)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                if mods == Qt.KeyboardModifier.NoModifier and note_editor.continue_list(self):
                    self._continued = self.textCursor().block().text()
                    self.ensureCursorVisible()
                    return
                if mods == Qt.KeyboardModifier.ShiftModifier:
                    self._continued = ""
                    if not note_editor.line_in_item(self):
                        # A new line like Enter's, never Qt's line separator inside the
                        # line: a list typed after it was not seen as one (Enter did not
                        # continue it, Tab did not indent it).
                        cursor = self.textCursor()
                        cursor.insertText("\n")
                        self.setTextCursor(cursor)
                    self.ensureCursorVisible()
                    return
            elif self._continued:
                if note_editor.retyped_marker(self, self._continued, event.text()):
                    self._continued = ""
                    return
                if not self.textCursor().block().text().startswith(self._continued):
                    self._continued = ""
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        busy = source.hasHtml() and len(source.html()) > 200_000  # ~0.3 s per 200 KB here
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text = note_editor.pasted_text(source)
        finally:
            if busy:
                QApplication.restoreOverrideCursor()
        if text:
            self.textCursor().insertText(text)
            self.ensureCursorVisible()


class MarkdownEditor(QWidget):
    """Write in Markdown; "Preview" shows it rendered safely. ``edited`` fires on user edits."""

    edited = Signal()
    focusLeft = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.editor = NoteTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setObjectName("markdownSource")
        self.preview = SafeBrowser()
        self.preview.setObjectName("markdownPreview")
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._notice = QLabel()
        self._notice.setProperty("role", "hint")
        self._notice.hide()
        self.versions_notice = QLabel()  # a sync kept two versions here: said in words
        self.versions_notice.setObjectName("versionsNotice")
        self.versions_notice.setProperty("role", "hint")
        self.versions_notice.setWordWrap(True)
        self.versions_notice.hide()
        #: each version heading line as shown → as stored (``set_text``, ``text``)
        self._stored_lines: dict[str, str] = {}
        self._versions_check = QTimer(self)
        self._versions_check.setSingleShot(True)
        self._versions_check.setInterval(400)
        self._versions_check.timeout.connect(self._check_versions)
        # A Python method, not the timer's own slot: PySide 6.11 keeps a string for
        # every connection to a C++ slot, forever (issue 19: one per step, per page).
        self.editor.textChanged.connect(self._versions_soon)

        self.write_button = QPushButton(self.tr("Write"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(
            self.tr("Show the text formatted: **bold**, *italic*, - lists, > quotes")
        )
        buttons = QButtonGroup(self)
        for button in (self.write_button, self.preview_button):
            button.setCheckable(True)
            button.setProperty("role", "segment")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addButton(button)
        self.write_button.setChecked(True)
        self.formatting = note_editor.FormattingBar()
        self.formatting.triggered.connect(self._format)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(0)
        bar.addWidget(self.formatting)
        bar.addStretch(1)
        bar.addWidget(self.write_button)
        bar.addWidget(self.preview_button)

        self.preview.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.versions_notice)
        layout.addWidget(self.editor)
        layout.addWidget(self.preview)
        layout.addWidget(self._notice)

        self.write_button.clicked.connect(lambda: self.show_preview(False))
        self.preview_button.clicked.connect(lambda: self.show_preview(True))
        self.editor.focusLeft.connect(self.focusLeft)
        self._connected = False
        self._connect()

    def _versions_soon(self) -> None:
        self._versions_check.start()

    def _connect(self) -> None:
        if not self._connected:
            self.editor.textChanged.connect(self.edited)
            self._connected = True

    def _disconnect(self) -> None:
        if self._connected:
            self.editor.textChanged.disconnect(self.edited)
            self._connected = False

    # -- content ---------------------------------------------------------------------------
    def text(self) -> str:
        """The text as stored: each version heading line shown in words goes back to
        its stored form (a line the person changed is their words)."""
        # Qt's toPlainText turns a no-break space into a plain one (« Réunion : »
        # saved as « Réunion : », a line then broken before the colon in print): the
        # raw text keeps it, its paragraph and line separators read as line breaks.
        text = self.editor.document().toRawText().replace("\u2029", "\n").replace(
            "\u2028", "\n")
        return versions_as_stored(text, self._stored_lines)

    def _shown(self, text: str) -> str:
        """``text`` as the field shows it: each stored version heading line in words."""
        shown, self._stored_lines = versions_in_words(text)
        return shown

    def set_text(self, text: str) -> None:
        """Load text without it counting as an edit (and with an empty undo history)."""
        self._disconnect()
        try:
            shown = self._shown(text)
            self.editor.version_lines.clear()
            self.editor.version_lines.update(self._stored_lines)
            self.editor.setPlainText(shown)
        finally:
            self._connect()
        self._versions_check.stop()
        self._check_versions()
        if self.is_previewing:
            self._render()

    def _check_versions(self) -> None:
        """Say, above the text, that it holds versions a sync kept, and what to do."""
        from carnet.domain.sync import OTHER_VERSION_HEADING, split_versions

        text = self.text()
        versions = split_versions(text)[1] if OTHER_VERSION_HEADING in text else []
        if versions:
            self.editor.mark_versions()
        else:
            self.versions_notice.hide()
            return
        when = ", ".join(version_moment(v.when) for v in versions[:3])
        self.versions_notice.setText(
            (self.tr("This text holds another version, written at the same time on another "
                     "device and brought by a sync or an import (%1): it follows the line "
                     "« Other version ». Keep what you want and delete the rest.")
             if len(versions) == 1 else
             self.tr("This text holds %n other versions, written at the same time on other "
                     "devices and brought by a sync or an import (%1): each follows a line "
                     "« Other version ». Keep what you want and delete the rest.", None,
                     len(versions)))
            .replace("%1", when))
        self.versions_notice.setVisible(not self.is_previewing)

    def clear_content(self) -> None:
        """Forget the text, the preview and the undo history (locking)."""
        self.set_text("")
        self.preview.clear()
        self.editor.document().clearUndoRedoStacks()

    # -- preview ------------------------------------------------------------------------------
    @property
    def is_previewing(self) -> bool:
        return not self.preview.isHidden()

    def _format(self, action: str) -> None:
        """A button of the formatting bar: as its key, in the text, focus kept there."""
        if self.is_previewing:
            return
        note_editor.apply_action(self.editor, action)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_preview(self, on: bool) -> None:
        if on:
            self._render()
            self.editor.hide()
            self.preview.show()
            self.formatting.hide()  # nothing to format in the preview
            self.versions_notice.hide()  # (the preview words each version's heading)
        else:
            self.preview.hide()
            self.editor.show()
            self.formatting.show()
            self._notice.hide()
            self.preview.clear()
            self._check_versions()
        self.preview_button.setChecked(on)
        self.write_button.setChecked(not on)

    def _render(self) -> None:
        source, cut = preview_source(self.text())
        ensure_emoji_font(source)
        body = render_note(source) if source.strip() else ""
        if not body:
            body = "<p class='alt'>" + html.escape(self.tr("Nothing written yet.")) + "</p>"
        self.preview.setHtml(body)
        tidy_lists(self.preview.document())
        self._notice.setText(
            self.tr("The preview shows the first %1 characters; the whole text is kept.").replace(
                "%1", f"{len(source):,}".replace(",", "\u202f")
            )
        )
        self._notice.setVisible(cut)
        document = self.preview.document()
        document.setTextWidth(max(200, self.editor.viewport().width()))
        height = int(document.size().height()) + 2 * self.preview.frameWidth() + 8
        self.preview.setFixedHeight(max(self.editor.height(), min(height, 520)))
