#!/usr/bin/env bash
# Workbooks and Word documents against Python in the same run (bench/README.md):
#   bash bench/documents.sh [--out FILE] [--smoke]   (make bench runs it; --smoke: seconds, no timing)
# Builds thidua_documents_bench, checks python3-openpyxl and python3-docx are there, and merges
# the figures under "documents" into FILE (default bench/results/latest.json; none with --smoke).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
out=bench/results/latest.json smoke=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --smoke) smoke=(--smoke); out=; shift ;;
    *) echo "usage: bench/documents.sh [--out FILE] [--smoke]" >&2; exit 2 ;;
  esac
done
[ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" --target thidua_documents_bench >/dev/null
PYTHON=${THIDUA_PYTHON:-/usr/bin/python3}  # Debian's, with python3-openpyxl and python3-docx
"$PYTHON" -c 'import openpyxl, docx' 2>/dev/null ||
  { echo "bench: python3-openpyxl and python3-docx are needed (scripts/setup.sh installs them)" >&2; exit 1; }
args=("${smoke[@]}" --python "$PYTHON")
[ -n "$out" ] && args+=(--out "$out")
"$BUILD/bench/thidua_documents_bench" "${args[@]}"
