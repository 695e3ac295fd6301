"""OAuth 1.0a routes: request_token, authorize/authenticate (consent), access_token,
invalidate_token and verify_credentials."""

from __future__ import annotations

import secrets

from twauth_gui.sandbox import errors, pages
from twauth_gui.sandbox.auth_common import (
    OAuth1Context,
    bearer_value,
    oauth1_check_signature,
    oauth1_precheck,
)
from twauth_gui.sandbox.http_types import (
    Request,
    Response,
    add_query,
    form_response,
    html_response,
    json_response,
    redirect,
)
from twauth_gui.sandbox.state import (
    MAX_VERIFIER_ATTEMPTS,
    REQUEST_TOKEN_LIFETIME,
    OAuth1Access,
    RequestToken,
    SandboxState,
    seven_digit_pin,
)


def request_token(req: Request, st: SandboxState) -> Response:
    ctx = oauth1_precheck(req, st)
    if isinstance(ctx, Response):
        return ctx
    failure = oauth1_check_signature(req, st, ctx)
    if failure is not None:
        return failure
    callback = ctx.signed.oauth.get("oauth_callback")
    if not callback:
        return errors.bad_authentication_data()
    if callback != "oob":
        if not ctx.app.callbacks:
            return errors.desktop_only_oob(req.path)
        if callback not in ctx.app.callbacks:
            return errors.callback_not_approved()
    access_type = req.param("x_auth_access_type")
    if access_type not in ("read", "write"):
        access_type = "write"
    rt = st.new_request_token(ctx.app, callback, access_type)
    return form_response([
        ("oauth_token", rt.token),
        ("oauth_token_secret", rt.secret),
        ("oauth_callback_confirmed", "true"),
    ])


def decide(st: SandboxState, rt: RequestToken, approve: bool) -> Response:
    """Apply the person's choice to a request token and answer as X's page would."""
    with st.lock:
        rt.decided = True
        if approve:
            rt.verifier = seven_digit_pin() if rt.callback == "oob" else secrets.token_urlsafe(24)
        else:
            rt.used = True
        verifier = rt.verifier
    app_name = rt.app.display_name
    if not approve:
        if rt.callback == "oob":
            return html_response(200, pages.cancelled_page(app_name))
        return redirect(add_query(rt.callback, [("denied", rt.token)]))
    assert verifier is not None
    if rt.callback == "oob":
        return html_response(200, pages.pin_page(app_name, verifier))
    return redirect(add_query(rt.callback, [("oauth_token", rt.token),
                                            ("oauth_verifier", verifier)]))


def authorize_get(req: Request, st: SandboxState) -> Response:
    token = req.param("oauth_token") or ""
    with st.lock:
        rt = st.live_request_token(token)
        if rt is None:
            return html_response(200, pages.whoa_page())
        auto = st.auto
        if auto in ("approve", "deny") and not req.simulated_browser:
            return decide(st, rt, auto == "approve")
        consent = st.new_consent("oauth1", request_token=rt)
    html = pages.oauth1_consent(rt.app.display_name, rt.access_type, rt.callback, st.user,
                                consent.id, req.path)
    return html_response(200, html)


def authorize_post(req: Request, st: SandboxState) -> Response:
    with st.lock:
        consent = st.take_consent(req.param("consent_id") or "", "oauth1")
        rt = consent.request_token if consent else None
        if rt is None or st.live_request_token(rt.token) is None:
            return html_response(200, pages.whoa_page())
        return decide(st, rt, req.param("action") == "allow")


def access_token(req: Request, st: SandboxState) -> Response:
    ctx = oauth1_precheck(req, st)
    if isinstance(ctx, Response):
        return ctx
    with st.lock:
        rt = st.request_tokens.get(ctx.signed.token or "")
        if rt is None or rt.app is not ctx.app:
            return errors.invalid_request_token()
        failure = oauth1_check_signature(req, st, ctx, rt.secret)
        if failure is not None:
            return failure
        if rt.used or st.now() - rt.created > REQUEST_TOKEN_LIFETIME:
            return errors.invalid_request_token()
        verifier = ctx.signed.oauth.get("oauth_verifier") or req.param("oauth_verifier") or ""
        if rt.verifier is None or not secrets.compare_digest(
            verifier.encode("utf-8"), rt.verifier.encode("utf-8")
        ):
            rt.failed_attempts += 1
            if rt.failed_attempts >= MAX_VERIFIER_ATTEMPTS:
                rt.used = True  # no guessing a 7-digit PIN
            return errors.invalid_verifier()
        rt.used = True
        acc = st.new_oauth1_access(rt)
    return form_response([
        ("oauth_token", acc.token),
        ("oauth_token_secret", acc.secret),
        ("user_id", acc.user.id),
        ("screen_name", acc.user.username),
    ])


def authenticate_access(req: Request, st: SandboxState) -> OAuth1Access | Response:
    """Check an OAuth 1.0a user-context request; v1.1-style errors on failure."""
    ctx = oauth1_precheck(req, st)
    if isinstance(ctx, Response):
        return ctx
    return _access_for(req, st, ctx)


def _access_for(req: Request, st: SandboxState, ctx: OAuth1Context) -> OAuth1Access | Response:
    with st.lock:
        acc = st.oauth1_access.get(ctx.signed.token or "")
        if acc is None or acc.revoked or acc.app is not ctx.app:
            return errors.invalid_or_expired_token()
        failure = oauth1_check_signature(req, st, ctx, acc.secret)
        if failure is not None:
            return failure
        return acc


def invalidate_token(req: Request, st: SandboxState) -> Response:
    acc = authenticate_access(req, st)
    if isinstance(acc, Response):
        return acc
    with st.lock:
        acc.revoked = True
    return json_response(200, {"access_token": acc.token})


def verify_credentials(req: Request, st: SandboxState) -> Response:
    bearer = bearer_value(req.header("authorization"))
    if bearer is not None:
        with st.lock:
            app_only = bearer in st.bearers
        if app_only:
            return errors.credentials_not_allowed()
        return errors.invalid_or_expired_token()
    acc = authenticate_access(req, st)
    if isinstance(acc, Response):
        return acc
    avatar = req.base_url + pages.AVATAR_PATH
    return json_response(200, {
        "id": int(acc.user.id),
        "id_str": acc.user.id,
        "name": acc.user.name,
        "screen_name": acc.user.username,
        "profile_image_url_https": avatar,
    })
