"""The agreement's life cycle: draft → final → signed, and signatures bound to content.

"Final" freezes the content: its `signing_fingerprint` is recorded, and every signature
keeps the fingerprint of the content it was given for. An edit of a final or signed session
first reopens it (back to draft), which voids every signature: a signature counts only while
the content is the one it was given for and the session has not been reopened since.
Duplicates and follow-ups start as drafts without signatures (`fresh_agreement`).
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Sequence
from datetime import datetime

from cdo_workshop.domain.edits import Collection, Edit, Field, ItemRef, Part, SetField, apply_edits
from cdo_workshop.domain.fingerprint import content
from cdo_workshop.domain.model import Agreement, Session, Signatory, SigningState

STATE: Field[SigningState] = Field(Part.AGREEMENT, "state")
FROZEN: Field[str] = Field(Part.AGREEMENT, "final_fingerprint")


def signing_fingerprint(session: Session) -> str:
    """What is signed: the content fingerprint without who signed and how, without the
    workflow state, and without the upgrade notes the facilitator reads and hides."""
    data = content(session)
    data["agreement"] = {k: v for k, v in data["agreement"].items() if k != "signatories"}
    data.pop("upgrade_notes", None)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def given_for(frozen: str, signatory: Signatory) -> str:
    """What one signature is bound to: the frozen content and who signs it (name, function,
    group, place), so renaming the signer after the fact voids the signature too."""
    who = "\x1f".join(
        (frozen, signatory.name, signatory.function, signatory.group.value, signatory.place)
    )
    return hashlib.sha256(who.encode("utf-8")).hexdigest()


def _signatory(signatory: Signatory, name: str) -> Field[object]:
    return Field(ItemRef(Collection.SIGNATORIES, signatory.id), name)


def finalize(session: Session) -> list[Edit]:
    """Freeze the content for signature (nothing to do if it is final or signed already)."""
    if session.agreement.state != SigningState.DRAFT:
        return []
    return [
        SetField(STATE, SigningState.FINAL),
        SetField(FROZEN, signing_fingerprint(session)),
    ]


def reopen(session: Session) -> list[Edit]:
    """Back to draft: the frozen content is released and every signature is void."""
    if session.agreement.state == SigningState.DRAFT:
        return []
    edits: list[Edit] = [SetField(STATE, SigningState.DRAFT), SetField(FROZEN, "")]
    edits += [
        SetField(_signatory(s, "signed_for"), "")
        for s in session.agreement.signatories
        if s.signed_for
    ]
    return edits


def signature_state(session: Session, signatory: Signatory) -> str:
    """ "unsigned", "valid" (given for the content as it is, in a final or signed session)
    or "void" (strokes, but for other content, or the session was reopened since)."""
    if not signatory.strokes and not signatory.strokes_sha256:
        return "unsigned"  # (a session read from a PDF carries the drawing's digest only)
    frozen = session.agreement.final_fingerprint
    if (
        session.agreement.state != SigningState.DRAFT
        and signatory.signed_for
        and frozen == signing_fingerprint(session)
        and signatory.signed_for == given_for(frozen, signatory)
    ):
        return "valid"
    return "void"


def sign(
    session: Session,
    signatory: Signatory,
    strokes: list[list[tuple[float, float]]],
    at: datetime,
) -> list[Edit]:
    """A signature drawn on screen (no strokes: taken back). Signing a draft makes it final
    first, in the same undo step; when everyone has signed, the session is signed."""
    edits = finalize(session)
    frozen = session.agreement.final_fingerprint or signing_fingerprint(session)
    edits += [
        SetField(_signatory(signatory, "strokes"), strokes),
        SetField(_signatory(signatory, "signed_at"), at if strokes else None),
        SetField(_signatory(signatory, "strokes_sha256"), ""),
        SetField(
            _signatory(signatory, "signed_for"), given_for(frozen, signatory) if strokes else ""
        ),
    ]
    after = copy.deepcopy(session)
    apply_edits(after, edits)
    everyone = after.agreement.signatories and all(
        signature_state(after, s) == "valid" for s in after.agreement.signatories
    )
    state = SigningState.SIGNED if everyone else SigningState.FINAL
    if after.agreement.state != state:
        edits.append(SetField(STATE, state))
    return edits


def changes_content(session: Session, edits: Sequence[Edit]) -> bool:
    """Whether these edits change what a final or signed session froze (then it must be
    reopened first); workflow edits (state, signatures) and drafts never need that."""
    if session.agreement.state == SigningState.DRAFT:
        return False
    after = copy.deepcopy(session)
    apply_edits(after, list(edits))
    return signing_fingerprint(after) != signing_fingerprint(session)


def fresh_agreement(agreement: Agreement) -> Agreement:
    """For a duplicate or a follow-up: the same people sign again, nobody has signed yet."""
    signatories = copy.deepcopy(agreement.signatories)
    for s in signatories:
        s.strokes, s.signed_at, s.signed_for, s.strokes_sha256 = [], None, "", ""
    return Agreement(
        review_date=agreement.review_date,
        signatories=signatories,
        file_number=agreement.file_number,
    )
