# make build  builds build/binhdang (installing what is missing first)
# make run    installs, builds, creates data/demo.db if absent, serves on http://127.0.0.1:8080
# make test   installs, builds everything, runs every test
# make load   builds, then the full load test and 10-minute soak (tests/load/run.sh; figures in docs/reliability.md)
# make clean  removes build/
.PHONY: build run test load clean
.DEFAULT_GOAL := build

build:
	scripts/install-deps.sh
	scripts/build.sh --target binhdang

run:
	scripts/run.sh

test:
	scripts/test.sh

load:
	scripts/install-deps.sh
	scripts/build.sh --target binhdang
	tests/load/run.sh

clean:
	rm -rf build
