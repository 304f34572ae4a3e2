"""desk trade radar: abnormal flows of CHPI goods through third countries, ranked."""

from __future__ import annotations

import argparse
import re
from dataclasses import asdict

from desk.cli.common import CliError, open_cli_store, print_json, print_table, region_code
from desk.services.reference import load_reference
from desk.services.trade_flows import RadarQuery, run_radar
from desk.services.trade_radar import RadarRow, Thresholds, Window

_YEARS = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


def register(tsub: argparse._SubParsersAction) -> None:
    defaults = Thresholds()
    p = tsub.add_parser(
        "radar",
        help="flows of CHPI goods through third countries that grew abnormally, ranked by "
        "excess value over the baseline",
        description="For every (third country, CHPI code, flow, reporter): baseline and current "
        "value, growth, excess over the baseline, the largest monthly spike (robust z-score) "
        "and, where both sides report, the mirror (EU exports to the country next to its "
        "exports to Russia/Belarus). Values stay in the source's currency (Comext EUR, "
        "Comtrade USD).",
    )
    p.add_argument("--region", help="a directorate: its countries only (DEU, DAO, …)")
    p.add_argument("--country", help="one third country (ISO code or name)")
    p.add_argument("--hs", help="one CHPI code, or its first digits (8542, 8542.31)")
    p.add_argument("--baseline", default="2021", help="YYYY or YYYY-YYYY (default 2021)")
    p.add_argument(
        "--current", default="LAST12", help="LAST12 (the last 12 months, the default) or YYYY"
    )
    p.add_argument("--by", choices=["hs6", "tier", "all"], default="hs6", help="group by")
    p.add_argument(
        "--min-growth",
        type=float,
        default=defaults.growth_pct,
        help=f"flag from this growth in %% (default {defaults.growth_pct:.0f})",
    )
    p.add_argument(
        "--min-value",
        type=float,
        default=defaults.min_value,
        help=f"flag from this current value (default {defaults.min_value:,.0f})",
    )
    p.add_argument("--flagged", action="store_true", help="flagged flows only")
    p.add_argument("--limit", type=int, default=30, help="rows to print (0: all; not with --json)")
    p.add_argument("--json", action="store_true", help="the ranked rows as JSON")
    p.set_defaults(func=cmd_radar)


def _window(args: argparse.Namespace) -> Window:
    years = _YEARS.match(args.baseline.strip())
    if years is None:
        raise CliError(f"--baseline {args.baseline}: give a year (2021) or years (2020-2021)")
    first = int(years.group(1))
    last = int(years.group(2) or first)
    if last < first:
        raise CliError(f"--baseline {args.baseline}: the first year comes first")
    current = args.current.strip().upper()
    if current == "LAST12":
        return Window((first, last))
    if not current.isdigit() or len(current) != 4:
        raise CliError(f"--current {args.current}: give LAST12 or a year (2023)")
    return Window((first, last), int(current))


def cmd_radar(args: argparse.Namespace) -> int:
    window = _window(args)
    with open_cli_store(args) as store:
        ref = load_reference(store)
        countries: set[str] = set()
        if args.region:
            code = region_code(store, args.region)
            countries |= {c.code for c in ref.countries.values() if c.directorate == code}
        if args.country:
            found = ref.country_code(args.country)
            if found is None:
                raise CliError(f"unknown country {args.country}")
            countries = countries & {found} if args.region else {found}
        query = RadarQuery(
            countries=frozenset(countries),
            hs6=args.hs,
            window=window,
            thresholds=Thresholds(args.min_growth, args.min_value),
            grouping=args.by,
            flagged_only=args.flagged,
        )
        if (args.region or args.country) and not countries:
            rows: list[RadarRow] = []
        else:
            rows = run_radar(store, query)
    if args.json:
        print_json([asdict(r) for r in rows])
        return 0
    if not rows:
        print("no flows: import trade statistics with `desk trade import`, or widen the query")
        return 0
    shown = rows if args.limit == 0 else rows[: args.limit]
    print_table(
        [_cells(r) for r in shown],
        ["country", "product", "flow", "reporter", "partner", "baseline/yr", "current",
         "growth", "excess", "spike z", "mirror", "flag"],
    )  # fmt: skip
    if len(shown) < len(rows):
        print(f"({len(shown)} of {len(rows)}; --limit 0 for all)")
    print(f"current: {rows[0].current_label}; baseline: {args.baseline}")
    return 0


def _num(value: float | None, currency: str = "") -> str:
    if value is None:
        return ""
    for size, unit in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{currency} {value / size:,.1f}{unit}".strip()
    return f"{currency} {value:,.0f}".strip()


def _cells(r: RadarRow) -> list[object]:
    growth = "new" if r.growth_pct is None else f"{r.growth_pct:+,.0f} %"
    spike = "" if r.spike_z is None else f"{r.spike_z:.1f}"
    return [
        r.country, r.product, r.flow, r.reporter, r.partner, _num(r.baseline, r.currency),
        _num(r.current, r.currency), growth, _num(r.excess, r.currency), spike, _num(r.mirror),
        "FLAG" if r.flagged else "",
    ]  # fmt: skip
