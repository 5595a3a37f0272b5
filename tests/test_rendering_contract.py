"""What I write is what I print: every note of ``tests/files/notes/``, as people type
them, has the same structure in every output.

``expected.json`` gives, for each note, what a reader must see: paragraphs and their
lines (a single line break stays a line break), list items with their level and their
number or letter, headings, quotes, rules and code. Each output is read back and
reduced to the same rows:

* the contract's HTML (:func:`carnet.notes.render.to_html`);
* the preview: the real ``MarkdownEditor`` of a step, its ``QTextDocument`` blocks
  and lists;
* the booklet: its flowables, and the text of a real booklet of the whole corpus
  through ``pdftotext -layout`` (each printed line, the nesting by indentation);
* the Markdown export of a real journal, read back by the contract and checked for
  what any Markdown reader needs (a blank line before a list, hard line breaks);
* search snippets: plain text with no Markdown syntax and the match highlighted.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import fast_kdf
import pytest

from carnet.domain import Cadence, Group, Session, SessionStatus
from carnet.notes.normalise import to_portable
from carnet.notes.plain import plain_snippet
from carnet.notes.render import to_html
from carnet.store import HIGHLIGHT_END, HIGHLIGHT_START

CORPUS = Path(__file__).parent / "files" / "notes"
EXPECTED: dict[str, list] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
NOTES = {name: (CORPUS / f"{name}.txt").read_text(encoding="utf-8") for name in EXPECTED}
RTL = {"24-rtl"}
_DIRECTION = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LISTS = {"ul": "ul", "ol": ".", "ol)": ")", "a)": "a)", "A)": "A)"}


# -- the expected rows ---------------------------------------------------------------------


def _label(kind: str, number: int) -> str:
    if kind == "ul":
        return "ul"
    if kind in ("a)", "A)"):
        letter = chr(ord("a") + number - 1)
        return (letter.upper() if kind == "A)" else letter) + ")"
    return f"{number}{_LISTS[kind]}"


def flatten(blocks: list, depth: int = 0, quote: int = 0) -> list[tuple]:
    """Expected blocks → rows: ("p", quote, lines) · ("li", depth, label, lines) ·
    ("h1", text) · ("hr",) · ("code", lines)."""
    rows: list[tuple] = []
    for block in blocks:
        kind, rest = block[0], block[1:]
        if kind == "p":
            rows.append(("p", quote, tuple(rest)))
        elif kind in ("h1", "h2", "h3", "h4", "h5", "h6"):
            rows.append((kind, rest[0]))
        elif kind == "hr":
            rows.append(("hr",))
        elif kind == "code":
            rows.append(("code", tuple(rest)))
        elif kind == "quote":
            rows += flatten(rest, depth, quote + 1)
        else:
            start = 1
            if rest and isinstance(rest[0], dict) and "start" in rest[0]:
                start, rest = rest[0]["start"], rest[1:]
            for k, item in enumerate(rest):
                if isinstance(item, str):
                    lines, sub = [item], []
                elif isinstance(item, list):
                    lines, sub = item, []
                else:
                    lines, sub = item["lines"], item.get("sub", [])
                rows.append(("li", depth, _label(kind, start + k), tuple(lines)))
                rows += flatten(sub, depth + 1, quote)
    return rows


def expected_rows(name: str) -> list[tuple]:
    return flatten(EXPECTED[name])


def visible_lines(rows: list[tuple]) -> list[str]:
    out = []
    for row in rows:
        if row[0] in ("p", "li"):
            out += list(row[-1])
        elif row[0] == "code":
            out += list(row[1])
        elif row[0] != "hr":
            out.append(row[1])
    return out


# -- reading each output back --------------------------------------------------------------


class _HtmlRows(HTMLParser):
    """The contract's HTML → rows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple] = []
        self.lines: list[str] = [""]
        self.lists: list[list] = []  # [kind, counter]
        self.quote = 0
        self.heading = 0
        self.pre = False
        self.item_open = False

    def _flush(self) -> None:
        lines = [line.strip() for line in self.lines]
        self.lines = [""]
        if self.pre:
            return
        if not any(lines):
            if self.item_open:  # an item holding only a nested list
                self._emit_item([""])
            return
        if self.heading:
            self.rows.append((f"h{self.heading}", " ".join(lines)))
        elif self.item_open:
            self._emit_item(lines)
        else:
            self.rows.append(("p", self.quote, tuple(lines)))

    def _emit_item(self, lines: list[str]) -> None:
        kind, number = self.lists[-1]
        self.rows.append(("li", len(self.lists) - 1, _label(kind, number), tuple(lines)))
        self.item_open = False

    def handle_starttag(self, tag, attrs) -> None:
        attributes = dict(attrs)
        if tag in ("ul", "ol"):
            self._flush()
            kind = "ul"
            if tag == "ol":
                kind = {"a": "a)", "A": "A)"}.get(attributes.get("type", ""), "ol")
                if kind == "ol" and attributes.get("data-suffix") == ")":
                    kind = "ol)"
            start = int(attributes.get("start") or 1)
            self.lists.append([kind, start - 1])
        elif tag == "li":
            self._flush()
            self.lists[-1][1] += 1
            self.item_open = True
        elif tag in ("p", "blockquote", "hr") or (tag[:1] == "h" and tag[1:].isdigit()):
            self._flush()
            if tag == "blockquote":
                self.quote += 1
            elif tag == "hr":
                self.rows.append(("hr",))
            elif tag != "p":
                self.heading = int(tag[1])
        elif tag == "pre":
            self._flush()
            self.pre = True
            self.code: list[str] = []
        elif tag == "br":
            self.lines.append("")

    def handle_endtag(self, tag) -> None:
        if tag in ("ul", "ol"):
            self._flush()
            self.lists.pop()
        elif tag in ("li", "p") or (tag[:1] == "h" and tag[1:].isdigit()):
            self._flush()
            self.heading = 0
        elif tag == "blockquote":
            self._flush()
            self.quote -= 1
        elif tag == "pre":
            self.pre = False
            self.rows.append(("code", tuple("".join(self.code).rstrip("\n").split("\n"))))
            self.lines = [""]

    def handle_data(self, data) -> None:
        if self.pre:
            self.code.append(data)
        else:
            self.lines[-1] += data.replace("\n", "")


