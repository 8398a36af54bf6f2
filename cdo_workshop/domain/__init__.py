"""Qt-free core: the session model, the workshop steps, validation and the session file."""
