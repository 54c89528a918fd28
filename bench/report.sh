#!/usr/bin/env bash
# Benchmark of the HTML change report on the shipped corpus: the size of
# index.html and of the largest series page (targets < 2 MB and < 5 MB) and
# their load times in headless Chromium (target < 1 s, median of 5 loads,
# from navigation start to the end of the load event, scripts included). Usage: bench/report.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin="$build/clausetrack"
[[ -x "$bin" ]] || { echo "report: $bin not built" >&2; exit 1; }
command -v node >/dev/null || { echo "report: node missing (scripts/install-deps.sh --bench)" >&2; exit 1; }
[[ -x /usr/bin/chromium ]] || { echo "report: chromium missing (scripts/install-deps.sh --bench)" >&2; exit 1; }
if [[ ! -d tests/browser/node_modules/playwright-core ]]; then
  (cd tests/browser && npm ci --no-audit --no-fund --silent)
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
start=$(date +%s.%N)
"$bin" track --corpus corpus --rules rules --out "$out" --quiet --fail-on never
end=$(date +%s.%N)
size=$(stat -c %s "$out/index.html")
awk -v s="$start" -v e="$end" 'BEGIN { printf "report: track (all outputs) %.2f s\n", e - s }'
awk -v n="$size" 'BEGIN { printf "report: index.html %.2f MB (target < 2 MB)\n", n / 1000000 }'
status=0
(( size < 2000000 )) || { echo "report: index.html is too large" >&2; status=1; }
node bench/report_load.mjs "$out/index.html" || status=1
if [[ -d "$out/series" ]]; then
  page=$(ls -S "$out"/series/*.html | head -1)
  psize=$(stat -c %s "$page")
  awk -v n="$psize" -v p="${page#"$out"/}" \
    'BEGIN { printf "report: largest series page %s %.2f MB (target < 5 MB)\n", p, n / 1000000 }'
  (( psize < 5000000 )) || { echo "report: a series page is too large" >&2; status=1; }
  node bench/report_load.mjs "$page" || status=1
fi
exit $status
