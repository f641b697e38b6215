#!/usr/bin/env bash
# Builds the QEMU RISC-V virt board (boards/qemu-riscv-virt), boots it on a
# 4-hart virt machine and checks its UART output and exit status.
#
#   scripts/board.sh            everything below
#   scripts/board.sh selftest   only the Rust-level SMP self-test
#   scripts/board.sh threads    py/main.py: Python threads on harts 1-3 (the
#                               default image; its log also carries the self-test)
#   scripts/board.sh python     py/basics.py and py/raises.py against CPython
#   scripts/board.sh repl       the REPL-lite image fed py/repl-input.txt,
#                               against CPython's interactive mode
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
    grep -rq "pub fn run_source" "$ROOT/core/src/api/" 2>/dev/null
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

# boot NAME [STDIN] -> $OUT/NAME.log (UART, \r stripped); sets $status and
# $secs. STDIN (default /dev/null) is what QEMU passes to the UART.
boot() {
    local name=$1 input=${2:-/dev/null}
    local t0=$SECONDS
    timeout 120 qemu-system-riscv64 -machine virt -smp 4 -m 256M -bios none -nographic \
        -kernel "$OUT/$name.elf" <"$input" 2>&1 | tr -d '\r' >"$OUT/$name.log"
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

# selftest_lines LOG: records whether the Rust-level SMP self-test passed.
selftest_lines() {
    local log=$1 missing=() l
    for l in "hart 1: online" "hart 2: online" "hart 3: online" \
        "spawn with all harts busy -> errno 11" \
        "counter = 30000 (expected 30000)" "selftest: OK"; do
        grep -qF "$l" "$log" || missing+=("$l")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        record selftest PASS "3 jobs on harts 1-3, counter 30000 ($(basename "$log"))"
    else
        record selftest FAIL "missing: ${missing[*]}"
    fi
}

check_selftest() {
    if ! build selftest; then record selftest FAIL "build failed ($OUT/selftest.build.log)"; return; fi
    boot selftest
    sed 's/^/  | /' "$OUT/selftest.log"
    if [ "$status" -eq 0 ] && grep -qF "board: PASS" "$OUT/selftest.log"; then
        selftest_lines "$OUT/selftest.log"
    else
        record selftest FAIL "exit $status"
    fi
}

# The default image: py/main.py starts threads on harts 1-3. Hart ids and the
# number of GIL switches are the board's own; the totals must be CPython's.
check_threads() {
    if ! build threads --features python; then
        record threads FAIL "build failed ($OUT/threads.build.log)"
        return
    fi
    boot threads
    local log=$OUT/threads.log
    sed 's/^/  | /' "$log"
    [ "$WHAT" = all ] && selftest_lines "$log"
    local harts switches want got problems=()
    harts=$(sed -n 's/^thread [0-9]* ran on hart \([0-9]*\) .*/\1/p' "$log" | sort -u | grep -cv '^0$')
    switches=$(sed -n 's/^GIL switches between threads: \([0-9]*\)$/\1/p' "$log")
    want=$(cd "$BOARD/py" && python3 main.py 2>&1 | grep -E '^(total|updates) =')
    got=$(grep -E '^(total|updates) =' "$log")
    [ "$status" -eq 0 ] || problems+=("exit $status")
    [ "${harts:-0}" -ge 3 ] || problems+=("threads on ${harts:-0} harts other than 0")
    [ "${switches:-0}" -ge 1 ] || problems+=("no GIL switch seen")
    [ -n "$want" ] && [ "$got" = "$want" ] || problems+=("totals '$got', CPython '$want'")
    grep -qxF "extra thread: RuntimeError: can't start new thread" "$log" ||
        problems+=("4th thread did not fail as CPython reports it")
    grep -qxF "threads: OK" "$log" || problems+=("no 'threads: OK'")
    if [ ${#problems[@]} -eq 0 ]; then
        record threads PASS "exit 0, threads on $harts harts, $switches GIL switches, $(echo "$got" | head -1), ${secs}s"
    else
        record threads FAIL "$(IFS=';'; echo "${problems[*]}")"
    fi
}

# The REPL-lite image fed py/repl-input.txt: each result must be what
# CPython's interactive mode prints for the same lines (prompts and the
# board's echo of the input removed), and `exit()` must end with status 0.
check_repl() {
    local input=$BOARD/py/repl-input.txt
    if ! build repl --features repl; then
        record repl FAIL "build failed ($OUT/repl.build.log)"
        return
    fi
    boot repl "$input"
    local log=$OUT/repl.log
    sed 's/^/  | /' "$log"
    (cd "$BOARD/py" && python3 -q -i <"$input" 2>&1) |
        sed -E 's/^((>>>|\.\.\.) )+//; s/^(>>>|\.\.\.) ?$//' | sed '/^$/d' >"$OUT/repl.expected"
    sed -n '/^Type exit() or Ctrl-D to leave\.$/,/^python: exit status /p' "$log" | sed '1d;$d' |
        grep -Ev '^(>>>|\.\.\.)( |$)' | sed '/^$/d' >"$OUT/repl.got"
    if [ "$status" -ne 0 ]; then
        record repl FAIL "exit $status, want 0"
    elif ! diff -u "$OUT/repl.expected" "$OUT/repl.got" >"$OUT/repl.diff"; then
        head -30 "$OUT/repl.diff"
        record repl FAIL "results differ from CPython -i ($OUT/repl.diff)"
    else
        record repl PASS "exit 0, $(grep -c . "$input") lines in, results match CPython -i, ${secs}s"
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

if ! have_api && [ "$WHAT" != selftest ]; then
    record python FAIL "core has no gilt_core::api::Interpreter::run_source"
fi
case "$WHAT" in
    selftest) check_selftest ;;
    all | threads) have_api && check_threads ;;
esac
case "$WHAT" in
    all | python)
        if have_api; then
            check_python basics py/basics.py 0
            check_python py-raises py/raises.py 1
        fi
        ;;
esac
case "$WHAT" in
    all | repl) have_api && check_repl ;;
esac

echo "---- board qemu-riscv-virt ----"
printf '%s\n' "${results[@]}"
if [ "$fails" -eq 0 ]; then echo "PASS"; else echo "FAIL"; fi
[ "$fails" -eq 0 ]
