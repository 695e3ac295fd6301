#!/usr/bin/env bash
# Install everything the tests need, then run lint, types and the whole test suite
# inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service).
# Fails (never skips) when a required part is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(dbus dbus-x11 gnome-keyring xvfb xauth chromium desktop-file-utils appstream
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-xinerama0 libxcb-image0 fonts-dejavu-core fonts-noto-cjk)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Missing system packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

export TWAUTH_REQUIRE_SECRET_SERVICE=1
exec dbus-run-session -- scripts/test-in-session.sh "$@"
