# govlens: `make demo` builds the corpus and the embed, and serves the demo site at
# http://127.0.0.1:8080/; `make test` runs every test. Both install what they need on a fresh
# machine (idempotently).
CARGO   ?= cargo
GOVLENS  = $(CARGO) run --quiet --locked -p govlens-cli --bin govlens --
CORPUS   = dist/govlens.corpus
NPM_DIR  = dist/npm
EMBED_NPM_DIR = dist/embed-npm
WEB_DIR  = dist/web
PRERENDER = $(CARGO) run --quiet --locked -p govlens-widget --no-default-features --features ssr,card --bin govlens-prerender --
EMBED_DIR = $(WEB_DIR)/embed
WIDGET_WASM = target/wasm32-unknown-unknown/wasm-release/govlens_widget.wasm
DEMO_PORT ?= 8080
PAGEFIND_VERSION = 1.6.0
WASM_PACK_VERSION = 0.15.1
# The wasm-bindgen CLI must be the version Cargo.lock resolved the crate to.
WBG_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/"/,"",$$3); print $$3}' Cargo.lock)
NPM_TOOLS = tests/npm/node_modules
# The wasm builds the same on every machine, whatever its Cargo home: the crates' paths that
# panic locations carry (`/root/.cargo/registry/src/...`) are written as `/cargo/...`, so that
# the sizes in the README (web/sizes-table.mjs) are those CI builds.
# Likewise the standard library's sources where rustup's rust-src is installed (the embed's
# builds compile them, below): rustc names them by the sysroot's path there, and by
# /rustc/<commit> where it is not, so both are written as /rustc/<commit>.
CARGO_HOME_DIR = $(or $(CARGO_HOME),$(HOME)/.cargo)
RUST_SYSROOT := $(shell rustc --print sysroot)
RUSTC_COMMIT := $(shell rustc -vV | sed -n 's/^commit-hash: //p')
WASM_REMAP = --remap-path-prefix=$(CARGO_HOME_DIR)=/cargo --remap-path-prefix=$(RUST_SYSROOT)/lib/rustlib/src/rust=/rustc/$(RUSTC_COMMIT)
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS = $(WASM_REMAP)
# The embed's four builds (issue 21: every kilobyte is a phone's) compile the standard library
# with them, for size: its small-code variants (optimize_for_size), no panic machinery (a panic
# was already a trap in the browser, whose message nobody could read: panic=abort on
# wasm32-unknown-unknown has no stderr), no file/line records for panics. These are unstable
# flags; the machine's one toolchain is stable and no nightly can be fetched, so the builds set
# RUSTC_BOOTSTRAP=1 for them, as `make fuzz` does. Their own target folder, so that these flags
# do not rebuild the other wasm builds' dependencies back and forth.
EMBED_TARGET = target/embed
EMBED_WASM = $(EMBED_TARGET)/wasm32-unknown-unknown/wasm-release/govlens_widget.wasm
EMBED_RUSTFLAGS = $(WASM_REMAP) -Zlocation-detail=none -Zunstable-options -Cpanic=immediate-abort
EMBED_BUILD_STD = -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
# wasm-opt features: what current Rust emits for wasm32-unknown-unknown.
WASM_OPT_FEATURES = --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue
# The browser tests are node:test files (one named test per behaviour); the spec reporter names
# each, and a failure's difference, in the log.
NODE_TEST = --test-reporter=spec
# The datasets' directory (README, 'The data directory'): DATA=DIR, or GOVLENS_DATA; by default
# ../shared/data where it exists. `govlens build` verifies each file's SHA-256 against
# corpus/datasets.toml and says in one line when it builds from the documents alone.
DATA ?=
ifneq ($(DATA),)
export GOVLENS_DATA := $(DATA)
endif
DATA_DIR = $(if $(GOVLENS_DATA),$(GOVLENS_DATA),../shared/data)
SOURCES  = corpus/manifest.toml corpus/datasets.toml corpus/countries.toml $(wildcard corpus/sources/*.txt) $(wildcard corpus/basemaps/*.tsv) $(wildcard $(DATA_DIR)/*/)
RUST_SRC = $(shell find crates -name '*.rs' -o -name Cargo.toml) Cargo.lock

