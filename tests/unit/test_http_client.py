"""The client factory: shared TLS context, timeouts from the environment."""

from __future__ import annotations

import ssl

import pytest

from twauth_gui.core import http


def test_clients_share_one_verifying_tls_context() -> None:
    ctx = http.tls_context()
    assert ctx is http.tls_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    with http.make_client() as client:
        assert client.headers["User-Agent"].startswith("twauth-gui/")
        assert client.follow_redirects is False


def test_timeout_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWAUTH_HTTP_TIMEOUT", "2.5")
    with http.make_client() as client:
        assert client.timeout.read == 2.5 and client.timeout.connect == 2.5
    monkeypatch.setenv("TWAUTH_HTTP_TIMEOUT", "nonsense")
    with http.make_client() as client:
        assert client.timeout.read == 20.0 and client.timeout.connect == 10.0
