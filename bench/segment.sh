#!/usr/bin/env bash
# Segmentation throughput (issue 17, target >= 50 MB/s): the segment stage
# alone, one thread, over the texts of ../shared/corpora/unsc-archive, in MB
# of document text per second of CPU time (bench/segment_throughput.cc).
#   bench/segment.sh build
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${CLAUSETRACK_SHARED_DIR:-../shared}
archive=$shared/corpora/unsc-archive
[[ -x "$build/bench_segment_throughput" ]] || { echo "segment.sh: $build/bench_segment_throughput not built" >&2; exit 1; }
if [[ ! -d "$archive" ]]; then
  echo "segment.sh: $archive missing: skipped"
  exit 0
fi
echo "load $(cut -d' ' -f1 /proc/loadavg)"
"$build/bench_segment_throughput" "$archive" rules 3
