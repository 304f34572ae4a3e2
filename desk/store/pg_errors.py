"""What a PostgreSQL server or its driver raises, in Desk's one-line words.

Only failures a person must act on are translated: log-in refused, server unreachable or gone,
a change the server's rules (privileges, row-level security) refused. Everything else — a
unique key, a foreign key — stays a SQLAlchemy error for the service that expects it.
"""

from __future__ import annotations

import psycopg

from desk.errors import Refused
from desk.store.errors import StoreError, StoreUnavailable


class TeamLoginFailed(StoreError, Refused):
    def __init__(self, where: str, why: str) -> None:
        super().__init__(f"cannot log in to the team database {where}: {why}")
        self.why = why  # without the address: for a dialog that already shows it


class TeamUnavailable(StoreUnavailable):
    def __init__(self, where: str, why: str) -> None:
        super().__init__(f"cannot reach the team database {where}: {why}")
        self.why = f"cannot reach it: {why}"


class TeamRefused(StoreError, Refused):
    """The server's rules (privileges, row-level security) refused a change."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(f"the team database {where} refused this: {why}")


class TeamNotInitialised(StoreError, Refused):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"{where} holds no Desk schema: an administrator creates it with "
            f"`desk team init {where}`"
        )


class TeamOutdated(StoreError, Refused):
    def __init__(self, where: str, revision: str, head: str) -> None:
        super().__init__(
            f"the team database {where} has schema {revision}, this Desk needs {head}: an "
            f"administrator upgrades it with `desk team init {where}`"
        )


_AUTH_WORDS = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    "password is required",
    "is not permitted to log in",  # a removed member (NOLOGIN)
    "pg_hba.conf rejects",
)


def _first_reason(message: str) -> str:
    """libpq's message, cut to its reason: 'connection to server at … failed: FATAL:  x' → 'x'."""
    line = message.strip().splitlines()[0] if message.strip() else "no reason given"
    for marker in ("FATAL:", "failed:"):
        if marker in line:
            line = line.rsplit(marker, 1)[1]
    return " ".join(line.split()).rstrip(".") or "no reason given"


def is_auth_failure(exc: BaseException) -> bool:
    text = str(exc).lower()
    sqlstate = getattr(exc, "sqlstate", None) or ""
    # libpq's connection failures carry no SQLSTATE: the message is all there is
    unknown_role = text.startswith("connection") and 'role "' in text and "does not exist" in text
    return sqlstate.startswith("28") or unknown_role or any(w in text for w in _AUTH_WORDS)


def translate_pg(exc: BaseException, where: str) -> StoreError | None:
    """``exc`` (psycopg's) as a Desk error, or None when the caller should see it unchanged."""
    if not isinstance(exc, psycopg.Error):
        return None
    sqlstate = exc.sqlstate or ""
    if is_auth_failure(exc):
        return TeamLoginFailed(where, _first_reason(str(exc)))
    if sqlstate == "42501":  # insufficient privilege, row-level security
        detail = exc.diag.message_primary or str(exc)
        return TeamRefused(where, _refusal(detail))
    if sqlstate == "25006":  # read-only transaction
        return TeamRefused(where, "the database is read-only")
    if sqlstate == "3D000":  # no such database
        return TeamUnavailable(where, exc.diag.message_primary or "no such database")
    if isinstance(exc, psycopg.OperationalError) and (
        not sqlstate or sqlstate.startswith(("08", "57P"))
    ):
        return TeamUnavailable(where, _first_reason(str(exc)))
    return None


def _refusal(detail: str) -> str:
    if "row-level security" in detail:
        return (
            "your role may not write this record (the team's rules: posts write signals of their "
            "own region, TLP:RED stays with its author and the people named)"
        )
    if detail.startswith("permission denied"):
        return f"your role may not do this ({detail}); readers cannot change anything"
    return detail
