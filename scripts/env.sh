# Sourced by the other scripts: puts the project's tools first on PATH.
# tools/node_modules/.bin holds npm binaryen's wasm-opt 132, which must shadow Debian's broken 108.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_root/tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Not GECKODRIVER: the test runner would pick it over CHROMEDRIVER (see scripts/bootstrap.sh).
export GECKODRIVER_BIN="${GECKODRIVER_BIN:-${CARGO_HOME:-$HOME/.cargo}/geckodriver/bin/geckodriver}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$_root/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-60}"
export TRUNK_SKIP_VERSION_CHECK=true
unset _root
