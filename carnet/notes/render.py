"""A note → safe HTML, through Python-Markdown with the contract as its extension.

:class:`NoteExtension` plugs :mod:`carnet.notes.normalise` in as a preprocessor (lists
right after text, line breaks, pasted bullets), turns every newline inside a paragraph
into ``<br>`` (``nl2br``), and removes what must never act: raw HTML (both handlers),
entities (``&lt;`` typed is shown as typed), indented code and reference definitions
(which would silently hide a line). A treeprocessor then keeps only our tags: images
become their alt text, links keep an http(s)/mailto target only, every other attribute
goes. Tables (GitHub's pipe tables, read by the normaliser) keep ``align`` on their
cells and get a border for the preview. Ordered lists get ``type`` (``a``/``A``) and
``data-suffix`` (``)``) from the marks the normaliser left.

The HTML is what the preview shows and what the booklet and the preparation sheet walk
into flowables: one parse, one meaning. One converter per thread (Markdown is not
thread-safe; a booklet may build in a worker while the preview renders).
"""

from __future__ import annotations

import html
import threading
from typing import Any
from xml.etree import ElementTree

from carnet.notes.links import SAFE_SCHEMES, is_safe_link  # noqa: F401 (re-exported)
from carnet.notes.normalise import (
    MARK_ALPHA,
    MARK_ALPHA_UPPER,
    MARK_HEADER_ONLY,
    MARK_NUMBER,
    MARK_NUMBER_END,
    MARKS,
    to_markdown,
)

#: The person's ``&`` while Markdown works: Markdown would take ``&lt;`` as an entity.
PH_AMP = "\ue001"
ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "hr", "span"}
    | {"table", "thead", "tbody", "tr", "th", "td"}
)
#: a table's look in the preview (Qt's rich text reads these attributes, not CSS borders)
TABLE_ATTRIBUTES = {"border": "1", "cellspacing": "0", "cellpadding": "4", "class": "note"}
_ALIGNS = frozenset({"left", "center", "right"})

_local = threading.local()


def _strip_mark(element: ElementTree.Element) -> tuple[str, int | None]:
    """Remove the marks at the start of an item's text; return its style mark ("" if
    none) and the number the list goes on from (None: the next in sequence)."""
    holder = element
    if not (element.text or "").strip() and len(element) and element[0].tag == "p":
        holder = element[0]
    text = holder.text or ""
    number = None
    if text.startswith(MARK_NUMBER) and (end := text.find(MARK_NUMBER_END)) > 0:
        digits = text[len(MARK_NUMBER):end]
        number = int(digits) if digits.isdigit() else None
        text = text[end + len(MARK_NUMBER_END):]
    mark = ""
    if text[:1] and text[0] in MARKS:
        mark, text = text[0], text[1:]
    holder.text = text
    return mark, number


_OL_ATTRIBUTES = ("start", "type", "data-suffix", "style")


def _style(target: ElementTree.Element, mark: str) -> None:
    if mark in (MARK_ALPHA, MARK_ALPHA_UPPER):
        target.set("type", "a" if mark == MARK_ALPHA else "A")
    if mark:  # « 1) », « a) »: for the booklet, and for Qt's rich text
        target.set("data-suffix", ")")
        target.set("style", "-qt-list-number-suffix:')'")


def _style_lists(root: ElementTree.Element) -> None:
    """Ordered lists get their style from the marks of their items; a list whose items
    change style (``1)`` then ``a)``) is two lists. An item holding one paragraph only
    (a list typed with blank lines) is a plain item, like the same list typed without."""
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag == "li" and not (child.text or "").strip() and len(child) == 1 \
                    and child[0].tag == "p":
                paragraph = child[0]
                child.remove(paragraph)
                child.text = paragraph.text
                child.extend(list(paragraph))
            if child.tag != "ol":
                continue
            groups: list[tuple[str, list[ElementTree.Element], int | None]] = []
            for item in [li for li in child if li.tag == "li"]:
                mark, number = _strip_mark(item)
                if groups and groups[-1][0] == mark and number is None:
                    groups[-1][1].append(item)
                else:
                    groups.append((mark, [item], number))
            position = list(parent).index(child)
            for k, (mark, items, number) in enumerate(groups):
                target = child
                if k:
                    target = ElementTree.Element("ol")
                    target.tail = child.tail
                    for item in items:
                        child.remove(item)
                        target.append(item)
                    position += 1
                    parent.insert(position, target)
                _style(target, mark)
                if number is not None:  # an item typed out of sequence: its number kept
                    target.set("start", str(number))


