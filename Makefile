# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BYTECODE := $(VENV)/.bytecode
SOURCES := $(shell find crawler pipelines sandbox -name '*.py')
SITE ?= mina
EDITION ?= id
ARGS ?=

.PHONY: demo test fuzz bench crawl install schema clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,bench,deploy]'
	touch $(STAMP)

# The project's bytecode, written again whenever a module changes. An editable install leaves it to the first
# import, and where PYTHONDONTWRITEBYTECODE is set (containers, CI) nothing ever writes it: every process (each
# scheduled poll, each parsing worker) would compile the project's modules again, ~0.1 s of CPU at its start.
$(BYTECODE): $(STAMP) $(SOURCES)
	$(BIN)/python -m compileall -q crawler pipelines sandbox
	touch $@

install: $(BYTECODE)

## For each site: start its local sandbox, crawl it, print a summary, stop (writes below output/demo/).
demo: $(BYTECODE)
	$(BIN)/python -m crawler.demo

## Run the whole test suite (unit, property and end-to-end tests).
test: $(BYTECODE)
	$(BIN)/python -m pytest $(ARGS)

## Long fuzzing run of the parsers (FUZZ_EXAMPLES=100000 make fuzz; CI runs a few hundred per parser).
fuzz: $(BYTECODE)
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-20000} $(BIN)/python -m pytest tests/fuzz -q $(ARGS)

## Benchmarks, each against its peer in one run: crawl throughput, idle poll start-up, date parsing, extraction
## (sandbox and real pages), state size, dataset memory, and crawl memory at 10k/50k/100k articles (~20 minutes).
bench: $(BYTECODE)
	$(BIN)/python bench/bench_crawl.py
	$(BIN)/python bench/bench_poll.py
	$(BIN)/python bench/bench_dates.py
	$(BIN)/python bench/bench_hostile.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_real_pages.py
	$(BIN)/python bench/bench_state.py
	$(BIN)/python bench/bench_dataset.py
	$(BIN)/python bench/bench_memory.py

## Crawl a real site (SITE=mina|..., EDITION=id|en|ar|all; `scrapy list` shows the sites).
crawl: $(BYTECODE)
	$(BIN)/scrapy crawl $(SITE) -a edition=$(EDITION) $(ARGS)

## Rewrite crawler/article.schema.json from crawler/schema.py.
schema: $(BYTECODE)
	$(BIN)/python -m crawler.schema > /dev/null

## Remove the demo's crawl data (run files, state, reports: all of output/demo) and test caches.
## Real crawls under output/<site>/ are left alone: delete them with their state (`output/state/`) or not at all.
clean:
	rm -rf output/demo .pytest_cache .hypothesis
