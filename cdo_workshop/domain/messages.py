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

    def render(self, translate: Translate = untranslated, language: str = "de") -> str:
        """Translate the text; nested messages, catalog texts and numbers follow `language`."""
        rendered = {k: _render_arg(v, translate, language) for k, v in self.args.items()}
        return translate(self.context, self.text).format(**rendered)

    def source(self) -> str:
        return self.render()


def msg(context: str, text: str, **args: Any) -> Message:
    return Message(context, text, args)


@dataclass(frozen=True)
class Listing:
    """Several arguments shown as one, e.g. "IT 25 %, Kämmerei 15 %"."""

    items: tuple[Any, ...]
    separator: str = ", "
    empty: str = "–"


def _render_arg(value: Any, translate: Translate, language: str) -> Any:
    if isinstance(value, Message):
        return value.render(translate, language)
    if isinstance(value, Listing):
        parts = [str(_render_arg(item, translate, language)) for item in value.items]
        return value.separator.join(parts) if parts else value.empty
    if hasattr(value, "localize"):
        return value.localize(language)
    return value


@dataclass(frozen=True)
class Num:
    """A number shown in the reader's format: 1.234,5 in German, 1,234.5 in English."""

    value: float
    digits: int = 0

    def localize(self, language: str) -> str:
        text = f"{self.value:,.{self.digits}f}"
        if language == "de":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text


@dataclass(frozen=True)
class Money:
    """An amount in euros: 1.234 € (a non-breaking space) in German, €1,234 in English."""

    value: float
    exact: bool = False  # a stored amount: to the cent where it has cents (1.234,50 €)

    def localize(self, language: str) -> str:
        cents = self.exact and round(self.value * 100) % 100 != 0
        number = Num(self.value, 2 if cents else 0).localize(language)
        return f"{number}\u00a0€" if language == "de" else f"€{number}"  # never split
