# The two commands of the README: `make run` and `make test`. Both install what is missing.
SHELL := /bin/bash
BUILD ?= build
JOBS ?= $(shell nproc)
WEB_STAMP := web/dist/index.html
WEB_SRC := $(shell find web/src web/index.html web/vite.config.ts web/package.json web/tsconfig.json -type f 2>/dev/null)

.PHONY: cxx setup setup-run build run test test-unit test-db test-api test-browser test-crash bench clean web fuzz

setup:
	@bash scripts/setup.sh

setup-run:
	@THIDUA_SETUP_MINIMAL=1 bash scripts/setup.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

cxx: $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

$(WEB_STAMP): $(WEB_SRC) $(wildcard web/package-lock.json)
	@if [ -f web/package.json ]; then cd web && npm run build --silent && touch dist/index.html; \
	 else echo "web/: no UI sources yet"; fi

web: $(WEB_STAMP)

build: setup
	@$(MAKE) --no-print-directory cxx web

run: setup-run
	@$(MAKE) --no-print-directory cxx web
	@mkdir -p data
	./$(BUILD)/thidua serve --demo --db sqlite:data/thidua.db --host 127.0.0.1 --port 8080

# Every kind of test; stops at the first failing kind.
test: build
	bash tests/run-all.sh

# Every libFuzzer harness of fuzz/ for FUZZ_SECONDS each (300 by default); the corpus grows in
# build-fuzz/corpus/ from one run to the next. `make fuzz FUZZ_SECONDS=3600` for an hour each.
fuzz: setup
	FUZZ_SECONDS=$${FUZZ_SECONDS:-300} FUZZ_SEED=$${FUZZ_SEED:-0} bash fuzz/run.sh

bench: build
	bash bench/run.sh

clean:
	rm -rf $(BUILD) build-fuzz build-asan web/dist
