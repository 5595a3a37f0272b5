"""Qt's own words that Qt's French catalogue leaves in English.

``qtbase_fr.qm`` (shipped with PySide6) translates almost every button and
label of Qt's dialogs, but not these: the file dialog said « Look in: » and
« Files of type: » in an otherwise French window. Listing them here puts them,
under Qt's own contexts, in Carnet's catalogue (``resources/i18n``), whose
translator is installed after Qt's and so is asked first.

``missing_in_qtbase()`` is what the tests compare with Qt's catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def missing_in_qtbase() -> list[tuple[str, str]]:
    """(context, source) of the Qt strings Carnet translates itself; the calls are also
    what the translation tool reads."""
    translate = QCoreApplication.translate
    strings = [
        ("QFileDialog", "&Look in:", translate("QFileDialog", "&Look in:")),
        ("QFileDialog", "Files of &type:", translate("QFileDialog", "Files of &type:")),
        ("QFileDialog", "Computer", translate("QFileDialog", "Computer")),
        # The file dialog's Type column (Qt's file model; none of this context is in
        # qtbase_fr): « Folder » beside French sizes and dates (fresh8's G18).
        ("QAbstractFileIconProvider", "Folder",
         translate("QAbstractFileIconProvider", "Folder")),
        ("QAbstractFileIconProvider", "Drive", translate("QAbstractFileIconProvider", "Drive")),
        ("QAbstractFileIconProvider", "Shortcut",
         translate("QAbstractFileIconProvider", "Shortcut")),
        ("QAbstractFileIconProvider", "Unknown",
         translate("QAbstractFileIconProvider", "Unknown")),
        ("QPlatformTheme", "Don't Save", translate("QPlatformTheme", "Don't Save")),
        ("QPlatformTheme", "Close without Saving",
         translate("QPlatformTheme", "Close without Saving")),
    ]
    return [(context, source) for context, source, _ in strings]
