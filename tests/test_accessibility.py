"""WCAG 2.1 AA checks that do not need a window: colours."""

from __future__ import annotations

import pytest

from desk.ui.trendlog.delegates import TLP_BACKGROUND, TLP_COLOURS


def luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#RRGGBB``."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("label", sorted(TLP_COLOURS))
def test_tlp_badge_text_meets_4_5_to_1(label: str) -> None:
    assert contrast(TLP_COLOURS[label], TLP_BACKGROUND) >= 4.5, label
