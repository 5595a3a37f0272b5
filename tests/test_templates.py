"""Session templates: the built-ins follow their seeds, broken files give clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from carnet import paths
from carnet.domain.enums import CadenceUnit, Role
from carnet.templates import (
    BUILTIN_ORDER,
    Localized,
    Prompt,
    Step,
    StepKind,
    Template,
    TemplateError,
    load_template,
    load_templates,
)
from carnet.templates.loader import NBSP

BUILTIN_IDS = ["codev", "rpm", "rpp", "atelier", "echange"]
CLOSING_KINDS = {
    StepKind.KEYWORD,
    StepKind.FEELING,
    StepKind.LEARNINGS,
    StepKind.ACTIONS,
    StepKind.RATINGS,
}


@pytest.fixture(scope="module")
def builtins() -> dict[str, Template]:
    result = load_templates(user_dir=None)
    assert result.errors == []
    return result.templates


def plain(text: str) -> str:
    """Compare texts without caring about the non-breaking spaces added on load."""
    return text.replace(NBSP, " ")


def localized_values(template: Template) -> list[tuple[str, Localized]]:
    """Every localised value of a template, with where it sits, for the bilingual check."""
    values: list[tuple[str, Localized]] = [("name", template.name)]
    if template.description is not None:
        values.append(("description", template.description))
    if template.duration is not None:
        values.append(("duration", template.duration))
    for key in ("principles", "default_objectives", "themes"):
        values += [(f"{key}[{i}]", v) for i, v in enumerate(getattr(template, key))]
    values += [(f"parts[{p.number}].title", p.title) for p in template.parts]
    for step in template.steps:
        values.append((f"{step.id}.title", step.title))
        values += [(f"{step.id}.prompts[{i}]", p.text) for i, p in enumerate(step.prompts)]
    return values


# ---------------------------------------------------------------------------
# Built-in templates
# ---------------------------------------------------------------------------


def test_builtins_load_in_order_without_errors(builtins: dict[str, Template]) -> None:
    assert list(builtins) == BUILTIN_IDS
    assert list(BUILTIN_ORDER) == BUILTIN_IDS
    assert all(t.builtin for t in builtins.values())


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_builtin_is_fully_bilingual(builtins: dict[str, Template], template_id: str) -> None:
    template = builtins[template_id]
    assert template.description is not None
    assert template.duration is not None
    for where, value in localized_values(template):
        assert value.fr.strip(), where
        assert value.en, where
        assert value.en.strip(), where
        assert value.get("fr") == value.fr
        assert value.get("en") == value.en
        assert value.en != value.fr or len(value.fr) < 20, f"{where} not translated"


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_builtin_structure(builtins: dict[str, Template], template_id: str) -> None:
    template = builtins[template_id]
    numbers = [p.number for p in template.parts]
    assert numbers == list(range(1, len(numbers) + 1))
    # every part has something to journal, and steps follow the parts' order
    assert all(template.steps_in_part(n) for n in numbers)
    assert [s.part for s in template.steps] == sorted(s.part for s in template.steps)
    # the closing round (key word, feeling, learnings, ratings) ends the session; the
    # action plan is there too, except in codev where it belongs to the client's part 5
    last = {s.kind for s in template.steps_in_part(numbers[-1])}
    assert CLOSING_KINDS - {StepKind.ACTIONS} <= last
    assert StepKind.ACTIONS in {s.kind for s in template.steps}
    assert (StepKind.ACTIONS in last) == (template_id != "codev")
    assert template.default_role in template.roles
    assert template.default_objectives, "objectives pre-fill the self-assessment"
    assert template.principles
    # whatever my role, every step has at least one question to answer
    for step in template.steps:
        for role in (None, *template.roles):
            assert step.prompts_for(role, "fr"), (step.id, role)
            assert step.prompts_for(role, "en"), (step.id, role)


def test_codev_follows_seed_003(builtins: dict[str, Template]) -> None:
    codev = builtins["codev"]
    assert len(codev.parts) == 6
    titles = [plain(p.title.fr).lower() for p in codev.parts]
    for number, words in enumerate(
        [
            ("exposé", "situation-problème"),
            ("clarification",),
            ("besoins", "contrat"),
            ("consultation",),
            ("synthèse", "plan d’action"),
            ("apprentissages", "feedback"),
        ],
        start=1,
    ):
        assert all(w in titles[number - 1] for w in words), titles[number - 1]
    assert (codev.sessions, codev.cadence_every, codev.cadence_unit) == (6, 1, CadenceUnit.MONTH)
    assert codev.default_role == Role.CONSULTANT
    assert {Role.CLIENT, Role.CONSULTANT} <= set(codev.roles)
    assert codev.has_role_prompts
    for number in range(1, 6):
        for step in codev.steps_in_part(number):
            for lang in ("fr", "en"):
                client = step.prompts_for("client", lang)
                consultant = step.prompts_for("consultant", lang)
                general = step.prompts_for(None, lang)
                assert client, (step.id, lang)
                assert consultant, (step.id, lang)
                assert client != consultant, (step.id, lang)
                assert client != general, (step.id, lang)
                assert consultant != general, (step.id, lang)
    expose = codev.step("expose")
    assert expose is not None
    assert "décrite objectivement" in plain(expose.prompts_for("client", "fr")[0])
    assert "présenté sa situation" in plain(expose.prompts_for("consultant", "fr")[0])
    assert StepKind.ACTIONS in {s.kind for s in codev.steps_in_part(5)}
    part6 = codev.steps_in_part(6)
    assert {s.kind for s in part6} == {StepKind.TEXT} | CLOSING_KINDS - {StepKind.ACTIONS}
    assert codev.step("feedback") is not None
    themes = {t.fr for t in codev.themes}
    assert {"Déléguer", "Réguler la charge de travail"} <= themes
    assert any("conflit entre deux agents" in t for t in themes)
    assert any("hiérarchie" in t for t in themes)
    assert any("changement d’organisation" in t for t in themes)
    assert any("agent à potentiel" in t for t in themes)


@pytest.mark.parametrize("template_id", ["rpm", "rpp"])
def test_rpm_rpp_follow_their_seeds(builtins: dict[str, Template], template_id: str) -> None:
    template = builtins[template_id]
    assert [plain(p.title.fr) for p in template.parts] == [
        "Introduction",
        "Temps d’expression libre",
        "Exploration collective et co-construction",
        "Clôture et synthèse collective",
    ]
    assert (template.sessions, template.cadence_every, template.cadence_unit) == (
        10,
        1,
        CadenceUnit.MONTH,
    )
    assert template.roles == (Role.PARTICIPANT, Role.FACILITATOR)
    assert template.default_role == Role.PARTICIPANT
    closing = {s.kind for s in template.steps_in_part(4)}
    assert {StepKind.KEYWORD, StepKind.FEELING} <= closing
    reflection = template.step("reflexion")
    assert reflection is not None
    assert reflection.part == 4
    assert "retiens de la rencontre" in plain(reflection.prompts_for(None, "fr")[0])
    synthesis = " ".join(template.step("synthese").prompts_for(None, "fr"))  # type: ignore[union-attr]
    assert "points clés" in synthesis
    assert "résonances" in synthesis
    opening = " ".join(template.step("amorce").prompts_for(None, "fr"))  # type: ignore[union-attr]
    assert "situation récente" in opening


def test_rpm_principles_and_rpp_recovery_focus(builtins: dict[str, Template]) -> None:
    rpm, rpp = builtins["rpm"], builtins["rpp"]
    assert len(rpm.principles) == 5
    starts = [plain(p.fr).split(" :")[0] for p in rpm.principles]
    assert starts == [
        "Bienveillance et sécurité",
        "Confidentialité",
        "Association d’idées et co-construction",
        "Non-directivité",
        "Exploration, pas conclusion",
    ]
    rpm_text = " ".join(p for s in rpm.steps for p in s.prompts_for(None, "fr"))
    rpp_text = " ".join(p for s in rpp.steps for p in s.prompts_for(None, "fr"))
    assert "établissement" in rpm_text
    assert "au sein de l’équipe" in rpp_text
    assert "rétablissement expérientiel" in rpp_text
    assert "rétablissement" not in rpm_text
    assert rpp.principles != rpm.principles
    assert rpp.default_objectives != rpm.default_objectives
    assert any("rétablissement expérientiel" in o.fr for o in rpp.default_objectives)


def test_atelier_follows_seed_002(builtins: dict[str, Template]) -> None:
    atelier = builtins["atelier"]
    titles = [plain(p.title.fr).lower() for p in atelier.parts]
    assert len(titles) == 6
    for title, word in zip(
        titles,
        ["inclusion", "inventaire", "processus", "priorisation", "traitement", "clôture"],
        strict=True,
    ):
        assert word in title
    assert (atelier.sessions, atelier.cadence_every, atelier.cadence_unit) == (
        5,
        2,
        CadenceUnit.MONTH,
    )
    assert set(atelier.roles) == {Role.CLIENT, Role.PARTICIPANT, Role.FACILITATOR}
    processes = plain(" ".join(atelier.steps_in_part(3)[0].prompts_for(None, "fr")))
    for process in ("témoignage", "faire-savoir", "étude de cas", "coaching individuel"):
        assert process in processes
    assert "codéveloppement" in processes
    assert "partage d’expériences" in processes
    levels = " ".join(atelier.step("plans").prompts_for(None, "fr")).lower()  # type: ignore[union-attr]
    assert all(w in levels for w in ("physique", "mental", "émotionnel"))
    assert atelier.step("plans").part == 6  # type: ignore[union-attr]


def test_echange_objectives_are_the_seed_list(builtins: dict[str, Template]) -> None:
    echange = builtins["echange"]
    objectives = [o.fr.casefold() for o in echange.default_objectives]
    assert objectives == [
        "apprendre à être plus efficace",
        "élargir ses modèles de référence",
        "prendre le temps de la réflexion pour gagner du temps dans l’action",
        "développer la solidarité",
        "consolider l’identité professionnelle",
        "apprendre à aider et à être aidé",
        "apprendre à apprendre",
        "apprendre ensemble dans le plaisir partagé",
    ]
    assert (echange.sessions, echange.cadence_every, echange.cadence_unit) == (
        8,
        3,
        CadenceUnit.WEEK,
    )
    assert len(echange.parts) == 4


def test_french_punctuation_spaces_are_non_breaking(builtins: dict[str, Template]) -> None:
    for template in builtins.values():
        for where, value in localized_values(template):
            for mark in "?!:;»":
                assert f" {mark}" not in value.fr, (template.id, where)
            assert "« " not in value.fr, (template.id, where)


# ---------------------------------------------------------------------------
# The dataclasses' helpers
# ---------------------------------------------------------------------------


def test_localized_falls_back_to_french() -> None:
    both = Localized("bonjour", "hello")
    assert both.get("fr") == "bonjour"
    assert both.get("en") == "hello"
    assert both.get("en_GB") == "hello"
    assert both.get("EN-us") == "hello"
    assert both.get("de") == "bonjour"
    assert both.get(None) == "bonjour"
    assert Localized("bonjour").get("en") == "bonjour"


def _prompt(role: str | None, text: str) -> Prompt:
    return Prompt(Role(role) if role else None, Localized(text, text.upper()))


def test_prompts_for_prefers_the_role_then_the_general_prompts() -> None:
    step = Step(
        "s",
        1,
        StepKind.TEXT,
        Localized("t", "t"),
        (
            _prompt(None, "general"),
            _prompt("client", "client 1"),
            _prompt("client", "client 2"),
            _prompt("consultant", "consultant"),
        ),
    )
    assert step.prompts_for("client", "fr") == ["client 1", "client 2"]
    assert step.prompts_for(Role.CONSULTANT, "en") == ["CONSULTANT"]
    # a role without prompts of its own, no role, or an unknown code: the general ones
    assert step.prompts_for("facilitator", "fr") == ["general"]
    assert step.prompts_for(None, "en") == ["GENERAL"]
    assert step.prompts_for("nobody", "fr") == ["general"]
    assert step.has_role_prompts

    only_roles = Step("r", 1, StepKind.TEXT, Localized("t"), (_prompt("client", "c"),))
    assert only_roles.prompts_for("participant", "fr") == []
    assert Step("n", 1, StepKind.TEXT, Localized("t")).prompts_for("client", "fr") == []


def test_template_lookups(builtins: dict[str, Template]) -> None:
    codev = builtins["codev"]
    assert codev.step("expose") is codev.steps[0]
    assert codev.step("no_such_step") is None
    assert codev.part(6) is codev.parts[-1]
    assert codev.part(7) is None
    assert codev.steps_in_part(99) == ()
    assert [s.id for s in codev.steps_of_kind("keyword")] == ["mot_cle"]


# ---------------------------------------------------------------------------
# User templates and errors
# ---------------------------------------------------------------------------

VALID = """\
id = "mon_modele"
schema = 1
name = { fr = "Mon modèle" }
roles = ["participant", "client"]

