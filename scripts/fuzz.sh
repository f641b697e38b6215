#!/usr/bin/env bash
# Runs every Gilt fuzz target (cheap to expensive) for SECONDS_PER_TARGET
# seconds each, one target at a time, one libFuzzer process (one core).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]        (default 30)
#   FUZZ_TARGETS="parse exec" scripts/fuzz.sh 60 (a subset)
#
# Installs cargo-fuzz (nightly) if missing, seeds a corpus under
# target/fuzz-corpus/<target> from tests/py/*.py, uses fuzz/python.dict, and
# exits non-zero if any target reports a crash, panic, leak, timeout or OOM.
# Crash inputs land in fuzz/artifacts/<target>/; logs in target/fuzz-logs/.
set -uo pipefail

SECS="${1:-30}"
case "$SECS" in
  ''|0|*[!0-9]*) echo "usage: $0 [SECONDS_PER_TARGET]" >&2; exit 2 ;;
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
status=0
summary=()

for t in "${TARGETS[@]}"; do
  corpus="$ROOT/target/fuzz-corpus/$t"
  mkdir -p "$corpus" "$ROOT/fuzz/artifacts/$t"
  # Seed corpus: the Python test programs (copied, never duplicated in git).
  for f in "$ROOT"/tests/py/*.py; do
    [ -e "$corpus/seed_$(basename "$f")" ] || cp "$f" "$corpus/seed_$(basename "$f")"
  done

  extra=(-max_len=4096)
  session="$SECS"
  if [ "$t" = exec ]; then
    # No instruction or memory budget in the VM yet: small inputs, the
    # target itself rejects `while` and huge-number constructs, and leak
    # detection is off (interpreter teardown keeps its immortal objects, and
    # reference cycles are never collected). Because every dropped
    # interpreter leaks ~200 KB, exec runs in sessions of at most 30 s (a
    # fresh process each, sharing the corpus) to stay under the RSS limit.
    # See docs/fuzzing.md.
    extra=(-max_len=512 -detect_leaks=0)
    session=$(( SECS < 30 ? SECS : 30 ))
    asan="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" # also at exit
  else
    asan="${ASAN_OPTIONS:-}"
  fi

  log="$LOGS/$t.log"
  : >"$log"
  echo "== fuzzing $t for ${SECS}s (log: ${log#$ROOT/})"
  left="$SECS"; execs=0; rc=0
  while [ "$left" -gt 0 ] && [ $rc -eq 0 ]; do
    run=$(( left < session ? left : session ))
    ASAN_OPTIONS="$asan" cargo +nightly fuzz run -a "$t" "$corpus" -- \
      -dict="$ROOT/fuzz/python.dict" \
      -max_total_time="$run" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 "${extra[@]}" >"$log.part" 2>&1
    rc=$?
    cat "$log.part" >>"$log"
    n="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log.part" | grep -o '[0-9]*$' | tail -1)"
    execs=$(( execs + ${n:-0} ))
    left=$(( left - run ))
  done
  rm -f "$log.part"
  rate=$(( execs / SECS ))

  verdict=ok
  if [ $rc -ne 0 ] || grep -qE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer)|panicked at|SUMMARY: ' "$log"; then
    verdict="FAILED (exit $rc)"
    status=1
    echo "---- $t: last lines of the log"
    tail -n 40 "$log"
    echo "---- artifacts:"; ls -1 "$ROOT/fuzz/artifacts/$t" 2>/dev/null
  fi
  line="$(printf '%-13s %10s execs/s %12s execs  %s' "$t" "$rate" "$execs" "$verdict")"
  echo "$line"
  summary+=("$line")
done

echo
echo "== summary (${SECS}s per target)"
printf '%s\n' "${summary[@]}"
exit $status
