"""open_url: $BROWSER handling (URL as one argv element, no shell), graceful failure."""

from __future__ import annotations

import os
import stat
import sys
import time
import webbrowser
from pathlib import Path

import pytest

from twauth_gui.core import browser
from twauth_gui.core.browser import open_url
from twauth_gui.core.errors import InputError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses /bin/sh scripts")

URL = "https://x.com/i/oauth2/authorize?response_type=code&state=abc%2Fdef&scope=tweet.read+users.read"


def make_script(tmp_path: Path, name: str, *, exit_code: int = 0) -> tuple[Path, Path]:
    out = tmp_path / f"{name}.argv"
    script = tmp_path / name
    script.write_text(
        f"#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{out}'\nexit {exit_code}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, out


def argv_of(out: Path) -> list[str]:
    return out.read_text().splitlines()


@pytest.fixture(autouse=True)
def _no_real_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: object, **_kwargs: object) -> bool:
        raise AssertionError("the platform browser must not be started in tests")

    monkeypatch.setattr(webbrowser, "open", boom)


def test_browser_command_gets_url_as_single_argument(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script, out = make_script(tmp_path, "browser.sh")
    monkeypatch.setenv("BROWSER", str(script))
    assert open_url(URL) is True
    assert argv_of(out) == [URL]


def test_percent_s_is_substituted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script, out = make_script(tmp_path, "subst.sh")
    monkeypatch.setenv("BROWSER", f"{script} --new-tab %s --flag")
    assert open_url(URL) is True
    assert argv_of(out) == ["--new-tab", URL, "--flag"]


def test_command_with_arguments_but_no_percent_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script, out = make_script(tmp_path, "args.sh")
    monkeypatch.setenv("BROWSER", f"{script} --private")
    assert open_url(URL) is True
    assert argv_of(out) == ["--private", URL]


def test_colon_separated_list_falls_through_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad, bad_out = make_script(tmp_path, "bad.sh", exit_code=1)
    good, good_out = make_script(tmp_path, "good.sh")
    missing = tmp_path / "does-not-exist"
    monkeypatch.setenv("BROWSER", os.pathsep.join([str(missing), str(bad), "", str(good)]))
    assert open_url(URL) is True
    assert argv_of(bad_out) == [URL]
    assert argv_of(good_out) == [URL]


def test_background_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script, out = make_script(tmp_path, "bg.sh")
    monkeypatch.setenv("BROWSER", f"{script} %s &")
    assert open_url(URL) is True
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not (out.exists() and out.read_text()):
        time.sleep(0.02)
    assert argv_of(out) == [URL]


def test_shell_metacharacters_are_not_interpreted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script, out = make_script(tmp_path, "meta.sh")
    marker = tmp_path / "pwned"
    url = f"https://example.com/?a=1&b=$(id>{marker});id>{marker}`id>{marker}`|id>{marker}"
    monkeypatch.setenv("BROWSER", f"{script} %s")
    assert open_url(url) is True
    assert argv_of(out) == [url]
    assert not marker.exists()


def test_nothing_can_open_returns_false(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad, _ = make_script(tmp_path, "fails.sh", exit_code=3)
    monkeypatch.setenv("BROWSER", os.pathsep.join([str(tmp_path / "nope"), str(bad)]))
    assert open_url(URL) is False


def test_unparsable_browser_value_returns_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER", "'unterminated %s")
    assert open_url(URL) is False


def test_headless_without_browser_returns_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BROWSER", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(browser.sys, "platform", "linux")
    assert open_url(URL) is False  # the autouse fixture proves webbrowser.open was not called


def test_default_browser_is_used_with_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, int]] = []

    def fake_open(url: str, new: int = 0, autoraise: bool = True) -> bool:
        calls.append((url, new))
        return True

    monkeypatch.delenv("BROWSER", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(webbrowser, "open", fake_open)
    assert open_url(URL) is True
    assert calls == [(URL, 2)]


@pytest.mark.parametrize("exc", [webbrowser.Error("none"), OSError("broken")])
def test_default_browser_errors_become_false(
    monkeypatch: pytest.MonkeyPatch, exc: Exception
) -> None:
    def fake_open(url: str, new: int = 0, autoraise: bool = True) -> bool:
        raise exc

    monkeypatch.delenv("BROWSER", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(webbrowser, "open", fake_open)
    assert open_url(URL) is False


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "--remote-debugging-port=9222",
        "-new-tab",
        "https://x.com/a b",
        "https://x.com/\nnext",
        "",
    ],
)
def test_only_http_urls(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script, out = make_script(tmp_path, "never.sh")
    monkeypatch.setenv("BROWSER", str(script))
    with pytest.raises(InputError):
        open_url(url)
    assert not out.exists()


def test_long_running_background_command_is_success(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "slow.argv"
    script = tmp_path / "slow.sh"
    script.write_text(f"#!/bin/sh\nsleep 1\nprintf '%s\\n' \"$1\" > '{out}'\n")
    script.chmod(0o755)
    monkeypatch.setenv("BROWSER", f"{script} %s &")
    started = time.monotonic()
    assert open_url(URL) is True
    assert time.monotonic() - started < 0.9  # did not wait for the browser to exit
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not (out.exists() and out.read_text()):
        time.sleep(0.05)
    assert argv_of(out) == [URL]
