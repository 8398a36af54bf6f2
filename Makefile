# Two commands on a fresh machine:  make run  (set up, start the app)
#                                   make test (set up, run every check offscreen)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
SOURCES := $(shell find cdo_workshop -name '*.py' 2>/dev/null)

.PHONY: setup run test e2e-test lint translations update-translations benchmark installer installer-test atspi-test clean

setup: $(STAMP) $(QM)

# The venv and the editable install with both extras; redone when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,build]'
	touch $@

# Compiled translations are build output (not committed).
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Re-extract strings from the code into the .ts files (then translate in Qt Linguist).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(SOURCES) -no-obsolete -locations none \
		-ts resources/translations/cdo_workshop_de.ts
	$(BIN)/pyside6-lupdate $(SOURCES) -no-obsolete -locations none -pluralonly \
		-ts resources/translations/cdo_workshop_en.ts

run: setup
	$(BIN)/cdo-workshop

lint: setup
	$(BIN)/ruff check cdo_workshop tests benchmarks tools build_installer.py
	$(BIN)/ruff format --check cdo_workshop tests benchmarks tools build_installer.py
	$(BIN)/mypy

test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto

# The slow end-to-end runs (marked slow): every page pictured and checked for clipping in
# both languages, three sizes and both modes, whole self-test runs, LibreOffice opening and
# printing the documents, PDFBox Preflight on the agreements (about 1½ minutes on 2 cores);
# .ci/run runs them after make test. The installer and AT-SPI runs have their own targets.
e2e-test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto -m slow \
		--ignore tests/test_installer.py --ignore tests/ui/test_atspi.py

benchmark: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/autosave.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/keystroke.py
	$(BIN)/python benchmarks/export.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/export_stall.py
	$(BIN)/python benchmarks/analysis.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/phone_votes.py

# The self-contained app (PyInstaller bundle + package for this OS) in dist/; see README.
installer: setup
	$(BIN)/python build_installer.py

# Builds the bundle and runs its --self-test without the venv (slow: about 2 minutes here;
# `make test` leaves these tests out).
installer-test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow tests/test_installer.py

# The window read by pyatspi over a real AT-SPI bus on its own D-Bus session and Xvfb, as
# Orca reads it (slow: about 15 s; skips without at-spi2-core, python3-pyatspi, xvfb).
atspi-test: setup
	$(BIN)/python -m pytest -m slow tests/ui/test_atspi.py

clean:
	rm -rf $(VENV) build dist $(QM) .pytest_cache .mypy_cache .ruff_cache
