"""Session templates: one TOML file per group format, validated at load time.

Qt-free and SQL-free. The file format is documented in ``carnet.templates.schema``.
"""

from __future__ import annotations

from carnet.templates.loader import (
    BUILTIN_ORDER,
    USER_DIR_DEFAULT,
    TemplateSet,
    load_template,
    load_templates,
)
from carnet.templates.schema import (
    SCHEMA_VERSION,
    Localized,
    Part,
    Prompt,
    Step,
    StepKind,
    Template,
    TemplateError,
)

__all__ = [
    "BUILTIN_ORDER",
    "SCHEMA_VERSION",
    "USER_DIR_DEFAULT",
    "Localized",
    "Part",
    "Prompt",
    "Step",
    "StepKind",
    "Template",
    "TemplateError",
    "TemplateSet",
    "load_template",
    "load_templates",
]
