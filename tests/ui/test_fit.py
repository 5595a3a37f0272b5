"""carnet.ui.fit: combos and date fields that show their text whole, or elided with a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QHBoxLayout, QToolTip, QWidget

from carnet.ui import fit

LONG = "Codev des managers de proximité <b>&</b> 🙂"


def _row(qtbot, *widgets, width=None) -> QWidget:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    if width:
        root.resize(width, 40)
    root.show()
    qtbot.waitExposed(root)
    return root


def test_a_fitted_combo_shows_its_longest_entry_whole(qtbot):
    fitted, control = QComboBox(), QComboBox()
    for combo in (fitted, control):
        combo.addItems(["Choisir une émotion…", "Joie", "Très inquiet·e (5)"])
        combo.setMaximumWidth(90)
    fit.fit_combo(fitted)
    _root = _row(qtbot, fitted, control)
    widest = max(fitted.fontMetrics().horizontalAdvance(fitted.itemText(i)) for i in range(3))
    assert fitted.width() >= widest + 20
    assert control.width() <= 90 < widest  # the control: the cap cuts it


def test_a_fitted_date_field_holds_every_month(qtbot):
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        fitted, control = QDateEdit(), QDateEdit()
        for edit in (fitted, control):
            edit.setDisplayFormat("d MMMM yyyy")
            edit.setLocale(QLocale())
            edit.setCalendarPopup(True)
            edit.setDate(QDate(2026, 5, 1))
        control.setMaximumWidth(110)
        fit.fit_date_edit(fitted)
        _root = _row(qtbot, fitted, control)
        assert fit.widest_date_text(fitted).endswith("septembre 2026")
        needed = fitted.fontMetrics().horizontalAdvance("28 septembre 2026")
        assert fitted.width() >= needed + fit.spin_box_overhead(fitted) - 1
        assert control.width() < needed + fit.spin_box_overhead(control)
    finally:
        QLocale.setDefault(QLocale.c())


def test_an_eliding_combo_draws_an_ellipsis_and_gives_the_text_as_tooltip(qtbot, monkeypatch):
    combo = QComboBox()
    combo.addItems(["Tous", LONG])
    fit.elide_combo(combo, minimum_chars=8)
    combo.setFixedWidth(150)
    _root = _row(qtbot, combo)
    combo.setCurrentIndex(1)
    assert fit.is_elided(combo)
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *args: shown.append(text))
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), combo.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(combo, event)
    assert shown == [LONG]  # whole, markup as typed
    image = QImage(combo.size(), QImage.Format.Format_ARGB32)
    combo.render(image)  # paints through the filter without error
    combo.setCurrentIndex(0)  # the control: a short text is not elided, no tooltip shown
    assert not fit.is_elided(combo)
    QApplication.sendEvent(combo, event)
    assert shown == [LONG]


def test_eliding_list_rows_are_no_wider_than_the_list(qtbot):
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    lists = QListWidget(), QListWidget()
    for widget in lists:
        item = QListWidgetItem(f"Séance 3, 12 novembre 2026 — {LONG} " * 3)
        item.setToolTip(item.text())
        widget.addItem(item)
        widget.setFixedWidth(160)
    fit.elide_list_rows(lists[0])
    _root = _row(qtbot, *lists)
    eliding, control = (w.visualRect(w.model().index(0, 0)) for w in lists)
    assert eliding.width() <= lists[0].viewport().width()
    assert control.width() > lists[1].viewport().width()
    assert lists[0].textElideMode() == Qt.TextElideMode.ElideRight
