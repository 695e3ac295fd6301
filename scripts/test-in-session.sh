#!/usr/bin/env bash
# Runs inside dbus-run-session: start gnome-keyring unlocked from stdin, then lint and test.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="${XDG_DATA_HOME:-$(mktemp -d)}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"

# A throwaway password (this keyring lives in a temp dir for one run) creates and unlocks the
# login keyring; it is read from stdin, never argv.
eval "$(printf 'twauth-ci' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
python - <<'PY'
import sys
import secretstorage
conn = secretstorage.dbus_init()
coll = secretstorage.get_default_collection(conn)
if coll.is_locked():
    sys.exit("gnome-keyring started but the default collection is locked")
print("Secret Service ready:", coll.get_label() or "login")
PY

ruff check .
mypy
set +e
python -m pytest "$@"
rc=$?
set -e
if [ "$rc" = 5 ]; then
  echo "pytest collected no tests: that is a failure" >&2
  exit 1
fi
if [ "$rc" != 0 ]; then
  exit "$rc"
fi
# The Linux bundle: build it from this checkout, start it (--smoke), log in with the bundled CLI.
if [ "${TWAUTH_SKIP_BUNDLE:-0}" != 1 ]; then
  packaging/ci-bundle.sh
fi
