# Spotcheck's build. `make run` and `make test` do all set-up on a fresh machine
# (scripts/setup.sh); every other target assumes it has been done.
#
#   make build   pkg/ (the wasm module), the native CLI, dist/www (the demo site) and,
#                when extension/ is there, dist/chrome, dist/firefox and their zips
#   make run     build, print the CLI's findings for the seed article, serve the demo
#   make check   rustfmt, and clippy with warnings denied for the native and wasm32 targets
#   make bench   the native benchmark per stage, then the wasm module against compromise
#   make test    check, build, then the native tests, the wasm tests in headless Chromium, the
#                demo site's tests and the extension's end-to-end tests
#
# Targets are files with their real inputs as prerequisites, so a second `make build`
# does nothing: `make test` can call it freely.

SHARED ?= ../shared
SEED ?= $(SHARED)/samples/000_7c5a8b2f52a7c5aa.txt
PORT ?= 8000

export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

WASM_TARGET := wasm32-unknown-unknown
# The module builds with Cargo.toml's `wasm` profile: the release profile with the
# dependencies built for size (see there for what each setting was measured to give).
WASM_RAW := target/$(WASM_TARGET)/wasm/spotcheck.wasm
CLI := target/release/spotcheck
PKG := pkg/spotcheck.js pkg/spotcheck_bg.wasm
WASM_OPT := node_modules/.bin/wasm-opt
# The features rustc's wasm32 target emits; wasm-opt must be told, or it rejects (or
# lowers badly) the instructions that use them.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue

RUST_SOURCES := Cargo.toml Cargo.lock $(shell find src -type f)
WWW_FILES := $(shell find www -type f 2>/dev/null)
EXTENSION_FILES := $(shell find extension -type f 2>/dev/null)
BROWSERS := chrome firefox

# The extension packages need the extension helper's sources and its manifest generator
# (`node scripts/manifest.mjs chrome|firefox`, from the top-level manifest.json); without
# them the build leaves them out.
ifneq ($(and $(wildcard extension),$(wildcard scripts/manifest.mjs)),)
EXTENSION_OUTPUTS := $(BROWSERS:%=dist/%/manifest.json) $(BROWSERS:%=dist/spotcheck-%.zip)
endif

# Prerequisites run in order: setup before anything is built.
.NOTPARALLEL:
.PHONY: setup check build run test test-native test-wasm test-www test-e2e check-js bench fuzz clean

setup:
	@scripts/setup.sh

build: setup $(CLI) $(PKG) dist/www/index.html $(EXTENSION_OUTPUTS)
ifeq ($(EXTENSION_OUTPUTS),)
	@echo "build: no extension/ or scripts/manifest.mjs in this tree: dist/chrome and dist/firefox skipped"
endif

$(CLI): $(RUST_SOURCES)
	cargo build --release --bin spotcheck
	@touch $@

# LLVM's inliner at threshold 25 instead of opt-level "s"'s 50, for the module only:
# 3,274 bytes less gzipped (-Oz: 400,817 to 397,543), the same reports and the same CPU
# time within the noise (analyzeText over the 84 PolNeAR dev texts, A/B in one Node
# process: min 0.996x, median 1.024x). opt-level "z" (threshold 5 and more) costs 1.57x.
WASM_RUSTFLAGS := -Cllvm-args=-inline-threshold=25

$(WASM_RAW): $(RUST_SOURCES)
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)" cargo build --profile wasm --lib --target $(WASM_TARGET)
	@touch $@

# Bind, shrink (--converge repeats -Oz until the module stops shrinking: 5 KB gzipped
# more, measured), then load the result once before it replaces pkg/: a module that
# wasm-opt broke never reaches the extension or the demo. --zero-filled-memory is sound
# because the module defines its memory (it imports none), so wasm-opt may drop the
# zero bytes of data segments; the producers and target-features sections are build
# notes no browser reads. Together 254 bytes gzipped (410,908 to 410,654), the same
# reports. Measured and left out (gzip -9 on the same bound module, session 5): --gufa
# 411,186 and an extra --merge-similar-functions 410,937 (-Oz runs it already).
WASM_OPT_FLAGS := -Oz --converge --zero-filled-memory --strip-producers --strip-target-features
$(PKG) &: $(WASM_RAW) $(WASM_OPT) scripts/check-pkg.mjs
	rm -rf pkg.tmp
	wasm-bindgen --target web --out-dir pkg.tmp $(WASM_RAW)
	$(WASM_OPT) $(WASM_OPT_FLAGS) $(WASM_FEATURES) pkg.tmp/spotcheck_bg.wasm -o pkg.tmp/spotcheck_bg.opt.wasm
	mv pkg.tmp/spotcheck_bg.opt.wasm pkg.tmp/spotcheck_bg.wasm
	node scripts/check-pkg.mjs pkg.tmp
	rm -rf pkg && mv pkg.tmp pkg
	@echo "pkg/spotcheck_bg.wasm: $$(wc -c < pkg/spotcheck_bg.wasm) bytes, $$(gzip -9c pkg/spotcheck_bg.wasm | wc -c) gzipped"

