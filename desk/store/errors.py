"""What can go wrong when opening or changing a store, in words a user can act on."""

from __future__ import annotations


class StoreError(Exception):
    """Base class; ``str()`` is a one-line reason fit for a dialog or stderr."""


class StoreNotFound(StoreError):
    def __init__(self, path: object) -> None:
        super().__init__(f"no Desk store at {path} (create one with `desk init`)")


class StoreExists(StoreError):
    def __init__(self, path: object) -> None:
        super().__init__(f"a file already exists at {path}; Desk will not overwrite it")


class WrongKey(StoreError):
    def __init__(self, path: object) -> None:
        super().__init__(f"wrong passphrase or not a Desk store: {path}")


class PassphraseNeeded(StoreError):
    def __init__(self, path: object, why: str = "") -> None:
        reason = f" ({why})" if why else ""
        super().__init__(f"a passphrase is needed to unlock {path}{reason}; set DESK_PASSPHRASE")


class StoreTooNew(StoreError):
    def __init__(self, path: object, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"{path} was written by a newer version of Desk (schema {revision}); "
            "update Desk to open it — the store was not changed"
        )


class InsecureKeyring(StoreError):
    """The OS keyring is missing or not secure enough to hold a store key."""


class StoreCorrupt(StoreError):
    pass
