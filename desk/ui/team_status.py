"""The status bar's line for a team database: which one, where, and as whom."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROLE_KINDS = {
    "contact-point": QT_TRANSLATE_NOOP("MainWindow", "contact point"),
    "post": QT_TRANSLATE_NOOP("MainWindow", "post"),
    "reader": QT_TRANSLATE_NOOP("MainWindow", "reader"),
}


def team_status(store, member) -> str:
    """The status bar's "Team database desk on db.example:5432 · as anna (contact point)"."""
    # Spelled out (not aliased) so lupdate files the text under its context.
    text = QCoreApplication.translate(
        "MainWindow", "Team database {db} on {server} · as {user}"
    ).format(db=store.url.database, server=store.server, user=store.user)
    kind = getattr(member, "kind", None)
    if kind in ROLE_KINDS:
        region = f", {member.region}" if member.region else ""
        text += f" ({QCoreApplication.translate('MainWindow', ROLE_KINDS[kind])}{region})"
    return text
