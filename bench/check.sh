#!/usr/bin/env bash
# Pre-publication check benchmark (issue 7), run by bench/run.sh with the
# build folder as $1. Prints the wall-clock time (median of 7 runs, seconds)
# of `clausetrack check DRAFT` on the shipped corpus, the draft being the
# newest communiqué of the contact group with one sentence changed, with the
# series detected and with --series given; and of `check` on the whole
# corpus. Target (DESIGN.md): check DRAFT under 0.3 s. Then check DRAFT
# against ../shared/corpora/unsc-archive when present (target < 1 s).
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

# check DRAFT against the UN Security Council archive (issue 13, target
# < 1 s), when ../shared holds it: the draft is the archive's newest
# resolution of its largest agenda item with one word misspelt.
archive=${CLAUSETRACK_SHARED_DIR:-../shared}/corpora/unsc-archive
if [[ -d "$archive" ]]; then
  folder=$(for d in "$archive"/*/; do echo "$(ls "$d" | wc -l) $d"; done | sort -n | tail -1 | cut -d' ' -f2)
  newest=$(ls "$folder" | sort | tail -1)
  sed '0,/ Security /s// Securty /' "$folder/$newest" > "$tmp/archive-draft.txt"
  archive_draft=$(seconds "$bin" check "$tmp/archive-draft.txt" --corpus "$archive" --fail-on never)
  printf 'check DRAFT vs unsc-archive     %.3f s  (target < 1 s; %s)\n' "$archive_draft" "$newest"
else
  echo "check DRAFT vs unsc-archive     skipped ($archive not found)"
fi