def html_rows(markup: str) -> list[tuple]:
    reader = _HtmlRows()
    reader.feed(markup)
    reader.close()
    reader._flush()
    return reader.rows


def preview_rows(document) -> list[tuple]:
    """The preview's QTextDocument → rows: its blocks, lists (level, number), headings,
    quote level, rules and code."""
    from PySide6.QtGui import QTextFormat, QTextListFormat

    bullets = {QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
               QTextListFormat.Style.ListSquare}
    rows: list[tuple] = []
    block = document.firstBlock()
    while block.isValid():
        fmt = block.blockFormat()
        lines = tuple(line.strip() for line in block.text().split("\u2028"))
        text_list = block.textList()
        if text_list is not None:
            list_format = text_list.format()
            label = "ul" if list_format.style() in bullets else text_list.itemText(block)
            rows.append(("li", list_format.indent() - 1, label, lines))
        elif fmt.headingLevel():
            rows.append((f"h{fmt.headingLevel()}", block.text().strip()))
        elif fmt.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
            rows.append(("hr",))
        elif fmt.nonBreakableLines() or "monospace" in (block.charFormat().fontFamilies()
                                                        or []):  # a <pre> that wraps
            code = tuple(block.text().rstrip("\u2028").split("\u2028"))
            if rows and rows[-1][0] == "code":
                rows[-1] = ("code", rows[-1][1] + code)
            else:
                rows.append(("code", code))
        elif any(lines):
            # Qt marks a quote (level 1 at any depth); each level adds the CSS's 12 px
            quoted = fmt.intProperty(QTextFormat.Property.BlockQuoteLevel)
            rows.append(("p", round(fmt.leftMargin() / 12) if quoted else 0, lines))
        block = block.next()
    return [("code", tuple(_trim(row[1]))) if row[0] == "code" else row for row in rows]


def _trim(lines: tuple) -> list:
    lines = list(lines)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _printed(text: str) -> str:
    """Booklet text as the preview shows it: no-break spaces as spaces, links without
    their printed address, images by their alt text only."""
    text = text.replace("\u00a0", " ")
    text = re.sub(r" \((?:https?|mailto):[^)]*\)", "", text)
    return re.sub(r"\[image : ([^\]]*)\]", r"[\1]", text).replace("[image]", "[image]")


