"""Request authentication shared by the routes: OAuth 1.0a checks and HTTP Basic parsing."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from urllib.parse import unquote

from twauth_gui.sandbox import errors, oauth1_verify
from twauth_gui.sandbox.http_types import Request, Response
from twauth_gui.sandbox.state import TIMESTAMP_WINDOW, DemoApp, SandboxState


@dataclass
class OAuth1Context:
    """A request whose consumer key is known and whose timestamp is in bounds."""

    app: DemoApp
    signed: oauth1_verify.SignedRequest


def oauth1_precheck(req: Request, st: SandboxState) -> OAuth1Context | Response:
    """Parse OAuth parameters, find the app, check the clock; the signature comes later."""
    signed = oauth1_verify.collect(req.header("authorization"), req.query, req.form)
    if signed is None:
        return errors.could_not_authenticate()
    app = st.app_by_api_key(signed.consumer_key)
    if app is None:
        return errors.could_not_authenticate()
    try:
        timestamp = int(signed.oauth["oauth_timestamp"])
    except ValueError:
        return errors.timestamp_out_of_bounds()
    if abs(st.now() - timestamp) > TIMESTAMP_WINDOW:
        return errors.timestamp_out_of_bounds()
    return OAuth1Context(app, signed)


def oauth1_check_signature(req: Request, st: SandboxState, ctx: OAuth1Context,
                           token_secret: str = "") -> Response | None:
    """None when the signature is good and the nonce fresh; else X's code-32 answer."""
    uri = oauth1_verify.base_string_uri("http", req.host, req.path)
    if not oauth1_verify.verify(ctx.signed, req.method, uri, ctx.app.api_secret, token_secret):
        return errors.could_not_authenticate()
    if not st.remember_nonce(ctx.app.api_key, ctx.signed.token or "",
                             ctx.signed.oauth["oauth_nonce"]):
        return errors.could_not_authenticate()
    return None


def parse_basic(header: str | None, *, percent_decode: bool = True) -> tuple[str, str] | None:
    """``Authorization: Basic`` → (user, password); None if absent or malformed.

    X's token endpoints expect ``urlenc(id):urlenc(secret)``, so both halves are
    percent-decoded unless ``percent_decode`` is False (enterprise Basic sends them raw).
    """
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    if not sep:
        return None
    if percent_decode:
        return unquote(user), unquote(password)
    return user, password


def bearer_value(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()
