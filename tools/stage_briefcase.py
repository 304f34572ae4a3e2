"""Stage a copy of the project whose pyproject.toml carries briefcase.toml's settings.

Briefcase reads its configuration only from ``[tool.briefcase]`` in ``pyproject.toml``; we keep
the packaging settings in ``briefcase.toml`` so the project metadata stays readable. This merges
the two (briefcase.toml wins on conflicts) into a staged copy that ``make package`` hands to
Briefcase.

    python tools/stage_briefcase.py STAGE_DIR
"""

from __future__ import annotations

import shutil
import sys
import tomllib
from pathlib import Path

import tomli_w

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("desk", "tests", "README.md", "LICENSE")


def deep_merge(base: dict, extra: dict) -> dict:
    """Merge ``extra`` into a copy of ``base``; nested tables merge, other values replace."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def merged_pyproject(root: Path = ROOT) -> dict:
    with (root / "pyproject.toml").open("rb") as f:
        pyproject = tomllib.load(f)
    with (root / "briefcase.toml").open("rb") as f:
        briefcase = tomllib.load(f)
    if set(briefcase) != {"tool"} or set(briefcase["tool"]) != {"briefcase"}:
        raise ValueError("briefcase.toml may only hold [tool.briefcase] tables")
    return deep_merge(pyproject, briefcase)


def stage(target: Path, root: Path = ROOT) -> Path:
    """Copy the project into ``target`` with the merged pyproject.toml; return its path."""
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
    pyproject.write_bytes(tomli_w.dumps(merged_pyproject(root)).encode())
    return pyproject


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(stage(Path(sys.argv[1]).resolve()))
