"""Phone voting: a small HTTP server in the app for hidden votes from the room's phones.

No Qt here. `questions` turns a phone's vote into the session's edits (and refuses what
does not fit the session), `view` is what a phone may see, `server` is the aiohttp server
in its own thread, `sink` the protocol through which it hands votes to the front end that
owns the session (the window marshals them onto the GUI thread, the CLI saves directly).
"""
