# Two ways in: `make run` (the app on a demo store) and `make test` (the whole suite, headless).
# Everything else is for developers.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= .demo/desk-demo.db
DEMO_PASSPHRASE ?= demo

.PHONY: run test bench lint format package clean demo translations

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

run: $(STAMP) $(DEMO_DB)
	@echo "Opening Desk on the demo store $(DEMO_DB) — its passphrase is: $(DEMO_PASSPHRASE)"
	$(BIN)/desk gui --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/ruff check desk tests bench tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check desk tests bench tools
	$(BIN)/ruff format --check desk tests bench tools

format: $(STAMP)
	$(BIN)/ruff format desk tests bench tools
	$(BIN)/ruff check --fix desk tests bench tools

# Briefcase reads only pyproject.toml; tools/stage_briefcase.py merges briefcase.toml into a
# staged copy so the settings live in their own file.
package: $(STAMP)
	$(BIN)/python tools/stage_briefcase.py build/briefcase-stage
	cd build/briefcase-stage && ../../$(BIN)/briefcase package --no-input

clean:
	rm -rf build dist .pytest_cache .ruff_cache *.egg-info

# Extract every tr() string into desk/resources/translations/desk_nl.ts (for Qt Linguist), and
# compile finished translations to .qm files the app loads.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find desk/ui -name '*.py' | sort) -ts desk/resources/translations/desk_nl.ts
	$(BIN)/pyside6-lrelease desk/resources/translations/desk_nl.ts -qm desk/resources/translations/desk_nl.qm
