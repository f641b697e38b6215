#!/usr/bin/env bash
# Runs the loom models of the GIL and locks (core/src/sync/loom_tests.rs).
# Usage: scripts/loom.sh [test-name-filter] [extra cargo test args...]
# Env: LOOM_MAX_PREEMPTIONS (default 2), GILT_MUTANT (a mutant name from
# core/src/sync/mutants.rs; used by loom-mutants.sh), LOOM_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
filter="${1:-sync::}"
shift || true
flags="--cfg loom"
if [ -n "${GILT_MUTANT:-}" ]; then
    flags="$flags --cfg gilt_mutant=\"$GILT_MUTANT\""
fi
# A target dir of its own, so loom builds never invalidate normal ones; the
# release profile's fat LTO buys nothing for model checking and costs minutes.
export CARGO_TARGET_DIR="${LOOM_TARGET_DIR:-target/loom}"
export CARGO_PROFILE_RELEASE_LTO=off
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS=true
export RUSTFLAGS="$flags"
export LOOM_MAX_PREEMPTIONS="${LOOM_MAX_PREEMPTIONS:-2}"
exec cargo test -p gilt-core --release --lib "$filter" "$@"
