"""Errors of the export layer, carrying a translatable message (the layer has no Qt)."""

from __future__ import annotations

from cdo_workshop.domain.messages import Message, Translate, untranslated


class ExportError(Exception):
    """The export, seal or check cannot go on; `message` says why in the user's words."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.source())
        self.message = message

    def __reduce__(self) -> tuple[type, tuple[Message]]:
        return type(self), (self.message,)  # pickled back from the export process intact

    def render(self, translate: Translate = untranslated, language: str = "de") -> str:
        return self.message.render(translate, language)
