#!/usr/bin/env bash
# CI: build the Linux bundle from this checkout and prove that it works, exactly as a user gets it.
#
#   1. validate the .desktop file and the AppStream metainfo (desktop-file-validate, appstreamcli)
#   2. build dist/twauth-gui/ with packaging/build.sh (pip install -e '.[build]' into .venv first)
#   3. check the bundle's layout: both executables, desktop files in share/, no unused Qt modules
#   4. `twauth --version` and `twauth-gui --version` print the version of twauth_gui/__init__.py
#   5. QT_QPA_PLATFORM=offscreen twauth-gui --smoke (real main window, shown and painted), also
#      with --sandbox (the embedded stand-in for X starts inside the GUI), and on X11 under xvfb-run (the bundled xcb plugin and its libraries load)
#   6. the bundled `twauth sandbox --auto approve`, then with the bundled `twauth` and an encrypted
#      file vault: `login app` (Bearer) + `token`, and `login oauth2` (PKCE through the loopback
#      receiver) + `token` + `refresh`; the vault file must not contain any token in clear
#   7. with TWAUTH_REQUIRE_SECRET_SERVICE=1 (inside the CI D-Bus session with gnome-keyring),
#      the same Bearer login into the OS keyring: proves the keyring backends were bundled
#
# Exits non-zero on the first failure. Environment:
#   TWAUTH_BUILD_VENV=DIR   venv to build in (default .venv)      TWAUTH_SKIP_INSTALL=1  no pip
#   TWAUTH_SKIP_BUILD=1     reuse an existing dist/twauth-gui      PYTHON=python3  for helpers
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PY="${PYTHON:-python3}"
BUNDLE="$ROOT/dist/twauth-gui"
HELPER="$ROOT/packaging/ci_helper.py"
APP_ID=io.github.twauth.TwauthGui

step() { printf '\n== %s\n' "$*" >&2; }
fail() { printf 'ci-bundle: FAIL: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

# ---------------------------------------------------------------- 1. desktop files
step "validate desktop integration files"
for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null ||
    fail "$tool is missing: apt-get install -y desktop-file-utils appstream"
done
desktop-file-validate "packaging/$APP_ID.desktop" || fail "desktop-file-validate rejected the .desktop file"
appstreamcli validate --no-net "packaging/$APP_ID.metainfo.xml" || fail "appstreamcli rejected the metainfo"

# ---------------------------------------------------------------- 2. build
if [ "${TWAUTH_SKIP_BUILD:-0}" != 1 ]; then
  step "build the bundle (packaging/build.sh)"
  t0=$(now_ms)
  packaging/build.sh || fail "the bundle build failed"
  BUILD_MS=$(( $(now_ms) - t0 ))
else
  BUILD_MS=0
fi

# ---------------------------------------------------------------- 3. layout
step "check the bundle layout"
for exe in twauth twauth-gui; do
  [ -x "$BUNDLE/$exe" ] || fail "$BUNDLE/$exe is missing"
done
for f in "share/applications/$APP_ID.desktop" "share/metainfo/$APP_ID.metainfo.xml" \
         "share/icons/hicolor/scalable/apps/$APP_ID.svg" "share/icons/hicolor/256x256/apps/$APP_ID.png"; do
  [ -f "$BUNDLE/$f" ] || fail "$f is missing from the bundle"
done
unwanted=$(find "$BUNDLE" \( -name 'libQt6WebEngine*' -o -name 'libQt6Quick*' -o -name 'libQt6Qml*' \
  -o -name 'libQt63D*' -o -name 'libQt6Multimedia*' -o -name 'libQt6Pdf*' -o -name 'QtWebEngine*' \) -print)
[ -z "$unwanted" ] || fail "unused Qt modules were bundled: $unwanted"
SIZE_KB=$(du -sk "$BUNDLE" | cut -f1)

# ---------------------------------------------------------------- 4. versions
step "versions"
VERSION=$("$PY" -c 'import ast,sys
for n in ast.parse(open(sys.argv[1]).read()).body:
    if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "__version__":
        print(ast.literal_eval(n.value))' twauth_gui/__init__.py)
[ -n "$VERSION" ] || fail "no __version__ in twauth_gui/__init__.py"
cli_version=$("$BUNDLE/twauth" --version) || fail "twauth --version failed"
[ "$cli_version" = "twauth $VERSION" ] || fail "twauth --version printed '$cli_version', expected 'twauth $VERSION'"
gui_version=$(QT_QPA_PLATFORM=offscreen timeout 60 "$BUNDLE/twauth-gui" --version 2>&1) ||
  fail "twauth-gui --version failed: $gui_version"
case "$gui_version" in *"$VERSION"*) ;; *) fail "twauth-gui --version printed '$gui_version', expected $VERSION" ;; esac
echo "twauth: $cli_version; twauth-gui: $gui_version"

