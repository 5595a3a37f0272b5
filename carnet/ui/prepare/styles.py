"""The preparation view's own look, on top of the application stylesheet (carnet.ui.style)."""

from __future__ import annotations

from carnet.ui.style import (
    ACCENT,
    ACCENT_SOFT,
    CARD,
    ERROR,
    INK,
    LINE,
    MUTED,
    PAPER,
    REFERENCE_PT,
    SERIF,
    scaled_pt,
)


def prepare_stylesheet(base_pt: float = REFERENCE_PT) -> str:
    """The view's stylesheet for a ``base_pt`` application font (sizes grow with it)."""

    def pt(size: float) -> str:
        return scaled_pt(size, base_pt)

    return f"""
QWidget#preparePage, QWidget#prepareBody {{ background: {PAPER}; }}
QLabel {{ background: transparent; }}
QLabel#prepareTitle {{ font-family: {SERIF}; font-size: {pt(19)}; color: {INK}; }}
QLabel#nextKicker, QLabel#panelKicker {{ color: {ACCENT}; font-weight: 600; font-size: {pt(9)};
    letter-spacing: 1px; }}
QLabel#nextHeading {{ font-family: {SERIF}; font-size: {pt(15)}; color: {INK}; }}
QLabel#nextWhen, QLabel#nextCounts, QLabel#fieldCaption {{ color: {MUTED}; }}
QLabel#fieldCaption {{ font-size: {pt(9)}; }}
QLabel#countdown {{ background: {ACCENT}; color: white; font-weight: 600; font-size: {pt(11)};
    border-radius: 14px; padding: 5px 14px; }}
QLabel#countdown[late="true"] {{ background: {ERROR}; }}
QLabel#feedback {{ color: {ACCENT}; font-size: {pt(9)}; }}
QLabel#feedback[state="error"] {{ color: {ERROR}; font-weight: 600; }}
QLabel#actionTitle, QLabel#topicHeading {{ font-family: {SERIF}; font-size: {pt(13)};
    color: {INK}; }}
QLabel#actionFacts {{ color: {MUTED}; }}
QLabel#actionFacts[late="true"] {{ color: {ERROR}; font-weight: 600; }}
QLabel#emptyHint {{ color: {MUTED}; font-style: italic; font-family: {SERIF};
    font-size: {pt(12)}; }}
QLabel#prompt {{ color: {MUTED}; font-style: italic; }}
QFrame#panel {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 10px; }}
QFrame#history {{ background: {PAPER}; border: none; border-left: 2px solid {ACCENT_SOFT};
    border-radius: 0; }}

QTreeView#actionTree, QListView#topicList {{ background: transparent; border: none;
    outline: 0; }}
QTreeView#actionTree::item, QListView#topicList::item {{ padding: 0; border: none;
    background: transparent; }}
QTreeView#actionTree::branch {{ background: transparent; image: none; border: none; }}

QPushButton[role="segment"] {{ background: white; border: 1px solid #d6cdbf; color: {INK};
    padding: 4px 10px; min-height: 18px; border-radius: 0; margin: 0; }}
QPushButton[role="segment"]:hover {{ background: #f3eee6; }}
QPushButton[role="segment"]:checked {{ background: {ACCENT}; color: white;
    border-color: {ACCENT}; }}
QPushButton#segmentFirst {{ border-top-left-radius: 6px; border-bottom-left-radius: 6px; }}
QPushButton#segmentLast {{ border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}

QSplitter#prepareSplit::handle, QSplitter#topicSplit::handle {{ background: transparent; }}
QTabBar::tab {{ background: transparent; color: {MUTED}; padding: 7px 16px 8px 16px;
    border: none; border-bottom: 2px solid transparent; font-weight: 600; margin-right: 4px; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; }}
QTabBar::tab:hover:!selected {{ color: {INK}; }}
"""
