# The two commands of the quick start: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Only PyPI: ignore machine-wide pip config (extra indexes, local wheel folders).
PIP    := PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test lint lock install install-dev bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Runtime dependencies, pinned in requirements.lock; the package itself editable.
$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps -e .
	touch $@

# Test and lint tools on top (requirements-dev.lock is a superset of requirements.lock).
$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(PIP) install -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/tradelead demo

test: install-dev lint
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Regenerate the lock files after changing dependencies in pyproject.toml.
lock:
	$(PIP) install uv
	$(BIN)/uv pip compile pyproject.toml -o requirements.lock --python-version 3.11 \
		--index-url https://pypi.org/simple --no-header -q
	$(BIN)/uv pip compile pyproject.toml --extra test -o requirements-dev.lock \
		--python-version 3.11 --index-url https://pypi.org/simple --no-header -q

bench: install-dev
	$(MAKE) -C bench

clean:
	rm -rf $(VENV) tradelead-demo .pytest_cache .mypy_cache .ruff_cache *.egg-info
