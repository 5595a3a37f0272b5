"""The session editor's own look, on top of the application stylesheet (carnet.ui.style).

Two things vary with the person's desktop, and the page follows both:

* **Text size.** Every font size is a ratio of the application font (the page was
  drawn for 10 pt): a person who enlarges the interface font gets a larger page,
  titles included. Sizes are points derived from that font, never pixels.
* **Light or dark.** The page sets its backgrounds, so it must set its text colours
  to match — a light card under a dark palette's light text is unreadable. The
  scheme is the one the rest of the application shows (:func:`is_dark_scheme`):
  light under Carnet's stylesheet, which paints everything on paper, dark when a
  dark palette is in force without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from carnet.ui import style

#: The font size the page's proportions were drawn for.
REFERENCE_PT = 10.0


@dataclass(frozen=True)
class Colours:
    paper: str
    card: str
    ink: str
    muted: str
    line: str
    accent: str  # text and marks in the accent colour
    accent_soft: str  # quiet highlight behind accent text
    badge: str  # filled accent behind white text
    warm: str
    error: str
    field: str  # background of text fields and scale buttons
    field_line: str
    placeholder: str


LIGHT = Colours(
    paper=style.PAPER,
    card=style.CARD,
    ink=style.INK,
    muted=style.MUTED,
    line=style.LINE,
    accent=style.ACCENT,
    accent_soft=style.ACCENT_SOFT,
    badge=style.ACCENT,
    warm=style.WARM,
    error=style.ERROR,
    field="#ffffff",
    field_line="#d6cdbf",
    placeholder="#9a9288",
)

#: The same calm paper at night: warm greys, the teal lightened to stay legible.
DARK = Colours(
    paper="#1f1e1c",
    card="#282624",
    ink="#ebe6dd",
    muted="#aaa297",
    line="#3d3a35",
    accent="#8cc3c8",
    accent_soft="#2d4446",
    badge="#3f7c82",
    warm="#e3a566",
    error="#ef9a86",
    field="#302d2a",
    field_line="#4b4740",
    placeholder="#8a8378",
)


def base_point_size() -> float:
    """The application font's size in points (pixel-sized fonts converted)."""
    size = QFontInfo(QApplication.font()).pointSizeF()
    return size if size > 0 else REFERENCE_PT


def is_dark_scheme() -> bool:
    """True when the application shows light text, i.e. dark backgrounds.

    A fresh widget is polished with the application stylesheet, so its text colour
    is the one every other view shows (Carnet's stylesheet sets dark ink).
    """
    probe = QWidget()
    try:
        probe.ensurePolished()
        return probe.palette().color(QPalette.ColorRole.WindowText).lightness() > 128
    finally:
        probe.deleteLater()


