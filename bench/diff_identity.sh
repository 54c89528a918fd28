#!/usr/bin/env bash
# Compares `clausetrack diff` of two binaries (a reference and a candidate)
# byte for byte on 20 pairs in every output format (text, json, html, docx)
# with their exit codes: two bench/gen_pair.py pairs (550 KB and 100 KB),
# consecutive resolutions of ../shared/corpora/unsc-dev series in seven
# languages, English/French translation pairs, and pairs of corpus/ (files
# and document ids, one of them across languages). For changes meant to keep
# diff's outputs as they are (performance work, issue 17).
#   bench/diff_identity.sh /work/main/build/clausetrack build/clausetrack
# Prints one line per pair and format that differs, then a summary; exits 1
# when any differs.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 2 ]] || { echo "usage: $0 REFERENCE_BINARY CANDIDATE_BINARY" >&2; exit 2; }
ref=$(realpath "$1")
new=$(realpath "$2")
shared=${CLAUSETRACK_SHARED_DIR:-../shared}
unsc=$shared/corpora/unsc-dev
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/none"
python3 bench/gen_pair.py "$unsc" "$tmp/big-old.txt" "$tmp/big-new.txt" 550000
python3 bench/gen_pair.py "$unsc" "$tmp/small-old.txt" "$tmp/small-new.txt" 100000

# Each pair: OLD NEW CORPUS.
pairs=(
  "$tmp/big-old.txt $tmp/big-new.txt $tmp/none"
  "$tmp/small-old.txt $tmp/small-new.txt $tmp/none"
)
r=$unsc
for p in \
  binuh-haiti/en/S-RES-2547-2020.en.txt:binuh-haiti/en/S-RES-2600-2021.en.txt \
  binuh-haiti/fr/S-RES-2600-2021.fr.txt:binuh-haiti/fr/S-RES-2645-2022.fr.txt \
  binuh-haiti/es/S-RES-2645-2022.es.txt:binuh-haiti/es/S-RES-2692-2023.es.txt \
  binuh-haiti/ru/S-RES-2692-2023.ru.txt:binuh-haiti/ru/S-RES-2743-2024.ru.txt \
  binuh-haiti/ar/S-RES-2743-2024.ar.txt:binuh-haiti/ar/S-RES-2785-2025.ar.txt \
  binuh-haiti/zh/S-RES-2547-2020.zh.txt:binuh-haiti/zh/S-RES-2600-2021.zh.txt \
  binuh-haiti/de/S-RES-2600-2021.de.txt:binuh-haiti/de/S-RES-2645-2022.de.txt \
  binuh-haiti/en/S-RES-2547-2020.en.txt:binuh-haiti/fr/S-RES-2547-2020.fr.txt \
  binuh-haiti/en/S-RES-2692-2023.en.txt:binuh-haiti/fr/S-RES-2743-2024.fr.txt; do
  pairs+=("$r/${p%%:*} $r/${p##*:} $tmp/none")
done
# Two more series, the first two English and French resolutions of each.
for s in minusca-car monusco-drc unama-afghanistan unsmil-libya; do
  for lang in en fr; do
    mapfile -t f < <(ls "$r/$s/$lang" 2>/dev/null | sort | head -2)
    [[ ${#f[@]} -eq 2 ]] && pairs+=("$r/$s/$lang/${f[0]} $r/$s/$lang/${f[1]} $tmp/none")
  done
done
# corpus/: files inside the corpus, document ids, and a French -> English pair.
pairs+=(
  "corpus/cg-jk/2019-09-25-new-york.fr.txt corpus/cg-jk/2023-03-16-nouakchott.fr.txt corpus"
  "cg-jk-2023-09 cg-jk-2025-09 corpus"
  "corpus/cg-jk/2023-03-16-nouakchott.fr.txt corpus/cg-jk/2023-09-20-new-york.en.txt corpus"
)

# run BIN OLD NEW CORPUS FORMAT OUT: the output bytes, then "exit N".
run() {
  local rc=0
  SOURCE_DATE_EPOCH=1700000000 "$1" diff "$2" "$3" --corpus "$4" --format "$5" -o "$6" \
    2>"$6.err" || rc=$?
  echo "exit $rc" >>"$6.err"
}

differ=0
total=0
for p in "${pairs[@]}"; do
  read -r old newer corpus <<<"$p"
  for fmt in text json html docx; do
    total=$((total + 1))
    run "$ref" "$old" "$newer" "$corpus" "$fmt" "$tmp/a.$fmt"
    run "$new" "$old" "$newer" "$corpus" "$fmt" "$tmp/b.$fmt"
    if ! cmp -s "$tmp/a.$fmt" "$tmp/b.$fmt" || ! cmp -s "$tmp/a.$fmt.err" "$tmp/b.$fmt.err"; then
      echo "DIFFERENT ($fmt): $old $newer"
      differ=$((differ + 1))
    fi
    rm -f "$tmp/a.$fmt" "$tmp/b.$fmt"
  done
done
echo "${#pairs[@]} pairs x 4 formats: $((total - differ)) of $total byte-identical"
[[ $differ -eq 0 ]]
