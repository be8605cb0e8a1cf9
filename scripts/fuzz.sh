#!/usr/bin/env bash
# Coverage-guided fuzzing of the core with AFL++ through cargo-afl (stable Rust): the
# targets of fuzz/ (text, html, snapshot), each for FUZZ_SECONDS, seeded from the
# development data. `make fuzz FUZZ_SECONDS=1800` is the acceptance run; findings land in
# fuzz/out/TARGET/default/{crashes,hangs}. Needs `cargo install cargo-afl` (and its
# `cargo afl config --build`), which this script runs when missing.
#
#   scripts/fuzz.sh SECONDS [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text html snapshot)
shared=${SHARED:-../shared}

if ! cargo afl --version >/dev/null 2>&1; then
    cargo install --quiet cargo-afl
fi
cargo afl config --build >/dev/null 2>&1 || true
(cd fuzz && cargo afl build --release --quiet)

# Seeds: small pieces of the development data (AFL works best from small inputs).
seeds=fuzz/seeds
if [ ! -d "$seeds/snapshot" ]; then
    mkdir -p "$seeds/text" "$seeds/html" "$seeds/snapshot"
    python3 scripts/fuzz_seeds.py "$shared" "$seeds"
fi

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
for target in "${targets[@]}"; do
    out=fuzz/out/$target
    mkdir -p "$out"
    input="$seeds/$target"
    # A second run resumes where the last one stopped.
    [ -d "$out/default/queue" ] && input=-
    echo "fuzz: $target for ${seconds}s"
    cargo afl fuzz -V "$seconds" -t 5000 -i "$input" -o "$out" "fuzz/target/release/$target" >"$out/log.txt" 2>&1 || true
    stats=$out/default/fuzzer_stats
    if [ -f "$stats" ]; then
        awk -F' *: *' '/^(execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs|run_time)/ { printf "  %s=%s", $1, $2 } END { print "" }' "$stats"
        crashes=$(awk -F' *: *' '/^saved_crashes/ { print $2 }' "$stats")
        [ "$crashes" = 0 ] || { echo "fuzz: $target crashed: see $out/default/crashes" >&2; exit 1; }
    else
        echo "fuzz: $target did not start (see $out/log.txt)" >&2
        exit 1
    fi
done
