#!/usr/bin/env bash
# One-step set-up for a fresh Debian/Ubuntu machine: the system packages the tests and the
# browser host need, then the exact node modules from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium redis-server protobuf-compiler >/dev/null

# Electron's binary is fetched by its own install script; machines without internet access
# beyond the npm registry (CI) set ELECTRON_SKIP_BINARY_DOWNLOAD=1 and use the browser host.
npm ci --no-audit --no-fund
