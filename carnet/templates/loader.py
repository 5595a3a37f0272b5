"""Reading and validating template files.

Every problem becomes a ``TemplateError`` that names the file and the field, because
the person who has to fix a user template only has a text editor. One broken file
never stops the others from loading.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from carnet import paths
from carnet.domain.enums import CadenceUnit, Role
from carnet.templates.schema import (
    LANGUAGES,
    SCHEMA_VERSION,
    Localized,
    Part,
    Prompt,
    Step,
    StepKind,
    Template,
    TemplateError,
)

#: Built-ins come first, in this order; any other built-in follows, sorted by id.
BUILTIN_ORDER: Final = ("codev", "rpm", "rpp", "atelier", "echange")

#: A template is a few kilobytes; anything this big is not one.
MAX_FILE_BYTES: Final = 1_000_000

_TEMPLATE_ID = re.compile(r"[a-z0-9_-]+")
_STEP_ID = re.compile(r"[a-z0-9_]+")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_ID_MAX = 64
_SPACE_BEFORE = re.compile(r"[ \t]+([?!:;»])")
_SPACE_AFTER = re.compile(r"«[ \t]+")
NBSP: Final = "\u00a0"


def french_spacing(text: str) -> str:
    """Make the spaces before ? ! : ; » and after « non-breaking, so that a wrapped
    label or a booklet line never starts with a lone « ? »; files stay easy to type."""
    text = _SPACE_BEFORE.sub(lambda m: NBSP + m.group(1), text)
    return _SPACE_AFTER.sub("«" + NBSP, text)


_TOP_KEYS = frozenset(
    (
        "id",
        "schema",
        "name",
        "description",
        "duration",
        "cadence",
        "sessions",
        "roles",
        "default_role",
        "principles",
        "default_objectives",
        "themes",
        "parts",
        "steps",
    )
)
_PART_KEYS = frozenset({"number", "title"})
_STEP_KEYS = frozenset({"id", "part", "kind", "title", "prompts"})
_PROMPT_KEYS = frozenset({"role", "text"})
_CADENCE_KEYS = frozenset({"every", "unit"})

_ROLE_CODES = ", ".join(r.value for r in Role)
_KIND_CODES = ", ".join(k.value for k in StepKind)
_UNIT_CODES = ", ".join(u.value for u in CadenceUnit)

_TYPE_NAMES = {
    str: "a text",
    int: "a whole number",
    list: "a list",
    dict: "a table",
}


def _describe(value: object) -> str:
    """How a TOML value reads to the person who wrote it."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


