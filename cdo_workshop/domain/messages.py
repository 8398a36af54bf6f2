"""Translatable messages for the Qt-free layers.

The domain cannot call Qt's `tr()`, so it returns `Message` objects: a context and an
English source text marked with `QT_TRANSLATE_NOOP` (which `pyside6-lupdate` extracts),
plus named arguments. The UI and the CLI render them through their translator.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - name lupdate knows
    """Marks `source` for extraction into the .ts files; translation happens on render."""
    return source


def untranslated(context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = untranslated) -> str:
        rendered = {
            k: v.render(translate) if isinstance(v, Message) else v for k, v in self.args.items()
        }
        return translate(self.context, self.text).format(**rendered)

    def source(self) -> str:
        return self.render()


def msg(context: str, text: str, **args: Any) -> Message:
    return Message(context, text, args)
