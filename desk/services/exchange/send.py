"""Sending signals: what a package may carry, for whom, and the package itself.

TLP rules (all Desk identities are ministry identities): CLEAR to AMBER+STRICT go to any
trusted contact; TLP:RED only when asked for (``include_red``) and only when the package's
recipients are exactly the ones the signal's author named. A Chatham House signal keeps its
flag everywhere, and its source only where every recipient is a contact point of the signal's
own region. What was left out is counted, with the reason.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desk import __version__
from desk.errors import InvalidInput
from desk.fileio import atomic_write_bytes
from desk.models import Contact, ExchangePackage, SentSignal, Signal
from desk.models.base import table_of, utcnow
from desk.models.enums import SignalStatus, Tlp
from desk.services.exchange.identity import contacts_named, identity_row
from desk.services.exchange.package import FORMAT, seal
from desk.services.search import SignalFilter, build_search
from desk.services.signals import StoredSignal, stored_signals
from desk.services.validation import draft_record, record_hash
from desk.services.work import Context, Work, reading, writing
from desk.store.bulk import insert_rows

SUFFIX = ".deskx"
DEFAULT_MAX_TLP = Tlp.AMBER_STRICT  # the package is encrypted to ministry identities only


@dataclass
class SendReport:
    path: Path
    package_id: str
    recipients: list[str]
    sent: int = 0
    left_out: Counter[str] = field(default_factory=Counter)  # reason → signals
    sources_withheld: int = 0

    def summary(self) -> str:
        line = f"{self.path.name}: {self.sent} signal(s) for {', '.join(self.recipients)}"
        if self.left_out:
            parts = ", ".join(f"{n} {why}" for why, n in sorted(self.left_out.items()))
            line += f"; left out {parts}"
        if self.sources_withheld:
            line += (
                f"; source withheld for {self.sources_withheld} Chatham House signal(s) "
                "(only contact points of their region receive it)"
            )
        return line


def package_path(path: Path | str) -> Path:
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        raise InvalidInput(f"{path.name}: an exchange package's file name ends in {SUFFIX}")
    return path


def send_signals(
    ctx: Context,
    to: Sequence[str],
    out: Path | str,
    *,
    region: str | None = None,
    since: datetime | None = None,
    unsent: bool = False,
    max_tlp: Tlp = DEFAULT_MAX_TLP,
    include_red: bool = False,
) -> SendReport:
    """Write one package for the contacts ``to`` with the signals of ``region`` (all regions
    by default) changed ``since`` (or not yet sent to them, or all), recording what was sent
    to whom. One transaction: the package exists exactly when its record does."""
    path = package_path(out)
    if not to:
        raise InvalidInput("name at least one recipient (--to NAME)")
    with writing(ctx) as w:
        me = identity_row(w)
        recipients = contacts_named(w, list(dict.fromkeys(to)))
        flt = SignalFilter(
            regions=frozenset({region.upper()}) if region else frozenset(),
            changed_since=since,
            statuses=frozenset(s.value for s in SignalStatus),  # archiving travels too
        )
        ids = [
            r[0]
            for r in w.session.execute(build_search(flt).with_only_columns(table_of(Signal).c.id))
        ]
        report = SendReport(path, str(uuid.uuid4()), [c.name for c in recipients])
        chosen = _choose(
            w, stored_signals(w, ids), recipients, report, unsent, max_tlp, include_red
        )
        me.sequence += 1
        w.session.add(me)
        created = utcnow()
        body = {
            "manifest": {
                "format": FORMAT,
                "package_id": report.package_id,
                "kind": "signals",
                "sender": {
                    "name": me.name,
                    "role": me.role,
                    "post": me.post,
                    "region": me.region,
                    "fingerprint": me.fingerprint,
                },
                "recipients": [c.fingerprint for c in recipients],
                "created_at": created.isoformat(),
                "sequence": me.sequence,
                "counts": {"signals": len(chosen)},
                "desk_version": __version__,
            },
            "signals": [item for item, _ in chosen],
        }
        report.sent = len(chosen)
        _record(w, report, recipients, chosen, me.sequence, created)
        # the file last, inside the transaction: a failed write rolls the record back
        atomic_write_bytes(path, seal(body, me, [c.age_recipient for c in recipients]))
    return report


def _choose(
    w: Work,
    signals: list[StoredSignal],
    recipients: list[Contact],
    report: SendReport,
    unsent: bool,
    max_tlp: Tlp,
    include_red: bool,
) -> list[tuple[dict[str, Any], StoredSignal]]:
    names = {c.name for c in recipients}
    sent: dict[tuple[int | None, str], int] = {}
    if unsent:
        S = table_of(SentSignal)
        for contact_id, signal_uuid, version in w.session.execute(
            sa.select(S.c.contact_id, S.c.signal_uuid, S.c.version).where(
                S.c.contact_id.in_([c.id for c in recipients])
            )
        ):
            sent[(contact_id, signal_uuid)] = version
    me = identity_row(w)
    chosen = []
    for s in signals:
        if unsent and all(sent.get((c.id, s.uuid), 0) >= s.version for c in recipients):
            continue
        tlp = s.draft.tlp
        if tlp == Tlp.RED:
            if not include_red:
                report.left_out["TLP:RED (not asked for: --include-red)"] += 1
                continue
            if set(s.named_recipients) != names:
                report.left_out["TLP:RED (its author named other recipients)"] += 1
                continue
        elif tlp.rank > max_tlp.rank:
            report.left_out[f"above {max_tlp.label}"] += 1
            continue
        draft, digest = s.draft, s.content_hash
        if draft.chr and (draft.source or draft.source_url):
            same_region = all(
                c.role == "contact-point" and c.region == s.region for c in recipients
            )
            if not same_region:
                report.sources_withheld += 1
                draft, digest = draft.withheld_source(), None
        record = draft_record(draft)
        chosen.append(
            (
                {
                    "uuid": s.uuid,
                    "version": s.version,
                    "origin": s.origin_identity or me.fingerprint,
                    "author": s.author,
                    "post": s.post,
                    "logged_at": s.logged_at.isoformat(),
                    "archived": s.status == SignalStatus.ARCHIVED.value,
                    "named_recipients": s.named_recipients,
                    "fields": record,
                    "hash": digest or record_hash(record),
                },
                s,
            )
        )
    return chosen


def _record(
    w: Work,
    report: SendReport,
    recipients: list[Contact],
    chosen: list[tuple[dict[str, Any], StoredSignal]],
    sequence: int,
    created: datetime,
) -> None:
    w.session.add(
        ExchangePackage(
            id=report.package_id,
            direction="sent",
            kind="signals",
            peers=", ".join(report.recipients),
            sequence=sequence,
            created_at=created,
            summary=report.summary(),
        )
    )
    S, T = table_of(SentSignal), table_of(Signal)
    uuids = [s.uuid for _, s in chosen]
    conn = w.session.connection()
    for c in recipients:
        for start in range(0, len(uuids), 500):
            conn.execute(
                S.delete().where(
                    S.c.contact_id == c.id, S.c.signal_uuid.in_(uuids[start : start + 500])
                )
            )
        rows = [
            {
                "contact_id": c.id,
                "signal_uuid": s.uuid,
                "version": s.version,
                "package_id": report.package_id,
                "sent_at": created,
            }
            for _, s in chosen
        ]
        insert_rows(conn, S, rows)
    # what was sent is what both sides now share: an edit on either side starts from here
    ids = [s.id for _, s in chosen]
    for start in range(0, len(ids), 500):
        w.session.execute(
            T.update()
            .where(T.c.id.in_(ids[start : start + 500]))
            .values(synced_version=T.c.version)
        )


@dataclass(frozen=True)
class Unsent:
    contact: str
    region: str
    signals: int  # of the contact point's region, never sent to it or changed since


def unsent_counts(ctx: Context) -> list[Unsent]:
    """For each trusted contact point: how many signals of its region it has not yet had in
    their current version (what a post still has to send)."""
    S, X = table_of(Signal), table_of(SentSignal)
    found = []
    with reading(ctx) as w:
        contacts = (
            w.session.execute(
                sa.select(table_of(Contact)).where(table_of(Contact).c.revoked_at.is_(None))
            )
            .mappings()
            .all()
        )
        countries = w.reference.countries
        for c in contacts:
            if c["role"] != "contact-point":
                continue
            codes = [code for code, ref in countries.items() if ref.directorate == c["region"]]
            n = w.session.execute(
                sa.select(sa.func.count())
                .select_from(
                    S.outerjoin(X, sa.and_(X.c.signal_uuid == S.c.uuid, X.c.contact_id == c["id"]))
                )
                .where(S.c.country_code.in_(codes))
                .where(S.c.status != SignalStatus.ARCHIVED.value)
                .where(sa.or_(X.c.version.is_(None), X.c.version < S.c.version))
            ).scalar_one()
            found.append(Unsent(c["name"], c["region"], int(n)))
    return found