class _Checker:
    """Validates one parsed file; each method raises on the first problem it finds."""

    def __init__(self, path: Path, builtin: bool) -> None:
        self.path = path
        self.builtin = builtin

    def fail(self, field_name: str, message: str) -> TemplateError:
        return TemplateError(self.path, field_name, message)

    def typed(self, value: object, expected: type, field_name: str) -> Any:
        # bool is an int in Python but never a number in a template
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise self.fail(
                field_name, f"expected {_TYPE_NAMES[expected]}, found {_describe(value)}"
            )
        return value

    def keys(self, table: dict[str, Any], allowed: frozenset[str], field_name: str) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            where = f"{field_name}.{unknown[0]}" if field_name else unknown[0]
            raise self.fail(where, f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def required(self, table: dict[str, Any], key: str, field_name: str) -> Any:
        if key not in table:
            where = f"{field_name}.{key}" if field_name else key
            raise self.fail(where, "missing (required)")
        return table[key]

    def text(self, value: object, field_name: str) -> str:
        text = self.typed(value, str, field_name).strip()
        if not text:
            raise self.fail(field_name, "empty text")
        return text

    def integer(self, value: object, field_name: str, low: int, high: int) -> int:
        number = self.typed(value, int, field_name)
        if not low <= number <= high:
            raise self.fail(field_name, f"{number} is out of range ({low}–{high})")
        return number

    def localized(self, value: object, field_name: str) -> Localized:
        if isinstance(value, str) and not self.builtin:
            return Localized(french_spacing(self.text(value, field_name)))
        table = self.typed(value, dict, field_name)
        for lang in table:
            if lang not in LANGUAGES:
                raise self.fail(
                    f"{field_name}.{lang}", f"unknown language (allowed: {', '.join(LANGUAGES)})"
                )
        fr = french_spacing(self.text(self.required(table, "fr", field_name), f"{field_name}.fr"))
        if "en" in table:
            en: str | None = self.text(table["en"], f"{field_name}.en")
        elif self.builtin:
            raise self.fail(f"{field_name}.en", "missing (required in built-in templates)")
        else:
            en = None
        return Localized(fr, en)

    def localized_list(self, value: object, field_name: str) -> tuple[Localized, ...]:
        items = self.typed(value, list, field_name)
        return tuple(self.localized(v, f"{field_name}[{i}]") for i, v in enumerate(items, 1))

    def role(self, value: object, field_name: str) -> Role:
        code = self.typed(value, str, field_name)
        try:
            return Role(code)
        except ValueError:
            raise self.fail(field_name, f"unknown role {code!r} (allowed: {_ROLE_CODES})") from None

    # -- the whole file -----------------------------------------------------

    def template(self, data: dict[str, Any]) -> Template:
        # The version first: a newer file may legitimately use keys we do not know.
        schema = self.typed(self.required(data, "schema", ""), int, "schema")
        if schema > SCHEMA_VERSION:
            raise self.fail(
                "schema",
                f"version {schema} needs a newer Carnet (this one reads version "
                f"{SCHEMA_VERSION}); update Carnet to use this template",
            )
        if schema < 1:
            raise self.fail("schema", f"unknown version {schema} (expected {SCHEMA_VERSION})")
        self.keys(data, _TOP_KEYS, "")

        template_id = self.text(self.required(data, "id", ""), "id")
        if not _TEMPLATE_ID.fullmatch(template_id) or len(template_id) > _ID_MAX:
            raise self.fail(
                "id",
                f"{template_id!r} must be 1–{_ID_MAX} lowercase letters, digits, '-' or '_'",
            )
        name = self.localized(self.required(data, "name", ""), "name")
        description = (
            self.localized(data["description"], "description") if "description" in data else None
        )
        duration = self.localized(data["duration"], "duration") if "duration" in data else None
        every, unit = self.cadence(data.get("cadence", {}))
        sessions = self.integer(data.get("sessions", 6), "sessions", 1, 200)
        roles = self.roles(data.get("roles", [Role.PARTICIPANT.value]))
        if "default_role" in data:
            default_role = self.role(data["default_role"], "default_role")
            if default_role not in roles:
                raise self.fail(
                    "default_role", f"{default_role.value!r} is not one of this template's roles"
                )
        else:
            default_role = roles[0]
        principles = self.localized_list(data.get("principles", []), "principles")
        objectives = self.localized_list(data.get("default_objectives", []), "default_objectives")
        themes = self.localized_list(data.get("themes", []), "themes")
        parts = self.parts(self.required(data, "parts", ""))
        steps = self.steps(self.required(data, "steps", ""), parts, roles)
        return Template(
            id=template_id,
            name=name,
            description=description,
            duration=duration,
            cadence_every=every,
            cadence_unit=unit,
            sessions=sessions,
            roles=roles,
            default_role=default_role,
            principles=principles,
            default_objectives=objectives,
            themes=themes,
            parts=parts,
            steps=steps,
            source=self.path,
            builtin=self.builtin,
        )

    def cadence(self, value: object) -> tuple[int, CadenceUnit]:
        table = self.typed(value, dict, "cadence")
        self.keys(table, _CADENCE_KEYS, "cadence")
        every = self.integer(table.get("every", 1), "cadence.every", 1, 52)
        code = self.typed(table.get("unit", CadenceUnit.MONTH.value), str, "cadence.unit")
        try:
            unit = CadenceUnit(code)
        except ValueError:
            raise self.fail(
                "cadence.unit", f"unknown unit {code!r} (allowed: {_UNIT_CODES})"
            ) from None
        return every, unit

    def roles(self, value: object) -> tuple[Role, ...]:
        items = self.typed(value, list, "roles")
        if not items:
            raise self.fail("roles", "empty list (give at least one role)")
        roles: list[Role] = []
        for i, item in enumerate(items, 1):
            role = self.role(item, f"roles[{i}]")
            if role in roles:
                raise self.fail(f"roles[{i}]", f"duplicate role {role.value!r}")
            roles.append(role)
        return tuple(roles)

    def parts(self, value: object) -> tuple[Part, ...]:
        items = self.typed(value, list, "parts")
        if not items:
            raise self.fail("parts", "empty list (give at least one [[parts]] block)")
        parts: dict[int, Part] = {}
        for i, item in enumerate(items, 1):
            where = f"parts[{i}]"
            table = self.typed(item, dict, where)
            self.keys(table, _PART_KEYS, where)
            number = self.integer(self.required(table, "number", where), f"{where}.number", 1, 1000)
            if number in parts:
                raise self.fail(f"{where}.number", f"duplicate part number {number}")
            title = self.localized(self.required(table, "title", where), f"{where}.title")
            parts[number] = Part(number, title)
        return tuple(parts[n] for n in sorted(parts))

    def steps(
        self, value: object, parts: tuple[Part, ...], roles: tuple[Role, ...]
    ) -> tuple[Step, ...]:
        items = self.typed(value, list, "steps")
        if not items:
            raise self.fail("steps", "empty list (give at least one [[steps]] block)")
        numbers = {p.number for p in parts}
        steps: list[Step] = []
        seen: set[str] = set()
        for i, item in enumerate(items, 1):
            where = f"steps[{i}]"
            table = self.typed(item, dict, where)
            self.keys(table, _STEP_KEYS, where)
            step_id = self.text(self.required(table, "id", where), f"{where}.id")
            if not _STEP_ID.fullmatch(step_id) or len(step_id) > _ID_MAX:
                raise self.fail(
                    f"{where}.id",
                    f"{step_id!r} must be 1–{_ID_MAX} lowercase letters, digits or '_'",
                )
            if step_id in seen:
                raise self.fail(f"{where}.id", f"duplicate step id {step_id!r}")
            seen.add(step_id)
            part = self.typed(self.required(table, "part", where), int, f"{where}.part")
            if part not in numbers:
                known = ", ".join(str(n) for n in sorted(numbers))
                raise self.fail(f"{where}.part", f"no part number {part} (parts: {known})")
            code = self.typed(self.required(table, "kind", where), str, f"{where}.kind")
            try:
                kind = StepKind(code)
            except ValueError:
                raise self.fail(
                    f"{where}.kind", f"unknown kind {code!r} (allowed: {_KIND_CODES})"
                ) from None
            title = self.localized(self.required(table, "title", where), f"{where}.title")
            prompts = self.prompts(table.get("prompts", []), f"{where}.prompts", roles)
            steps.append(Step(step_id, part, kind, title, prompts))
        return tuple(steps)

    def prompts(
        self, value: object, field_name: str, roles: tuple[Role, ...]
    ) -> tuple[Prompt, ...]:
        items = self.typed(value, list, field_name)
        prompts: list[Prompt] = []
        for i, item in enumerate(items, 1):
            where = f"{field_name}[{i}]"
            table = self.typed(item, dict, where)
            self.keys(table, _PROMPT_KEYS, where)
            role: Role | None = None
            if "role" in table:
                role = self.role(table["role"], f"{where}.role")
                if role not in roles:
                    offered = ", ".join(r.value for r in roles)
                    raise self.fail(
                        f"{where}.role",
                        f"role {role.value!r} is not in this template's roles ({offered})",
                    )
            text = self.localized(self.required(table, "text", where), f"{where}.text")
            prompts.append(Prompt(role, text))
        return tuple(prompts)


def _read_toml(path: Path) -> dict[str, Any]:
    """Parse the file, turning I/O, encoding and syntax problems into TemplateErrors."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise TemplateError(path, "file", f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise TemplateError(path, "file", f"too large (over {MAX_FILE_BYTES:,} bytes)")
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TemplateError(
            path,
            f"line {line}",
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        if match:
            where = f"line {match.group(1)}, column {match.group(2)}"
            message = message[: match.start()]
        else:
            where = "syntax"
        raise TemplateError(path, where, f"invalid TOML: {message}") from None


def load_template(path: Path | str, *, builtin: bool = False) -> Template:
    """Read and validate one template file; raises ``TemplateError``.

    Built-in templates must be fully bilingual; user ones may be French only.
    """
    path = Path(path)
    data = _read_toml(path)
    return _Checker(path, builtin).template(data)


@dataclass
class TemplateSet:
    """Every usable template plus the problems met while loading the others."""

    templates: dict[str, Template] = field(default_factory=dict)
    errors: list[TemplateError] = field(default_factory=list)

    def get(self, template_id: str) -> Template | None:
        return self.templates.get(template_id)

    def __iter__(self) -> Iterator[Template]:
        return iter(self.templates.values())

    def __len__(self) -> int:
        return len(self.templates)

    def __contains__(self, template_id: object) -> bool:
        return template_id in self.templates

    def step_title_elsewhere(self, step_id: str, lang: str) -> str | None:
        """The title of a step in the format it comes from, « Exposé — Co-développement »:
        how a note kept from a group's former format is named (the session page, the
        booklet, the export), never by its internal id. None when no format has it."""
        for template in self.templates.values():
            for step in template.steps:
                if step.id == step_id:
                    return f"{step.title.get(lang)} — {template.name.get(lang)}"
        return None


class _UserDefault:
    """Marks "use carnet.paths.user_templates_dir()", resolved at call time so that
    CARNET_HOME set by tests is honoured."""

    def __repr__(self) -> str:
        return "<user templates folder>"


USER_DIR_DEFAULT: Final = _UserDefault()


def _template_files(folder: Path) -> list[Path]:
    """The *.toml files of a folder, skipping hidden files and editor leftovers."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() == ".toml" and not p.name.startswith(".") and p.is_file()
    )