$(WASM_OPT):
	@scripts/setup.sh

# The demo draws with the extension's own overlay, its libraries and its tints (ext/).
dist/www/index.html: $(WWW_FILES) $(PKG) $(EXTENSION_FILES)
	rm -rf dist/www
	mkdir -p dist/www/pkg dist/www/ext/lib dist/www/ext/content
	cp -R www/. dist/www/
	cp $(PKG) dist/www/pkg/
	cp extension/lib/*.js dist/www/ext/lib/
	cp extension/content/overlay.js extension/content/highlight.css dist/www/ext/content/

dist/%/manifest.json: $(EXTENSION_FILES) $(PKG) scripts/manifest.mjs $(wildcard manifest.json)
	rm -rf dist/$*
	mkdir -p dist/$*/pkg
	cp -R extension/. dist/$*/
	cp $(PKG) dist/$*/pkg/
	node scripts/manifest.mjs $* > dist/$*.manifest.tmp
	mv dist/$*.manifest.tmp $@

dist/spotcheck-%.zip: dist/%/manifest.json
	rm -f $@
	cd dist/$* && zip -q -r -X ../spotcheck-$*.zip .

run: build
	@$(CLI) analyze $(SEED) | node scripts/findings.mjs
	@echo "(the full JSON report: $(CLI) analyze $(SEED))"
	@python3 scripts/serve.py dist/www $(PORT)

# Formatting and lints, for both targets the crate builds for (what compiles only to
# wasm32, src/wasm/, is linted there). Missing docs on the public API are warnings, so
# denied here.
check: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) -- -D warnings

# Every suite runs even when an earlier one fails, so one run shows every failure; the
# exit status is still a failure then. The checks come first: a lint failure stops it.
test: check build
	@status=0; \
	$(MAKE) --no-print-directory test-native || status=1; \
	$(MAKE) --no-print-directory test-wasm || status=1; \
	$(MAKE) --no-print-directory test-www || status=1; \
	$(MAKE) --no-print-directory test-e2e || status=1; \
	$(MAKE) --no-print-directory check-js || status=1; \
	exit $$status

test-native:
	cargo test --release --no-fail-fast

# wasm-bindgen-test-runner drives headless Chromium through chromedriver (it adds
# --headless and --no-sandbox itself; scripts/webdriver.json keeps Chromium off the
# network). CHROMEDRIVER picks Chromium even when a geckodriver is on PATH.
test-wasm:
	CHROMEDRIVER=$${CHROMEDRIVER:-$$(command -v chromedriver)} \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/scripts/webdriver.json \
	cargo test --target $(WASM_TARGET) --test wasm

# The demo site as built, in headless Chromium.
test-www:
	node --test tests/www/

# The extension's end-to-end tests (tests/e2e/, the extension's own), when present.
test-e2e:
	@if [ -d tests/e2e ]; then node --test tests/e2e/; else echo "test-e2e: no tests/e2e in this tree"; fi

# The extension's and the demo's JavaScript, type-checked from its JSDoc (tsconfig.json;
# the wasm module's types come from pkg/spotcheck.d.ts, written by the build).
check-js: $(PKG)
	node_modules/.bin/tsc -p tsconfig.json

# Throughput: the native core stage by stage on the 924 PolNeAR articles, then the
# built wasm module against npm `compromise` in one Node process on the 84 development
# articles. Both print MB/s of CPU time, best of 3 after a warm-up.
bench: build
	cargo run --release --example bench -- $(SHARED)
	node bench/wasm-vs-compromise.mjs $(SHARED)/corpus/polnear/dev/text

# Coverage-guided fuzzing (AFL++ through cargo-afl, stable Rust) of analyze_text,
# analyze_html and the snapshot reader, FUZZ_SECONDS per target, seeded from the
# development data (scripts/fuzz.sh). Not part of `make test`: 1800 is the acceptance run.
FUZZ_SECONDS ?= 60
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

# What the build made outside target/ (cargo's own cache stays: it is slow to refill).
clean:
	rm -rf pkg pkg.tmp dist
