"""Sealed export of the full Musterstadt agreement, against its floor.

The floor is what any sealed PDF of that size costs: a plain ReportLab document with the
same number of pages (one paragraph per page) plus the same pyHanko seal. Each run is a
fresh process step inside one interpreter after a warm-up (imports, fonts, hyphenation
dictionary loaded once, as in the app's worker). Prints medians of N runs and the ratio.

    .venv/bin/python benchmarks/export.py [N]
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime

from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.domain.session_file import loads
from cdo_workshop.export.agreement import AgreementOptions, export_agreement
from cdo_workshop.export.signing import load_sealer, seal, self_signed_certificate
from cdo_workshop.i18n import Translator
from cdo_workshop.paths import resource_path


def median_time(fn: Callable[[], bytes], runs: int) -> tuple[float, bytes]:
    times, result = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def plain_document(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = []
    for i in range(pages):
        story += [Paragraph(f"Seite {i + 1}: Rollenvereinbarung", styles["Normal"]), PageBreak()]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story[:-1])
    return buffer.getvalue()


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    session = loads(resource_path("samples", "musterstadt.json").read_bytes())
    catalog = shipped_catalog()
    translate = Translator("de").translate
    p12, _ = self_signed_certificate("Benchmark", b"benchmark")
    sealer = load_sealer(p12, b"benchmark")
    created = datetime(2026, 11, 28, tzinfo=UTC)

    def agreement() -> bytes:
        return export_agreement(
            session,
            catalog,
            "de",
            translate=translate,
            sealer=sealer,
            options=AgreementOptions(created=created, qes_fields=True, witness=True),
        )

    cold_start = time.perf_counter()
    pdf = agreement()  # warm-up: imports, font registration, hyphenation dictionary
    cold = time.perf_counter() - cold_start
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    full, pdf = median_time(agreement, runs)
    plain = plain_document(pages)
    floor, _ = median_time(lambda: seal(plain_document(pages), sealer), runs)
    print(f"Musterstadt agreement: {pages} pages, {len(pdf) / 1024:.0f} KiB sealed")
    print(f"first export in this process (imports, fonts, dictionary): {cold:.2f} s")
    print(f"sealed export, median of {runs}: {full * 1000:.0f} ms")
    print(
        f"floor (plain ReportLab, {pages} pages, {len(plain) / 1024:.0f} KiB, + seal): "
        f"{floor * 1000:.0f} ms"
    )
    print(f"ratio: {full / floor:.1f}x")


if __name__ == "__main__":
    main()
