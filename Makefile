# The two commands a new machine needs (see README):
#   make run    install what is missing, then serve the app on http://127.0.0.1:8080
#   make test   install what is missing, then run every check and test
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: run test setup setup-test lint unit release single-file e2e engines size screenshots bench-exchange bench-load bench-network bench-typing fuzz

run: setup
	node scripts/serve.mjs

test: setup-test lint unit release single-file size e2e engines

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

lint:
	cargo fmt --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --locked --features writers --bin exporter -- -D warnings

unit:
	cargo test --locked

# scripts/build.mjs: cargo, wasm-split-cli, wasm-bindgen, wasm-opt, then dist/.
release:
	node scripts/build.mjs

# One self-contained .html (wasm, JS and CSS inside) that runs from disk: dist-single/.
single-file:
	node scripts/single-file.mjs

size:
	node scripts/size-report.mjs

e2e:
	node --test --test-concurrency=1 tests/e2e/

# The README's pictures (docs/screenshots/) and one of every view at four widths
# (tests/e2e/artifacts/), for a person to look at. By hand, not in `make test`.
screenshots: setup-test release
	VTH_SCREENSHOTS=1 node --test --test-concurrency=1 --test-name-pattern='screenshots' tests/e2e/look.test.mjs tests/e2e/accessibility.test.mjs

# The same user journey in Firefox ESR and WebKitGTK (tests/engines/).
engines:
	node --test --test-concurrency=1 tests/engines/

# By hand, not in `make test`: figures printed, never asserted.
bench-exchange: release
	node bench/exchange.mjs

bench-typing: release
	node bench/typing.mjs

bench-network: release
	node bench/network.mjs

bench-load: release
	node bench/bare-counter/build.mjs
	node bench/load.mjs

fuzz:
	scripts/fuzz.sh
