"""Every option of the booklet dialog shows a box, ticked or not (QA shot 59: an
unticked part looked like a plain label)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from carnet.templates import load_templates
from carnet.ui.booklet_dialog import BookletDialog
from carnet.ui.style import apply_style


def darkest_in_indicator(box) -> float:
    """The darkest pixel of the indicator's outline (lightness 0–1): a bare ✓ or nothing
    at all leaves its edges the colour of the card."""
    option = QStyleOptionButton()
    option.initFrom(box)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    rect.translate(box.mapTo(box.window(), rect.topLeft()) - rect.topLeft())
    image = box.window().grab().toImage()  # the box alone has no background: grab it in place
    edges = [(x, y) for x in range(rect.left(), rect.right() + 1)
             for y in (rect.top(), rect.top() + 1, rect.bottom() - 1, rect.bottom())]
    edges += [(x, y) for y in range(rect.top(), rect.bottom() + 1)
              for x in (rect.left(), rect.left() + 1, rect.right() - 1, rect.right())]
    return min(QColor(image.pixel(x, y)).lightnessF() for x, y in edges)


@pytest.fixture
def dialog(qtbot, store):
    app = QApplication.instance()
    previous = app.styleSheet()
    apply_style(app)
    widget = BookletDialog(store, load_templates(user_dir=None), paper="a4")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.wait()
    app.setStyleSheet(previous)


def test_every_option_shows_its_box_in_both_states(dialog):
    boxes = [*dialog.part_boxes.values(), dialog.attachments, dialog.anonymise,
             dialog.omit_name]
    for box in boxes:
        for state in (False, True):
            box.setChecked(state)
            QApplication.processEvents()
            assert darkest_in_indicator(box) < 0.75, (box.text(), state)
