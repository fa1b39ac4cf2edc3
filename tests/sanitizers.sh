#!/usr/bin/env bash
# The unit and storage tests built with AddressSanitizer and UndefinedBehaviorSanitizer (g++, its
# own build directory build-asan/, only the two test binaries) and run: any leak, overflow,
# use-after-free or undefined behaviour fails. Storage tests run on SQLite and, when
# THIDUA_TEST_PG_URL is set, on PostgreSQL. THIDUA_SANITIZE_UNIT_ONLY=1 runs the unit tests only.
set -euo pipefail
cd "$(dirname "$0")/.."
B=${BUILD_ASAN:-build-asan}
[ -f "$B/build.ninja" ] || cmake -S . -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTHIDUA_SANITIZE=ON -DTHIDUA_SKIP_SOURCES= >/dev/null
targets=(thidua_unit_tests)
[ "${THIDUA_SANITIZE_UNIT_ONLY:-0}" = 1 ] || targets+=(thidua_db_tests)
nice cmake --build "$B" -j "${JOBS:-$(nproc)}" --target "${targets[@]}" >/dev/null
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$B/thidua_unit_tests" --gtest_brief=1
[ "${THIDUA_SANITIZE_UNIT_ONLY:-0}" = 1 ] || "$B/thidua_db_tests" --gtest_brief=1
