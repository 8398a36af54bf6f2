"""German and English hyphenation for the PDF: soft hyphens from pyphen's dictionaries.

ReportLab's own hyphenation only tries the word at the end of a line and, when a word is
wider than a whole line (narrow table columns), cuts it mid-letter without a hyphen
("Digitalisieru|ngsbeauftragte"). Soft hyphens (U+00AD) at every syllable break, with
`embeddedHyphenation` on, let it break there and draw the hyphen; unbroken soft hyphens
print nothing. Names (`<name>` in the rich text) get none.
"""

from __future__ import annotations

import functools
import re

SHY = "\u00ad"
MIN_LENGTH = 7  # shorter words are never worth a break
DICTIONARIES = {"de": "de_DE", "en": "en_GB"}
_TAGGED = re.compile(r"(<name>.*?</name>|<[^>]*>|&[a-z]+;)", re.S)
_WORD = re.compile(rf"[^\W\d_]{{{MIN_LENGTH},}}")


@functools.cache
def _dictionary(language: str) -> object:
    import pyphen  # type: ignore[import-untyped]

    # at least three letters before and after a break: no "In-frastruktur", no "aufbau-en"
    return pyphen.Pyphen(lang=DICTIONARIES.get(language, "de_DE"), left=3, right=3)


@functools.cache
def syllables(word: str, language: str) -> str:
    """`word` with soft hyphens where it may break. pyphen's German patterns split some
    compounds into single letters ("zusamme-n-a-r-beitet"); a break next to a one-letter
    piece is dropped."""
    positions = _dictionary(language).positions(word)  # type: ignore[attr-defined]
    bounds = [0, *positions, len(word)]
    keep = [
        p
        for i, p in enumerate(positions, start=1)
        if bounds[i] - bounds[i - 1] > 1 and bounds[i + 1] - bounds[i] > 1
    ]
    pieces = [word[a:b] for a, b in zip([0, *keep], [*keep, len(word)], strict=True)]
    return SHY.join(pieces)


def hyphenate(
    markup: str,
    language: str,
    names: frozenset[str] = frozenset(),
    german: frozenset[str] = frozenset(),
) -> str:
    """Soft hyphens in every long word outside tags, entities and names (`<name>…</name>`,
    and the words in `names` wherever they occur); the `<name>` tags dropped. `german`:
    words of an English document that are German (typed text, official terms), which
    follow the German patterns ("Gemein-derat", not "Gemeinder-at")."""

    def breaks(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in names:
            return word
        return syllables(word, "de" if word in german else language)

    out = []
    for i, part in enumerate(_TAGGED.split(markup)):
        if i % 2:  # a tag, an entity or a name
            out.append(part.removeprefix("<name>").removesuffix("</name>"))
        else:
            out.append(_WORD.sub(breaks, part))
    return "".join(out)


def strip_names(markup: str) -> str:
    return markup.replace("<name>", "").replace("</name>", "")


def break_points(word: str) -> list[tuple[str, str]]:
    """ReportLab's hyphenator callable: split a word only where the text allows it, after a
    soft hyphen (kept, it prints as the hyphen) or an explicit hyphen, longest head first.
    ReportLab's own pyphen call drops explicit hyphens ("Kreis-ITKo-operation") and ignores
    the soft hyphens inserted here."""
    return [
        (word[: i + 1], word[i + 1 :])
        for i in range(len(word) - 2, 0, -1)
        if word[i] in (SHY, "-") and word[i + 1] not in (SHY, "-")
    ]
