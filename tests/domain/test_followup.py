"""A follow-up starts from last time's agreement, unsigned, at step 1, pointing back."""

from __future__ import annotations

from datetime import date

from cdo_workshop.domain.followup import start_follow_up


def test_follow_up_keeps_the_content_and_starts_again(sample):
    sample.agreement.signatories[0].strokes = [[(0.1, 0.1), (0.2, 0.2)]]
    follow = start_follow_up(sample, "Folgeworkshop 2027", date(2027, 10, 14))
    assert follow.id != sample.id and follow.follow_up_of == sample.id
    assert follow.title == "Folgeworkshop 2027" and follow.workshop_date == date(2027, 10, 14)
    assert follow.participants == sample.participants
    assert follow.decision_areas == sample.decision_areas
    assert follow.measures == sample.measures
    assert follow.progress.current_step == "framing" and follow.progress.completed_steps == []
    assert all(not s.strokes and s.signed_at is None for s in follow.agreement.signatories)
    assert [s.name for s in follow.agreement.signatories] == [
        s.name for s in sample.agreement.signatories
    ]
    assert follow.facilitator_notes == "" and follow.agreement.review_date is None
    follow.participants[0].name = "Geändert"
    assert sample.participants[0].name != "Geändert"  # independent copy
