"""The ``twauth`` command line: log in, list, hand out, refresh, revoke and export credentials.

Shares the core and the vault with the GUI and never imports PySide6. Secrets never come
from argv: they come from the environment variable named by a ``--*-env`` option, else a
no-echo prompt on a terminal, else one line of stdin. Exit codes: 0 success, 1 failure (one
plain-language line and its fix on stderr), 2 usage. Data (tokens, JSON) go to stdout;
messages go to stderr. Heavy modules (httpx, oauthlib, keyring) are imported only by the
commands that need them, so ``twauth token NAME`` stays fast: that command also skips
argparse (a fast path for exactly ``[--vault KIND] token NAME``), and imports no Qt, httpx,
oauthlib or python-keyring unless a refresh is due (see benchmarks/token_latency.py).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

from twauth_gui import __version__

if TYPE_CHECKING:
    import argparse

    import httpx

    from twauth_gui.core.endpoints import Endpoints
    from twauth_gui.core.models import Identity
    from twauth_gui.core.vault import Credential, Vault

DEFAULT_SCOPES = "tweet.read users.read offline.access"


class CliError(Exception):
    """A failure reported as one line plus its fix (exit code 1)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


# ------------------------------------------------------------------ helpers


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _read_secret(label: str, env_var: str | None, *, optional: bool = False) -> str:
    """Read a secret from $env_var, else a no-echo prompt on a terminal, else one stdin line."""
    if env_var:
        value = os.environ.get(env_var)
        if value is None:
            raise CliError(
                f"The environment variable {env_var} is not set.",
                f"Set it first (e.g. `read -rs {env_var}; export {env_var}`), or leave out the "
                "option to be prompted.",
            )
        # Child processes (the browser) must not inherit it.
        os.environ.pop(env_var, None)
        return value.strip()
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        value = getpass.getpass(f"{label}: ")
    else:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        value = line.rstrip("\r\n")
    value = value.strip()
    if not value and not optional:
        raise CliError(f"No {label} was given.", f"Type or pipe the {label} on stdin.")
    return value


