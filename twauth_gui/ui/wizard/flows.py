"""Worker functions the wizard runs through ``run_task``: the core, off the GUI thread.

Each function takes what it needs as plain values (a snapshot of :class:`FlowData`, the
endpoints) plus the task's :class:`~twauth_gui.ui.tasks.CancelToken`, and never touches a
widget. Heavy modules (httpx, oauthlib, keyring) are imported here, lazily, in the worker.

::

    begin(data, endpoints, timeout, token)   -> Started       (receiver bound BEFORE the browser)
    open_browser(url, token)                 -> bool
    wait_for_callback(started, token)        -> tokens        (rx.wait + token exchange)
    finish_pin(started, pin, token)          -> OAuth1Tokens
    parse_address(started, url)              -> CallbackResult (paste-the-address fallback)
    exchange(started, result)                -> tokens
    preflight(data, endpoints, token)        -> Preflight
    complete(data, ctx, endpoints, token)    -> Completed     (bearer, identity, vault save)
    load_reauthorize(ctx, name, token)       -> FlowData      ("Authorize again": saved keys)
    fetch_avatar(url, token)                 -> bytes

The functions that talk to X also take ``http=``: the wizard's :class:`FlowClient`, one httpx
client for the whole flow (preflight, request token, exchange, identity, avatar), so they
share connections and TLS sessions instead of opening a new client for every request.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from twauth_gui.core import flow as core_flow
from twauth_gui.core.errors import ErrorKind, FlowError, UserFacingError
from twauth_gui.core.flow import FieldId, FlowData, OAuth1Mode, WizardMethod
from twauth_gui.core.models import (
    BearerToken,
    Identity,
    Method,
    OAuth1Tokens,
    OAuth2Tokens,
)

if TYPE_CHECKING:
    import httpx

    from twauth_gui.core.endpoints import Endpoints
    from twauth_gui.core.loopback import CallbackResult, LoopbackReceiver
    from twauth_gui.core.oauth1 import OAuth1Flow
    from twauth_gui.core.oauth2 import OAuth2Flow
    from twauth_gui.ui.tasks import CancelToken

log = logging.getLogger(__name__)

Tokens = OAuth1Tokens | OAuth2Tokens
AVATAR_TIMEOUT = 10.0


def snapshot(data: FlowData) -> FlowData:
    """A copy of the wizard's data for a worker (the GUI keeps editing the original)."""
    snap = copy.copy(data)
    snap.values = dict(data.values)
    return snap


def warm_up() -> None:
    """Import what the flows need (httpx, oauthlib, the core) before they are needed."""
    import twauth_gui.core.app_only
    import twauth_gui.core.basic
    import twauth_gui.core.browser
    import twauth_gui.core.http
    import twauth_gui.core.identity
    import twauth_gui.core.loopback
    import twauth_gui.core.oauth1
    import twauth_gui.core.oauth2
    import twauth_gui.core.preflight  # noqa: F401


