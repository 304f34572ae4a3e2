#!/usr/bin/env bash
# Make sure PostgreSQL's server binaries (initdb, pg_ctl; version 15 or newer) are present, as
# the team-mode tests need. Debian/Ubuntu: the `postgresql` package (binaries in
# /usr/lib/postgresql/N/bin, found by tests/pg_server.py). Elsewhere: say what to install.
set -euo pipefail
found() {
    command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}
if found; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "installing the PostgreSQL server for the team-mode tests…" >&2
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    found && exit 0
fi
echo "PostgreSQL 15+ server binaries (initdb, pg_ctl) are needed for the tests: install them" \
     "(Debian: apt-get install postgresql; macOS: brew install postgresql@16)" >&2
exit 1