def booklet_rows(flowables) -> list[tuple]:
    """The booklet's flowables for a note → rows (bullets by level, numbers as printed)."""
    from reportlab.platypus import CondPageBreak
    from reportlab.platypus.flowables import HRFlowable

    from carnet.booklet.markup import QuoteParagraph, RTLParagraph
    from carnet.booklet.mdrender import BULLETS
    from carnet.booklet.styles import shared_styles

    item_indent = shared_styles().item.leftIndent
    quote_indent = shared_styles().quote.leftIndent + 14
    rows: list[tuple] = []
    for flowable in flowables:
        if isinstance(flowable, CondPageBreak):
            continue
        if isinstance(flowable, HRFlowable):
            rows.append(("hr",))
            continue
        if isinstance(flowable, RTLParagraph):
            rows.append(("p", 0, tuple(_printed(line) for line in flowable.lines)))
            continue
        lines = [""]
        for frag in flowable.frags:
            if getattr(frag, "lineBreak", False):
                lines.append("")
            else:
                lines[-1] += frag.text
        raw = [_printed(line) for line in lines]
        lines = [line.strip() for line in raw]
        name = flowable.style.name.split("[")[0]
        bullet = flowable.bulletText
        if name.startswith("note_h"):
            rows.append((f"h{name[-1]}", " ".join(lines)))
        elif name == "code":
            rows.append(("code", tuple(line.rstrip() for line in raw)))
        elif bullet:
            depth = round((flowable.style.leftIndent - item_indent) / 16)
            label = "ul" if bullet in BULLETS else bullet
            rows.append(("li", depth, label, tuple(lines)))
        else:
            quote = 0
            if isinstance(flowable, QuoteParagraph):  # 14 pt more per level
                quote = 1 + round((flowable.style.leftIndent - quote_indent) / 14)
            rows.append(("p", quote, tuple(lines)))
    return rows


def for_print(rows: list[tuple]) -> list[tuple]:
    """Expected rows as the booklet's font can print them (emoji → « � »), for print:
    code keeps its lines, the heading levels past 3 share the third style."""
    from carnet.booklet.fonts import clean

    out = []
    for row in rows:
        if row[0] in ("p", "li", "code"):
            out.append((*row[:-1], tuple(clean(line) for line in row[-1])))
        elif row[0] in ("h4", "h5", "h6"):
            out.append(("h3", clean(row[1])))
        elif row[0] != "hr":
            out.append((row[0], clean(row[1])))
        else:
            out.append(row)
    return out


# -- the corpus itself -------------------------------------------------------------------------


def test_the_corpus_has_what_people_type():
    assert len(NOTES) >= 30
    joined = "\n".join(NOTES.values())
    for sample in ("\t", "\u00a0", "•", "◦" if "◦" in joined else "o\t", "1)", "a)", "# ",
                   "**", "> ", "](", "🎉", "ש", "<script>", "\x93"):
        assert sample in joined, sample
    for name in NOTES:
        assert expected_rows(name), name


# -- 1. the contract ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_contract_html(name):
    markup = to_html(NOTES[name])
    assert html_rows(markup) == expected_rows(name)
    lowered = markup.lower()
    assert "<script" not in lowered and "<img" not in lowered
    assert re.findall(r'<a href="([^"]*)"', markup) in ([], ["https://exemple.fr/guide?a=1&amp;b=2",
                                                         "https://exemple.org"])


def test_the_old_renderer_failed_on_the_issue_note():
    """Control: plain Python-Markdown (the booklet's old settings) runs the issue's note
    into one line — the rows above are not true of any renderer."""
    import markdown

    old = markdown.Markdown(extensions=["sane_lists", "fenced_code"]).convert(
        NOTES["01-issue-example"])
    assert html_rows(old) != expected_rows("01-issue-example")
    assert "<li>" not in old