[[parts]]
number = 1
title = { fr = "Début" }

[[parts]]
number = 2
title = { fr = "Fin" }

[[steps]]
id = "debut"
part = 1
kind = "text"
title = { fr = "Ce qui s'est passé" }
[[steps.prompts]]
text = { fr = "Qu'ai-je vécu ?" }
[[steps.prompts]]
role = "client"
text = { fr = "Qu'ai-je apporté ?" }

[[steps]]
id = "mot"
part = 2
kind = "keyword"
title = { fr = "Mot-clé" }
"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_a_french_only_user_template_loads_after_the_builtins(tmp_path: Path) -> None:
    write(tmp_path, "zz.toml", VALID.replace("mon_modele", "aaa_first"))
    write(tmp_path, "aa.toml", VALID.replace("mon_modele", "zzz_last"))
    write(tmp_path, "notes.txt", "not a template")
    write(tmp_path, ".hidden.toml", "broken = ")
    result = load_templates(user_dir=tmp_path)
    assert result.errors == []
    assert list(result.templates) == [*BUILTIN_IDS, "aaa_first", "zzz_last"]
    assert len(result) == 7
    assert "aaa_first" in result
    template = result.get("aaa_first")
    assert template is not None
    assert not template.builtin
    assert template.source == tmp_path / "zz.toml"
    assert template.name.get("en") == "Mon modèle"
    assert template.description is None
    assert (template.cadence_every, template.cadence_unit, template.sessions) == (
        1,
        CadenceUnit.MONTH,
        6,
    )
    assert template.default_role == Role.PARTICIPANT
    debut = template.step("debut")
    assert debut is not None
    assert debut.prompts_for("client", "en") == [f"Qu'ai-je apporté{NBSP}?"]
    assert debut.prompts_for("participant", "en") == [f"Qu'ai-je vécu{NBSP}?"]
    assert template.step("mot").prompts == ()  # type: ignore[union-attr]
    assert [t.id for t in result] == list(result.templates)
    assert result.get("nothing") is None


