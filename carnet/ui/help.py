"""The user's guide and the About dialog.

The guide ships with the app (``resources/guide/guide.<lang>.md``; the French one is
also ``docs/guide.md``) and is shown through the same safe renderer as the notes'
preview: no raw HTML, no resource loaded, no link followed. The About dialog
names the version, Carnet's licence, the libraries it is built on and the
licence of the fonts bundled for the booklet.
"""

from __future__ import annotations

import contextlib
import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet import __version__, paths
from carnet.ui import style
from carnet.ui.i18n import current_language
from carnet.ui.markdown_view import SafeBrowser, render_markdown

GUIDE_LANGUAGES = ("fr", "en")
FONT_LICENCE = ("fonts", "LICENSE-DejaVu.txt")

GUIDE_CSS = f"""
body {{ line-height: 145%; }}
h1 {{ font-family: {style.SERIF}; font-size: x-large; font-weight: 600; margin: 0 0 10px 0; }}
h2 {{ font-family: {style.SERIF}; font-size: large; font-weight: 600; color: {style.ACCENT};
      margin: 18px 0 6px 0; }}
p {{ margin: 0 0 8px 0; }}
li {{ margin: 0 0 4px 0; }}
strong {{ font-weight: 600; }}
code {{ font-family: "DejaVu Sans Mono", monospace; background: #f1ede6; }}
"""


def guide_path(lang: str | None = None) -> Path:
    """The guide in ``lang`` (the interface's language by default), else the French one."""
    lang = lang or current_language()
    folder = paths.resource_path("guide")
    for candidate in (lang, *GUIDE_LANGUAGES):
        path = folder / f"guide.{candidate}.md"
        if path.is_file():
            return path
    raise FileNotFoundError("the user's guide is missing from this installation")


def read_guide(lang: str | None = None) -> str:
    return guide_path(lang).read_text(encoding="utf-8")


def font_licence_text() -> str:
    try:
        return paths.resource_path(*FONT_LICENCE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return QCoreApplication.translate(
            "AboutDialog", "The licence file of the fonts is missing from this installation.")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return ""


def libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of what Carnet is built on, as shown in About."""
    pyside = _version("PySide6-Essentials") or _version("PySide6")
    return [
        ("Qt", qVersion(), "LGPL-3.0"),
        ("PySide6 (Qt for Python)", pyside, "LGPL-3.0"),
        ("SQLCipher", _version("sqlcipher3"),
         QCoreApplication.translate("AboutDialog", "BSD-style (Zetetic); sqlcipher3: zlib")),
        ("ReportLab", _version("reportlab"), "BSD"),
        ("Python-Markdown", _version("markdown"), "BSD-3-Clause"),
        ("platformdirs", _version("platformdirs"), "MIT"),
        ("icalendar", _version("icalendar"), "BSD-2-Clause"),
        ("Python", sys.version.split()[0], "PSF-2.0"),
    ]


class GuideWindow(QDialog):
    """The guide beside its table of contents; a window of its own, not modal."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Carnet user's guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(900, 680)

        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        self.contents.setMinimumWidth(270)
        self.contents.setMaximumWidth(320)
        self.contents.setWordWrap(True)
        self.contents.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.contents.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        palette = self.contents.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(style.ACCENT_SOFT))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(style.INK))
        self.contents.setPalette(palette)
        self.browser = SafeBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("User's guide"))
        self.browser.document().setDefaultStyleSheet(GUIDE_CSS)
        self.browser.document().setDocumentMargin(18)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 620])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the guide"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.contents, self.browser)
        QWidget.setTabOrder(self.browser, self.close_button)

        # Signals, in one place
        buttons.rejected.connect(self.close)
        self.contents.currentRowChanged.connect(self.show_section)
        self.load(lang)

    def load(self, lang: str | None = None) -> None:
        try:
            text = read_guide(lang)
        except (FileNotFoundError, OSError):
            text = "# " + self.tr("Carnet user's guide") + "\n\n" + self.tr(
                "The guide is missing from this installation of Carnet.")
        self.browser.setHtml(render_markdown(text))
        self.contents.clear()
        self._sections: list[int] = []
        block = self.browser.document().firstBlock()
        while block.isValid():
            if block.blockFormat().headingLevel() in (1, 2):
                item = QListWidgetItem(block.text())
                if block.blockFormat().headingLevel() == 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.contents.addItem(item)
                self._sections.append(block.position())
            block = block.next()
        if self.contents.count():
            self.contents.setCurrentRow(0)

    def section_titles(self) -> list[str]:
        return [self.contents.item(i).text() for i in range(self.contents.count())]

    def show_section(self, row: int) -> None:
        """Scroll the guide so the chosen heading is at the top."""
        if not 0 <= row < len(self._sections):
            return
        document = self.browser.document()
        block = document.findBlock(self._sections[row])
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top) if row else 0)

    def text(self) -> str:
        return self.browser.toPlainText()


