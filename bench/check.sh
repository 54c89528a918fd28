#!/usr/bin/env bash
# Pre-publication check benchmark (issue 7), run by bench/run.sh with the
# build folder as $1. Prints the wall-clock time (median of 7 runs, seconds)
# of `clausetrack check DRAFT` on the shipped corpus, the draft being the
# newest communiqué of the contact group with one sentence changed, with the
# series detected and with --series given; and of `check` on the whole
# corpus. Target (DESIGN.md): check DRAFT under 0.3 s.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin=$build/clausetrack
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[[ -x "$bin" ]] || { echo "check.sh: $bin not built" >&2; exit 1; }

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# seconds CMD...: median wall time of 7 runs (output discarded).
seconds() {
  local t=()
  for _ in 1 2 3 4 5 6 7; do
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    t+=("$(echo "$e - $s" | bc)")
  done
  printf '%s\n' "${t[@]}" | median
}

sed 's/Kashmiri activities/Kashmiri activists/' corpus/cg-jk/2025-09-23-new-york.en.txt > "$tmp/draft.en.txt"

draft=$(seconds "$bin" check "$tmp/draft.en.txt" --fail-on never)
series=$(seconds "$bin" check "$tmp/draft.en.txt" --series oic-cg-jk --fail-on never)
whole=$(seconds "$bin" check --fail-on never)
printf 'check DRAFT (series detected)   %.3f s  (target < 0.3 s)\n' "$draft"
printf 'check DRAFT --series oic-cg-jk  %.3f s\n' "$series"
printf 'check (whole corpus)            %.3f s\n' "$whole"
