"""The one place that knows where resources and the user's data live."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
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


_data_dir_override: Path | None = None


def data_dir() -> Path:
    if _data_dir_override is not None:
        return _data_dir_override
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


@contextlib.contextmanager
def private_data_dir(folder: Path) -> Iterator[Path]:
    """data_dir() is `folder` inside the block (the self-test never uses the user's data)."""
    global _data_dir_override
    previous, _data_dir_override = _data_dir_override, folder
    try:
        yield folder
    finally:
        _data_dir_override = previous


def database_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--db wins over $CDO_WORKSHOP_DB, which wins over the user data directory."""
    if cli_value:
        return Path(cli_value).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    return data_dir() / DB_FILENAME
