#!/usr/bin/env bash
# Installs everything building and testing Spotcheck needs, each piece only when it is
# missing, so that a second run takes about a second. `make run` and `make test` call it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { echo "setup: $*"; }

# System packages: the browsers the tests drive, the driver for wasm-bindgen's browser
# tests, zip for the extension packages, and Node.js for the build tools.
missing=()
have() { command -v "$1" >/dev/null 2>&1; }
have chromium || missing+=(chromium)
have chromedriver || missing+=(chromium-driver)
have firefox-esr || have firefox || missing+=(firefox-esr)
have zip || missing+=(zip)
have node || missing+=(nodejs)
have npm || missing+=(npm)
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    say "installing ${missing[*]} (apt)"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" </dev/null
fi

# The WebAssembly target of the machine's one Rust toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen's CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock,
# or it refuses the module. It brings wasm-bindgen-test-runner, the browser test runner.
# Not --locked: its lock file pins a crate version the registry no longer has.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
got=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ -z "$want" ]; then
    echo "setup: no wasm-bindgen version in Cargo.lock" >&2
    exit 1
fi
if [ "$got" != "$want" ] || ! have wasm-bindgen-test-runner; then
    say "installing wasm-bindgen-cli $want (was: ${got:-none}; takes a few minutes)"
    cargo install --quiet wasm-bindgen-cli --version "=$want"
fi

# Build tools from npm (wasm-opt from binaryen; the browser drivers for the end-to-end
# tests), exactly as package-lock.json pins them. npm writes its own copy of the lock
# into node_modules, newer than ours once the install is done.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
fi
