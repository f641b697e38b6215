#!/usr/bin/env bash
# Proves the loom models have teeth: builds the loom suite once per mutant
# (core/src/sync/mutants.rs; `--cfg gilt_mutant="NAME"` weakens exactly one
# ordering / wake-up / hand-off / check) and runs its models until one fails.
# A mutant is caught when some model fails. Prints `caught N/N`; exits
# non-zero if any mutant survives.
# Usage: scripts/loom-mutants.sh [mutant...]   (default: all)
set -uo pipefail
cd "$(dirname "$0")/.."
all=(gil_release_relaxed gil_acquire_relaxed gil_no_handoff gil_no_wake gil_no_fence
     lock_release_relaxed lock_acquire_relaxed lock_no_wake rlock_no_owner_check
     event_set_relaxed event_no_wake completion_no_wake
     cond_no_wake cond_register_late cond_timeout_no_recheck)
if [ $# -gt 0 ]; then mutants=("$@"); else mutants=("${all[@]}"); fi

export CARGO_TARGET_DIR="${LOOM_TARGET_DIR:-target/loom}"
export CARGO_PROFILE_RELEASE_LTO=off
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS=true
export RUSTFLAGS="--cfg loom"
export LOOM_MAX_PREEMPTIONS="${LOOM_MAX_PREEMPTIONS:-2}"
log_dir="$CARGO_TARGET_DIR/mutants"
mkdir -p "$log_dir"

caught=0
survivors=()
start_all=$(date +%s)
for m in "${mutants[@]}"; do
    t0=$(date +%s)
    # `cargo rustc` passes the mutant cfg to gilt-core only, so the
    # dependencies (loom and friends) are built once and reused.
    exe=$(cargo rustc -q -p gilt-core --lib --profile bench --message-format=json \
            -- --cfg "gilt_mutant=\"$m\"" 2>"$log_dir/$m.build" \
          | grep -o '"executable":"[^"]*"' | tail -1 | cut -d'"' -f4)
    if [ -z "$exe" ]; then
        echo "mutant $m: BUILD FAILED (see $log_dir/$m.build)"
        survivors+=("$m(build)")
        continue
    fi
    # Run the models one at a time and stop at the first failure.
    verdict="SURVIVED"
    for t in $("$exe" --list sync::loom_tests 2>/dev/null | sed -n 's/: test$//p'); do
        if ! timeout 900 "$exe" --exact "$t" >"$log_dir/$m.$t.log" 2>&1; then
            verdict="caught by $t"
            break
        fi
    done
    echo "mutant $m: $verdict ($(( $(date +%s) - t0 ))s)"
    if [ "$verdict" = SURVIVED ]; then survivors+=("$m"); else caught=$((caught + 1)); fi
done
echo "caught $caught/${#mutants[@]} in $(( $(date +%s) - start_all ))s"
if [ ${#survivors[@]} -gt 0 ]; then
    echo "survivors: ${survivors[*]}"
    exit 1
fi
