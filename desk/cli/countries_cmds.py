"""desk countries list | show."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from desk.cli.common import CliError, open_cli_store, print_json, print_table
from desk.services.reference import list_countries, load_reference


def register(sub: argparse._SubParsersAction) -> None:
    countries = sub.add_parser("countries", help="countries, their directorate and profile")
    csub = countries.add_subparsers(dest="countries_command", metavar="ACTION", required=True)
    p = csub.add_parser("list", help="countries and their directorate")
    p.add_argument("--region", help="only this directorate")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = csub.add_parser("show", help="one country")
    p.add_argument("code", help="ISO code or name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)


def cmd_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        ref = load_reference(store)
        if args.region and args.region.upper() not in ref.directorates:
            raise CliError(f"unknown region {args.region}")
        countries = list_countries(store, args.region)
    if args.json:
        print_json([asdict(c) for c in countries])
    else:
        print_table(
            [(c.code, c.name_en, c.name_nl, c.directorate) for c in countries],
            ["code", "name", "Dutch name", "region"],
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        ref = load_reference(store)
        code = ref.country_code(args.code)
        if code is None:
            raise CliError(f"unknown country: {args.code}")
        country = ref.countries[code]
        region = ref.directorates[country.directorate]
    data = asdict(country) | {"directorate_name": region.name_en}
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key + ':':<22}{value}")
    return 0
