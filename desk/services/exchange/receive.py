"""Receiving a package: all or nothing, by UUID and version.

For each signal in the package, against this store's copy (if any):

- unknown UUID: **new**, inserted with its provenance (received from, package, when; its
  original author and post);
- the version it brings is one this store already has (at or below the version both last
  shared), or its content is the same: **unchanged**;
- this store did not edit it since that shared version: **updated** to the package's version
  (audited; the old values stay in the history);
- both sides edited it since: a **conflict** — ``stop`` (the default) writes nothing and
  reports each conflict (field, mine, theirs); ``keep-mine`` skips them; ``take-theirs``
  updates them.

A package received a second time changes nothing. One older than the last received from the
same sender (a replay) is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desk.errors import Conflict, InvalidInput
from desk.models import Contact, ExchangePackage, SentSignal, Signal
from desk.models.base import table_of, utcnow
from desk.models.enums import SignalStatus
from desk.services import audit
from desk.services.exchange.feedback import apply_feedback
from desk.services.exchange.identity import identity_row
from desk.services.exchange.package import MAX_PACKAGE_BYTES, PackageRefused, open_package
from desk.services.signals import (
    EDITABLE,
    ENTITY,
    StoredSignal,
    insert_signals,
    replace_hs_rows,
    signal_columns,
    stored_signals,
)
from desk.services.validation import SignalDraft, SignalValidator, content_hash
from desk.services.work import Context, Work, writing
from desk.store.bulk import insert_rows

Progress = Callable[[int, int], None]


class OnConflict(StrEnum):
    STOP = "stop"
    KEEP_MINE = "keep-mine"
    TAKE_THEIRS = "take-theirs"


@dataclass(frozen=True)
class FieldConflict:
    field: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class SignalConflict:
    uuid: str
    title: str
    fields: list[FieldConflict]


@dataclass
class ReceiveReport:
    path: Path
    package_id: str = ""
    kind: str = "signals"
    sender: str = ""
    created_at: str = ""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[SignalConflict] = field(default_factory=list)
    feedback: int = 0
    already_received: bool = False
    applied: bool = False
    dry_run: bool = False
    on_conflict: OnConflict = OnConflict.STOP

    def summary(self) -> str:
        if self.already_received:
            return f"{self.path.name}: already received from {self.sender}; nothing changed"
        if self.kind == "feedback":
            verb = "would record" if self.dry_run else "recorded"
            return (
                f"{self.path.name}: {verb} feedback from {self.sender} on {self.feedback} signal(s)"
            )
        counts = (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.conflicts)} conflict(s)"
        )
        if self.conflicts and self.on_conflict == OnConflict.STOP and not self.dry_run:
            return (
                f"{self.path.name} from {self.sender}: {counts}; nothing was written — "
                "decide with --on-conflict keep-mine or take-theirs"
            )
        what = "would be written" if self.dry_run else "received"
        kept = (
            f" ({'kept mine' if self.on_conflict == OnConflict.KEEP_MINE else 'took theirs'})"
            if self.conflicts
            else ""
        )
        return f"{self.path.name} from {self.sender}: {counts}{kept}; {what}"


class ConflictsFound(Conflict):
    def __init__(self, report: ReceiveReport) -> None:
        self.report = report
        super().__init__(report.summary())


def read_package_file(path: Path | str) -> bytes:
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"no package file at {path}")
    if path.stat().st_size > MAX_PACKAGE_BYTES:
        raise PackageRefused(f"{path.name} is larger than 1 GB: not a Desk package")
    return path.read_bytes()


def receive_package(
    ctx: Context,
    path: Path | str,
    *,
    dry_run: bool = False,
    on_conflict: OnConflict = OnConflict.STOP,
    progress: Progress | None = None,
) -> ReceiveReport:
    """Open the package at ``path`` and merge it (see the module): one transaction, so a
    refusal, a stop on conflicts or a dry run leaves the store exactly as it was."""
    data = read_package_file(path)
    report = ReceiveReport(Path(path), dry_run=dry_run, on_conflict=OnConflict(on_conflict))
    with writing(ctx) as w:
        opened = open_package(data, identity_row(w), w.session)
        sender, manifest = opened.sender, opened.body["manifest"]
        report.package_id = str(manifest["package_id"])
        report.kind = str(manifest.get("kind", "signals"))
        report.sender = sender.name
        report.created_at = str(manifest.get("created_at", ""))
        if w.session.get(ExchangePackage, report.package_id) is not None:
            report.already_received = True
            return report
        sequence = int(manifest.get("sequence", 0))
        if sequence <= sender.last_sequence:
            raise PackageRefused(
                f"this package from {sender.name} is older than one already received from "
                f"them (number {sequence}, last received {sender.last_sequence}): a replay? "
                "Nothing was changed"
            )
        if report.kind == "feedback":
            report.feedback = apply_feedback(
                w, sender, opened.body.get("feedback", []), write=not dry_run
            )
        else:
            _merge(w, sender, report, opened.body.get("signals", []), progress)
        if dry_run:
            return report  # _merge wrote nothing
        if report.conflicts and report.on_conflict == OnConflict.STOP:
            raise ConflictsFound(report)  # rolls the transaction back: nothing written
        sender.last_sequence = sequence
        w.session.add(sender)
        w.session.add(
            ExchangePackage(
                id=report.package_id,
                direction="received",
                kind=report.kind,
                peers=sender.name,
                sequence=sequence,
                created_at=datetime.fromisoformat(report.created_at),
                summary=report.summary(),
            )
        )
        report.applied = True
    return report


# -- merging signals ------------------------------------------------------------------------------
@dataclass
class _Incoming:
    item: dict[str, Any]
    draft: SignalDraft
    version: int
    hash: str


def _parse(validator: SignalValidator, n: int, item: dict[str, Any]) -> _Incoming:
    """One signal of the package through the importer's validator: a package is input."""
    try:
        draft, errors = validator.validate(item["fields"])
        version, uuid = int(item["version"]), str(item["uuid"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise PackageRefused(f"signal {n} of this package is damaged") from None
    if draft is None or len(uuid) != 36 or version < 1:
        reason = "; ".join(f"{e.column}: {e.message}" for e in errors) or "bad UUID or version"
        raise PackageRefused(f"signal {n} of this package is not valid ({reason})")
    return _Incoming(item, draft, version, content_hash(draft))


@dataclass(frozen=True)
class _Local:
    id: int
    version: int
    synced: int
    digest: str | None
    archived: bool


def _known(w: Work, uuids: list[str]) -> dict[str, _Local]:
    """This store's copies of the package's signals, by UUID (content hashes filled in where
    an older Desk left them empty)."""
    S = table_of(Signal)
    known: dict[str, _Local] = {}
    archived = SignalStatus.ARCHIVED.value
    for start in range(0, len(uuids), 500):
        for sid, u, version, synced, digest, status in w.session.execute(
            sa.select(
                S.c.id, S.c.uuid, S.c.version, S.c.synced_version, S.c.content_hash, S.c.status
            ).where(S.c.uuid.in_(uuids[start : start + 500]))
        ):
            known[u] = _Local(sid, version, synced, digest, status == archived)
    missing = [k.id for k in known.values() if k.digest is None]
    for s in stored_signals(w, missing):
        known[s.uuid] = replace(known[s.uuid], digest=content_hash(s.draft))
    return known


def _merge(
    w: Work,
    sender: Contact,
    report: ReceiveReport,
    items: list[dict[str, Any]],
    progress: Progress | None,
) -> None:
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise PackageRefused("this package's list of signals is damaged")
    known = _known(w, [str(i.get("uuid", "")) for i in items])
    validator = SignalValidator(w.reference)
    new: list[_Incoming] = []
    changed: list[tuple[_Incoming, int, bool]] = []  # (incoming, signal id, conflict)
    for n, item in enumerate(items, start=1):
        local = known.get(str(item.get("uuid", "")))
        if local is not None and _unchanged(item, local):
            # decided without parsing: nothing of it would be written
            report.unchanged += 1
            continue
        inc = _parse(validator, n, item)
        if local is None:
            new.append(inc)
        elif inc.hash == local.digest and bool(item.get("archived")) == local.archived:
            report.unchanged += 1
        else:
            changed.append((inc, local.id, local.version > local.synced))
    mine = {s.id: s for s in stored_signals(w, [sid for _, sid, conflict in changed if conflict])}
    for inc, sid, conflict in changed:
        if conflict:
            report.conflicts.append(_conflict(mine[sid], inc))
    take = [
        (inc, sid)
        for inc, sid, conflict in changed
        if not conflict or report.on_conflict == OnConflict.TAKE_THEIRS
    ]
    report.new, report.updated = len(new), len(take)
    if report.dry_run or (report.conflicts and report.on_conflict == OnConflict.STOP):
        return  # nothing is written
    _insert_new(w, sender, report.package_id, new, progress)
    for inc, sid in take:
        _update(w, sender, report.package_id, sid, inc)
    _sender_has(w, sender, report.package_id, [*new, *(inc for inc, _ in take)])


def _sender_has(w: Work, sender: Contact, package_id: str, received: list[_Incoming]) -> None:
    """The sender has these versions: nothing to send back to it (``unsent_counts``)."""
    X = table_of(SentSignal)
    uuids = [str(i.item["uuid"]) for i in received]
    conn = w.session.connection()
    for start in range(0, len(uuids), 500):
        conn.execute(
            X.delete().where(
                X.c.contact_id == sender.id, X.c.signal_uuid.in_(uuids[start : start + 500])
            )
        )
    now = utcnow()
    insert_rows(
        conn,
        X,
        [
            {
                "contact_id": sender.id,
                "signal_uuid": str(i.item["uuid"]),
                "version": i.version,
                "package_id": package_id,
                "sent_at": now,
            }
            for i in received
        ],
    )


def _unchanged(item: dict[str, Any], local: _Local) -> bool:
    """A version both sides already shared, or the very content this store holds."""
    try:
        version = int(item.get("version", 0))
    except (TypeError, ValueError):
        return False
    same = item.get("hash") == local.digest and bool(item.get("archived")) == local.archived
    return 0 < version <= local.synced or same


def _conflict(mine: StoredSignal, theirs: _Incoming) -> SignalConflict:
    fields = []
    for name in EDITABLE:
        old, new = getattr(mine.draft, name), getattr(theirs.draft, name)
        if old != new:
            fields.append(
                FieldConflict(name, audit.audit_text(old) or "", audit.audit_text(new) or "")
            )
    return SignalConflict(mine.uuid, mine.draft.title, fields)


def _provenance(sender: Contact, package_id: str, inc: _Incoming) -> dict[str, Any]:
    return {
        "uuid": inc.item["uuid"],
        "version": inc.version,
        "synced_version": inc.version,
        "origin_identity": str(inc.item.get("origin", ""))[:64],
        "received_from": sender.name,
        "received_package": package_id,
        "received_at": utcnow(),
        "named_recipients": str(inc.item.get("named_recipients", "")),
    }


def _insert_new(
    w: Work, sender: Contact, package_id: str, new: list[_Incoming], progress: Progress | None
) -> None:
    if not new:
        return
    for archived in (False, True):
        part = [i for i in new if bool(i.item.get("archived")) == archived]
        if not part:
            continue
        insert_signals(
            w.session,
            [i.draft for i in part],
            w.reference,
            actor=w.actor,
            action="received",
            note=f"from {sender.name}",
            status=SignalStatus.ARCHIVED if archived else SignalStatus.NEW,
            logged_at=[_when(i.item.get("logged_at")) for i in part],
            extra=[
                _provenance(sender, package_id, i)
                | {
                    "author": str(i.item.get("author", ""))[:200],
                    "post": str(i.item.get("post", ""))[:200],
                }
                for i in part
            ],
            progress=progress,
        )


def _when(text: object) -> datetime:
    try:
        when = datetime.fromisoformat(str(text))
    except ValueError:
        return utcnow()
    return when if when.utcoffset() is not None else utcnow()


def _update(w: Work, sender: Contact, package_id: str, sid: int, inc: _Incoming) -> None:
    """Their version of a signal this store has: fields, HS codes, archived or not; audited
    field by field (the old values stay in the history)."""
    S = table_of(Signal)
    (before,) = stored_signals(w, [sid])
    changes: dict[str, tuple[Any, Any]] = {
        name: (getattr(before.draft, name), getattr(inc.draft, name))
        for name in EDITABLE
        if getattr(before.draft, name) != getattr(inc.draft, name)
    }
    values = signal_columns(inc.draft, w.reference) | _provenance(sender, package_id, inc)
    # their version, as received: stamped like any change (services.versions), so an edit
    # open on this signal stops instead of overwriting it. The version number is theirs.
    values["updated_at"] = utcnow()
    values["changed_by"] = f"{w.actor} (received from {sender.name})"[:200]
    if before.version >= inc.version:
        # Taking theirs over an edit of ours with as high a number: a new number here, or an
        # edit opened on our version would save over theirs unnoticed. (Sending it back later
        # is harmless: the other side finds the same content.)
        values["version"] = before.version + 1
    archived = bool(inc.item.get("archived"))
    if archived != (before.status == SignalStatus.ARCHIVED.value):
        status = SignalStatus.ARCHIVED if archived else SignalStatus.NEW
        values["status"] = status.value
        changes["status"] = (before.status, status.value)
    del values["uuid"]
    w.session.execute(S.update().where(S.c.id == sid).values(values))
    replace_hs_rows(w.session, sid, inc.draft.hs_codes, w.reference)
    audit.record(
        w.session,
        actor=w.actor,
        entity=ENTITY,
        entity_id=sid,
        action=f"received from {sender.name}",
        changes=changes,
    )
