#!/usr/bin/env bash
# Six languages against English only (issue 14), run by bench/run.sh (`make
# bench`) with the build folder as $1: `track` on the unsc-dev resolutions
# published in all six UN languages, once with every series changing language
# each year (en, ar, zh, ru, es, fr in turn: cross-language alignment through
# the lexicons) and once with the same resolutions in English only: the same
# number of documents and clauses. Prints CPU and wall time of each (best of
# 3, /usr/bin/time) and the ratio; issue 14 asks for at most 2x.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin=$(realpath "$build/clausetrack")
shared=${CLAUSETRACK_SHARED_DIR:-../shared}
unsc=$shared/corpora/unsc-dev
[[ -x "$bin" ]] || { echo "languages.sh: $bin not built" >&2; exit 1; }
[[ -d "$unsc" ]] || { echo "languages.sh: $unsc missing: skipped"; exit 0; }
command -v /usr/bin/time >/dev/null || { echo "languages.sh: /usr/bin/time missing: skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# corpus DIR MODE: MODE "six" (languages in turn) or "en".
corpus() {
  python3 - "$unsc" "$1" "$2" <<'PY'
import json, os, shutil, sys
unsc, out, mode = sys.argv[1:]
six = ["en", "ar", "zh", "ru", "es", "fr"]
lines = ["series:"]
docs = ["documents:"]
for series in sorted(os.listdir(unsc)):
    p = os.path.join(unsc, series, "paragraphs.json")
    if not os.path.exists(p):
        continue
    files = json.load(open(p, encoding="utf-8"))["files"]
    files = [f for f in files if all(f.get(l + "_file") for l in six)
             and all(os.path.exists(os.path.join(unsc, series, l, f[l + "_file"])) for l in six)]
    files = list({f["num"]: f for f in reversed(files)}.values())  # a resolution listed twice
    files.sort(key=lambda f: (f["date"], f["num"]))
    if not files:
        continue
    lines.append(f"  - id: {series}\n    title: {series}")
    for n, f in enumerate(files):
        lang = six[n % 6] if mode == "six" else "en"
        rel = f"{series}/{f['num']}.{lang}.txt"
        os.makedirs(os.path.join(out, series), exist_ok=True)
        shutil.copy(os.path.join(unsc, series, lang, f[lang + "_file"]), os.path.join(out, rel))
        docs.append(f"  - {{id: {series}-{f['num']}, file: {rel}, series: {series}, "
                    f"kind: resolution, language: {lang}, date: {f['date']}}}")
open(os.path.join(out, "manifest.yaml"), "w", encoding="utf-8").write(
    "\n".join(lines + docs) + "\n")
PY
}

# best CORPUS: "CPU WALL" seconds, the best of 3 cold runs.
best() {
  local b_cpu=999999 b_wall=999999 cpu wall
  for _ in 1 2 3; do
    rm -rf "$tmp/out"
    /usr/bin/time -f "%U %S %e" -o "$tmp/time" "$bin" track --corpus "$1" --rules rules \
      --out "$tmp/out" --quiet --fail-on never --no-cache >/dev/null 2>"$tmp/err" ||
      { echo "languages.sh: track failed: $(cat "$tmp/err")" >&2; exit 1; }
    read -r u s wall <"$tmp/time"
    cpu=$(echo "$u + $s" | bc)
    (($(echo "$cpu < $b_cpu" | bc))) && b_cpu=$cpu
    (($(echo "$wall < $b_wall" | bc))) && b_wall=$wall
  done
  echo "$b_cpu $b_wall"
}

mkdir -p "$tmp/six" "$tmp/en"
corpus "$tmp/six" six
corpus "$tmp/en" en
n=$(grep -c '^  - {id:' "$tmp/six/manifest.yaml")
read -r six_cpu six_wall < <(best "$tmp/six")
read -r en_cpu en_wall < <(best "$tmp/en")
echo "## Six languages against English only (issue 14)"
echo
echo "$n unsc-dev resolutions published in all six languages, \`track\` cold, best of 3,"
echo "load $(cut -d' ' -f1 /proc/loadavg):"
echo
echo "| corpus | CPU s | wall s |"
echo "|---|---|---|"
echo "| English only | $en_cpu | $en_wall |"
echo "| en, ar, zh, ru, es, fr in turn | $six_cpu | $six_wall |"
echo "| ratio | $(echo "scale=2; $six_cpu / $en_cpu" | bc) | $(echo "scale=2; $six_wall / $en_wall" | bc) |"
