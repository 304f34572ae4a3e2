"""Say what to install when Qt's xcb plugin cannot load, instead of Qt's abort message."""

from __future__ import annotations

import ctypes.util
import os
import sys

# Libraries Qt's xcb platform plugin needs that minimal Debian/Ubuntu installs lack.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-shape": "libxcb-shape0",
}


def missing_display_libraries() -> list[str]:
    """Debian package names of the missing libraries, when the xcb plugin will be used."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return []
    return [pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def display_problem() -> str | None:
    """A message for the terminal if the app cannot show a window here, else None."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not platform and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return (
            "no display found (DISPLAY is not set). Run Desk in a desktop session, or for a "
            "virtual screen: xvfb-run -a desk"
        )
    missing = missing_display_libraries()
    if missing:
        return (
            "Qt cannot open a window: system libraries are missing. Install them with\n"
            f"    sudo apt-get install {' '.join(missing)}\n"
            "(Debian/Ubuntu package names; see README.md)."
        )
    return None
