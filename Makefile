# presend — the front door. `make run` builds everything and serves the
# playground; `make test` runs every test. Both install what they need first
# (scripts/install-deps.sh is quick when everything is already there).

WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
TOOLS ?= /opt/presend-tools
export PATH := $(TOOLS)/bin:$(HOME)/.cargo/bin:$(PATH)
HOST ?= 127.0.0.1
PORT ?= 8000
CARGO_WASM := cargo build --lib --profile wasm --target wasm32-unknown-unknown
WASM_FILE := target/wasm32-unknown-unknown/wasm/presend.wasm

.PHONY: all run test deps native wasm www extension dist bench lint unit node-test \
        corpus calibrate fuzz e2e-www e2e-thunderbird e2e-chromium clean

all: native wasm www extension

## Install the toolchain pieces and system packages the build and tests need.
deps:
	@WASM_BINDGEN_VERSION=$(WASM_BINDGEN_VERSION) TOOLS=$(TOOLS) scripts/install-deps.sh

native:
	cargo build --release

wasm:
	$(CARGO_WASM)
	wasm-bindgen --target web --out-dir pkg/web --out-name presend --remove-name-section --remove-producers-section $(WASM_FILE)
	wasm-bindgen --target nodejs --out-dir pkg/node --out-name presend --remove-name-section --remove-producers-section $(WASM_FILE)
	node scripts/strip-wasm-metadata.mjs pkg/web/presend_bg.wasm pkg/node/presend_bg.wasm

## The page: www/, the WASM module, the add-ons' findings view and their
## strings (laid out as in the add-on: _locales/ beside shared/), and the
## rule guides (src/rules/docs/<lang>/<id>.md).
www: wasm
	rm -rf build/www && mkdir -p build/www/pkg build/www/shared
	cp -R www/. build/www/
	cp pkg/web/presend.js pkg/web/presend_bg.wasm build/www/pkg/
	cp extension/shared/findings-view.js extension/shared/findings-view.css extension/shared/i18n.js build/www/shared/
	cp -R extension/shared/_locales build/www/_locales
	cp -R src/rules/docs build/www/docs
	cp THIRD-PARTY-NOTICES.md build/www/

extension: www
	extension/build.sh chrome build/chrome
	extension/build.sh thunderbird build/thunderbird

dist: extension
	mkdir -p dist
	rm -f dist/presend-chrome.zip dist/presend-thunderbird.xpi
	cd build/chrome && zip -qr -X ../../dist/presend-chrome.zip .
	cd build/thunderbird && zip -qr -X ../../dist/presend-thunderbird.xpi .
	@ls -l dist

## Build everything, then serve the playground on http://$(HOST):$(PORT)/
run: deps all dist
	@echo "presend playground: http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	python3 -m http.server $(PORT) --bind $(HOST) --directory build/www

## Every test: formatting, lints, Rust unit and integration tests, the WASM
## build under Node, the corpus false-alarm bars, and both end-to-end suites.
test: deps lint unit node-test e2e-www e2e-thunderbird e2e-chromium

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	npx --no-install prettier --check --log-level=warn "{extension,www,tests}/**/*.{js,mjs}"

unit:
	cargo test --release

node-test: wasm native
	node --test tests/node/

## Per-rule counts of findings on ../shared/corpus (real mail by others);
## PRESEND_CORPUS=DIR points elsewhere (tests/corpus.rs reads it too).
PRESEND_CORPUS ?= ../shared/corpus
corpus: native
	target/release/presend check --summary $(PRESEND_CORPUS)

## Train the wording model on the team's letters and the shippable texts
## (src/tone/wording_weights.rs), then fit the weights of the tone
## judgement on ../shared/tone-dev and the business mail of
## ../shared/corpus (src/tone/weights.rs).
calibrate:
	cargo run --release --example wording -- --write
	cargo run --release --example calibrate -- --write

## The playground page in real Chromium: same findings as the CLI.
e2e-www: www native
	node --test tests/e2e/www/

e2e-thunderbird: dist
	tests/e2e/thunderbird/run.sh

e2e-chromium: extension
	tests/e2e/chromium/run.sh

## Hostile drafts for FUZZ_SECONDS (default 600): no panic, every span inside
## its field with its excerpt, time linear in size. Not part of `make test`
## (tests/robustness.rs runs a fixed-seed share of it). FUZZ_ARGS passes
## more, e.g. FUZZ_ARGS="--seed 42" or "--skip RULE".
FUZZ_SECONDS ?= 600
fuzz:
	cargo run --release --example fuzz -- --seconds $(FUZZ_SECONDS) $(FUZZ_ARGS)

## Speed: criterion on the native build; the WASM build's size (fails over
## 400 KB gzipped), start-up, first check and floor; then presend beside
## write-good, alex and harper.js in one Node process (about 10 minutes);
## the 1 KB rows once more after 200 untimed runs of each checker (steady state);
## then the floor of a check beside them (floor.mjs); then write-good alone
## in fresh processes, whose speed differs between processes (peer_modes.mjs).
bench: native wasm
	@[ -d tests/bench/node_modules ] && [ tests/bench/node_modules -nt tests/bench/package.json ] || \
		(npm ci --prefix tests/bench --no-audit --no-fund --loglevel=error && touch tests/bench/node_modules)
	cargo bench --bench check
	node tests/bench/wasm_bench.mjs
	node --expose-gc tests/bench/peers.mjs
	BENCH_ONLY="1 KB" BENCH_WARMUP=200 node --expose-gc tests/bench/peers.mjs
	node --expose-gc tests/bench/floor.mjs
	node tests/bench/peer_modes.mjs

clean:
	cargo clean
	rm -rf pkg build dist
