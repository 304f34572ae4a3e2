"""Demo data a new user can explore at once, and synthetic data for benchmarks: the trend log
(``signals``), meetings (``meetings``), country profiles and events (``countries``)."""

from desk.services.demo.countries import load_demo_countries
from desk.services.demo.meetings import DEMO_PEOPLE, load_demo_meetings
from desk.services.demo.signals import (
    DEMO_ACTOR,
    generate_signals,
    load_demo,
    synthetic_drafts,
)

__all__ = [
    "DEMO_ACTOR",
    "DEMO_PEOPLE",
    "generate_signals",
    "load_demo",
    "load_demo_countries",
    "load_demo_meetings",
    "synthetic_drafts",
]
