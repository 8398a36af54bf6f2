"""CDO Workshop: a guided governance workshop for a municipality's digitalisation role."""

__version__ = "0.2.0"