.PHONY: fuzz all demo test check bench corpus country-names basemaps toolchain wasm-target browser npm-tools wasm-check wasm-test npm-package npm-test embed-package embed-test web web-test cards clean

all: corpus

# The browser toolchain, from the package registries only: the wasm32 target (rustup),
# wasm-bindgen-cli at the Cargo.lock version and wasm-pack (crates.io, --locked), Chromium and
# ChromeDriver (Debian), and wasm-opt, playwright-core, TypeScript and Vite (npm,
# tests/npm/package-lock.json). wasm-pack runs with --mode no-install and --no-opt, so that it
# uses these and downloads nothing of its own.
toolchain: wasm-target browser npm-tools
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WBG_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WBG_VERSION)"; \
	  $(CARGO) install --locked wasm-bindgen-cli --version =$(WBG_VERSION); fi
	@if [ "$$(wasm-pack --version 2>/dev/null)" != "wasm-pack $(WASM_PACK_VERSION)" ]; then \
	  echo "installing wasm-pack $(WASM_PACK_VERSION)"; \
	  $(CARGO) install --locked wasm-pack --version =$(WASM_PACK_VERSION); fi

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src

# The style gates, first in `make test` so that CI fails fast: rustfmt (rustfmt.toml), clippy
# with warnings as errors on the native crates with their tests and benches, on the wasm crates
# in each of the embed's four builds, and on the prerender (ssr) build; and core's documentation
# (every public item documented, no broken link). Needs no browser; the corpus, which the wasm
# tests embed.
check: wasm-target $(CORPUS)
	$(CARGO) fmt --all --check
	rustfmt --edition 2021 --check fuzz/fuzz_targets/*.rs
	$(CARGO) clippy --locked --workspace --exclude govlens-wasm --exclude govlens-widget --all-targets -- -D warnings
	$(CARGO) clippy --locked -p govlens-wasm -p govlens-widget --target wasm32-unknown-unknown --all-targets -- -D warnings
	for f in card card,charts,compare search; do \
	  $(CARGO) clippy --locked -p govlens-widget --target wasm32-unknown-unknown --no-default-features --features $$f -- -D warnings || exit 1; done
	$(CARGO) clippy --locked -p govlens-widget --no-default-features --features ssr,card --bins --tests -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --locked -p govlens-core --no-deps

browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; fi

npm-tools:
	@[ -x $(NPM_TOOLS)/.bin/wasm-opt ] && [ -x $(NPM_TOOLS)/.bin/vite ] && [ -d $(NPM_TOOLS)/react-dom ] && [ -d $(NPM_TOOLS)/terser ] || (cd tests/npm && npm ci --no-audit --no-fund)

corpus: $(CORPUS)

$(CORPUS): $(SOURCES) $(RUST_SRC)
	$(GOVLENS) build --strict --dir corpus --out $(CORPUS)

# The demo site: every element on the bundled corpus, served until Ctrl-C.
demo: web
	node web/serve.mjs $(WEB_DIR) $(DEMO_PORT)

# The elements' country names in French, German and Danish (crates/core/src/country_names.rs),
# from the i18n-iso-countries version locked in tests/npm: after upgrading it.
country-names: npm-tools
	node web/country-names.mjs crates/core/src/country_names.rs

# The map's shapes (corpus/basemaps/world.tsv, europe.tsv): Natural Earth's countries from the
# world-atlas version locked in tests/npm, simplified and projected by web/basemaps.mjs: after
# upgrading it.
basemaps: npm-tools
	node web/basemaps.mjs corpus/basemaps

# Both countries' cards in the terminal.
cards: $(CORPUS)
	@$(GOVLENS) card LU --corpus $(CORPUS)
	@echo
	@$(GOVLENS) card DK --corpus $(CORPUS)

# The embed (web/embed/govlens.js, the widget's wasm and its glue, the corpus) and the demo pages,
# in dist/web. The widget is built four times with the size profile, then wasm-opt -Oz:
# govlens_widget (every element), govlens_cards (all but search: no index, stemmers or search
# component), govlens_search (search alone) and govlens_card (the card alone); the loader picks
# the smallest build that has every element on the page.
web: toolchain $(CORPUS)
	rm -rf $(WEB_DIR) && mkdir -p $(EMBED_DIR)
	$(call widget_build,govlens_widget,)
	$(call widget_build,govlens_cards,--no-default-features --features card$(COMMA)charts$(COMMA)compare)
	$(call widget_build,govlens_search,--no-default-features --features search)
	$(call widget_build,govlens_card,--no-default-features --features card)
	cp web/embed/govlens.js web/embed/frame-host.js $(CORPUS) $(EMBED_DIR)/
	@# The builds hold English only: French, German and Danish are files the loader fetches.
	$(GOVLENS) locales --out $(EMBED_DIR)
	@# One standalone page per element, for iframe embeds (web/embed/frame/frame.js).
	mkdir -p $(EMBED_DIR)/frame && cp web/embed/frame/frame.js web/embed/frame/frame.css $(EMBED_DIR)/frame/
	for k in card scores benchmark compare search ranking trend map; do sed "s/govlens-ELEMENT/govlens-$$k/g" web/embed/frame/frame.html > $(EMBED_DIR)/frame/$$k.html; done
	node web/embed/reserve-css.mjs web/embed/govlens.js > $(EMBED_DIR)/govlens.css
	@# The loader, the glue and the iframe pages' scripts as pages download them: minified.
	node web/embed/minify.mjs $(EMBED_DIR)/govlens.js $(EMBED_DIR)/frame-host.js $(EMBED_DIR)/frame/frame.js \
	  $(EMBED_DIR)/govlens_card.js $(EMBED_DIR)/govlens_cards.js $(EMBED_DIR)/govlens_search.js $(EMBED_DIR)/govlens_widget.js
	@# The split layout beside the single file: cards from corpus="embed/split/" fetch only their
	@# countries' card parts; search there fetches the manifest and the shards its words need.
	$(GOVLENS) split --corpus $(CORPUS) --out $(EMBED_DIR)/split
	@# Each country's card as HTML beside its part, rendered natively by the card component,
	@# and the components' style sheet: the loader shows it while the wasm starts.
	$(PRERENDER) $(EMBED_DIR)/split
	cp crates/widget/src/style.css $(EMBED_DIR)/govlens-widget.css
	cp web/*.html web/*.css web/*.svg web/*.js $(WEB_DIR)/
	@# The static-first page: its elements' content written by `govlens snippet`, in the HTML.
	GOVLENS_CORPUS=$(CORPUS) node web/snippets.mjs web/static.html $(GOVLENS) > $(WEB_DIR)/static.html
	@# The index page's country picker: every country of the corpus with its names.
	$(GOVLENS) export countries --format json --corpus $(CORPUS) > $(WEB_DIR)/countries.json
	node tests/npm/sizes.mjs $(EMBED_DIR)

COMMA := ,
# $(call widget_build,NAME,CARGO FLAGS): the widget as NAME_bg.wasm and NAME.js in the embed.
define widget_build
	RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(EMBED_RUSTFLAGS)" $(CARGO) build --locked -p govlens-widget \
	  --target wasm32-unknown-unknown --profile wasm-release --target-dir $(EMBED_TARGET) $(EMBED_BUILD_STD) $(2)
	wasm-bindgen --target web --no-typescript --out-dir $(EMBED_DIR) --out-name $(1) $(EMBED_WASM)
	$(NPM_TOOLS)/.bin/wasm-opt -Oz $(WASM_OPT_FEATURES) --strip-debug --strip-producers $(EMBED_DIR)/$(1)_bg.wasm -o $(EMBED_DIR)/$(1)_bg.wasm
endef

wasm-check: toolchain
	$(CARGO) build --locked -p govlens-core --target wasm32-unknown-unknown

# The bindings' tests (crates/wasm/tests/web.rs) and the components' tests
# (crates/widget/tests/components.rs) in headless Chromium, on the real corpus.
wasm-test: toolchain $(CORPUS)
	cd crates/wasm && CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  $(CARGO) test --locked -p govlens-wasm -p govlens-widget --target wasm32-unknown-unknown

# The npm package: wasm-pack with the speed profile (wasm-fast: an app loads the engine once and
# queries it often), wasm-opt -O3 from npm's binaryen, the package's own files and the corpus
# beside the wasm, then `npm pack`. Prints raw, gzip and brotli bytes.
npm-package: toolchain $(CORPUS)
	rm -rf $(NPM_DIR)
	wasm-pack build crates/wasm --target web --mode no-install --profile wasm-fast --no-opt --no-pack \
	  --out-dir ../../$(NPM_DIR) --out-name govlens_wasm -- --locked
	$(NPM_TOOLS)/.bin/wasm-opt -O3 $(WASM_OPT_FEATURES) --strip-debug --strip-producers $(NPM_DIR)/govlens_wasm_bg.wasm -o $(NPM_DIR)/govlens_wasm_bg.wasm
	@# The declarations compile without the esnext lib (issue 19): wasm-bindgen declares
	@# `[Symbol.dispose]()`, which needs TypeScript's esnext.disposable; `free()` stays.
	sed -i '/\[Symbol\.dispose\]()/d' $(NPM_DIR)/govlens_wasm.d.ts
	! grep -q 'Symbol.dispose' $(NPM_DIR)/govlens_wasm.d.ts
	@# The build-time snippet (@govlens/core/snippet): the embed's components with the server
	@# renderer, for Node.
	$(CARGO) build --locked -p govlens-widget --lib --target wasm32-unknown-unknown --profile wasm-release --no-default-features --features ssr,card,charts,compare
	wasm-bindgen --target web --no-typescript --out-dir $(NPM_DIR) --out-name govlens_snippet $(WIDGET_WASM)
	$(NPM_TOOLS)/.bin/wasm-opt -Oz $(WASM_OPT_FEATURES) --strip-debug --strip-producers $(NPM_DIR)/govlens_snippet_bg.wasm -o $(NPM_DIR)/govlens_snippet_bg.wasm
	cp web/npm/package.json web/npm/index.js web/npm/index.d.ts web/npm/snippet.js web/npm/snippet.d.ts web/npm/README.md $(CORPUS) $(NPM_DIR)/
	cd $(NPM_DIR) && npm pack --pack-destination .. --silent
	node tests/npm/sizes.mjs $(NPM_DIR)

# The packed tarball in headless Chromium: a plain module page and a Vite app; and a typed
# consumer checked by tsc.
npm-test: npm-package
	@# The committed country names are what the locked i18n-iso-countries writes.
	node web/country-names.mjs dist/country_names.rs && cmp dist/country_names.rs crates/core/src/country_names.rs
	@# And the committed map shapes are what the locked world-atlas, topojson-simplify and d3-geo write.
	node web/basemaps.mjs dist/basemaps && diff -r dist/basemaps corpus/basemaps
	$(GOVLENS) split --corpus $(CORPUS) --out dist/npm-split
	@# What the command writes, which the package's build-time snippet must write too.
	mkdir -p dist/npm-snippets
	$(GOVLENS) snippet card country=LU lang=fr sections=basic,portals --base embed/ --no-script --corpus $(CORPUS) > dist/npm-snippets/card-fr.html
	$(GOVLENS) snippet compare countries=LU,DK differences-only limit=5 --base embed/ --no-script --corpus $(CORPUS) > dist/npm-snippets/compare.html
	$(GOVLENS) snippet map indicator=un-egdi.egdi highlight=LU --base embed/ --no-script --corpus $(CORPUS) > dist/npm-snippets/map.html
	cd tests/npm && node $(NODE_TEST) run.mjs ../../dist/govlens-core-0.1.0.tgz ../../dist/npm-split ../../dist/npm-snippets

# The elements as an npm package (@govlens/embed, web/embed-npm): the embed's builds, loader,
# style sheets and corpus from `make web`, packed; and the CDN folder (dist/cdn: content-hashed
# names, integrity hashes, the script tag in snippet.html, web/embed/cdn.mjs).
embed-package:
	@[ -f $(EMBED_DIR)/govlens_widget_bg.wasm ] || $(MAKE) --no-print-directory web
	rm -rf $(EMBED_NPM_DIR) && mkdir -p $(EMBED_NPM_DIR)
	cp web/embed-npm/package.json web/embed-npm/index.js web/embed-npm/index.d.ts web/embed-npm/react.d.ts web/embed-npm/files.js web/embed-npm/README.md $(EMBED_NPM_DIR)/
	@# The loader readable, from the source tree (a bundler minifies it; the CDN folder's is
	@# minified by cdn.mjs), the rest as `make web` built it (the glue minified).
	cp web/embed/govlens.js $(EMBED_NPM_DIR)/
	node web/embed/reserve-css.mjs web/embed/govlens.js > $(EMBED_NPM_DIR)/govlens.css
	cd $(EMBED_DIR) && cp govlens-widget.css govlens.corpus govlens_card.js govlens_card_bg.wasm govlens_cards.js govlens_cards_bg.wasm \
	  govlens_search.js govlens_search_bg.wasm govlens_widget.js govlens_widget_bg.wasm lang-fr.govlens lang-de.govlens lang-da.govlens ../../../$(EMBED_NPM_DIR)/
	cd $(EMBED_NPM_DIR) && npm pack --pack-destination .. --silent
	node web/embed/cdn.mjs $(EMBED_NPM_DIR) dist/cdn

# The packed @govlens/embed and the CDN folder as consumers use them (tests/npm/embed.mjs): DOM
# and React 19 types, a Vite build, a React 19 app, an import-map page, the CDN's script tag;
# then the README's size table against the built files.
embed-test: npm-tools embed-package
	cd tests/npm && node $(NODE_TEST) embed.mjs ../../dist/govlens-embed-0.1.0.tgz ../../dist/cdn
	@# The README's size table is the built files' (web/sizes-table.mjs write README.md).
	@[ -f dist/npm/govlens_wasm_bg.wasm ] || $(MAKE) --no-print-directory npm-package
	node web/sizes-table.mjs check README.md

# The demo site in headless Chromium (tests/npm/e2e.mjs): every page at 320, 375 and 1200 px,
# keyboard, themes, attribute change, removal, strict CSP, hostile CSS, axe-core; screenshots
# in dist/screenshots, after the prerenderer's own test (crates/widget/tests/prerender.rs: a
# part of another country, a symlinked HTML file, a device). Then hostile pages and lifecycles (tests/npm/hostile.mjs): replaced
# built-ins, a CSP without WebAssembly, the script twice, damaged corpus files, and 1,000
# create/remove cycles of each element with the memory before and after.
web-test: web
	$(CARGO) test --locked -p govlens-widget --no-default-features --features ssr,card --test prerender
	cd tests/npm && node $(NODE_TEST) e2e.mjs ../../$(WEB_DIR) ../../dist/screenshots
	cd tests/npm && node $(NODE_TEST) hostile.mjs ../../$(WEB_DIR) 1000

test: toolchain
	$(MAKE) --no-print-directory check
	$(CARGO) test --workspace --exclude govlens-wasm --exclude govlens-widget --locked
	$(MAKE) --no-print-directory wasm-check
	$(MAKE) --no-print-directory corpus
	$(GOVLENS) stats --corpus $(CORPUS) > /dev/null
	$(MAKE) --no-print-directory wasm-test
	$(MAKE) --no-print-directory npm-test
	$(MAKE) --no-print-directory web-test
	$(MAKE) --no-print-directory embed-test

# Load, build and query times beside peers (JSON decoding, MiniSearch, Pagefind, a naive scan), index size
# and ranking quality, and time to first card against the same card as static HTML; the figures
# go into docs/benchmarks.md.
bench: npm-test web
	@# Issue 21's code budgets: each page mix's code against 150 KB (120 for cards).
	cd tests/npm && node page-code.mjs ../../$(EMBED_DIR)
	$(CARGO) bench --locked -p govlens-ingest --bench load --bench search
	@# Scale: the split layout at 2 countries and at 20 and 200 SYNTHETIC ones (made in memory,
	@# never written into dist/web or the npm package).
	$(CARGO) bench --locked -p govlens-ingest --bench scale
	@# The datasets' split folder: what a card, a ranking and a trend download, every country and
	@# indicator-year (needs the data directory).
	$(CARGO) bench --locked -p govlens-ingest --bench parts
	$(GOVLENS) export passages --format json --corpus $(CORPUS) > tests/npm/bench-passages.json
	python3 -c "import tomllib,json; print(json.dumps([{'q': q['q'], 'relevant': q['relevant']} for q in tomllib.load(open('tests/queries.toml','rb'))['query']]))" > tests/npm/bench-queries.json
	cd tests/npm && node bench.mjs
	@# Pagefind is installed for the bench only: the registry here lacks its other platforms'
	@# packages, so it cannot be locked in tests/npm/package-lock.json for `npm ci`.
	[ -x dist/pagefind-tool/node_modules/.bin/pagefind ] || npm install --prefix dist/pagefind-tool --no-audit --no-fund --no-save pagefind@$(PAGEFIND_VERSION)
	cd tests/npm && node pagefind-bench.mjs bench-passages.json bench-queries.json ../../dist/pagefind-site ../../$(EMBED_DIR) ../../dist/pagefind-tool/node_modules/.bin/pagefind
	@# The static-first card: the embed code `govlens snippet` writes, pasted into a page.
	$(GOVLENS) snippet card country=LU corpus=embed/split/ --base embed/ --no-script --corpus $(CORPUS) > $(WEB_DIR)/bench-snippet.part
	$(GOVLENS) snippet card country=LU corpus=embed/split/ --base embed/ --no-script --inline-css --corpus $(CORPUS) > $(WEB_DIR)/bench-snippet-inline.part
	cd tests/npm && node first-card.mjs ../../$(WEB_DIR) 10

# The fuzzers (cargo-fuzz, libFuzzer with AddressSanitizer; the stable toolchain with
# RUSTC_BOOTSTRAP=1, as no nightly can be fetched here): each target runs FUZZ_SECONDS from the
# checked-in seeds (fuzz/seeds/) and the real documents. A crash stops the run and leaves its
# input in fuzz/artifacts/; fix it and keep the input in tests/regressions/<target>/, which
# `make test` runs.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = parse_msq parse_dpa parse_aiwatch parse_europam load_corpus search_query split_parts
CARGO_FUZZ_VERSION = 0.13.2
fuzz: $(CORPUS)
	@if [ "$$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $(CARGO_FUZZ_VERSION)" ]; then \
	  $(CARGO) install --locked cargo-fuzz --version =$(CARGO_FUZZ_VERSION); fi
	for t in $(FUZZ_TARGETS); do mkdir -p fuzz/corpus/$$t && cp fuzz/seeds/$$t/* fuzz/corpus/$$t/; done
	cp corpus/sources/000_73f7c5dfc20a7e2f.txt corpus/sources/003_61dc89e6697ff092.txt fuzz/corpus/parse_msq/
	cp corpus/sources/001_58defca00d8e36d5.txt fuzz/corpus/parse_dpa/
	cp corpus/sources/002_64b588f5f71a6838.txt fuzz/corpus/parse_aiwatch/
	cp corpus/sources/004_9be079b0bad659b9.txt fuzz/corpus/parse_europam/
	cp $(CORPUS) fuzz/corpus/load_corpus/
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run -O $$t corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=262144 -print_final_stats=1 \
	    > ../dist/fuzz-$$t.log 2>&1; status=$$?; \
	  grep -E '^Done|stat::peak_rss|SUMMARY|panicked' ../dist/fuzz-$$t.log; \
	  if [ $$status -ne 0 ]; then echo "$$t: CRASH, input in fuzz/artifacts/$$t/, log in dist/fuzz-$$t.log"; exit 1; fi; \
	  echo "$$t: $(FUZZ_SECONDS) s, no crash"; done

clean:
	rm -rf dist
	$(CARGO) clean
