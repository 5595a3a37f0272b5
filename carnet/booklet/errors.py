"""The booklet's errors: messages meant for the person, never a traceback."""

from __future__ import annotations


class BookletError(Exception):
    """The booklet could not be made; the message says why and what to do.

    The message is English (logs, tests); ``reason`` is a code the window and the
    command line word in the person's language (carnet/ui/booklet_words.py), with
    ``details``: ``no_folder`` (folder), ``not_written`` (path, errno),
    ``layout`` (kind), ``font`` (filename); empty for a reason without words yet.
    """

    def __init__(self, message: str, reason: str = "", **details: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = details


class BookletCancelled(BookletError):  # noqa: N818 (the name the app uses)
    """The person cancelled the build; no file was written."""

    def __init__(self) -> None:
        super().__init__("The booklet was cancelled; no file was written.", "cancelled")
