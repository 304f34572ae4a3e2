"""``desk --help``: the commands grouped by what they work on, not in one long list."""

from __future__ import annotations

import argparse

# heading: the commands under it, in the order they are listed
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the app", ("gui", "preferences")),
    ("the store", ("init", "check", "backup", "rekey", "team")),
    ("the trend log", ("signals", "demo")),
    ("trade statistics", ("trade",)),
    ("countries and events", ("countries", "events")),
    ("meetings", ("meetings", "contact-points", "briefing", "minutes")),
    ("documents and exchange", ("documents", "exchange")),
    ("any record", ("history",)),
)


class GroupedHelp(argparse.HelpFormatter):
    """Lists the subcommands under the headings of ``GROUPS`` (any not named there last)."""

    def _format_action(self, action: argparse.Action) -> str:
        if not isinstance(action, argparse._SubParsersAction):
            return super()._format_action(action)
        commands = {a.dest: a for a in action._get_subactions()}
        named = {name for _, names in GROUPS for name in names}
        groups = [*GROUPS, ("other", tuple(n for n in commands if n not in named))]
        parts: list[str] = []
        for heading, names in groups:
            present = [commands[n] for n in names if n in commands]
            if not present:
                continue
            parts.append(" " * self._current_indent + heading + ":\n")
            self._indent()
            parts += [super(GroupedHelp, self)._format_action(a) for a in present]
            self._dedent()
        return "".join(parts)
