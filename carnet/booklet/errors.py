"""The booklet's errors: messages meant for the person, never a traceback."""

from __future__ import annotations


class BookletError(Exception):
    """The booklet could not be made; the message says why and what to do."""


class BookletCancelled(BookletError):  # noqa: N818 (the name the app uses)
    """The person cancelled the build; no file was written."""

    def __init__(self) -> None:
        super().__init__("The booklet was cancelled; no file was written.")
