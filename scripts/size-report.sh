#!/usr/bin/env bash
# Builds gilt-core into a Cortex-M4F image (boards/size-probe,
# thumbv7em-none-eabihf, opt-level "z", fat LTO, one codegen unit,
# panic=abort, no debug info; core/alloc rebuilt with their
# `optimize_for_size` feature) and prints its code size: `.text` (code) and
# `.rodata` (constants), in bytes and KiB, against the 300 KiB goal, then what
# the code is made of (symbol sizes summed per module, from `nm`).
# Two images: the minimal configuration (gilt-core without default features)
# and the full one (every optional standard module). Uses the whole
# interpreter (gilt_core::api::Interpreter) when the core has it, else only
# the parser.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROBE="$ROOT/boards/size-probe"
TRIPLE=thumbv7em-none-eabihf
# shellcheck source=../boards/env.sh
. "$ROOT/boards/env.sh"
gilt_need_rust

api=()
what="parser only (core has no api::Interpreter yet)"
if grep -rq "pub fn run_source" "$ROOT/core/src/api/" 2>/dev/null; then
    api=(api)
    what="whole interpreter via gilt_core::api::Interpreter::run_source"
fi
echo "gilt-core on $TRIPLE, opt-level=z, fat LTO, panic=abort, optimize_for_size: $what"
elf="$PROBE/target/$TRIPLE/release/size-probe"

# Section sizes from the ELF section headers (readelf works for any ELF).
section_size() {
    local hex
    hex=$(readelf -SW "$elf" | awk -v s="$1" '
        { for (i = 1; i <= NF; i++) if ($i == s) { print $(i + 4); exit } }')
    echo $((16#${hex:-0}))
}

# Builds the probe with the given features (comma-separated) and prints its
# sizes under a label; leaves `.text` in $text.
measure() {
    local label=$1 feats=$2 log="$PROBE/target/size-probe.$1.log"
    mkdir -p "$PROBE/target"
    if ! (cd "$PROBE" && gilt_cargo build --release -Zbuild-std=core,alloc \
        -Zbuild-std-features=optimize_for_size ${feats:+--features "$feats"}) >"$log" 2>&1; then
        grep -E '^error' -A 8 "$log" | head -40
        echo "size-report: $label build failed ($log)"
        exit 1
    fi
    text=$(section_size .text)
    local rodata
    rodata=$(section_size .rodata)
    printf '%-8s .text %7d B (%d KiB)  .rodata %7d B (%d KiB)  flash %d KiB\n' "$label" \
        "$text" $(((text + 1023) / 1024)) "$rodata" $(((rodata + 1023) / 1024)) \
        $(((text + rodata + 1023) / 1024))
}

# Minimal: the compiler, the VM, the built-in types and functions, and the
# modules threads and the REPL need (sys, time, _thread, threading, gc,
# types); gilt-core built without default features.
measure minimal "$(IFS=,; echo "${api[*]}")"
min_text=$text
# Full: every optional standard module too (gilt-core's `full`, what the
# `gilt` command ships). Built last, so the breakdown below is of this image.
measure full "$(IFS=,; echo "${api[*]}${api[*]:+,}full")"
GOAL=$((300 * 1024))
if [ "$min_text" -le "$GOAL" ]; then
    echo "goal     .text <= 300 KiB (minimal): met ($(((GOAL - min_text) / 1024)) KiB to spare)"
else
    echo "goal     .text <= 300 KiB (minimal): missed by $(((min_text - GOAL + 1023) / 1024)) KiB"
fi

# What the code is made of: function sizes summed per module (gilt_core::X,
# core::X, alloc::X, or the crate), largest first.
if command -v nm >/dev/null 2>&1; then
    echo "---- .text by module (nm --size-sort) ----"
    nm -S --size-sort -C "$elf" 2>/dev/null | awk '$3 ~ /^[tTwW]$/' | python3 -c '
import collections, re, sys
tot = collections.Counter()
for line in sys.stdin:
    parts = line.split(None, 3)
    if len(parts) < 4:
        continue
    segs = re.split(r"::| as ", parts[3].strip().lstrip("<"))
    key = "::".join(segs[:2]) if segs[0] in ("gilt_core", "core", "alloc") else segs[0]
    tot[key] += int(parts[1], 16)
total = sum(tot.values()) or 1
for key, size in tot.most_common(12):
    print(f"{size:9d} B  {100 * size / total:5.1f}%  {key}")
'
fi
