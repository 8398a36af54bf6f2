"""Draft → final → signed, with signatures bound to the content they were given for."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from cdo_workshop.domain import lifecycle
from cdo_workshop.domain.edits import Field, Part, SetField, apply_edits
from cdo_workshop.domain.fingerprint import fingerprint
from cdo_workshop.domain.followup import start_follow_up
from cdo_workshop.domain.model import Session, SigningState

AT = datetime(2026, 12, 1, 10, tzinfo=UTC)
STROKES = [[(0.1, 0.2), (0.3, 0.4)]]
BUDGET = Field(Part.MUNICIPALITY, "population")


def signed(session: Session) -> Session:
    for s in session.agreement.signatories:
        apply_edits(session, lifecycle.sign(session, s, STROKES, AT))
    return session


def test_signing_a_draft_makes_it_final_and_everyone_signing_makes_it_signed(sample):
    sample.agreement = lifecycle.fresh_agreement(sample.agreement)
    first, *others = sample.agreement.signatories
    assert others and sample.agreement.state == SigningState.DRAFT
    apply_edits(sample, lifecycle.sign(sample, first, STROKES, AT))
    assert sample.agreement.state == SigningState.FINAL
    assert sample.agreement.final_fingerprint == lifecycle.signing_fingerprint(sample)
    assert lifecycle.signature_state(sample, first) == "valid"
    assert lifecycle.signature_state(sample, others[-1]) == "unsigned"
    signed(sample)
    assert sample.agreement.state == SigningState.SIGNED


def test_an_edit_after_signing_needs_a_reopen_that_voids_every_signature(sample):
    signed(sample)
    change = [SetField(BUDGET, 12_345)]
    assert lifecycle.changes_content(sample, change)
    apply_edits(sample, lifecycle.reopen(sample) + change)
    assert sample.agreement.state == SigningState.DRAFT
    assert {lifecycle.signature_state(sample, s) for s in sample.agreement.signatories} == {"void"}
    # changing it back does not make the old signatures valid again
    apply_edits(sample, [SetField(BUDGET, 38_000)])
    apply_edits(sample, lifecycle.finalize(sample))
    assert {lifecycle.signature_state(sample, s) for s in sample.agreement.signatories} == {"void"}


def test_a_signature_for_other_content_is_void_even_without_a_reopen(sample):
    """A session file edited by hand keeps its state, but not its signatures."""
    signed(sample)
    sample.municipality.population = 1
    assert {lifecycle.signature_state(sample, s) for s in sample.agreement.signatories} == {"void"}


def test_workflow_edits_need_no_reopen(sample):
    signed(sample)
    notes = [SetField(Field(Part.HEADER, "facilitator_notes"), "nur für mich")]
    steps = [SetField(Field(Part.PROGRESS, "current_step"), "goals")]
    assert not lifecycle.changes_content(sample, notes)
    assert not lifecycle.changes_content(sample, steps)
    assert not lifecycle.changes_content(Session(), [SetField(BUDGET, 5)])  # a draft


def test_duplicates_and_follow_ups_start_as_drafts_without_signatures(sample):
    signed(sample)
    follow = start_follow_up(sample, "Folgeworkshop", AT.date())
    assert follow.agreement.state == SigningState.DRAFT and not follow.agreement.final_fingerprint
    assert all(not s.strokes and not s.signed_for for s in follow.agreement.signatories)
    assert [s.name for s in follow.agreement.signatories] == [
        s.name for s in sample.agreement.signatories
    ]


def test_the_printed_fingerprint_is_unchanged_by_the_life_cycle(sample):
    """Version 1 of the content fingerprint: workflow fields do not enter it."""
    before = fingerprint(sample)
    copy_ = copy.deepcopy(sample)
    apply_edits(copy_, lifecycle.finalize(copy_))
    copy_.agreement.signatories[0].signed_for = "x" * 64
    assert fingerprint(copy_) == before


def test_renaming_the_signer_after_signing_voids_the_signature(sample):
    signer = next(s for s in sample.agreement.signatories if s.strokes)
    assert lifecycle.signature_state(sample, signer) == "valid"
    signer.name = "Jemand anderes"
    assert lifecycle.signature_state(sample, signer) == "void"
