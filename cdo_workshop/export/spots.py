"""Where things landed in the laid-out document, for the post-processing step (no ReportLab)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Outline:
    """A heading for the PDF's bookmarks."""

    title: str
    level: int
    page: int  # 0-based


@dataclass
class FieldSpot:
    """Where a signature box landed: page index (0-based) and rectangle in PDF points."""

    name: str
    label: str
    page: int
    box: tuple[float, float, float, float]  # llx, lly, urx, ury


@dataclass
class SpotCollector:
    spots: list[FieldSpot] = field(default_factory=list)
