"""The window writes the first of a month « 1er octobre 2026 », as the booklet and the
Markdown export do (fresh7's F12: a group's page said « Du 1 octobre 2026 au 1 décembre
2026. », the sidebar, the session's header, Home and Préparer the same). English and the
other days are unchanged; the date field keeps its own format (it reads what is typed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale


def test_the_first_of_the_month_is_written_1er(qapp):
    from carnet.booklet.texts import long_date
    from carnet.ui.formats import date_formatter, format_date

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert format_date(date(2026, 10, 12)) == "12 octobre 2026"  # control
        assert long_date(date(2026, 10, 1), "fr") == "1er octobre 2026"  # the booklet's
        assert format_date(date(2026, 10, 1)) == "1er octobre 2026"
        assert date_formatter()(date(2026, 10, 1)) == "1er octobre 2026"
        assert format_date(date(2026, 10, 1), "long") == "jeudi 1er octobre 2026"
        assert format_date(date(2026, 10, 1), "short") == "01/10/2026"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert format_date(date(2026, 10, 1)) == "1 October 2026"  # control: English
    finally:
        QLocale.setDefault(before)
