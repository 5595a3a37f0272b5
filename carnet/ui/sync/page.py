"""Preferences › « Synchronisation »: the folder, the state, the devices.

Choosing (or creating) the folder asks the journal's passphrase: it wraps the
sync key a new device needs (the folder never holds the passphrase nor the
key in clear). The set-up and « Sync now » run on the sync worker; the page
shows what they said. The devices come from the last sync's report; this
device's name travels, encrypted, in its change files.
"""

from __future__ import annotations

import html
import itertools
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.ui import formats, style
from carnet.ui.services import choose_directory, messages
from carnet.ui.sync.problems import device_names, short_device
from carnet.ui.sync.wordings import WordingsBox, journal_names
from carnet.ui.sync.words import problems_text, status_text, summary
from carnet.ui.welcome import add_reveal_action, display_path

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow
    from carnet.ui.sync.controller import SyncController

#: The width of the explanations (they wrap).
HINT_WIDTH = 460


def choose_sync_folder(parent: QWidget | None, title: str, start: str) -> str:
    """A folder chosen in the app's file dialog, or "" (tests replace this function)."""
    return choose_directory(parent, title, start)


def default_device_label() -> str:
    """This computer's name, as a first label the person may change."""
    return socket.gethostname().split(".")[0][:60]


def inside(path: Path, folder: Path) -> bool:
    """True when ``path`` lies in ``folder`` or below (links resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


class _GrowToFit(QObject):
    """Keeps a dialog as tall as its content at its width. A dialog given a minimum
    width no longer gets its minimum height from its layout: a message or a progress bar
    shown later squashed the fields and cut the message's second line."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show)
                and isinstance(watched, QWidget) and watched.layout() is not None):
            grow_to_fit(watched)
        return False


_grow_filter: _GrowToFit | None = None


def grow_to_fit(window: QWidget) -> None:
    """At least as tall as the layout's minimum at the window's width (wrapped labels
    whole), grown towards its preferred height within the screen."""
    layout = window.layout()
    layout.activate()
    width = window.width()
    least = max(layout.totalMinimumHeightForWidth(width), layout.totalMinimumSize().height())
    wanted = max(layout.totalHeightForWidth(width), least)
    screen = window.screen().availableGeometry() if window.screen() else None
    if screen is not None:
        # the preferred height within the screen; the minimum whole even past it (a
        # message cut in the middle would be worse than a dialog taller than the screen)
        wanted = max(least, min(wanted, screen.height() - 40))
    if least != window.minimumHeight():
        window.setMinimumHeight(least)
    if window.height() < wanted:
        window.resize(width, wanted)
        if screen is not None and window.isVisible():
            frame = window.frameGeometry()
            if frame.bottom() > screen.bottom():  # grown past the screen's foot: up
                window.move(frame.x(), max(screen.top(), screen.bottom() - frame.height()))


def keep_fitting(window: QWidget) -> None:
    """Grow ``window`` whenever something appears in it (see :class:`_GrowToFit`)."""
    global _grow_filter
    if _grow_filter is None:
        _grow_filter = _GrowToFit()
    window.installEventFilter(_grow_filter)