class FlowClient:
    """One HTTP client for a wizard's flows: made on first use (in a worker: importing and
    building it is not GUI work), shared by the workers (httpx clients are thread-safe),
    closed with the wizard. After :meth:`close`, :meth:`get` returns None and the core falls
    back to a temporary client per call."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._closed = False

    def get(self) -> httpx.Client | None:
        with self._lock:
            if self._closed:
                return None
            if self._client is None:
                from twauth_gui.core.http import make_client

                self._client = make_client()
            return self._client

    def close(self) -> None:
        """Close the connections (a request still running in a worker then fails; the
        wizard has cancelled it, so its result is dropped)."""
        with self._lock:
            client, self._client = self._client, None
            self._closed = True
        if client is not None:
            client.close()


def _client(http: FlowClient | None) -> httpx.Client | None:
    return http.get() if http is not None else None


def _cancelled() -> FlowError:
    return FlowError("Cancelled.", "", kind=ErrorKind.CANCELLED)


# --------------------------------------------------------------------------- authorize


@dataclass
class Started:
    """A started authorization: the core flow object and the bound receiver (None for PIN)."""

    flow: OAuth1Flow | OAuth2Flow
    receiver: LoopbackReceiver | None
    authorize_url: str

    @property
    def kind(self) -> str:
        from twauth_gui.core.oauth2 import OAuth2Flow

        return "oauth2" if isinstance(self.flow, OAuth2Flow) else "oauth1"

    def close(self) -> None:
        if self.receiver is not None:
            self.receiver.close()


def begin(
    data: FlowData,
    endpoints: Endpoints,
    timeout: float,
    token: CancelToken,
    http: FlowClient | None = None,
) -> Started:
    """Start the flow and bind the loopback receiver (before any browser opens)."""
    from twauth_gui.core import oauth1, oauth2
    from twauth_gui.core.loopback import LoopbackReceiver

    keys = data.keys()
    rx: LoopbackReceiver | None = None
    fl: OAuth1Flow | OAuth2Flow
    if data.method == WizardMethod.OAUTH2:
        fl = oauth2.start(keys, data.redirect_uri, data.scopes, endpoints=endpoints)
        rx = LoopbackReceiver(data.redirect_uri, kind="oauth2", state=fl.state, timeout=timeout)
    elif data.method == WizardMethod.OAUTH1:
        callback = data.redirect_uri
        fl = oauth1.start(
            keys,
            callback,
            access_type=data.oauth1_access or None,
            endpoints=endpoints,
            client=_client(http),
        )
        if data.oauth1_mode == OAuth1Mode.CALLBACK:
            rx = LoopbackReceiver(
                callback, kind="oauth1", request_token=fl.request_token, timeout=timeout
            )
    else:  # pragma: no cover - the wizard never authorizes other methods
        raise ValueError(data.method)
    if rx is not None:
        rx.start()
        # If the page is left before this result is delivered, nobody else closes it.
        token.add_callback(rx.close)
    if token.cancelled:
        if rx is not None:
            rx.close()
        raise _cancelled()
    return Started(fl, rx, fl.authorize_url)


def open_browser(url: str, token: CancelToken) -> bool:
    """Open ``url`` in the user's browser; False when none could be opened."""
    from twauth_gui.core.browser import open_url

    if token.cancelled:
        return False
    return bool(open_url(url))


def exchange(started: Started, result: CallbackResult, http: FlowClient | None = None) -> Tokens:
    """Trade the callback's code / verifier for tokens."""
    from twauth_gui.core import oauth1, oauth2
    from twauth_gui.core.oauth2 import OAuth2Flow

    fl = started.flow
    if isinstance(fl, OAuth2Flow):
        return oauth2.finish(fl, result.code or "", client=_client(http))
    return oauth1.finish(
        fl,
        result.oauth_verifier or "",
        returned_token=result.oauth_token,
        client=_client(http),
    )


def wait_for_callback(
    started: Started, token: CancelToken, http: FlowClient | None = None
) -> Tokens:
    """Wait for the browser to come back to the receiver, then exchange (Cancel: rx.cancel)."""
    rx = started.receiver
    assert rx is not None
    token.add_callback(rx.cancel)
    try:
        result = rx.wait()
        if token.cancelled:
            raise _cancelled()
        return exchange(started, result, http)
    finally:
        rx.close()


def finish_pin(
    started: Started, pin: str, token: CancelToken, http: FlowClient | None = None
) -> OAuth1Tokens:
    """OAuth 1.0a out-of-band: exchange the PIN the user typed."""
    from twauth_gui.core import oauth1

    fl = started.flow
    assert not started.kind == "oauth2"
    return oauth1.finish(
        fl,  # type: ignore[arg-type]
        oauth1.normalize_pin(pin),
        client=_client(http),
    )


def parse_address(started: Started, url: str) -> CallbackResult:
    """Check an address the user pasted against this flow (pure; no network)."""
    from twauth_gui.core.loopback import parse_redirect_url
    from twauth_gui.core.oauth2 import OAuth2Flow

    fl = started.flow
    if isinstance(fl, OAuth2Flow):
        return parse_redirect_url(url, kind="oauth2", state=fl.state)
    return parse_redirect_url(url, kind="oauth1", request_token=fl.request_token)


def finish_from_address(
    started: Started, url: str, token: CancelToken, http: FlowClient | None = None
) -> Tokens:
    """The paste-the-address fallback: check the address, stop the receiver, exchange."""
    result = parse_address(started, url)
    started.close()
    if token.cancelled:
        raise _cancelled()
    return exchange(started, result, http)


# --------------------------------------------------------------------------- setup checks


