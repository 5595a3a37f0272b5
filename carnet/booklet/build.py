"""Building the booklet: collect → story → one layout pass → contents → PDF.

The PDF is made in memory and written with a temporary file in the destination
folder then ``os.replace``: a cancelled or failed build leaves no partial file,
and nothing of the journal goes to the system temp folder.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

from carnet import gc_pause
from carnet.booklet import attachments as booklet_attachments
from carnet.booklet import texts
from carnet.booklet.collect import (
    BookletData,
    _anonymiser,
    _chosen_groups,
    collect,
    told,
)
from carnet.booklet.errors import BookletCancelled, BookletError
from carnet.booklet.fonts import register_fonts
from carnet.booklet.layout import BookletDoc, cover_box, paginate_toc, paint_cover
from carnet.booklet.options import BookletOptions, BuildResult
from carnet.booklet.sections import StoryBuilder, cover_flowables
from carnet.booklet.styles import geometry, shared_styles
from carnet.domain import SessionStatus

rl_config.useA85 = 0  # 6–8 % faster, 18 % smaller here

Progress = Callable[[int, int], None]
TOTAL = 1000
_COLLECT, _STORY, _LAYOUT = 150, 250, 980  # where each phase ends, out of TOTAL


class _Reporter:
    """Maps each phase's own count onto 0…TOTAL, calls ``progress`` only on change,
    and checks ``cancelled`` at every step."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.value = -1
        self.start, self.end, self.count, self.done = 0, 0, 1, 0

    def phase(self, end: int, count: int) -> None:
        self.start, self.end, self.count, self.done = max(self.value, 0), end, max(count, 1), 0
        self.report(self.start)

    def tick(self) -> None:
        self.done += 1
        span = self.end - self.start
        self.report(self.start + min(span, span * self.done // self.count))

    def report(self, value: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BookletCancelled()
        if value > self.value:
            self.value = value
            if self.progress is not None:
                self.progress(value, TOTAL)


def _held_count(store, options: BookletOptions) -> int:
    sessions = told(store, store.sessions.list(status=None if options.include_unheld else
                                               SessionStatus.HELD, start=options.date_from,
                                               end=options.date_to, group_ids=options.group_ids),
                    options)
    if options.session_ids is not None:
        wanted = set(options.session_ids)
        sessions = [s for s in sessions if s.id in wanted]
    return len(sessions)


def _story(data: BookletData, options: BookletOptions, styles, geo, reporter) -> StoryBuilder:
    builder = StoryBuilder(data, styles, geo, tick=reporter.tick)
    for part in ("objectives", "sessions", "learnings", "actions", "charts", "closing"):
        if options.has(part):
            getattr(builder, part)()
    return builder



def render(
    store, options: BookletOptions, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, templates=None,
) -> BuildResult:
    """The booklet as PDF bytes in memory (used for the dialog's live page count)."""
    from carnet.store import StoreError

    with gc_pause.paused():  # (carnet/gc_pause.py)
        try:
            return _render(store, options, progress, cancelled, templates)
        except (BookletError, StoreError):
            raise
        except Exception as exc:  # a layout problem: a message, never a traceback
            raise BookletError(
                f"The booklet could not be laid out ({type(exc).__name__}: "
                f"{str(exc)[:200]}). Try leaving out a part, or report the problem.",
                "layout", kind=type(exc).__name__,
            ) from exc


def _render(store, options, progress, cancelled, templates) -> BuildResult:
    reporter = _Reporter(progress, cancelled)
    reporter.report(0)
    register_fonts()
    if templates is None:
        from carnet.templates import load_templates

        templates = load_templates()
    reporter.phase(_COLLECT, _held_count(store, options))
    data = collect(store, options, templates, tick=reporter.tick)
    if options.attachments:
        data.attachments = booklet_attachments.collect(
            store, data.chapters, _anonymiser(store, _chosen_groups(store, options), options))
    geo = geometry(options.paper)
    styles = shared_styles()
    reporter.phase(_STORY, len(data.chapters))
    builder = _story(data, options, styles, geo, reporter)
    body = builder.story
    toc_pages = paginate_toc(builder.toc, geo) if options.has("toc") else []

    front: list = []
    if options.has("cover"):
        _, _, width, height = cover_box(geo)
        front += cover_flowables(data, styles, width, height)
    if toc_pages:
        # empty pages: the contents are drawn on them as forms once numbers are known
        front.append(NextPageTemplate("toc"))
        for index in range(len(toc_pages)):
            if index or options.has("cover"):
                front.append(PageBreak())
            front.append(Spacer(1, 1))
    front.append(NextPageTemplate("body"))
    if not (options.has("cover") or toc_pages) and body and isinstance(body[0], PageBreak):
        body = body[1:]
    story = front + body
    if len(story) <= 1:
        story.append(Spacer(1, 1))

    first = "cover" if options.has("cover") else ("toc" if toc_pages else "body")
    buffer = io.BytesIO()
    owner = "" if options.omit_owner_name else data.owner
    doc = BookletDoc(
        buffer, geo, options.lang, toc_pages, first=first,
        title=texts.text(options.lang, "title"), author=owner, creator="Carnet",
        subject=texts.text(options.lang, "confidential"), invariant=int(options.invariant),
    )
    doc.cover_painter = lambda canv, g: paint_cover(canv, g, options.lang, data.anonymised_notice,
                                                    styles)
    reporter.phase(_LAYOUT, len(story))
    doc.on_flowable = reporter.tick
    doc.build(story)
    if toc_pages:
        doc.draw_toc_forms()
    reporter.report(_LAYOUT)
    doc.canv.save()
    pages = doc.canv.getPageNumber() - 1
    return BuildResult(pages=pages, path=None, data=buffer.getvalue(),
                       chapter_pages=dict(doc.chapter_pages))


def build_booklet(
    store, options: BookletOptions, out_path: Path | str,
    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
    *, templates=None,
) -> BuildResult:
    """Build the booklet and write it atomically to ``out_path``."""
    out_path = Path(out_path)
    folder = out_path.parent if str(out_path.parent) else Path(".")
    if not folder.is_dir():
        raise BookletError(f"The folder {folder} does not exist: choose another place.",
                           "no_folder", folder=str(folder))
    result = render(store, options, progress, cancelled, templates)
    assert result.data is not None
    if cancelled is not None and cancelled():
        raise BookletCancelled()
    _write_atomically(out_path, result.data)
    if progress is not None:
        progress(TOTAL, TOTAL)
    return BuildResult(pages=result.pages, path=out_path, chapter_pages=result.chapter_pages)


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise BookletError(
            f"The booklet could not be written to {path} ({reason}). "
            "Choose a folder you can write to, with some free space.",
            "not_written", path=str(path), errno=exc.errno,
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
