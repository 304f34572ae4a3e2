"""desk briefing, desk minutes, desk countries profile, and desk documents list."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from desk.cli.common import CliError, interactive, open_cli_store, print_json, print_table
from desk.cli.meetings_cmds import meeting_by_date
from desk.reports import LANGS
from desk.services import briefings as br
from desk.services import countries as ct
from desk.services import documents as docs
from desk.services import meetings as mt
from desk.services.markings import MarkingRefused
from desk.store import Store

PASSWORD_ENV = "DESK_PDF_PASSWORD"


def _document_options(p: argparse.ArgumentParser, audience_default: str) -> None:
    p.add_argument(
        "--audience",
        choices=[a.value for a in br.Audience],
        default=audience_default,
        help="who may read it: contact-point (everything), directorate (no TLP:RED), "
        "external (TLP:GREEN and CLEAR only, no names)",
    )
    p.add_argument("--lang", choices=LANGS, default="en", help="language of the fixed texts")
    p.add_argument("--marking", help="classification marking (default: Dep. VERTROUWELIJK)")
    p.add_argument(
        "--protect",
        action="store_true",
        help=f"password-protect the PDF (AES-256); the password is read from {PASSWORD_ENV} "
        "or asked for",
    )
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("briefing", help="the PDF briefing for a region's four-weekly meeting")
    p.add_argument("--region", required=True)
    p.add_argument("--meeting", default="next", metavar="DATE|next")
    _document_options(p, br.Audience.CONTACT_POINT.value)
    p.set_defaults(func=cmd_briefing)

    p = sub.add_parser("minutes", help="the PDF minutes of a held or finalised meeting")
    p.add_argument("--region", required=True)
    p.add_argument("--meeting", required=True, metavar="DATE")
    _document_options(p, br.Audience.CONTACT_POINT.value)
    p.set_defaults(func=cmd_minutes)

    p = sub.add_parser("documents", help="documents issued from this store")
    dsub = p.add_subparsers(dest="documents_command", metavar="ACTION", required=True)
    p = dsub.add_parser("list", help="every issued document with its SHA-256, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_documents_list)


def register_profile(countries: argparse._SubParsersAction) -> None:
    """``desk countries profile CODE``: lives with the other country commands."""
    p = countries.add_parser("profile", help="the PDF country profile")
    p.add_argument("code", help="ISO code or name")
    _document_options(p, br.Audience.DIRECTORATE.value)
    p.set_defaults(func=cmd_profile)


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


def _issue(store: Store, rendered: docs.Rendered, args: argparse.Namespace) -> int:
    try:
        issued = docs.issue(store, rendered, args.out, _password(args))
    except br.BriefingError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"could not write {args.out}: {exc.strerror or exc}") from None
    protected = ", password-protected" if args.protect else ""
    print(
        f"wrote {issued.path} ({issued.pages} pages, {issued.tlp.label}, "
        f"{rendered.audience.value}, {rendered.lang}{protected})"
    )
    print(f"sha256 {issued.sha256}")
    return 0


def _render(render: Callable[..., docs.Rendered], *args: object) -> docs.Rendered:
    try:
        return render(*args)
    except (br.BriefingError, MarkingRefused, mt.MeetingError, ct.CountryError) as exc:
        raise CliError(str(exc)) from None


def cmd_briefing(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        meeting = meeting_by_date(store, args.region, args.meeting)
        rendered = _render(
            docs.render_meeting_briefing,
            store,
            meeting.id,
            args.audience,
            args.lang,
            args.marking,
        )
        return _issue(store, rendered, args)


def cmd_minutes(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        meeting = meeting_by_date(store, args.region, args.meeting)
        rendered = _render(
            docs.render_minutes, store, meeting.id, args.audience, args.lang, args.marking
        )
        return _issue(store, rendered, args)


def cmd_profile(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        rendered = _render(
            docs.render_country_profile, store, args.code, args.audience, args.lang, args.marking
        )
        return _issue(store, rendered, args)


def cmd_documents_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        records = br.issued_documents(store, limit=10_000)
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
