#!/usr/bin/env bash
# Builds the fuzz harnesses of tests/fuzz/ with clang, libFuzzer, ASan and
# UBSan (in build-fuzz/), then fuzzes each for SECONDS (default 60) over a
# copy of its corpus in tests/fuzz/corpus/. Exits non-zero if any harness
# crashed, leaked, hit undefined behaviour or broke a round trip, and says
# where the input that did it was saved.
# Usage: scripts/fuzz.sh [--merge] [--only HARNESS] [SECONDS]
#   --merge   add this run's finds that reach new code to tests/fuzz/corpus/
#             (then commit them)
#   --only    fuzz one harness (framework_xml, socle, votes_csv, ...)
# docs/reliability.md says what each harness checks and records long runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

merge=0
only=""
seconds=60
while [ $# -gt 0 ]; do
  case "$1" in
    --merge) merge=1 ;;
    --only) only="$2"; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *[!0-9]*|"") echo "usage: scripts/fuzz.sh [--merge] [--only HARNESS] [SECONDS]" >&2; exit 2 ;;
    *) seconds="$1" ;;
  esac
  shift
done

ensure_packages "${SOCLE_PACKAGES[@]}"

FUZZ_BUILD_DIR="${SOCLE_FUZZ_BUILD_DIR:-$SOCLE_ROOT/build-fuzz}"
CORPUS_ROOT="$SOCLE_ROOT/tests/fuzz/corpus"
harnesses=(framework_xml socle votes_csv field_submissions_csv participants_csv systems_csv flows_csv text_input room_request translation_xlsx)
if [ -n "$only" ]; then
  [ -d "$CORPUS_ROOT/$only" ] || { echo "error: no harness '$only' (tests/fuzz/corpus/$only)" >&2; exit 2; }
  harnesses=("$only")
fi

configure_sanitized "$FUZZ_BUILD_DIR"
say "Building the fuzz harnesses"
cmake --build "$FUZZ_BUILD_DIR" --target "${harnesses[@]/#/fuzz_}" -- -j"$(nproc)"

export_sanitizer_options

failed=()
for harness in "${harnesses[@]}"; do
  work="$FUZZ_BUILD_DIR/runs/$harness"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/crashes"
  cp "$CORPUS_ROOT/$harness"/* "$work/corpus/"
  dict="$SOCLE_ROOT/tests/fuzz/$harness.dict"
  options=(-max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1
           -artifact_prefix="$work/crashes/")
  [ -f "$dict" ] && options+=(-dict="$dict")
  say "Fuzzing $harness for ${seconds}s (log: $work/fuzz.log)"
  if "$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$harness" "${options[@]}" "$work/corpus" >"$work/fuzz.log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log")
    echo "$harness: ${runs:-?} executions, ${speed:-?}/s, corpus $(ls "$work/corpus" | wc -l) files, no crash" >&2
  else
    failed+=("$harness")
    echo "$harness: FAILED. The input that did it: $(ls -d "$work"/crashes/* 2>/dev/null | tr '\n' ' ')" >&2
    echo "  replay it: $FUZZ_BUILD_DIR/tests/fuzz/fuzz_$harness FILE   (the report: $work/fuzz.log)" >&2
    grep -m1 -E "ERROR: |runtime error|socle fuzz:" "$work/fuzz.log" >&2 || tail -5 "$work/fuzz.log" >&2
    continue
  fi
  if [ "$merge" = 1 ]; then
    # libFuzzer adds to the tree's corpus only the finds that reach new
    # code; what is there stays (inputs that once failed keep their names).
    before=$(ls "$CORPUS_ROOT/$harness" | wc -l)
    "$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$harness" -merge=1 "$CORPUS_ROOT/$harness" "$work/corpus" >"$work/merge.log" 2>&1
    echo "  merged into tests/fuzz/corpus/$harness: $(( $(ls "$CORPUS_ROOT/$harness" | wc -l) - before )) new files" >&2
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "error: fuzzing found a problem in: ${failed[*]}" >&2
  exit 1
fi
say "Fuzzing found nothing (${seconds}s per harness)"
