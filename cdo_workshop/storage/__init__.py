"""Sessions on one local SQLite file (sqlite-utils), with numbered forward migrations."""
