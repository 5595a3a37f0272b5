"""The session editor's own look, on top of the application stylesheet (carnet.ui.style)."""

from __future__ import annotations

from carnet.ui.style import ACCENT, ACCENT_SOFT, CARD, ERROR, INK, LINE, MUTED, PAPER, SERIF, WARM

EDITOR_STYLESHEET = f"""
QWidget#sessionPage, QScrollArea#sessionScroll, QWidget#placeholderPage {{
    background: {PAPER}; }}
QLabel {{ background: transparent; }}
QLabel#groupName {{ color: {ACCENT}; font-weight: 600; font-size: 9pt; letter-spacing: 1px; }}
QLabel#sessionHeading {{ font-family: {SERIF}; font-size: 21pt; color: {INK}; }}
QLineEdit#sessionTitle {{ font-family: {SERIF}; font-size: 13pt; font-style: italic;
    background: transparent; border: none; border-bottom: 1px solid {LINE}; border-radius: 0;
    padding: 4px 0; }}
QLineEdit#sessionTitle:focus {{ border-bottom: 1px solid {ACCENT}; }}
QSpinBox#sessionNumber {{ padding-right: 2px; }}
QSpinBox#sessionNumber::up-button, QSpinBox#sessionNumber::down-button {{ width: 0px;
    border: none; }}
QSpinBox#sessionNumber::up-arrow, QSpinBox#sessionNumber::down-arrow {{ image: none; width: 0px;
    height: 0px; }}
QLabel#fieldCaption, QLabel#subLabel {{ color: {MUTED}; font-size: 9pt; }}
QLabel#subLabel {{ padding-top: 4px; font-weight: 600; }}

QLabel#partNumber {{ background: {ACCENT}; color: white; font-weight: 600; font-size: 11pt;
    border-radius: 14px; min-width: 28px; max-width: 28px; min-height: 28px; max-height: 28px;
    qproperty-alignment: AlignCenter; }}
QLabel#partTitle {{ font-family: {SERIF}; font-size: 16pt; color: {INK}; }}

QFrame#stepSection {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 10px; }}
QLabel#stepTitle {{ font-size: 12pt; font-weight: 600; color: {INK}; }}
QLabel#prompt {{ color: {MUTED}; font-style: italic; }}
QLabel#unsavedMark {{ color: {ERROR}; font-weight: 600; font-size: 9pt; }}
QLabel#emptyHint {{ color: {MUTED}; font-style: italic; }}
QLabel#placeholder {{ color: {MUTED}; font-family: {SERIF}; font-size: 14pt; }}
QLabel#loadError {{ color: {ERROR}; }}

QPlainTextEdit#markdownSource {{ font-size: 11pt; padding: 4px 6px; background: white; }}
QTextBrowser#markdownPreview {{ font-size: 11pt; background: {PAPER}; border-radius: 6px;
    padding: 4px 6px; }}
QPushButton[role="segment"] {{ background: transparent; border: 1px solid {LINE};
    color: {MUTED}; padding: 2px 10px; min-height: 16px; font-size: 9pt; border-radius: 0; }}
QPushButton[role="segment"]:first {{ border-top-left-radius: 5px;
    border-bottom-left-radius: 5px; }}
QPushButton[role="segment"]:last {{ border-top-right-radius: 5px;
    border-bottom-right-radius: 5px; }}
QPushButton[role="segment"]:checked {{ background: {ACCENT_SOFT}; color: {ACCENT};
    border-color: {ACCENT_SOFT}; }}

QToolButton[role="star"] {{ color: {WARM}; font-size: 16pt; border: none; padding: 0 1px;
    background: transparent; }}
QToolButton[role="star"]:disabled {{ color: {LINE}; }}
QToolButton[role="scale"] {{ border: 1px solid {LINE}; border-radius: 12px; min-width: 22px;
    min-height: 22px; max-width: 22px; max-height: 22px; color: {MUTED}; background: white; }}
QToolButton[role="scale"]:checked {{ background: {ACCENT}; border-color: {ACCENT};
    color: white; }}
QToolButton[role="scale"]:disabled {{ color: {LINE}; }}
QToolButton[role="rowtool"] {{ color: {MUTED}; font-size: 13pt; border: none;
    background: transparent; padding: 0 4px; }}
QToolButton[role="rowtool"]:hover {{ color: {ERROR}; }}

QWidget#toc {{ background: {PAPER}; border-left: 1px solid {LINE}; }}
QLabel#tocTitle {{ color: {MUTED}; font-size: 9pt; font-weight: 600; letter-spacing: 1px; }}
QLabel#tocEntry {{ color: {MUTED}; padding: 4px 6px; border-radius: 5px; }}
QLabel#tocEntry:hover {{ background: {ACCENT_SOFT}; }}
QLabel#tocEntry[current="true"] {{ color: {ACCENT}; font-weight: 600; }}
QLabel#saveState {{ color: {MUTED}; font-size: 9pt; }}
QLabel#saveState[state="error"] {{ color: {ERROR}; font-weight: 600; }}
"""