# -- 2. the preview ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def preview_editor():
    from PySide6.QtWidgets import QApplication

    from carnet.ui.markdown_view import MarkdownEditor

    app = QApplication.instance() or QApplication([])
    editor = MarkdownEditor()
    editor.resize(900, 600)
    editor.show()
    yield editor
    editor.close()
    editor.deleteLater()
    app.processEvents()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_preview_document(preview_editor, name):
    preview_editor.show_preview(False)
    preview_editor.set_text(NOTES[name])
    preview_editor.show_preview(True)
    assert preview_rows(preview_editor.preview.document()) == expected_rows(name)
    assert preview_editor.preview.requested == []


# -- 3. the booklet ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_booklet_flowables(name):
    from carnet.booklet.fonts import register_fonts
    from carnet.booklet.mdrender import MarkdownRenderer
    from carnet.booklet.styles import shared_styles

    register_fonts()
    flowables = MarkdownRenderer(shared_styles(), "fr").render(NOTES[name])
    assert booklet_rows(flowables) == for_print(expected_rows(name))


def test_french_spacing_in_print_only(store):
    from carnet.booklet.mdrender import MarkdownRenderer
    from carnet.booklet.styles import shared_styles

    text = NOTES["35-french-punctuation"]
    flowables = MarkdownRenderer(shared_styles(), "fr").render(text)
    printed = "".join(frag.text for frag in flowables[0].frags)
    assert printed == ("Pourquoi\u00a0? Parce que «\u00a0c’est ainsi\u00a0»\u00a0: voilà\u00a0; "
                       "fin\u00a0!")
    emphasis = MarkdownRenderer(shared_styles(), "fr").render("« **mot** » et «texte»")
    assert "".join(f.text for f in emphasis[0].frags) == \
        "«\u00a0mot\u00a0» et «\u00a0texte\u00a0»"
    # Never stored: the note saved is the note typed.
    group = store.groups.add(Group(name="G", template_id="codev", cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2025, 1, 10), SessionStatus.HELD))
    store.notes.save(session.id, "expose", text)
    assert store.notes.get(session.id, "expose").text == text
    # Control: code keeps its spaces as typed, and « https://… » no space inserted.
    code = MarkdownRenderer(shared_styles(), "fr").render("`a : b` https://x.fr")
    assert "".join(f.text for f in code[0].frags) == "a : b https://x.fr"


def corpus_journal(store) -> dict[str, Session]:
    """One held session per note, its note in the « exposé » step, titled by the note."""
    group = store.groups.add(Group(name="Corpus", template_id="codev",
                                   planned_sessions=len(NOTES), cadence=Cadence(),
                                   start_date=date(2025, 1, 6)))
    sessions = {}
    for k, name in enumerate(sorted(NOTES)):
        session = store.sessions.add(Session(group.id, k + 1, date(2025, 1, 6) + timedelta(k),
                                             SessionStatus.HELD, title=f"NOTE {name[:2]}"))
        store.notes.save(session.id, "expose", NOTES[name])
        sessions[name] = session
    return sessions


def _print_lines(rows: list[tuple]) -> list[tuple[int, str]]:
    """(depth, line) as printed: an item's first line starts with its bullet or number."""
    out = []
    for row in rows:
        if row[0] == "li":
            depth, label, lines = row[1], row[2], row[3]
            mark = ("•", "◦", "▪")[depth % 3] if label == "ul" else label
            out.append((depth, f"{mark} {lines[0]}".strip()))
            out += [(depth, line) for line in lines[1:] if line]
        elif row[0] in ("p", "code"):
            out += [(-1, line) for line in row[-1] if line.strip()]
        elif row[0] != "hr":
            out.append((-1, row[1]))
    return out


@pytest.fixture(scope="module")
def corpus_booklet(tmp_path_factory):
    """A real booklet of the whole corpus, read back with pdftotext -layout."""
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from carnet.booklet import BookletOptions, build_booklet
    from carnet.store import JournalStore
    from carnet.templates import load_templates

    folder = tmp_path_factory.mktemp("corpus")
    store = JournalStore.create(folder / "j.carnet", "phrase de passe assez longue")
    try:
        corpus_journal(store)
        out = folder / "corpus.pdf"
        build_booklet(store, BookletOptions(parts=frozenset({"sessions"})), out,
                      templates=load_templates(user_dir=None))
    finally:
        store.close()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(out), "-"],
                          check=True, capture_output=True, text=True).stdout
    return out, text


