"""The demo trend log, and synthetic signals for benchmarks.

``load_demo`` writes the public facts of ``desk/resources/demo/public_signals.csv`` (dated, graded
honestly) and the post-level signals of ``post_signals.csv`` (dated relative to today, so every
directorate has recent activity); all are tagged ``demo`` and pass through the same validator as
an import. ``generate_signals`` makes any number of synthetic signals of realistic shape.
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from desk.models.enums import Category, SignalStatus, Tlp
from desk.models.hs import HsCode
from desk.paths import resource
from desk.services.reference import ReferenceIndex, load_reference
from desk.services.signals import insert_signals
from desk.services.validation import SignalDraft, SignalValidator
from desk.services.work import writing
from desk.store import Store

DEMO_ACTOR = "Desk demo"


def _logged_at(observed: date, rng: random.Random, now: datetime) -> datetime:
    """When a signal was plausibly logged: a day or two after it was observed, never later
    than now."""
    moment = datetime.combine(observed, time(9, 0), UTC) + timedelta(
        days=rng.randint(0, 2), hours=rng.randint(0, 8), minutes=rng.randint(0, 59)
    )
    return min(moment, now - timedelta(minutes=5))


def _drafts_from(
    rows: list[dict[str, str]], validator: SignalValidator, name: str
) -> list[SignalDraft]:
    drafts = []
    for n, row in enumerate(rows, start=2):
        draft, errors = validator.validate(row)
        if draft is None:  # the demo files are ours: a bad row is a bug, say where
            raise ValueError(f"{name} line {n}: {errors}")
        drafts.append(draft)
    return drafts


def load_demo(store: Store, *, today: date | None = None) -> str:
    """Fill a store with the demo trend log; returns a one-line summary."""
    today = today or date.today()
    now = datetime.now(UTC)
    rng = random.Random(20261122)
    ref = load_reference(store)
    validator = SignalValidator(ref, today=today)

    with resource("demo", "public_signals.csv").open(encoding="utf-8", newline="") as f:
        public_rows = list(csv.DictReader(f))
    with resource("demo", "post_signals.csv").open(encoding="utf-8", newline="") as f:
        post_rows = list(csv.DictReader(f))
    for row in post_rows:
        row["observed_on"] = (today - timedelta(days=int(row.pop("days_ago")))).isoformat()

    public = _drafts_from(public_rows, validator, "public_signals.csv")
    by_post: dict[str, list[tuple[SignalDraft, str]]] = {}
    for n, row in enumerate(post_rows, start=2):
        (draft,) = _drafts_from([row], validator, f"post_signals.csv line {n}")
        by_post.setdefault(row["post"], []).append((draft, row["status"]))

    with writing(store, actor=DEMO_ACTOR) as w:
        s = w.session
        # The public facts were discussed long ago; post signals carry the status they would have
        # (inserted with it, so nothing looks recently changed).
        insert_signals(
            s,
            public,
            ref,
            actor=DEMO_ACTOR,
            author="Desk demo",
            post="The Hague",
            status=SignalStatus.DISCUSSED,
            logged_at=[_logged_at(d.observed_on, rng, now) for d in public],
            action="demo",
            note="public facts",
        )
        for post, items in by_post.items():
            for status in SignalStatus:
                drafts = [d for d, st in items if st == status.value]
                if drafts:
                    insert_signals(
                        s,
                        drafts,
                        ref,
                        actor=DEMO_ACTOR,
                        author=f"Officer, {post}",
                        post=post,
                        status=status,
                        logged_at=[_logged_at(d.observed_on, rng, now) for d in drafts],
                        action="demo",
                        note="post signals",
                    )
    regions = Counter(ref.region_of(d.country_code) for d in public) + Counter(
        ref.region_of(d.country_code) for items in by_post.values() for d, _ in items
    )
    per_region = ", ".join(f"{k} {v}" for k, v in sorted(regions.items()))
    return f"{len(public) + len(post_rows)} signals ({per_region})"


# -- synthetic data for benchmarks ----------------------------------------------------------------
_SUBJECTS = [
    "integrated circuits",
    "microcontrollers",
    "memory chips",
    "oscilloscopes",
    "signal generators",
    "CNC lathes",
    "milling machines",
    "ball bearings",
    "navigation receivers",
    "radio modules",
    "drone parts",
    "capacitors",
    "transistors",
    "network switches",
    "thermal cameras",
    "machining centres",
    "printed circuit boards",
    "antennas",
    "spare parts",
    "optics",
]
_VERBS = [
    "re-exported via",
    "routed through",
    "invoiced by a shell company in",
    "transhipped in",
    "paid for through banks in",
    "declared as household goods in",
    "relabelled in",
    "stored in",
]
_PHRASES = [
    "Customs data show volumes well above the domestic need.",
    "The consignee shares an address with a company listed by the EU.",
    "Payment was split across several accounts in free zones.",
    "The goods were declared under a vague heading.",
    "A logistics contact confirmed regular shipments by rail.",
    "Invoices were re-issued twice within a week.",
    "Serial numbers match items sold to an EU distributor.",
    "The post could not confirm the final destination.",
    "A partner service reported a similar pattern last quarter.",
    "Open-source monitoring shows repeated listings on B2B platforms.",
]
_SOURCES = [
    "Customs statistics",
    "Post staff",
    "Partner service",
    "Open-source monitoring",
    "Bank contact",
    "Trade data analysis",
    "Court records",
    "Shipping records",
]
_TAGS = [
    "chips",
    "machine tools",
    "crypto",
    "transit",
    "shell companies",
    "payments",
    "drones",
    "aviation",
    "bearings",
    "trade flows",
    "banks",
    "licensing",
]

# Third countries weigh most, as in a real trend log.
_HOT = {
    "AM": 8,
    "KG": 8,
    "KZ": 7,
    "AE": 9,
    "TR": 7,
    "TH": 5,
    "CN": 9,
    "HK": 6,
    "GE": 4,
    "RS": 3,
    "UZ": 4,
    "IN": 4,
    "MY": 3,
    "SG": 3,
    "VN": 2,
    "IR": 2,
    "BY": 3,
    "RU": 3,
}


def synthetic_drafts(
    ref: ReferenceIndex, n: int, *, seed: int = 7, today: date | None = None, days: int = 3 * 365
) -> list[SignalDraft]:
    rng = random.Random(seed)
    today = today or date.today()
    codes = sorted(ref.countries)
    weights = [_HOT.get(c, 0.15) for c in codes]
    chpi = sorted(ref.chpi)
    categories = list(Category)
    cat_weights = [35, 25, 15, 10, 10, 5]
    tlps = list(Tlp)
    tlp_weights = [10, 30, 45, 10, 5]
    drafts = []
    for i in range(n):
        country = rng.choices(codes, weights)[0]
        subject = rng.choice(_SUBJECTS)
        where = ref.countries[country].name_en
        hs: list[str] = []
        if rng.random() < 0.45:
            hs = sorted({rng.choice(chpi) for _ in range(rng.randint(1, 3))})
            if rng.random() < 0.2:
                hs.append(f"{rng.randint(1000, 9999)}{rng.randint(10, 99)}")
        drafts.append(
            SignalDraft(
                observed_on=today - timedelta(days=int(rng.triangular(0, days, 0))),
                country_code=country,
                title=f"{subject.capitalize()} {rng.choice(_VERBS)} {where} (#{i})",
                category=rng.choices(categories, cat_weights)[0],
                reliability=rng.choices("ABCDEF", [5, 30, 35, 15, 5, 10])[0],
                credibility=rng.choices(range(1, 7), [10, 35, 30, 12, 3, 10])[0],
                summary=" ".join(rng.sample(_PHRASES, rng.randint(2, 5))),
                source=rng.choice(_SOURCES),
                hs_codes=[HsCode(c) for c in hs],
                tlp=rng.choices(tlps, tlp_weights)[0],
                chr=rng.random() < 0.08,
                tags=rng.sample(_TAGS, rng.randint(0, 3)),
            )
        )
    return drafts


def generate_signals(
    store: Store,
    n: int,
    *,
    seed: int = 7,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``n`` synthetic signals (one transaction); returns how many were written."""
    ref = load_reference(store)
    drafts = synthetic_drafts(ref, n, seed=seed)
    rng = random.Random(seed + 1)
    now = datetime.now(UTC)
    statuses = [
        SignalStatus.NEW,
        SignalStatus.REVIEWED,
        SignalStatus.DISCUSSED,
        SignalStatus.ARCHIVED,
    ]
    with writing(store, actor=DEMO_ACTOR) as w:
        s = w.session
        ids: list[int] = []
        for status, weight in zip(statuses, (0.35, 0.35, 0.2, 0.1), strict=True):
            part = (
                drafts[len(ids) : len(ids) + int(n * weight)]
                if status != statuses[-1]
                else drafts[len(ids) :]
            )
            ids += insert_signals(
                s,
                part,
                ref,
                actor="synthetic",
                author="synthetic",
                post="synthetic",
                status=status,
                logged_at=[_logged_at(d.observed_on, rng, now) for d in part],
                action="synthetic",
                progress=progress,
            )
    return len(ids)


# -- demo meetings -------------------------------------------------------------------------------