def _read_line(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return input(prompt)
    _err(prompt.rstrip())
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise CliError("Nothing was entered.", "Run the command again and enter the value.")
    return line.strip()


def _endpoints() -> Endpoints:
    from twauth_gui.core.endpoints import Endpoints

    return Endpoints.from_env()


def _open_vault(args: argparse.Namespace) -> Vault:
    from twauth_gui.core.vault import Vault

    return Vault.open(store_preference=getattr(args, "vault", None))


def _now() -> float:
    return time.time()


def _fmt_identity(identity: Identity | None) -> str:
    if identity is None:
        return ""
    if identity.app_context:
        return "app context (no user)"
    return f"@{identity.username}" if identity.username else identity.user_id


def _check_profile_free(vault: Vault, name: str, force: bool) -> None:
    from twauth_gui.core.errors import ProfileNotFound

    try:
        vault.get(name)
    except ProfileNotFound:
        return
    if not force:
        raise CliError(
            f"A credential named {name!r} already exists.",
            "Pick another --profile, or add --force to replace it after a successful login.",
        )


def _login_vault(args: argparse.Namespace) -> Vault:
    """The vault for a login, refusing up front a profile name that is taken (unless --force)."""
    vault = _open_vault(args)
    _check_profile_free(vault, args.profile, args.force)
    return vault


def _save(
    vault: Vault,
    *,
    name: str,
    app: str,
    method: str,
    secrets: dict[str, str],
    identity: Identity | None = None,
    scopes: Sequence[str] = (),
    expires_at: float | None = None,
    redirect_uri: str = "",
    force: bool = False,
) -> Credential:
    from twauth_gui.core.models import Method
    from twauth_gui.core.vault import Credential

    endpoints = _endpoints()
    status = "app" if method in ("app", "bearer") else "valid"
    cred = Credential(
        name=name,
        app=app,
        method=Method(method),
        user_id=identity.user_id if identity else "",
        username=identity.username if identity else "",
        display_name=identity.name if identity else "",
        profile_image_url=identity.profile_image_url if identity else "",
        scopes=tuple(scopes),
        redirect_uri=redirect_uri,
        created_at=_now(),
        expires_at=expires_at,
        last_refresh=None,
        status=status,
        sandbox=not endpoints.is_production,
        api_base=endpoints.api,
    )
    vault.save(cred, {k: v for k, v in secrets.items() if v}, replace=force)
    return cred


def _open_browser(url: str, no_browser: bool) -> None:
    _err("Open this address in your browser to authorize:")
    _err(f"  {url}")
    if no_browser:
        return
    from twauth_gui.core.browser import open_url

    if open_url(url):
        _err("Your browser was opened. Authorize the app there, then come back here.")
    else:
        _err("No browser could be opened; copy the address above into one.")


class _ClientInBackground:
    """Builds the login's one HTTP client in a thread while the person is in the browser.

    Importing httpx and building a client (its TLS context loads the CA bundle) take about
    0.1 s; done after the redirect, that is most of the time between the browser coming back
    and the tokens being saved. One client for the token exchange and the identity lookup
    also reuses the connection to X instead of a new TLS handshake per request.
    """

    def __init__(self) -> None:
        import threading

        self._client: httpx.Client | None = None
        self._thread = threading.Thread(target=self._build, name="twauth-http-prep", daemon=True)
        self._thread.start()

    def _build(self) -> None:
        try:
            from twauth_gui.core.http import make_client

            self._client = make_client()
        except Exception:  # get() builds it again in the foreground and reports the error
            self._client = None

    def get(self) -> httpx.Client:
        self._thread.join()
        if self._client is None:
            from twauth_gui.core.http import make_client

            self._client = make_client()
        return self._client

    def close(self) -> None:
        self._thread.join()
        if self._client is not None:
            self._client.close()


def _identity_or_note(lookup: Callable[[], Identity]) -> Identity | None:
    """Who the new tokens belong to, or None with a note: the login itself already worked."""
    from twauth_gui.core.errors import UserFacingError

    try:
        return lookup()
    except UserFacingError as exc:
        _err(f"Note: could not look up the account ({exc.message}); the tokens are saved anyway.")
        return None


def _wait_for_callback(rx: Any) -> Any:
    try:
        return rx.wait()
    except KeyboardInterrupt:
        rx.cancel()
        raise CliError("Cancelled.", "Nothing was saved.") from None


# ------------------------------------------------------------------ login


def cmd_login_oauth2(args: argparse.Namespace) -> int:
    from twauth_gui.core import oauth2
    from twauth_gui.core.loopback import LoopbackReceiver, parse_redirect_url
    from twauth_gui.core.models import AppKeys

    http = _ClientInBackground()  # ready long before the browser comes back
    try:
        vault = _login_vault(args)
        secret = (
            ""
            if args.public
            else _read_secret(
                "Client Secret (empty for a public client)", args.client_secret_env, optional=True
            )
        )
        keys = AppKeys(client_id=args.client_id, client_secret=secret)
        scopes = args.scopes.split()
        flow = oauth2.start(keys, args.redirect_uri, scopes, endpoints=_endpoints())
        if args.paste:
            _open_browser(flow.authorize_url, args.no_browser)
            landed = _read_line("Paste the whole address your browser landed on: ")
            result = parse_redirect_url(landed, kind="oauth2", state=flow.state)
        else:
            with LoopbackReceiver(
                args.redirect_uri, kind="oauth2", state=flow.state, timeout=args.timeout
            ) as rx:
                rx.start()
                _open_browser(flow.authorize_url, args.no_browser)
                result = _wait_for_callback(rx)
        client = http.get()
        tokens = oauth2.finish(flow, result.code or "", client=client)
        identity = None
        if {"tweet.read", "users.read"} <= set(tokens.scopes or scopes):
            from twauth_gui.core.identity import whoami_oauth2

            # X has issued the tokens (and killed any earlier grant of this app and user):
            # they are saved even when the "who is this" lookup fails.
            identity = _identity_or_note(
                lambda: whoami_oauth2(tokens, endpoints=_endpoints(), client=client)
            )
    finally:
        http.close()
    secrets = {
        "client_id": keys.client_id,
        "client_secret": keys.client_secret,
        "access_token": tokens.access_token,
        "refresh_token": tokens.refresh_token or "",
    }
    _save(
        vault,
        name=args.profile,
        app=args.app or keys.client_id,
        method="oauth2",
        secrets=secrets,
        identity=identity,
        scopes=tokens.scopes or tuple(scopes),
        expires_at=tokens.expires_at,
        redirect_uri=args.redirect_uri,
        force=args.force,
    )
    who = _fmt_identity(identity)
    _err(f"Saved {args.profile!r}{' for ' + who if who else ''} (OAuth 2.0).")
    if not tokens.refresh_token:
        _err("Note: no refresh token (add offline.access to stay signed in past 2 hours).")
    return 0


def cmd_login_oauth1(args: argparse.Namespace) -> int:
    from twauth_gui.core import oauth1
    from twauth_gui.core.identity import whoami_oauth1
    from twauth_gui.core.loopback import LoopbackReceiver
    from twauth_gui.core.models import AppKeys

    vault = _login_vault(args)
    secret = _read_secret("API Key Secret", args.api_secret_env)
    keys = AppKeys(api_key=args.api_key, api_secret=secret)
    callback = "oob" if args.pin else args.redirect_uri
    endpoints = _endpoints()
    from twauth_gui.core.http import make_client

    # One client (one connection to X) for the request token, the exchange and the lookup.
    with make_client() as client:
        flow = oauth1.start(
            keys, callback, access_type=args.access_type, endpoints=endpoints, client=client
        )
        if args.pin:
            _open_browser(flow.authorize_url, args.no_browser)
            pin = _read_line("Enter the PIN that X shows after you authorize: ")
            tokens = oauth1.finish(flow, pin, endpoints=endpoints, client=client)
        else:
            with LoopbackReceiver(
                callback, kind="oauth1", request_token=flow.request_token, timeout=args.timeout
            ) as rx:
                rx.start()
                _open_browser(flow.authorize_url, args.no_browser)
                result = _wait_for_callback(rx)
            tokens = oauth1.finish(
                flow,
                result.oauth_verifier or "",
                returned_token=result.oauth_token,
                endpoints=endpoints,
                client=client,
            )
        identity = _identity_or_note(
            lambda: whoami_oauth1(keys, tokens, endpoints=endpoints, client=client)
        )
    if identity is None:
        from twauth_gui.core.models import Identity

        identity = Identity(user_id=tokens.user_id, username=tokens.screen_name)
    _save(
        vault,
        name=args.profile,
        app=args.app or keys.api_key,
        method="oauth1",
        secrets={
            "api_key": keys.api_key,
            "api_secret": keys.api_secret,
            "access_token": tokens.token,
            "access_token_secret": tokens.token_secret,
        },
        identity=identity,
        redirect_uri="" if args.pin else callback,
        force=args.force,
    )
    _err(f"Saved {args.profile!r} for {_fmt_identity(identity)} (OAuth 1.0a).")
    return 0


def cmd_login_app(args: argparse.Namespace) -> int:
    from twauth_gui.core import app_only
    from twauth_gui.core.models import AppKeys, Identity

    vault = _login_vault(args)
    secret = _read_secret("API Key Secret", args.api_secret_env)
    keys = AppKeys(api_key=args.api_key, api_secret=secret)
    bearer = app_only.obtain(keys, endpoints=_endpoints())
    _save(
        vault,
        name=args.profile,
        app=args.app or keys.api_key,
        method="app",
        secrets={
            "api_key": keys.api_key,
            "api_secret": keys.api_secret,
            "bearer_token": bearer.access_token,
        },
        identity=Identity(app_context=True),
        force=args.force,
    )
    _err(f"Saved {args.profile!r} (app-only Bearer token).")
    return 0


def cmd_login_bearer(args: argparse.Namespace) -> int:
    from twauth_gui.core.models import Identity

    vault = _login_vault(args)
    token = _read_secret("Bearer Token", args.token_env)
    if any(ch.isspace() for ch in token):
        raise CliError(
            "That bearer token contains spaces.",
            "Copy the Bearer Token again from Keys and tokens in the developer portal.",
        )
    _save(
        vault,
        name=args.profile,
        app=args.app or "pasted",
        method="bearer",
        secrets={"bearer_token": token},
        identity=Identity(app_context=True),
        force=args.force,
    )
    _err(f"Saved {args.profile!r} (Bearer token).")
    return 0


def cmd_login_basic(args: argparse.Namespace) -> int:
    vault = _login_vault(args)
    password = _read_secret("Password", args.password_env)
    if args.test_url:
        from twauth_gui.core.basic import test_request
        from twauth_gui.core.models import BasicCredentials

        status = test_request(BasicCredentials(args.username, password), args.test_url)
        _err(f"Test request answered HTTP {status}.")
    _save(
        vault,
        name=args.profile,
        app=args.app or "enterprise",
        method="basic",
        secrets={"username": args.username, "password": password},
        force=args.force,
    )
    _err(f"Saved {args.profile!r} (enterprise username and password).")
    return 0


# ------------------------------------------------------------------ reading


def _cred_dict(cred: Credential) -> dict[str, Any]:
    from twauth_gui.core.lifecycle import describe_expiry, status_of

    return {
        "name": cred.name,
        "app": cred.app,
        "method": cred.method.value,
        "user_id": cred.user_id,
        "username": cred.username,
        "display_name": cred.display_name,
        "scopes": list(cred.scopes),
        "status": status_of(cred),
        "expires_at": int(cred.expires_at) if cred.expires_at else None,
        "expiry": describe_expiry(cred.expires_at),
        "created_at": int(cred.created_at) if cred.created_at else None,
        "last_refresh": int(cred.last_refresh) if cred.last_refresh else None,
        "sandbox": cred.sandbox,
        "api_base": cred.api_base,
        "linked_exports": [str(link.path) for link in cred.linked_exports],
    }


def cmd_list(args: argparse.Namespace) -> int:
    import json

    vault = _open_vault(args)
    creds = vault.list()
    if args.json:
        print(json.dumps([_cred_dict(c) for c in creds], indent=2))
        return 0
    if not creds:
        _err("No credentials yet. Get some with `twauth login …` or the twauth-gui app.")
        return 0
    rows = [("NAME", "METHOD", "ACCOUNT", "STATUS")]
    for cred in creds:
        info = _cred_dict(cred)
        account = (
            f"@{cred.username}"
            if cred.username
            else ("app" if cred.method.value in ("app", "bearer") else "")
        )
        status = info["status"] + (f" ({info['expiry']})" if info["expiry"] else "")
        if cred.sandbox:
            status += " [sandbox]"
        rows.append((cred.name, cred.method.value, account, status))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        print("  ".join(row[i].ljust(widths[i]) for i in range(3)) + "  " + row[3])
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    import json

    vault = _open_vault(args)
    if args.verify:
        _verify(vault, args.profile)
    cred = vault.get(args.profile)
    info = _cred_dict(cred)
    if args.reveal:
        info["secrets"] = vault.secrets(args.profile)
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    for key, value in info.items():
        if key == "secrets":
            continue
        if isinstance(value, list):
            value = " ".join(str(v) for v in value)
        print(f"{key:14} {'' if value is None else value}")
    if args.reveal:
        for key, value in info["secrets"].items():
            print(f"{key:14} {value}")
    else:
        print(f"{'secrets':14} hidden (add --reveal to print them)")
    return 0


def _verify(vault: Vault, name: str) -> None:
    from twauth_gui.core import identity as ident
    from twauth_gui.core.errors import ErrorKind, XApiError
    from twauth_gui.core.lifecycle import endpoints_for
    from twauth_gui.core.models import AppKeys, BearerToken, Method, OAuth1Tokens, OAuth2Tokens

    cred = vault.get(name)
    secrets = vault.secrets(name)
    endpoints = endpoints_for(cred)
    try:
        if cred.method == Method.OAUTH2:
            who = ident.whoami_oauth2(
                OAuth2Tokens(secrets.get("access_token", ""), scopes=cred.scopes),
                endpoints=endpoints,
            )
        elif cred.method == Method.OAUTH1:
            who = ident.whoami_oauth1(
                AppKeys(
                    api_key=secrets.get("api_key", ""), api_secret=secrets.get("api_secret", "")
                ),
                OAuth1Tokens(
                    secrets.get("access_token", ""), secrets.get("access_token_secret", "")
                ),
                endpoints=endpoints,
            )
        elif cred.method in (Method.APP, Method.BEARER):
            who = ident.whoami_bearer(
                BearerToken(secrets.get("bearer_token", "")), endpoints=endpoints
            )
        else:
            _err("Enterprise credentials are checked with `twauth login basic --test-url`.")
            return
    except XApiError as exc:
        if exc.kind in (ErrorKind.UNAUTHORIZED, ErrorKind.INVALID_TOKEN):
            vault.update(name, status="revoked")
        raise
    vault.update(
        name,
        user_id=who.user_id or cred.user_id,
        username=who.username or cred.username,
        display_name=who.name or cred.display_name,
        profile_image_url=who.profile_image_url or cred.profile_image_url,
        status="app" if who.app_context else "valid",
    )
    _err(f"Verified: {_fmt_identity(who)}.")


def cmd_token(args: argparse.Namespace) -> int:
    from twauth_gui.core.lifecycle import access_token

    vault = _open_vault(args)
    print(access_token(vault, args.profile))
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    from twauth_gui.core.lifecycle import describe_expiry, refresh

    vault = _open_vault(args)
    result = refresh(vault, args.profile, force=True)
    _err(f"Refreshed {args.profile!r}: {describe_expiry(result.expires_at)}.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from twauth_gui.core.lifecycle import revoke

    vault = _open_vault(args)
    # OAuth 2.0 revokes two tokens: one client (one connection) for both.
    client = None
    if vault.get(args.profile).method.value == "oauth2":
        from twauth_gui.core.http import make_client

        client = make_client()
    try:
        result = revoke(
            vault, args.profile, local_only_if_offline=args.local_only_if_offline, client=client
        )
    finally:
        if client is not None:
            client.close()
    _err(f"{args.profile!r}: {result.message}")
    return 0 if result.at_x else 1


def cmd_remove(args: argparse.Namespace) -> int:
    vault = _open_vault(args)
    vault.get(args.profile)
    vault.remove(args.profile)
    _err(f"Removed {args.profile!r} from this computer (not revoked at X; use `twauth revoke`).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from twauth_gui.core import export

    vault = _open_vault(args)
    cred = vault.get(args.profile)
    secrets = vault.secrets(args.profile)
    renames: dict[str, str] = {}
    for item in args.rename or []:
        field, _, var = item.partition("=")
        if not var:
            raise CliError(
                f"--rename needs FIELD=VARIABLE, got {item!r}.",
                "For example: --rename access_token=MY_TOKEN",
            )
        renames[field] = var
    pairs = export.export_fields(
        secrets, expires_at=cred.expires_at, preset=args.preset, renames=renames
    )
    if not args.output:
        sys.stdout.write(export.render(pairs, args.format))
        return 0
    text, diff = export.plan_file(args.output, pairs, args.format)
    if diff.changed or diff.unchanged:
        _err(
            f"Merging into {args.output}: {len(diff.added)} added, {len(diff.changed)} changed; "
            "other lines kept."
        )
    export.write_export(args.output, text)
    _err(f"Wrote {args.output} (readable only by you).")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from twauth_gui.core.paths import data_dir

    endpoints = _endpoints()
    print(f"twauth {__version__}")
    print(f"data dir       {data_dir()}")
    print(f"API endpoint   {endpoints.api}" + ("" if endpoints.is_production else "  (not X)"))
    print(f"web endpoint   {endpoints.web}")
    problems = 0
    try:
        vault = _open_vault(args)
    except Exception as exc:
        from twauth_gui.core.errors import UserFacingError

        if not isinstance(exc, UserFacingError):
            raise
        print(f"secret store   UNAVAILABLE: {exc.message}")
        print(f"               fix: {exc.hint}")
        return 1
    backend = vault.backend
    print(f"secret store   {backend.name} ({'secure' if backend.secure else 'NOT secure'})")
    if backend.warning:
        print(f"               {backend.warning}")
    from twauth_gui.core.errors import FlowError
    from twauth_gui.core.loopback import LoopbackReceiver

    seen: set[str] = set()
    for cred in vault.list():
        if not cred.redirect_uri or cred.redirect_uri in seen:
            continue
        seen.add(cred.redirect_uri)
        # Bind exactly as a login would (same hosts, same socket options), then let go.
        probe = LoopbackReceiver(cred.redirect_uri, kind="oauth2", state="doctor-" + "0" * 40)
        try:
            probe.start()
        except FlowError as exc:
            problems += 1
            where = f"{cred.redirect_uri} UNAVAILABLE for {cred.name!r}"
            print(f"callback       {where}: {exc.message}")
            if exc.hint:
                print(f"               fix: {exc.hint}")
        else:
            print(f"callback       {cred.redirect_uri} free (for {cred.name!r})")
        finally:
            probe.close()
    return 1 if problems else 0


def cmd_sandbox(args: argparse.Namespace) -> int:
    from twauth_gui.sandbox import serve_forever_cli

    return serve_forever_cli(args.port, args.auto)


def cmd_import(args: argparse.Namespace) -> int:
    from twauth_gui.core import importers

    vault = _open_vault(args)
    found = (
        importers.import_twurl(args.file)
        if args.source == "twurl"
        else importers.import_xurl(args.file)
    )
    saved = 0
    for cred, secrets in found:
        try:
            _check_profile_free(vault, cred.name, False)
        except CliError:
            _err(f"Skipped {cred.name!r}: a credential with that name exists.")
            continue
        vault.save(cred, secrets)
        saved += 1
        _err(f"Imported {cred.name!r} ({cred.method.value}).")
    _err(f"{saved} credential(s) imported from {args.source}; the original file was not changed.")
    return 0


# ------------------------------------------------------------------ parser


_VAULT_CHOICES = ("os", "file", "memory")


def build_parser() -> argparse.ArgumentParser:
    import argparse  # lazy: `twauth token NAME` does not build the parser at all

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: error: {message}\n")

    parser = _Parser(prog="twauth", description="Get and keep X API credentials.")
    parser.add_argument("--version", action="version", version=f"twauth {__version__}")
    parser.add_argument(
        "--vault",
        choices=list(_VAULT_CHOICES),
        help="secret store: OS keyring (default), encrypted file, or memory",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    login = sub.add_parser("login", help="obtain and save credentials")
    kinds = login.add_subparsers(dest="kind", required=True, parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--profile", required=True, help="name to save the credential under")
        p.add_argument("--app", help="label of the X app (for grouping)")
        p.add_argument("--force", action="store_true", help="replace an existing credential")

    p = kinds.add_parser("oauth2", help="OAuth 2.0 Authorization Code with PKCE")
    common(p)
    p.add_argument("--client-id", required=True)
    p.add_argument("--client-secret-env", metavar="VAR")
    p.add_argument("--public", action="store_true", help="public client: no client secret")
    p.add_argument("--redirect-uri", required=True)
    p.add_argument("--scopes", default=DEFAULT_SCOPES)
    p.add_argument("--no-browser", action="store_true")
    p.add_argument("--paste", action="store_true", help="paste the redirect address instead")
    p.add_argument("--timeout", type=float, default=300.0)
    p.set_defaults(func=cmd_login_oauth2)

    p = kinds.add_parser("oauth1", help="OAuth 1.0a 3-legged (callback or PIN)")
    common(p)
    p.add_argument("--api-key", required=True)
    p.add_argument("--api-secret-env", metavar="VAR")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--pin", action="store_true")
    mode.add_argument("--redirect-uri")
    p.add_argument("--access-type", choices=["read", "write"])
    p.add_argument("--no-browser", action="store_true")
    p.add_argument("--timeout", type=float, default=300.0)
    p.set_defaults(func=cmd_login_oauth1)

    p = kinds.add_parser("app", help="app-only Bearer token from the API key and secret")
    common(p)
    p.add_argument("--api-key", required=True)
    p.add_argument("--api-secret-env", metavar="VAR")
    p.set_defaults(func=cmd_login_app)

    p = kinds.add_parser("bearer", help="save a Bearer token you already have")
    common(p)
    p.add_argument("--token-env", metavar="VAR")
    p.set_defaults(func=cmd_login_bearer)

    p = kinds.add_parser("basic", help="enterprise username and password")
    common(p)
    p.add_argument("--username", required=True)
    p.add_argument("--password-env", metavar="VAR")
    p.add_argument("--test-url", help="check the credentials against this URL")
    p.set_defaults(func=cmd_login_basic)

    p = sub.add_parser("list", help="list saved credentials (no secrets)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one credential (secrets only with --reveal)")
    p.add_argument("profile")
    p.add_argument("--json", action="store_true")
    p.add_argument("--verify", action="store_true", help="ask X who the token belongs to")
    p.add_argument("--reveal", action="store_true", help="also print the secrets")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("token", help="print the access token (refreshing it if needed)")
    p.add_argument("profile")
    p.set_defaults(func=cmd_token)

    p = sub.add_parser("refresh", help="refresh an OAuth 2.0 credential now")
    p.add_argument("profile")
    p.set_defaults(func=cmd_refresh)

    p = sub.add_parser("revoke", help="revoke at X, then remove locally")
    p.add_argument("profile")
    p.add_argument(
        "--local-only-if-offline",
        action="store_true",
        help="if X cannot be reached, remove locally anyway (NOT revoked at X)",
    )
    p.set_defaults(func=cmd_revoke)

    p = sub.add_parser("remove", help="remove from this computer only")
    p.add_argument("profile")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("export", help="write .env / JSON / shell exports")
    p.add_argument("profile")
    p.add_argument("--format", choices=["env", "json", "shell"], default="env")
    p.add_argument("--preset", choices=["x", "twitter", "xmcp", "samples"], default="x")
    p.add_argument("--rename", action="append", metavar="FIELD=VAR")
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="import from twurl or xurl (read-only)")
    p.add_argument("source", choices=["twurl", "xurl"])
    p.add_argument("--file", help="path of ~/.twurlrc or ~/.xurl")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("doctor", help="check the secret store, data dir, endpoints and ports")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("sandbox", help="run the local X stand-in")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--auto", choices=["approve", "deny"])
    p.set_defaults(func=cmd_sandbox)
    return parser


def _report(message: str, hint: str, stream: TextIO) -> None:
    print(f"twauth: {message}", file=stream)
    if hint:
        print(f"  fix: {hint}", file=stream)


def _fast_token_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """Parsed arguments for exactly ``[--vault KIND] token NAME``, else None (use argparse).

    ``twauth token NAME`` runs in scripts, often once per API call; building the full parser
    costs more than the rest of the command's Python work, so this one shape is parsed by
    hand. Anything else — options after ``token``, ``-h``, abbreviations, ``--`` — goes
    through argparse, so errors and help are unchanged.
    """
    rest = list(argv)
    vault: str | None = None
    if rest[:1] == ["--vault"] and len(rest) >= 2:
        vault, rest = rest[1], rest[2:]
    elif rest and rest[0].startswith("--vault="):
        vault, rest = rest[0].partition("=")[2], rest[1:]
    if len(rest) != 2 or rest[0] != "token" or not rest[1] or rest[1].startswith("-"):
        return None
    if vault is not None and vault not in _VAULT_CHOICES:
        return None
    from types import SimpleNamespace

    args = SimpleNamespace(vault=vault, command="token", profile=rest[1], func=cmd_token)
    return cast("argparse.Namespace", args)


def _setup_logging() -> None:
    """``TWAUTH_LOG=debug|info|warning`` logs to stderr (secrets redacted); default: warnings."""
    import logging

    level = os.environ.get("TWAUTH_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING", "ERROR"):
        logging.basicConfig(
            level=getattr(logging, level),
            format="twauth %(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``twauth``."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _fast_token_args(arguments) or build_parser().parse_args(arguments)
    from twauth_gui.core.redact import install_log_redaction, scrub

    _setup_logging()
    install_log_redaction()
    try:
        code: int = args.func(args)
        return code
    except CliError as exc:
        _report(exc.message, exc.hint, sys.stderr)
        return 1
    except KeyboardInterrupt:
        _report("Cancelled.", "", sys.stderr)
        return 1
    except Exception as exc:
        from twauth_gui.core.errors import UserFacingError

        if isinstance(exc, UserFacingError):
            _report(scrub(exc.message), scrub(exc.hint), sys.stderr)
            return 1
        import traceback

        report = scrub("".join(traceback.format_exception(exc)))
        print(report, file=sys.stderr, end="")
        _report(
            "Unexpected internal error (a bug in twauth).",
            "Please report it with the text above (secrets are already removed from it).",
            sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
