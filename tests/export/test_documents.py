"""The documents for HR and the council, as content (no renderer): what each says, from the
workshop's data, in the Land's terms; and the CLI's refusals before anything is written."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import Result

from cdo_workshop.domain.analysis.time_shares import work_processes
from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.domain.model import (
    Period,
    Resource,
    ResourceKind,
    ResourceStatus,
    StakeholderGroup,
)
from cdo_workshop.export.content import nodes as n
from cdo_workshop.export.content.rich import plain, texts
from cdo_workshop.export.documents import document_content


def content(h, session, kind, language="de") -> n.Document:
    return document_content(session, shipped_catalog(), kind, language, h.translator(language))


def section(doc: n.Document, title: str) -> list[n.Block]:
    blocks = list(doc.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, n.Heading) and b.text == title)
    end = next(
        (i for i, b in enumerate(blocks[start + 1 :], start + 1) if isinstance(b, n.Heading)),
        len(blocks),
    )
    return blocks[start + 1 : end]


def test_the_job_description_lists_the_work_processes_with_their_shares(h) -> None:
    session = copy.deepcopy(h.sample_session())
    role = [t for t in session.tasks if t.raci.get("cdo") in ("R", "A")]
    for i, task in enumerate(role):  # two work processes, 60 % and 40 %
        task.work_process = "Steuerung" if i % 2 == 0 else "Umsetzung"
        task.time_share = 0
    role[0].time_share, role[1].time_share = 60, 40
    doc = content(h, session, "stellenbeschreibung")
    table = next(
        b for b in section(doc, "Arbeitsvorgänge und Zeitanteile") if isinstance(b, n.Table)
    )
    rows = [[plain(c.text) for c in r.cells] for r in table.rows]
    assert [r[1] for r in rows] == ["Steuerung", "Umsetzung", "Summe"]
    assert [r[3] for r in rows] == ["60\u00a0%", "40\u00a0%", "100\u00a0%"]
    steering = work_processes(session, shipped_catalog())[0]
    assert all(t.title in rows[0][2] for t in steering.tasks)
    # the Land's terms in the powers and the header facts from the session
    text = "\n".join(texts(doc.blocks))
    assert "Gemeinderat" in text and "Tobias Krämer" in text and "TVöD E 13" in text
    assert doc.meta.language == "de" and doc.furniture.status.startswith("Entwurf")


def test_shares_that_do_not_add_up_are_said_in_the_job_description(h) -> None:
    session = copy.deepcopy(h.sample_session())
    role = [t for t in session.tasks if t.raci.get("cdo") in ("R", "A")]
    for task in role:
        task.time_share = 5
    doc = content(h, session, "stellenbeschreibung")
    notes = [
        plain(b.text)
        for b in section(doc, "Arbeitsvorgänge und Zeitanteile")
        if isinstance(b, n.Para) and b.role == "small"
    ]
    assert notes and any(str(5 * len(role)) in note for note in notes)


def test_the_council_paper_proposes_exactly_what_the_council_decides(h) -> None:
    session = copy.deepcopy(h.sample_session())
    session.resources.append(
        Resource(
            kind=ResourceKind.STAFF,
            amount=1.0,
            committed_by=StakeholderGroup.COUNCIL,
            status=ResourceStatus.PROPOSED,
        )
    )
    doc = content(h, session, "beschlussvorlage")
    (items,) = [b for b in section(doc, "Beschlussvorschlag") if isinstance(b, n.Items)]
    proposal = [plain(i) for i in items.items]
    assert items.numbered
    assert proposal[0].startswith("Sie nimmt die Rollenvereinbarung zwischen der Stadt")
    # the one-off external support the council has not approved yet, and the new post;
    # not the budget it approved already
    assert any("45.000\u00a0€ (einmalig)" in p for p in proposal)
    assert any("Stellenplan" in p and "1,00\u00a0VZÄ" in p for p in proposal)
    assert not any("180.000" in p for p in proposal)
    assert any("Digitalstrategie" in p for p in proposal)  # reserved to the council
    assert any("15. Oktober 2027" in p for p in proposal)  # the review date
    finance = next(b for b in section(doc, "Finanzielle Auswirkungen") if isinstance(b, n.Table))
    total = [plain(c.text) for c in finance.rows[-1].cells]
    assert total[:3] == ["Summe", "0\u00a0€", "45.000\u00a0€"]
    facts = "\n".join(texts(section(doc, "Sachverhalt und Begründung")))
    assert "§ 39 Abs. 2 GemO BW" in facts


def test_yearly_and_monthly_amounts_add_up_per_year(h) -> None:
    session = copy.deepcopy(h.sample_session())
    session.resources = [
        Resource(
            kind=ResourceKind.BUDGET,
            amount=1000,
            period=Period.PER_MONTH,
            committed_by=StakeholderGroup.COUNCIL,
        ),
        Resource(
            kind=ResourceKind.TOOLS,
            amount=5000,
            period=Period.PER_YEAR,
            committed_by=StakeholderGroup.COUNCIL,
        ),
    ]
    doc = content(h, session, "beschlussvorlage", "en")
    finance = next(b for b in section(doc, "Financial effects") if isinstance(b, n.Table))
    assert [plain(c.text) for c in finance.rows[-1].cells][:3] == ["Total", "€17,000", "€0"]


def test_the_job_advertisement_is_a_draft_in_plain_language(h) -> None:
    doc = content(h, h.sample_session(), "ausschreibung")
    text = "\n".join(texts(doc.blocks))
    assert "ENTWURF für die Personalabteilung" in text and "(m/w/d)" in text
    assert "TVöD E 13" in text and "Ihre Aufgaben" in text and "Ihr Profil" in text
    english = "\n".join(texts(content(h, h.sample_session(), "ausschreibung", "en").blocks))
    assert "DRAFT for HR" in english and "Your tasks" in english


@pytest.mark.usefixtures("german_cli")
@pytest.mark.parametrize(
    ("kind", "name", "message"),
    [
        ("stellenbeschreibung", "out.pdf", "nicht „.pdf“"),
        ("stellenbeschreibung", "out", "nicht „–“"),
        ("lebenslauf", "out.docx", "Unbekanntes Dokument „lebenslauf“"),
    ],
)
def test_export_doc_refuses_unknown_kinds_and_formats(
    run: Callable[..., Result], db_path: Path, tmp_path: Path, kind: str, name: str, message: str
) -> None:
    session_id = run("--db", db_path, "sample").out.strip()
    result = run("--db", db_path, "export-doc", session_id[:8], kind, tmp_path / name)
    assert result.code == 2 and message in result.err and result.err.count("\n") == 1
    assert not (tmp_path / name).exists()


def test_the_advertisement_offers_the_post_not_the_whole_role(h) -> None:
    """The role may be larger than the post (a team); the lead names the post's own time."""
    session = copy.deepcopy(h.sample_session())  # the role: 2.00 FTE, the CDO 80 % of it
    text = "\n".join(texts(content(h, session, "ausschreibung").blocks))
    assert "Die Stadt Musterstadt sucht" in text and "(m/w/d) in Vollzeit" in text
    assert "80\u00a0% der Arbeitszeit" in text and "2,00\u00a0VZÄ" in text
    assert "ein Team: 1,00\u00a0VZÄ" in text and "Zeitanteil der/des CDO" not in text
    session.placement.cdo_fte = 0.5
    text = "\n".join(texts(content(h, session, "ausschreibung").blocks))
    assert "(m/w/d) im Umfang von 0,50\u00a0VZÄ" in text