def editor_palette(colours: Colours) -> QPalette:
    """A palette matching the stylesheet, for what it does not paint (placeholders…)."""
    palette = QPalette(QApplication.palette())
    roles = {
        QPalette.ColorRole.Window: colours.paper,
        QPalette.ColorRole.WindowText: colours.ink,
        QPalette.ColorRole.Base: colours.field,
        QPalette.ColorRole.AlternateBase: colours.card,
        QPalette.ColorRole.Text: colours.ink,
        QPalette.ColorRole.Button: colours.card,
        QPalette.ColorRole.ButtonText: colours.ink,
        QPalette.ColorRole.PlaceholderText: colours.placeholder,
        QPalette.ColorRole.ToolTipBase: colours.card,
        QPalette.ColorRole.ToolTipText: colours.ink,
        QPalette.ColorRole.Highlight: colours.badge,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: colours.accent,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in roles.items():
            palette.setColor(group, role, QColor(colour))
    disabled = QColor(colours.muted)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def editor_stylesheet(base_pt: float = REFERENCE_PT, dark: bool = False) -> str:
    """The page's stylesheet for a ``base_pt`` application font, light or dark."""
    c = DARK if dark else LIGHT
    k = base_pt / REFERENCE_PT

    def pt(size: float) -> str:
        return f"{size * k:.1f}pt"

    def px(size: int) -> str:
        return f"{max(1, round(size * k))}px"

    serif = style.SERIF
    sheet = f"""
QWidget#sessionPage, QWidget#sessionStage, QScrollArea#sessionScroll,
QWidget#placeholderPage {{
    background: {c.paper}; }}
QLabel {{ background: transparent; }}  /* text: the editor's palette, or a rule below */
QLabel[role="hint"] {{ color: {c.muted}; font-size: {pt(9)}; }}
QLabel#groupName {{ color: {c.accent}; font-weight: 600; font-size: {pt(9)};
    letter-spacing: 1px; }}
QLabel#sessionHeading {{ font-family: {serif}; font-size: {pt(21)}; color: {c.ink}; }}
QLineEdit#sessionTitle {{ font-family: {serif}; font-size: {pt(13)}; font-style: italic;
    color: {c.ink}; background: transparent; border: none; border-bottom: 1px solid {c.line};
    border-radius: 0; padding: 4px 0; }}
QLineEdit#sessionTitle:focus {{ border-bottom: 1px solid {c.accent}; }}
QSpinBox#sessionNumber {{ padding-right: 2px; }}
QSpinBox#sessionNumber::up-button, QSpinBox#sessionNumber::down-button {{ width: 0px;
    border: none; }}
QSpinBox#sessionNumber::up-arrow, QSpinBox#sessionNumber::down-arrow {{ image: none; width: 0px;
    height: 0px; }}
QLabel#fieldCaption, QLabel#subLabel {{ color: {c.muted}; font-size: {pt(9)}; }}
QLabel#subLabel {{ padding-top: 4px; font-weight: 600; }}

QLabel#partNumber {{ background: {c.badge}; color: white; font-weight: 600;
    font-size: {pt(11)}; border-radius: {px(13)}; min-width: {px(28)}; max-width: {px(28)};
    min-height: {px(28)}; max-height: {px(28)}; qproperty-alignment: AlignCenter; }}
QLabel#partTitle {{ font-family: {serif}; font-size: {pt(16)}; color: {c.ink}; }}
QLabel#partIntro {{ color: {c.muted}; font-style: italic; }}

QFrame#stepSection {{ background: {c.card}; border: 1px solid {c.line}; border-radius: 10px; }}
QLabel#stepTitle {{ font-size: {pt(12)}; font-weight: 600; color: {c.ink}; }}
QLabel#prompt {{ color: {c.muted}; font-style: italic; }}
QLabel#objectiveTitle {{ color: {c.ink}; }}
QLabel#unsavedMark {{ color: {c.error}; font-weight: 600; font-size: {pt(9)}; }}
QComboBox#emotionCombo[needed="true"] {{ border: 1px solid {c.accent}; }}
QLabel#emptyHint {{ color: {c.muted}; font-style: italic; }}
QLabel#placeholder {{ color: {c.muted}; font-family: {serif}; font-size: {pt(14)}; }}
QLabel#loadError {{ color: {c.error}; }}
QDateEdit[refused="true"], QDateEdit[refused="true"]:focus {{ border: 1px solid {c.error}; }}

QPlainTextEdit#markdownSource {{ font-size: {pt(11)}; padding: 4px 6px;
    background: {c.field}; color: {c.ink}; }}
QTextBrowser#markdownPreview {{ font-size: {pt(11)}; background: {c.paper}; color: {c.ink};
    border-radius: 6px; padding: 4px 6px; }}
QPushButton[role="segment"] {{ background: transparent; border: 1px solid {c.line};
    color: {c.muted}; padding: 2px 10px; min-height: {px(16)}; font-size: {pt(9)};
    border-radius: 0; }}
QPushButton[role="segment"]:first {{ border-top-left-radius: 5px;
    border-bottom-left-radius: 5px; }}
QPushButton[role="segment"]:last {{ border-top-right-radius: 5px;
    border-bottom-right-radius: 5px; }}
QPushButton[role="segment"]:checked {{ background: {c.accent_soft}; color: {c.accent};
    border-color: {c.accent_soft}; }}
QPushButton[role="segment"]:focus, QToolButton:focus {{ border: 1px solid {c.accent}; }}

QPushButton[role="status"] {{ background: {c.field}; color: {c.muted};
    border: 1px solid {c.field_line}; border-radius: 0; padding: 4px 12px;
    min-height: {px(18)}; }}
QPushButton[role="status"][edge="first"] {{ border-top-left-radius: 6px;
    border-bottom-left-radius: 6px; border-right: none; }}
QPushButton[role="status"][edge="middle"] {{ border-right: none; }}
QPushButton[role="status"][edge="last"] {{ border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }}
QPushButton[role="status"]:hover {{ color: {c.ink}; }}
QPushButton[role="status"][status="planned"]:checked {{ background: {c.accent_soft};
    color: {c.accent}; border-color: {c.accent}; }}
QPushButton[role="status"][status="held"]:checked {{ background: {c.badge}; color: white;
    border-color: {c.badge}; }}
QPushButton[role="status"][status="missed"]:checked {{ background: {c.line}; color: {c.ink};
    border-color: {c.muted}; }}
QPushButton[role="status"][focused="true"]:checked {{ border: 2px solid {c.accent}; }}
QLabel#autoStatusText {{ color: {c.accent}; }}

QToolButton[role="star"] {{ color: {c.warm}; font-size: {pt(16)}; border: none;
    padding: 0 1px; background: transparent; }}
QToolButton[role="star"]:focus {{ border: 1px solid {c.accent}; border-radius: 4px; }}
QToolButton[role="star"]:disabled {{ color: {c.line}; }}
QPushButton[role="star"] {{ color: {c.warm}; font-size: {pt(16)}; border: none;
    padding: 1px 8px; background: transparent; min-height: 0; }}
QPushButton[role="star"]:focus {{ border: 1px solid {c.accent}; border-radius: 4px; }}
QPushButton[role="star"]:disabled {{ color: {c.line}; }}
QPushButton[role="scale"] {{ border: 1px solid {c.line}; border-radius: {px(10)}; padding: 0;
    min-width: {px(22)}; min-height: {px(22)}; max-width: {px(22)}; max-height: {px(22)};
    color: {c.muted}; background: {c.field}; }}
QPushButton[role="scale"]:checked {{ background: {c.badge}; border-color: {c.badge};
    color: white; }}
QPushButton[role="scale"]:focus {{ border: 2px solid {c.accent}; }}
QPushButton[role="scale"]:disabled {{ color: {c.line}; }}
QToolButton[role="rowtool"] {{ color: {c.muted}; font-size: {pt(13)}; border: none;
    background: transparent; padding: 0 4px; }}
QToolButton[role="rowtool"]:hover {{ color: {c.error}; }}
QToolButton[role="rowtool"]:focus {{ color: {c.error}; border: 1px solid {c.accent};
    border-radius: 4px; }}

QWidget#toc {{ background: {c.paper}; border-left: 1px solid {c.line}; }}
QLabel#tocTitle {{ color: {c.muted}; font-size: {pt(9)}; font-weight: 600;
    letter-spacing: 1px; }}
QLabel#tocEntry {{ color: {c.muted}; padding: 4px 6px; border-radius: 5px; }}
QLabel#tocEntry:hover {{ background: {c.accent_soft}; }}
QLabel#tocEntry[current="true"] {{ color: {c.accent}; font-weight: 600; }}
QLabel#saveState {{ color: {c.muted}; font-size: {pt(9)}; }}
QLabel#saveState[state="error"] {{ color: {c.error}; font-weight: 600; }}
"""
    if dark:
        # Without Carnet's (light) stylesheet the fields are the platform's: give them
        # the page's colours so a field never shows dark text on a dark ground.
        sheet += f"""
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit, QComboBox {{
    background: {c.field}; color: {c.ink}; border: 1px solid {c.field_line};
    border-radius: 6px; padding: 4px 6px; selection-background-color: {c.badge};
    selection-color: white; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDateEdit:focus,
QComboBox:focus {{ border: 1px solid {c.accent}; }}
QLineEdit:disabled, QPlainTextEdit:disabled {{ color: {c.muted}; }}
QComboBox QAbstractItemView {{ background: {c.card}; color: {c.ink};
    selection-background-color: {c.accent_soft}; selection-color: {c.ink}; }}
QPushButton {{ background: {c.card}; color: {c.ink}; border: 1px solid {c.field_line};
    border-radius: 6px; padding: 5px 12px; }}
QPushButton:disabled {{ color: {c.muted}; }}
QPushButton[role="link"] {{ background: transparent; border: none; color: {c.accent};
    padding: 2px 0; }}
"""
    return sheet


#: The light sheet at the reference size (kept for code that imported the constant).
EDITOR_STYLESHEET = editor_stylesheet()
