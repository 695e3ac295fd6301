"""Hypothesis strategies shared by the fuzz tests: X-like response bodies and headers with an
embedded secret-looking marker, and the settings every fuzz target uses."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.stress.conftest import scaled

#: Examples per fuzz target at scale 1 (CI). TWAUTH_STRESS_SCALE=10 gives 10,000.
BASE_EXAMPLES = 1000

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def fuzz_settings(base: int = BASE_EXAMPLES) -> settings:
    return settings(
        max_examples=scaled(base),
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.large_base_example,
        ],
    )


#: Something that looks like a token or key: mixed case letters and digits, 26+ characters.
markers = st.text(alphabet=ALNUM, min_size=20, max_size=40).map(lambda s: f"Sk9{s}Zq7")


def secret_windows(marker: str, size: int = 12) -> list[str]:
    """Every ``size``-character piece of ``marker`` holding both a letter and a digit."""
    out = []
    for i in range(len(marker) - size + 1):
        piece = marker[i : i + size]
        if re.search(r"[0-9]", piece) and re.search(r"[A-Za-z]", piece):
            out.append(piece)
    return out


def leaked(marker: str, *texts: str) -> str | None:
    """The first piece of ``marker`` found in any of ``texts`` (None: nothing leaked)."""
    joined = "\n".join(texts)
    for piece in secret_windows(marker):
        if piece in joined:
            return piece
    return None


#: Phrases that steer the classifier into each branch of errors.error_from_response.
PHRASES = [
    "Rate limit exceeded",
    "Could not authenticate you.",
    "Timestamp out of bounds.",
    "Callback URL not approved for this client application.",
    "Desktop applications only support the oauth_callback value 'oob'",
    "Invalid / suspended App.",
    "Error processing your OAuth request: Invalid oauth_verifier parameter",
    "Invalid request token",
    "Whoa there! The request token for this page is invalid",
    "Unable to verify your credentials",
    "Invalid or expired token.",
    "Bad Authentication data.",
    "Missing required parameter: ",
    "Your credentials do not allow access to this resource.",
    "Value passed for the authorization code was invalid.",
    "Value passed for the code verifier did not match the code challenge.",
    "Value passed for the token was invalid.",
    "Value passed for the grant type was invalid.",
    "Missing required parameter [",
    "Missing valid authorization header",
    "Unsupported Authentication",
    "client-not-enrolled",
    "client-forbidden",
    "Forbidden",
    "Unauthorized",
    "Sorry, that page does not exist",
]

X_CODES = [32, 34, 88, 89, 99, 135, 170, 215, 220, 415, 416]
STATUSES = [200, 201, 204, 301, 400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504]


@st.composite
def texts_with(draw: st.DrawFn, marker: str) -> str:
    """Free text that may contain a classifier phrase and the marker, in any order."""
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(PHRASES),
                st.just(marker),
                st.just(f"[{marker}]"),
                st.text(max_size=40),
                st.sampled_from(["", " ", "\n", "<", ">", "&amp;", "\x00", "\ufeff", "²"]),
            ),
            max_size=4,
        )
    )
    return "".join(parts)


def json_values(marker: str) -> st.SearchStrategy[Any]:
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.sampled_from([math.nan, math.inf, -math.inf, 1.5, -0.0, 1e308, 7200.0]),
        st.sampled_from(X_CODES),
        texts_with(marker),
        st.sampled_from(["²", "١٢٣", "88", "415", " 32 "]),
    )
    inner = st.one_of(
        leaves,
        st.lists(leaves, max_size=3),
        st.dictionaries(st.text(max_size=8), leaves, max_size=3),
    )
    return st.one_of(leaves, inner, st.lists(inner, max_size=2))


X_KEYS = ["errors", "error", "error_description", "title", "type", "detail", "status", "data"]


@st.composite
def json_objects(draw: st.DrawFn, marker: str) -> dict[str, Any]:
    values = json_values(marker)
    obj: dict[str, Any] = draw(
        st.dictionaries(st.sampled_from(X_KEYS) | st.text(max_size=10), values, max_size=6)
    )
    if draw(st.booleans()):
        code = draw(st.sampled_from(X_CODES) | st.integers() | st.text(max_size=6))
        message = draw(texts_with(marker))
        more = draw(st.lists(values, max_size=2))
        obj["errors"] = [{"code": code, "message": message}, *more]
    if draw(st.booleans()):
        obj["error"] = draw(
            st.sampled_from(["invalid_request", "invalid_grant", "unauthorized_client"])
            | st.text(max_size=20)
        )
        obj["error_description"] = draw(texts_with(marker))
    return obj


@st.composite
def bodies(draw: st.DrawFn, marker: str) -> bytes | str:
    """An X-like response body (JSON, XML, HTML, plain text, raw bytes), often with ``marker``."""
    kind = draw(
        st.sampled_from(["json", "json-raw", "xml", "xml-hash", "html", "text", "bytes", "deep"])
    )
    text = draw(texts_with(marker))
    if kind == "json":
        body: str = json.dumps(draw(json_objects(marker)), ensure_ascii=draw(st.booleans()))
    elif kind == "json-raw":
        body = "{" + text + draw(st.sampled_from(["", "}", "]", '"'])) + ""
    elif kind == "xml":
        code = draw(st.sampled_from(X_CODES) | st.text(alphabet="0123456789²", max_size=25))
        body = f'<?xml version="1.0"?><errors><error code="{code}">{text}</error></errors>'
    elif kind == "xml-hash":
        body = f"<hash><request>/oauth/request_token</request><error>{text}</error></hash>"
    elif kind == "html":
        body = f"<!DOCTYPE html><html><head><title>{text}</title></head><body><p>{text}</p>"
    elif kind == "text":
        body = text
    elif kind == "deep":
        depth = draw(st.integers(min_value=1, max_value=200_000))
        opener = draw(st.sampled_from(["[", '{"a":', '[{"errors":']))
        body = opener * depth
    else:
        raw: bytes = draw(st.binary(max_size=300))
        return raw + marker.encode() if draw(st.booleans()) else raw
    if draw(st.booleans()):
        return body.encode("utf-8", errors="surrogatepass")
    return body


HEADER_NAMES = [
    "x-rate-limit-reset",
    "X-Rate-Limit-Reset",
    "retry-after",
    "Retry-After",
    "x-rate-limit-remaining",
    "x-rate-limit-limit",
    "content-type",
    "Content-Type",
    "www-authenticate",
]


@st.composite
def header_maps(draw: st.DrawFn, marker: str) -> dict[str, str]:
    numbers = st.one_of(
        st.integers(min_value=0, max_value=10**40).map(str),
        st.integers(min_value=-(10**6), max_value=10**6).map(str),
        st.sampled_from(["²", "١٢٣", "1e9", " 60 ", "", "nan", "+5", "0x10"]),
    )
    values = st.one_of(numbers, st.text(max_size=40), st.just(marker), texts_with(marker))
    return draw(
        st.dictionaries(
            st.sampled_from(HEADER_NAMES) | st.text(min_size=1, max_size=20), values, max_size=4
        )
    )


def latin1_headers(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    """Headers as they arrive on the wire (bytes; UTF-8 where latin-1 cannot say it)."""
    out = []
    for name, value in headers.items():
        clean_name = re.sub(r"[^!#$%&'*+\-.^_`|~0-9A-Za-z]", "", name) or "x"
        clean_value = re.sub(r"[\r\n\x00]", " ", value)
        try:
            raw = clean_value.encode("latin-1")
        except UnicodeEncodeError:
            raw = clean_value.encode("utf-8", "replace")
        out.append((clean_name.encode("ascii"), raw))
    return out
