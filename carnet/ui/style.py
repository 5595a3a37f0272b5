"""The look of Carnet: a calm, paper-like light theme and a few drawn icons.

One stylesheet for the whole application; widgets opt into its variants with
object names or the ``role`` dynamic property (``title``, ``subtitle``, ``muted``,
``card``, ``primary``, ``link``, ``error``, ``hint``…) rather than local styles.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QEvent, QObject, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carnet import paths

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractSpinBox

PAPER = "#f7f4ee"
SIDEBAR = "#efe9df"
CARD = "#fffdf9"
INK = "#2c2a26"
MUTED = "#7a7268"
LINE = "#e2dacd"
ACCENT = "#2f5d62"  # deep teal ink
ACCENT_SOFT = "#dfeae8"
WARM = "#b5651d"
ERROR = "#a23b2a"
SERIF = '"Source Serif 4", "Source Serif Pro", Georgia, "DejaVu Serif", serif'

#: What the first screen sets through Qt's property system, by value: PySide builds its
#: ``Qt`` namespace (93 enum classes, ~20 ms) at first use, and the unlock window is
#: painted before that (tests/ui/test_first_screen.py checks each against its enum).
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
TAB_FOCUS = 1  # Qt.FocusPolicy.TabFocus

#: The application font size the stylesheets were drawn for: their font sizes are
#: ratios of it, so a person who enlarges the desktop font gets larger titles and hints.
REFERENCE_PT = 10.0


def app_point_size() -> float:
    """The application font's size in points (a pixel-sized font converted)."""
    size = QFontInfo(QApplication.font()).pointSizeF()
    return size if size > 0 else REFERENCE_PT


def scaled_pt(size: float, base_pt: float = REFERENCE_PT) -> str:
    """``size`` points at the reference font, for a ``base_pt`` application font."""
    return f"{size * base_pt / REFERENCE_PT:.1f}pt"


