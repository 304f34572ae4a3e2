"""briefcase.toml is real: merged into pyproject.toml it parses with Briefcase's own parser, and
Briefcase installs exactly the project's dependencies (issue 12)."""

from __future__ import annotations

import shutil
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import stage_briefcase  # noqa: E402


def _toml(path: Path) -> dict:
    with path.open("rb") as f:
        return tomllib.load(f)


def _parse(pyproject: Path, platform: str, fmt: str) -> tuple[dict, dict]:
    from briefcase.config import parse_config
    from briefcase.console import Console

    global_config, app_configs = parse_config(
        pyproject, platform=platform, output_format=fmt, console=Console()
    )
    return global_config, app_configs["desk"]


def test_briefcase_only_holds_tool_briefcase() -> None:
    data = _toml(ROOT / "briefcase.toml")
    assert list(data) == ["tool"] and list(data["tool"]) == ["briefcase"]


@pytest.mark.parametrize(
    ("platform", "fmt"), [("linux", "system"), ("windows", "app"), ("macOS", "app")]
)
def test_merged_config_parses_with_briefcase(tmp_path: Path, platform: str, fmt: str) -> None:
    pyproject = stage_briefcase.stage(tmp_path / "stage")
    global_config, app = _parse(pyproject, platform, fmt)
    project = _toml(ROOT / "pyproject.toml")["project"]
    assert global_config["bundle"] == "nl.minbuza"
    assert app["formal_name"] == "Desk"
    assert app["version"] == project["version"]
    assert app["sources"] == ["desk"]
    # without BRIEFCASE_TEMPLATE Briefcase uses its own default template
    assert app.get("template") is None
    # the staged copy really carries the sources Briefcase will package, and the changelog
    # a Linux system package needs
    for source in app["sources"]:
        assert (tmp_path / "stage" / source).is_dir()
    assert (tmp_path / "stage" / "CHANGELOG.md").is_file()
    # and the project metadata survived the merge
    merged = tomllib.loads(pyproject.read_text())
    assert merged["project"]["name"] == "desk"


@pytest.mark.parametrize(
    ("platform", "fmt"), [("linux", "system"), ("windows", "app"), ("macOS", "app")]
)
def test_briefcase_installs_the_projects_dependencies(
    tmp_path: Path, platform: str, fmt: str
) -> None:
    """One list: what Briefcase installs is [project].dependencies (PySide6 as its two wheels),
    each once, plus only the platform's own additions from briefcase.toml."""
    _, app = _parse(stage_briefcase.stage(tmp_path / "stage"), platform, fmt)
    pyproject = _toml(ROOT / "pyproject.toml")["project"]
    platform_table = _toml(ROOT / "briefcase.toml")["tool"]["briefcase"]["app"]["desk"][platform]
    extra = platform_table.get("requires", []) + platform_table.get(fmt, {}).get("requires", [])

    expected = []
    for dependency in pyproject["dependencies"]:
        if Requirement(dependency).name.lower() == "pyside6":
            expected += [
                dependency.replace("pyside6", name, 1)
                for name in ("pyside6-essentials", "pyside6-addons")
            ]
        else:
            expected.append(dependency)
    assert [str(Requirement(r)) for r in app["requires"]] == [
        str(Requirement(r)) for r in expected + extra
    ]
    assert app["test_requires"] == pyproject["optional-dependencies"]["test"]


def test_pyside6_maps_to_its_wheels_keeping_constraints_and_markers() -> None:
    assert stage_briefcase.briefcase_requires(
        ["PySide6[x]>=6.6,!=6.12.0; python_version >= '3.11'", "reportlab[accel]>=4.0"]
    ) == [
        'pyside6-essentials[x]!=6.12.0,>=6.6; python_version >= "3.11"',
        'pyside6-addons[x]!=6.12.0,>=6.6; python_version >= "3.11"',
        "reportlab[accel]>=4.0",
    ]


def test_app_requires_in_briefcase_toml_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", root / "pyproject.toml")
    text = (ROOT / "briefcase.toml").read_text()
    text = text.replace('test_sources = ["tests"]', 'test_sources = ["tests"]\nrequires = ["x"]')
    (root / "briefcase.toml").write_text(text)
    with pytest.raises(ValueError, match="generated from"):
        stage_briefcase.merged_pyproject(root)


def test_template_comes_from_the_environment_only(tmp_path: Path) -> None:
    template = tmp_path / "tpl"
    template.mkdir()
    (template / "cookiecutter.json").write_text("{}")
    found = stage_briefcase.template_from_env({"BRIEFCASE_TEMPLATE": str(template)})
    assert found == str(template.resolve())

    _, app = _parse(stage_briefcase.stage(tmp_path / "stage", template=found), "linux", "system")
    assert app["template"] == found

    assert stage_briefcase.template_from_env({}) is None
    assert stage_briefcase.template_from_env({"BRIEFCASE_TEMPLATE": " "}) is None
    url = "https://example.org/briefcase-linux-system-template.git"
    assert stage_briefcase.template_from_env({"BRIEFCASE_TEMPLATE": url}) == url
    with pytest.raises(ValueError, match="no Briefcase template"):
        stage_briefcase.template_from_env({"BRIEFCASE_TEMPLATE": str(tmp_path)})


def test_no_placeholder_addresses() -> None:
    for name in ("pyproject.toml", "briefcase.toml"):
        assert "example.invalid" not in (ROOT / name).read_text()


def test_package_requirements_pin_briefcase() -> None:
    pins = [Requirement(r) for r in stage_briefcase.package_requirements()]
    (briefcase,) = [r for r in pins if r.name == "briefcase"]
    assert str(briefcase.specifier).startswith("==")


def test_icon_files_exist() -> None:
    icon = _toml(ROOT / "briefcase.toml")["tool"]["briefcase"]["app"]["desk"]["icon"]
    assert list((ROOT).glob(icon + "*.png")) or list((ROOT).glob(icon + "-*.png"))
