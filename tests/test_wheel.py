"""A wheel built with `pip wheel .` carries Desk whole: installed into a fresh virtual
environment, its `desk` command creates a demo store and lists it (issue 12)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _source_copy(target: Path) -> Path:
    """The committed and working-tree files, without build leftovers or the venv."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        src = ROOT / name
        if src.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / name)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = _source_copy(tmp_path_factory.mktemp("src"))
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(src)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("desk-*.whl")
    return found


def test_the_wheel_holds_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "desk/resources/reference/chpi_hs_codes.csv",
        "desk/resources/demo/public_signals.csv",
        "desk/resources/fonts/DejaVuSans.ttf",
        "desk/store/migrations/versions/0001_store_core.py",
    ):
        assert needed in names


def test_installed_wheel_runs_init_demo_and_list(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    site = Path(
        subprocess.run(
            [
                str(bindir / "python"),
                "-c",
                "import sysconfig; print(sysconfig.get_path('purelib'))",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # Desk's dependencies come from the test environment (a path entry does not run that
    # environment's .pth files, so its editable Desk stays out); Desk itself from the wheel.
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(bindir / "python"), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DESK_DB")},
        "DESK_PASSPHRASE": "wheel test passphrase",
        "QT_QPA_PLATFORM": "offscreen",
    }

    def desk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bindir / "desk"), "--db", str(tmp_path / "w.db"), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,  # not the checkout: nothing may come from the source tree
            timeout=600,
        )

    where = subprocess.run(
        [str(bindir / "python"), "-c", "import desk.paths as p; print(p.resources_dir())"],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=True,
    ).stdout.strip()  # fmt: skip
    assert where.startswith(str(site))
    init = desk("init", "--demo")
    assert init.returncode == 0, init.stderr
    listed = desk("signals", "list", "--limit", "5")
    assert listed.returncode == 0, listed.stderr
    assert "observed" in listed.stdout and len(listed.stdout.splitlines()) >= 4
