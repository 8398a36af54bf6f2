"""Fixtures for the room server: a draft Musterstadt (the sample is signed) and the catalog."""

from __future__ import annotations

import pytest

from cdo_workshop.domain import lifecycle
from cdo_workshop.domain.catalog import Catalog, shipped_catalog
from cdo_workshop.domain.edits import apply_edits
from cdo_workshop.domain.model import Session


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return shipped_catalog()


@pytest.fixture
def draft(sample: Session) -> Session:
    """Musterstadt reopened as a draft: phones may vote on it."""
    apply_edits(sample, lifecycle.reopen(sample))
    return sample
