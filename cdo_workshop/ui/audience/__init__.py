"""What the room sees: the audience view of the workshop, one small module per kind of step.

Imported only when the presentation or projector mode is first used (never at start-up).
view.AudienceView follows the facilitator's window; window.AudienceWindow puts it on a
second screen; focus.RoomFocus carries what the facilitator selected; voting.VotingPanel
is the place for phone voting's QR code.
"""
