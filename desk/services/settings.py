"""Preferences kept inside the encrypted store (JSON values), and who the user is."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desk.models import Setting
from desk.models.base import utcnow
from desk.services.work import USER_NAME as USER_NAME
from desk.services.work import USER_POST as USER_POST
from desk.services.work import Context, reading, writing

IDLE_LOCK_MINUTES = "lock.idle_minutes"
DEFAULT_IDLE_MINUTES = 10


def get_setting(ctx: Context, key: str, default: Any = None) -> Any:
    with reading(ctx) as w:
        return w.setting(key, default)


def set_setting(ctx: Context, key: str, value: Any) -> None:
    set_settings(ctx, {key: value})


def set_settings(ctx: Context, values: Mapping[str, Any]) -> None:
    """Several preferences in one transaction (a dialog's Save is one change)."""
    with writing(ctx) as w:
        for key, value in values.items():
            row = w.session.get(Setting, key)
            encoded = json.dumps(value, ensure_ascii=False)
            if row is None:
                w.session.add(Setting(key=key, value=encoded))
            elif row.value != encoded:
                row.value = encoded
                row.updated_at = utcnow()
                w.session.add(row)


def current_actor(ctx: Context) -> str:
    """The name written into the audit trail: the configured name, else the OS login."""
    with reading(ctx) as w:
        return w.actor


def current_post(ctx: Context) -> str:
    with reading(ctx) as w:
        return w.post
