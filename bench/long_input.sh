#!/usr/bin/env bash
# Long-input benchmarks (issue 16), run by bench/run.sh with the build folder
# as $1. Prints, one line each, wall seconds, peak resident memory (GNU time)
# and exit status of:
# - `track` on one 50 MB line dense with dates and references: refused with
#   a located error (exit 2) by the limit of one clause (README, "Limits");
# - `track` on one 4,000,000-byte line of the same text, just under the
#   limit, processed whole (about 150,000 entities in one clause);
# - `segment` and `track` on one paragraph of 200,000 lines (3.4 MB).
# Every stage is linear or n log n in the size of one clause; these show it
# on the sizes the issue reported as hanging (quadratic before: 1 MB 10 s,
# 4 MB 149 s; 200,000 lines 46 s).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin=$build/clausetrack
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[[ -x "$bin" ]] || { echo "long_input.sh: $bin not built" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "long_input.sh: /usr/bin/time missing (scripts/install-deps.sh --bench)" >&2; exit 1; }

run() {  # LABEL COMMAND...
  local label=$1 status=0
  shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || status=$?
  read -r secs kb < <(tail -1 "$tmp/time")
  printf 'long:  %-44s %6.2f s   peak %5.0f MB   exit %d\n' "$label" "$secs" "$((kb / 1024))" "$status"
  if [[ $status -ne 0 && $status -ne 1 ]]; then sed -n 's/^/       /; /error/p' "$tmp/err" | head -1; fi
}

python3 bench/gen_long.py line "$tmp/line50m" 50e6
python3 bench/gen_long.py line "$tmp/line4m" 4e6
python3 bench/gen_long.py lines "$tmp/lines200k" 200000
common=(--rules rules --quiet --fail-on never --jobs 2)
run "track, one 50 MB line (over the limit)" \
  "$bin" track --corpus "$tmp/line50m" --out "$tmp/out" "${common[@]}"
run "track, one 4 MB line (under the limit)" \
  "$bin" track --corpus "$tmp/line4m" --out "$tmp/out" "${common[@]}"
run "segment, a paragraph of 200,000 lines" \
  "$bin" segment "$tmp/lines200k/long.en.txt" --corpus "$tmp/lines200k" --rules rules
run "track, a paragraph of 200,000 lines" \
  "$bin" track --corpus "$tmp/lines200k" --out "$tmp/out" "${common[@]}"
