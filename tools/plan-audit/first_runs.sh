#!/bin/bash
# (session 27) One first run: builds the parser of COMMIT (from `git archive`, into
# ${TMPDIR:-/tmp}/thidua-first-run-COMMIT, kept so that a second run of the same commit builds
# nothing) and runs `thidua plan eval` on TEXTS — a directory of NAME.txt + NAME.expected.json, or a
# file of names (one a line) of texts now in tests/fixtures/plans/dev/, read with today's labels.
# Prints only the aggregate report. Feeds tools/plan-audit/first_runs.py.
#   tools/plan-audit/first_runs.sh COMMIT TEXTS > /tmp/first-SET.txt
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: first_runs.sh COMMIT NAMES|DIR" >&2; exit 2; }
repo=$(git rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse --short "$1^{commit}")
dir="${TMPDIR:-/tmp}/thidua-first-run-$commit"
texts="$2"
if [ ! -d "$texts" ]; then
  texts=$(mktemp -d)
  trap 'rm -rf "$texts"' EXIT
  while read -r n; do [ -n "$n" ] && cp "$repo/tests/fixtures/plans/dev/$n".{txt,expected.json} "$texts/"; done < "$2"
fi
if [ ! -x "$dir/build/thidua" ]; then
  mkdir -p "$dir"
  git -C "$repo" archive "$commit" | tar -x -C "$dir"
  launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$dir" -B "$dir/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >"$dir/cfg.log" 2>&1
  cmake --build "$dir/build" -j 2 --target thidua >"$dir/build.log" 2>&1 || { tail -20 "$dir/build.log" >&2; exit 1; }
fi
"$dir/build/thidua" plan eval "$texts"
