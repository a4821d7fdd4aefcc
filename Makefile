# Quick start: `make run` (the window on a demo commune), `make test` (every test).
# Both create .venv and install what they need on a fresh machine.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= .demo
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: venv run test lint bench translations wheel bundle clean

venv: $(STAMP)

# vietnam-provinces 2026.x carries the old→new commune lineage; it declares Python >= 3.12
# only for its own tooling and runs on 3.11, so it is installed over the declared floor.
# The editable install reads resources/ in place and compiles its .qm there (setup.py).
$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python 'vietnam-provinces==2026.9.0'
	touch $@

translations: $(QM)

# After editing a .ts (the venv only provides lrelease: a newer venv rebuilds nothing).
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: venv translations
	@if [ ! -f $(DEMO_DIR)/commune-it.sqlite3 ]; then \
	  $(BIN)/commune-it --data-dir $(DEMO_DIR) setup --commune 03325 --device-name "Máy văn phòng xã" && \
	  $(BIN)/commune-it --data-dir $(DEMO_DIR) demo; fi
	$(BIN)/commune-it --data-dir $(DEMO_DIR)

# lint-imports checks the layer contracts of pyproject.toml (DESIGN.md's arrows); the tree
# is small enough to build its import graph afresh each time, so no cache folder.
lint: venv
	$(BIN)/ruff check app tests bench
	$(BIN)/lint-imports --no-cache --no-logo

test: venv translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: venv translations
	$(BIN)/python -m bench

# The installable wheel in dist/: resources/ inside the package, its .qm compiled by the
# build itself (setup.py); build/ is removed first so no stale module can slip in.
wheel: venv
	rm -rf build
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

# The one-folder bundle in dist/commune-it/ (installer/commune-it.spec; the same spec builds
# it on Windows, see installer/windows/build.ps1). PyInstaller comes from the optional
# `bundle` dependencies, not the app's own; the translations are compiled first.
bundle: $(VENV)/.bundle-installed translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller installer/commune-it.spec
	@du -sh dist/commune-it

$(VENV)/.bundle-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@

clean:
	rm -rf $(VENV) $(DEMO_DIR) resources/translations/*.qm artifacts build dist