def _region(text: str, name: str) -> list[str]:
    """The printed lines of one note: after its session's title, up to the next title."""
    number = int(name[:2])
    starts = [m.start() for m in re.finditer(rf"NOTE {number:02d}\b", text)]
    following = [m.start() for m in re.finditer(rf"NOTE {number + 1:02d}\b", text)]
    start = starts[-1]
    end = min([f for f in following if f > start], default=len(text))
    return text[start:end].split("\n")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_booklet_pdf_text(corpus_booklet, name):
    _pdf, text = corpus_booklet
    region = [_printed(_DIRECTION.sub(" ", line)) for line in _region(text, name)]
    stripped = [" ".join(line.split()) for line in region]
    expected = _print_lines(for_print(expected_rows(name)))
    if name in RTL:  # pdftotext gives right-to-left lines in its own order: words only
        words = " ".join(stripped).split()
        for _depth, line in expected:
            # (in logical or in visual order, as the viewer extracts it)
            assert all(word in words or word[::-1] in words for word in line.split()), line
        return
    at = 0
    columns: dict[int, int] = {}
    for depth, line in expected:
        wanted = " ".join(line.split())
        found = next((k for k in range(at, len(stripped)) if stripped[k] == wanted), None)
        assert found is not None, f"{wanted!r} not printed on its own line after line {at}"
        at = found + 1
        if depth >= 0 and (wanted[:1] in "•◦▪" or re.match(r"\w+[.)] ", wanted)):
            columns.setdefault(depth, len(region[found]) - len(region[found].lstrip()))
    indents = [columns[d] for d in sorted(columns)]
    assert indents == sorted(indents) and len(set(indents)) == len(indents), columns


def test_the_issue_note_prints_as_written(corpus_booklet):
    """The issue's example, as the issue measured it: no more run-on line."""
    _pdf, text = corpus_booklet
    region = "\n".join(_region(text, "01-issue-example"))
    assert "Ce que je retiens : - premier point" not in " ".join(region.split())
    lines = [" ".join(line.split()) for line in region.split("\n")]
    for wanted in ("Ce que je retiens :", "• premier point", "• second point",
                   "Une ligne après.", "Et une autre ligne."):
        assert wanted in lines, wanted


# -- 4. the Markdown export --------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_export(tmp_path_factory):
    from carnet.exchange.markdown_export import export_markdown
    from carnet.store import JournalStore
    from carnet.templates import load_templates

    folder = tmp_path_factory.mktemp("export")
    store = JournalStore.create(folder / "j.carnet", "phrase de passe assez longue")
    try:
        sessions = corpus_journal(store)
        export_markdown(store, folder / "md", templates=load_templates(user_dir=None))
    finally:
        store.close()
    files = sorted((folder / "md").glob("*/*.md"))
    by_name = {}
    for name, session in sessions.items():
        path = next(f for f in files if f.name.startswith(f"{session.number:02d}-"))
        by_name[name] = path.read_text(encoding="utf-8")
    return by_name


def _exported_note(document: str) -> str:
    """The note's text in a session file: under the step's title, up to the end rule."""
    body = document.split("\n### ", 1)[1].split("\n", 1)[1]
    return body.rsplit("\n---\n", 1)[0].strip("\n")


def for_export(rows: list[tuple]) -> list[tuple]:
    """Expected rows as any Markdown reader gets them from the export: CommonMark has no
    lettered lists, so « a) item » is a bulleted item that starts with its letter; a
    heading comes three levels below, under its step's « ### » (fresh7's F22)."""
    out = []
    for row in rows:
        if row[0] == "li" and row[2][:1].isalpha() and row[2] != "ul":
            row = ("li", row[1], "ul", (f"{row[2]} {row[3][0]}", *row[3][1:]))
        elif row[0] in ("h1", "h2", "h3", "h4", "h5", "h6"):
            row = (f"h{min(6, int(row[0][1]) + 3)}", *row[1:])
        out.append(row)
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_markdown_export(corpus_export, name):
    note = _exported_note(corpus_export[name])
    assert note == to_portable(NOTES[name], below=3)
    # Read back by the contract, the structure is the same: nothing was lost.
    assert html_rows(to_html(note)) == for_export(expected_rows(name))
    lines = note.split("\n")
    for k, line in enumerate(lines[:-1]):
        nxt = lines[k + 1]
        is_item = re.match(r"\s*(?:[-*+]|\d+[.)]) ", nxt)
        if is_item and line.strip() and not re.match(r"\s*(?:[-*+]|\d+[.)]) ", line) \
                and not line.startswith(" "):
            pytest.fail(f"no blank line before the list at {nxt!r}")
        if line.strip() and nxt.strip() and not is_item and not line.startswith(("#", "```")) \
                and not nxt.startswith(("```", "#")) and "```" not in note:
            assert line.endswith("  ") or line.startswith(">"), f"{line!r}: line break lost"
    for bad in ("\t", "•", "\ue010", "\ue011", "\ue012"):
        assert bad not in note


