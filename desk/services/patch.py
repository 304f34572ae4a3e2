"""Patches: frozen dataclasses naming only what changes.

A field of a patch left ``UNCHANGED`` keeps the stored value; any other value — ``None`` and
``""`` included — is the new value (``None`` clears a date or a choice). A sentinel of its own,
not ``None`` or ``...``, so the types say which fields may be cleared.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, Final


class Unchanged(enum.Enum):
    UNCHANGED = "unchanged"

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged.UNCHANGED


def given(patch: Any) -> dict[str, object]:
    """The fields a patch (a dataclass instance) sets, in the order they are declared."""
    return {
        f.name: value
        for f in dataclasses.fields(patch)
        if (value := getattr(patch, f.name)) is not UNCHANGED
    }
