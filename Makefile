# govlens: `make demo` builds the corpus and prints both countries' cards; `make test` runs every
# test. Both install what they need on a fresh machine (idempotently).
CARGO   ?= cargo
GOVLENS  = $(CARGO) run --quiet --locked -p govlens-ingest --bin govlens --
CORPUS   = dist/govlens.corpus
SOURCES  = corpus/manifest.toml $(wildcard corpus/sources/*.txt)
RUST_SRC = $(shell find crates -name '*.rs' -o -name Cargo.toml) Cargo.lock

.PHONY: all demo test bench corpus toolchain wasm-check clean

all: corpus

# The wasm target: `core` must build for the browser. rustup's own registry, no other download.
toolchain:
	@if command -v rustup >/dev/null 2>&1; then \
	  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown; \
	else echo "rustup not found: skipping the wasm32 target (core's wasm build is not checked)"; fi

corpus: $(CORPUS)

$(CORPUS): $(SOURCES) $(RUST_SRC)
	$(GOVLENS) build --dir corpus --out $(CORPUS)

demo: $(CORPUS)
	@$(GOVLENS) card LU --corpus $(CORPUS)
	@echo
	@$(GOVLENS) card DK --corpus $(CORPUS)

wasm-check: toolchain
	@if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then \
	  $(CARGO) build --locked -p govlens-core --target wasm32-unknown-unknown; fi

test: toolchain
	$(CARGO) test --workspace --locked
	$(MAKE) --no-print-directory wasm-check
	$(MAKE) --no-print-directory corpus
	$(GOVLENS) stats --corpus $(CORPUS) > /dev/null

# Load, build and query times beside peers (JSON decoding, a naive scan), index size and ranking
# quality; the figures go into docs/benchmarks.md.
bench:
	$(CARGO) bench --locked -p govlens-ingest --bench load --bench search

clean:
	rm -rf dist
	$(CARGO) clean
