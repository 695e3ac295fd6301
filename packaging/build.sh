#!/usr/bin/env bash
# Build the onedir bundle dist/twauth-gui/ (twauth-gui + twauth + _internal/ + share/) from a
# clean checkout. Usage: packaging/build.sh
#   TWAUTH_BUILD_VENV=DIR   virtualenv to build in (default .venv; created if missing)
#   TWAUTH_SKIP_INSTALL=1   do not pip install (the venv already has '.[build]' and the deps)
#   PYTHON=python3.12       interpreter used to create the venv
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VENV="${TWAUTH_BUILD_VENV:-.venv}"
PY="${PYTHON:-python3}"

if [ "${TWAUTH_SKIP_INSTALL:-0}" != 1 ]; then
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e '.[build]'
fi
[ -x "$VENV/bin/pyinstaller" ] || { echo "build.sh: $VENV/bin/pyinstaller is missing (pip install -e '.[build]')" >&2; exit 1; }

# Compiled translations are build products (*.qm is git-ignored): make them from the .ts sources.
shopt -s nullglob
for ts in twauth_gui/resources/translations/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
shopt -u nullglob

rm -rf build/pyinstaller dist/twauth-gui
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/twauth-gui.spec

# Desktop integration files, laid out like /usr/share so `cp -r share ~/.local/` installs them.
if [ "$(uname -s)" = Linux ]; then
  share=dist/twauth-gui/share
  install -Dm644 packaging/io.github.twauth.TwauthGui.desktop "$share/applications/io.github.twauth.TwauthGui.desktop"
  install -Dm644 packaging/io.github.twauth.TwauthGui.metainfo.xml "$share/metainfo/io.github.twauth.TwauthGui.metainfo.xml"
  (cd packaging/icons && find hicolor -type f \( -name '*.png' -o -name '*.svg' \) -print0 |
    while IFS= read -r -d '' f; do install -Dm644 "$f" "$ROOT/$share/icons/$f"; done)
  if [ -f LICENSE ]; then install -Dm644 LICENSE "$share/doc/twauth-gui/LICENSE"; fi
  install -Dm644 CHANGELOG.md "$share/doc/twauth-gui/CHANGELOG.md"
fi
echo "built $(du -sh dist/twauth-gui | cut -f1) in dist/twauth-gui"
