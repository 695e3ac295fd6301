"""RFC 5849 (OAuth 1.0a) HMAC-SHA1 signature checking, server side.

Parameters may arrive in the ``Authorization: OAuth`` header, the query string or a
form body. X tolerates widely used clients that send one pair in two places (for
example ``oauth_token`` in both header and body) while signing it once, so an identical
``key=value`` pair seen twice is accepted both ways: as one pair and as two.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

_HEADER_PARAM = re.compile(r'\s*([A-Za-z0-9_.~-]+)\s*=\s*"([^"]*)"\s*(?:,|$)')
REQUIRED = ("oauth_consumer_key", "oauth_nonce", "oauth_signature", "oauth_signature_method",
            "oauth_timestamp")


def percent_encode(value: str) -> str:
    """RFC 3986 encoding: only ``A-Za-z0-9-._~`` stay as they are."""
    return quote(value, safe="-._~")


def normalize_parameters(params: Iterable[tuple[str, str]]) -> str:
    encoded = sorted((percent_encode(k), percent_encode(v)) for k, v in params)
    return "&".join(f"{k}={v}" for k, v in encoded)


def base_string_uri(scheme: str, host: str, path: str) -> str:
    """``scheme://host[:port]/path`` with default ports dropped and host lower-cased."""
    scheme = scheme.lower()
    host = host.lower()
    if (scheme == "http" and host.endswith(":80")) or (scheme == "https" and host.endswith(":443")):
        host = host.rsplit(":", 1)[0]
    return f"{scheme}://{host}{path or '/'}"


def signature_base_string(method: str, uri: str, params: Iterable[tuple[str, str]]) -> str:
    return "&".join(
        (method.upper(), percent_encode(uri), percent_encode(normalize_parameters(params)))
    )


def hmac_sha1(base_string: str, consumer_secret: str, token_secret: str = "") -> str:
    key = f"{percent_encode(consumer_secret)}&{percent_encode(token_secret)}"
    digest = hmac.new(key.encode("utf-8"), base_string.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def parse_authorization_header(value: str) -> list[tuple[str, str]] | None:
    """Pairs from ``OAuth k="v", …`` (values percent-decoded), or None if not OAuth."""
    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() != "oauth":
        return None
    pairs: list[tuple[str, str]] = []
    pos = 0
    rest = rest.strip()
    while pos < len(rest):
        match = _HEADER_PARAM.match(rest, pos)
        if match is None:
            return None
        pairs.append((unquote(match.group(1)), unquote(match.group(2))))
        pos = match.end()
    return pairs


@dataclass
class SignedRequest:
    """All OAuth parameters of a request, wherever they came from."""

    oauth: dict[str, str]
    params: list[tuple[str, str]] = field(default_factory=list)  # what was signed (no signature)
    signature: str = ""

    @property
    def consumer_key(self) -> str:
        return self.oauth.get("oauth_consumer_key", "")

    @property
    def token(self) -> str | None:
        return self.oauth.get("oauth_token")


def collect(
    auth_header: str | None,
    query: list[tuple[str, str]],
    form: list[tuple[str, str]],
) -> SignedRequest | None:
    """Gather parameters; None when the request is not OAuth-signed or contradicts itself."""
    header_pairs: list[tuple[str, str]] = []
    if auth_header:
        parsed = parse_authorization_header(auth_header)
        if parsed is None:
            return None
        header_pairs = [(k, v) for k, v in parsed if k != "realm"]
    everything = header_pairs + list(query) + list(form)
    oauth: dict[str, str] = {}
    for key, value in everything:
        if key.startswith("oauth_"):
            if key in oauth and oauth[key] != value:
                return None  # the same oauth_ parameter with two values
            oauth[key] = value
    if any(name not in oauth for name in REQUIRED):
        return None
    signature = oauth.pop("oauth_signature")
    params = [(k, v) for k, v in everything if k != "oauth_signature"]
    return SignedRequest(oauth, params, signature)


def verify(
    signed: SignedRequest,
    method: str,
    uri: str,
    consumer_secret: str,
    token_secret: str = "",
) -> bool:
    """True if the signature matches, counting identical duplicate pairs once or twice."""
    if signed.oauth.get("oauth_signature_method") != "HMAC-SHA1":
        return False
    if signed.oauth.get("oauth_version", "1.0") != "1.0":
        return False
    deduped = list(dict.fromkeys(signed.params))
    variants = [deduped] if deduped == signed.params else [deduped, signed.params]
    for variant in variants:
        expected = hmac_sha1(signature_base_string(method, uri, variant), consumer_secret,
                             token_secret)
        if hmac.compare_digest(expected.encode("ascii"), signed.signature.encode("utf-8")):
            return True
    return False
