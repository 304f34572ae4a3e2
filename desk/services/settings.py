"""Preferences kept inside the encrypted store (JSON values), and who the user is."""

from __future__ import annotations

import getpass
import json
from typing import Any

from desk.models import Setting
from desk.models.base import utcnow
from desk.store import Store

USER_NAME = "user.name"
USER_POST = "user.post"
IDLE_LOCK_MINUTES = "lock.idle_minutes"
DEFAULT_IDLE_MINUTES = 10


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    with store.session() as s:
        row = s.get(Setting, key)
        return json.loads(row.value) if row else default


def set_setting(store: Store, key: str, value: Any) -> None:
    with store.transaction() as s:
        row = s.get(Setting, key)
        encoded = json.dumps(value, ensure_ascii=False)
        if row is None:
            s.add(Setting(key=key, value=encoded))
        else:
            row.value = encoded
            row.updated_at = utcnow()
            s.add(row)


def current_actor(store: Store) -> str:
    """The name written into the audit trail: the configured name, else the OS login."""
    name = get_setting(store, USER_NAME)
    if name:
        return str(name)
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def current_post(store: Store) -> str:
    return str(get_setting(store, USER_POST, "") or "")
