"""The Dutch catalogue: complete, faithful to its sources' placeholders, up to date with the
code, written in the unit's words, and actually shown by the app."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "desk" / "resources" / "translations" / "desk_nl.ts"
TOOLS = Path(sys.executable).parent
RUN_MAKE = "run `make translations` and translate what it marks unfinished"
# %1, %L1, %n, {name} — what Qt's arg()/%n or str.format fill in; any change loses a value.
PLACEHOLDER = re.compile(r"%L?\d|%n|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


def messages(path: Path = TS) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def where(context: str, message: ET.Element) -> str:
    loc = message.find("location")
    place = f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else "?"
    return f"[{context}] {message.findtext('source')!r} ({place})"


def test_every_string_has_a_finished_dutch_translation() -> None:
    missing = [
        where(c, m)
        for c, m in messages()
        if (m.find("translation").get("type") in ("unfinished", "vanished", "obsolete"))
        or not all(t.strip() for t in translations(m))
    ]
    assert not missing, f"{len(missing)} string(s) without Dutch ({RUN_MAKE}):\n" + "\n".join(
        missing[:40]
    )


def test_translations_keep_every_placeholder_and_plural_form() -> None:
    wrong = []
    for context, message in messages():
        wanted = sorted(PLACEHOLDER.findall(message.findtext("source") or ""))
        forms = translations(message)
        if message.get("numerus") == "yes" and len(forms) != 2:
            wrong.append(f"{where(context, message)}: {len(forms)} plural form(s), Dutch has 2")
        for form in forms:
            if form and sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"{where(context, message)}: {form!r} has other placeholders")
    assert not wrong, "\n".join(wrong[:40])


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """What `make translations` would extract now: nothing new, nothing gone."""
    lupdate = TOOLS / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "translations" / TS.name
    copy.parent.mkdir()
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desk" / "ui").rglob("*.py"))
    # lupdate writes paths relative to the .ts; run it where the committed file lives so the
    # locations match, but into the copy.
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(c, m.findtext("source") or "") for c, m in messages(path)}

    new = keys(copy) - keys(TS)
    gone = keys(TS) - keys(copy)
    assert not new and not gone, (
        f"the catalogue is out of date ({RUN_MAKE}): new {sorted(new)[:20]}, "
        f"no longer in the code {sorted(gone)[:20]}"
    )


def test_dutch_uses_the_units_words() -> None:
    """sanctieomzeiling, never 'ontwijking' (avoidance, a different thing): the glossary."""
    wrong = [
        where(c, m)
        for c, m in messages()
        if any(re.search(r"ontwijk", t, re.IGNORECASE) for t in translations(m))
    ]
    assert not wrong, "\n".join(wrong)


# -- the app in Dutch ------------------------------------------------------------------------------
def english_sources() -> dict[str, str]:
    """Every English source text (accelerators dropped) whose Dutch differs."""
    out = {}
    for _context, message in messages():
        source = (message.findtext("source") or "").replace("&", "")
        dutch = translations(message)[0].replace("&", "")
        if source.strip() and dutch and source != dutch and "%" not in source and "{" not in source:
            out[source] = dutch
    return out


def shown_texts(root) -> set[str]:
    """What a user reads in ``root``: titles, labels, buttons, menus, tabs, headers."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QTabWidget,
        QWidget,
    )

    texts = {root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QMenu):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts.update(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            )
        for action in widget.actions():
            texts.add(action.text())
        texts.add(widget.toolTip())
    return {t.replace("&", "").strip() for t in texts if t}


def test_the_main_window_speaks_dutch(qtbot, dutch, open_app) -> None:
    from desk.services.demo import load_demo

    controller = open_app(load_demo)
    window = controller.window
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[:2] == ["Bestand", "Bewerken"]
    assert "Help" in menus
    left = {
        text: english_sources()[text] for text in shown_texts(window) if text in english_sources()
    }
    assert not left, f"English left in the Dutch main window: {left}"


def test_no_tr_call_hides_where_lupdate_cannot_see_it() -> None:
    """lupdate's Python parser skips calls inside f-strings: such a text is never extracted and
    stays English. Put the translated text in a variable first."""
    import ast

    hidden = []
    for path in sorted((ROOT / "desk" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    name = getattr(inner.func, "attr", None) or getattr(inner.func, "id", None)
                    text_at = 1 if name == "translate" else 0  # translate(context, text)
                    args = inner.args[text_at : text_at + 1]
                    literal = any(
                        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
                    )
                    if name in ("tr", "translate") and literal:
                        hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not hidden, "tr() inside an f-string (never extracted):\n" + "\n".join(hidden)


def test_no_dutch_text_in_the_code_says_ontwijking() -> None:
    """The documents' Dutch (desk/reports, the standing agenda items) follows the glossary too."""
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "desk").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "ontwijk" in line.lower()
    ]
    assert not found, found


def test_tr_is_called_on_self_only() -> None:
    """``other.tr("…")`` is translated in other's class at run time but filed by lupdate under
    the variable's name ("parent"): the Dutch is never found."""
    import ast

    wrong = []
    for path in sorted((ROOT / "desk" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
            ):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong, "tr() on another object (use QCoreApplication.translate):\n" + "\n".join(
        wrong
    )
