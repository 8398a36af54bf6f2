"""The agreement's format-neutral content (export.content), checked without ReportLab:
what is signed, who signs for whom, what the council decides, what stays in Annex 3."""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.domain.model import Measure, MeasureStatus, Signatory, StakeholderGroup
from cdo_workshop.export.agreement import agreement_content
from cdo_workshop.export.content import nodes as n
from cdo_workshop.export.content.rich import Run, esc, name, plain, runs


def content(session, language="de", **options):
    from cdo_workshop.export.agreement import AgreementOptions

    return agreement_content(
        session,
        shipped_catalog(),
        language,
        translate=TRANSLATORS[language],
        options=AgreementOptions(**options),
    )


TRANSLATORS: dict = {}


@pytest.fixture(autouse=True)
def translators(h) -> None:
    TRANSLATORS.update(de=h.translator("de"), en=h.translator("en"))


def section(doc: n.Document, number: str) -> list[n.Block]:
    """The blocks from the heading numbered `number` to the next top-level heading."""
    blocks = list(doc.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, n.Heading) and b.number == number)
    end = next(
        (
            i
            for i, b in enumerate(blocks[start + 1 :], start + 1)
            if isinstance(b, n.Heading) and b.level == 0
        ),
        len(blocks),
    )
    return blocks[start:end]


def text_of(blocks) -> str:
    out = []
    for b in blocks:
        if isinstance(b, n.Para):
            out.append(plain(b.text))
        elif isinstance(b, n.Items):
            out += [plain(i) for i in b.items]
        elif isinstance(b, n.Table):
            out += [plain(c.text) for r in b.rows for c in r.cells]
        elif isinstance(b, n.Signatures):
            out += [box.name for box in b.boxes]
    return "\n".join(out)


