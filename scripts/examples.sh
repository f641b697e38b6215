#!/usr/bin/env bash
# Builds and runs every embedding example (examples/*.rs, attached to the
# gilt-std package) and every teaching Python example under `gilt`.
# Fails when any of them exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p gilt-std --examples --bin gilt
status=0
for f in examples/*.rs; do
    name=$(basename "$f" .rs)
    echo "--- example $name"
    if ! timeout 300 cargo run -q --release --example "$name"; then
        echo "example $name FAILED"
        status=1
    fi
done
for f in examples/*.py; do
    echo "--- gilt $f"
    if ! timeout 120 target/release/gilt "$f" >/dev/null; then
        echo "gilt $f FAILED"
        status=1
    fi
done
exit $status
