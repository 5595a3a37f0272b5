"""Export and import of the journal: Markdown to read, JSON to move or keep the data.

Qt-free. Everything written here is plaintext, outside the encrypted journal:
callers must show ``ExportResult.warning`` (``NOT_ENCRYPTED_WARNING``).
"""

from __future__ import annotations

from carnet.exchange.errors import CarnetImportError, ExchangeError, ExportError
from carnet.exchange.json_export import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_STRING_CHARS,
    NOT_ENCRYPTED_WARNING,
    NOT_ENCRYPTED_WARNING_FR,
    VERSION,
    ExportResult,
    export_json,
    fingerprint,
    journal_document,
)
from carnet.exchange.json_merge import (
    Conflict,
    ImportReport,
    import_into_new_journal,
    import_json,
)
from carnet.exchange.json_reader import ParsedExport, load_export
from carnet.exchange.markdown_export import export_markdown

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "MAX_STRING_CHARS",
    "NOT_ENCRYPTED_WARNING",
    "NOT_ENCRYPTED_WARNING_FR",
    "VERSION",
    "CarnetImportError",
    "Conflict",
    "ExchangeError",
    "ExportError",
    "ExportResult",
    "ImportReport",
    "ParsedExport",
    "export_json",
    "export_markdown",
    "fingerprint",
    "import_into_new_journal",
    "import_json",
    "journal_document",
    "load_export",
]
