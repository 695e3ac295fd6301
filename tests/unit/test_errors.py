"""Every error row of x-auth-reference.md (JSON, XML, plain text) and real network failures."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from twauth_gui.core.errors import (
    ErrorContext,
    ErrorKind,
    NetworkError,
    UserFacingError,
    XApiError,
    error_from_response,
    parse_body,
)
from twauth_gui.core.http import make_client, send


def j(obj: object) -> str:
    return json.dumps(obj)


def v1(code: int, message: str) -> str:
    return j({"errors": [{"code": code, "message": message}]})


def xml(code: int, message: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error code="{code}">'
        f"{message}</error>\n</errors>\n"
    )


def o2(error: str, description: str) -> str:
    return j({"error": error, "error_description": description})


CB_MSG = (
    "Callback URL not approved for this client application. Approved callback URLs can be "
    "adjusted in your application settings"
)
DESKTOP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<hash>\n  <error>Desktop applications only '
    "support the oauth_callback value 'oob'</error>\n  <request>/oauth/request_token"
    "</request>\n</hash>\n"
)
WHOA = (
    '<!DOCTYPE html><html><head><title>X / Error</title></head><body><div class="message">'
    "<h2>Whoa there!</h2><p>The request token for this page is invalid. It may have already "
    "been used, or expired because it is too old. Please go back to the site or application "
    "that sent you here and try again; it was probably just a mistake.</p></div></body></html>"
)

# (id, status, content type, body, context operation, expected kind)
ROWS: list[tuple[str, int, str, str, str, ErrorKind]] = [
    # OAuth 1.0a
    (
        "bad-consumer-json",
        401,
        "application/json",
        v1(32, "Could not authenticate you."),
        "request_token",
        ErrorKind.BAD_CONSUMER,
    ),
    (
        "bad-consumer-xml",
        401,
        "application/xml",
        xml(32, "Could not authenticate you."),
        "request_token",
        ErrorKind.BAD_CONSUMER,
    ),
    (
        "bad-consumer-text",
        401,
        "text/plain",
        "Could not authenticate you.",
        "request_token",
        ErrorKind.BAD_CONSUMER,
    ),
    (
        "clock-skew-json",
        401,
        "application/json",
        v1(135, "Timestamp out of bounds."),
        "request_token",
        ErrorKind.CLOCK_SKEW,
    ),
    (
        "clock-skew-xml",
        401,
        "application/xml",
        xml(135, "Timestamp out of bounds."),
        "access_token",
        ErrorKind.CLOCK_SKEW,
    ),
    (
        "clock-skew-text",
        401,
        "text/plain",
        "Timestamp out of bounds.",
        "request_token",
        ErrorKind.CLOCK_SKEW,
    ),
    (
        "callback-json",
        403,
        "application/json",
        v1(415, CB_MSG),
        "request_token",
        ErrorKind.CALLBACK_NOT_APPROVED,
    ),
    (
        "callback-xml",
        403,
        "application/xml",
        xml(415, CB_MSG),
        "request_token",
        ErrorKind.CALLBACK_NOT_APPROVED,
    ),
    ("callback-text", 403, "text/html", CB_MSG, "request_token", ErrorKind.CALLBACK_NOT_APPROVED),
    ("desktop-xml", 401, "application/xml", DESKTOP, "request_token", ErrorKind.DESKTOP_OOB_ONLY),
    (
        "desktop-text",
        401,
        "text/plain",
        "Desktop applications only support the oauth_callback value 'oob'",
        "request_token",
        ErrorKind.DESKTOP_OOB_ONLY,
    ),
    (
        "desktop-json",
        401,
        "application/json",
        j(
            {
                "errors": [
                    {"message": "Desktop applications only support the oauth_callback value 'oob'"}
                ]
            }
        ),
        "request_token",
        ErrorKind.DESKTOP_OOB_ONLY,
    ),
    (
        "verifier-text",
        401,
        "text/plain",
        "Error processing your OAuth request: Invalid oauth_verifier parameter",
        "access_token",
        ErrorKind.INVALID_VERIFIER,
    ),
    (
        "verifier-html",
        401,
        "text/html; charset=utf-8",
        "<html><body>Error processing your OAuth request: Invalid oauth_verifier parameter</body>"
        "</html>",
        "access_token",
        ErrorKind.INVALID_VERIFIER,
    ),
    (
        "verifier-json",
        401,
        "application/json",
        j(
            {
                "errors": [
                    {
                        "message": "Error processing your OAuth request: Invalid oauth_verifier "
                        "parameter"
                    }
                ]
            }
        ),
        "access_token",
        ErrorKind.INVALID_VERIFIER,
    ),
    (
        "request-token-text",
        401,
        "text/plain",
        "Invalid request token",
        "access_token",
        ErrorKind.INVALID_REQUEST_TOKEN,
    ),
    (
        "request-token-xml",
        401,
        "application/xml",
        '<?xml version="1.0"?><hash><error>Invalid request token</error></hash>',
        "access_token",
        ErrorKind.INVALID_REQUEST_TOKEN,
    ),
    (
        "request-token-localized",
        401,
        "text/plain; charset=utf-8",
        "Token de solicitud no válido",
        "access_token",
        ErrorKind.INVALID_REQUEST_TOKEN,
    ),
    (
        "suspended-json",
        401,
        "application/json",
        v1(416, "Invalid / suspended App."),
        "request_token",
        ErrorKind.SUSPENDED_APP,
    ),
    (
        "suspended-xml",
        401,
        "application/xml",
        xml(416, "Invalid / suspended App."),
        "request_token",
        ErrorKind.SUSPENDED_APP,
    ),
    (
        "suspended-text",
        401,
        "text/plain",
        "Invalid / suspended App.",
        "request_token",
        ErrorKind.SUSPENDED_APP,
    ),
    (
        "whoa-there",
        200,
        "text/html; charset=utf-8",
        WHOA,
        "authorize",
        ErrorKind.INVALID_REQUEST_TOKEN,
    ),
    ("bad-auth-data-json", 400, "application/json", v1(215, "Bad Authentication data."),
     "request_token", ErrorKind.BAD_CONSUMER),
    ("bad-auth-data-text", 400, "text/plain", "Bad Authentication data.", "request_token",
     ErrorKind.BAD_CONSUMER),
    ("not-allowed-json", 403, "application/json",
     v1(220, "Your credentials do not allow access to this resource."), "verify_credentials",
     ErrorKind.UNAUTHORIZED),
    ("missing-param-v1", 403, "application/json",
     v1(170, "Missing required parameter: grant_type"), "bearer", ErrorKind.MISSING_PARAMETER),
    # App-only
    (
        "bearer-creds-json",
        403,
        "application/json",
        j(
            {
                "errors": [
                    {
                        "code": 99,
                        "label": "authenticity_token_error",
                        "message": "Unable to verify your credentials",
                    }
                ]
            }
        ),
        "bearer",
        ErrorKind.BEARER_CREDENTIALS,
    ),
    (
        "bearer-creds-xml",
        403,
        "application/xml",
        xml(99, "Unable to verify your credentials"),
        "bearer",
        ErrorKind.BEARER_CREDENTIALS,
    ),
    (
        "bearer-creds-text",
        403,
        "text/plain",
        "Unable to verify your credentials",
        "bearer",
        ErrorKind.BEARER_CREDENTIALS,
    ),
    (
        "bad-bearer-json",
        401,
        "application/json",
        v1(89, "Invalid or expired token."),
        "api",
        ErrorKind.INVALID_TOKEN,
    ),
    (
        "bad-bearer-xml",
        401,
        "application/xml",
        xml(89, "Invalid or expired token."),
        "api",
        ErrorKind.INVALID_TOKEN,
    ),
    (
        "bad-bearer-text",
        401,
        "text/plain",
        "Invalid or expired token.",
        "api",
        ErrorKind.INVALID_TOKEN,
    ),
    # OAuth 2.0
    (
        "o2-bad-code",
        400,
        "application/json",
        o2("invalid_request", "Value passed for the authorization code was invalid."),
        "oauth2_token",
        ErrorKind.INVALID_CODE,
    ),
    (
        "o2-bad-code-odd-ctype",
        400,
        "text/html",
        o2("invalid_request", "Value passed for the authorization code was invalid."),
        "oauth2_token",
        ErrorKind.INVALID_CODE,
    ),
    (
        "o2-bad-refresh",
        400,
        "application/json",
        o2("invalid_request", "Value passed for the token was invalid."),
        "oauth2_refresh",
        ErrorKind.INVALID_REFRESH_TOKEN,
    ),
    (
        "o2-pkce",
        400,
        "application/json",
        o2(
            "invalid_request",
            "Value passed for the code verifier did not match the code challenge.",
        ),
        "oauth2_token",
        ErrorKind.PKCE_MISMATCH,
    ),
    (
        "o2-missing-verifier",
        400,
        "application/json",
        o2("invalid_request", "Missing required parameter [code_verifier]."),
        "oauth2_token",
        ErrorKind.MISSING_PARAMETER,
    ),
    (
        "o2-missing-client-id",
        400,
        "application/json",
        o2("invalid_request", "Missing required parameter [client_id]."),
        "oauth2_token",
        ErrorKind.MISSING_PARAMETER,
    ),
    (
        "o2-missing-hint",
        400,
        "application/json",
        o2("invalid_request", "Missing required parameter [token_type_hint]."),
        "oauth2_revoke",
        ErrorKind.MISSING_PARAMETER,
    ),
    (
        "o2-unauthorized-client",
        401,
        "application/json",
        o2("unauthorized_client", "Missing valid authorization header"),
        "oauth2_token",
        ErrorKind.UNAUTHORIZED_CLIENT,
    ),
    (
        "o2-grant-type",
        400,
        "application/json",
        o2(
            "invalid_request",
            "Value passed for the grant type was invalid. Grant type should be "
            "one of [authorization_code, refresh_token].",
        ),
        "oauth2_token",
        ErrorKind.INVALID_GRANT_TYPE,
    ),
    (
        "o2-other",
        400,
        "application/json",
        o2("invalid_request", "Something else."),
        "oauth2_token",
        ErrorKind.OAUTH2_INVALID_REQUEST,
    ),
    # Identity
    (
        "app-only-unsupported",
        403,
        "application/problem+json",
        j(
            {
                "title": "Unsupported Authentication",
                "detail": "Authenticating with OAuth 2.0 "
                "Application-Only is forbidden for this endpoint.  Supported authentication "
                "types are "
                "[OAuth 1.0a User Context, OAuth 2.0 User Context].",
                "type": "https://api.twitter.com/2/problems/unsupported-authentication",
                "status": 403,
            }
        ),
        "identity",
        ErrorKind.APP_ONLY_UNSUPPORTED,
    ),
    (
        "missing-scope",
        403,
        "application/json",
        j({"title": "Forbidden", "type": "about:blank", "status": 403, "detail": "Forbidden"}),
        "identity",
        ErrorKind.MISSING_SCOPE,
    ),
    (
        "unauthorized",
        401,
        "application/problem+json",
        j(
            {
                "title": "Unauthorized",
                "type": "about:blank",
                "status": 401,
                "detail": "Unauthorized",
            }
        ),
        "identity",
        ErrorKind.UNAUTHORIZED,
    ),
    (
        "client-not-enrolled",
        403,
        "application/json",
        j(
            {
                "client_id": "123",
                "detail": "When authenticating requests to the Twitter API v2 "
                "endpoints, you must use keys and tokens from a Twitter developer App that is "
                "attached "
                "to a Project.",
                "registration_url": "https://developer.twitter.com/en/docs/projects/overview",
                "title": "Client Forbidden",
                "required_enrollment": "Appropriate Level of API Access",
                "reason": "client-not-enrolled",
                "type": "https://api.twitter.com/2/problems/client-forbidden",
            }
        ),
        "identity",
        ErrorKind.CLIENT_NOT_ENROLLED,
    ),
    (
        "client-forbidden",
        403,
        "application/json",
        j(
            {
                "title": "Client Forbidden",
                "reason": "official-client-forbidden",
                "type": "https://api.twitter.com/2/problems/client-forbidden",
                "detail": "nope",
            }
        ),
        "identity",
        ErrorKind.CLIENT_NOT_ENROLLED,
    ),
    ("forbidden-other", 403, "text/plain", "Forbidden", "identity", ErrorKind.UNAUTHORIZED),
    # Server side
    (
        "500-html",
        500,
        "text/html",
        "<html><body><h1>Internal Server Error</h1></body></html>",
        "identity",
        ErrorKind.SERVER_ERROR,
    ),
    ("502-empty", 502, "text/plain", "", "oauth2_token", ErrorKind.SERVER_ERROR),
    (
        "503-json",
        503,
        "application/json",
        j(
            {
                "title": "Service Unavailable",
                "detail": "Service Unavailable",
                "type": "about:blank",
                "status": 503,
            }
        ),
        "oauth2_token",
        ErrorKind.SERVER_ERROR,
    ),
    (
        "503-over-capacity-xml",
        503,
        "application/xml",
        xml(130, "Over capacity"),
        "api",
        ErrorKind.SERVER_ERROR,
    ),
    ("odd-status", 418, "text/plain", "I'm a teapot", "api", ErrorKind.UNEXPECTED_RESPONSE),
    (
        "garbage-bytes",
        400,
        "application/octet-stream",
        "\udcff\x00\x01",
        "api",
        ErrorKind.UNEXPECTED_RESPONSE,
    ),
]


def assert_plain(err: UserFacingError) -> None:
    assert err.message.strip() and err.hint.strip()
    for text in (err.message, err.hint):
        assert "{" not in text and "<" not in text and "Traceback" not in text
        assert text[0].isupper() or text[0].isdigit()
    assert str(err)


@pytest.mark.parametrize(
    ("status", "ctype", "body", "operation", "kind"),
    [row[1:] for row in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_error_table(status: int, ctype: str, body: str, operation: str, kind: ErrorKind) -> None:
    raw = body.encode("utf-8", errors="surrogateescape")
    err = error_from_response(
        status,
        {"Content-Type": ctype},
        raw,
        ErrorContext(operation=operation, callback_url="http://127.0.0.1:8765/callback"),
    )
    assert isinstance(err, XApiError)
    assert err.kind == kind
    assert err.status == status
    assert_plain(err)
    assert err.transient == (kind in (ErrorKind.SERVER_ERROR, ErrorKind.RATE_LIMITED))


def test_callback_hint_names_the_exact_url() -> None:
    err = error_from_response(
        403, {}, v1(415, CB_MSG), ErrorContext("request_token", "http://localhost:8080/callback")
    )
    assert "http://localhost:8080/callback" in err.hint


@pytest.mark.parametrize(
    "body",
    [
        v1(88, "Rate limit exceeded"),
        xml(88, "Rate limit exceeded"),
        "Rate limit exceeded",
        j(
            {
                "title": "Too Many Requests",
                "detail": "Too Many Requests",
                "type": "about:blank",
                "status": 429,
            }
        ),
    ],
)
def test_rate_limit_hint_mentions_the_reset_time(body: str) -> None:
    reset = int(time.time()) + 600
    err = error_from_response(
        429, {"x-rate-limit-reset": str(reset), "x-rate-limit-remaining": "0"}, body
    )
    assert err.kind == ErrorKind.RATE_LIMITED
    assert err.reset_at == reset
    assert time.strftime("%H:%M", time.localtime(reset)) in err.hint
    assert "10 min" in err.hint
    assert_plain(err)


def test_rate_limit_without_headers_and_retry_after() -> None:
    err = error_from_response(429, {}, "")
    assert err.kind == ErrorKind.RATE_LIMITED and err.reset_at is None and err.hint
    err = error_from_response(429, {"Retry-After": "120"}, "")
    assert err.reset_at is not None and abs(err.reset_at - (time.time() + 120)) < 5


def test_parse_body_never_raises() -> None:
    for body in (
        b"",
        b"{",
        b"[1,2]",
        b"<",
        b"\xff\xfe",
        b"null",
        b'{"errors": "x"}',
        b'{"errors": [{"code": "32"}]}',
        b"<errors><error code='x'>",
    ):
        parse_body(body)
    assert parse_body(b'{"errors": [{"code": "32", "message": "m"}]}').code == 32


# --------------------------------------------------------------------------- real network


class _Quiet(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: object) -> None:
        pass

    def log_error(self, format: str, *args: object) -> None:
        pass


@contextmanager
def plain_http_server() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _fail(url: str, timeout: float = 5.0) -> NetworkError:
    with make_client(timeout=timeout) as client:
        with pytest.raises(NetworkError) as info:
            send(client, "GET", url)
    assert_plain(info.value)
    assert info.value.transient
    return info.value


def test_dns_failure() -> None:
    err = _fail("https://no-such-host.invalid/2/users/me")
    assert err.kind == ErrorKind.DNS
    assert "no-such-host.invalid" in err.message


def test_connection_refused() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    err = _fail(f"http://127.0.0.1:{port}/oauth2/token")
    assert err.kind == ErrorKind.CONNECTION_REFUSED


def test_timeout_when_server_never_answers() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(5)  # the kernel completes the handshake; nobody ever answers
        port = sock.getsockname()[1]
        started = time.monotonic()
        err = _fail(f"http://127.0.0.1:{port}/oauth2/token", timeout=0.5)
        assert time.monotonic() - started < 5
    assert err.kind == ErrorKind.TIMEOUT


def test_tls_failure_https_to_plain_http_server() -> None:
    with plain_http_server() as port:
        err = _fail(f"https://127.0.0.1:{port}/oauth2/token")
    assert err.kind == ErrorKind.TLS


def test_dropped_connection_is_a_network_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(5)
        port = sock.getsockname()[1]

        def accept_and_close() -> None:
            conn, _ = sock.accept()
            conn.recv(1024)
            conn.close()

        thread = threading.Thread(target=accept_and_close, daemon=True)
        thread.start()
        err = _fail(f"http://127.0.0.1:{port}/x")
        thread.join(5)
    assert err.kind == ErrorKind.NETWORK


def test_invalid_url_is_an_input_error() -> None:
    from twauth_gui.core.errors import InputError

    with make_client() as client:
        with pytest.raises(InputError):
            send(client, "GET", "ftp://example.invalid/x")
        with pytest.raises(InputError):
            send(client, "GET", "http://[::1/x")


def test_server_answer_goes_through_the_table() -> None:
    with plain_http_server() as port, make_client() as client:
        response = send(client, "GET", f"http://127.0.0.1:{port}/ok")
        assert response.status_code == 200