@dataclass
class Preflight:
    """What the setup check found: an OK message, and what it obtained on the way."""

    message: str
    bearer: BearerToken | None = None
    identity: Identity | None = None
    status: int | None = None


def preflight(
    data: FlowData, endpoints: Endpoints, token: CancelToken, http: FlowClient | None = None
) -> Preflight:
    """Run the core's preflight for the chosen method (raises UserFacingError on problems)."""
    from twauth_gui.core import preflight as pf

    keys = data.keys()
    method = data.method
    client = _client(http)
    if method == WizardMethod.OAUTH2:
        return Preflight(
            pf.check_oauth2(keys, data.redirect_uri, endpoints=endpoints, client=client)
        )
    if method == WizardMethod.OAUTH1:
        return Preflight(
            pf.check_oauth1(keys, data.redirect_uri, endpoints=endpoints, client=client)
        )
    if method == WizardMethod.APP_ONLY:
        message, bearer = pf.preflight_bearer(keys, endpoints=endpoints, client=client)
        return Preflight(message, bearer=bearer)
    if method == WizardMethod.BASIC:
        from twauth_gui.core import basic

        creds = data.basic()
        basic.check_credentials(creds)
        if not data.test_url:
            return Preflight(
                "Nothing to check online: no test address was given. The e-mail and password "
                "will be stored as typed."
            )
        # 429/5xx raise the core's error
        status = basic.test_request(creds, data.test_url, client=client)
        if 200 <= status < 300:
            return Preflight(
                f"The server accepted the e-mail and password (HTTP {status}).", status=status
            )
        return Preflight(
            f"The server did not refuse the e-mail and password, but answered HTTP {status}; "
            "check that the test address is right.",
            status=status,
        )
    # Pasted token: find out whom it belongs to.
    ident = identify_pasted(data, endpoints, client)
    kind = data.stored_method()
    if ident.app_context:
        msg = "X accepted the token: it is an app-only Bearer token."
    elif ident.username:
        msg = f"X accepted the token: it belongs to @{ident.username}."
    else:
        msg = "X accepted the token."
    log.debug("pasted token checked (%s)", kind.value)
    return Preflight(msg, identity=ident)


def identify_pasted(
    data: FlowData, endpoints: Endpoints, client: httpx.Client | None = None
) -> Identity:
    """Who a pasted token belongs to (app context for a bearer)."""
    from twauth_gui.core import identity

    tok = data.value(FieldId.TOKEN)
    kind = core_flow.paste_kind(data.values)
    if kind == Method.BEARER:
        return identity.whoami_bearer(BearerToken(tok), endpoints=endpoints, client=client)
    if kind == Method.OAUTH2:
        return identity.whoami_oauth2(OAuth2Tokens(tok), endpoints=endpoints, client=client)
    tokens = OAuth1Tokens(tok, data.value(FieldId.TOKEN_SECRET))
    return identity.whoami_oauth1(data.keys(), tokens, endpoints=endpoints, client=client)


# --------------------------------------------------------------------------- finishing


@dataclass
class Completed:
    """The result page's outcome: tokens obtained, who they belong to, where they were saved."""

    name: str
    bearer: BearerToken | None
    identity: Identity | None
    identity_error: UserFacingError | None
    backend: str
    backend_warning: str
    secure: bool
    linked: int = 0  # linked exports kept ("Authorize again")
    export_problems: tuple[str, ...] = ()  # linked exports that could not be rewritten
    previous_account: str = ""  # re-authorized as another account than before


