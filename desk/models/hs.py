"""One type for an HS code, whatever notation it arrived in.

Trade data and people write the same code as ``8542.31.10``, ``85423110`` or ``8542 31 10``.
An ``HsCode`` keeps every digit it was given (4 to 10: a heading, an HS6 subheading, a CN8 or a
national 10-digit line) and shows them as dotted pairs after the heading, the way the CHPI list
and the EU's Combined Nomenclature print them. The CHPI list is keyed by HS6 (``hs6``); a longer
code falls under the CHPI item of its first six digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk.errors import InvalidInput

MIN_DIGITS = 4
MAX_DIGITS = 10
_ALLOWED = re.compile(r"^[0-9][0-9. ]*$")


class HsCodeError(InvalidInput):
    """The text is not an HS code; the message is fit to show as it is."""


def split_codes(text: str) -> list[str]:
    """The parts of a list of codes, split at ";" and ",", each without the spaces around it
    (a stray space is not part of what was typed wrong); blanks left out."""
    return [part for part in (p.strip() for p in re.split(r"[;,]", text)) if part]


@dataclass(frozen=True, order=True, slots=True)
class HsCode:
    digits: str

    def __post_init__(self) -> None:
        if not (self.digits.isdigit() and self.digits.isascii()):
            raise HsCodeError(f"“{self.digits.strip()}” is not an HS code (digits only)")
        if not MIN_DIGITS <= len(self.digits) <= MAX_DIGITS:
            raise HsCodeError(
                f"“{self.digits}” has {len(self.digits)} digits; "
                f"HS codes have {MIN_DIGITS} to {MAX_DIGITS}"
            )

    @classmethod
    def parse_list(cls, text: str) -> list[HsCode]:
        """The codes of a list as people type it ("8542.31; 8457.10, 9014"), each once, in
        order; HsCodeError names the first part that is not a code, without the spaces around
        it."""
        codes: list[HsCode] = []
        for part in split_codes(text):
            code = cls.parse(part)
            if code not in codes:
                codes.append(code)
        return codes

    @classmethod
    def parse(cls, text: str) -> HsCode:
        """``8542.31.10``, ``85423110``, ``8542 31 10`` and ``8542.31`` all parse; every digit
        is kept."""
        stripped = text.strip()
        if not _ALLOWED.match(stripped):
            raise HsCodeError(f"“{stripped}” is not an HS code (digits, optionally with dots)")
        digits = stripped.replace(".", "").replace(" ", "")
        if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
            raise HsCodeError(
                f"“{stripped}” has {len(digits)} digits; HS codes have {MIN_DIGITS} to {MAX_DIGITS}"
            )
        return cls(digits)

    @property
    def display(self) -> str:
        """The heading, then the remaining digits in dotted pairs: ``8542.31.10``."""
        d = self.digits
        return ".".join([d[:4], *(d[i : i + 2] for i in range(4, len(d), 2))])

    @property
    def heading(self) -> str:
        """The four-digit HS heading (``8542``: electronic integrated circuits)."""
        return self.digits[:4]

    @property
    def hs6(self) -> str | None:
        """The six-digit subheading the CHPI list is keyed by; None for a bare heading."""
        return self.digits[:6] if len(self.digits) >= 6 else None

    def __str__(self) -> str:
        return self.display
