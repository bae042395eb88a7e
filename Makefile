# Set-up, run and test on a fresh machine: `make run`, `make test`. Everything installs into .venv.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
SOURCES := $(shell find desktop -name '*.py' 2>/dev/null)

.PHONY: run run-demo test lint bench bench-sync bench-server translations update-translations stored-tables screenshots clean dist smoke-dist

run: $(STAMP) $(QM)
	@if [ -z "$${QT_QPA_PLATFORM:-}" ]; then tools/qt-runtime-deps.sh gui; fi
	$(PY) -m desktop

# The program on a fresh vault of fictional citizens in a temporary folder (password: demo-adgangskode).
run-demo: $(STAMP) $(QM)
	@if [ -z "$${QT_QPA_PLATFORM:-}" ]; then tools/qt-runtime-deps.sh gui; fi
	@d=$$(mktemp -d -t casenotes-demo-XXXXXX) && \
	printf 'demo-adgangskode\n' | $(PY) -m desktop --data-dir "$$d" init --password-stdin >/dev/null && \
	printf 'demo-adgangskode\n' | $(PY) -m desktop --data-dir "$$d" demo --citizens 60 --notes 1200 --password-stdin && \
	echo "Demo vault in $$d; password: demo-adgangskode" && \
	$(PY) -m desktop --data-dir "$$d"

test: $(STAMP) $(QM)
	tools/qt-runtime-deps.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The performance harness on a large fictional caseload (not part of `make test`): startup, first paint,
# open citizen, search, filter, write, sync and memory, each beside its target; exit 1 when one is missed.
# JSON in benchmarks/results/latest.json. `make bench BENCH_ARGS=--quick` for the small caseload;
# `make bench BENCH_ARGS=--large` for the second tier (5,000 citizens, 1,000,000 notes; not in CI).
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.bench $(BENCH_ARGS)

# Sync speed on the large fictional caseload (not part of `make test`); figures in benchmarks/results/.
bench-sync: $(STAMP)
	$(PY) -m benchmarks.bench_sync

# The sync server under load (not part of `make test`): casenotes-server --workers 4 on a throwaway
# PostgreSQL, 500 simulated computers pushing and pulling for 60 s (locust, the `bench` extra, installed
# here). Throughput, p50/p99 per request and errors; JSON in benchmarks/results/server.json; exit 1 on any
# error. `make bench-server BENCH_ARGS=--quick` for 50 computers and 15 s; `BENCH_ARGS="--users 200 --seconds 120"`.
bench-server: $(STAMP) $(VENV)/.installed-bench
	$(PY) -m benchmarks.bench_server $(BENCH_ARGS)

$(VENV)/.installed-bench: pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	touch $@

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found %s)" % sys.version.split()[0])'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,server,dist]'
	touch $(STAMP)

# Compiled translations are build output (.qm, not committed); the .ts files are the source.
translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts catalogues from the source after changing user-visible strings. New English entries
# read as their source; plurals (%n) and every Danish entry wait for a person (the tests say which).
update-translations: $(STAMP)
	@mkdir -p .cache && for ts in $(TS); do cp $$ts .cache/$$(basename $$ts).before; done
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $(SOURCES) -ts $(TS)
	for ts in $(TS); do $(PY) tools/carry_translations.py $$ts .cache/$$(basename $$ts).before; done
	$(PY) tools/english_catalogue.py resources/i18n/casenotes_en.ts
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none $(SOURCES) -ts resources/i18n/casenotes_en.ts

# The stored tables' columns as the repositories read them, written from the SQLModel tables (run after
# changing desktop/storage/records/tables.py; a test says when it is due).
stored-tables: $(STAMP)
	$(PY) tools/write_stored_tables.py
	$(VENV)/bin/ruff format --quiet desktop/storage/records/stored_tables.py

# The main screens on a fictional demo vault, rendered offscreen in Danish and English (and a few at 200 %
# scaling and in the dark colour scheme) to docs/screenshots/; the README shows them.
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --out docs/screenshots

# The packaged program: one folder, dist/casenotes (build.spec), then its smoke run (tools/smoke_bundle.py).
dist: $(STAMP) $(QM)
	tools/build-deps.sh
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec
	$(MAKE) --no-print-directory smoke-dist

# The smoke run alone, of the bundle already in dist/casenotes: headless, in a temporary folder.
smoke-dist: $(STAMP)
	tools/qt-runtime-deps.sh
	$(PY) tools/smoke_bundle.py dist/casenotes
	@du -sh dist/casenotes

clean:
	rm -rf build dist resources/i18n/*.qm .pytest_cache .ruff_cache
