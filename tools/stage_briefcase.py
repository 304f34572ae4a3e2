"""Stage a copy of the project whose pyproject.toml carries briefcase.toml's settings.

Briefcase reads its configuration only from ``[tool.briefcase]`` in ``pyproject.toml``; we keep
the packaging settings in ``briefcase.toml`` so the project metadata stays readable. This merges
the two (briefcase.toml wins on conflicts) into a staged copy that ``make package`` hands to
Briefcase. The app's ``requires`` and ``test_requires`` are generated here from
``[project].dependencies`` and the ``test`` extra, so there is one list of dependencies; only
what differs per platform stays in briefcase.toml.

If the environment variable ``BRIEFCASE_TEMPLATE`` names a template (a local folder, e.g. the
vendored copy of Briefcase's Linux system template, or a URL), the staged config uses it;
otherwise Briefcase uses its own default, which it clones from the internet.

    python tools/stage_briefcase.py STAGE_DIR
    python tools/stage_briefcase.py --package-requirements   # what Briefcase's venv needs
"""

from __future__ import annotations

import os
import shutil
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

# packaging and tomli_w are imported where they are used: --package-requirements runs in the
# fresh venv before they are installed.

ROOT = Path(__file__).resolve().parent.parent
APP = "desk"
TEMPLATE_ENV = "BRIEFCASE_TEMPLATE"
COPIED = ("desk", "tests", "README.md", "LICENSE", "CHANGELOG.md")

# Briefcase apps install the two wheels PySide6 is made of rather than its meta-package (as
# Briefcase's own PySide6 template does); same version constraints and markers.
BRIEFCASE_NAMES = {"pyside6": ("pyside6-essentials", "pyside6-addons")}


def deep_merge(base: dict, extra: dict) -> dict:
    """Merge ``extra`` into a copy of ``base``; nested tables merge, other values replace."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def briefcase_requires(dependencies: list[str]) -> list[str]:
    """The project's dependencies as Briefcase should install them (see ``BRIEFCASE_NAMES``)."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    requires = []
    for dependency in dependencies:
        requirement = Requirement(dependency)
        names = BRIEFCASE_NAMES.get(canonicalize_name(requirement.name))
        if names is None:
            requires.append(dependency)
            continue
        for name in names:
            renamed = Requirement(dependency)
            renamed.name = name
            requires.append(str(renamed))
    return requires


def template_from_env(environ: Mapping[str, str] = os.environ) -> str | None:
    """The template named by ``BRIEFCASE_TEMPLATE``: a URL as it is, a folder as an absolute
    path (the staged copy lives elsewhere); None when unset, so Briefcase uses its default."""
    value = environ.get(TEMPLATE_ENV, "").strip()
    if not value:
        return None
    if "://" in value or value.startswith("git@"):
        return value
    folder = Path(value).expanduser().resolve()
    if not (folder / "cookiecutter.json").is_file():
        raise ValueError(
            f"{TEMPLATE_ENV}={value}: no Briefcase template there (no cookiecutter.json)"
        )
    return str(folder)


def merged_pyproject(root: Path = ROOT, template: str | None = None) -> dict:
    with (root / "pyproject.toml").open("rb") as f:
        pyproject = tomllib.load(f)
    with (root / "briefcase.toml").open("rb") as f:
        briefcase = tomllib.load(f)
    if set(briefcase) != {"tool"} or set(briefcase["tool"]) != {"briefcase"}:
        raise ValueError("briefcase.toml may only hold [tool.briefcase] tables")
    app_settings = briefcase["tool"]["briefcase"].get("app", {}).get(APP, {})
    for generated in ("requires", "test_requires"):
        if generated in app_settings:
            raise ValueError(
                f"briefcase.toml: [tool.briefcase.app.{APP}].{generated} is generated from "
                "pyproject.toml; put only platform-specific ones in briefcase.toml"
            )
    merged = deep_merge(pyproject, briefcase)
    project = merged["project"] = dict(merged["project"])
    app = merged["tool"]["briefcase"]["app"][APP]
    app["requires"] = briefcase_requires(project.pop("dependencies", []))
    # Briefcase (0.4 on) would also add [project]'s dependencies and test extra to requires and
    # test_requires by itself: they are moved, not copied, so nothing is installed twice.
    extras = dict(project.pop("optional-dependencies", {}))
    app["test_requires"] = list(extras.get("test", []))
    if template is not None:
        app["template"] = template
    return merged


def package_requirements(root: Path = ROOT) -> list[str]:
    """The ``package`` extra: what the venv that runs Briefcase needs (pinned there)."""
    with (root / "pyproject.toml").open("rb") as f:
        return list(tomllib.load(f)["project"]["optional-dependencies"]["package"])


def stage(target: Path, root: Path = ROOT, template: str | None = None) -> Path:
    """Copy the project into ``target`` with the merged pyproject.toml; return its path."""
    import tomli_w

    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
    for name in COPIED:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, target / name, ignore=ignore)
        elif src.exists():
            shutil.copy2(src, target / name)
    pyproject = target / "pyproject.toml"
    pyproject.write_bytes(tomli_w.dumps(merged_pyproject(root, template)).encode())
    return pyproject


if __name__ == "__main__":
    if sys.argv[1:] == ["--package-requirements"]:
        print("\n".join(package_requirements()))
    elif len(sys.argv) == 2 and not sys.argv[1].startswith("-"):
        try:
            template = template_from_env()
        except ValueError as error:
            sys.exit(str(error))
        print(stage(Path(sys.argv[1]).resolve(), template=template))
    else:
        sys.exit(__doc__)
