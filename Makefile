# make build  builds build/binhdang (installing what is missing first)
# make run    installs, builds, creates data/demo.db if absent, serves on http://127.0.0.1:8080
# make test   installs, builds everything, runs every test
# make crash  the full crash-consistency run (tests/crash/, docs/reliability.md)
# make clean  removes build/
.PHONY: build run test crash clean
.DEFAULT_GOAL := build

build:
	scripts/install-deps.sh
	scripts/build.sh --target binhdang

run:
	scripts/run.sh

test:
	scripts/test.sh

crash:
	scripts/install-deps.sh
	scripts/build.sh --target binhdang
	rm -f build/crash-trials.jsonl
	CRASH_TRIALS=13 CRASH_REPORT=build/crash-trials.jsonl scripts/with-postgres.sh tests/crash/run.sh
	node tests/crash/summary.mjs build/crash-trials.jsonl

clean:
	rm -rf build
