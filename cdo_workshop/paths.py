"""The one place that knows where resources and the user's data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "cdo-workshop"
DB_ENV = "CDO_WORKSHOP_DB"
DB_FILENAME = "sessions.sqlite3"


def resources_dir() -> Path:
    """resources/ in a PyInstaller bundle, an installed wheel or the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    package = Path(__file__).resolve().parent
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "schema").is_dir():
            return candidate
    raise FileNotFoundError("resources/ not found next to " + str(package))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--db wins over $CDO_WORKSHOP_DB, which wins over the user data directory."""
    if cli_value:
        return Path(cli_value).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    return data_dir() / DB_FILENAME
