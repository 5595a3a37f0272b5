"""A long status-bar message reads whole in a narrow window (a leftover of session
18's fixers): Qt paints a message on one line and cuts it — at 1024 px, beside the
save and sync indicators, « La séance 7 (10 décembre 2026) était déjà prévue : la voici,
rien n’a été ajouté. » lost its end, often what to do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

LONG = ("The calendar file /home/camille/Documents/agenda-du-carnet.ics is not kept up to "
        "date: it is in the synced folder and is not encrypted. To keep it there, confirm "
        "it in Preferences.")


def test_a_long_message_wraps_instead_of_being_cut(qtbot, main_window):
    main_window.resize(1024, 700)
    bar = main_window.statusBar()
    qtbot.waitUntil(lambda: bar.width() <= 1024)
    one_line = bar.height()
    bar.showMessage(LONG, 30_000)
    assert bar.currentMessage() == LONG
    label = bar.findChild(QLabel, "statusMessage")
    assert label is not None and label.isVisible() and label.text() == LONG
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.fontMetrics().horizontalAdvance(LONG) > label.width()  # control: 2 lines
    assert label.geometry().right() <= bar.width()
    assert not main_window.journal_label.isVisible()  # the message in its place, as Qt
    bar.clearMessage()
    assert bar.currentMessage() == "" and not label.isVisible()
    assert main_window.journal_label.isVisible()
    qtbot.waitUntil(lambda: bar.height() <= one_line + 1)
    bar.showMessage("Copie de sauvegarde écrite.", 50)  # a timeout still clears it
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2_000)


def test_a_message_replaces_a_status_tip_shown(qtbot, main_window):
    """A message arriving while Qt shows a status tip (a toolbar button hovered, as the
    journal opened): both were drawn, one over the other."""
    from PySide6.QtWidgets import QStatusBar

    bar = main_window.statusBar()
    QStatusBar.showMessage(bar, "Revoir vos actions et préparer le sujet que vous apportez")
    bar.showMessage(LONG, 30_000)
    assert QStatusBar.currentMessage(bar) == ""  # the tip gone: the label alone is drawn
    assert bar.findChild(QLabel, "statusMessage").isVisible()
