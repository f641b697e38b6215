#!/usr/bin/env bash
# Builds the QEMU RISC-V virt board (boards/qemu-riscv-virt), boots it on a
# 4-hart virt machine and checks its UART output and exit status.
#
#   scripts/board.sh            self-test, then the Python checks if the core
#                               has the embedding API (gilt_core::api::Interpreter)
#   scripts/board.sh selftest   only the Rust-level SMP self-test
#   scripts/board.sh python     only the Python checks
#
# Installs what it needs (Debian rustc-web/cargo-web/rust-web-src, lld,
# qemu-system-misc) when missing. Prints PASS/FAIL per check; exits non-zero
# if any check failed.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BOARD="$ROOT/boards/qemu-riscv-virt"
OUT="$BOARD/target/board-runs"
TRIPLE=riscv64gc-unknown-none-elf
# shellcheck source=../boards/env.sh
. "$ROOT/boards/env.sh"
gilt_need_rust
gilt_need_qemu
mkdir -p "$OUT"

WHAT=${1:-all}
fails=0
results=()

have_api() {
    grep -q "pub fn run_source" "$ROOT/core/src/api/mod.rs" 2>/dev/null
}

# build NAME [cargo args...] -> $OUT/NAME.elf
build() {
    local name=$1
    shift
    local t0=$SECONDS
    if ! (cd "$BOARD" && gilt_cargo build --release -Zbuild-std=core,alloc "$@") >"$OUT/$name.build.log" 2>&1; then
        grep -E '^error' -A 8 "$OUT/$name.build.log" | head -40
        return 1
    fi
    cp "$BOARD/target/$TRIPLE/release/qemu-riscv-virt" "$OUT/$name.elf"
    echo "built $name in $((SECONDS - t0))s"
}

# boot NAME -> $OUT/NAME.log (UART, \r stripped); sets $status and $secs
boot() {
    local name=$1
    local t0=$SECONDS
    timeout 120 qemu-system-riscv64 -machine virt -smp 4 -m 256M -bios none -nographic \
        -kernel "$OUT/$name.elf" </dev/null 2>&1 | tr -d '\r' >"$OUT/$name.log"
    status=${PIPESTATUS[0]}
    secs=$((SECONDS - t0))
}

record() { # NAME OK|FAIL detail
    results+=("$(printf '%-5s %-10s %s' "$2" "$1" "$3")")
    [ "$2" = PASS ] || fails=$((fails + 1))
}

# Lines of the UART log between the python: start and exit markers.
python_output() {
    sed -n '/^python: running /,/^python: exit status /p' "$1" | sed '1d;$d'
}

check_selftest() {
    if ! build selftest; then record selftest FAIL "build failed ($OUT/selftest.build.log)"; return; fi
    boot selftest
    local missing=()
    local l
    for l in "hart 1: online" "hart 2: online" "hart 3: online" \
        "spawn with all harts busy -> errno 11" \
        "counter = 30000 (expected 30000)" "selftest: OK" "board: PASS"; do
        grep -qF "$l" "$OUT/selftest.log" || missing+=("$l")
    done
    sed 's/^/  | /' "$OUT/selftest.log"
    if [ "$status" -eq 0 ] && [ ${#missing[@]} -eq 0 ]; then
        record selftest PASS "exit 0, ${secs}s"
    else
        record selftest FAIL "exit $status, missing: ${missing[*]:-none}"
    fi
}

# check_python NAME FILE EXPECTED_STATUS: output and status must match CPython's.
check_python() {
    local name=$1 file=$2 want=$3
    if ! GILT_BOARD_PY="$file" build "$name" --features python; then
        record "$name" FAIL "build failed ($OUT/$name.build.log)"
        return
    fi
    boot "$name"
    sed 's/^/  | /' "$OUT/$name.log"
    # CPython names the script by its absolute path in tracebacks; the board
    # by its file name.
    local dir
    dir=$(cd "$BOARD/$(dirname "$file")" && pwd)
    (cd "$dir" && python3 -u "$(basename "$file")") 2>&1 | sed "s|\"$dir/|\"|" >"$OUT/$name.expected"
    python_output "$OUT/$name.log" >"$OUT/$name.got"
    if [ "$status" -ne "$want" ]; then
        record "$name" FAIL "exit $status, want $want"
    elif ! diff -u "$OUT/$name.expected" "$OUT/$name.got" >"$OUT/$name.diff"; then
        head -30 "$OUT/$name.diff"
        record "$name" FAIL "output differs from CPython ($OUT/$name.diff)"
    else
        record "$name" PASS "exit $status, output matches CPython, ${secs}s"
    fi
}

case "$WHAT" in
    all | selftest) check_selftest ;;
esac
case "$WHAT" in
    all | python)
        if have_api; then
            check_python python py/main.py 0
            check_python py-raises py/raises.py 1
        elif [ "$WHAT" = python ]; then
            record python FAIL "core has no gilt_core::api::Interpreter::run_source"
        else
            results+=("SKIP  python     core has no gilt_core::api::Interpreter yet")
        fi
        ;;
esac

echo "---- board qemu-riscv-virt ----"
printf '%s\n' "${results[@]}"
if [ "$fails" -eq 0 ]; then echo "PASS"; else echo "FAIL"; fi
[ "$fails" -eq 0 ]