class SyncPage(QDialog):
    """The Synchronisation page (a dialog of its own, opened from Preferences)."""

    def __init__(self, window: MainWindow, controller: SyncController) -> None:
        super().__init__(window)
        self.setObjectName("syncPage")
        self.window_ = window
        self.controller = controller
        self.chosen: Path | None = None
        self._shown_wordings: dict[tuple[str, str, str], list[str]] = {}
        self.setWindowTitle(self.tr("Sync"))
        self.setMinimumWidth(640)
        self._build()
        self._wire()
        self.refresh()
        keep_fitting(self)
        # The keyboard starts on « Choisir… », not in the read-only folder field, where a
        # path typed went nowhere without a word (a keyboard-only review)
        self.choose_button.setFocus()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        intro = style.label(self.tr(
            "Carnet keeps this journal in step on your devices through a folder your sync "
            "tool already syncs: Nextcloud, Syncthing, Dropbox, OneDrive, a network share, a "
            "USB stick. Only encrypted change files go there, no names, no titles; the "
            "journal file itself stays where it is."), "hint", wrap=True)
        intro.setMinimumWidth(HINT_WIDTH)

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("syncFolderEdit")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("None: this journal does not sync"))
        self.folder_edit.setAccessibleName(self.tr("Synced folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("syncChooseButton")
        self.choose_button.setAccessibleName(self.tr("Choose the synced folder"))
        folder_row = QHBoxLayout()
        folder_row.setSpacing(6)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("syncPassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("The journal's passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("The journal's passphrase"))
        add_reveal_action(self.passphrase_edit, self.tr("Show the passphrase"))
        self.setup_button = QPushButton(self.tr("&Sync through this folder"))
        self.setup_button.setObjectName("syncSetupButton")
        self.setup_button.setProperty("role", "primary")
        setup_row = QHBoxLayout()
        setup_row.setSpacing(6)
        setup_row.addWidget(self.passphrase_edit, 1)
        setup_row.addWidget(self.setup_button)
        self.setup_box = QWidget()
        setup_layout = QVBoxLayout(self.setup_box)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.setSpacing(4)
        setup_layout.addLayout(setup_row)
        passphrase_hint = style.label(self.tr(
            "The passphrase encrypts the key your other devices need to join; it is never "
            "written in the folder."), "hint", wrap=True)
        passphrase_hint.setMinimumWidth(HINT_WIDTH)
        setup_layout.addWidget(passphrase_hint)
        self.setup_box.hide()
        self.folder_message = style.label("", "warning", wrap=True)
        self.folder_message.setObjectName("syncFolderMessage")
        self.folder_message.setMinimumWidth(HINT_WIDTH)
        self.folder_message.hide()

        self.state_label = style.label("", "heading", wrap=True)
        self.state_label.setObjectName("syncStateLabel")
        self.summary_label = style.label("", "muted", wrap=True)
        self.summary_label.setObjectName("syncSummaryLabel")
        self.problems_label = style.label("", "warning", wrap=True)
        self.problems_label.setObjectName("syncProblemsLabel")
        self.problems_label.setMinimumWidth(HINT_WIDTH)
        self.problems_label.hide()
        # Each text kept in two versions, a link to where it is written (fresh7's F17:
        # the list named step notes only, and took nobody there).
        self.versions_label = style.label("", "warning", wrap=True)
        self.versions_label.setObjectName("syncVersionsLabel")
        self.versions_label.setMinimumWidth(HINT_WIDTH)
        self.versions_label.setTextFormat(Qt.TextFormat.RichText)
        self.versions_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.versions_label.setToolTip(self.tr("Click a line to open the text there."))
        self.versions_label.linkActivated.connect(self.open_version)
        self.versions_label.hide()
        self.wordings = WordingsBox()
        self.wordings.chosen.connect(self.keep_wording)
        # Many titles reworded at once scroll here: the page grew past the screen's
        # foot with fifteen, « Fermer » and most of them out of reach (a review).
        self.wordings_area = QScrollArea()
        self.wordings_area.setObjectName("syncWordingsArea")
        self.wordings_area.setWidgetResizable(True)
        self.wordings_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.wordings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.wordings_area.setWidget(self.wordings)
        self.wordings_area.hide()
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.setObjectName("syncNowButton")
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.sync_button)

        self.devices = QTreeWidget()
        self.devices.setObjectName("syncDevices")
        self.devices.setRootIsDecorated(False)
        self.devices.setHeaderLabels([self.tr("Device"), self.tr("Last sync")])
        self.devices.setAccessibleName(self.tr("Devices of this journal"))
        self.devices.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.devices.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.devices.setMinimumHeight(110)
        self.remove_button = QPushButton(self.tr("&Remove this device…"))
        self.remove_button.setObjectName("syncRemoveButton")
        self.remove_button.setEnabled(False)
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("syncDeviceLabel")
        self.label_edit.setMaxLength(60)
        self.label_edit.setAccessibleName(self.tr("This device's name"))
        self.label_edit.setPlaceholderText(default_device_label())
        label_hint = style.label(self.tr(
            "Shown to your other devices in this list (it travels encrypted)."), "hint",
            wrap=True)
        label_hint.setMinimumWidth(HINT_WIDTH)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(6)
        layout.addWidget(intro)
        self._heading(layout, self.tr("Synced folder"))
        form = self._form(layout)
        form.addRow(self._label(self.tr("&Folder:"), self.folder_edit), folder_row)
        form.addRow("", self.setup_box)
        form.addRow("", self.folder_message)
        self._heading(layout, self.tr("State"))
        layout.addLayout(state_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.versions_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.wordings_area, 2)
        self._heading(layout, self.tr("Devices"))
        layout.addWidget(self.devices, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout.addLayout(remove_row)
        form = self._form(layout)
        form.addRow(self._label(self.tr("&This device:"), self.label_edit), self.label_edit)
        form.addRow("", label_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        for button in (self.choose_button, self.sync_button, self.remove_button):
            button.setAutoDefault(False)  # Return in the passphrase field sets up, nothing else
        order = [self.choose_button, self.passphrase_edit, self.setup_button, self.sync_button,
                 self.devices, self.remove_button, self.label_edit, self.close_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _heading(self, layout: QVBoxLayout, title: str) -> None:
        layout.addSpacing(10)
        layout.addWidget(style.label(title, "section"))

    @staticmethod
    def _form(layout: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 4, 0, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(form)
        return form

    @staticmethod
    def _label(text: str, buddy: QWidget):
        label = style.label(text)
        label.setBuddy(buddy)
        return label

    def _wire(self) -> None:
        self.choose_button.clicked.connect(self.choose_folder)
        self.setup_button.clicked.connect(self.set_up)
        self.passphrase_edit.returnPressed.connect(self.set_up)
        self.sync_button.clicked.connect(self.sync_now)
        self.remove_button.clicked.connect(self.remove_device)
        self.devices.itemSelectionChanged.connect(self._selection_changed)
        self.label_edit.editingFinished.connect(self._label_edited)
        self.controller.stateChanged.connect(self.refresh)
        self.controller.reportArrived.connect(self._report_arrived)
        self.controller.setupFinished.connect(self._setup_finished)
        self.controller.removeFinished.connect(self._remove_finished)

    def _report_arrived(self, _report: object) -> None:
        self.refresh()

    # -- reading the state ---------------------------------------------------------------------
    @property
    def store(self):
        return self.window_.store

    def refresh(self) -> None:
        store, controller = self.store, self.controller
        folder = controller.folder
        if self.chosen is None:
            self.folder_edit.setText(display_path(Path(folder)) if folder else "")
        busy = controller.worker.busy
        unlocked = store is not None
        self.choose_button.setEnabled(unlocked and not busy)
        self.setup_button.setEnabled(unlocked and not busy)
        self.sync_button.setEnabled(unlocked and bool(folder) and not busy)
        self.label_edit.setEnabled(unlocked)
        if unlocked and not self.label_edit.hasFocus():
            self.label_edit.setText(store.sync.device_label or "")
        if not unlocked:
            self.state_label.setText(self.tr("The journal is locked."))
        elif not folder:
            self.state_label.setText(self.tr("This journal does not sync yet."))
        else:
            self.state_label.setText(status_text(controller.state))
        report = controller.last_report
        said = summary(report) if report is not None and folder else ""
        if said and controller.state.phase in ("offline", "failed"):
            # not this attempt's counts: it sent and received nothing
            said = self.tr("At the last sync that worked: %1").replace("%1", said)
        self.summary_label.setText(said)
        self.summary_label.setVisible(bool(self.summary_label.text()))
        details = controller.state.detail if folder else ""
        if report is not None and folder and not details:
            details = problems_text(report)
        both = ""
        if folder and controller.state.conflicts and controller.state.conflicted:
            both = html.escape(self.tr("Two versions kept, to edit:")) + "".join(
                f"<br>• <a href='{index}'>{html.escape(line)}</a>"
                for index, line in enumerate(controller.state.conflicted))
        self.versions_label.setText(both)
        self.versions_label.setVisible(bool(both))
        self.problems_label.setText(details)
        self.problems_label.setVisible(bool(details))
        self._fill_wordings(report if folder else None)
        self._fill_devices(report if folder else None)

    # -- short texts reworded on two devices ---------------------------------------------------
    def _fill_wordings(self, report: Any) -> None:
        """Each title (name, place…) holding two wordings, with a button to keep each."""
        store = self.store
        if store is None or not self.controller.folder:
            self.wordings.fill([], "", {})
            self._fit_wordings()
            return
        conflicts = store.sync.wording_conflicts()
        #: the wordings shown of each field: a choice replaces only those
        self._shown_wordings = {
            (c.table, c.uuid, c.field): [c.current.text, *(o.text for o in c.others)]
            for c in conflicts}
        labels = {device: name for device, name in self._names().items() if name}
        self.wordings.fill(conflicts, store.sync.identity().device_id if conflicts else "",
                           labels, self._where)
        self._fit_wordings()

    def _fit_wordings(self) -> None:
        """The wordings' area: it scrolls when its rows do not fit (the rest of the page
        stays within reach); hidden with no wording."""
        shown = not self.wordings.isHidden()
        self.wordings_area.setVisible(shown)
        if not shown:
            return
        # a small minimum (the page's own minimum must fit any screen, whatever the
        # fonts); the area takes more of the height the page grows to (its stretch)
        self.wordings_area.setMinimumHeight(min(self.wordings.sizeHint().height(), 120))

    def _where(self, conflict: Any) -> str:
        """« Codev, séance 3 » for a session's or an action's title ("" otherwise)."""
        from carnet.store.errors import NotFoundError

        store = self.store
        try:
            if conflict.table == "actions":
                session_id = store.actions.get(conflict.rid).session_id
            elif conflict.table == "sessions":
                session_id = conflict.rid
            else:
                return ""
            session = store.sessions.get(session_id)
            group = store.groups.get(session.group_id)
        except NotFoundError:
            return ""
        return self.tr("%1, session %2").replace("%1", group.name).replace(
            "%2", str(session.number))

    def keep_wording(self, table: str, uuid: str, field: str, text: str) -> None:
        """The person chose a wording: an edit made here, sent at the next sync."""
        store = self.store
        if store is None:
            return
        seen = self._shown_wordings.get((table, uuid, field), [text])
        from carnet.store.errors import StorageError

        try:
            store.sync.keep_wording(table, uuid, field, text, seen)  # (else: shown anew)
        except StorageError as error:  # the journal refuses writes: said, nothing lost
            messages().warning(self, self.tr("Sync"), str(error))
            return
        self.controller._refresh_views()  # (as after a sync: the title shown everywhere)
        self.controller._poll_changes()  # « changes to send », and a sync soon
        self.refresh()

    def _fill_devices(self, report: Any) -> None:
        selected = self._selected_device()
        self.devices.clear()
        if report is None:
            item = QTreeWidgetItem([self.tr("Sync once to see the devices."), ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip(0, item.text(0))
            self.devices.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # the whole width: the sentence is not cut
            self._fit_dates()
            return
        names = self._names()  # two « vm »: told apart
        for device in sorted(report.devices, key=lambda d: (not d.is_me, d.label.lower(),
                                                            d.id)):
            name = self._device_name(device.id, names)
            if device.is_me:
                name = self.tr("%1 (this device)").replace("%1", name)
            when = device.last_seen
            if when is None and device.is_me and self.store is not None:
                when = self.store.sync.last_sync  # it sent nothing yet, but it did sync
            seen = formats.format_date(when.astimezone().date()) + " " + \
                when.astimezone().strftime("%H:%M") if when else "—"
            item = QTreeWidgetItem([name, seen])
            item.setData(0, Qt.ItemDataRole.UserRole, device.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, device.is_me)
            item.setToolTip(0, device.id)
            self.devices.addTopLevelItem(item)
            if device.id == selected:
                item.setSelected(True)
        self._fit_dates()

    def _fit_dates(self) -> None:
        """The « Last sync » column as wide as its title and its dates, in this font
        (Qt's own fit was measured before the style and cut the title at 1.5×)."""
        header = self.devices.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, max(header.sectionSizeFromContents(1).width(),
                                    self.devices.sizeHintForColumn(1)) + 4)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_dates()

    def _selected_device(self) -> str | None:
        items = self.devices.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _selection_changed(self) -> None:
        items = self.devices.selectedItems()
        self.remove_button.setEnabled(
            bool(items) and not items[0].data(0, Qt.ItemDataRole.UserRole + 1)
            and items[0].data(0, Qt.ItemDataRole.UserRole) is not None
            and not self.controller.worker.busy)

    # -- the folder -------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = self.controller.folder or str(Path.home())
        chosen = choose_sync_folder(self, self.tr("Choose the synced folder"), start)
        if not chosen:
            return
        path = Path(chosen)
        self.chosen = path
        self.folder_edit.setText(display_path(path))
        self.folder_message.hide()
        store = self.store
        if store is not None and inside(store.path, path):
            self._say(self.tr(
                "Your journal file is inside this folder. Sync tools damage a journal file in "
                "use: move the journal out of this folder first (or choose another folder). "
                "The folder only needs Carnet's change files."))
            self.setup_box.hide()
            self.chosen = None
            return
        self.setup_box.show()
        self.passphrase_edit.setFocus()

    def set_up(self) -> None:
        if self.chosen is None or self.store is None or self.controller.worker.busy:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._say(self.tr("Type the journal's passphrase."))
            return
        self.passphrase_edit.clear()
        if not self._confirm_split(self.chosen):
            self.chosen = None  # the journal keeps syncing where it did
            self.setup_box.hide()
            self.folder_message.hide()
            self.refresh()
            return
        if self.controller.set_up(self.chosen, passphrase):
            self.folder_message.hide()
            self.refresh()

    def _confirm_split(self, chosen: Path) -> bool:
        """A journal that already syncs with other devices, moved to a folder that holds
        no copy of it, stops meeting them (each side would go on saying « Synchronisé »):
        asked first. True to go on."""
        store = self.store
        if store is None:
            return True
        ident = store.sync.identity()
        current = self.controller.folder
        if current and Path(current).expanduser() == chosen.expanduser():
            return True
        for root in (chosen, chosen.parent, chosen.parent.parent):
            if (root / "Carnet" / ident.journal_id / "manifest.json").is_file():
                return True  # this journal is there: the other devices are found there
        others = [d for d in store.sync.applied() if d != ident.device_id]
        report = self.controller.last_report
        others += [info.id for info in getattr(report, "devices", []) or []
                   if not info.is_me and info.id not in others and info.id != ident.device_id]
        if not others:
            return True  # nothing to split: a first folder, or a journal alone
        names = ", ".join(self._device_name(device) for device in others[:5])
        if len(others) > 5:
            names += ", …"
        return messages().question(self, self.tr("Change the synced folder"), self.tr(
            "This journal already syncs with other devices (%1). The folder %2 holds no copy "
            "of this journal: those devices will not see the changes made here, nor this "
            "device theirs, unless they choose this folder too. Use this folder anyway?")
            .replace("%1", names).replace("%2", display_path(chosen)))

    def _setup_finished(self, problem: str) -> None:
        if problem:
            self._say(problem)
            if self.chosen is not None:
                self.setup_box.show()
            return
        self.chosen = None
        self.setup_box.hide()
        store = self.store
        if store is not None and not store.sync.device_label:
            store.sync.device_label = default_device_label()
        self.refresh()

    def _say(self, text: str) -> None:
        self.folder_message.setText(text)
        self.folder_message.show()

    # -- buttons ---------------------------------------------------------------------------------
    def sync_now(self) -> None:
        self.controller.request("now")
        self.refresh()

    def remove_device(self) -> None:
        device = self._selected_device()
        items = self.devices.selectedItems()
        if device is None or not items:
            return
        name = items[0].text(0)
        if not messages().question(self, self.tr("Remove this device"), self.tr(
                "Remove « %1 » from this journal's devices? Its change files are taken out of "
                "the folder once their content is in this device's copy; if that device "
                "syncs again, it comes back.").replace("%1", name)):
            return
        self._removing = name
        self.controller.remove_device(device)
        self.refresh()

    def _remove_finished(self, outcome: object) -> None:
        name = getattr(self, "_removing", "")
        if isinstance(outcome, str):
            messages().warning(self, self.tr("Remove this device"), outcome)
        elif outcome:
            names = ", ".join(self._device_name(device) for device in outcome)
            messages().information(self, self.tr("Remove this device"), self.tr(
                "« %1 » was not removed: %2 has not received all of its changes yet. "
                "Remove it again once that device has synced.").replace("%1", name)
                .replace("%2", names))
        else:
            messages().information(self, self.tr("Remove this device"), self.tr(
                "« %1 » was removed: its change files are out of the folder but its last "
                "one, kept so that a device that has not synced since still gets what it "
                "wrote. What it wrote is kept in the others' copies; if it syncs again, it "
                "comes back to the list.").replace("%1", name))
        self.refresh()

    def _names(self) -> dict[str, str]:
        """Every device's name this journal knows, two « vm » told apart."""
        store = self.store
        found = getattr(self.controller.last_report, "devices", None) or []
        if store is None:
            return device_names({info.id: info.label for info in found})
        return journal_names(store, found)

    def _device_name(self, device: str, names: dict[str, str] | None = None) -> str:
        name = (self._names() if names is None else names).get(device)
        return name or self.tr("Device %1").replace("%1", short_device(device))

    def _label_edited(self) -> None:
        store = self.store
        if store is None:
            return
        text = " ".join(self.label_edit.text().split())
        if text != (store.sync.device_label or ""):
            store.sync.device_label = text

    def keyPressEvent(self, event) -> None:
        """Return in a field does what the field says (the passphrase: set up) and never
        presses a button that happened to take the focus (Close, Choose…)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus.isEnabled():
                focus.click()  # a button with the focus: Return presses it, as Space does
            event.accept()
            return
        super().keyPressEvent(event)

    def open_version(self, link: str) -> None:
        """A line of « Two versions kept »: the page closes, the text is shown where it
        is written (``SyncController.open_listed``)."""
        controller, index = self.controller, int(link)
        self.reject()
        QTimer.singleShot(0, controller, lambda: controller.open_listed(index))

    def close_for_lock(self) -> None:
        """The journal locks: forget the passphrase typed, close."""
        self.passphrase_edit.clear()

    def reject(self) -> None:
        self._label_edited()
        self.passphrase_edit.clear()
        super().reject()
