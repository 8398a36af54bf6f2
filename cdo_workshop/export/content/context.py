"""What the content builders share: the session, its analysis, the language and the wording."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from cdo_workshop.domain import labels
from cdo_workshop.domain.analysis import Analysis
from cdo_workshop.domain.analysis.profile import RoleProfile
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.legal import LegalTerms, group_text, legal_terms
from cdo_workshop.domain.messages import Message, Money, Num, Translate
from cdo_workshop.domain.model import DecisionArea, Resource, Session, StakeholderGroup, Task
from cdo_workshop.export.content.nodes import Rich
from cdo_workshop.export.content.rich import NBSP, esc
from cdo_workshop.export.texts import long_date, short_date, t

# A number and the unit after it (translations write a plain space): never split.
_UNIT = re.compile(r"(\d) (€|VZÄ|FTE|%|Tage|days|Einw|inhabitants)")


@dataclass(frozen=True)
class Options:
    sealed_by: str | None = None  # the document says it is sealed by this name
    qes_fields: bool = False  # empty fields for qualified electronic signatures
    witness: bool = False  # a box for the facilitator as witness
    named_votes: bool = False  # names beside the votes (off: distributions only)


@dataclass
class Context:
    session: Session
    catalog: Catalog
    language: str
    translate: Translate
    analysis: Analysis
    profile: RoleProfile
    fingerprint: str
    document_id: str
    options: Options

    @property
    def legal(self) -> LegalTerms:
        return legal_terms(self.session)

    def t(self, key: str, **args: str) -> str:
        return t(key, self.language, **args)

    def render(self, message: Message) -> Rich:
        """An analysis sentence or domain label in the document's language, escaped, its
        numbers kept with their units."""
        return esc(_UNIT.sub(f"\\1{NBSP}\\2", message.render(self.translate, self.language)))

    def label(self, source: str) -> Rich:
        return self.render(Message(labels.C, source))

    def date(self, value: date | datetime | None, long: bool = False) -> str:
        if value is None:
            return self.t("not_given")
        return long_date(value, self.language) if long else short_date(value, self.language)

    def group(self, group: StakeholderGroup | str | None) -> str:
        """A group's name; council and mayor as the session's Land calls them."""
        if not group:
            return ""
        return group_text(self.catalog, self.session, str(group)).get(self.language)

    def num(self, value: float, digits: int = 0) -> str:
        return Num(value, digits).localize(self.language)

    def council(self) -> str:
        return self.legal.council.get(self.language)

    def head(self) -> str:
        return self.legal.head.get(self.language)

    # Titles the room kept from the catalog print in the document's language; anything
    # the room typed or changed prints as typed.
    def task_title(self, task: Task) -> str:
        return self.catalog.title_of(task).get(self.language)

    def area_title(self, area: DecisionArea) -> str:
        return self.catalog.title_of(area).get(self.language)

    def unit_name(self, unit: str) -> str:
        for entry in self.catalog.units.values():
            if unit in (entry.label.de, entry.label.en):
                return entry.label.get(self.language)
        return unit

    def level(self, level: int | None) -> str:
        if level is None:
            return self.t("level_open")
        name = self.catalog.level_name(level, self.language) if level in self.catalog.levels else ""
        return self.t("level", level=str(level), name=esc(name)) if name else str(level)

    def amount(self, r: Resource) -> str:
        """A resource's amount as stored: FTE to two decimals, euros to the cent if any."""
        unit = r.unit or self.catalog.resource_kinds[r.kind.value].unit
        if unit == "EUR":
            return Money(r.amount, exact=True).localize(self.language)
        value = self.num(r.amount, 2 if unit == "fte" else _digits(r.amount))
        if unit in ("fte", "percent", "days"):
            return self.t(f"unit.{unit}", value=value)
        return self.t("unit.other", value=value, unit=esc(unit))

    def money(self, value: float) -> str:
        return Money(value).localize(self.language).replace(" ", NBSP)


def _digits(value: float) -> int:
    """As stored: no decimals for whole numbers, else up to two."""
    if float(value).is_integer():
        return 0
    return 1 if round(value, 1) == value else 2
