#!/usr/bin/env bash
# Prints a SHA-256 for every output of every command on the shipped corpus and
# on ../shared/corpora/unsc-dev (English and French, written to a temporary
# corpus with a manifest), so a refactoring can show that outputs are
# byte-identical before and after: run it on both builds and compare.
# usage: scripts/outputs-digest.sh [BUILD]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build}/clausetrack")
# A fixed folder: paths of drafts and corpora appear in the outputs.
tmp=${TMPDIR:-/tmp}/clausetrack-digest
rm -rf "$tmp" && mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

digest() { sha256sum | cut -c1-16; }

run_corpus() {  # NAME CORPUS-DIR
  local name=$1 dir=$2 out="$tmp/out-$1"
  "$bin" track --corpus "$dir" --rules rules --out "$out" --fail-on never --quiet --jobs 2
  # The analysis cache (a dotfile folder of OUT) is not an output.
  for f in $(cd "$out" && find . -type f -not -path "./.clausetrack-cache/*" | sort); do
    echo "$name track $f $(digest < "$out/$f")"
  done
  for fmt in text json sarif github; do
    echo "$name check $fmt $("$bin" check --corpus "$dir" --rules rules --format $fmt --fail-on never | digest)"
  done
  for fmt in dot graphml json; do
    echo "$name graph $fmt $("$bin" graph --corpus "$dir" --rules rules --format $fmt | digest)"
  done
}

run_corpus shipped corpus
for fmt in text json html; do
  echo "shipped diff $fmt $("$bin" diff cg-jk-2023-09 cg-jk-2025-09 --corpus corpus --rules rules --format $fmt | digest)"
  echo "shipped diff-files $fmt $("$bin" diff corpus/cg-jk/2023-03-16-nouakchott.fr.txt corpus/cg-jk/2025-09-23-new-york.en.txt --corpus corpus --rules rules --format $fmt | digest)"
done
for fmt in text json; do
  echo "shipped history $fmt $("$bin" history cg-jk-2025-09/5 --corpus corpus --rules rules --format $fmt | digest)"
  echo "shipped history-text $fmt $("$bin" history 'observer missions' --corpus corpus --rules rules --format $fmt | digest)"
  echo "shipped segment $fmt $("$bin" segment cfm47-pol --corpus corpus --rules rules --format $fmt | digest)"
done
sed 's/Kashmiri activities/Kashmiri activists/' corpus/cg-jk/2025-09-23-new-york.en.txt > "$tmp/draft.en.txt"
for fmt in text json sarif; do
  echo "shipped check-draft $fmt $("$bin" check "$tmp/draft.en.txt" --corpus corpus --rules rules --format $fmt --fail-on never | digest)"
done

dev=../shared/corpora/unsc-dev
if [[ -d $dev ]]; then
  c="$tmp/unsc-dev"
  mkdir -p "$c"
  {
    echo "series:"
    for s in "$dev"/*/; do echo "  - id: $(basename "$s")"; done
    echo "documents:"
    for s in "$dev"/*/; do
      sid=$(basename "$s")
      for lang in en fr; do
        for f in "$s$lang"/*.txt; do
          mkdir -p "$c/$sid"
          cp "$f" "$c/$sid/"
          b=$(basename "$f" .txt)
          echo "  - {id: $b, file: $sid/$b.txt, series: $sid, language: $lang, kind: resolution}"
        done
      done
    done
  } > "$c/manifest.yaml"
  run_corpus unsc-dev "$c"
fi
