# Doorstroommonitor Noord-Veluwe — the two newcomer commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DB_FILE := data/doorstroommonitor.sqlite
PORT ?= 8501

.PHONY: run test test-fast bench lint demo-data clean-db

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

## Start the app on the embedded SQLite database; demo data is loaded once, on first start.
run: $(VENV)/.installed
	@if [ -z "$$DATABASE_URL" ] && [ ! -f $(DB_FILE) ]; then $(PY) -m data_access seed-demo; fi
	$(PY) -m ui.serve app.py --server.port $(PORT) --server.address 127.0.0.1 \
		--server.headless true --browser.gatherUsageStats false

## The whole test suite (PostgreSQL cases run when TEST_DATABASE_URL is set; browser tests when Chromium is present).
test: $(VENV)/.installed
	$(PY) -m pytest

## Everything except the browser tests.
test-fast: $(VENV)/.installed
	$(PY) -m pytest -m "not e2e"

bench: $(VENV)/.installed
	$(PY) -m bench

## The house rules as checks (.ci/run runs this before the tests): style, formatting, layers, types
## (mypy: domain/ and data_access/, configured in pyproject.toml).
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

## Regenerate the demo workbooks (deterministic).
demo-data: $(VENV)/.installed
	$(PY) -m sample_data.generate

clean-db:
	rm -f data/doorstroommonitor.sqlite*
