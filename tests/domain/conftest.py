"""Fixtures for the method tests: the shipped catalog and a Qt-free German translator."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from cdo_workshop.domain.catalog import Catalog, load_catalog
from cdo_workshop.domain.messages import Translate
from cdo_workshop.paths import resource_path


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(resource_path("catalog", "catalog.json"))


@pytest.fixture(scope="session")
def german() -> Translate:
    """Translates like Qt would with the German .ts file, without loading Qt."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(resource_path("translations", "cdo_workshop_de.ts")).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                table[(name, message.findtext("source") or "")] = translation.text

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate
