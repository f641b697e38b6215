#!/usr/bin/env bash
# Builds gilt-core (no default features) for the bare-metal targets with
# Debian's Rust and -Zbuild-std=core,alloc, into target/nostd. Prints one
# OK/FAIL line per target (with the first errors of a failure) and exits
# non-zero if any target failed.
#
# A target without compare-and-swap (thumbv6m) that fails as is gets a second
# try through boards/nostd-check with its `portable-atomic` feature (the
# `spin` crate on portable-atomic + critical-section): it counts as OK if
# that builds, since that is how a Cortex-M0+ board builds the core.
#
# Usage: scripts/nostd-targets.sh [triple...]
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../boards/env.sh
. "$ROOT/boards/env.sh"
gilt_need_rust

TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(thumbv7em-none-eabihf riscv32imac-unknown-none-elf riscv64gc-unknown-none-elf thumbv6m-none-eabi)
fi

fails=0
summary=()
for t in "${TARGETS[@]}"; do
    log="$ROOT/target/nostd/$t.log"
    mkdir -p "$ROOT/target/nostd"
    start=$(date +%s)
    if (cd "$ROOT" && gilt_cargo build -p gilt-core --no-default-features --release \
        -Zbuild-std=core,alloc --target "$t" --target-dir "$ROOT/target/nostd") >"$log" 2>&1; then
        summary+=("OK    $t ($(( $(date +%s) - start ))s)")
    else
        echo "---- $t: first errors ----"
        grep -E '^error' -A 6 "$log" | head -24
        if [ "$t" = thumbv6m-none-eabi ] && (cd "$ROOT/boards/nostd-check" && gilt_cargo build --release \
            --features portable-atomic -Zbuild-std=core,alloc --target "$t" \
            --target-dir "$ROOT/target/nostd") >"$log.portable-atomic" 2>&1; then
            summary+=("OK    $t via portable-atomic ($(( $(date +%s) - start ))s; as is: FAIL, spin needs CAS; log: target/nostd/$t.log)")
        else
            fails=$((fails + 1))
            summary+=("FAIL  $t (log: target/nostd/$t.log)")
        fi
    fi
done
echo "---- no_std targets ----"
printf '%s\n' "${summary[@]}"
[ "$fails" -eq 0 ]
