"""Which classification markings a document may carry.

A desktop store like Desk's is not accredited for state secrets: Dep. VERTROUWELIJK is the
highest marking it may hold, and Stg. markings (VIRBI 2013; decree Stcrt. 2025, 30222) are
refused. Below that, ministries use labels of their own, so the list is configuration: it runs
from the highest marking down, and the audience of a document picks its default from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desk.errors import Refused
from desk.services.settings import set_setting
from desk.services.work import Context, reading

SETTING = "report.markings"
DEFAULT_MARKING = "Dep. VERTROUWELIJK"
DEFAULT_MARKINGS = [DEFAULT_MARKING, "Intern", "Openbaar"]
_STATE_SECRET = re.compile(r"^\s*stg\b\.?", re.IGNORECASE)


class MarkingRefused(Refused, ValueError):
    pass


def check_marking(text: str, allowed: list[str]) -> str:
    """The marking as it will be printed, or MarkingRefused with the reason."""
    marking = " ".join(text.split())
    if not marking:
        raise MarkingRefused("a document needs a marking")
    if _STATE_SECRET.match(marking):
        raise MarkingRefused(
            f"“{marking}” marks a state secret (Stg.): Desk's local store is not accredited for state "
            f"secrets, so it will not produce such a document; the highest marking it may carry is {DEFAULT_MARKING}"
        )
    for option in allowed:
        if option.casefold() == marking.casefold():
            return option
    raise MarkingRefused(f"“{marking}” is not one of the configured markings: {', '.join(allowed)}")


def default_marking(allowed: Sequence[str], *, external: bool) -> str:
    """The marking a document carries unless the user chooses another. Documents that stay
    within the ministry (for the contact point, for a directorate) get the first, highest one;
    a document for external readers holds only TLP:GREEN and CLEAR and no names, so it gets the
    last, lowest one (by default Openbaar) rather than a Dep. VERTROUWELIJK it could not be
    handed out under."""
    if not allowed:
        raise MarkingRefused("no markings are configured")
    return allowed[-1] if external else allowed[0]


def markings(ctx: Context) -> list[str]:
    """The markings a document may carry, the default first."""
    with reading(ctx) as w:
        stored = w.setting(SETTING)
    return (
        [str(m) for m in stored] if isinstance(stored, list) and stored else list(DEFAULT_MARKINGS)
    )


def clean_markings(values: list[str]) -> list[str]:
    """The list as it will be stored (blanks and repeats dropped), or MarkingRefused."""
    cleaned: list[str] = []
    for value in values:
        value = " ".join(value.split())
        if not value:
            continue
        if _STATE_SECRET.match(value):
            raise MarkingRefused(f"“{value}” marks a state secret (Stg.); Desk may not hold those")
        if value.casefold() not in (c.casefold() for c in cleaned):
            cleaned.append(value)
    if not cleaned:
        raise MarkingRefused("keep at least one marking")
    return cleaned


def set_markings(ctx: Context, values: list[str]) -> list[str]:
    cleaned = clean_markings(values)
    set_setting(ctx, SETTING, cleaned)
    return cleaned
