#!/usr/bin/env bash
# Checks the system tools PyInstaller needs to build the bundle (`make dist`) and installs the missing
# ones with apt when run as root. On Linux that is binutils: objdump to inspect the libraries it collects
# and strip to take their debug symbols out. Elsewhere (not Linux, or no apt) it does nothing.
set -euo pipefail
[ "$(uname -s)" = "Linux" ] || exit 0
missing=()
for tool in objdump strip; do
    command -v "$tool" >/dev/null || missing=(binutils)
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing the build tools PyInstaller needs: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "Building the bundle needs these system packages: ${missing[*]}" >&2
    echo "Install them once with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