def _load_folder(folder: Path, builtin: bool, errors: list[TemplateError]) -> list[Template]:
    try:
        files = _template_files(folder)
    except OSError as exc:
        errors.append(TemplateError(folder, "folder", f"cannot be read ({exc.strerror or exc})"))
        return []
    loaded: list[Template] = []
    for path in files:
        try:
            loaded.append(load_template(path, builtin=builtin))
        except TemplateError as exc:
            errors.append(exc)
    return loaded


def _builtin_rank(template: Template) -> tuple[int, str]:
    if template.id in BUILTIN_ORDER:
        return BUILTIN_ORDER.index(template.id), ""
    return len(BUILTIN_ORDER), template.id


def load_templates(
    user_dir: Path | str | _UserDefault | None = USER_DIR_DEFAULT,
    builtin_dir: Path | str | None = None,
) -> TemplateSet:
    """Load the built-in templates, then the user's (``None`` skips them).

    A missing user folder is normal. A user template whose id is already taken is
    reported and ignored: the built-in formats stay as shipped. Nothing is cached;
    the caller keeps the returned set.
    """
    result = TemplateSet()
    builtin_folder = (
        Path(builtin_dir) if builtin_dir is not None else paths.resource_path("templates")
    )
    builtins = sorted(_load_folder(builtin_folder, True, result.errors), key=_builtin_rank)

    users: list[Template] = []
    if isinstance(user_dir, _UserDefault):
        user_dir = paths.user_templates_dir()
    if user_dir is not None:
        folder = Path(user_dir)
        if folder.is_dir():
            users = sorted(_load_folder(folder, False, result.errors), key=lambda t: t.id)
        elif folder.exists():
            result.errors.append(TemplateError(folder, "folder", "is not a folder"))

    for template in [*builtins, *users]:
        taken = result.templates.get(template.id)
        if taken is not None:
            origin = "built-in template" if taken.builtin else "template"
            result.errors.append(
                TemplateError(
                    template.source,
                    "id",
                    f"duplicate id {template.id!r}: already used by the {origin} "
                    f"{taken.source.name}; give this template another id",
                )
            )
            continue
        result.templates[template.id] = template
    return result
