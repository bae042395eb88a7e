#!/usr/bin/env bash
# Checks the system libraries Qt needs on Linux and installs the missing ones with apt when run as root.
#   tools/qt-runtime-deps.sh          libraries for the offscreen platform (tests, CI)
#   tools/qt-runtime-deps.sh gui      also those of the xcb platform (a real window, `make run`)
# Elsewhere (not Linux, or no apt) it does nothing: the Qt wheels bring what they need on Windows/macOS.
set -euo pipefail
[ "$(uname -s)" = "Linux" ] || exit 0
command -v ldconfig >/dev/null || exit 0

declare -A package_of=(
    [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libxkbcommon.so.0]=libxkbcommon0
    [libfontconfig.so.1]=libfontconfig1 [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0
)
if [ "${1:-}" = "gui" ]; then
    package_of+=(
        [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-image.so.0]=libxcb-image0
        [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-randr.so.0]=libxcb-randr0
        [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
        [libxcb-xinerama.so.0]=libxcb-xinerama0 [libxcb-xkb.so.1]=libxcb-xkb1
        [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
    )
fi
libraries=$(ldconfig -p)
missing=()
for lib in "${!package_of[@]}"; do
    grep -q "$lib" <<<"$libraries" || missing+=("${package_of[$lib]}")
done
fc-list 2>/dev/null | grep -qi . || missing+=(fonts-dejavu-core)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system libraries Qt needs: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "Qt needs these system packages: ${missing[*]}" >&2
    echo "Install them once with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
