"""Where Desk keeps things: the default store, resources shipped with the program."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

from desk import APP_NAME

STORE_FILENAME = "desk.db"


def data_dir() -> Path:
    """The platform's per-user data folder for Desk (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_store_path() -> Path:
    return data_dir() / STORE_FILENAME


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store named by ``--db`` if given, else ``DESK_DB``, else the default location."""
    chosen = explicit or os.environ.get("DESK_DB")
    return Path(chosen).expanduser().resolve() if chosen else default_store_path()


def resources_dir() -> Path:
    """``desk/resources``: reference and demo data, fonts, icons, translations. Package data,
    so a wheel, an editable install and a Briefcase bundle all carry it."""
    folder = Path(str(files("desk").joinpath("resources")))
    if not folder.is_dir():
        raise FileNotFoundError(f"Desk's resources are missing from its installation ({folder})")
    return folder


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
