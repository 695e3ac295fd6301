"""App-only bearer routes, /2/users/me, and the enterprise Basic test URLs."""

from __future__ import annotations

import hmac
from urllib.parse import unquote

from twauth_gui.sandbox import errors, pages
from twauth_gui.sandbox.auth_common import bearer_value, parse_basic
from twauth_gui.sandbox.http_types import Request, Response, json_response
from twauth_gui.sandbox.routes_oauth1 import authenticate_access
from twauth_gui.sandbox.state import USERS_ME_LIMIT, DemoApp, DemoUser, SandboxState


def _app_from_basic(req: Request, st: SandboxState) -> DemoApp | None:
    basic = parse_basic(req.header("authorization"))
    if basic is None:
        return None
    key, secret = basic
    app = st.app_by_api_key(key)
    if app is None or not hmac.compare_digest(secret.encode("utf-8"),
                                              app.api_secret.encode("utf-8")):
        return None
    return app


def bearer_token(req: Request, st: SandboxState) -> Response:
    app = _app_from_basic(req, st)
    if app is None:
        return errors.unable_to_verify()
    grant_type = req.param("grant_type")
    if not grant_type:
        return errors.missing_parameter_v1("grant_type")
    if grant_type != "client_credentials":
        return errors.unable_to_verify()
    return json_response(200, {"token_type": "bearer", "access_token": st.bearer_for(app)})


def bearer_invalidate(req: Request, st: SandboxState) -> Response:
    app = _app_from_basic(req, st)
    if app is None:
        return errors.unable_to_verify()
    value = req.param("access_token")
    if not value:
        return errors.missing_parameter_v1("access_token")
    with st.lock:
        owner = st.bearers.get(value)
        if owner is None and unquote(value) != value:
            value = unquote(value)
            owner = st.bearers.get(value)
        if owner is not app:
            return errors.v1_error(403, 348, "Client application is not permitted to to "
                                             "invalidate this token.")
        del st.bearers[value]
    return json_response(200, {"access_token": value})


def users_me(req: Request, st: SandboxState) -> Response:
    header = req.header("authorization")
    user: DemoUser
    rate_key: str
    bearer = bearer_value(header)
    if bearer is not None:
        with st.lock:
            app_only = bearer in st.bearers
        if app_only:
            return errors.v2_unsupported_authentication()
        access = st.live_access_token(bearer)
        if access is None:
            return errors.v2_unauthorized()
        if not {"tweet.read", "users.read"} <= set(access.grant.scopes):
            return errors.v2_forbidden()
        user, rate_key = access.grant.user, f"o2:{access.grant.app.name}:{access.grant.user.id}"
    elif header and header.strip().lower().startswith("oauth "):
        acc = authenticate_access(req, st)
        if isinstance(acc, Response):
            return errors.v2_unauthorized()
        user, rate_key = acc.user, f"o1:{acc.app.name}:{acc.user.id}"
    else:
        return errors.v2_unauthorized()
    remaining, reset, allowed = st.rate_hit(rate_key)
    if allowed:
        data: dict[str, str] = {"id": user.id, "name": user.name, "username": user.username}
        fields = {f.strip() for f in (req.param("user.fields") or "").split(",")}
        if "profile_image_url" in fields:
            data["profile_image_url"] = req.base_url + pages.AVATAR_PATH
        response = json_response(200, {"data": data})
    else:
        response = errors.v2_too_many_requests()
    response.headers += [
        ("x-rate-limit-limit", str(USERS_ME_LIMIT)),
        ("x-rate-limit-remaining", str(remaining)),
        ("x-rate-limit-reset", str(reset)),
    ]
    return response


def _basic_ok(req: Request, st: SandboxState) -> bool:
    basic = parse_basic(req.header("authorization"), percent_decode=False)
    if basic is None:
        return False
    user, password = st.basic_user
    return hmac.compare_digest(basic[0].encode("utf-8"), user.encode("utf-8")) and \
        hmac.compare_digest(basic[1].encode("utf-8"), password.encode("utf-8"))


def _basic_denied() -> Response:
    response = json_response(401, {"error": {"message": "Invalid credentials."}})
    response.headers.append(("WWW-Authenticate", 'Basic realm="twauth sandbox enterprise"'))
    return response


def basic_test(req: Request, st: SandboxState) -> Response:
    if not _basic_ok(req, st):
        return _basic_denied()
    return json_response(200, {"authenticated": True, "username": st.basic_user[0]})


def usage(req: Request, st: SandboxState) -> Response:
    if not _basic_ok(req, st):
        return _basic_denied()
    return json_response(200, {
        "account": "demo",
        "bucket": "month",
        "publishers": {"twitter": {"used": 1234, "limit": 100000}},
    })
