# make build  builds build/binhdang (installing what is missing first)
# make run    installs, builds, creates data/demo.db if absent, serves on http://127.0.0.1:8080
# make test   installs, builds everything, runs every test
# make fuzz   builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs each FUZZ_SECONDS (60)
# make asan   builds everything with ASan + UBSan in build-asan/ and runs ctest there
# make crash  the full crash-consistency run (tests/crash/, docs/reliability.md)
# make load   builds, then the full load test and 10-minute soak (tests/load/run.sh; figures in docs/reliability.md)
# make api-fuzz  the long run of the API fuzzer (tests/api/): 200 examples per
#                operation and identity, a 20 MB body, a random seed (printed);
#                API_FUZZ_EXAMPLES, API_FUZZ_SEED, API_FUZZ_HUGE_MB override
# make bench-national  the national-scale benchmarks (bench/national.sh, docs/benchmarks.md):
#                      builds build/national/national.db once (~54,000 schools, ten years), then
#                      times the cold start, memory and pages on it; BENCH_ENGINE=postgresql does
#                      it on a throwaway PostgreSQL cluster instead (generated on every run)
# make bench-reform    every school under a commune moved to its department, one department
#                      at a time, on a copy of the SQLite national database (bench/national_reform.sh)
# make screenshots  the user guide's phone screenshots (docs/images/phone-*.png, 360 px) from the demo
# make clean  removes build/, build-fuzz/ and build-asan/
.PHONY: build run test fuzz asan crash load api-fuzz bench-national bench-reform screenshots clean
.DEFAULT_GOAL := build

build:
	scripts/install-deps.sh
	scripts/build.sh --target binhdang

run:
	scripts/run.sh

test:
	scripts/test.sh

fuzz:
	scripts/install-deps.sh
	scripts/fuzz.sh

asan:
	scripts/install-deps.sh
	scripts/asan.sh

crash:
	scripts/install-deps.sh
	scripts/build.sh --target binhdang
	rm -f build/crash-trials.jsonl
	CRASH_TRIALS=13 CRASH_REPORT=build/crash-trials.jsonl scripts/with-postgres.sh tests/crash/run.sh
	node tests/crash/summary.mjs build/crash-trials.jsonl

load:
	scripts/install-deps.sh
	scripts/build.sh --target binhdang
	tests/load/run.sh

api-fuzz: build
	API_FUZZ_EXAMPLES=$${API_FUZZ_EXAMPLES:-200} API_FUZZ_HUGE_MB=$${API_FUZZ_HUGE_MB:-20} \
	API_FUZZ_SEED=$${API_FUZZ_SEED:-$$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')} \
	node --test tests/api/openapi_fuzz.test.mjs

bench-national:
	scripts/install-deps.sh
	scripts/build.sh --target binhdang
	if [ "$${BENCH_ENGINE:-sqlite}" = postgresql ]; then scripts/with-postgres.sh bench/national.sh --pg; \
	else bench/national.sh; fi

bench-reform: bench-national
	bench/national_reform.sh

screenshots: build
	node tests/e2e/guide_screenshots.mjs

clean:
	rm -rf build build-fuzz build-asan