def stylesheet(base_pt: float = REFERENCE_PT) -> str:
    """The application stylesheet for a ``base_pt`` application font."""

    def pt(size: float) -> str:
        return scaled_pt(size, base_pt)

    return f"""
QMainWindow, QStackedWidget#pages, QWidget#page {{ background: {PAPER}; }}
QWidget {{ color: {INK}; }}
QToolTip {{ background: {CARD}; color: {INK}; border: 1px solid {LINE}; padding: 4px; }}

QMenuBar {{ background: {PAPER}; border-bottom: 1px solid {LINE}; }}
QMenuBar::item {{ padding: 4px 10px; background: transparent; }}
QMenuBar::item:selected {{ background: {ACCENT_SOFT}; border-radius: 4px; }}
QMenu {{ background: {CARD}; border: 1px solid {LINE}; padding: 4px; }}
QMenu::item {{ padding: 5px 28px 5px 20px; border-radius: 4px; }}
QMenu::item:selected {{ background: {ACCENT_SOFT}; color: {INK}; }}
QMenu::item:disabled {{ color: #b3aca2; }}
QMenu::separator {{ height: 1px; background: {LINE}; margin: 4px 8px; }}

QToolBar {{ background: {PAPER}; border: none; border-bottom: 1px solid {LINE};
           padding: 4px 8px; spacing: 6px; }}
QToolBar QToolButton {{ padding: 5px 10px; border-radius: 6px; color: {INK}; }}
QToolBar QToolButton:hover {{ background: {ACCENT_SOFT}; }}
QToolBar QToolButton:disabled {{ color: #b3aca2; }}
QToolBar QToolButton#qt_toolbar_ext_button {{ padding: 0px; min-width: 16px; }}

QStatusBar {{ background: {PAPER}; border-top: 1px solid {LINE}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}

QLabel[role="title"] {{ font-family: {SERIF}; font-size: {pt(22)}; color: {INK}; }}
QLabel[role="heading"] {{ font-family: {SERIF}; font-size: {pt(15)}; color: {INK}; }}
QLabel[role="section"] {{ font-weight: 600; color: {ACCENT}; font-size: {pt(10)};
                          text-transform: uppercase; letter-spacing: 1px; }}
QLabel[role="subtitle"] {{ color: {MUTED}; font-size: {pt(11)}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="hint"] {{ color: {MUTED}; font-size: {pt(9)}; }}
QLabel[role="error"] {{ color: {ERROR}; font-weight: 600; }}
QLabel[role="ok"] {{ color: {ACCENT}; }}
QLabel[role="warning"] {{ background: #fbf1e4; border: 1px solid #ecd3b0; border-radius: 6px;
                          padding: 10px 12px; color: #6b4416; }}
QLabel[role="notice"] {{ background: {ACCENT_SOFT}; border-radius: 6px; padding: 10px 12px;
                         color: {ACCENT}; }}
QLabel[role="demo"] {{ background: #fff3c4; border: 1px dashed #d9b84a; border-radius: 6px;
                       padding: 8px 12px; color: #5a4a10; font-weight: 600; }}

QFrame[role="card"] {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 10px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="rule"] {{ background: {LINE}; max-height: 1px; min-height: 1px; border: none; }}

QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit, QComboBox {{
    background: white; border: 1px solid #d6cdbf; border-radius: 6px; padding: 5px 8px;
    selection-background-color: {ACCENT}; selection-color: white; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDateEdit:focus,
QComboBox:focus {{ border: 1px solid {ACCENT}; }}
QDateEdit[refused="true"], QDateEdit[refused="true"]:focus {{ border: 1px solid {ERROR}; }}
QLineEdit:disabled {{ background: #f1ede6; color: {MUTED}; }}
QComboBox, QDateEdit, QSpinBox {{ padding-right: 22px; }}
QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: center right; border: none; width: 22px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url(carnet:chevron-down.svg);
    width: 10px; height: 10px; }}
QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border; width: 20px;
    border: none; background: transparent; }}
QSpinBox::up-button {{ subcontrol-position: top right; margin-top: 2px; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; margin-bottom: 2px; }}
QSpinBox::up-arrow {{ image: url(carnet:chevron-up.svg); width: 9px; height: 9px; }}
QSpinBox::down-arrow {{ image: url(carnet:chevron-down.svg); width: 9px; height: 9px; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: {ACCENT_SOFT}; }}
QComboBox QAbstractItemView {{ background: {CARD}; border: 1px solid {LINE};
    selection-background-color: {ACCENT_SOFT}; selection-color: {INK}; outline: 0; }}

/* Return on a focused push button presses it, as in dialogs (see docs/guide.md). */
QPushButton {{ qproperty-autoDefault: true; }}
QPushButton {{ background: {CARD}; border: 1px solid #d6cdbf; border-radius: 6px;
               padding: 6px 14px; min-height: 20px; }}
QPushButton:hover {{ background: #f3eee6; }}
QPushButton:pressed {{ background: #ebe4d8; }}
QPushButton:disabled {{ color: #b3aca2; background: #f4f0ea; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT};
                               font-weight: 600; padding: 7px 18px; }}
QPushButton[role="primary"]:hover {{ background: #27504f; }}
QPushButton[role="primary"]:disabled {{ background: #9fb5b3; border-color: #9fb5b3; }}
QPushButton[role="link"] {{ background: transparent; border: none; color: {ACCENT};
                            padding: 2px 0; text-align: left; }}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}

QProgressBar {{ background: {LINE}; border: none; border-radius: 3px; max-height: 6px;
                min-height: 6px; text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}

QWidget#sidebar {{ background: {SIDEBAR}; }}
QWidget#sidebar QTreeView {{ background: {SIDEBAR}; border: none; outline: 0;
                             padding: 2px 4px; }}
QWidget#sidebar QTreeView::item {{ padding: 5px 4px; border-radius: 5px; }}
QWidget#sidebar QTreeView::item:hover {{ background: #e6dfd2; }}
QWidget#sidebar QTreeView::item:selected {{ background: {ACCENT_SOFT}; color: {INK}; }}
QWidget#sidebar QTreeView::branch {{ background: transparent; }}
QWidget#sidebar QTreeView::branch:selected {{ background: {ACCENT_SOFT}; }}
QWidget#sidebar QTreeView::branch:has-children:closed {{ image: url(carnet:chevron-right.svg); }}
QWidget#sidebar QTreeView::branch:has-children:open {{ image: url(carnet:chevron-down.svg); }}
QWidget#sidebar QPushButton[role="nav"] {{ background: transparent; border: none;
    text-align: left; padding: 7px 12px; border-radius: 6px; font-weight: 600; }}
QWidget#sidebar QPushButton[role="nav"]:hover {{ background: #e6dfd2; }}
QWidget#sidebar QPushButton[role="nav"]:checked {{ background: {ACCENT_SOFT}; color: {ACCENT}; }}
QSplitter::handle {{ background: {LINE}; }}
QSplitter::handle:horizontal {{ width: 1px; }}

QListWidget::item {{ padding: 5px 6px; }}
QTableWidget, QListWidget {{ background: white; border: 1px solid #d6cdbf; border-radius: 6px;
                            gridline-color: {LINE}; }}
QHeaderView::section {{ background: {SIDEBAR}; border: none; border-bottom: 1px solid {LINE};
                        padding: 5px 8px; color: {MUTED}; font-weight: 600; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollBar:vertical {{ background: transparent; width: 11px; margin: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 11px; margin: 0; }}
QScrollBar::handle {{ background: #d9d0c2; border-radius: 4px; margin: 2px; }}
QScrollBar::handle:hover {{ background: #c4b9a8; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


def apply_style(app: QApplication, *, fusion_set: bool = False) -> None:
    """Install the Fusion style, the stylesheet and a readable base font (``fusion_set``:
    the application was created with ``-style Fusion`` already)."""
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    if not fusion_set:
        app.setStyle("Fusion")
    with contextlib.suppress(FileNotFoundError):
        QDir.addSearchPath("carnet", str(paths.resource_path("icons", "ui")))
    app.setStyleSheet(stylesheet(app_point_size()))


def item_view_style(selector: str) -> str:
    """The app's card look for a list, table or tree (text colour included, so it
    stays readable whatever the system palette)."""
    return (
        f"{selector} {{ background: {CARD}; alternate-background-color: #f7f3ec; "
        f"color: {INK}; border: 1px solid {LINE}; border-radius: 8px; "
        f"gridline-color: {LINE}; outline: 0; "
        f"selection-background-color: {ACCENT_SOFT}; selection-color: {INK}; }}"
        f"{selector}::item:selected {{ background: {ACCENT_SOFT}; color: {INK}; }}"
    )


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give a widget one of the stylesheet's variants."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    return widget


def label(text: str = "", role: str | None = None, *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setProperty("textFormat", PLAIN_TEXT)  # never rich text (see PLAIN_TEXT)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    return widget


def card(
    parent: QWidget | None = None, margins: int = 18, spacing: int = 8
) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins - 2, margins, margins)
    layout.setSpacing(spacing)
    return frame, layout


def pad_spin_box(spin: QAbstractSpinBox) -> QAbstractSpinBox:
    """Stylesheets do not pad a spin box's text; its inner line edit can be."""
    editor = spin.findChild(QLineEdit)
    if editor is not None:
        editor.setTextMargins(5, 0, 0, 0)
    return spin


