# Shared helpers for the project's scripts. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Versions the build depends on. TRUNK_VERSION is the newest Trunk that
# builds with the machine's rustc; WASM_BINDGEN_VERSION must equal the
# wasm-bindgen version in Cargo.lock (checked below).
TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
# cargo fuzz, for the fuzz targets (scripts/fuzz).
CARGO_FUZZ_VERSION="0.13.2"

# Chromium as root in a closed network: no sandbox, no background traffic.
export CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export GECKODRIVER="${GECKODRIVER:-$HOME/.cargo/bin/geckodriver}"
export FIREFOX_BIN="${FIREFOX_BIN:-/usr/bin/firefox-esr}"

# lean <command…>: runs a release build of the WebAssembly (trunk build,
# cargo build) with Rust's standard library rebuilt for size and panics
# that abort at once (-Z build-std, -C panic=immediate-abort): 8% less gzip
# for the first load (README, "Load size"). RUSTC_BOOTSTRAP=1 lets the
# stable toolchain take these two unstable flags. Should that build fail
# (a toolchain without rust-src, or a flag gone from a newer one), the
# command runs again as a plain stable build, which is only larger.
LEAN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
lean() {
  if RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
     CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$LEAN_RUSTFLAGS" "$@"; then
    return 0
  fi
  say "warning: the size-optimised build failed; building again with the plain stable toolchain"
  "$@"
}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

lock_version() {
  # lock_version <crate>: the version of <crate> that Cargo.lock resolves
  # (nothing if none; an error if it holds several).
  cargo metadata --format-version 1 --locked --manifest-path "$ROOT/Cargo.toml" \
    | node -e '
      let json = "";
      process.stdin.on("data", (chunk) => (json += chunk)).on("end", () => {
        const name = process.argv[1];
        const versions = [...new Set(JSON.parse(json).packages
          .filter((p) => p.name === name).map((p) => p.version))];
        if (versions.length > 1) {
          console.error(`Cargo.lock holds several versions of ${name}: ${versions.join(", ")}`);
          process.exit(1);
        }
        if (versions.length) console.log(versions[0]);
      });' "$1"
}
