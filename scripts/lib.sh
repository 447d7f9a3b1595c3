# Shared helpers for the project's scripts. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Versions the build depends on. TRUNK_VERSION is the newest Trunk that
# builds with the machine's rustc; WASM_BINDGEN_VERSION must equal the
# wasm-bindgen version in Cargo.lock (checked below).
TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"

# Chromium as root in a closed network: no sandbox, no background traffic.
export CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export GECKODRIVER="${GECKODRIVER:-$HOME/.cargo/bin/geckodriver}"
export FIREFOX_BIN="${FIREFOX_BIN:-/usr/bin/firefox-esr}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

lock_version() {
  # lock_version <crate>: the version of <crate> in Cargo.lock.
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}
