# A thin front door over CMake. `make run` and `make test` install what is missing.
.PHONY: run test deps build bench format clean

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build build

run: deps
	@scripts/run.sh $(ARGS)

test: deps
	@scripts/run-tests.sh

bench: build
	@scripts/run-bench.sh

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	@rm -rf build
