"""Text for ReportLab paragraphs: escaped markup, and scripts the embedded font cannot show.

DejaVu Sans covers Latin, Greek, Cyrillic, Armenian and Georgian. A run of characters it does not
cover (Thai, Chinese…) or that would need right-to-left shaping (Arabic, Hebrew; ReportLab does
not reorder them) becomes a readable marker such as “[Thai]” instead of empty boxes or reversed
letters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

FONT = "DejaVuSans"
RTL_SCRIPTS = ("ARABIC", "HEBREW", "SYRIAC", "THAANA", "NKO")


@cache
def _covered() -> frozenset[int]:
    from desk.reports.fonts import register_fonts

    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    word = name.split(" ")[0] if name else "other"
    return {
        "CJK": "Chinese/Japanese",
        "HANGUL": "Korean",
        "HIRAGANA": "Japanese",
        "KATAKANA": "Japanese",
    }.get(word, word.capitalize())


@cache
def _unsupported(ch: str) -> bool:
    if ch in "\n\t\r ":
        return False
    if ord(ch) not in _covered():
        return True
    return unicodedata.bidirectional(ch) in ("R", "AL") or _script(ch).upper() in RTL_SCRIPTS


def fit_to_font(text: str) -> str:
    """``text`` with every run of characters the PDF cannot show replaced by “[Script]”."""
    if text.isascii():  # nearly all text: the font covers ASCII, nothing to look up
        return text
    out: list[str] = []
    run_script: str | None = None
    for ch in text:
        if _unsupported(ch):
            script = _script(ch)
            if run_script != script:
                out.append(f"[{script}]")
                run_script = script
            continue
        if run_script is not None and ch == " " and out and out[-1].startswith("["):
            out.append(ch)  # keep word breaks between marked runs readable
            continue
        run_script = None
        out.append(ch)
    return re.sub(r"(\[[^\]]+\]) (?=\1)", "", "".join(out))


def para(text: object) -> str:
    """Plain text → safe Paragraph markup (escaped, line breaks kept)."""
    return escape(fit_to_font(str(text))).replace("\n", "<br/>")
