"""Loopback: callback URL validation, the paste fallback, and page rendering (no sockets)."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from twauth_gui.core.errors import ErrorKind, FlowError, InputError
from twauth_gui.core.loopback import CallbackResult, parse_redirect_uri, parse_redirect_url
from twauth_gui.core.loopback_pages import SECURITY_HEADERS, http_response, render_page
from twauth_gui.core.models import Method

STATE = "Zq3_state-value-with-enough-entropy-0123456789"
TOKEN = "request-token-abcdef"
BASE = "http://127.0.0.1:8765/callback"


# --------------------------------------------------------------------------- redirect URIs


@pytest.mark.parametrize(
    ("uri", "host", "port", "path", "hosts"),
    [
        (BASE, "127.0.0.1", 8765, "/callback", {"127.0.0.1:8765"}),
        ("http://localhost:8080/callback", "localhost", 8080, "/callback", {"localhost:8080"}),
        ("http://LOCALHOST:8080/cb", "localhost", 8080, "/cb", {"localhost:8080"}),
        ("http://[::1]:9000/a/b", "::1", 9000, "/a/b", {"[::1]:9000"}),
        ("http://127.0.0.1:8765", "127.0.0.1", 8765, "/", {"127.0.0.1:8765"}),
        ("http://127.0.0.1/cb", "127.0.0.1", 80, "/cb", {"127.0.0.1:80", "127.0.0.1"}),
        ("  http://127.0.0.1:0/cb ", "127.0.0.1", 0, "/cb", {"127.0.0.1:0"}),
    ],
)
def test_valid_redirect_uris(uri: str, host: str, port: int, path: str, hosts: set[str]) -> None:
    target = parse_redirect_uri(uri)
    assert (target.host, target.port, target.path) == (host, port, path)
    assert target.host_header_values() == hosts


@pytest.mark.parametrize(
    "uri",
    [
        "https://127.0.0.1:8765/callback",
        "http://example.com:8765/callback",
        "http://127.0.0.2:8765/callback",
        "http://0.0.0.0:8765/callback",
        "http://[::]:8765/callback",
        "http://localhost.:8765/callback",
        "http://localhost.evil.com:8765/callback",
        "http://127.0.0.1:8765/callback?x=1",
        "http://127.0.0.1:8765/callback#frag",
        "http://user:pw@127.0.0.1:8765/callback",
        "http://127.0.0.1:99999/callback",
        "http://127.0.0.1:port/callback",
        "myapp://callback",
        "oob",
        "",
    ],
)
def test_invalid_redirect_uris(uri: str) -> None:
    with pytest.raises(InputError) as info:
        parse_redirect_uri(uri)
    assert info.value.kind == ErrorKind.INVALID_INPUT
    assert "127.0.0.1" in info.value.hint


def test_with_port_rewrites_uri() -> None:
    target = parse_redirect_uri("http://[::1]:0/cb").with_port(4321)
    assert target.uri == "http://[::1]:4321/cb"
    assert target.host_header_values() == {"[::1]:4321"}


# --------------------------------------------------------------------------- paste fallback


def url2(**params: str) -> str:
    return f"{BASE}?{urlencode(params)}"


def test_paste_full_url_oauth2() -> None:
    result = parse_redirect_url(url2(state=STATE, code="abc"), kind="oauth2", state=STATE)
    assert result == CallbackResult(code="abc", state=STATE)


@pytest.mark.parametrize(
    "text",
    [
        f"state={STATE}&code=abc",
        f"?state={STATE}&code=abc",
        f"127.0.0.1:8765/callback?code=abc&state={STATE}",
        f"  {BASE}?code=abc&state={STATE}#_=_  ",
        f"{BASE}?code=abc&\nstate={STATE}",  # wrapped when copied
    ],
)
def test_paste_variants(text: str) -> None:
    result = parse_redirect_url(text, kind=Method.OAUTH2, state=STATE)
    assert result.code == "abc"


def test_paste_without_code_says_what_to_copy() -> None:
    with pytest.raises(InputError) as info:
        parse_redirect_url(BASE, kind="oauth2", state=STATE)
    assert info.value.message == (
        "This address has no code in it — copy the whole address from the browser's address bar."
    )
    with pytest.raises(InputError) as info:
        parse_redirect_url(url2(state=STATE), kind="oauth2", state=STATE)
    assert "no code" in info.value.message


def test_paste_of_authorize_url_has_no_code() -> None:
    authorize = "https://x.com/i/oauth2/authorize?" + urlencode(
        {"response_type": "code", "client_id": "cid", "redirect_uri": BASE, "state": STATE}
    )
    with pytest.raises(InputError) as info:
        parse_redirect_url(authorize, kind="oauth2", state=STATE)
    assert "no code" in info.value.message


def test_paste_empty() -> None:
    with pytest.raises(InputError) as info:
        parse_redirect_url("   ", kind="oauth2", state=STATE)
    assert "Paste" in info.value.message


@pytest.mark.parametrize(
    ("params", "kind"),
    [
        ({"state": "other", "code": "abc"}, ErrorKind.STATE_MISMATCH),
        ({"code": "abc"}, ErrorKind.STATE_MISMATCH),
        ({"state": STATE[:-1], "code": "abc"}, ErrorKind.STATE_MISMATCH),
        ({"state": "é" + STATE, "code": "abc"}, ErrorKind.STATE_MISMATCH),
        ({"state": STATE, "code": "a b"}, ErrorKind.INVALID_INPUT),
        ({"state": STATE, "code": ""}, ErrorKind.INVALID_INPUT),
    ],
)
def test_paste_rejections(params: dict[str, str], kind: ErrorKind) -> None:
    with pytest.raises(InputError) as info:
        parse_redirect_url(url2(**params), kind="oauth2", state=STATE)
    assert info.value.kind == kind
    assert info.value.hint


def test_paste_duplicate_and_unreadable() -> None:
    with pytest.raises(InputError):
        parse_redirect_url(f"{BASE}?state=x&state={STATE}&code=a", kind="oauth2", state=STATE)
    with pytest.raises(InputError):
        parse_redirect_url(f"{BASE}?state={STATE}&code=%ff", kind="oauth2", state=STATE)


def test_paste_denial_and_error_oauth2() -> None:
    with pytest.raises(FlowError) as info:
        parse_redirect_url(url2(error="access_denied", state=STATE), kind="oauth2", state=STATE)
    assert info.value.kind == ErrorKind.DENIED
    with pytest.raises(FlowError) as info:
        parse_redirect_url(
            url2(error="invalid_request", error_description="<b>bad</b>", state=STATE),
            kind="oauth2",
            state=STATE,
        )
    assert info.value.kind == ErrorKind.OAUTH2_INVALID_REQUEST
    assert "<" not in str(info.value)
    # an error without the right state is just a foreign address
    with pytest.raises(InputError) as info2:
        parse_redirect_url(url2(error="access_denied", state="x"), kind="oauth2", state=STATE)
    assert info2.value.kind == ErrorKind.STATE_MISMATCH


def test_paste_oauth1() -> None:
    good = f"{BASE}?oauth_token={TOKEN}&oauth_verifier=v123"
    result = parse_redirect_url(good, kind="oauth1", request_token=TOKEN)
    assert result == CallbackResult(oauth_token=TOKEN, oauth_verifier="v123")
    with pytest.raises(InputError) as info:
        parse_redirect_url(
            f"{BASE}?oauth_token=zzz&oauth_verifier=v", kind="oauth1", request_token=TOKEN
        )
    assert info.value.kind == ErrorKind.TOKEN_MISMATCH
    with pytest.raises(InputError) as info:
        parse_redirect_url(f"{BASE}?oauth_token={TOKEN}", kind="oauth1", request_token=TOKEN)
    assert "oauth_verifier" in info.value.message
    with pytest.raises(InputError) as info:
        parse_redirect_url(BASE, kind="oauth1", request_token=TOKEN)
    assert "oauth_verifier" in info.value.message
    with pytest.raises(FlowError) as flow:
        parse_redirect_url(f"{BASE}?denied={TOKEN}", kind="oauth1", request_token=TOKEN)
    assert flow.value.kind == ErrorKind.DENIED
    with pytest.raises(InputError):
        parse_redirect_url(f"{BASE}?denied=other", kind="oauth1", request_token=TOKEN)


def test_paste_needs_the_flow_secret_and_a_known_kind() -> None:
    with pytest.raises(InputError):
        parse_redirect_url(url2(state=STATE, code="a"), kind="oauth2")
    with pytest.raises(InputError):
        parse_redirect_url("x?oauth_token=a&oauth_verifier=b", kind="oauth1")
    with pytest.raises(InputError):
        parse_redirect_url(url2(state=STATE, code="a"), kind="bearer", state=STATE)


def test_callback_result_repr_hides_secrets() -> None:
    result = CallbackResult(code="CODE-secret-123", state=STATE)
    assert "CODE-secret-123" not in repr(result)
    assert STATE not in repr(result)
    result1 = CallbackResult(oauth_token=TOKEN, oauth_verifier="VERIFIER-99")
    assert "VERIFIER-99" not in repr(result1)


# --------------------------------------------------------------------------- pages


def test_pages_escape_everything() -> None:
    page = render_page("failure", "<h1>x", 'a "quoted" <script>', "<img src=x onerror=1>")
    assert "<script>" not in page and "<img" not in page and "<h1>x" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;img src=x onerror=1&gt;" in page


@pytest.mark.parametrize("kind", ["success", "failure"])
def test_templates_are_self_contained(kind: str) -> None:
    page = render_page(kind, "Heading", "Message")  # type: ignore[arg-type]
    assert "twauth-gui" in page and "Heading" in page and "Message" in page
    assert "${" not in page  # every placeholder filled
    lowered = page.lower()
    for forbidden in ("<script", "src=", "href=", "@import", "url(", "http://", "https://"):
        assert forbidden not in lowered


def test_templates_come_from_package_resources() -> None:
    import importlib.resources

    root = importlib.resources.files("twauth_gui") / "resources"
    for name in ("loopback_success.html", "loopback_failure.html"):
        text = (root / name).read_text(encoding="utf-8")
        assert "${heading}" in text and "${message}" in text and "${detail}" in text
    assert "Content-Security" not in render_page("success", "a", "b")  # headers, not meta


def test_http_response_headers() -> None:
    raw = http_response(404, "<p>x</p>")
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    assert lines[0] == "HTTP/1.1 404 Not Found"
    for name, value in SECURITY_HEADERS:
        assert f"{name}: {value}" in lines
    assert "Content-Length: 8" in lines
    assert not any(line.lower().startswith("location") for line in lines)
    assert body == b"<p>x</p>"
    assert http_response(405, "<p>x</p>", head_only=True).endswith(b"\r\n\r\n")