# -- 5. search snippets ------------------------------------------------------------------------


def _words(lines: list[str]) -> set[str]:
    return {word.strip("…") for line in lines for word in line.split()}


def test_snippets_are_plain_text_with_the_match(store):
    sessions = corpus_journal(store)
    checked = 0
    for name in sorted(NOTES):
        lines = visible_lines(expected_rows(name))
        words = re.findall(r"[^\W\d_]{5,}", " ".join(lines))
        if not words:
            continue
        word = words[-1]
        hits = [h for h in store.search(word) if h.session_id == sessions[name].id]
        assert hits, (name, word)
        shown = plain_snippet(hits[0].snippet)
        assert f"{HIGHLIGHT_START}" in shown and HIGHLIGHT_END in shown, (name, shown)
        plain = shown.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
        visible = _words(lines) | {"•"}
        extra = [w for w in plain.split() if w.strip("…") and w.strip("…") not in visible
                 and not (w.startswith("…") and any(v.endswith(w[1:]) for v in visible))
                 and not (w.endswith("…") and any(v.startswith(w[:-1]) for v in visible))
                 and not re.fullmatch(r"(\d+|[a-zA-Z])[.)]", w)
                 and not (w.startswith("(http") and HIGHLIGHT_START in shown)]
        assert not extra, (name, plain, extra)
        checked += 1
    assert checked >= 30


def test_search_view_and_cli_show_une_mission_without_stars(store, journal_path, passphrase,
                                                            tmp_path):
    """Issue 13, item 6: « une **mission** » in the search view and in carnet search."""
    import os

    from carnet.ui.models.search_results import snippet_html, snippet_plain

    group = store.groups.add(Group(name="G", template_id="codev", cadence=Cadence()))
    session = store.sessions.add(Session(group.id, 1, date(2025, 1, 10), SessionStatus.HELD))
    store.notes.save(session.id, "expose", "Il faut une **mission** claire.\n- et *un* cap")
    hit = store.search("mission")[0]
    assert "**" in hit.snippet  # control: the stored text has the stars
    assert snippet_plain(hit.snippet) == "Il faut une mission claire. • et un cap"
    assert snippet_html(hit.snippet) == "Il faut une <b>mission</b> claire. • et un cap"
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from carnet.ui.models.search_results import HTML_ROLE, SearchResultsModel

    _app = QApplication.instance() or QApplication([])
    model = SearchResultsModel()
    model.set_hits([hit], ["Note · Séance 1"])
    row = model.index(0, 0)
    assert model.data(row, Qt.ItemDataRole.DisplayRole) == \
        "Note · Séance 1 — Il faut une mission claire. • et un cap"
    assert "**" not in model.data(row, HTML_ROLE)
    store.close()
    env = {**os.environ, "CARNET_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [*fast_kdf.python(), "-m", "carnet", "search", "mission", "--journal", str(journal_path),
         "--passphrase-stdin"], input=passphrase + "\n", capture_output=True, text=True,
        env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "une [mission] claire" in result.stdout
    assert "**" not in result.stdout


# -- 6. the preparation sheet and the check-in -----------------------------------------------


