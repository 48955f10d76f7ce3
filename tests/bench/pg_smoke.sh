#!/usr/bin/env bash
# Smoke test of `cabas-bench --backend postgresql` on the test server (tests/pg/pg_server.sh):
# tiny scale cut at three weeks, two seconds of four tills, then checks of what it printed: every timed row with
# figures, the tills' line with its sales, no error shown, no credit overspent, verify passed.
# Usage: pg_smoke.sh CABAS_BENCH STATE_DIR WORK_DIR
set -euo pipefail
bench=$1
state=$2
work=$3
uri=$(cat "$state/uri")
mkdir -p "$work"
out="$work/output.txt"
"$bench" --backend postgresql --db "$uri" --scale tiny --weeks 3 --tills 4 --till-seconds 2 \
  --out "$work/performance-pg.md" --work-dir "$work" >"$out"
cat "$out"

fail() { echo "pg_smoke.sh: $*" >&2; exit 1; }
number='[0-9]+(\.[0-9]+)?'
for row in "Start-up" "Card check" "Product scan" "Sale validation" "Monthly report: model" "Annual report"; do
  # operation, n, median, p95, p99, max, then the libpq median and p99.
  grep -Eq "^${row}.* ${number} +${number} +${number} +${number} +${number} \| +${number} +${number} " "$out" ||
    fail "no figures for « $row »"
done
tills=$(grep -E '^-- 4 tills at once' "$out") || fail "no line for the four tills"
[[ "$tills" =~ :\ ([0-9]+)\ sales\ \(([0-9.]+)\ sales/s\) ]] || fail "no sales count: $tills"
(( ${BASH_REMATCH[1]} > 0 )) || fail "the four tills sold nothing: $tills"
[[ "$tills" == *"; 0 errors "* ]] || fail "errors shown: $tills"
[[ "$tills" == *"overspent credits after the run: 0;"* ]] || fail "overspent credits: $tills"
[[ "$tills" == *"verify: Journal intègre"* ]] || fail "journal not verified: $tills"
grep -q "## PostgreSQL" "$work/performance-pg.md" || fail "no PostgreSQL section written"
echo "pg_smoke.sh: PostgreSQL benchmark rows present, 0 errors, 0 overspent credits"
