# make build  builds build/binhdang (installing what is missing first)
# make run    installs, builds, creates data/demo.db if absent, serves on http://127.0.0.1:8080
# make test   installs, builds everything, runs every test
# make api-fuzz  the long run of the API fuzzer (tests/api/): 200 examples per
#                operation and identity, a 20 MB body, a random seed (printed);
#                API_FUZZ_EXAMPLES, API_FUZZ_SEED, API_FUZZ_HUGE_MB override
# make clean  removes build/
.PHONY: build run test api-fuzz clean
.DEFAULT_GOAL := build

build:
	scripts/install-deps.sh
	scripts/build.sh --target binhdang

run:
	scripts/run.sh

test:
	scripts/test.sh

api-fuzz: build
	API_FUZZ_EXAMPLES=$${API_FUZZ_EXAMPLES:-200} API_FUZZ_HUGE_MB=$${API_FUZZ_HUGE_MB:-20} \
	API_FUZZ_SEED=$${API_FUZZ_SEED:-$$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')} \
	node --test tests/api/openapi_fuzz.test.mjs

clean:
	rm -rf build
