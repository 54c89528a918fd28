#!/usr/bin/env bash
# `make bench`: runs every benchmark script in bench/ (bench/*.sh except this
# one) against the build folder given as $1 (default: build) and prints their
# figures. Speed is measured here, never in unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
status=0
for script in bench/*.sh; do
  [[ "$script" == bench/run.sh ]] && continue
  echo "== $script"
  bash "$script" "$build" || status=1
done
exit $status