def test_plain_strings_and_a_bom_are_accepted_in_user_templates(tmp_path: Path) -> None:
    text = VALID.replace('name = { fr = "Mon modèle" }', 'name = "Mon modèle"')
    path = write(tmp_path, "bom.toml", b"\xef\xbb\xbf" + text.encode())
    template = load_template(path)
    assert template.name == Localized("Mon modèle")


def test_default_user_folder_comes_from_carnet_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CARNET_HOME", str(tmp_path))
    assert not paths.user_templates_dir().exists()
    assert list(load_templates().templates) == BUILTIN_IDS  # a missing folder is fine
    write(paths.user_templates_dir(), "mine.toml", VALID)
    result = load_templates()
    assert result.errors == []
    assert "mon_modele" in result.templates


def test_builtin_dir_can_be_given(tmp_path: Path) -> None:
    write(tmp_path / "builtin", "x.toml", VALID.replace('fr = "Fin" }', 'fr = "Fin", en = "End" }'))
    result = load_templates(user_dir=None, builtin_dir=tmp_path / "builtin")
    assert list(result.templates) == []
    assert [e.field for e in result.errors] == ["name.en"]
    assert "required in built-in templates" in str(result.errors[0])


def test_user_folder_that_is_a_file_is_reported(tmp_path: Path) -> None:
    not_a_folder = write(tmp_path, "templates", "oops")
    result = load_templates(user_dir=not_a_folder)
    assert list(result.templates) == BUILTIN_IDS
    assert [(e.path, e.field) for e in result.errors] == [(not_a_folder, "folder")]


