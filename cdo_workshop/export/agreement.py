"""The role agreement as a PDF/A-3b document: the public entry points of the export.

Call from a worker thread: nothing here touches Qt or shared state other than ReportLab's
font registry (registered once, under a lock). ReportLab, pikepdf and pyHanko are imported
on first use, never at app start-up.

    pdf = build_agreement(session, catalog, "de", translate=translator.translate,
                          progress=lambda fraction, stage: ...)
    pdf = export_agreement(session, catalog, "de", translate=..., sealer=sealer)

`translate` renders the analysis sentences and domain labels and must translate into
`language` (Qt's translator for that language; the default leaves English source texts).
`progress(fraction, stage)` receives 0.0–1.0 and one of the STAGE_* keys; raising from it
cancels the export.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cdo_workshop import __version__
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.fingerprint import fingerprint
from cdo_workshop.domain.messages import Translate, untranslated
from cdo_workshop.domain.model import Session

if TYPE_CHECKING:
    from cdo_workshop.export.content.context import Context
    from cdo_workshop.export.content.nodes import Document
    from cdo_workshop.export.signing import Sealer

Progress = Callable[[float, str], None]

SEAL_FIELD = "IntegritySeal"  # the invisible field the seal goes into

STAGE_ANALYSIS = "analysis"
STAGE_LAYOUT = "layout"
STAGE_ARCHIVE = "archive"  # PDF/A, attachment, metadata
STAGE_SEAL = "seal"
STAGE_DONE = "done"
LANGUAGE_TAGS = {"de": "de-DE", "en": "en-GB"}


@dataclass(frozen=True)
class AgreementOptions:
    witness: bool = False  # a box for the facilitator as witness (unless already a signatory)
    sealed_by: str | None = None  # the document says it is sealed by this name
    qes_fields: bool = False  # empty signature fields for qualified signatures later
    # names beside the votes in appendix A; by default only how the votes spread (the
    # delegation poker was hidden for a reason)
    named_votes: bool = False
    created: datetime | None = None  # creation time in the metadata (default: now)
    producer: str | None = None  # Info/XMP producer (the sealing step sets pyHanko's)


def document_id(session: Session, digest: str, created: datetime) -> str:
    """RV-20261015-1A2B3C4D: workshop date (or creation date) and the fingerprint's start."""
    day = session.workshop_date or created.date()
    return f"RV-{day:%Y%m%d}-{digest[:8].upper()}"


def embedded_session(session: Session, named_votes: bool = False) -> bytes:
    """The session file carried inside the PDF; facilitator-only notes and the room's state
    (poker, timers, export choices) stay out of it, and the signatures' drawings too: only
    their digest, so the fingerprint stays the same and no reusable vectors leave."""
    from cdo_workshop.domain.codec import encode
    from cdo_workshop.domain.fingerprint import strokes_digest
    from cdo_workshop.domain.model import RoomState
    from cdo_workshop.domain.session_file import dumps

    public = copy.deepcopy(session)
    public.facilitator_notes = ""
    public.room = RoomState()
    for signatory in public.agreement.signatories:  # the digest stands for the drawing
        signatory.strokes_sha256 = strokes_digest(encode(signatory.strokes)) or (
            signatory.strokes_sha256
        )
        signatory.strokes = []
    if not named_votes:  # who voted what stays out unless the document names them too
        for area in public.decision_areas:
            area.anonymous_votes = sorted([*area.votes.values(), *area.anonymous_votes])
            area.votes = {}
    for expectation in public.expectations:  # phone positions: who gave which
        # hidden ones always: the room's state (what is hidden) does not travel with them
        if not named_votes or session.positions_hidden(expectation):
            expectation.votes = {}
    return dumps(public).encode("utf-8")


def make_context(
    session: Session,
    catalog: Catalog,
    language: str = "de",
    *,
    translate: Translate = untranslated,
    options: AgreementOptions | None = None,
    created: datetime | None = None,
) -> Context:
    """What every document built from the session shares: analysis, profile, fingerprint."""
    from cdo_workshop.domain.analysis import analyse
    from cdo_workshop.domain.analysis.profile import role_profile
    from cdo_workshop.export.content.context import Context, Options

    options = options or AgreementOptions()
    created = created or datetime.now(UTC)
    digest = fingerprint(session)
    return Context(
        session=session,
        catalog=catalog,
        language="en" if language == "en" else "de",
        translate=translate,
        analysis=analyse(session, catalog),
        profile=role_profile(session, catalog),
        fingerprint=digest,
        document_id=document_id(session, digest, created),
        options=Options(
            sealed_by=options.sealed_by,
            qes_fields=options.qes_fields,
            witness=options.witness,
            named_votes=options.named_votes,
        ),
    )


