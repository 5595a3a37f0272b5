"""The personal progress booklet (PDF): objectives, sessions, learnings, actions,
charts and closing reflection, typeset with reportlab.

Importing this package is cheap: reportlab and Markdown are imported only when a
build starts, so the app's unlock window never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from carnet.booklet.errors import BookletCancelled, BookletError
from carnet.booklet.options import LANGS, PAPERS, PARTS, BookletOptions, BuildResult

__all__ = [
    "LANGS",
    "PAPERS",
    "PARTS",
    "BookletCancelled",
    "BookletError",
    "BookletOptions",
    "BuildResult",
    "build_booklet",
    "left_out",
    "render_booklet",
]


def build_booklet(
    store,
    options: BookletOptions,
    out_path: Path | str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    templates=None,
) -> BuildResult:
    """Build the booklet of ``store`` into ``out_path`` (written atomically).

    ``progress(done, total)`` is called as the build advances; ``cancelled()`` is
    polled regularly and, when true, the build stops with :class:`BookletCancelled`
    and no file is written. Other failures raise :class:`BookletError` with a
    message for the person.
    """
    from carnet.booklet.build import build_booklet as _build

    return _build(store, options, out_path, progress, cancelled, templates=templates)


def render_booklet(
    store,
    options: BookletOptions,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    templates=None,
) -> BuildResult:
    """The booklet in memory (``result.data``): for the live page count and previews."""
    from carnet.booklet.build import render

    return render(store, options, progress, cancelled, templates)


def left_out(store, options: BookletOptions) -> list:
    """Sessions with content the booklet leaves out (not marked held): say them."""
    from carnet.booklet.collect import left_out as sessions_left_out

    return sessions_left_out(store, options)
