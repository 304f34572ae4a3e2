"""The first-run / unlock dialog, driven headless."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk.services.passphrase import Strength, passphrase_strength
from desk.store import Store, create_store
from desk.ui.unlock_dialog import UnlockDialog
from desk.ui.worker import DbExecutor
from tests.conftest import PASSPHRASE, WAIT_MS
from tests.helpers import sha256


@pytest.fixture
def executor(qtbot):
    ex = DbExecutor()
    yield ex
    ex.shutdown()


def test_create_store_with_passphrase(qtbot, executor, store_path: Path) -> None:
    dialog = UnlockDialog(store_path, executor)
    qtbot.addWidget(dialog)
    assert dialog.creating
    dialog.passphrase_choice.setChecked(True)
    qtbot.keyClicks(dialog.passphrase, "short")
    assert not dialog.ok.isEnabled()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE + "x")
    assert not dialog.ok.isEnabled()  # the two differ
    dialog.repeat.setText(PASSPHRASE)
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.unlocked, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    store: Store = blocker.args[0]
    try:
        assert store.path == store_path.resolve()
        assert store.info.mode == "passphrase"
    finally:
        store.close()


def test_create_store_with_keyring(qtbot, executor, store_path: Path, memory_keyring) -> None:
    dialog = UnlockDialog(store_path, executor)
    qtbot.addWidget(dialog)
    assert dialog.keyring_choice.isChecked()  # the default where the keyring is secure
    with qtbot.waitSignal(dialog.unlocked, timeout=WAIT_MS) as blocker:
        dialog.ok.click()
    blocker.args[0].close()
    assert len([u for (_, u) in memory_keyring.secrets if not u.startswith("path:")]) == 1


def test_wrong_passphrase_is_said_and_retry_works(qtbot, executor, store_path: Path) -> None:
    create_store(store_path, "passphrase", PASSPHRASE).close()
    before = sha256(store_path)
    dialog = UnlockDialog(store_path, executor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "wrong one")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.ok.isEnabled(), timeout=WAIT_MS)
    assert "Wrong passphrase" in dialog.error.text()
    assert dialog.isVisible()
    assert sha256(store_path) == before
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=WAIT_MS) as blocker:
        dialog.ok.click()
    blocker.args[0].close()


def test_passphrase_strength_hint() -> None:
    assert passphrase_strength("abc").strength == Strength.TOO_SHORT
    assert passphrase_strength("aaaaaaaaaaaa").strength == Strength.WEAK
    assert passphrase_strength("abcdefghijkl").strength == Strength.WEAK
    assert passphrase_strength("Tr0mbone-kade-Wolk-42").strength == Strength.STRONG


def test_unlocking_shows_only_the_passphrase_field(qtbot, executor, store_path: Path) -> None:
    """The creation controls (choices, repeat, strength) are not stray boxes over the text."""
    create_store(store_path, "passphrase", PASSPHRASE).close()
    dialog = UnlockDialog(store_path, executor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.isVisible()
    for widget in (
        dialog.repeat,
        dialog.strength,
        dialog.keyring_choice,
        dialog.passphrase_choice,
        dialog.keyring_help,
        dialog.passphrase_help,
    ):
        assert not widget.isVisible()


def test_an_emptied_store_is_shown_as_damaged_not_created(qtbot, executor, store_path) -> None:
    create_store(store_path, "passphrase", PASSPHRASE).close()
    store_path.write_bytes(b"")
    dialog = UnlockDialog(store_path, executor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.creating  # the file exists: it is opened, never made anew
    qtbot.keyClicks(dialog.passphrase, "any passphrase at all")
    dialog.ok.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert "damaged" in dialog.error.text() and "backups" in dialog.error.text()
    assert not dialog.ok.isEnabled()
    assert store_path.stat().st_size == 0
