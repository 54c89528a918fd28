#!/usr/bin/env bash
# Alignment and word-diff benchmarks (issue 5), run by bench/run.sh with the
# build folder as $1. Prints, one line each:
# - the align stage's time on the shipped corpus, and the whole `track`;
# - the same on synthetic series made from ../shared/corpora/unsc-dev by
#   bench/gen_series.py: 1,500 documents in one series; 1,500 documents in 80
#   series (DESIGN.md's target: < 6 s, < 1 GB) and 750 in 40 series, for the
#   growth ratio (2x documents should cost at most 2.3x time);
# - `clausetrack diff` against `git diff --no-index --word-diff` on the same
#   pair of ~100 KB documents (bench/gen_pair.py), as a ratio of mean times
#   measured in one hyperfine run.
# The align stage's own time comes from CLAUSETRACK_TIMINGS (the pipeline's
# "align" lap, util/stage_timer.h).
# Times are wall-clock seconds, medians of 3 runs; memory is the peak resident
# size of `track` (GNU time). The synthetic parts are skipped without unsc-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin=$build/clausetrack
unsc=${UNSC_DEV:-../shared/corpora/unsc-dev}
jobs=${JOBS:-$(nproc)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[[ -x "$bin" ]] || { echo "align.sh: $bin not built" >&2; exit 1; }

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# align_and_track CORPUS: "ALIGN TRACK PEAK_MB" (medians of 3 runs).
align_and_track() {
  local corpus=$1 a=() t=() m=()
  for _ in 1 2 3; do
    CLAUSETRACK_TIMINGS=1 /usr/bin/time -f "time %e %M" -o "$tmp/time" \
      "$bin" track --corpus "$corpus" --out "$tmp/out" --quiet --fail-on never --jobs "$jobs" \
      2>"$tmp/err" >/dev/null
    a+=("$(awk '$1 == "clausetrack:" && $2 == "align" && $3 ~ /^[0-9.]+$/ {print $3}' "$tmp/err")")
    t+=("$(awk '/^time/ {print $2}' "$tmp/time")")
    m+=("$(awk '/^time/ {printf "%.0f", $3/1024}' "$tmp/time")")
  done
  echo "$(printf '%s\n' "${a[@]}" | median) $(printf '%s\n' "${t[@]}" | median) $(printf '%s\n' "${m[@]}" | median)"
}

report() {  # LABEL CORPUS
  local label=$1 corpus=$2 docs size r
  docs=$(grep -c '^  - id:' "$corpus/manifest.yaml" || true)
  size=$(du -sh --exclude=manifest.yaml "$corpus" | cut -f1)
  r=($(align_and_track "$corpus"))
  printf 'align: %-34s align %6.2f s   track %6.2f s   peak %5s MB\n' \
    "$label ($size)" "${r[0]}" "${r[1]}" "${r[2]}"
  echo "${r[0]} ${r[1]}" >"$tmp/last"
}

report "shipped corpus" corpus

if [[ -d "$unsc" ]] && command -v python3 >/dev/null; then
  python3 bench/gen_series.py "$unsc" "$tmp/s1500" 1500 1
  python3 bench/gen_series.py "$unsc" "$tmp/m750" 750 40
  python3 bench/gen_series.py "$unsc" "$tmp/m1500" 1500 80
  report "1,500 documents, one series" "$tmp/s1500"
  report "750 documents, 40 series" "$tmp/m750"
  read -r a750 t750 <"$tmp/last"
  report "1,500 documents, 80 series" "$tmp/m1500"
  read -r a1500 t1500 <"$tmp/last"
  awk -v a=$a1500 -v b=$a750 -v t=$t1500 -v u=$t750 'BEGIN {
    printf "align: growth 750 -> 1,500 documents: align x%.2f, track x%.2f (target <= 2.3)\n", a/b, t/u }'

  python3 bench/gen_pair.py "$unsc" "$tmp/old.txt" "$tmp/new.txt"
  if command -v hyperfine >/dev/null && command -v git >/dev/null; then
    peers=("git diff --no-index --word-diff $tmp/old.txt $tmp/new.txt")
    command -v dwdiff >/dev/null && peers+=("dwdiff $tmp/old.txt $tmp/new.txt")
    # Peers exit 1 when the files differ: -i keeps their times.
    hyperfine --warmup 2 --runs 10 -i --style none --export-json "$tmp/diff.json" \
      "$bin diff $tmp/old.txt $tmp/new.txt --corpus $tmp/none" "${peers[@]}" >/dev/null 2>&1
    python3 - "$tmp/diff.json" "$tmp/old.txt" <<'EOF'
import json, os, sys
r = json.load(open(sys.argv[1]))["results"]
kb = os.path.getsize(sys.argv[2]) / 1000
ours = r[0]["mean"]
for peer in r[1:]:
    name = peer["command"].split()[0]
    name = "git diff --word-diff" if name == "git" else name
    print(f"diff:  clausetrack diff {ours*1000:.0f} ms vs {name} {peer['mean']*1000:.0f} ms "
          f"on two {kb:.0f} KB documents: ratio {ours/peer['mean']:.2f} (clausetrack / peer; below 1 is faster)")
EOF
  else
    echo "diff: hyperfine or git missing: skipped"
  fi
else
  echo "align: $unsc or python3 missing: synthetic benchmarks skipped"
fi