BROKEN: list[tuple[str, str | bytes, str, str]] = [
    # (case, file content, field, words in the message)
    (
        "missing_title",
        VALID.replace('title = { fr = "Mot-clé" }\n', ""),
        "steps[2].title",
        "missing",
    ),
    (
        "unknown_kind",
        VALID.replace('kind = "keyword"', 'kind = "foo"'),
        "steps[2].kind",
        "unknown kind 'foo' (allowed: text, keyword, feeling, learnings, actions, ratings)",
    ),
    ("bad_toml", VALID.replace("part = 2", "part = "), "line 27, column 8", "invalid TOML"),
    ("duplicate_id", VALID.replace("mon_modele", "codev"), "id", "duplicate id 'codev'"),
    (
        "unknown_role",
        VALID.replace('["participant", "client"]', '["participant", "chef"]'),
        "roles[2]",
        "unknown role 'chef'",
    ),
    (
        "prompt_role_unknown",
        VALID.replace('role = "client"', 'role = "boss"'),
        "steps[1].prompts[2].role",
        "unknown role 'boss'",
    ),
    (
        "prompt_role_not_offered",
        VALID.replace('role = "client"', 'role = "consultant"'),
        "steps[1].prompts[2].role",
        "not in this template's roles",
    ),
    ("newer_schema", VALID.replace("schema = 1", "schema = 2"), "schema", "newer Carnet"),
    ("schema_zero", VALID.replace("schema = 1", "schema = 0"), "schema", "unknown version"),
    ("schema_missing", VALID.replace("schema = 1\n", ""), "schema", "missing"),
    (
        "not_utf8",
        VALID.replace("Mon modèle", "Mon mod\x00").encode().replace(b"\x00", b"\xe8le"),
        "line 3",
        "not valid UTF-8",
    ),
    (
        "duplicate_step_id",
        VALID.replace('id = "mot"', 'id = "debut"'),
        "steps[2].id",
        "duplicate step id 'debut'",
    ),
    ("step_id_syntax", VALID.replace('id = "mot"', 'id = "Mot clé"'), "steps[2].id", "lowercase"),
    ("template_id_syntax", VALID.replace("mon_modele", "Mon modèle"), "id", "lowercase"),
    (
        "part_not_in_parts",
        VALID.replace("part = 2", "part = 3"),
        "steps[2].part",
        "no part number 3",
    ),
    (
        "duplicate_part",
        VALID.replace("number = 2", "number = 1"),
        "parts[2].number",
        "duplicate part number 1",
    ),
    ("empty_text", VALID.replace('fr = "Fin"', 'fr = "  "'), "parts[2].title.fr", "empty text"),
    ("missing_fr", VALID.replace('fr = "Fin"', 'en = "End"'), "parts[2].title.fr", "missing"),
    (
        "unknown_language",
        VALID.replace('fr = "Fin"', 'fr = "Fin", de = "Ende"'),
        "parts[2].title.de",
        "unknown language",
    ),
    ("missing_name", VALID.replace('name = { fr = "Mon modèle" }\n', ""), "name", "missing"),
    ("missing_steps", VALID.split("[[steps]]")[0], "steps", "missing"),
    (
        "missing_parts",
        VALID.replace('[[parts]]\nnumber = 1\ntitle = { fr = "Début" }\n\n', "").replace(
            '[[parts]]\nnumber = 2\ntitle = { fr = "Fin" }\n\n', ""
        ),
        "parts",
        "missing",
    ),
    ("unknown_table", VALID.replace("[[parts]]", "[[part]]"), "part", "unknown key"),
    ("name_wrong_type", VALID.replace('{ fr = "Mon modèle" }', "3"), "name", "expected a table"),
    (
        "unknown_key",
        VALID.replace('kind = "text"', 'kind = "text"\npromts = []'),
        "steps[1].promts",
        "unknown key",
    ),
    ("sessions_zero", VALID + "", "sessions", "out of range"),
    ("sessions_too_many", VALID, "sessions", "201 is out of range (1–200)"),
    ("sessions_bool", VALID, "sessions", "found true/false"),
    ("cadence_unit", VALID, "cadence.unit", "unknown unit 'day' (allowed: week, month)"),
    ("cadence_every", VALID, "cadence.every", "out of range"),
    ("default_role", VALID, "default_role", "not one of this template's roles"),
    ("roles_empty", VALID.replace('["participant", "client"]', "[]"), "roles", "empty"),
    (
        "roles_duplicate",
        VALID.replace('["participant", "client"]', '["client", "client"]'),
        "roles[2]",
        "duplicate role",
    ),
    ("steps_wrong_type", VALID, "steps", "expected a list"),
]

