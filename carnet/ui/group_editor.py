"""Create or edit a group: format, rhythm, members (pseudonyms), ground rules, objectives.

Saving is explicit (the Save button), and ``flush()`` saves a valid pending edit
when the person moves elsewhere or locks, so nothing is lost on switching.
Creating a group plans its sessions from the start date and the cadence
(``carnet.domain.schedule``, saved through ``carnet.services.groups``).
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.booklet.anonymise import initials
from carnet.domain import (
    Cadence,
    CadenceUnit,
    DomainError,
    Group,
    Member,
    planned_dates,
)
from carnet.services.groups import (
    GroupForm,
    LeftOpen,
    cycle_span,
    group_contents,
    left_open,
    merge_group_form,
    read_group_form,
    remove_group,
    save_group,
)
from carnet.services.page_merge import form_wordings
from carnet.services.planning import keep_due_before_move
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.templates import Template, TemplateSet
from carnet.ui import fit, formats, style
from carnet.ui.date_edit import DateEdit
from carnet.ui.fit import elide_list_rows, fit_combo
from carnet.ui.i18n import current_language
from carnet.ui.services import messages
from carnet.ui.versions import VersionedTextEdit
from carnet.ui.whole_paste import WholeTextDelegate, keep_whole

ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: an objective's title as the journal holds it (an emptied title is put back)
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_WIDTH = 130
#: Combined once, at import: Python's ``enum`` makes a combination of flags at its first
#: use and keeps it; made mid-day, it stays among the day's objects (issue 19).
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                  | QAbstractItemView.EditTrigger.EditKeyPressed
                  | QAbstractItemView.EditTrigger.SelectedClicked)
#: A list item's own flags (as Qt gives them back), and with « editable » added.
_ITEM_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
               | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
_EDITABLE_ITEM_FLAGS = _ITEM_FLAGS | Qt.ItemFlag.ItemIsEditable


class GroupEditor(QWidget):
    saved = Signal(int)  # the group's id
    removed = Signal(int)  # the group's id: it is no longer in the journal
    errorOccurred = Signal(str)  # noqa: N815
    saveStateChanged = Signal(str)  # noqa: N815 - "saving" | "saved" | "error"

    def __init__(self, store: JournalStore, templates: TemplateSet,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.store = store
        self.templates = templates
        #: What the journal said when it last refused the form (never the form's text).
        self._save_failure = ""
        self.lang = current_language()
        self.group: Group | None = None
        #: The page's content as read from the journal (None: a new group).
        self._read: GroupForm | None = None
        self._dirty = False
        self._loading = False
        self._rules_touched = False
        self._objectives_touched = False
        self._build()
        self._wire()
        self.new_group()

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = fit.ElidedLabel()  # the group's own name: any length
        self.heading.setProperty("role", "title")
        self.error_label = style.label("", "error", wrap=True)
        self.error_label.hide()

        # The group
        self.name_edit = keep_whole(QLineEdit())  # a long paste never cut (whole_paste.py)
        self.name_edit.setPlaceholderText(self.tr("e.g. Managers’ co-development group"))
        self.format_combo = QComboBox()
        for template in self.templates:
            self.format_combo.addItem(template.name.get(self.lang), template.id)
        self.format_description = style.label("", "hint", wrap=True)
        self.facilitator_edit = keep_whole(QLineEdit())
        self.facilitator_edit.setPlaceholderText(self.tr("Name or initials"))
        self.place_edit = keep_whole(QLineEdit())
        form1 = self._form()
        self._row(form1, self.tr("Name"), self.name_edit)
        self._row(form1, self.tr("Format"), self.format_combo)
        self._row(form1, "", self.format_description)
        self._row(form1, self.tr("Facilitator"), self.facilitator_edit)
        self._row(form1, self.tr("Place"), self.place_edit)

        # Rhythm
        self.start_edit = DateEdit()  # a date typed whole is that date (carnet/ui/date_edit.py)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(formats.medium_date_format())
        self.start_edit.setMinimumWidth(200)
        self.every_spin = QSpinBox()
        self.every_spin.setRange(1, 52)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem("", CadenceUnit.WEEK.value)
        self.unit_combo.addItem("", CadenceUnit.MONTH.value)
        self._name_units()
        cadence_row = QHBoxLayout()
        cadence_row.setSpacing(8)
        cadence_row.addWidget(style.label(self.tr("every")))
        cadence_row.addWidget(self.every_spin)
        cadence_row.addWidget(self.unit_combo)
        cadence_row.addStretch(1)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 200)
        self.count_spin.setMaximumWidth(110)
        self.every_spin.setMaximumWidth(90)
        style.pad_spin_box(self.count_spin)
        style.pad_spin_box(self.every_spin)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_spin)
        count_row.addStretch(1)
        self.calendar_hint = style.label("", "hint", wrap=True)
        form2 = self._form()
        self._row(form2, self.tr("First session"), self.start_edit)
        self._row(form2, self.tr("Meets"), cadence_row, self.every_spin)
        self._row(form2, self.tr("Sessions planned"), count_row, self.count_spin)
        self.unit_combo.setAccessibleName(self.tr("Weeks or months"))
        self._row(form2, "", self.calendar_hint)
        # « 2 actions ouvertes, dues aux séances déplacées, les suivent. [Les garder…] »:
        # a new start date or rhythm moves the planned sessions and their actions, said
        self.moved_note = _Note()
        self.moved_note.setObjectName("groupMovedActions")
        self.moved_note.button.clicked.connect(self._keep_due_dates)
        self._moved: list = []
        self._row(form2, "", self.moved_note)
        # « 4 séances prévues au-delà de la 2e, vides, ont été retirées. »: a count lowered
        self.removed_note = _Note()
        self.removed_note.setObjectName("groupRemovedSessions")
        self.removed_note.button.hide()
        self._row(form2, "", self.removed_note)

        # Members
        self.members_table = QTableWidget(0, 2)
        self.members_table.setHorizontalHeaderLabels(
            [self.tr("Pseudonym or initials"), self.tr("Names to mask")])
        self.members_table.horizontalHeaderItem(1).setToolTip(
            self.tr("Names to mask, separated by commas: the booklet and the exports can "
                    "replace them by the pseudonym"))
        self.members_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.members_table.horizontalHeader().setStretchLastSection(True)
        self.members_table.horizontalHeader().setMinimumSectionSize(180)
        self.members_table.verticalHeader().hide()
        self.members_table.setItemDelegate(
            WholeTextDelegate(self.members_table, on_typing=self._changed))
        self.members_table.setMinimumHeight(150)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setAccessibleName(self.tr("Members"))
        # Arrows move between cells; Tab leaves the table (it would cycle in it forever).
        self.members_table.setTabKeyNavigation(False)
        self.add_member_button = QPushButton(self.tr("Add a member"))
        self.remove_member_button = QPushButton(self.tr("Remove"))
        members_buttons = QHBoxLayout()
        members_buttons.addWidget(self.add_member_button)
        members_buttons.addWidget(self.remove_member_button)
        members_buttons.addStretch(1)
        self.confidentiality = style.label(
            self.tr("Confidentiality: « les contenus des échanges restent dans le cadre de la "
                    "rencontre ». Refer to the other participants by a pseudonym or their "
                    "initials only. Names you list to mask are replaced by the pseudonym in "
                    "anything that leaves the journal (booklet, export)."),
            "notice", wrap=True)

        # Ground rules
        self.rules_edit = VersionedTextEdit()  # (rules kept in two versions: in words)
        self.rules_edit.setPlaceholderText(
            self.tr("The rules the group agreed on at its first meeting."))
        self.rules_edit.setMinimumHeight(120)
        self.rules_edit.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.rules_edit.setAccessibleName(self.tr("Ground rules"))
        self.suggest_rules_button = QPushButton(self.tr("Suggest the format's principles"))

        # Objectives
        self.objectives_list = QListWidget()
        self.objectives_list.setEditTriggers(_EDIT_TRIGGERS)
        self.objectives_list.setMinimumHeight(150)
        # a long objective: « … » and its tooltip
        elide_list_rows(self.objectives_list, on_typing=self._objectives_changed)
        self.objectives_list.setAccessibleName(self.tr("My objectives for the cycle"))
        self.objectives_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.add_objective_button = QPushButton(self.tr("Add an objective"))
        self.remove_objective_button = QPushButton(self.tr("Remove"))
        objective_buttons = QHBoxLayout()
        objective_buttons.addWidget(self.add_objective_button)
        objective_buttons.addWidget(self.remove_objective_button)
        objective_buttons.addStretch(1)

        # Buttons
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        # From the keyboard: Return on the focused button, or Ctrl+S anywhere in the form.
        self.save_button.setAutoDefault(True)
        save_keys = QKeySequence(QKeySequence.StandardKey.Save)
        self.save_shortcut = QShortcut(save_keys, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_button.setToolTip(save_keys.toString(QKeySequence.SequenceFormat.NativeText))
        # Ending the cycle: archive the group (kept, out of the way), or remove one made
        # by mistake (only while nothing is written in it).
        self.archive_button = QPushButton()
        self.remove_button = QPushButton(self.tr("Remove this group…"))
        self.ending_hint = style.label("", "hint", wrap=True)
        ending = QVBoxLayout()
        ending.addWidget(self.ending_hint)
        ending_buttons = QHBoxLayout()
        ending_buttons.addWidget(self.archive_button)
        ending_buttons.addWidget(self.remove_button)
        ending_buttons.addStretch(1)
        ending.addLayout(ending_buttons)

        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        body = QWidget()
        body.setMaximumWidth(900)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self._section(self.tr("The group"), form1))
        layout.addWidget(self._section(self.tr("Rhythm"), form2))
        members = QVBoxLayout()
        members.addWidget(self.confidentiality)
        members.addWidget(self.members_table)
        members.addLayout(members_buttons)
        layout.addWidget(self._section(self.tr("Members"), members))
        rules = QVBoxLayout()
        rules.addWidget(self.rules_edit)
        row = QHBoxLayout()
        row.addWidget(self.suggest_rules_button)
        row.addStretch(1)
        rules.addLayout(row)
        layout.addWidget(self._section(self.tr("Ground rules"), rules))
        objectives = QVBoxLayout()
        objectives.addWidget(style.label(
            self.tr("What you want to develop over this cycle. You rate them at each session; "
                    "double-click to reword one."), "hint", wrap=True))
        objectives.addWidget(self.objectives_list)
        objectives.addLayout(objective_buttons)
        layout.addWidget(self._section(self.tr("My objectives for the cycle"), objectives))
        layout.addLayout(bottom)
        self.ending_section = self._section(self.tr("End of the cycle"), ending)
        layout.addWidget(self.ending_section)
        layout.addStretch(1)

        holder = QWidget()
        center = QHBoxLayout(holder)
        center.setContentsMargins(0, 0, 0, 0)
        center.addStretch(1)
        center.addWidget(body, 100)  # as wide as its maximum, centred by the stretches
        center.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def _name_units(self) -> None:
        """"every 1 month", "every 2 months": the unit follows the number."""
        one = self.every_spin.value() == 1
        self.unit_combo.setItemText(0, self.tr("week") if one else self.tr("weeks"))
        self.unit_combo.setItemText(1, self.tr("month") if one else self.tr("months"))
        fit_combo(self.unit_combo)

    def _row(self, form: QFormLayout, text: str, field, buddy: QWidget | None = None) -> None:
        """A form row whose label column has the same width in every section.

        The caption is its field's buddy (``buddy`` when the field is a row of
        widgets), so screen readers name the field by it.
        """
        caption = style.label(text)
        caption.setMinimumWidth(LABEL_WIDTH)
        caption.setAlignment(_RIGHT)
        if buddy is None and isinstance(field, QWidget):
            buddy = field
        if buddy is not None and text:
            caption.setBuddy(buddy)
        form.addRow(caption, field)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(_RIGHT)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _section(self, title: str, content) -> QWidget:
        frame, layout = style.card(margins=20, spacing=10)
        layout.addWidget(style.label(title, "section"))
        if isinstance(content, QWidget):
            layout.addWidget(content)
        else:
            layout.addLayout(content)
        return frame

    def _wire(self) -> None:
        for edit in (self.name_edit, self.facilitator_edit, self.place_edit):
            edit.textEdited.connect(self._changed)
        self.name_edit.textEdited.connect(self._update_heading)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.start_edit.dateChanged.connect(self._changed)
        self.start_edit.typing.connect(self._changed)  # a whole date typed, not yet taken
        self.every_spin.valueChanged.connect(self._changed)
        self.every_spin.valueChanged.connect(self._name_units)
        self.unit_combo.currentIndexChanged.connect(self._changed)
        self.count_spin.valueChanged.connect(self._changed)
        self.members_table.itemChanged.connect(self._changed)
        self.rules_edit.textChanged.connect(self._rules_changed)
        self.objectives_list.itemChanged.connect(self._objective_edited)
        self.objectives_list.itemChanged.connect(self._objectives_changed)
        self.objectives_list.itemChanged.connect(lambda item: item.setToolTip(item.text()))
        self.objectives_list.model().rowsMoved.connect(self._objectives_changed)
        self.add_member_button.clicked.connect(lambda: self.add_member_row())
        self.remove_member_button.clicked.connect(self._remove_member)
        self.suggest_rules_button.clicked.connect(self._suggest_rules)
        self.add_objective_button.clicked.connect(self._add_objective)
        self.remove_objective_button.clicked.connect(self._remove_objective)
        self.save_button.clicked.connect(self.save)
        self.save_shortcut.activated.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.remove_button.clicked.connect(self.remove_group)

    # -- loading ---------------------------------------------------------------------------
    @property
    def group_id(self) -> int | None:
        return self.group.id if self.group else None

    @property
    def is_new(self) -> bool:
        return self.group is None

    def template(self) -> Template | None:
        return self.templates.get(self.format_combo.currentData())

    def new_group(self, template_id: str | None = None) -> None:
        """A blank form, pre-filled from the first format (or ``template_id``)."""
        self._loading = True
        self.group = None
        self._read = None
        self.name_edit.clear()
        self.facilitator_edit.clear()
        self.place_edit.clear()
        self.start_edit.setDate(QDate.currentDate())
        self.members_table.setRowCount(0)
        self.objectives_list.clear()
        self.rules_edit.clear()
        self._rules_touched = self._objectives_touched = False
        index = max(0, self.format_combo.findData(template_id)) if template_id else 0
        self.format_combo.setCurrentIndex(index)
        self._apply_template_defaults(force=True)
        self.save_button.setText(self.tr("Create the group"))
        self.revert_button.setText(self.tr("Clear"))
        self.ending_section.hide()
        self._loading = False
        self._set_dirty(False)
        self._update_heading()
        self._update_hints()
        self.error_label.hide()

    def load(self, group_id: int) -> None:
        """Show a saved group."""
        if self.group is None or self.group.id != group_id:
            self.moved_note.hide()  # (said of the group just saved, not of another)
            self.removed_note.hide()
        self._read = read_group_form(self.store, group_id)
        group = self._read.group
        self._loading = True
        self.group = group
        self.name_edit.setText(group.name)
        index = self.format_combo.findData(group.template_id)
        if index < 0:  # a user template that is no longer there: keep its id
            self.format_combo.addItem(group.template_id, group.template_id)
            index = self.format_combo.count() - 1
        self.format_combo.setCurrentIndex(index)
        self.facilitator_edit.setText(group.facilitator)
        self.place_edit.setText(group.place)
        start = group.start_date or date.today()
        self.start_edit.setDate(formats.qdate(start))
        self.every_spin.setValue(group.cadence.every)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(group.cadence.unit.value))
        self.count_spin.setValue(group.planned_sessions)
        self.rules_edit.setText(group.ground_rules)
        self.members_table.setRowCount(0)
        for member in self._read.members:
            self.add_member_row(member.pseudonym, ", ".join(member.masked_names), member.id)
        self.objectives_list.clear()
        for objective_id, title in self._read.objectives:
            self._append_objective(title, objective_id)
        self._rules_touched = self._objectives_touched = True
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))
        self._show_ending(group)
        self._loading = False
        self._set_dirty(False)
        self._update_heading()
        self._update_hints()
        self.error_label.hide()

    def clear(self) -> None:
        """Forget everything shown (the journal is locking), after keeping what was typed."""
        self._keep_unsaved()
        self._loading = True
        self.group = None
        self._read = None  # nothing of the journal stays in the page after a lock
        for edit in (self.name_edit, self.facilitator_edit, self.place_edit):
            edit.clear()
        self.rules_edit.clear()
        self.members_table.setRowCount(0)
        self.objectives_list.clear()
        self.heading.clear()
        self.calendar_hint.clear()
        self.error_label.clear()
        self._loading = False
        self._dirty = False

    # -- editing helpers -------------------------------------------------------------------------
    def add_member_row(self, pseudonym: str = "", masked: str = "",
                       member_id: int | None = None) -> int:
        row = self.members_table.rowCount()
        self.members_table.blockSignals(True)
        self.members_table.insertRow(row)
        first = QTableWidgetItem(pseudonym)
        first.setData(ID_ROLE, member_id)
        self.members_table.setItem(row, 0, first)
        self.members_table.setItem(row, 1, QTableWidgetItem(masked))
        self.members_table.blockSignals(False)
        if not self._loading and not pseudonym:
            self.members_table.setCurrentCell(row, 0)
            self.members_table.editItem(first)
            self._changed()
        return row

    def _remove_member(self) -> None:
        rows = sorted({i.row() for i in self.members_table.selectedIndexes()}, reverse=True)
        if not rows and self.members_table.currentRow() >= 0:
            rows = [self.members_table.currentRow()]
        for row in rows:
            self.members_table.removeRow(row)
        if rows:
            self._changed()

    def _append_objective(self, title: str, objective_id: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setToolTip(title)  # a long objective is elided in the list
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ID_ROLE, objective_id)
        if objective_id is not None:
            item.setData(TITLE_ROLE, title)
        self.objectives_list.addItem(item)
        return item

    def _add_objective(self) -> None:
        item = self._append_objective(self.tr("New objective"))
        self.objectives_list.setCurrentItem(item)
        self.objectives_list.editItem(item)
        self._objectives_changed()

    def _remove_objective(self) -> None:
        """Remove the objective chosen; one already rated asks first, naming what goes
        with it (its ratings and the words beside them: the journal deletes them with
        it), « Non » by default (a fresh-eyes review found them deleted silently)."""
        row = self.objectives_list.currentRow()
        if row < 0:
            return
        item = self.objectives_list.item(row)
        objective_id = item.data(ID_ROLE)
        rated = 0
        if objective_id is not None:
            with contextlib.suppress(StoreError):
                rated = self.store.assessments.count_by_objective(objective_id)
        if rated and not messages().question(
                self, self.tr("Remove the objective"),
                (self.tr("“%1” is rated at 1 session. Removing it deletes that rating and "
                         "the words written beside it. Remove it?") if rated == 1 else
                 self.tr("“%1” is rated at %n sessions. Removing it deletes those ratings "
                         "and the words written beside them. Remove it?", "", rated))
                .replace("%1", item.text())):
            return
        self.objectives_list.takeItem(row)
        self._objectives_changed()

    def _suggest_rules(self) -> None:
        template = self.template()
        if template is None or not template.principles:
            return
        text = "\n".join(f"– {p.get(self.lang)}" for p in template.principles)
        current = self.rules_edit.text().strip()
        self.rules_edit.setText(f"{current}\n{text}".strip() if current and
                                     text not in current else text)

    # -- change tracking -------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)
            self._update_hints()

    def _rules_changed(self) -> None:
        if not self._loading:
            self._rules_touched = True
            self._changed()

    def _objective_edited(self, item: QListWidgetItem) -> None:
        """A saved objective's title emptied (reformulated down to nothing) is put
        back: saved empty, the objective went with its ratings and their words,
        without the question « Retirer » asks (fresh6). « Retirer » removes one."""
        if item.data(ID_ROLE) is not None and not item.text().strip() \
                and item.data(TITLE_ROLE):
            item.setText(item.data(TITLE_ROLE))

    def _objectives_changed(self, *_args) -> None:
        if not self._loading:
            self._objectives_touched = True
            self._changed()

    def _set_dirty(self, dirty: bool) -> None:
        """« Enregistrer » and « Annuler les modifications » only when there is
        something to save: just opening the page offered to save it. Every field says
        a change as it is typed (a cell or an objective being typed, a date typed whole,
        not yet taken, included: a greyed button would not take the click that ends
        them)."""
        self._dirty = dirty
        if not dirty and (self.save_button.hasFocus() or self.revert_button.hasFocus()):
            # Qt would hand the keyboard to the next button, « Archiver ce groupe »:
            # a second Return would archive the group just saved.
            self.scroll.setFocus(Qt.FocusReason.OtherFocusReason)
        self.revert_button.setEnabled(dirty)
        self.save_button.setEnabled(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def _format_changed(self) -> None:
        template = self.template()
        self.format_description.setText(self._describe(template) if template else "")
        if self._loading:
            return
        if self.is_new:
            self._apply_template_defaults(force=False)
        self._changed()

    def _describe(self, template: Template) -> str:
        parts = []
        if template.description:
            parts.append(template.description.get(self.lang))
        if template.duration:
            parts.append(template.duration.get(self.lang))
        return "\n".join(parts)

    def _apply_template_defaults(self, *, force: bool) -> None:
        """Rhythm, principles and objectives of the chosen format (not over the person's edits)."""
        template = self.template()
        if template is None:
            return
        loading, self._loading = self._loading, True
        self.format_description.setText(self._describe(template))
        self.every_spin.setValue(template.cadence_every)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(template.cadence_unit.value))
        self.count_spin.setValue(template.sessions)
        if force or not self._rules_touched:
            self.rules_edit.setPlainText(
                "\n".join(f"– {p.get(self.lang)}" for p in template.principles))
        if force or not self._objectives_touched:
            self.objectives_list.clear()
            for objective in template.default_objectives:
                self._append_objective(objective.get(self.lang))
        self._loading = loading

    def _update_heading(self) -> None:
        name = self.name_edit.text().strip()
        if self.is_new:
            self.heading.setText(name or self.tr("New group"))
        else:
            self.heading.setText(name or self.tr("Group"))

    def _update_hints(self) -> None:
        start = formats.pydate(self.start_edit.date())
        try:
            dates = planned_dates(start, self._cadence(), self.count_spin.value())
            first, last = dates[0], dates[-1]
            if self.group is not None and self.store is not None:
                # A saved group: its sessions' own dates (a meeting moved on its page),
                # with what saving the plan shown here would move or add.
                plan = replace(self.group, start_date=start, cadence=self._cadence(),
                               planned_sessions=self.count_spin.value())
                first, last = cycle_span(self.store, plan, self.group)
        except DomainError:
            self.calendar_hint.clear()
            return
        except StoreError:
            pass  # the journal could not be read: the plan's own dates
        text = self.tr("From %1 to %2.").replace(
            "%1", formats.format_date(first)).replace("%2", formats.format_date(last))
        if not self.is_new:
            text += " " + self.tr("Changing the first date or the rhythm moves the sessions "
                                  "still planned; sessions held stay where they are.")
        self.calendar_hint.setText(text)

    # -- saving ------------------------------------------------------------------------------------
    def _cadence(self) -> Cadence:
        return Cadence(self.every_spin.value(), CadenceUnit(self.unit_combo.currentData()))

    def _members(self) -> list[Member]:
        members = []
        for row in range(self.members_table.rowCount()):
            first = self.members_table.item(row, 0)
            second = self.members_table.item(row, 1)
            pseudonym = first.text().strip() if first else ""
            masked = [n.strip() for n in (second.text() if second else "").split(",")]
            if not pseudonym and not any(masked):
                continue
            if not pseudonym:
                # Names to mask typed before the pseudonym: their initials stand in (what
                # the person would type), shown in the cell. Refusing the row lost it at
                # lock or close, which cannot ask, and with it the names the booklet
                # must mask (found by a fresh-eyes review).
                pseudonym = initials(next(n for n in masked if n))
                if first is None:
                    first = QTableWidgetItem()
                    self.members_table.setItem(row, 0, first)
                self.members_table.blockSignals(True)
                first.setText(pseudonym)
                self.members_table.blockSignals(False)
            members.append(Member(pseudonym=pseudonym, masked_names=masked,
                                  id=first.data(ID_ROLE)))
        return members

    def _objective_rows(self) -> list[tuple[int | None, str]]:
        rows = []
        for row in range(self.objectives_list.count()):
            item = self.objectives_list.item(row)
            title = item.text().strip() or (item.data(TITLE_ROLE) or "").strip()
            if title:  # (a saved one emptied keeps its title: see _objective_edited)
                rows.append((item.data(ID_ROLE), title))
        return rows

    def problems(self) -> list[str]:
        found = []
        if not self.name_edit.text().strip():
            found.append(self.tr("Give the group a name."))
        if self.template() is None:
            found.append(self.tr("Choose the group's format."))
        return found

    def commit_open_editors(self) -> None:
        """A member or objective still being typed in its cell counts as typed.

        A table keeps the text of an open cell editor to itself until Return or a
        click elsewhere; quitting or locking then would lose it (or keep
        "New objective" instead of what was typed).
        """
        for view in (self.members_table, self.objectives_list):
            for editor in view.viewport().findChildren(QWidget):
                if editor.isVisible() and isinstance(editor, QLineEdit):
                    view.commitData(editor)

    def keep_unsaved(self) -> bool:
        """Before a quit or a lock: what ``_keep_unsaved`` says; True once saved."""
        self._keep_unsaved()
        return not self._dirty

    def _keep_unsaved(self) -> None:
        """Locking or quitting cannot ask: an edit held back only by a missing name is
        saved under the group's previous name, or « Unnamed group » for a new one,
        rather than lost with the screen."""
        self.commit_open_editors()
        if not self._dirty or self.template() is None:
            return
        if not self.name_edit.text().strip():
            self.name_edit.setText(self.group.name if self.group else self.tr("Unnamed group"))
        self.save()

    def flush(self) -> bool:
        """Save a pending valid edit; False if an edit is pending but cannot be saved."""
        self.commit_open_editors()
        if not self._dirty:
            return True
        if self.problems():
            return False
        return self.save() is not None

    def unsaved_reasons(self) -> list[str]:
        """After ``flush``: why the form's edit is not saved (empty when it is, or when
        nothing was touched): what the form lacks, or what the journal said."""
        if not self._dirty:
            return []
        return self.problems() or [self._save_failure or self.tr("the group was not saved")]

    def revert(self) -> None:
        """« Clear » on a new group asks first: what was typed there goes for good."""
        if self.group is None and self._dirty and not messages().question(
                self, self.tr("Clear the form?"),
                self.tr("Everything typed for this new group will be erased.")):
            return
        if self.group is None:
            self.new_group(self.format_combo.currentData())
        else:
            self.load(self.group.id)

    def save(self) -> int | None:
        """Write the form to the journal; the group's id, or None (the message is shown)."""
        self.commit_open_editors()
        problems = self.problems()
        if problems:
            self._fail(" ".join(problems))
            return None
        self.saveStateChanged.emit("saving")
        try:
            members = self._members()
            group = self._save_group(members)
        except (StoreError, DomainError) as exc:
            if isinstance(exc, DomainError):
                message = exc.message
            else:  # the store's English, in the person's words (fresh7 F18)
                from carnet.ui.os_words import store_reason

                message = self.tr("The group was not saved: %1.").replace(
                    "%1", store_reason(str(exc)))
            self._save_failure = message
            self._fail(message)
            self.saveStateChanged.emit("error")
            self.errorOccurred.emit(str(exc) if isinstance(exc, StoreError) else message)
            return None
        self.error_label.hide()
        self.load(group.id)
        self.saveStateChanged.emit("saved")
        self.saved.emit(group.id)
        return group.id

    # -- ending the cycle -----------------------------------------------------------------------
    def _show_ending(self, group: Group) -> None:
        self.ending_section.show()
        if group.archived:
            self.archive_button.setText(self.tr("Bring this group back"))
            self.ending_hint.setText(" ".join([self.tr(
                "This group is archived: greyed in the list, no longer proposed on Home, "
                "in Préparer or in Progression. Everything in it is kept, and printed in "
                "your booklets."), *self._still_open(group)]))
        else:
            self.archive_button.setText(self.tr("Archive this group"))
            self.ending_hint.setText(self.tr(
                "When the cycle ends, archive the group: it stays in your journal and your "
                "booklets, greyed in the list, and is no longer proposed elsewhere. A group "
                "made by mistake, with nothing written in it, can be removed."))

    def _still_open(self, group: Group) -> list[str]:
        """What an archived group still holds open, said where it is found: archived in
        silence, its open actions and waiting topics left every screen (fresh6)."""
        try:
            left = left_open(self.store, group.id, date.today())
        except StoreError:
            return []
        actions, topics = len(left.actions), left.topics
        said = []
        if actions:
            said.append(self.tr("%n action(s) of this group are still open: Préparer lists "
                                "them under « All groups », and its sessions' pages show "
                                "them.", "", actions))
        if topics:
            said.append(self.tr("%n topic(s) to bring are still waiting in it: Préparer › "
                                "« Topics to bring », « All groups ».", "", topics))
        return said

    def _left_open_text(self, group: Group, left: LeftOpen) -> str:
        """What archiving leaves open, named: asked before, not told after."""
        lines = [self.tr("“%1” still holds:").replace("%1", group.name)]
        if left.actions:
            titles = [self.tr("“%1”").replace("%1", _shortened(a.title))
                      for a in left.actions[:3]]
            if len(left.actions) > 3:
                titles.append(self.tr("%n other(s)", "", len(left.actions) - 3))
            lines.append("• " + self.tr("%n open action(s): %1", "", len(left.actions))
                         .replace("%1", ", ".join(titles)))
        if left.topics:
            lines.append("• " + self.tr("%n topic(s) still to bring", "", left.topics))
        if left.planned:
            lines.append("• " + self.tr("%n planned session(s), the next on %1", "",
                                        len(left.planned)).replace(
                "%1", formats.format_date(left.planned[0].date, "long")))
        lines.append("")
        lines.append(self.tr(
            "Archived, the group keeps them as they are, but they leave Home and the "
            "reminders: its planned sessions are no longer announced. Préparer still lists "
            "its open actions and topics under « All groups », and “Bring this group back” "
            "undoes the archiving."))
        return "\n".join(lines)

    def toggle_archived(self, *, asked: bool = False) -> None:
        """Archive the group (or bring it back), after saving what the page holds.
        A group that still holds open actions, topics to bring or planned sessions is
        archived only once the person said yes to what stays open (« No » by default);
        ``asked`` when the question was already put with that text."""
        if self.group is None:
            return
        if self._dirty and not self.flush():
            self._fail(self.tr("Save your changes first: %1").replace(
                "%1", " ".join(self.problems())))
            return
        group = self.store.groups.get(self.group.id)
        if not group.archived and not asked:
            left = left_open(self.store, group.id, date.today())
            if left and not messages().question(
                    self, self.tr("Archive this group?"),
                    self._left_open_text(group, left) + "\n\n"
                    + self.tr("Archive it anyway?")):
                return
        self.store.groups.update(replace(group, archived=not group.archived))
        self.load(group.id)
        self.saved.emit(group.id)

    def remove_group(self) -> None:
        """Remove a group made by mistake; one with something written in it is archived
        instead, if the person wants (a removal cannot be undone)."""
        if self.group is None:
            return
        group = self.group
        contents = group_contents(self.store, group.id)
        if not contents.removable:
            why = self.tr("%n session(s) of “%1” hold what you wrote: the group cannot be "
                          "removed, so that nothing you wrote is lost.", "",
                          contents.written).replace("%1", group.name)
            title = self.tr("This group cannot be removed")
            if group.archived:
                messages().information(self, title, why)
                return
            left = left_open(self.store, group.id, date.today())
            question = why + "\n\n"
            if left:  # what stays open, said before the question
                question += self._left_open_text(group, left) + "\n\n"
            question += self.tr(
                "Archive it instead? It stays in your journal and your booklets, out of "
                "the way.")
            if messages().question(self, title, question):
                self.toggle_archived(asked=True)
            return
        text = self.tr("Remove “%1”?").replace("%1", group.name) + "\n\n"
        if contents.sessions:
            text += self.tr("Its %n planned session(s), with nothing written in them, its "
                            "members and its objectives will be removed, on your other "
                            "devices too. Its topics stay, without a group.", "",
                            contents.sessions)
        else:
            text += self.tr("Its members and its objectives will be removed, on your other "
                            "devices too. Its topics stay, without a group.")
        text += " " + self.tr("This cannot be undone.")
        if not messages().question(self, self.tr("Remove the group"), text):
            return
        self._set_dirty(False)  # what the page held goes with the group
        if not remove_group(self.store, group.id):  # written in meanwhile (another device)
            self.load(group.id)
            self._fail(self.tr("Something was written in this group meanwhile: it was not "
                               "removed."))
            return
        self.group = None
        self._read = None
        self.removed.emit(group.id)

    def _say_moved(self, moved: list) -> None:
        """The open actions that followed their moved sessions, said, with the way back."""
        self._moved = [(action.id, old, action.due_date) for action, old in moved]
        if not moved:
            self.moved_note.hide()
            return
        self.moved_note.button.setText(self.tr("Keep %n action(s) on the former date(s)", "",
                                               len(moved)))
        self.moved_note.button.show()
        self.moved_note.offer(self.tr(
            "%n open action(s) due at the moved sessions followed them to their new dates.",
            "", len(moved)))

    def _say_removed(self, count: int, blank: list, kept: list) -> None:
        """The planned sessions above a lowered count: the blank ones removed, those
        holding something kept — said (they stayed, still announced: fresh8's G19)."""
        parts = []
        if blank:
            parts.append(self.tr("%n planned session(s) beyond session %1, with nothing in "
                                 "them, were removed.", "", len(blank)).replace("%1", str(count)))
        if kept:
            parts.append(self.tr("%n planned session(s) beyond session %1 hold something and "
                                 "stay (« Remove this session… » on its page removes one).", "",
                                 len(kept)).replace("%1", str(count)))
        if parts:
            self.removed_note.offer(" ".join(parts))
        else:
            self.removed_note.hide()

    def _keep_due_dates(self) -> None:
        moves, self._moved = self._moved, []
        kept = []
        try:
            with self.store.transaction():
                for action_id, old, new in moves:
                    kept += keep_due_before_move(self.store, [action_id], old, new)
        except StoreError as exc:
            self._fail(str(exc))
            return
        had_focus = self.moved_note.button.hasFocus()
        self.moved_note.button.hide()
        if had_focus:  # the keyboard stays here, the page does not jump to the members
            self.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.moved_note.label.setText(self.tr(
            "%n action(s) due on their former dates again.", "", len(kept)))
        self.saved.emit(self.group.id if self.group else 0)

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _save_group(self, members: list[Member]) -> Group:
        template = self.template()
        previous = self.group
        group = Group(
            name=self.name_edit.text().strip(),
            template_id=template.id,
            facilitator=self.facilitator_edit.text().strip(),
            cadence=self._cadence(),
            planned_sessions=self.count_spin.value(),
            start_date=formats.pydate(self.start_edit.date()),
            place=self.place_edit.text().strip(),
            ground_rules=self.rules_edit.text().strip(),
            notes=previous.notes if previous else "",
            archived=previous.archived if previous else False,
            id=previous.id if previous else None,
        )
        objectives = self._objective_rows()
        wordings: list = []
        if previous is not None and self._read is not None:
            # A sync may have brought another device's edit since the page was read (the
            # page is not re-read while the person types in it): only what was changed
            # here is written, the rest keeps the journal's current values.
            now = read_group_form(self.store, previous.id)
            if now != self._read:
                form = GroupForm(group, tuple(members), tuple(objectives))
                merged = merge_group_form(self._read, form, now)
                # a name, a place… reworded here and elsewhere: theirs is offered
                # beside (carnet/services/page_merge.py), not dropped by this save
                wordings = form_wordings(self._read, form, now)
                group, members, objectives = (
                    merged.group, list(merged.members), list(merged.objectives))
                previous = now.group
        with self.store.transaction():
            moved: list = []
            removed: list = []
            saved = save_group(self.store, group, previous, template.default_role, members,
                               objectives, moved, removed)
            for table, rid, seen in wordings:
                self.store.sync.keep_wordings_beside(table, rid, seen)
        self._say_moved(moved)
        self._say_removed(group.planned_sessions, *(removed or [[], []]))
        return saved


class _Note(QWidget):
    """A line of words and a link under the form (« … [Les garder à leurs dates] »)."""

    def __init__(self) -> None:
        super().__init__()
        self.label = style.label("", "hint", wrap=True)
        self.button = QPushButton()
        self.button.setProperty("role", "link")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.show()


def _shortened(title: str, limit: int = 80) -> str:
    """An action's title in a question, on one line and not a page long (the whole title
    stays in the journal, on its session's page and in Préparer)."""
    line = " ".join(title.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
