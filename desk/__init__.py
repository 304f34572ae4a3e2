"""Desk: the sanctions policy unit's trend log, meetings, country profiles and briefings."""

from importlib import metadata

try:
    __version__ = metadata.version("desk")
except metadata.PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"

APP_NAME = "Desk"
APP_ID = "nl.minbuza.desk"
