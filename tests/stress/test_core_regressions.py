"""Known answers for the core bugs the stress suite found (one test per bug, no Hypothesis)."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from twauth_gui.core import errors, http, oauth2
from twauth_gui.core.errors import ErrorKind, XApiError
from twauth_gui.core.export import write_export


@pytest.mark.parametrize("opener", ["[", '{"a":', '[{"errors":'])
def test_parse_body_survives_absurd_nesting(opener: str) -> None:
    # json.loads raises RecursionError (not ValueError) past ~1000 levels.
    parsed = errors.parse_body(opener * 100_000)
    assert parsed.code is None
    exc = errors.error_from_response(500, {}, opener * 100_000)
    assert exc.kind == ErrorKind.SERVER_ERROR


def test_json_body_survives_absurd_nesting() -> None:
    with pytest.raises(XApiError) as info:
        http.json_body(httpx.Response(200, content=b"[" * 100_000), "an access token")
    assert info.value.kind == ErrorKind.UNEXPECTED_RESPONSE


@pytest.mark.parametrize(
    "headers",
    [
        {"x-rate-limit-reset": "99999999999999999999"},  # time.localtime overflow
        {"x-rate-limit-reset": "9" * 400},  # float() overflow in lifecycle's retry delay
        {"retry-after": "99999999999999999999"},
        {"x-rate-limit-reset": "²"},  # str.isdigit() is True, int() fails
        {"retry-after": "١٢٣"},  # non-ASCII digits
    ],
)
def test_rate_limit_headers_that_are_not_times(headers: dict[str, str]) -> None:
    exc = errors.error_from_response(429, headers, "")
    assert exc.kind == ErrorKind.RATE_LIMITED
    assert exc.reset_at is None
    assert exc.hint == "Wait a few minutes, then try again."


def test_rate_limit_reset_still_read() -> None:
    reset = int(time.time()) + 600
    exc = errors.error_from_response(429, {"x-rate-limit-reset": str(reset)}, "")
    assert exc.reset_at == reset and "in about 10 min" in exc.hint


def test_superscript_error_code_is_ignored() -> None:
    parsed = errors.parse_body('{"errors":[{"code":"²","message":"x"}]}')
    assert parsed.code is None
    assert errors.parse_body('{"errors":[{"code":"415","message":"x"}]}').code == 415


@pytest.mark.parametrize(
    "body",
    [
        '{"error":"invalid_request","error_description":'
        '"Missing required parameter [Sk9ab12CD34ef56GH78ij90KLmn]."}',
        '{"errors":[{"code":170,"message":"Missing required parameter: Sk9ab12CD34ef56GH78ij"}]}',
        '{"error":"invalid_request","error_description":"Missing required parameter ['
        + "x" * 300
        + ' <script>]."}',
    ],
)
def test_missing_parameter_never_echoes_a_value(body: str) -> None:
    exc = errors.error_from_response(400, {}, body)
    assert exc.kind == ErrorKind.MISSING_PARAMETER
    assert exc.message == "X says the request is missing a parameter."


def test_missing_parameter_names_still_echoed() -> None:
    body = (
        '{"error":"invalid_request",'
        '"error_description":"Missing required parameter [code_verifier]."}'
    )
    assert "code_verifier" in errors.error_from_response(400, {}, body).message


@pytest.mark.parametrize("value", [10**400, float("nan"), float("inf"), "1e999", 10**12])
def test_token_response_with_absurd_expires_in(value: object) -> None:
    tokens = oauth2.parse_token_response({"access_token": "acc-1", "expires_in": value})
    assert tokens.expires_at is None


def test_token_response_negative_expires_in_means_expired() -> None:
    tokens = oauth2.parse_token_response({"access_token": "acc-1", "expires_in": -5}, now=1000.0)
    assert tokens.expires_at == 1000.0


def test_next_export_removes_temp_files_of_a_killed_writer(tmp_path: Path) -> None:
    target = tmp_path / ".env"
    orphan = tmp_path / "..env.k1ll3d_x.tmp"  # what fileio.atomic_write leaves on SIGKILL
    orphan.write_text("X_ACCESS_TOKEN=secret-from-a-killed-export\n")
    keep = [
        tmp_path / "..env.short.tmp",  # not tempfile's 8-character name
        tmp_path / ".other.env.abcd1234.tmp",  # another file's
        tmp_path / "notes.tmp",
    ]
    for path in keep:
        path.write_text("mine")
    write_export(target, "X_API_KEY=abc\n")
    assert target.read_text() == "X_API_KEY=abc\n"
    assert not orphan.exists()
    assert all(path.exists() for path in keep)


def test_export_writers_of_one_folder_take_turns(tmp_path: Path) -> None:
    import threading

    errors_seen: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(30):
                write_export(tmp_path / f"{n}.env", f"V={n}-{i}\n")
        except BaseException as exc:  # reported below
            errors_seen.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors_seen == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.env", "1.env", "2.env", "3.env"]
