# Two commands for a fresh checkout: `make run` (start the kiosk in a window) and `make test`.
# Both create .venv themselves. Needs Python 3.11 or newer as python3 (or set PYTHON=...).

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard kiosk/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint translations lupdate screenshots bench package package-test clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

kiosk/i18n/%.qm: kiosk/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(BIN)/kiosk --windowed

test: $(STAMP) translations
	$(BIN)/python -m pytest

# ruff, then the layer contracts in pyproject.toml (import-linter; see docs/architecture.md).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

# Refresh the .ts sources from the code (translators then fill them in with pyside6-linguist).
# kiosk_en.ts holds only English plural forms ("1 error", "2 errors"): -pluralonly.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find kiosk/ui kiosk/app.py kiosk/content -name '*.py') -ts $(filter-out %_en.ts,$(TS))
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $$(find kiosk/ui kiosk/app.py kiosk/content -name '*.py') -ts kiosk/i18n/kiosk_en.ts

screenshots: $(STAMP) translations
	$(BIN)/kiosk --screenshot screenshots

# A PyInstaller one-folder build in dist/cyber-kiosk (see docs/packaging.md; --onefile via packaging/build.py).
package: $(STAMP) translations
	$(BIN)/python packaging/build.py --quiet

# Build, then run the frozen build's --self-test from a read-only copy with a throwaway HOME and XDG dirs.
package-test: package
	$(BIN)/python packaging/smoke_test.py dist/cyber-kiosk

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis .import_linter_cache $(QM)
