"""Starting the follow-up workshop from last time's session.

The new session keeps what the room agreed (participants, goals, expectations, placement,
levels, tasks, dependencies, resources, measures to review) and starts the workshop again:
new date, first step, no signatures. `follow_up_of` points back, so step 9 can compare.
"""

from __future__ import annotations

import copy
from datetime import date

from cdo_workshop.domain.lifecycle import fresh_agreement
from cdo_workshop.domain.model import Progress, Session, new_id, now


def start_follow_up(previous: Session, title: str, today: date) -> Session:
    session = copy.deepcopy(previous)
    session.id = new_id()
    session.title = title
    session.follow_up_of = previous.id
    session.workshop_date = today
    session.facilitator_notes = ""
    session.progress = Progress(created_at=now(), updated_at=now())
    session.agreement = fresh_agreement(previous.agreement)
    session.agreement.review_date = None
    return session