def rule() -> QFrame:
    line = QFrame()
    line.setProperty("role", "rule")
    return line


def serif_font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["Source Serif 4", "Source Serif Pro", "Georgia", "DejaVu Serif", "serif"])
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """Small drawn markers: held ● (with a tick), planned ○, missed ⊘."""
    from PySide6.QtCore import Qt

    if status in _ICONS:
        return _ICONS[status]
    size = 16
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(2.5, 2.5, size - 5, size - 5)
    if status == "held":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ACCENT))
        painter.drawEllipse(box)
        pen = QPen(QColor("white"), 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPolyline([QPointF(5.3, 8.2), QPointF(7.2, 10.1), QPointF(10.8, 6.1)])
    elif status == "missed":
        painter.setPen(QPen(QColor("#a59d92"), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.drawLine(QPointF(5, 11), QPointF(11, 5))
    else:
        painter.setPen(QPen(QColor(ACCENT), 1.4))
        painter.setBrush(QColor(CARD))
        painter.drawEllipse(box)
    painter.end()
    _ICONS[status] = QIcon(pixmap)
    return _ICONS[status]


def group_icon() -> QIcon:
    from PySide6.QtCore import Qt

    if "group" not in _ICONS:
        size, ratio = 16, 2
        pixmap = QPixmap(size * ratio, size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(WARM))
        for x, y in ((5.0, 5.5), (11.0, 5.5), (8.0, 10.5)):
            painter.drawEllipse(QPointF(x, y), 2.6, 2.6)
        painter.end()
        _ICONS["group"] = QIcon(pixmap)
    return _ICONS["group"]


def eye_icon() -> QIcon:
    """The "show the passphrase" toggle inside password fields.

    Drawn on the first screen, so with calls whose arguments PySide resolves without
    building its ``Qt`` namespace (see ``PLAIN_TEXT``): ``setPen``, ``setBrush`` and
    ``QBrush(color)`` would build it. Strokes only — the outline; the pupil's edge; its
    inside as a stroke as wide as its radius — pixel for pixel the ellipse drawn with a
    pen and a filled pupil it was (tests/ui/test_first_screen.py compares them).
    """
    if "eye" not in _ICONS:
        size, ratio = 16, 2
        pixmap = QPixmap(size * ratio, size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for width, shape in ((1.3, QRectF(1.5, 4.5, 13, 7)), (1.3, (QPointF(8, 8), 2.2)),
                             (2.2, (QPointF(8, 8), 1.1))):
            pen = QPen()
            pen.setColor(QColor(MUTED))
            pen.setWidthF(width)
            path = QPainterPath()
            if isinstance(shape, QRectF):
                path.addEllipse(shape)
            else:
                centre, radius = shape
                path.addEllipse(centre, radius, radius)
            painter.strokePath(path, pen)
        painter.end()
        _ICONS["eye"] = QIcon(pixmap)
    return _ICONS["eye"]


class _KeepTextOut(QObject):
    """The eye has the focus but the letters typed go nowhere.

    The eye sits inside the passphrase field: a key it does not use goes on to its
    parent, the field. Someone who pressed Tab to reach « Confirm » and landed on the
    eye typed their confirmation onto the end of the passphrase — shown in clear, the
    space having toggled the eye (found in a review). Space and Enter still toggle it.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        text = event.text()
        return bool(text) and text.isprintable() and text != " "


_keep_text_out: _KeepTextOut | None = None


def add_reveal_action(field: QLineEdit, tip: str) -> QAction:
    """A small eye-like toggle inside the field to show the passphrase while typing.

    Reached by Tab (a keyboard user can show the passphrase too); a form with a
    confirmation field puts it after that field in the tab order, so Tab goes from the
    passphrase to its confirmation (see the welcome page).
    """
    global _keep_text_out
    if _keep_text_out is None:
        _keep_text_out = _KeepTextOut()
    action = field.addAction(eye_icon(), QLineEdit.ActionPosition.TrailingPosition)
    action.setCheckable(True)
    action.setToolTip(tip)
    for button in action.associatedObjects():  # the eye: named, and reached by Tab
        if isinstance(button, QToolButton):
            button.setAccessibleName(tip)
            button.setProperty("focusPolicy", TAB_FOCUS)
            button.installEventFilter(_keep_text_out)
    action.toggled.connect(
        lambda shown: field.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
    )
    return action
