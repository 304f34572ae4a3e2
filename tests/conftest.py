"""Shared fixtures: a fresh encrypted store per test, an in-memory keyring, offscreen Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never fall through to a real keyring, even before the fixture below installs ours.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desk.store import Store, create_store

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(KeyringBackend):
    """A secure-looking keyring that lives in a dict."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class PlaintextLikeKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's plaintext file backend: usable but not secure."""

    priority = 0.5  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("DESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("DESK_DB", raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "stores" / "desk.db"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    s = create_store(store_path, "passphrase", PASSPHRASE)
    yield s
    s.close()
