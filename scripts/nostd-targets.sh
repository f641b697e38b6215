#!/usr/bin/env bash
# Builds gilt-core (no default features) for the bare-metal targets with
# Debian's Rust and -Zbuild-std=core,alloc, into target/nostd. Prints one
# OK/FAIL line per target (with the first errors of a failure) and exits
# non-zero if any target failed.
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
        fails=$((fails + 1))
        summary+=("FAIL  $t (log: target/nostd/$t.log)")
        echo "---- $t: first errors ----"
        grep -E '^error' -A 6 "$log" | head -40
    fi
done
echo "---- no_std targets ----"
printf '%s\n' "${summary[@]}"
[ "$fails" -eq 0 ]
