# clausetrack: `make` installs what is missing, builds, and writes
# reports/index.html from the shipped corpus; `make test` runs every test.
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := text akn html pdf docx manifest
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")

.PHONY: all deps test-deps build report test asan fuzz bench format clean

all: report

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh --test

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(GENERATOR) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: deps
	@$(MAKE) --no-print-directory $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

report: build
	./$(BUILD)/clausetrack track --corpus corpus --rules rules --out reports --fail-on never
	@echo "report: reports/index.html"

test: test-deps
	@$(MAKE) --no-print-directory $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)
	@if [ -f tests/browser/package.json ]; then cd tests/browser && (npm ci --no-audit --no-fund --silent || npm install --no-audit --no-fund --silent); fi
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

asan: test-deps
	cmake -S . -B $(ASAN_BUILD) $(GENERATOR) -DCMAKE_BUILD_TYPE=Debug -DCT_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -E "^browser"

# libFuzzer (clang-14) on every reader, FUZZ_SECONDS each; the seeds are
# fuzz/corpus/<target>/ (copied, so the run's finds stay in FUZZ_BUILD). A
# crash is left in FUZZ_BUILD/crashes/<target>/ and fails the run: keep it in
# fuzz/regressions/<target>/ (replayed by ctest) once fixed. Not part of test.
fuzz:
	@scripts/install-deps.sh --fuzz
	cmake -S . -B $(FUZZ_BUILD) $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER=clang++-14 -DCT_FUZZ=ON -DBUILD_TESTING=OFF $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_all
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t $(FUZZ_BUILD)/crashes/$$t; \
	  cp -n fuzz/corpus/$$t/* $(FUZZ_BUILD)/corpus/$$t/ 2>/dev/null || true; \
	  echo "fuzz: $$t ($(FUZZ_SECONDS) s)"; \
	  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
	  ./$(FUZZ_BUILD)/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 \
	    -timeout=20 -max_len=65536 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t/ $(FUZZ_BUILD)/corpus/$$t \
	    > $(FUZZ_BUILD)/fuzz-$$t.log 2>&1 || { status=1; echo "fuzz: $$t found a crash: $(FUZZ_BUILD)/crashes/$$t/ ($(FUZZ_BUILD)/fuzz-$$t.log)"; }; \
	  grep -E "^stat::(number_of_executed_units|peak_rss_mb)" $(FUZZ_BUILD)/fuzz-$$t.log || true; \
	done; exit $$status

bench: build
	@scripts/install-deps.sh --bench
	bench/run.sh $(BUILD)

format:
	clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'tests/*.h' 'bench/*.cc')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
