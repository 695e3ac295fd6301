"""The CLI's last line of defence: unexpected exceptions are reported scrubbed, exit 1."""

from __future__ import annotations

import argparse

import pytest

from twauth_gui import cli
from twauth_gui.core import redact


def test_unexpected_exception_is_scrubbed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = "sekret-refresh-token-0123456789"
    redact.remember(secret)

    def boom(args: argparse.Namespace) -> int:
        raise RuntimeError(f"token {secret} went wrong")

    monkeypatch.setattr(cli, "cmd_list", boom)
    assert cli.main(["list"]) == 1
    err = capsys.readouterr().err
    assert secret not in err
    assert "[REDACTED]" in err and "RuntimeError" in err
    assert "bug in twauth" in err


def test_user_facing_error_is_one_line_plus_fix(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TWAUTH_VAULT", "memory")
    assert cli.main(["show", "nobody"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("twauth: ") and "nobody" in err[0]
    assert err[1].startswith("  fix: ")
    assert "Traceback" not in "\n".join(err)
