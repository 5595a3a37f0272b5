"""The booklet's name to the anonymiser, which lives in ``carnet.services.anonymise``
since the calendar export (a service) masks names too."""

from carnet.services.anonymise import (
    Anonymiser,
    Masking,
    build_anonymiser,
    fold,
    hide_in_file_name,
    identity,
    initials,
    journal_anonymiser,
)

__all__ = ["Anonymiser", "Masking", "build_anonymiser", "fold", "hide_in_file_name",
           "identity", "initials", "journal_anonymiser"]
