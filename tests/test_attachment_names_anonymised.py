"""Found by a fresh-eyes review (fresh5): an anonymised export or booklet must not carry a member's masked name
in the name of an attached file.

The person attached a PDF named « retour-de-Thomas-Lefevre.pdf » (no caption) and one
captioned « Plan d'action de Marc Dubois ». The anonymised Markdown export writes the
caption as « Plan d'action de M.D. » but names the file on disk
« 01-plan-d-action-de-marc-dubois.pdf » (the link in the page and the export's own
manifest name it too); the anonymised booklet lists the second PDF as
« retour-de-Thomas-Lefevre.pdf ». Controls: the real names are in the journal (the test
would be void otherwise) and the non-anonymised export keeps them.
"""

from __future__ import annotations

from datetime import date

import pytest

from carnet.domain import Group, Member, Session, SessionStatus
from carnet.domain.attachment import Attachment

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
NAMES = ("marc", "dubois", "thomas", "lefevre", "lef-vre", "lefèvre")


@pytest.fixture
def journal(store):
    group = store.groups.add(Group(name="Codev", template_id="codev"))
    store.members.add(Member(pseudonym="M.D.", masked_names=["Marc Dubois", "Marc"],
                             group_id=group.id))
    store.members.add(Member(pseudonym="T.L.", masked_names=["Thomas Lefèvre", "Thomas"],
                             group_id=group.id))
    session = store.sessions.add(Session(group_id=group.id, number=1, date=date(2026, 6, 18),
                                                status=SessionStatus.HELD))
    store.attachments.add(Attachment(session_id=session.id, mime="application/pdf", size=1,
                                     sha256="", caption="Plan d'action de Marc Dubois",
                                     filename="plan.pdf"), PDF)
    store.attachments.add(Attachment(session_id=session.id, mime="application/pdf", size=1,
                                     sha256="", caption="",
                                     filename="retour-de-Thomas-Lefèvre.pdf"), PDF + b" ")
    return store


def _leaks(text: str) -> list[str]:
    low = text.lower()
    return [n for n in NAMES if n in low]


def test_anonymised_markdown_export_names_no_file_after_a_member(journal, tmp_path):
    from carnet.exchange import export_markdown

    plain = tmp_path / "plain"
    export_markdown(journal, plain, lang="fr", anonymise=False)
    plain_files = [p.relative_to(plain).as_posix() for p in plain.rglob("*.pdf")]
    assert _leaks(" ".join(plain_files))  # control: the names are there when not anonymised

    out = tmp_path / "anon"
    export_markdown(journal, out, lang="fr", anonymise=True)
    files = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()]
    assert len([f for f in files if f.endswith(".pdf")]) == 2
    assert _leaks(" ".join(files)) == [], files
    for page in out.rglob("*.md"):
        assert _leaks(page.read_text(encoding="utf-8")) == [], page


def test_anonymised_booklet_lists_no_file_name_with_a_member(journal, tmp_path):
    from test_booklet_helpers import pdftotext, require_poppler

    from carnet.booklet import BookletOptions, build_booklet

    require_poppler()

    def text_of(anonymise: bool) -> str:
        out = tmp_path / f"b-{anonymise}.pdf"
        build_booklet(journal, BookletOptions(anonymise=anonymise, attachments=True,
                                              include_unheld=True, lang="fr"), out)
        return pdftotext(out)

    assert _leaks(text_of(False))  # control: the real names print when not anonymised
    anonymous = text_of(True)
    assert "Document PDF" in anonymous or "PDF" in anonymous  # the PDFs are listed
    assert _leaks(anonymous) == [], [line for line in anonymous.splitlines()
                                     if _leaks(line)]
