#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, CABAS_FUZZ=ON, ASan+UBSan) and runs each one for
# SECONDS from its committed seed corpus, then prints executions per second per target.
# Usage: tests/fuzz/run.sh SECONDS        (CI: 60 per target)
# New inputs go to the build folder, never into tests/fuzz/corpus; a crash leaves its input in
# build-fuzz/fuzz-work/<target>/crashes/ and makes the script fail.
set -euo pipefail
seconds=${1:?usage: tests/fuzz/run.sh SECONDS}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "run.sh: SECONDS must be a whole number" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${CABAS_FUZZ_BUILD_DIR:-$root/build-fuzz}
targets=(csv amount date bareme_json simulate_json card_number)

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCABAS_FUZZ=ON -DCABAS_BUILD_GUI=OFF -DCABAS_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j2 --target cabas_fuzz_targets

failed=0
summary="target             seconds   executions     exec/s  corpus  result"
for target in "${targets[@]}"; do
  work="$build/fuzz-work/$target"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/crashes"
  log="$work/fuzz.log"
  status=0
  # Bounded: total time, 10 s per input, 2 GiB of memory, inputs up to 64 KiB.
  "$build/tests/fuzz/fuzz_$target" "$work/corpus" "$root/tests/fuzz/corpus/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/crashes/" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: //p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: //p' "$log" | tail -1)
  units=$(find "$work/corpus" -type f | wc -l)
  result=ok
  if [[ $status -ne 0 ]] || [[ -n "$(ls -A "$work/crashes")" ]]; then
    result="CRASH (see $log)"
    failed=1
    tail -40 "$log" >&2
  fi
  summary+=$(printf '\n%-18s %7s %12s %10s %7s  %s' "$target" "$seconds" "${runs:-?}" "${rate:-?}" "$units" "$result")
done
echo "$summary"
exit $failed
