"""Reusable widgets (models, delegates, pads)."""
