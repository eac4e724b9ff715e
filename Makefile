# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARGS   ?= seeds

.PHONY: run test lint fuzz bench clean

# The app alone: a venv with the runtime dependencies.
$(BIN)/parallax: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The app plus the test tools.
$(VENV)/.test-deps: pyproject.toml $(BIN)/parallax
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(BIN)/parallax
	$(BIN)/parallax $(ARGS)

lint: $(VENV)/.test-deps
	$(BIN)/ruff check tui tests bench
	$(BIN)/mypy

test: $(VENV)/.test-deps
	bash scripts/system-deps
	$(BIN)/ruff check tui tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -n 2 --dist loadgroup

# The property tests with fresh random examples, many more than the suite's fixed ones.
fuzz: $(VENV)/.test-deps
	HYPOTHESIS_PROFILE=explore PARALLAX_PROPERTY_SCALE=5 $(BIN)/python -m pytest -n 2 -q \
		tests/test_properties.py tests/test_tui_pane.py tests/test_align.py tests/test_segment.py tests/test_reading.py \
		tests/test_shelf.py tests/test_events.py tests/test_bookmarks.py

$(VENV)/.bench-deps: pyproject.toml $(VENV)/.test-deps
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

bench: $(VENV)/.bench-deps
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