def test_topic_draft_in_the_preparation_sheet_and_the_check_in(store, tmp_path):
    """The issue's note as the draft of the topic I bring: its list and line breaks in
    both one-page PDFs (through pdftotext -layout), and as plain text in the check-in."""
    import shutil

    from carnet.booklet.check_in_sheet import render_check_in_sheet
    from carnet.booklet.prep_sheet import build_prep_sheet
    from carnet.domain import Topic, TopicStatus
    from carnet.services.check_in import check_in
    from carnet.services.planning import prepare

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    today = date(2026, 3, 9)
    group = store.groups.add(Group(name="Codév", template_id="codev", cadence=Cadence()))
    store.sessions.add(Session(group.id, 1, today - timedelta(30), SessionStatus.HELD))
    upcoming = store.sessions.add(Session(group.id, 2, today + timedelta(3)))
    draft = NOTES["01-issue-example"] + "\n\nEt **surtout** : « la suite » !"
    store.topics.add(Topic(title="Mon sujet", draft=draft, group_id=group.id,
                           session_id=upcoming.id, status=TopicStatus.SCHEDULED))
    prep = build_prep_sheet(prepare(store, today, group.id), tmp_path / "prep.pdf", "fr")
    sheet = tmp_path / "check.pdf"
    sheet.write_bytes(render_check_in_sheet(check_in(store, today, group_id=group.id), "fr"))
    for pdf in (prep, sheet):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout
        lines = [" ".join(line.replace("\u00a0", " ").split()) for line in text.split("\n")]
        for wanted in ("Ce que je retiens :", "• premier point", "• second point",
                       "Une ligne après.", "Et une autre ligne.",
                       "Et surtout : « la suite » !"):
            assert wanted in lines, (pdf.name, wanted)
        assert "**" not in text and "- premier" not in text
    from carnet.notes.plain import strip_markdown

    assert strip_markdown(draft).split("\n") == [
        "Ce que je retiens :", "• premier point", "• second point", "Une ligne après.",
        "Et une autre ligne.", "", "Et surtout : « la suite » !"]


# -- 7. nothing typed is ever dropped ---------------------------------------------------------


_TOKENS = ["\n", "\n\n", "- ", "* ", "• ", "\t", "\u00a0", "1) ", "a) ", "# ", "#", "> ", "**",
           "*", "_", "`", "```", "---", "===", "[", "]", "<b>", "</p>", "&", "&lt;", "    ",
           "2024. ", "o\t", "\\", "!", "\x93", "â€™", "« ", " »", " : "]


def _visible(markup: str) -> str:
    import html as html_module

    return html_module.unescape(re.sub(r"<[^>]+>", " ", markup))


def test_no_word_typed_is_ever_dropped():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(["déléguer", "équipe", "cadre", "Julie", "écoute", "mission",
                             "شكرا", "שלום", "😀ok", "x1y"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.one_of(words, st.sampled_from(_TOKENS)), max_size=40))
    def check(parts):
        text = " ".join(parts) if len(parts) % 2 else "".join(parts)
        from carnet.notes.normalise import repair

        shown = _visible(to_html(text))
        typed = re.findall(r"[^\W_]{2,}", repair(text))  # (a paste's cp1252 damage repaired)
        for word in typed:
            assert word in shown, (text, word)
        plain = plain_snippet(text)
        for word in typed:
            assert word in plain, (text, word)

    check()


def test_quotes_nested_without_end_still_render_everywhere():
    from carnet.booklet.fonts import register_fonts
    from carnet.booklet.mdrender import MarkdownRenderer
    from carnet.booklet.styles import shared_styles

    register_fonts()
    text = "> " * 3000 + "profond"
    assert "profond" in to_html(text)
    assert "profond" in to_portable(text)
    flowables = MarkdownRenderer(shared_styles(), "fr").render(text)
    assert "profond" in "".join(f.text for fl in flowables for f in getattr(fl, "frags", []))


SIGNS = "Constat :\n> 50 % du temps en réunion\n< 10 % pour piloter\n2*3*4 = 24 et *vrai*"


