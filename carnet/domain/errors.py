"""Rule violations raised by the domain objects."""

from __future__ import annotations


class DomainError(ValueError):
    """A value breaks a rule of the journal (rating out of 1–5, unknown status…).

    ``field`` names the offending attribute so forms can point at it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
