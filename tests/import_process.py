"""A child process that runs `desk signals import …` under an address-space ceiling.

python import_process.py CEILING_MB PEAK_FILE -- DESK ARGUMENTS…

The store's key comes from an in-memory keyring filled from the environment variable
DESK_TEST_KEYS (JSON [[service, user, secret], …]), never from a real keyring. The peak resident
memory (kB) is written to PEAK_FILE, whatever happens.
"""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import keyring
from keyring.backend import KeyringBackend


class EnvironmentKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        entries = json.loads(os.environ.get("DESK_TEST_KEYS", "[]"))
        self.secrets = {(service, user): secret for service, user, secret in entries}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def main() -> int:
    ceiling = int(sys.argv[1]) * 1024 * 1024
    peak_file = Path(sys.argv[2])
    argv = sys.argv[sys.argv.index("--") + 1 :]
    keyring.set_keyring(EnvironmentKeyring())
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    try:
        from desk.cli import main as desk

        return desk(argv)
    finally:
        peak_file.write_text(str(peak_kb()))


def peak_kb() -> int:
    """This program's peak resident memory. Not ru_maxrss: Linux carries that over from the
    parent through fork and exec, so it would count pytest's own memory."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # macOS: bytes


if __name__ == "__main__":
    sys.exit(main())