def with_german_words(
    context: Context, document: Document, build: Callable[[Context], Document]
) -> Document:
    """An English document with the words it shares with its German version marked: typed
    text and official German terms, hyphenated by the German patterns ("Gemein-de-rat",
    not "Gemeinder-at")."""
    from cdo_workshop.export.content.rich import words

    if context.language != "en":
        return document
    # without translations of the analysis sentences and labels: their English source text
    # would otherwise count as words the German text shares
    german = build(replace(context, language="de", translate=_left_out))
    return replace(document, german=words(document.blocks) & words(german.blocks))


def _left_out(context: str, source: str) -> str:
    return ""


def agreement_content(
    session: Session,
    catalog: Catalog,
    language: str = "de",
    *,
    translate: Translate = untranslated,
    options: AgreementOptions | None = None,
    created: datetime | None = None,
) -> Document:
    """The agreement as format-neutral content (export.content): what every renderer lays out."""
    from cdo_workshop.export.content.agreement import agreement_document

    context = make_context(
        session, catalog, language, translate=translate, options=options, created=created
    )
    return with_german_words(context, agreement_document(context), agreement_document)


def build_agreement(
    session: Session,
    catalog: Catalog,
    language: str = "de",
    *,
    translate: Translate = untranslated,
    options: AgreementOptions | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The agreement as PDF/A-3b bytes, with the session attached; not sealed."""
    from cdo_workshop.export import layout
    from cdo_workshop.export.fonts import register_fonts
    from cdo_workshop.export.render_pdf import Heading, Renderer
    from cdo_workshop.export.spots import Outline, SpotCollector
    from cdo_workshop.export.styles import Styles

    options = options or AgreementOptions()
    report = progress or (lambda fraction, stage: None)
    language = "en" if language == "en" else "de"
    created = (options.created or datetime.now(UTC)).replace(microsecond=0)
    report(0.0, STAGE_ANALYSIS)
    content = agreement_content(
        session, catalog, language, translate=translate, options=options, created=created
    )
    register_fonts()
    report(0.1, STAGE_LAYOUT)
    collector = SpotCollector()
    renderer = Renderer(Styles(language), language, collector, content.names, content.german)
    story = renderer.story(content.blocks)
    meta_in = content.meta
    buffer = io.BytesIO()
    doc = layout.document(
        buffer,
        title=meta_in.title,
        author=meta_in.author,
        subject=meta_in.subject,
        lang=LANGUAGE_TAGS[language],
    )
    outline: list[Outline] = []

    def after_flowable(flowable: object) -> None:
        if isinstance(flowable, Heading):
            page = doc.canv.getPageNumber() - 1
            outline.append(Outline(flowable.plain, flowable.level, page))

    doc.afterFlowable = after_flowable
    f = content.furniture
    furniture = layout.Furniture(
        header=f.header,
        document_id=f.document_id,
        fingerprint=f.fingerprint,
        page_of=lambda page, pages: f.page_of.format(page=page, pages=pages),
        status=f.status,
    )
    doc.build(story, canvasmaker=layout.canvas_class(furniture))
    report(0.7, STAGE_ARCHIVE)
    from cdo_workshop.export.pdfa import PdfMetadata, make_pdfa
    from cdo_workshop.export.texts import t

    meta = PdfMetadata(
        title=meta_in.title,
        author=meta_in.author,
        subject=meta_in.subject,
        keywords=meta_in.keywords,
        language=LANGUAGE_TAGS[language],
        creator_tool=f"CDO Workshop {__version__}",
        producer=options.producer or f"CDO Workshop {__version__}",
        created=created,
    )
    pdf = make_pdfa(
        buffer.getvalue(),
        meta,
        attachment=embedded_session(session, options.named_votes),
        attachment_description=t("attachment", language),
        outline=outline,
        fields=collector.spots if options.qes_fields else (),
        seal_field=SEAL_FIELD if options.sealed_by else None,
    )
    report(1.0, STAGE_DONE)
    return pdf


def export_agreement(
    session: Session,
    catalog: Catalog,
    language: str = "de",
    *,
    translate: Translate = untranslated,
    sealer: Sealer | None = None,
    options: AgreementOptions | None = None,
    progress: Progress | None = None,
) -> bytes:
    """build_agreement, then the integrity seal when a sealer is given: the whole export."""
    options = options or AgreementOptions()
    report = progress or (lambda fraction, stage: None)
    if sealer is None:
        return build_agreement(
            session, catalog, language, translate=translate, options=options, progress=report
        )
    from cdo_workshop.export.signing import producer, seal

    options = AgreementOptions(
        witness=options.witness,
        sealed_by=sealer.name,
        qes_fields=options.qes_fields,
        named_votes=options.named_votes,
        created=options.created,
        producer=producer(),
    )
    pdf = build_agreement(
        session,
        catalog,
        language,
        translate=translate,
        options=options,
        progress=lambda fraction, stage: (
            report(fraction * 0.8, stage) if stage != STAGE_DONE else None
        ),
    )
    report(0.8, STAGE_SEAL)
    sealed = seal(pdf, sealer, when=options.created)
    report(1.0, STAGE_DONE)
    return sealed