# Top-level additions must come before the first table, so insert after the id line.
_TOP_EXTRA = {
    "sessions_zero": "sessions = 0",
    "sessions_too_many": "sessions = 201",
    "sessions_bool": "sessions = true",
    "cadence_unit": 'cadence = { every = 1, unit = "day" }',
    "cadence_every": 'cadence = { every = 0, unit = "week" }',
    "default_role": 'default_role = "facilitator"',
}


def _broken_content(case: str, content: str | bytes) -> str | bytes:
    if case in _TOP_EXTRA:
        assert isinstance(content, str)
        return content.replace("schema = 1\n", f"schema = 1\n{_TOP_EXTRA[case]}\n")
    if case == "steps_wrong_type":
        return VALID.split("[[steps]]")[0].replace("schema = 1\n", 'schema = 1\nsteps = "all"\n')
    return content


@pytest.mark.parametrize(
    ("case", "content", "field", "words"), BROKEN, ids=[case[0] for case in BROKEN]
)
def test_a_broken_user_template_is_reported_and_builtins_still_load(
    tmp_path: Path, case: str, content: str | bytes, field: str, words: str
) -> None:
    path = write(tmp_path, f"{case}.toml", _broken_content(case, content))
    write(tmp_path, "ok.toml", VALID.replace("mon_modele", "ok"))
    result = load_templates(user_dir=tmp_path)
    assert list(result.templates) == [*BUILTIN_IDS, "ok"]
    assert len(result.errors) == 1
    error = result.errors[0]
    assert isinstance(error, TemplateError)
    assert error.path == path
    assert error.field == field
    assert words in error.message
    assert str(error) == f"{case}.toml: {field}: {error.message}"
    if case != "duplicate_id":  # the file is fine on its own; only the set conflicts
        with pytest.raises(TemplateError) as raised:
            load_template(path)
        assert raised.value.field == field


def test_duplicate_user_ids_keep_the_first_file(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", VALID)
    write(tmp_path, "b.toml", VALID)
    result = load_templates(user_dir=tmp_path)
    assert result.get("mon_modele").source.name == "a.toml"  # type: ignore[union-attr]
    assert [(e.path.name, e.field) for e in result.errors] == [("b.toml", "id")]
    assert "a.toml" in result.errors[0].message


def test_builtin_templates_require_english(tmp_path: Path) -> None:
    path = write(tmp_path, "fr_only.toml", VALID)
    assert load_template(path).builtin is False
    with pytest.raises(TemplateError, match=r"fr_only\.toml: name\.en: missing"):
        load_template(path, builtin=True)


def test_unreadable_path_is_a_template_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as raised:
        load_template(tmp_path / "absent.toml")
    assert raised.value.field == "file"
    assert str(raised.value).startswith("absent.toml: file: cannot be read")


def test_the_package_does_not_import_qt() -> None:
    import subprocess
    import sys

    code = "import sys, carnet.templates; print(any(m.startswith('PySide') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
