#!/usr/bin/env bash
# One-step set-up for a fresh Debian/Ubuntu machine: the system packages the tests and the
# browser host need, then the exact node modules from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

PACKAGES=(chromium redis-server protobuf-compiler)
missing=()
for package in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  if [[ $status != "install ok installed" ]]; then missing+=("$package"); fi
done
# apt-get update and install take half a minute even when there is nothing to do.
if ((${#missing[@]} > 0)); then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "apt packages already installed: ${PACKAGES[*]}"
fi

# Electron's binary is fetched by its own install script; machines without internet access
# beyond the npm registry (CI) set ELECTRON_SKIP_BINARY_DOWNLOAD=1 and use the browser host.
# JOBS=max: node-gyp compiles better-sqlite3 (when no prebuilt binary can be downloaded) on
# every core, SQLite beside the binding. --prefer-offline: package-lock.json has no tarball
# URLs, so npm asks the registry for every package's metadata; metadata already in npm's cache
# is used as it is (versions and integrity are pinned by the lock file anyway).
JOBS=max npm ci --no-audit --no-fund --prefer-offline
