"""desk countries list | show, and desk events list | show."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from desk.cli import country_edit_cmds, event_cmds
from desk.cli.common import open_cli_store, print_json, print_table, region_code
from desk.cli.documents_cmds import register_country_documents
from desk.services import countries as ct
from desk.services import events as ev
from desk.services.country_page import CountryPage, country_page


def register(sub: argparse._SubParsersAction) -> None:
    countries = sub.add_parser(
        "countries", help="countries: list, show, edit the profile, move, the profile PDF"
    )
    csub = countries.add_subparsers(dest="countries_command", metavar="ACTION", required=True)
    p = csub.add_parser("list", help="countries with a profile or signals, by directorate")
    p.add_argument("--region", help="only this directorate")
    p.add_argument(
        "--all", action="store_true", help="every country, also those without profile or signals"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = csub.add_parser("show", help="one country's profile and what the trend log says about it")
    p.add_argument("code", help="ISO code or name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    country_edit_cmds.register(csub)
    register_country_documents(csub)

    events = sub.add_parser(
        "events", help="knowledge-exchange events: list, show, add, edit, set-status, follow-up"
    )
    esub = events.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    p = esub.add_parser("list", help="events in date order")
    p.add_argument("--country", help="ISO code or name")
    p.add_argument("--region")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_events_list)
    p = esub.add_parser("show", help="one event")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_events_show)
    event_cmds.register(esub)


def _value(v: object) -> object:
    if isinstance(v, list):
        return [_value(x) for x in v]
    return getattr(v, "value", v)


def cmd_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        region = region_code(store, args.region) if args.region else None
        rows = ct.country_overview(store, region, include_quiet=args.all)
    if args.json:
        print_json([{k: _value(v) for k, v in asdict(r).items()} for r in rows])
        return 0
    print_table(
        [
            (
                r.code,
                r.name_en,
                r.directorate,
                r.risk_level.value if r.risk_level else "",
                "yes" if r.has_profile else "",
                r.signals,
                r.recent,
                r.last_observed or "",
            )
            for r in rows
        ],
        ["code", "country", "region", "risk", "profile", "signals", "90 days", "latest"],
    )
    return 0


def _profile_json(page: CountryPage) -> dict:
    p, a, events = page.profile, page.activity, page.events
    data = {k: _value(v) for k, v in asdict(p).items() if k not in ("contacts", "figures")}
    data["contacts"] = [asdict(c) for c in p.contacts]
    data["figures"] = [asdict(f) for f in p.figures]
    data["signals"] = {
        "total": a.total,
        "last_90_days": a.recent,
        "by_category": a.by_category,
        "chpi_tiers_seen": a.tiers_seen,
        "latest": [
            {
                "id": r.id,
                "observed_on": r.observed_on,
                "title": r.title,
                "grade": r.grade,
                "tlp": r.tlp,
            }
            for r in a.latest
        ],
    }
    data["events"] = [
        {
            "id": e.id,
            "kind": e.kind.value,
            "title": e.title,
            "starts_on": e.starts_on,
            "status": e.status.value,
        }
        for e in events
    ]
    return data


def cmd_show(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        page = country_page(store, args.code)
    if args.json:
        print_json(_profile_json(page))
        return 0
    p, a, events = page.profile, page.activity, page.events
    print(f"{p.name_en} ({p.code}) — {p.name_nl} — {p.directorate}, {p.directorate_name}")
    if not p.has_profile:
        print("  (no profile written yet)")
    for label, value in (
        ("Relation to the EU", p.relation_eu),
        ("Relation to Russia", p.relation_russia),
        ("Role in circumvention", ", ".join(r.value for r in p.roles)),
        ("Preferred exchange", p.preferred_exchange.value if p.preferred_exchange else ""),
        ("Why", p.exchange_rationale),
        ("Posts", p.posts),
        ("Risk", f"{p.risk_level.value} (assessed {p.risk_assessed_on})" if p.risk_level else ""),
        ("Notes", p.notes),
    ):
        if value:
            print(f"  {label + ':':<24}{value}")
    for c in p.contacts:
        print(
            f"  {'Contact:':<24}{c.name}"
            + (f", {c.function}" if c.function else "")
            + (f" ({c.organisation})" if c.organisation else "")
        )
    for f in p.figures:
        print(
            f"  {'Figure:':<24}{f.label}: {f.value}"
            + (f" ({f.year})" if f.year else "")
            + (f" — {f.source}" if f.source else "")
        )
    cats = ", ".join(f"{k} {v}" for k, v in sorted(a.by_category.items()))
    print(f"\n  Signals: {a.total} ({a.recent} in the last 90 days){': ' + cats if cats else ''}")
    if a.tiers_seen:
        print(f"  CHPI tiers seen: {', '.join(a.tiers_seen)}")
    for r in a.latest:
        print(f"    {r.observed_on}  {r.grade}  {r.title}")
    for e in events:
        print(f"  Event: {e.starts_on or 'no date'}  {e.kind.value}  {e.title} [{e.status.value}]")
    return 0


def _event_json(e: ev.EventInfo) -> dict:
    data = {k: _value(v) for k, v in asdict(e).items()}
    data["actions"] = [asdict(a) for a in e.actions]
    return data


def cmd_events_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        events = ev.list_events(store, country=args.country, region=args.region)
    if args.json:
        print_json([_event_json(e) for e in events])
        return 0
    print_table(
        [
            (e.id, e.starts_on or "", e.kind.value, e.country_code, e.status.value, e.title)
            for e in events
        ],
        ["id", "date", "kind", "cty", "status", "title"],
    )
    return 0


def cmd_events_show(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        e = ev.get_event(store, args.id)
    if args.json:
        print_json(_event_json(e))
        return 0
    print(f"{e.title} — {e.kind.value}, {e.country_name} ({e.region}) — {e.status.value}")
    when = (
        f"{e.starts_on}" + (f" – {e.ends_on}" if e.ends_on and e.ends_on != e.starts_on else "")
        if e.starts_on
        else "no date yet"
    )
    print(f"  When: {when}; host post: {e.host_post or '—'}")
    if e.kind == ev.EventKind.EXPERT_PANEL:
        print(
            f"  Co-hosts (rotation): {' → '.join(e.co_hosts)}; host: {e.host or '—'}; next host: {e.next_host or '—'}"
        )
        print(f"  Chatham House Rule: {'yes' if e.chatham_house else 'no'}")
    if e.cases:
        print(f"  Cases: {e.cases}")
    if e.participant_mix:
        print(f"  Participants: {', '.join(e.participant_mix)}")
    if e.universities:
        print(f"  Universities: {', '.join(e.universities)}; programme: {e.programme}")
    if e.participant_count is not None:
        print(
            f"  Participants: {e.participant_count}"
            + (f" — {e.organisations}" if e.organisations else "")
        )
    for label, value in (
        ("Themes", ", ".join(e.themes)),
        ("Outcomes", e.outcomes),
        ("Lessons", e.lessons),
    ):
        if value:
            print(f"  {label}: {value}")
    for a in e.actions:
        taken = " (taken into a meeting)" if a.meeting_action_id else ""
        print(
            f"  Follow-up: {a.text} — {', '.join(a.owners)}"
            + (f", due {a.due_on}" if a.due_on else "")
            + taken
        )
    return 0
