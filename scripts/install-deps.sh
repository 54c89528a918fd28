#!/usr/bin/env bash
# Installs clausetrack's build and test dependencies from Debian 12 packages.
# Usage: scripts/install-deps.sh [--test|--bench|--fuzz]   (--test adds what the
# tests need, --fuzz clang-14 and libFuzzer for `make fuzz`)
# Does nothing when everything is already installed; uses sudo when not root.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config make
  libdtl-dev libboost-graph-dev libyaml-cpp-dev libyaml-dev catch2 libcli11-dev
  nlohmann-json3-dev libfmt-dev libre2-dev libutf8proc-dev libstemmer-dev
  libkainjow-mustache-dev zlib1g-dev graphviz
  dict-freedict-fra-eng dict-freedict-eng-fra
  libhunspell-dev hunspell-en-us hunspell-en-gb hunspell-fr hunspell-ar hunspell-ru hunspell-es
  hunspell-de-de libxml2-dev libpoppler-cpp-dev libzip-dev
  libicu-dev libjemalloc-dev libxxhash-dev
)
if [[ "${1:-}" == "--test" || "${1:-}" == "--bench" ]]; then
  packages+=(chromium fonts-dejavu-core fonts-liberation fonts-noto-core fonts-noto-cjk nodejs npm git pandoc)
fi
if [[ "${1:-}" == "--fuzz" ]]; then
  packages+=(clang-14 libclang-rt-14-dev)
fi
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(dwdiff hyperfine time)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
# node may come from the machine image rather than Debian's package.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  tmp=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || tmp+=("$p"); done
  missing=("${tmp[@]}")
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
echo "install-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
