# make demo / make test on a fresh machine: both create .venv from pyproject.toml when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean browser

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/caibao demo

test: $(STAMP) browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_check.py
	$(BIN)/python benchmarks/bench_check.py --conformance

# Headless Chromium and CJK fonts for tests/test_browser.py: Debian packages, installed when
# missing (CI runs as root); no browser download by a test tool.
browser:
	@if command -v chromium >/dev/null 2>&1 && fc-list :lang=zh family | grep -q .; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null; \
	else echo "make browser: run as root to install chromium and fonts-noto-cjk (apt-get)"; fi

clean:
	rm -rf $(VENV) .pytest_cache build dist
