"""Well-set text, read back from the PDF: no word broken without a hyphen, no name
hyphenated, numbers with their units, nothing smaller than 8 pt."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.domain.session_file import loads
from cdo_workshop.export.agreement import agreement_content
from cdo_workshop.export.content import nodes as n
from cdo_workshop.export.content.rich import texts as rich_texts
from cdo_workshop.paths import resource_path

PUNCTUATION = "\"'.,;:()[]„“”‚‘’»«!?/–—…·•⚑"
SAMPLES = [
    (name, lang) for name in ("musterstadt", "hafenstadt", "kleinhausen") for lang in ("de", "en")
]


def tokens(text: str) -> list[str]:
    return [t for t in (w.strip(PUNCTUATION) for w in text.split()) if t]


def texts(blocks) -> list[str]:
    return list(rich_texts(blocks))


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda p: "-".join(p))
def sample_pdf(request, h):
    name, language = request.param
    session = loads(resource_path("samples", f"{name}.json").read_bytes())
    content = agreement_content(
        session, shipped_catalog(), language, translate=h.translator(language)
    )
    vocabulary = {t.lower() for text in texts(content.blocks) for t in tokens(text)}
    f = content.furniture
    vocabulary |= {
        t.lower()
        for text in (f.header, f.document_id, f.fingerprint, f.status, f.page_of)
        for t in tokens(text)
    }
    pdf = h.build(session, language)
    lines = [
        line
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in (page.extract_text() or "").split("\n")
        if line.strip()
    ]
    return session, vocabulary, lines


def test_no_word_is_broken_without_a_hyphen(sample_pdf) -> None:
    """A line that does not end in a hyphen ends in a whole word: a word cut mid-letter
    ("Digitalisieru|ngsbeauftragte") leaves a fragment no text of the document has."""
    _, vocabulary, lines = sample_pdf
    fragments = []
    after_hyphen = False
    for line in lines:
        words = tokens(line)
        continued, after_hyphen = after_hyphen and len(words) == 1, line.rstrip().endswith("-")
        if not words or continued or after_hyphen:
            continue
        last = words[-1]
        if len(last) >= 3 and not re.search(r"\d", last) and last.lower() not in vocabulary:
            fragments.append(line)
    assert fragments == []


def test_names_are_never_hyphenated(sample_pdf) -> None:
    """No name is split over two lines with a hyphen, wherever it occurs (signature boxes,
    tables, measures' owners, running text)."""
    session, _, lines = sample_pdf
    names = {p.name for p in session.participants} | {s.name for s in session.agreement.signatories}
    parts = {part for name in names for part in tokens(name) if len(part) >= 4}
    broken = []
    for line, following in zip(lines, lines[1:], strict=False):
        head = (tokens(line) or [""])[-1]
        tail = (tokens(following) or [""])[0]
        if head.endswith("-") and head[:-1] + tail in parts:
            broken.append(f"{line} | {following}")
    assert broken == []


def test_numbers_stay_with_their_units(h) -> None:
    session = h.sample_session()
    content = agreement_content(session, shipped_catalog(), "de")
    all_text = "\n".join(texts(content.blocks))
    assert re.search(r"\d\u00a0€", all_text) and re.search(r"\d\u00a0VZÄ", all_text)
    assert not re.search(r"\d €|\d VZÄ", all_text)


def test_nothing_is_smaller_than_8_pt(h) -> None:
    import pikepdf

    pdf = h.build(h.sample_session(), qes_fields=True)
    sizes = set()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "Tf":
                    sizes.add(float(operands[1]))
    assert sizes and min(sizes) >= 8, sorted(sizes)


def test_turned_raci_headers_are_whole(h) -> None:
    """The group names above the RACI matrix wrap onto a second turned line, never cut."""
    session = h.sample_session()
    content = agreement_content(session, shipped_catalog(), "de")
    table = next(
        b for b in content.blocks if isinstance(b, n.Table) and any(c.vertical for c in b.columns)
    )
    titles = [c.title for c in table.columns if c.vertical]
    assert any(len(t) > 25 for t in titles)  # e.g. "CDO / Digitalisierungsbeauftragte/r"
    pdf = h.build(session)
    page = next(
        p for p in PdfReader(io.BytesIO(pdf)).pages if "(Responsible)" in (p.extract_text() or "")
    )
    text = h.squash(page.extract_text())
    for title in titles:
        assert h.squash(title) in text, title
