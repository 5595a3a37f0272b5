"""The attachments of the session on screen: strips, drops, pastes, copies, undo.

The session editor builds one :class:`SessionDocuments` per page (a child of
the page, so it goes when the page goes, and with it every decoded picture
and the bytes an undo keeps). It adds a strip under each step, the « Documents
de la séance » card, and accepts files dropped anywhere on the page, or on a
step's text (then they belong to that step), and images pasted there.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.attachment import Attachment
from carnet.services.attachment_intake import ACCEPTED_SUFFIXES
from carnet.store import JournalStore
from carnet.store.errors import StoreError
from carnet.ui.attachments import cache
from carnet.ui.attachments.intake import Intake, Outcome, Source, store_sources
from carnet.ui.attachments.strip import AttachmentStrip, display_name
from carnet.ui.attachments.texts import refusal, store_words
from carnet.ui.services import messages

#: The step id of the session's own documents (no step).
SESSION = None


def file_filter() -> str:
    patterns = " ".join(f"*{s}" for s in ACCEPTED_SUFFIXES)
    patterns += " " + patterns.upper()
    return QApplication.translate("Attachments", "Photos and PDF (%1)").replace("%1", patterns)


def sources_from_mime(mime: QMimeData) -> list[Source]:
    """Local files first; otherwise an image (a screenshot); otherwise nothing."""
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if files:
        return [Source(Path(f).name, path=Path(f)) for f in files if f]
    if mime.hasImage():
        image = mime.imageData()
        if image is not None and not image.isNull():
            return [Source(QApplication.translate("Attachments", "pasted-image") + ".png",
                           data=cache.image_to_png(image))]
    return []


class SessionDocuments(QObject):
    """Attachments of one session, shown on its page (see the module doc)."""

    changed = Signal()

    def __init__(self, store: JournalStore, session_id: int, page: QWidget) -> None:
        super().__init__(page)
        self.store = store
        self.session_id = session_id
        self.page = page
        self.strips: dict[str | None, AttachmentStrip] = {}
        self.attachments: list[Attachment] = self.store.attachments.list_by_session(session_id)
        self.intake = Intake(self)
        self.intake.finished.connect(self._added)
        self.intake.busyChanged.connect(self._busy)
        self._undo: tuple[Attachment, bytes, str | None] | None = None
        self._targets: dict[QObject, str | None] = {}
        self.viewer = None
        self.documents_card: QFrame | None = None
        page.setAcceptDrops(True)
        page.installEventFilter(self)
        self._targets[page] = SESSION
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), page)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(lambda: self.paste(SESSION))

    # -- building ----------------------------------------------------------------------------
    def attach_to_step(self, section: QWidget) -> AttachmentStrip:
        """Put a strip (thumbnails and « Attach a photo… ») at the bottom of a step's card."""
        step_id = section.step.id
        strip = self._strip(step_id, full=False, where=getattr(section, "title", ""))
        section.body_layout.addWidget(strip)
        for area in section.findChildren(QAbstractScrollArea):
            area.viewport().installEventFilter(self)
            area.installEventFilter(self)
            self._targets[area.viewport()] = step_id
            self._targets[area] = step_id
        return strip

    def title(self) -> str:
        return self.tr("Documents of the session")

    def card(self) -> QFrame:
        """The « Documents de la séance » card: the session's own strip and how to add."""
        card = QFrame()
        card.setObjectName("stepSection")
        card.setProperty("role", "card")
        card.setProperty("kind", "documents")
        self.documents_card = card
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 20)
        layout.setSpacing(8)
        hint = QLabel(self.tr("Photos of the flipchart, a scanned page, the facilitator's PDF: "
                              "drop them anywhere on this page, or paste a screenshot. They are "
                              "kept inside the encrypted journal, without location or camera "
                              "details."))
        hint.setObjectName("prompt")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self._strip(SESSION, full=True))
        return card

    def _strip(self, step_id: str | None, *, full: bool, where: str = "") -> AttachmentStrip:
        strip = AttachmentStrip(step_id, self.store.attachments.data, full=full, where=where)
        strip.attachRequested.connect(lambda s=step_id: self.choose_files(s))
        strip.pasteRequested.connect(lambda s=step_id: self.paste(s))
        strip.openRequested.connect(self.open_viewer)
        strip.menuRequested.connect(self._menu)
        strip.undoRequested.connect(self.undo_delete)
        self.strips[step_id] = strip
        strip.set_attachments(self.of_step(step_id))
        return strip

    def of_step(self, step_id: str | None) -> list[Attachment]:
        """The attachments shown in ``step_id``'s strip (the session's own for None, and
        those of a step that is not on the page)."""
        if step_id is SESSION:
            return [a for a in self.attachments
                    if a.step_id is None or a.step_id not in self.strips]
        return [a for a in self.attachments if a.step_id == step_id]

    def reload(self) -> None:
        self.attachments = self.store.attachments.list_by_session(self.session_id)
        for step_id, strip in self.strips.items():
            strip.set_attachments(self.of_step(step_id))
        self.changed.emit()

    # -- adding ------------------------------------------------------------------------------
    def choose_files(self, step_id: str | None) -> None:
        chosen = messages().open_files(
            self.page.window(), self.tr("Attach photos or PDF files"), str(Path.home()),
            file_filter())
        if chosen:
            self.submit(step_id, [Source(Path(p).name, path=Path(p)) for p in chosen])

    def paste(self, step_id: str | None) -> bool:
        """Attach what the clipboard holds (files or an image); False when it holds neither."""
        sources = sources_from_mime(QGuiApplication.clipboard().mimeData())
        if not sources:
            messages().information(
                self.page.window(), self.tr("Nothing to paste"),
                self.tr("The clipboard holds no image and no file. Copy a screenshot or a "
                        "photo first."))
            return False
        self.submit(step_id, sources)
        return True

    def submit(self, step_id: str | None, sources: list[Source]) -> None:
        """Check, re-encode and store ``sources`` off the interface's thread."""
        store, session_id = self.store, self.session_id
        strip = self.strips.get(SESSION)
        keep = bool(strip is not None and strip.keep_original.isChecked())
        decoder = cache.heic_decoder()
        gate = self.intake.gate
        self.intake.run(lambda: store_sources(store, session_id, step_id, sources, keep, decoder,
                                              gate))

    def _busy(self, busy: bool) -> None:
        for strip in self.strips.values():
            strip.busy.setVisible(busy)

    def _added(self, outcomes: list[Outcome]) -> None:
        if any(o.attachment_id for o in outcomes):
            self.reload()
        refused = [o for o in outcomes if o.attachment_id is None]
        if refused:
            lines = [f"• {o.name} : {refusal(o.reason, o.detail)}" for o in refused]
            title = (self.tr("A file was not attached") if len(refused) == 1
                     else self.tr("Some files were not attached"))
            messages().warning(
                self.page.window(), title,
                self.tr("Nothing was stored for:") + "\n" + "\n".join(lines))

    # -- drops and pastes ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()
            if self._carries_files(mime):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            mime = event.mimeData()
            if self._carries_files(mime):
                event.acceptProposedAction()
                self.submit(self._targets.get(watched, SESSION), sources_from_mime(mime))
                return True
        elif kind == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Paste):
            mime = QGuiApplication.clipboard().mimeData()
            if self._carries_files(mime):
                self.submit(self._targets.get(watched, SESSION), sources_from_mime(mime))
                return True
        return False

    @staticmethod
    def _carries_files(mime: QMimeData | None) -> bool:
        """Files or an image without text: text is pasted or dropped as text."""
        if mime is None:
            return False
        if any(url.isLocalFile() for url in mime.urls()):
            return True
        return mime.hasImage() and not mime.hasText()

    # -- acting on one attachment -------------------------------------------------------------
    def flush(self) -> None:
        """Save the caption being typed in the open viewer (before a sync, a lock): a
        sync then carries it, and a deletion made meanwhile on another device does not
        take the words typed here with it."""
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.save_caption()
        # a photo being stored is stored before the journal closes; a file still being
        # read (a share that hangs) is not waited for (fresh7: the lock froze)
        self.intake.settle()

    def find(self, attachment_id: int) -> Attachment | None:
        return next((a for a in self.attachments if a.id == attachment_id), None)

    def _menu(self, attachment_id: int, where: QPoint) -> None:
        attachment = self.find(attachment_id)
        if attachment is None:
            return
        menu = QMenu(self.page)
        menu.addAction(self.tr("Open"), lambda: self.open_viewer(attachment_id))
        menu.addAction(self.tr("Edit the caption…"), lambda: self.open_viewer(attachment_id,
                                                                             caption=True))
        menu.addSeparator()
        menu.addAction(self.tr("Open with…"), lambda: self.open_with(attachment_id))
        menu.addAction(self.tr("Save as…"), lambda: self.save_copy(attachment_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete(attachment_id))
        menu.exec(where)

    def open_viewer(self, attachment_id: int, *, caption: bool = False) -> None:
        from carnet.ui.attachments.viewer import AttachmentViewer

        if self.find(attachment_id) is None:
            return
        self.viewer = AttachmentViewer(self, attachment_id, self.page.window())
        self.viewer.finished.connect(self._viewer_closed)
        self.viewer.show()
        if caption:
            self.viewer.caption.setFocus()

    def _viewer_closed(self) -> None:
        self.viewer = None

    def set_caption(self, attachment_id: int, caption: str) -> bool:
        attachment = self.find(attachment_id)
        if attachment is None or attachment.caption == caption:
            return True
        try:
            self.store.attachments.set_caption(attachment_id, caption)
        except (StoreError, ValueError) as exc:
            messages().error(self.page.window(), self.tr("The caption was not saved"),
                             store_words(exc))
            return False
        attachment.caption = caption
        strip = self.strips.get(attachment.step_id if attachment.step_id in self.strips
                                else SESSION)
        if strip is not None:
            strip.set_attachments(self.of_step(strip.step_id))
        return True

    def replace_image(self, attachment_id: int, data: bytes, width: int, height: int) -> None:
        self.store.attachments.replace_data(attachment_id, data, width, height)
        self.reload()

    def delete(self, attachment_id: int) -> None:
        """Delete at once; the strip offers to undo until the page closes (or the lock)."""
        attachment = self.find(attachment_id)
        if attachment is None:
            return
        try:
            data = self.store.attachments.data(attachment_id)
            uuid = self.store.sync.uuid_of("attachments", attachment_id)
            self.store.attachments.delete(attachment_id)
        except StoreError as exc:
            messages().error(self.page.window(), self.tr("The file was not deleted"),
                             store_words(exc))
            return
        self._undo = (attachment, data, uuid)
        self.reload()
        for strip in self.strips.values():
            strip.hide_undo()
        strip = self.strips.get(attachment.step_id if attachment.step_id in self.strips
                                else SESSION)
        if strip is not None:
            strip.show_undo(self.tr("«%1» deleted.").replace("%1", display_name(attachment)))

    def undo_delete(self) -> None:
        if self._undo is None:
            return
        attachment, data, uuid = self._undo
        try:
            with self.store.transaction():
                self.store.attachments.add(attachment, data)
                if uuid:  # its own identity back: a caption edited elsewhere meanwhile
                    # would otherwise bring the original back too (shown twice)
                    self.store.sync.restore_uuid("attachments", attachment.id, uuid)
        except StoreError as exc:
            messages().error(self.page.window(), self.tr("The file was not put back"),
                             store_words(exc))
            return
        self._undo = None
        for strip in self.strips.values():
            strip.hide_undo()
        self.reload()

    # -- copies outside the journal ---------------------------------------------------------------
    def _write_copy(self, attachment_id: int, title: str) -> Path | None:
        """Write a copy where the person chooses (0600); None when cancelled or failed."""
        from carnet.exchange.errors import ExportError
        from carnet.exchange.files import write_atomic

        attachment = self.find(attachment_id)
        if attachment is None:
            return None
        suggested = str(Path.home() / safe_file_name(attachment))
        chosen = messages().save_file(self.page.window(), title, suggested, "")
        if not chosen:
            return None
        dest = Path(chosen)
        from carnet.ui.synced_folder import may_write_in_clear

        if not may_write_in_clear(self.page.window(), self.store, dest):
            return None
        try:
            write_atomic(dest, self.store.attachments.data(attachment_id))
        except (ExportError, StoreError) as exc:
            if isinstance(exc, ExportError):
                from carnet.ui.os_words import write_reason

                why = write_reason("ENOENT" if exc.reason == "no_folder" else exc.errno)
            else:
                why = store_words(exc)
            messages().error(self.page.window(), self.tr("The copy was not written"),
                             self.tr("“%1” could not be written: %2.").replace(
                                 "%1", str(dest)).replace("%2", why))
            return None
        return dest

    def save_copy(self, attachment_id: int) -> Path | None:
        dest = self._write_copy(attachment_id,
                                self.tr("Save a copy (NOT encrypted)"))
        if dest is not None:
            messages().warning(
                self.page.window(), self.tr("Copy written — NOT encrypted"),
                self.tr("%1 was written.").replace("%1", str(dest)) + "\n\n" + not_encrypted())
        return dest

    def open_with(self, attachment_id: int) -> Path | None:
        """Another application opens a copy the person placed (after a warning)."""
        if not messages().question(
                self.page.window(), self.tr("Open with another application"),
                self.tr("To open this file in another application, Carnet writes a copy where "
                        "you choose.") + "\n\n" + not_encrypted()):
            return None
        dest = self._write_copy(attachment_id,
                                self.tr("Where to put the copy to open (NOT encrypted)"))
        if dest is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(dest)))
        return dest


def not_encrypted() -> str:
    return QApplication.translate(
        "Attachments",
        "The copy is NOT encrypted: anyone who can open the file can see it. Keep it somewhere "
        "private and delete it when you no longer need it.")


def safe_file_name(attachment: Attachment) -> str:
    """A file name for the copy: the caption or the original name, with its kind's suffix."""
    suffix = {"image/jpeg": ".jpg", "image/png": ".png"}.get(attachment.mime, ".pdf")
    stem = (attachment.caption.strip() or Path(attachment.filename).stem or "document")[:80]
    stem = "".join(c if c.isalnum() or c in " -_." else "_" for c in stem).strip(" .") or "document"
    return stem + suffix
