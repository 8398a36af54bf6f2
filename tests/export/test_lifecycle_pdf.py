"""The PDF says on the cover and on every page whether it is a draft, the final version or
signed; a signature given for other content is never drawn as valid."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from cdo_workshop.domain import lifecycle
from cdo_workshop.domain.edits import apply_edits


def test_a_draft_says_so_on_every_page(h):
    session = copy.deepcopy(h.sample_session())
    apply_edits(session, lifecycle.reopen(session))
    pages = h.pages_text(h.build(session))
    assert all(h.contains(p, "Entwurf – nicht zur Unterzeichnung") for p in pages)


def test_the_final_version_and_the_signed_one_say_so(h):
    session = copy.deepcopy(h.sample_session())  # Musterstadt: final, one of four signed
    pages = h.pages_text(h.build(session, "en"))
    assert all(h.contains(p, "Final version for signature") for p in pages)
    at = datetime(2026, 10, 16, 9, tzinfo=UTC)
    for s in session.agreement.signatories:
        if not s.strokes:
            apply_edits(session, lifecycle.sign(session, s, [[(0.1, 0.5), (0.9, 0.5)]], at))
    pages = h.pages_text(h.build(session))
    assert all(h.contains(p, "Unterzeichnet am 16. Oktober 2026") for p in pages)


def test_a_signature_for_changed_content_is_void_in_the_pdf(h):
    session = copy.deepcopy(h.sample_session())
    session.municipality.population = 12  # changed after Tobias Krämer signed
    text = "\n".join(h.pages_text(h.build(session)))
    assert h.contains(text, "Unterschrift ungültig: Der Inhalt wurde nach der Unterzeichnung")
    assert not h.contains(text, "Auf dem Bildschirm unterschrieben")


def test_votes_are_anonymous_unless_the_facilitator_asks_for_names(h):
    session = copy.deepcopy(h.sample_session())
    voter = next(
        p for p in session.participants if any(p.id in a.votes for a in session.decision_areas)
    )
    section = votes_section(h, h.build(session))
    assert h.contains(section, "Wer wie gestimmt hat, steht nicht im Dokument")
    assert not h.contains(section, voter.name)
    assert h.contains(votes_section(h, h.build(session, named_votes=True)), voter.name)


def votes_section(h, pdf: bytes) -> str:
    """Annex 3's votes, up to the next section (the participants are listed before)."""
    text = h.squash("\n".join(h.pages_text(pdf)))
    start = text.index(h.squash("Stimmen je Entscheidungsbereich"))
    return text[start : text.index(h.squash("Prüfung der Aufgabenverteilung"), start)]


def test_numbers_are_printed_as_stored(h):
    """0.75 FTE is 0,75 VZÄ everywhere, an amount with cents keeps them."""
    from cdo_workshop.domain.model import Resource, ResourceKind, ResourceStatus

    session = copy.deepcopy(h.sample_session())
    session.placement.role_fte = 0.75
    session.resources = [
        Resource(kind=ResourceKind.STAFF, amount=0.75, status=ResourceStatus.COMMITTED),
        Resource(kind=ResourceKind.BUDGET, amount=1234.5, status=ResourceStatus.COMMITTED),
    ]
    session.placement.cdo_time_share = None
    text = "\n".join(h.pages_text(h.build(session)))
    assert h.contains(text, "0,75 VZÄ")
    assert not h.contains(text, "0,8 VZÄ")
    assert h.contains(text, "1.234,50 €")


def test_the_seal_text_says_what_verify_says(h, sealed_de):
    """One sentence about what the seal proves: integrity; identity only with a trust
    service's certificate (as `verify` says for a self-signed one)."""
    text = "\n".join(h.pages_text(sealed_de))
    assert h.contains(text, "belegt die Unversehrtheit, nicht die Identität")
    assert not h.contains(text, "und wer versiegelt hat")


def test_the_attached_session_carries_no_signature_strokes_but_the_same_fingerprint(h):
    from cdo_workshop.domain.fingerprint import fingerprint
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.export.embedded import embedded_session_file

    session = copy.deepcopy(h.sample_session())  # Tobias Krämer signed on screen
    signer = next(s for s in session.agreement.signatories if s.strokes)
    raw = embedded_session_file(h.build(session))
    assert b'"strokes":[]' in raw.replace(b" ", b"").replace(b"\n", b"")
    attached = loads(raw)
    copy_of_signer = next(s for s in attached.agreement.signatories if s.id == signer.id)
    assert copy_of_signer.strokes == [] and len(copy_of_signer.strokes_sha256) == 64
    assert attached.facilitator_notes == ""
    assert fingerprint(attached) == fingerprint(session)
    # read back, the signature still counts as given (by its digest), and is void once
    # the content changes
    assert lifecycle.signature_state(attached, copy_of_signer) == "valid"
    attached.municipality.population = 1
    assert lifecycle.signature_state(attached, copy_of_signer) == "void"


def test_the_attached_session_says_how_the_room_voted_not_who_voted_what(h):
    from cdo_workshop.domain.analysis.checks import vote_spreads
    from cdo_workshop.domain.fingerprint import fingerprint
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.export.embedded import embedded_session_file

    session = copy.deepcopy(h.sample_session())
    area = next(a for a in session.decision_areas if len(a.votes) >= 3)
    attached = loads(embedded_session_file(h.build(session)))
    copy_of_area = next(a for a in attached.decision_areas if a.id == area.id)
    assert copy_of_area.votes == {} and copy_of_area.anonymous_votes == sorted(area.votes.values())
    assert fingerprint(attached) == fingerprint(session)
    # the follow-up workshop still sees the spread
    spread = next(s for s in vote_spreads(attached) if s.area.id == area.id)
    assert (spread.low, spread.high) == (min(area.votes.values()), max(area.votes.values()))
    # names only when the facilitator asks for them in the document too
    named = loads(embedded_session_file(h.build(session, named_votes=True)))
    assert next(a for a in named.decision_areas if a.id == area.id).votes == area.votes


def test_every_page_of_annex_3_says_it_is_not_signed(h):
    pages = h.pages_text(h.build(h.sample_session()))
    start = next(
        i
        for i, p in enumerate(pages)
        if h.contains(p, "Arbeitsergebnisse des Workshops")
        and h.contains(p, "Diese Anlage dokumentiert")
    )
    marked = [h.contains(p, "Anlage 3 – nicht Bestandteil der Vereinbarung") for p in pages]
    assert marked == [False] * start + [True] * (len(pages) - start)
