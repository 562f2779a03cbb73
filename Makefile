# A thin front door over CMake. `make run` and `make test` install what is missing.
.PHONY: run test test-sanitize deps build bench soak fuzz format clean package

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build build

run: deps
	@scripts/run.sh $(ARGS)

test: deps
	@scripts/run-tests.sh

test-sanitize: deps
	@BUILD_DIR=build-asan BUILD_TYPE=Debug CMAKE_EXTRA=-DGATEHOUSE_SANITIZE=ON scripts/run-tests.sh

fuzz: deps
	@scripts/fuzz.sh $(SECONDS)

package: build
	@cd build && cpack -G DEB

bench: build
	@scripts/run-bench.sh

# Not part of `make test`: 30 minutes at 200 webhooks/s (SOAK_MINUTES, SOAK_RATE to change).
soak: build
	@bench/soak.py build $${SOAK_MINUTES:-30} $${SOAK_RATE:-200}

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	@rm -rf build