def load_reauthorize(ctx: Any, name: str, token: CancelToken) -> FlowData:
    """The wizard's data for "Authorize again" on the saved credential ``name`` (keyring)."""
    vault = ctx.vault()
    cred = vault.get(name)
    if not core_flow.can_reauthorize(cred.method):
        raise UserFacingError(
            f"{name!r} has no app keys to sign in with again.",
            "Get new tokens with the wizard and save them under the same name.",
            kind=ErrorKind.INVALID_INPUT,
        )
    secrets = vault.secrets(name)
    try:
        return core_flow.reauthorize_data(
            cred, secrets, sandbox=bool(ctx.is_sandbox), api_base=ctx.endpoints.api
        )
    except ValueError:
        raise UserFacingError(
            f"The app keys of {name!r} are missing from the vault.",
            "Get new tokens with the wizard and save them under the same name.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None


def existing_names(ctx: Any, token: CancelToken) -> list[str]:
    """Names of the credentials already in the vault (for name suggestions and warnings)."""
    return [c.name for c in ctx.vault().list()]


def find_identity(
    data: FlowData, endpoints: Endpoints, client: httpx.Client | None = None
) -> Identity:
    """Who the obtained credentials act as."""
    from twauth_gui.core import identity

    if data.method == WizardMethod.OAUTH2 and data.oauth2_tokens is not None:
        return identity.whoami_oauth2(data.oauth2_tokens, endpoints=endpoints, client=client)
    if data.method == WizardMethod.OAUTH1 and data.oauth1_tokens is not None:
        return identity.whoami_oauth1(
            data.keys(), data.oauth1_tokens, endpoints=endpoints, client=client
        )
    if data.method == WizardMethod.APP_ONLY:
        return Identity(app_context=True)
    if data.method == WizardMethod.PASTE:
        return identify_pasted(data, endpoints, client)
    return Identity()


def make_credential(data: FlowData) -> Any:
    """The vault's ``Credential`` for the finished flow (unknown metadata keys left out)."""
    from twauth_gui.core.vault import Credential

    meta = core_flow.credential_meta(data)
    names = {f.name for f in dataclasses.fields(Credential)}
    return Credential(**{k: v for k, v in meta.items() if k in names})


def complete(
    data: FlowData,
    ctx: Any,
    endpoints: Endpoints,
    token: CancelToken,
    *,
    replace: bool = False,
    http: FlowClient | None = None,
) -> Completed:
    """Obtain what is still missing (bearer), find who it belongs to, save it to the vault."""
    from twauth_gui.core import app_only

    if data.method == WizardMethod.APP_ONLY and data.bearer is None:
        data.bearer = app_only.obtain(data.keys(), endpoints=endpoints, client=_client(http))
    ident_error: UserFacingError | None = None
    if data.identity is None and data.method != WizardMethod.BASIC:
        try:
            data.identity = find_identity(data, endpoints, _client(http))
        except UserFacingError as exc:  # saved anyway; the page says what went wrong
            ident_error = exc
    if token.cancelled:
        raise _cancelled()
    vault = ctx.vault()
    cred = make_credential(data)
    old = None
    if data.replaces and data.replaces == cred.name:
        from twauth_gui.core.errors import ProfileNotFound

        try:
            old = vault.get(cred.name)
        except ProfileNotFound:  # removed meanwhile: save it as new
            old = None
        replace = True
    previous = ""
    if old is not None:
        meta = core_flow.credential_meta(data)
        cred = dataclasses.replace(cred, **core_flow.keep_on_reauthorize(old, meta))
        previous = core_flow.other_account(old, meta)
    vault.save(cred, core_flow.vault_secrets(data), replace=replace)
    problems: tuple[str, ...] = ()
    if cred.linked_exports:
        from twauth_gui.core import lifecycle

        problems = tuple(lifecycle.rewrite_linked_exports(vault, cred.name))
    backend = vault.backend
    return Completed(
        name=data.profile_name.strip(),
        bearer=data.bearer,
        identity=data.identity,
        identity_error=ident_error,
        backend=str(getattr(backend, "name", "")),
        backend_warning=str(getattr(backend, "warning", "") or ""),
        secure=bool(getattr(backend, "secure", True)),
        linked=len(cred.linked_exports),
        export_problems=problems,
        previous_account=previous,
    )


def avatar_url(url: str) -> str:
    """A bigger variant of X's profile image (``_normal`` is 48 px)."""
    return url.replace("_normal.", "_bigger.")


def fetch_avatar(url: str, token: CancelToken, http: FlowClient | None = None) -> bytes:
    """Download a profile image (at most 2 MB); empty bytes when it cannot be had."""
    from twauth_gui.core.http import client_scope

    if not url.startswith(("https://", "http://")):
        return b""
    try:
        with client_scope(_client(http)) as client:
            response = client.get(avatar_url(url), timeout=AVATAR_TIMEOUT)
            if response.status_code != 200 and avatar_url(url) != url:
                response = client.get(url, timeout=AVATAR_TIMEOUT)
    except Exception:  # an avatar is decoration: never an error
        log.debug("avatar download failed", exc_info=False)
        return b""
    if response.status_code != 200:
        return b""
    return response.content[: 2 * 1024 * 1024]
