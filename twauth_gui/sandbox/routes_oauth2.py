"""OAuth 2.0 routes: the web consent page, /2/oauth2/token (code + refresh with rotation)
and /2/oauth2/revoke, with X's checks and exact error bodies."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from twauth_gui.sandbox import errors, pages
from twauth_gui.sandbox.auth_common import parse_basic
from twauth_gui.sandbox.http_types import (
    Request,
    Response,
    add_query,
    html_response,
    json_response,
    redirect,
)
from twauth_gui.sandbox.state import (
    CODE_LIFETIME,
    OAUTH2_SCOPES,
    DemoApp,
    OAuth2AuthRequest,
    SandboxState,
)

MAX_STATE = 500
_VERIFIER_CHARS = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")


def _went_wrong(detail: str) -> Response:
    return html_response(200, pages.something_went_wrong(detail))


def _validate_authorize(req: Request, st: SandboxState) -> OAuth2AuthRequest | Response:
    q = dict(req.query)
    app = st.app_by_client_id(q.get("client_id", ""))
    if app is None:
        return _went_wrong("client_id is not the Client ID of any app.")
    redirect_uri = q.get("redirect_uri", "")
    if redirect_uri not in app.callbacks:
        return _went_wrong("redirect_uri is not exactly one of the app's Callback URLs.")
    if q.get("response_type") != "code":
        return _went_wrong("response_type must be 'code'.")
    scopes = tuple(s for s in q.get("scope", "").split(" ") if s)
    if not scopes:
        return _went_wrong("scope is missing.")
    unknown = [s for s in scopes if s not in OAUTH2_SCOPES]
    if unknown:
        return _went_wrong(f"unknown scope: {', '.join(unknown)}.")
    state = q.get("state", "")
    if not state:
        return _went_wrong("state is missing.")
    if len(state) > MAX_STATE:
        return _went_wrong("state is longer than 500 characters.")
    challenge = q.get("code_challenge", "")
    method = q.get("code_challenge_method", "plain")
    if not challenge:
        return _went_wrong("code_challenge is missing.")
    if method not in ("S256", "plain"):
        return _went_wrong("code_challenge_method must be S256 (or plain).")
    return OAuth2AuthRequest(app, redirect_uri, tuple(dict.fromkeys(scopes)), state, challenge,
                             method)


def decide(st: SandboxState, request: OAuth2AuthRequest, approve: bool) -> Response:
    if not approve:
        return redirect(add_query(request.redirect_uri,
                                  [("error", "access_denied"), ("state", request.state)]))
    code = st.new_code(request)
    return redirect(add_query(request.redirect_uri,
                              [("state", request.state), ("code", code.code)]))


def authorize_get(req: Request, st: SandboxState) -> Response:
    request = _validate_authorize(req, st)
    if isinstance(request, Response):
        return request
    with st.lock:
        auto = st.auto
        if auto in ("approve", "deny") and not req.simulated_browser:
            return decide(st, request, auto == "approve")
        consent = st.new_consent("oauth2", auth_request=request)
    return html_response(200, pages.oauth2_consent(request.app.display_name, request.scopes,
                                                   request.redirect_uri, st.user, consent.id))


def authorize_post(req: Request, st: SandboxState) -> Response:
    consent = st.take_consent(req.param("consent_id") or "", "oauth2")
    if consent is None or consent.auth_request is None:
        return _went_wrong("this consent page was already used or has expired.")
    return decide(st, consent.auth_request, req.param("action") == "allow")


def _client(req: Request, params: dict[str, str], st: SandboxState) -> DemoApp | Response:
    """Client authentication as X does it: Basic for confidential, client_id for public."""
    if "client_secret" in params:
        return errors.unauthorized_client()
    header = req.header("authorization")
    if header:
        basic = parse_basic(header)
        if basic is None:
            return errors.unauthorized_client()
        client_id, client_secret = basic
        app = st.app_by_client_id(client_id)
        if app is None or app.client_secret is None or not hmac.compare_digest(
            client_secret.encode("utf-8"), app.client_secret.encode("utf-8")
        ):
            return errors.unauthorized_client()
        if params.get("client_id", client_id) != client_id:
            return errors.unauthorized_client()
        return app
    public_id = params.get("client_id")
    if not public_id:
        return errors.missing_parameter("client_id")
    app = st.app_by_client_id(public_id)
    if app is None or app.confidential:
        return errors.unauthorized_client()
    return app


def _pkce_ok(verifier: str, challenge: str, method: str) -> bool:
    if not _VERIFIER_CHARS.match(verifier):
        return False
    if method == "S256":
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        computed = base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
    else:
        computed = verifier
    return hmac.compare_digest(computed.encode("ascii"), challenge.encode("utf-8"))


def _body_params(req: Request) -> dict[str, str] | Response:
    if req.body_error:
        return errors.oauth2_invalid_request("Request body could not be read.")
    return req.params()


def token(req: Request, st: SandboxState) -> Response:
    params = _body_params(req)
    if isinstance(params, Response):
        return params
    grant_type = params.get("grant_type")
    if not grant_type:
        return errors.missing_parameter("grant_type")
    if grant_type not in ("authorization_code", "refresh_token"):
        return errors.oauth2_invalid_request(errors.INVALID_GRANT_TYPE)
    app = _client(req, params, st)
    if isinstance(app, Response):
        return app
    if grant_type == "authorization_code":
        return _code_grant(params, app, st)
    return _refresh_grant(params, app, st)


def _code_grant(params: dict[str, str], app: DemoApp, st: SandboxState) -> Response:
    for name in ("code", "redirect_uri", "code_verifier"):
        if not params.get(name):
            return errors.missing_parameter(name)
    with st.lock:
        code = st.codes.get(params["code"])
        if (code is None or code.used or code.request.app is not app
                or st.now() - code.created > CODE_LIFETIME):
            return errors.oauth2_invalid_request(errors.INVALID_CODE)
        code.used = True
        request = code.request
        if params["redirect_uri"] != request.redirect_uri:
            return errors.oauth2_invalid_request(errors.INVALID_CODE)
        if not _pkce_ok(params["code_verifier"], request.challenge, request.method):
            return errors.oauth2_invalid_request(errors.PKCE_MISMATCH)
        grant = st.new_grant(app, code.user, request.scopes)
        answer = st.issue_oauth2(grant)
    return json_response(200, answer)


def _refresh_grant(params: dict[str, str], app: DemoApp, st: SandboxState) -> Response:
    refresh = params.get("refresh_token")
    if not refresh:
        return errors.missing_parameter("refresh_token")
    with st.lock:
        grant = st.refresh_tokens.get(refresh)
        if grant is None or not grant.alive or grant.app is not app:
            return errors.oauth2_invalid_request(errors.INVALID_TOKEN)
        answer = st.issue_oauth2(grant)  # rotates: the old refresh token is gone
    return json_response(200, answer)


def revoke(req: Request, st: SandboxState) -> Response:
    params = _body_params(req)
    if isinstance(params, Response):
        return params
    app = _client(req, params, st)
    if isinstance(app, Response):
        return app
    value = params.get("token")
    if not value:
        return errors.missing_parameter("token")
    if not params.get("token_type_hint"):
        return errors.missing_parameter("token_type_hint")
    with st.lock:
        access = st.access_tokens.get(value)
        if access is not None and access.grant.app is app:
            access.revoked = True
        grant = st.refresh_tokens.get(value)
        if grant is not None and grant.app is app:
            st.kill_grant(grant)
    return json_response(200, {"revoked": True})
