#!/usr/bin/env bash
# Archive-scale benchmark (issue 17), run by bench/run.sh with the build
# folder as $1; prints bench/RESULTS.md (markdown) to stdout:
#   bench/archive.sh build > bench/RESULTS.md
# On ../shared/corpora/unsc-archive (1,358 English resolutions): `track` cold
# (no cache) with its stage times, CPU time and peak memory; segmentation
# throughput; `track` after adding one document to a cached run, compared
# byte for byte with a cold run of the grown corpus; `check DRAFT` against
# the archive; and `clausetrack diff` of a 550 KB pair (bench/gen_pair.py)
# against `git diff --no-index --word-diff` and dwdiff on the same pair, in
# the same run. The load average is printed beside each figure: the machine
# is shared, and CPU time is steadier than wall time under load.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin=$(realpath "$build/clausetrack")
shared=${CLAUSETRACK_SHARED_DIR:-../shared}
archive=$shared/corpora/unsc-archive
unsc=$shared/corpora/unsc-dev
[[ -x "$bin" ]] || { echo "archive.sh: $bin not built" >&2; exit 1; }
if [[ ! -d "$archive" || ! -d "$unsc" ]]; then
  echo "archive.sh: $archive or $unsc missing: skipped"
  exit 0
fi
for tool in /usr/bin/time hyperfine git dwdiff python3; do
  command -v "$tool" >/dev/null || { echo "archive.sh: $tool missing: skipped"; exit 0; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

load() { cut -d' ' -f1 /proc/loadavg; }
# field NAME FILE: a value of /usr/bin/time -v's report.
field() { grep -F "$1" "$2" | head -1 | awk -F': ' '{print $2}'; }
# stage NAME FILE: wall seconds of a CLAUSETRACK_TIMINGS lap.
stage() { grep -E "^clausetrack: $1 +[0-9]" "$2" | head -1 | awk '{print $(NF-7)}'; }

# timed LOG CMD...: runs CMD with stage timings and /usr/bin/time -v into LOG;
# prints "WALL CPU RSS_MB LOAD".
timed() {
  local log=$1 l
  shift
  l=$(load)
  CLAUSETRACK_TIMINGS=1 /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  local wall cpu rss
  wall=$(field "Elapsed (wall clock)" "$log" | awk -F: '{print $(NF-1)*60 + $NF}')
  cpu=$(echo "$(field "User time" "$log") + $(field "System time" "$log")" | bc)
  rss=$(($(field "Maximum resident set size" "$log") / 1024))
  echo "$wall $cpu $rss $l"
}

mb=$(du -sb --exclude=manifest.yaml "$archive" | awk '{printf "%.1f", $1 / 1e6}')
docs=$(grep -c '^  - id: ' <(sed -n '/^documents:/,$p' "$archive/manifest.yaml"))

echo "# Benchmark results (issue 17)"
echo
echo "Produced by \`bench/archive.sh build > bench/RESULTS.md\` (part of \`make bench\`)"
echo "on $(date -u '+%Y-%m-%d %H:%M UTC'), clausetrack $("$bin" --version | awk '{print $2}')"
echo "at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), Release build."
echo
echo "## Machine"
echo
echo '```'
lscpu | grep -E '^(Architecture|CPU\(s\)|Model name|Thread\(s\) per core|Core\(s\) per socket|L2 cache|L3 cache):' |
  sed 's/  */ /g'
free -h | awk 'NR==1 || /^Mem/'
echo "kernel $(uname -r)"
echo '```'
echo
echo "The machine is shared with other jobs: \"load\" is the 1-minute load"
echo "average when each command started (2 cores: above 2, wall times stretch)."
echo

# 1. track, cold, no cache.
read -r tw tc trss tl < <(timed "$tmp/cold.log" "$bin" track --corpus "$archive" \
  --out "$tmp/cold" --fail-on never --quiet --jobs 2 --no-cache)
seg=$(stage segment "$tmp/cold.log")
# Segmentation alone, one thread, CPU time (bench/segment.sh).
sl=$(load)
segalone=$("$(dirname "$bin")/bench_segment_throughput" "$archive" rules 3 2>/dev/null || true)

# 2. Incremental: the archive without its last document, tracked with the
# cache; the document added back and tracked again (timed); then a cold run
# of the grown corpus, compared byte for byte.
cp -r "$archive" "$tmp/grow"
python3 - "$tmp/grow" <<'EOF'
import os, re, sys
root = sys.argv[1]
m = open(os.path.join(root, "manifest.yaml"), encoding="utf-8").read()
at = m.rindex("\n  - id: ")
last = m[at:]
path = re.search(r"\n    file: (.*)\n", last).group(1)
os.rename(os.path.join(root, path), os.path.join(root, "..", "held-back.txt"))
open(os.path.join(root, "..", "held-back.path"), "w").write(path)
open(os.path.join(root, "..", "full-manifest.yaml"), "w", encoding="utf-8").write(m)
open(os.path.join(root, "manifest.yaml"), "w", encoding="utf-8").write(m[: at + 1])
EOF
"$bin" track --corpus "$tmp/grow" --out "$tmp/warm" --fail-on never --quiet --jobs 2
mv "$tmp/held-back.txt" "$tmp/grow/$(cat "$tmp/held-back.path")"
cp "$tmp/full-manifest.yaml" "$tmp/grow/manifest.yaml"
read -r iw ic irss il < <(timed "$tmp/warm.log" "$bin" track --corpus "$tmp/grow" \
  --out "$tmp/warm" --fail-on never --quiet --jobs 2)
iseg=$(stage 'segment\+extract \(cache\)' "$tmp/warm.log")
"$bin" track --corpus "$tmp/grow" --out "$tmp/grown-cold" --fail-on never --quiet --jobs 2 --no-cache
if diff -r --exclude=.clausetrack-cache -q "$tmp/warm" "$tmp/grown-cold" >/dev/null; then
  same="byte-identical"
else
  same="DIFFERENT"
fi
rm -rf "$tmp/grow" "$tmp/warm" "$tmp/grown-cold"

# 3. check DRAFT against the archive (as bench/check.sh): median of 5.
folder=$(for d in "$archive"/*/; do echo "$(ls "$d" | wc -l) $d"; done | sort -n | tail -1 | cut -d' ' -f2)
newest=$(ls "$folder" | sort | tail -1)
sed '0,/ Security /s// Securty /' "$folder/$newest" >"$tmp/draft.txt"
cl=$(load)
hyperfine --warmup 1 --runs 5 -i --style none --export-json "$tmp/check.json" \
  "$bin check $tmp/draft.txt --corpus $archive --fail-on never" >/dev/null 2>&1
read -r cmed cuser < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(r["median"], r["user"] + r["system"])' "$tmp/check.json")

# 4. diff of a 550 KB pair against git word-diff and dwdiff, same run.
python3 bench/gen_pair.py "$unsc" "$tmp/old.txt" "$tmp/new.txt" 550000
mkdir -p "$tmp/none"
dl=$(load)
hyperfine --warmup 2 --runs 10 -i --style none --export-json "$tmp/diff.json" \
  "$bin diff $tmp/old.txt $tmp/new.txt --corpus $tmp/none" \
  "git diff --no-index --word-diff $tmp/old.txt $tmp/new.txt" \
  "dwdiff $tmp/old.txt $tmp/new.txt" >/dev/null 2>&1
read -r dours dgit ddw douru dgitu ddwu < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"]
print(*[x["mean"] * 1000 for x in r], *[(x["user"] + x["system"]) * 1000 for x in r])' "$tmp/diff.json")
kb=$(( $(stat -c %s "$tmp/old.txt") / 1000 ))

echo "## Results"
echo
echo "| work | wall | CPU | peak memory | load | target | met |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
ok() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b) ? "yes" : "no" }'; }
awk -v d="$docs" -v m="$mb" -v w="$tw" -v c="$tc" -v r="$trss" -v l="$tl" -v ok="$(ok "$tw" 6)" \
  -v okm="$(ok "$trss" 1024)" 'BEGIN {
  printf "| `track` on the archive (%d documents, %s MB), cold, `--no-cache` | %.2f s | %.2f s | %.2f GB | %s | < 6 s, < 1 GB | %s, %s |\n", d, m, w, c, r / 1024, l, ok, okm }'
awk -v m="$mb" -v s="$seg" -v l="$tl" 'BEGIN {
  printf "| segmentation (stage `segment` of that run) | %.2f s = %.1f MB/s | | | %s | >= 50 MB/s | %s |\n", s, m / s, l, (m / s >= 50) ? "yes" : "no" }'
if [[ -n "$segalone" ]]; then
  awk -v line="$segalone" -v l="$sl" 'BEGIN {
    split(line, f, " "); for (i in f) if (f[i] == "MB/s") r = f[i - 1]; for (i in f) if (f[i] == "CPU") c = f[i - 2]
    printf "| segmentation alone, one thread (bench/segment.sh: best of 3) | | %s s = %s MB/s | | %s | >= 50 MB/s | %s |\n", c, r, l, (r >= 50) ? "yes" : "no" }'
fi
awk -v w="$iw" -v c="$ic" -v r="$irss" -v l="$il" -v s="$iseg" -v same="$same" -v ok="$(ok "$iw" 1.5)" 'BEGIN {
  printf "| `track` after adding one document (cache of the other %s; segment+extract %.2f s); outputs vs a cold run: %s | %.2f s | %.2f s | %.2f GB | %s | < 1.5 s | %s |\n", "documents", s, same, w, c, r / 1024, l, ok }'
awk -v w="$cmed" -v c="$cuser" -v l="$cl" -v n="$newest" -v ok="$(ok "$cmed" 0.5)" 'BEGIN {
  printf "| `check DRAFT` against the archive (%s, one word misspelt), median of 5 | %.3f s | %.3f s | | %s | < 0.5 s | %s |\n", n, w, c, l, ok }'
awk -v kb="$kb" -v o="$dours" -v g="$dgit" -v w="$ddw" -v ou="$douru" -v gu="$dgitu" -v wu="$ddwu" -v l="$dl" 'BEGIN {
  printf "| `clausetrack diff` of a %d KB pair (bench/gen_pair.py), mean of 10 | %.0f ms | %.0f ms | | %s | within 2x of git | %s (x%.1f) |\n", kb, o, ou, l, (o <= 2 * g) ? "yes" : "no", o / g
  printf "| `git diff --no-index --word-diff`, same pair, same run | %.0f ms | %.0f ms | | %s | | |\n", g, gu, l
  printf "| `dwdiff`, same pair, same run | %.0f ms | %.0f ms | | %s | | |\n", w, wu, l }'
echo
echo "Stage times of the cold \`track\` run (wall, CPU of the whole process):"
echo
echo '```'
grep '^clausetrack: ' "$tmp/cold.log" | grep -v ' -> '
echo '```'
echo
echo "Stage times of the run after adding one document:"
echo
echo '```'
grep '^clausetrack: ' "$tmp/warm.log" | grep -v ' -> '
echo '```'
echo
echo "## Commands"
echo
echo '```sh'
echo "CLAUSETRACK_TIMINGS=1 /usr/bin/time -v clausetrack track --corpus ../shared/corpora/unsc-archive --out OUT --fail-on never --quiet --jobs 2 --no-cache"
echo "# archive copy without its last manifest entry, tracked (fills OUT/.clausetrack-cache); entry put back, then:"
echo "CLAUSETRACK_TIMINGS=1 /usr/bin/time -v clausetrack track --corpus GROWN --out OUT --fail-on never --quiet --jobs 2"
echo "clausetrack track --corpus GROWN --out COLD --fail-on never --quiet --jobs 2 --no-cache; diff -r --exclude=.clausetrack-cache OUT COLD"
echo "bench/segment.sh build   # build/bench_segment_throughput ../shared/corpora/unsc-archive rules 3"
echo "hyperfine --warmup 1 --runs 5 'clausetrack check DRAFT --corpus ../shared/corpora/unsc-archive --fail-on never'"
echo "python3 bench/gen_pair.py ../shared/corpora/unsc-dev old.txt new.txt 550000"
echo "hyperfine --warmup 2 --runs 10 -i 'clausetrack diff old.txt new.txt --corpus EMPTY' \\"
echo "  'git diff --no-index --word-diff old.txt new.txt' 'dwdiff old.txt new.txt'"
echo '```'
