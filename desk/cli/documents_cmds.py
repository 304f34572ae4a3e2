"""The document commands, one per kind in ``desk.documents.REPORTS`` (desk briefing, desk
minutes, desk countries profile), and desk documents list."""

from __future__ import annotations

import argparse
import getpass
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desk import documents as docs
from desk.cli.common import CliError, interactive, open_cli_store, print_json, print_table
from desk.cli.contact_cmds import add_contact_point_option, add_period_options, period_of
from desk.cli.meetings_cmds import meeting_by_date
from desk.reports import LANGS
from desk.services.briefings import Audience
from desk.services.issued import issued_documents

PASSWORD_ENV = "DESK_PDF_PASSWORD"


def _document_options(p: argparse.ArgumentParser, report: docs.Report[Any, Any]) -> None:
    p.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        default=report.default_audience.value,
        help="who may read it: contact-point (everything), directorate (no TLP:RED), "
        "external (TLP:GREEN and CLEAR only, no names)",
    )
    p.add_argument("--lang", choices=LANGS, default="en", help="language of the fixed texts")
    p.add_argument(
        "--marking",
        help="classification marking, one of the store's markings (default: the first, highest "
        "one; for --audience external the last, lowest one, e.g. Openbaar)",
    )
    p.add_argument(
        "--protect",
        action="store_true",
        help=f"password-protect the PDF (AES-256); the password is read from {PASSWORD_ENV} "
        "or asked for",
    )
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.set_defaults(func=cmd_document, report=report)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``desk NAME --region R --meeting DATE`` for each meeting document, and the list."""
    for report in docs.REPORTS:
        if report.about is not docs.Subject.MEETING:
            continue
        p = sub.add_parser(report.name, help=report.help)
        p.add_argument("--region", required=True)
        if report.for_next_meeting:
            p.add_argument("--meeting", metavar="DATE|next", help="default: the next one")
            add_period_options(p)
            add_contact_point_option(
                p, "only its meetings, or its countries for a period (default: the whole region)"
            )
        else:
            p.add_argument("--meeting", required=True, metavar="DATE")
        _document_options(p, report)

    p = sub.add_parser("documents", help="documents issued from this store")
    dsub = p.add_subparsers(dest="documents_command", metavar="ACTION", required=True)
    p = dsub.add_parser("list", help="every issued document with its SHA-256, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_documents_list)


def register_country_documents(
    countries: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """``desk countries NAME CODE`` for each country document: with the country commands."""
    for report in docs.REPORTS:
        if report.about is docs.Subject.COUNTRY:
            p = countries.add_parser(report.name, help=report.help)
            p.add_argument("code", help="ISO code or name")
            _document_options(p, report)


def _password(args: argparse.Namespace) -> str | None:
    if not args.protect:
        return None
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not interactive():
        raise CliError(f"--protect needs a password: set {PASSWORD_ENV} for non-interactive use")
    first = getpass.getpass("Password for the PDF: ")
    if not first:
        raise CliError("the password is empty")
    if getpass.getpass("Repeat it: ") != first:
        raise CliError("the two passwords differ")
    return first


def cmd_document(args: argparse.Namespace) -> int:
    report: docs.Report[Any, Any] = args.report
    with open_cli_store(args) as store:
        period = period_of(store, args) if report.for_next_meeting else None
        if period is not None:  # desk briefing --from --to: the same document, for a period
            report = next(r for r in docs.REPORTS if r.about is docs.Subject.PERIOD)
            subject: object = period
        elif report.about is docs.Subject.MEETING:
            point = getattr(args, "contact_point", None)
            subject = meeting_by_date(store, args.region, args.meeting or "next", point).id
        else:
            subject = args.code
        rendered = docs.render(store, report, subject, args.audience, args.lang, args.marking)
        try:
            issued = docs.issue(store, rendered, args.out, _password(args))
        except OSError as exc:  # said as before: "could not write FILE: reason"
            raise CliError(f"could not write {args.out}: {exc.strerror or exc}") from None
    protected = ", password-protected" if args.protect else ""
    print(
        f"wrote {issued.path} ({issued.pages} pages, {issued.tlp.label}, "
        f"{rendered.audience.value}, {rendered.lang}{protected})"
    )
    print(f"sha256 {issued.sha256}")
    return 0


def cmd_documents_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        records = issued_documents(store, limit=10_000)
    if args.json:
        print_json([asdict(r) for r in records])
        return 0
    print_table(
        [
            (
                f"{r.issued_at.astimezone():%Y-%m-%d %H:%M}",
                r.kind,
                r.region or "",
                r.country_code or "",
                r.audience,
                r.lang,
                r.tlp,
                r.pages,
                r.file_name,
                r.sha256[:12],
            )
            for r in records
        ],
        [
            "issued",
            "kind",
            "region",
            "country",
            "audience",
            "lang",
            "tlp",
            "pages",
            "file",
            "sha256",
        ],
    )
    return 0
