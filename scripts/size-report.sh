#!/usr/bin/env bash
# Builds gilt-core into a Cortex-M4F image (boards/size-probe,
# thumbv7em-none-eabihf, opt-level "z", fat LTO, panic=abort) and prints
# its code size: `.text` (code) and `.rodata` (constants), in bytes and KiB.
# Uses the whole interpreter (gilt_core::api::Interpreter) when the core has
# it, else only the parser.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROBE="$ROOT/boards/size-probe"
TRIPLE=thumbv7em-none-eabihf
# shellcheck source=../boards/env.sh
. "$ROOT/boards/env.sh"
gilt_need_rust

features=()
what="parser only (core has no api::Interpreter yet)"
if grep -q "pub fn run_source" "$ROOT/core/src/api/mod.rs" 2>/dev/null; then
    features=(--features api)
    what="whole interpreter via gilt_core::api::Interpreter::run_source"
fi
log="$PROBE/target/size-probe.build.log"
mkdir -p "$PROBE/target"
if ! (cd "$PROBE" && gilt_cargo build --release -Zbuild-std=core,alloc "${features[@]}") >"$log" 2>&1; then
    grep -E '^error' -A 8 "$log" | head -40
    echo "size-report: build failed ($log)"
    exit 1
fi
elf="$PROBE/target/$TRIPLE/release/size-probe"

# Section sizes from the ELF section headers (readelf works for any ELF).
section_size() {
    local hex
    hex=$(readelf -SW "$elf" | awk -v s="$1" '
        { for (i = 1; i <= NF; i++) if ($i == s) { print $(i + 4); exit } }')
    [ -n "$hex" ] && echo $((16#$hex))
}
text=$(section_size .text)
rodata=$(section_size .rodata)
text=${text:-0}
rodata=${rodata:-0}
echo "gilt-core on $TRIPLE, opt-level=z, fat LTO, panic=abort: $what"
printf '.text   %9d bytes  (%d KiB)\n' "$text" $(((text + 1023) / 1024))
printf '.rodata %9d bytes  (%d KiB)\n' "$rodata" $(((rodata + 1023) / 1024))
printf 'flash   %9d bytes  (%d KiB)\n' $((text + rodata)) $(((text + rodata + 1023) / 1024))
