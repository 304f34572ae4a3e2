"""briefcase.toml is real: merged into pyproject.toml it parses with Briefcase's own parser."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import stage_briefcase  # noqa: E402


def test_briefcase_only_holds_tool_briefcase() -> None:
    with (ROOT / "briefcase.toml").open("rb") as f:
        data = tomllib.load(f)
    assert list(data) == ["tool"] and list(data["tool"]) == ["briefcase"]


@pytest.mark.parametrize(
    ("platform", "fmt"), [("linux", "system"), ("windows", "app"), ("macOS", "app")]
)
def test_merged_config_parses_with_briefcase(tmp_path: Path, platform: str, fmt: str) -> None:
    from briefcase.config import parse_config
    from briefcase.console import Console

    pyproject = stage_briefcase.stage(tmp_path / "stage")
    global_config, app_configs = parse_config(
        pyproject, platform=platform, output_format=fmt, console=Console()
    )
    app = app_configs["desk"]
    assert global_config["bundle"] == "nl.minbuza"
    assert app["formal_name"] == "Desk"
    assert app["sources"] == ["desk"]
    assert any(r.startswith("sqlcipher3-wheels") for r in app["requires"])
    # the staged copy really carries the sources Briefcase will package
    for source in app["sources"]:
        assert (tmp_path / "stage" / source).is_dir()
    # and the project metadata survived the merge
    merged = tomllib.loads(pyproject.read_text())
    assert merged["project"]["name"] == "desk"


def test_icon_files_exist() -> None:
    with (ROOT / "briefcase.toml").open("rb") as f:
        icon = tomllib.load(f)["tool"]["briefcase"]["app"]["desk"]["icon"]
    assert list((ROOT).glob(icon + "*.png")) or list((ROOT).glob(icon + "-*.png"))