def test_building_the_content_loads_no_reportlab() -> None:
    code = textwrap.dedent(
        """
        import sys
        from cdo_workshop.domain.catalog import shipped_catalog
        from cdo_workshop.domain.session_file import loads
        from cdo_workshop.export.agreement import agreement_content
        from cdo_workshop.paths import resource_path

        session = loads(resource_path("samples", "musterstadt.json").read_bytes())
        doc = agreement_content(session, shipped_catalog(), "de")
        assert len(doc.blocks) > 50
        print(sorted(m for m in sys.modules if m.startswith(("reportlab", "pikepdf", "pyhanko"))))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_parties_are_the_municipality_represented_by_its_mayor_and_the_cdo(h) -> None:
    doc = content(h.sample_session())
    text = text_of(doc.blocks[:20])
    assert (
        "Stadt Musterstadt, vertreten durch Dr. Katharina Weißenbach, Oberbürgermeisterin" in text
    )
    assert "§ 42 Abs. 1 Satz 2 GemO BW" in text  # who represents the municipality in BW
    assert "Tobias Krämer, Chief Digital Officer" in text
    numbers = [
        b.number for b in doc.blocks if isinstance(b, n.Heading) and b.level == 0 and b.number
    ]
    assert numbers[:12] == [f"§ {i}" for i in range(1, 13)]
    assert numbers[12:] == ["Anlage 1", "Anlage 2", "Anlage 3"]


def test_a_councillor_acknowledges_and_the_council_decides_by_resolution(h) -> None:
    session = copy.deepcopy(h.sample_session())  # Jürgen Böhm signs in the council group
    doc = content(session)
    clause = text_of(section(doc, "§ 7"))
    assert "Haushaltsmittel" in clause or "Digitalbudget" in clause
    assert "Vorbehalt des Beschlusses der gewählten Vertretung (Gemeinderat)" in clause
    assert "in der Sitzung vom 26. November 2026" in clause
    assert "bestätigen damit die Kenntnisnahme" in clause
    signatures = [b for b in doc.blocks if isinstance(b, n.Signatures)]
    parties = {box.name for group in signatures[:2] for box in group.boxes}
    acknowledged = {box.name for box in signatures[2].boxes}
    assert parties == {"Dr. Katharina Weißenbach", "Tobias Krämer"}
    assert "Jürgen Böhm" in acknowledged and "Jürgen Böhm" not in parties
    # once the resolution is taken, the clause says so
    session.agreement.resolution_number = "2026/077"
    clause = text_of(section(content(session), "§ 7"))
    assert "hat hierüber am 26. November 2026 beschlossen (Beschluss Nr. 2026/077)" in clause
    assert "Vorbehalt" not in clause


def test_without_anyone_named_the_parties_still_have_boxes(h) -> None:
    session = copy.deepcopy(h.sample_session())
    session.agreement.signatories = [Signatory(name="Gast", group=StakeholderGroup.OTHER)]
    boxes = [b.boxes for b in content(session).blocks if isinstance(b, n.Signatures)]
    assert [[box.name for box in group] for group in boxes] == [[""], [""], ["Gast"]]


def test_only_agreed_measures_are_clauses_and_declined_ones_are_results(h) -> None:
    session = copy.deepcopy(h.sample_session())
    session.measures = [
        Measure(what="Dienstanweisung erlassen", owner="Hauptamt", due=date(2027, 1, 31)),
        Measure(
            what="Eigene Digitalagentur gründen", status=MeasureStatus.DROPPED, source_rule="x:y"
        ),
    ]
    doc = content(session)
    measures = text_of(section(doc, "§ 8"))
    assert "Dienstanweisung erlassen" in measures and "Digitalagentur" not in measures
    results = text_of(section(doc, "Anlage 3"))
    declined = results[
        results.index("Abgelehnte Empfehlungen") if "Abgelehnte Empfehlungen" in results else 0 :
    ]
    assert "Eigene Digitalagentur gründen" in results and declined
    # open recommendations of the analysis are listed in Annex 3, not in the agreement
    headings = [b.text for b in section(doc, "Anlage 3") if isinstance(b, n.Heading)]
    assert "Offene Empfehlungen" in headings and "Prüfung der Aufgabenverteilung" in headings


def test_scores_charts_and_votes_live_only_in_annex_3(h) -> None:
    doc = content(h.sample_session())
    blocks = list(doc.blocks)
    annex3 = next(
        i for i, b in enumerate(blocks) if isinstance(b, n.Heading) and b.number == "Anlage 3"
    )
    headings = {b.text for b in blocks if isinstance(b, n.Heading)}
    signed_headings = {b.text for b in blocks[:annex3] if isinstance(b, n.Heading)}
    for results in ("Auswertung", "Diagramme", "Stimmen je Entscheidungsbereich"):
        assert any(results in x for x in headings) and not any(
            results in x for x in signed_headings
        )
    assert not any(isinstance(b, n.Chart) for b in blocks[:annex3])
    assert any(isinstance(b, n.Chart) for b in blocks[annex3:])


def test_raci_rows_with_problems_are_flagged(h) -> None:
    session = copy.deepcopy(h.sample_session())
    task = session.tasks[0]
    task.raci = {"mayor": "A", "council": "A"}  # two accountable, nobody responsible
    annex = section(content(session), "Anlage 1")
    flagged = [
        c
        for b in annex
        if isinstance(b, n.Table)
        for r in b.rows
        for c in r.cells[:1]
        if "⚑" in c.text
    ]
    assert flagged and any("⚑" in plain(b.text) for b in annex if isinstance(b, n.Para))


def test_rich_text_escapes_typed_text_and_reads_back_as_runs() -> None:
    typed = "Grüße & <b>fett</b>\nzweite Zeile"
    assert runs(esc(typed)) == [Run("Grüße & <b>fett</b>"), Run("\n"), Run("zweite Zeile")]
    assert runs("<b>A</b> und <i>B</i><sup>1</sup>") == [
        Run("A", bold=True),
        Run(" und "),
        Run("B", italic=True),
        Run("1", sup=True),
    ]
    assert plain(name("Dr. Böhm & Co")) == "Dr. Böhm & Co"
