#!/usr/bin/env bash
# Installs what thidua needs on a Debian bookworm machine (as root), skipping what is there.
# Idempotent: a second run does nothing but check.
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(build-essential cmake ninja-build pkg-config ccache
      libboost-dev libboost-system-dev nlohmann-json3-dev libfmt-dev libspdlog-dev libcli11-dev
      libicu-dev libargon2-dev libssl-dev libsqlite3-dev sqlite3 libpq-dev postgresql
      libgtest-dev libgmock-dev libbenchmark-dev
      libzip-dev libpugixml-dev libxlsxwriter-dev
      libreoffice-writer-nogui fonts-liberation2 fonts-crosextra-carlito
      python3-openpyxl python3-docx
      nodejs npm chromium poppler-utils nginx-light wrk
      clang libclang-rt-14-dev)
# The browser, poppler-utils (pdftotext, for the print test), nginx and wrk are needed only by tests
# and benchmarks; `make run` skips them. LibreOffice (writer, no GUI) converts documents to PDF;
# fonts-liberation2 is metric-compatible with Times New Roman (fontconfig maps the name to it), so
# pages break as in Word. python3-openpyxl reads the exported workbooks in the tests;
# python3-docx is the reference `make bench` measures the .docx writer against (bench/documents.sh).
# clang and its
# runtime (libFuzzer, ASan, UBSan) build the fuzzing harnesses of fuzz/ (tests only).
if [ "${THIDUA_SETUP_MINIMAL:-0}" = 1 ]; then
  PKGS=("${PKGS[@]/chromium}"); PKGS=("${PKGS[@]/poppler-utils}"); PKGS=("${PKGS[@]/nginx-light}"); PKGS=("${PKGS[@]/wrk}"); PKGS=("${PKGS[@]/python3-openpyxl}"); PKGS=("${PKGS[@]/python3-docx}"); PKGS=("${PKGS[@]/libclang-rt-14-dev}"); PKGS=("${PKGS[@]/#clang/}")
fi

missing=()
for p in "${PKGS[@]}"; do
  [ -z "$p" ] && continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# nodejs/npm may come from outside Debian on some images: a working `node` and `npm` are enough.
if command -v node >/dev/null && command -v npm >/dev/null; then
  tmp=(); for p in "${missing[@]}"; do [ "$p" = nodejs ] || [ "$p" = npm ] || tmp+=("$p"); done
  missing=("${tmp[@]}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then echo "setup: need root to install packages" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Web packages, exactly as package-lock.json says; redone only when the lock file changes.
if [ -f web/package-lock.json ]; then
  stamp=web/node_modules/.lock-stamp
  if [ ! -f "$stamp" ] || ! cmp -s web/package-lock.json "$stamp"; then
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
    cp web/package-lock.json "$stamp"
  fi
fi
