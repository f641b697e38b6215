#!/usr/bin/env bash
# Runs every Gilt fuzz target (cheap to expensive) for SECONDS_PER_TARGET
# seconds each, one libFuzzer process (one core) per target.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]         (default 30)
#   FUZZ_TARGETS="parse exec" scripts/fuzz.sh 60  (a subset)
#   FUZZ_JOBS=2 scripts/fuzz.sh 600               (two targets at a time)
#
# Installs cargo-fuzz (nightly) if missing, seeds a corpus under
# target/fuzz-corpus/<target> from tests/py/*.py, uses fuzz/python.dict, and
# exits non-zero if any target reports a crash, panic, leak, timeout or OOM.
# Crash inputs land in fuzz/artifacts/<target>/; logs in target/fuzz-logs/.
# Ends with one summary line per target: `target execs/s total verdict`.
set -uo pipefail

SECS="${1:-30}"
case "$SECS" in
  ''|0|*[!0-9]*) echo "usage: $0 [SECONDS_PER_TARGET]" >&2; exit 2 ;;
esac
JOBS="${FUZZ_JOBS:-1}"
case "$JOBS" in
  ''|0|*[!0-9]*) echo "FUZZ_JOBS must be a positive number" >&2; exit 2 ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 2

TARGETS=(${FUZZ_TARGETS:-lex parse compile exec differential})

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "== installing the nightly toolchain"
  rustup toolchain install nightly --profile minimal || exit 2
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo +nightly install cargo-fuzz --locked || exit 2
fi

# -a: debug assertions and overflow checks on (arithmetic overflow that input
# can reach is a finding too). Address sanitizer is cargo-fuzz's default.
echo "== building fuzz targets: ${TARGETS[*]}"
LOGS="$ROOT/target/fuzz-logs"
mkdir -p "$LOGS"
for t in "${TARGETS[@]}"; do
  if ! cargo +nightly fuzz build -a "$t" >"$LOGS/build-$t.log" 2>&1; then
    tail -n 60 "$LOGS/build-$t.log" >&2
    echo "build of $t failed" >&2
    exit 2
  fi
done

# The empty input's artifact name: libFuzzer writes it when the process dies
# outside any input (e.g. LeakSanitizer's report at exit).
EMPTY_CRASH=crash-da39a3ee5e6b4b0d3255bfef95601890afd80709

# Fuzzes one target; writes its summary line to $LOGS/<target>.summary and
# returns non-zero on a finding.
fuzz_one() {
  local t="$1"
  local corpus="$ROOT/target/fuzz-corpus/$t"
  local artifacts="$ROOT/fuzz/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  # Seed corpus: the Python test programs (copied, never duplicated in git).
  local f
  for f in "$ROOT"/tests/py/*.py; do
    [ -e "$corpus/seed_$(basename "$f")" ] || cp "$f" "$corpus/seed_$(basename "$f")"
  done

  local extra=(-max_len=4096) asan="${ASAN_OPTIONS:-}"
  if [ "$t" = exec ]; then
    # Every input runs under the interpreter's own limits (see
    # fuzz/fuzz_targets/exec.rs). Reference cycles are not collected yet,
    # so libFuzzer's per-input leak check (which stops at the first leak)
    # is off; LeakSanitizer still runs once at exit, and a *direct* leak
    # there (an object nothing points to: a lost reference count) is a
    # finding, while indirect-only leaks are the uncollected cycles.
    # See docs/fuzzing.md.
    extra=(-max_len=4096 -detect_leaks=0)
    asan="${asan:+$asan:}detect_leaks=1"
  fi

  local log="$LOGS/$t.log"
  [ "$JOBS" -eq 1 ] && echo "== fuzzing $t for ${SECS}s (log: ${log#$ROOT/})"
  ASAN_OPTIONS="$asan" cargo +nightly fuzz run -a "$t" "$corpus" -- \
    -dict="$ROOT/fuzz/python.dict" \
    -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "${extra[@]}" >"$log" 2>&1
  local rc=$?
  local execs
  execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | head -1)"
  execs="${execs:-0}"
  local rate=$(( execs / SECS ))

  local verdict=ok failed=0
  if grep -qE 'ERROR: (libFuzzer|AddressSanitizer|UndefinedBehaviorSanitizer)|panicked at|deadly signal' "$log"; then
    failed=1
  elif grep -q 'ERROR: LeakSanitizer' "$log"; then
    if [ "$t" = exec ] && ! grep -q '^Direct leak' "$log"; then
      # Only cycles leaked (reported at exit): not a finding yet.
      local bytes
      bytes="$(grep -o 'SUMMARY: AddressSanitizer: [0-9]* byte' "$log" | grep -o '[0-9]*' | tail -1)"
      verdict="ok (cycles only: ${bytes:-?} B leaked)"
      rm -f "$artifacts/$EMPTY_CRASH"
    else
      failed=1
    fi
  elif [ $rc -ne 0 ]; then
    failed=1
  fi
  if [ $failed -ne 0 ]; then
    verdict="FAILED (exit $rc)"
    {
      echo "---- $t: last lines of the log"
      tail -n 40 "$log"
      echo "---- artifacts:"; ls -1 "$artifacts" 2>/dev/null
    } >"$LOGS/$t.failure"
  fi
  printf '%-13s %10s execs/s %12s execs  %s\n' "$t" "$rate" "$execs" "$verdict" >"$LOGS/$t.summary"
  return $failed
}

status=0
running=0
for t in "${TARGETS[@]}"; do
  rm -f "$LOGS/$t.summary" "$LOGS/$t.failure"
  if [ "$JOBS" -eq 1 ]; then
    fuzz_one "$t" || status=1
    [ -e "$LOGS/$t.failure" ] && cat "$LOGS/$t.failure"
    cat "$LOGS/$t.summary"
  else
    if [ $running -ge "$JOBS" ]; then
      wait -n || status=1
      running=$(( running - 1 ))
    fi
    echo "== fuzzing $t for ${SECS}s (log: target/fuzz-logs/$t.log)"
    fuzz_one "$t" &
    running=$(( running + 1 ))
  fi
done
while [ $running -gt 0 ]; do
  wait -n || status=1
  running=$(( running - 1 ))
done

echo
echo "== summary (${SECS}s per target, ${JOBS} at a time)"
for t in "${TARGETS[@]}"; do
  if [ "$JOBS" -ne 1 ] && [ -e "$LOGS/$t.failure" ]; then
    cat "$LOGS/$t.failure" >&2
  fi
  cat "$LOGS/$t.summary" 2>/dev/null || echo "$t: no result"
done
exit $status