def test_a_sign_before_a_figure_is_printed_as_typed():
    """fresh7's F9: « > 50 % du temps en réunion » was read as a quotation — the « > »
    gone, « more than half » became « half » — and « 2*3*4 » printed « 234 » with an
    italic 3, in the preview, the booklet (same Markdown) and the search snippets. A
    « > » before a figure (« >= 3 », « > -5 °C ») is a sign; a quotation still is one."""
    from carnet.booklet.fonts import register_fonts
    from carnet.booklet.mdrender import MarkdownRenderer
    from carnet.booklet.styles import shared_styles

    html = to_html(SIGNS)
    assert "&lt; 10 %" in html  # control: the other sign
    assert "&gt; 50 %" in html and "<blockquote" not in html, html
    assert "2*3*4 = 24" in html and "<em>vrai</em>" in html, html
    assert "<blockquote" in to_html("> Une phrase citée")  # control: a quotation
    assert "> 50 % du temps" in plain_snippet(SIGNS)
    register_fonts()
    flowables = MarkdownRenderer(shared_styles(), "fr").render(SIGNS)
    printed = "".join(f.text for fl in flowables for f in getattr(fl, "frags", []))
    assert "> 50 %" in printed.replace("\u202f", " ").replace("\u00a0", " "), printed
    assert "2*3*4" in printed, printed
    portable = to_portable(SIGNS)  # the Markdown export: any reader shows the signs
    assert "\\> 50 %" in portable and "2\\*3\\*4" in portable


def test_a_plus_before_a_figure_is_printed_as_typed():
    """fresh7's F24 (F9's family): « + 2 intérimaires » under « Effectif : 12 » became a
    bulleted « 2 intérimaires » — the plus gone — in the preview, the booklet and the
    snippets. A « + » before a figure is a sign; « + un point » is still a bullet."""
    from carnet.booklet.fonts import register_fonts
    from carnet.booklet.mdrender import MarkdownRenderer
    from carnet.booklet.styles import shared_styles

    note = "Effectif : 12\n+ 2 intérimaires\n"
    html = to_html(note)
    assert "+ 2 intérimaires" in html and "<li>" not in html, html
    assert "<li>un point</li>" in to_html("+ un point\n+ un autre")  # control: a bullet
    assert "+ 2 intérimaires" in plain_snippet(note)
    register_fonts()
    flowables = MarkdownRenderer(shared_styles(), "fr").render(note)
    printed = "".join(f.text for fl in flowables for f in getattr(fl, "frags", []))
    assert "+ 2 intérimaires" in printed.replace("\u00a0", " ").replace("\u202f", " ")
    assert "\\+ 2 intérimaires" in to_portable(note)


def test_a_minus_beside_a_plus_before_a_figure_is_printed_as_typed():
    """« - 1 départ » typed under « + 2 intérimaires » is a minus sign, as the plus above
    it is a plus (F24's rule made whole): it became a bullet « 1 départ », the minus gone,
    in the preview, the booklet, the snippets and the export. A run of lines each with a
    sign before a figure, one of them a « + », is a balance; « - 1 … » lists with no
    « + » among them stay lists."""
    from carnet.booklet.fonts import register_fonts
    from carnet.booklet.mdrender import MarkdownRenderer
    from carnet.booklet.styles import shared_styles

    note = "Effectif : 12\n+ 2 intérimaires\n- 1 départ\n– 1 mutation\n"
    html = to_html(note)
    assert "- 1 départ" in html and "– 1 mutation" in html and "<li>" not in html, html
    above = to_html("Effectif : 12\n- 1 départ\n+ 2 intérimaires")  # the minus first
    assert "- 1 départ" in above and "<li>" not in above, above
    listed = to_html("Mes engagements :\n- 1 entretien par mois\n- 2 réunions")
    assert "<li>1 entretien par mois</li>" in listed, listed  # control: still a list
    assert "- 1 départ" in plain_snippet(note)
    assert "• 1 entretien" in plain_snippet("- 1 entretien\n- 2 réunions")
    register_fonts()
    flowables = MarkdownRenderer(shared_styles(), "fr").render(note)
    printed = "".join(f.text for fl in flowables for f in getattr(fl, "frags", []))
    printed = printed.replace("\u00a0", " ").replace("\u202f", " ")
    assert "- 1 départ" in printed and "– 1 mutation" in printed, printed
    portable = to_portable(note)
    assert "\\- 1 départ" in portable and "\\+ 2 intérimaires" in portable, portable
    nested = to_html("- Effectif : 12\n    + 2 intérimaires\n    - 1 départ")
    assert nested.count("<li>") == 1 and "- 1 départ" in nested, nested
