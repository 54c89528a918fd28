#!/bin/sh
# Makes the background tables of document frequencies in rules/df/ (see
# align::BackgroundDf and scripts/background_df.cc): English from the UN
# Security Council archive, every other language from the seven-language
# development set, each feature kept when at least FLOOR clauses hold it.
#   scripts/make-background-df.sh [BUILD_DIR] [SHARED_DIR] [FLOOR]
# Run from the repository's top folder after `ninja -C BUILD_DIR background_df`.
# Tables in rules/df switch alignment to them for every corpus whose languages
# all have one. The shipped rules hold none: measured, these tables lower the
# scores below their floors (docs/ARCHITECTURE.md, "Alignment per series").
set -eu
build=${1:-build}
shared=${2:-../shared}
floor=${3:-2}
mkdir -p rules/df
"$build/background_df" rules en "$floor" "$shared/corpora/unsc-archive" > rules/df/en.tsv.new
mv rules/df/en.tsv.new rules/df/en.tsv
for lang in ar de es fr ru zh; do
  "$build/background_df" rules "$lang" "$floor" "$shared/corpora/unsc-dev" > "rules/df/$lang.tsv.new"
  mv "rules/df/$lang.tsv.new" "rules/df/$lang.tsv"
done
wc -l rules/df/*.tsv
