# Two ways in: `make run` (the app on a demo store) and `make test` (the whole suite, headless).
# Everything else is for developers.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= .demo/desk-demo.db
DEMO_PASSPHRASE ?= demo
TS := desk/resources/translations/desk_nl.ts
QM := desk/resources/translations/desk_nl.qm

.PHONY: run test bench lint format package package-check clean demo translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Desk needs Python 3.11 or newer (found %s)" % sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The demo store is created once (passphrase "demo"); delete .demo/ to start again.
$(DEMO_DB): | $(STAMP)
	DESK_PASSPHRASE=$(DEMO_PASSPHRASE) $(BIN)/desk --db $(DEMO_DB) init --demo

demo: $(DEMO_DB)

# The Dutch catalogue is compiled when it changes; the app loads the .qm (not kept in git).
$(QM): $(TS) | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

run: $(STAMP) $(QM) $(DEMO_DB)
	@echo "Opening Desk on the demo store $(DEMO_DB) — its passphrase is: $(DEMO_PASSPHRASE)"
	$(BIN)/desk gui --db $(DEMO_DB)

test: $(STAMP) $(QM)
	tools/ensure_postgresql.sh
	$(BIN)/ruff check desk tests bench tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# ruff, the import contracts (layers, Qt only in the UI, no SQL in the UI; in pyproject.toml)
# and mypy --strict over models, store and services.
lint: $(STAMP)
	$(BIN)/ruff check desk tests bench tools
	$(BIN)/ruff format --check desk tests bench tools
	$(BIN)/lint-imports
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format desk tests bench tools
	$(BIN)/ruff check --fix desk tests bench tools

# Packaging. Briefcase reads only pyproject.toml; tools/stage_briefcase.py merges briefcase.toml
# into a staged copy (with requires generated from [project].dependencies). A Linux system
# package must be built by Briefcase running under the system Python (Debian's python3), so
# Briefcase gets its own venv made with that Python, apart from .venv. BRIEFCASE_TEMPLATE names
# a local copy of Briefcase's template for machines without internet; unset, Briefcase clones
# its own.
SYSTEM_PYTHON      ?= /usr/bin/python3
BRIEFCASE_VENV     ?= build/briefcase-venv
BRIEFCASE_STAMP    := $(BRIEFCASE_VENV)/.installed
BRIEFCASE_STAGE    ?= build/briefcase-stage
BRIEFCASE_TEMPLATE ?=

$(BRIEFCASE_STAMP): pyproject.toml
	@$(SYSTEM_PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "make package: $(SYSTEM_PYTHON) cannot make a virtual environment." >&2; \
	  echo "On Debian/Ubuntu install python3-venv: sudo apt-get install python3-venv" >&2; \
	  echo "(elsewhere name the Python that runs Briefcase: make package SYSTEM_PYTHON=...)" >&2; \
	  exit 1; }
	test -x $(BRIEFCASE_VENV)/bin/python || $(SYSTEM_PYTHON) -m venv $(BRIEFCASE_VENV)
	$(BRIEFCASE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BRIEFCASE_VENV)/bin/python tools/stage_briefcase.py --package-requirements \
	  > $(BRIEFCASE_VENV)/requirements.txt
	$(BRIEFCASE_VENV)/bin/python -m pip install --quiet -r $(BRIEFCASE_VENV)/requirements.txt
	@touch $(BRIEFCASE_STAMP)

# Builds the installer for this system (on Linux a .deb) into dist/.
package: $(BRIEFCASE_STAMP) $(QM) CHANGELOG.md
	BRIEFCASE_TEMPLATE="$(BRIEFCASE_TEMPLATE)" \
	  $(BRIEFCASE_VENV)/bin/python tools/stage_briefcase.py $(BRIEFCASE_STAGE)
	cd $(BRIEFCASE_STAGE) && $(abspath $(BRIEFCASE_VENV))/bin/briefcase package --no-input
	mkdir -p dist && cp $(BRIEFCASE_STAGE)/dist/* dist/
	@ls -sh $(BRIEFCASE_STAGE)/dist/*

# Manual check, not part of `make test` (it takes minutes): builds the .deb, installs it (as
# root with dpkg -i, otherwise unpacked with dpkg-deb -x), runs the installed desk and takes a
# screenshot of its window under Xvfb (build/package-check/shot.png).
package-check: package
	tools/package_check.sh $(BRIEFCASE_STAGE)/dist/*.deb build/package-check

clean:
	rm -rf build dist .pytest_cache .ruff_cache *.egg-info

# Extract every tr() string into desk/resources/translations/desk_nl.ts (for Qt Linguist), and
# compile finished translations to .qm files the app loads.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find desk/ui -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)
