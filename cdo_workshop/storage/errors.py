"""Storage failures carry a translatable message; nothing here ever alters a bad file."""

from __future__ import annotations

from pathlib import Path

from cdo_workshop.domain.messages import Message, Translate, untranslated


class StorageError(Exception):
    def __init__(self, message: Message, path: Path | None = None) -> None:
        super().__init__(message.source())
        self.message = message
        self.path = path

    def __reduce__(self) -> tuple[type, tuple[Message, Path | None]]:
        return type(self), (self.message, self.path)  # intact through a process pipe

    def render(self, translate: Translate = untranslated) -> str:
        return self.message.render(translate)


class DatabaseUnusable(StorageError):
    """The file is not a CDO Workshop database we can open (corrupt, foreign, too new)."""


class SessionNotFound(StorageError):
    pass