# ---------------------------------------------------------------- 5. smoke
WORK=$(mktemp -d)
SB_PID=""
cleanup() {
  if [ -n "$SB_PID" ]; then kill "$SB_PID" 2>/dev/null || true; wait "$SB_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

step "twauth-gui --smoke (offscreen)"
t0=$(now_ms)
TWAUTH_DATA_DIR="$WORK/smoke-data" QT_QPA_PLATFORM=offscreen timeout 120 "$BUNDLE/twauth-gui" --smoke \
  >"$WORK/smoke.log" 2>&1 || { cat "$WORK/smoke.log" >&2; fail "twauth-gui --smoke failed"; }
SMOKE_MS=$(( $(now_ms) - t0 ))
cat "$WORK/smoke.log" >&2

TWAUTH_DATA_DIR="$WORK/smoke-data-sb" QT_QPA_PLATFORM=offscreen timeout 120 "$BUNDLE/twauth-gui" --sandbox \
  --smoke >"$WORK/smoke-sb.log" 2>&1 || { cat "$WORK/smoke-sb.log" >&2; fail "twauth-gui --sandbox --smoke failed"; }

# The real X11 path: the bundled xcb platform plugin and its libraries must load.
if command -v xvfb-run >/dev/null; then
  step "twauth-gui --smoke on X11 (Xvfb, xcb)"
  TWAUTH_DATA_DIR="$WORK/smoke-data-x11" QT_QPA_PLATFORM=xcb timeout 120 \
    xvfb-run -a -s "-screen 0 1280x800x24" "$BUNDLE/twauth-gui" --smoke >"$WORK/smoke-x11.log" 2>&1 ||
    { cat "$WORK/smoke-x11.log" >&2; fail "twauth-gui --smoke failed on X11"; }
  cat "$WORK/smoke-x11.log" >&2
elif [ "${TWAUTH_REQUIRE_SECRET_SERVICE:-0}" = 1 ]; then
  fail "xvfb-run is missing: apt-get install -y xvfb xauth"
fi

# ---------------------------------------------------------------- 6. sandbox logins
step "sandbox login with the bundled twauth"
export TWAUTH_DATA_DIR="$WORK/data"
"$BUNDLE/twauth" sandbox --auto approve >"$WORK/sandbox.out" 2>"$WORK/sandbox.err" &
SB_PID=$!
sb_env=$("$PY" "$HELPER" sandbox-env "$WORK/sandbox.out" --timeout 30) ||
  { cat "$WORK/sandbox.err" >&2; fail "the bundled sandbox did not start"; }
eval "$sb_env"
kill -0 "$SB_PID" || fail "the bundled sandbox exited early"
export TWAUTH_API_URL="$SB_URL" TWAUTH_WEB_URL="$SB_URL"
export TWAUTH_VAULT=file TWAUTH_VAULT_PASSPHRASE="ci-$RANDOM-$RANDOM-passphrase"
export TWAUTH_CI_API_SECRET="$SB_API_SECRET" TWAUTH_CI_CLIENT_SECRET="$SB_CLIENT_SECRET"

"$BUNDLE/twauth" login app --profile ci --api-key "$SB_API_KEY" --api-secret-env TWAUTH_CI_API_SECRET ||
  fail "twauth login app failed"
bearer=$("$BUNDLE/twauth" token ci) || fail "twauth token ci failed"
[ "${#bearer}" -ge 20 ] || fail "twauth token ci printed no token"
echo "bearer token: ${#bearer} characters"

port=$("$PY" "$HELPER" free-port)
callback="http://127.0.0.1:$port/callback"
"$PY" "$HELPER" register-callback "$SB_URL" confidential "$callback" || fail "could not register $callback"
BROWSER="$PY $HELPER browse %s &" "$BUNDLE/twauth" login oauth2 --profile ci-oauth2 \
  --client-id "$SB_CLIENT_ID" --client-secret-env TWAUTH_CI_CLIENT_SECRET \
  --redirect-uri "$callback" --timeout 60 || fail "twauth login oauth2 failed"
access=$("$BUNDLE/twauth" token ci-oauth2) || fail "twauth token ci-oauth2 failed"
[ "${#access}" -ge 20 ] || fail "twauth token ci-oauth2 printed no token"
"$BUNDLE/twauth" refresh ci-oauth2 || fail "twauth refresh ci-oauth2 failed"
refreshed=$("$BUNDLE/twauth" token ci-oauth2) || fail "twauth token after refresh failed"
[ "$refreshed" != "$access" ] || fail "twauth refresh did not rotate the access token"
"$BUNDLE/twauth" list || fail "twauth list failed"

vault_file=$(find "$TWAUTH_DATA_DIR" -name 'vault.enc' -print -quit)
[ -n "$vault_file" ] || fail "the encrypted vault file was not written under $TWAUTH_DATA_DIR"
for secret in "$bearer" "$access" "$refreshed" "$SB_API_SECRET"; do
  if grep -rqF -- "$secret" "$TWAUTH_DATA_DIR"; then fail "a secret was found in clear under the data dir"; fi
done
unset TWAUTH_VAULT TWAUTH_VAULT_PASSPHRASE

# ---------------------------------------------------------------- 7. OS keyring
if [ "${TWAUTH_REQUIRE_SECRET_SERVICE:-0}" = 1 ]; then
  step "OS keyring (Secret Service) from the bundle"
  export TWAUTH_DATA_DIR="$WORK/data-os"
  TWAUTH_VAULT=os "$BUNDLE/twauth" login app --profile ci-os --api-key "$SB_API_KEY" \
    --api-secret-env TWAUTH_CI_API_SECRET || fail "twauth login app into the OS keyring failed"
  os_bearer=$("$BUNDLE/twauth" token ci-os) || fail "twauth token ci-os failed"
  [ "${#os_bearer}" -ge 20 ] || fail "twauth token ci-os printed no token"
  doctor=$("$BUNDLE/twauth" doctor) || fail "twauth doctor failed"
  echo "$doctor"
  grep -qi "secret service" <<<"$doctor" || fail "twauth doctor does not name the Secret Service"
  "$BUNDLE/twauth" remove ci-os || fail "twauth remove ci-os failed"
fi

step "bundle OK"
printf 'bundle size: %d MB (%s)\nbuild time: %d.%01d s\nsmoke time: %d ms (twauth-gui --smoke, offscreen)\n' \
  $((SIZE_KB / 1024)) "$BUNDLE" $((BUILD_MS / 1000)) $(((BUILD_MS % 1000) / 100)) "$SMOKE_MS"