class AboutDialog(QDialog):
    """Version, licence, libraries and fonts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Carnet"))
        self.setMinimumSize(560, 500)

        icon = QLabel()
        pixmap = QGuiApplication.windowIcon().pixmap(64, 64)
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
        icon.setFixedSize(72, 72)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = style.label("Carnet", "title")
        self.version_label = style.label(self.tr("Version %1").replace("%1", __version__),
                                         "subtitle")
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tagline = style.label(
            self.tr("A personal, encrypted logbook for peer-practice groups: co-développement, "
                    "RPM/RPP, ateliers de pratique managériale, échanges de pratiques."),
            "muted", wrap=True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(name)
        heading.addWidget(self.version_label)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("aboutTabs")
        self.tabs.setAccessibleName(self.tr("About Carnet"))
        self.tabs.addTab(self._licence_tab(), self.tr("&Licence"))
        self.tabs.addTab(self._libraries_tab(), self.tr("Li&braries"))
        self.tabs.addTab(self._fonts_tab(), self.tr("&Fonts"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.tabs, self.close_button)

    def _licence_tab(self) -> QWidget:
        page = QWidget()
        text = style.label(
            self.tr("Carnet is free software: you can redistribute it and/or modify it under "
                    "the terms of the GNU General Public License as published by the Free "
                    "Software Foundation, either version 3 of the License, or (at your option) "
                    "any later version (GPL-3.0-or-later).\n\n"
                    "Carnet is distributed in the hope that it will be useful, but WITHOUT ANY "
                    "WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS "
                    "FOR A PARTICULAR PURPOSE. See the GNU General Public License for more "
                    "details: https://www.gnu.org/licenses/gpl-3.0.html"), wrap=True)
        text.setObjectName("licenceText")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(text)
        layout.addStretch(1)
        # Under a large font the text is taller than the tab: it scrolls, never cut.
        scroll = QScrollArea()
        scroll.setObjectName("licenceScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        return scroll

    def _libraries_tab(self) -> QWidget:
        page = QWidget()
        intro = style.label(self.tr("Carnet is built on these free libraries:"), wrap=True)
        self.libraries = QTreeWidget()
        self.libraries.setObjectName("aboutLibraries")
        self.libraries.setAccessibleName(self.tr("Libraries and their licences"))
        self.libraries.setRootIsDecorated(False)
        self.libraries.setHeaderLabels([self.tr("Library"), self.tr("Version"),
                                        self.tr("Licence")])
        for name, version, licence in libraries():
            QTreeWidgetItem(self.libraries, [name, version, licence])
        for column in range(3):
            self.libraries.resizeColumnToContents(column)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(intro)
        layout.addWidget(self.libraries, 1)
        return page

    def _fonts_tab(self) -> QWidget:
        page = QWidget()
        intro = style.label(
            self.tr("The booklet is typeset with the DejaVu Sans fonts, bundled with Carnet. "
                    "DejaVu fonts: Bitstream Vera licence; DejaVu changes are in the public "
                    "domain; glyphs from the Arev fonts © Tavmjong Bah. The full licence:"),
            wrap=True)
        self.font_licence = QPlainTextEdit(font_licence_text())
        self.font_licence.setObjectName("fontLicence")
        self.font_licence.setReadOnly(True)
        self.font_licence.setTabChangesFocus(True)
        self.font_licence.setAccessibleName(self.tr("Licence of the DejaVu fonts"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(intro)
        layout.addWidget(self.font_licence, 1)
        return page

    def all_text(self) -> str:
        """Every text the dialog shows (for tests and screen readers' sake)."""
        parts = [label.text() for label in self.findChildren(QLabel)]
        parts.append(self.font_licence.toPlainText())
        for row in range(self.libraries.topLevelItemCount()):
            item = self.libraries.topLevelItem(row)
            parts.append(" ".join(item.text(c) for c in range(3)))
        return "\n".join(parts)


# -- entry points (tests replace ``run_dialog``) --------------------------------------------


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_about(parent: QWidget | None) -> None:
    dialog = AboutDialog(parent)
    try:
        run_dialog(dialog)
    finally:
        dialog.deleteLater()


def show_guide(parent: QWidget | None, existing: GuideWindow | None = None) -> GuideWindow:
    """Show the guide (reusing ``existing`` when it is still there); the window."""
    window = existing
    if window is None:
        window = GuideWindow(parent)
    window.show()
    window.raise_()
    with contextlib.suppress(RuntimeError):
        window.activateWindow()
    window.contents.setFocus(Qt.FocusReason.OtherFocusReason)
    return window