def _header_only(table: ElementTree.Element) -> None:
    """A table typed with a header and no row: the empty row Markdown adds goes."""
    head = next((cell for cell in table.iter() if cell.tag == "th"), None)
    if head is None or not (head.text or "").startswith(MARK_HEADER_ONLY):
        return
    head.text = (head.text or "")[len(MARK_HEADER_ONLY):]
    for body in [child for child in table if child.tag == "tbody"]:
        table.remove(body)


def _make_converter() -> Any:
    import markdown
    from markdown.extensions import Extension
    from markdown.extensions.tables import TableExtension
    from markdown.postprocessors import Postprocessor
    from markdown.preprocessors import Preprocessor
    from markdown.treeprocessors import Treeprocessor
    from markdown.util import AMP_SUBSTITUTE

    class Normalise(Preprocessor):
        """The contract: the text as people type it → canonical Markdown."""

        def run(self, lines: list[str]) -> list[str]:
            text = to_markdown("\n".join(lines)).replace("&", PH_AMP)
            return text.split("\n")

    class Sanitise(Treeprocessor):
        """Our tags only; images → alt text; safe links only; list styles from marks."""

        def run(self, root: ElementTree.Element) -> None:
            _style_lists(root)
            for element in root.iter():
                tag = element.tag
                if element is root:  # Markdown's own wrapper, stripped from the output
                    continue
                if tag == "img":
                    alt = element.get("alt", "").strip()
                    element.attrib.clear()
                    element.tag = "span"
                    element.set("class", "alt")
                    element.text = f"[{alt}]" if alt else "[image]"
                elif tag == "a":
                    target = element.get("href", "").replace(AMP_SUBSTITUTE, "&")
                    target = html.unescape(target.replace(PH_AMP, "&"))
                    element.attrib.clear()
                    if is_safe_link(target):
                        element.set("href", target.replace("&", PH_AMP))
                    else:
                        element.tag = "span"
                elif tag == "ol":
                    kept = {k: v for k, v in element.attrib.items() if k in _OL_ATTRIBUTES}
                    element.attrib.clear()
                    element.attrib.update(kept)
                elif tag in ("th", "td"):
                    align = element.get("align", "")
                    element.attrib.clear()
                    if align in _ALIGNS:
                        element.set("align", align)
                    elif tag == "th":  # as its column (Qt centres a header cell)
                        element.set("align", "left")
                elif tag == "table":
                    element.attrib.clear()
                    element.attrib.update(TABLE_ATTRIBUTES)
                    _header_only(element)
                elif tag not in ALLOWED_TAGS:
                    element.attrib.clear()
                    element.tag = "span"
                elif tag != "span" or element.get("class") != "alt":
                    element.attrib.clear()

    class Restore(Postprocessor):
        def run(self, text: str) -> str:
            return text.replace(PH_AMP, "&amp;")

    class NoteExtension(Extension):
        def extendMarkdown(self, md: Any) -> None:
            md.preprocessors.register(Normalise(md), "carnet_normalise", 35)
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")
            md.inlinePatterns.deregister("entity")
            md.parser.blockprocessors.deregister("code")
            md.parser.blockprocessors.deregister("reference")
            md.treeprocessors.register(Sanitise(md), "carnet_sanitise", 5)
            # CommonMark's escapes too (the export writes « \\<b> » for a typed « <b> »)
            md.ESCAPED_CHARS = [*md.ESCAPED_CHARS, "<", PH_AMP, "|", "~", '"']
            md.postprocessors.register(Restore(md), "carnet_restore", 1)

    return markdown.Markdown(
        extensions=["sane_lists", "nl2br", "fenced_code", NoteExtension(),
                    TableExtension(use_align_attribute=True)],
        output_format="html",
    )


def converter() -> Any:
    """This thread's Markdown converter with the contract (built on first use)."""
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = _make_converter()
    return md


def to_html(text: str) -> str:
    """The note as HTML: our tags only, nothing that loads, no link but http(s)/mailto."""
    if not text.strip():
        return ""
    md = converter()
    try:
        return md.reset().convert(text)
    except (RecursionError, ValueError, IndexError):  # pathological nesting
        md.reset()
        paragraphs = [html.escape(block).replace("\n", "<br />\n")
                      for block in text.split("\n\n") if block.strip()]
        return "".join(f"<p>{p}</p>\n" for p in paragraphs)
    finally:
        _forget_note(md)


def _forget_note(md: Any) -> None:
    """The converter would keep the note until the next one (its lines, its tree, the
    inline processor's maps): past a page replaced or the lock, nothing of it may stay."""
    md.reset()
    md.lines = []
    md.parser.root = None
    for processor in md.treeprocessors:
        for name in ("parent_map", "ancestors", "stashed_nodes"):
            if name in vars(processor):
                setattr(processor, name, type(getattr(processor, name))())
