"""Small stdlib-only helpers for ``packaging/ci-bundle.sh`` (no third-party imports).

    ci_helper.py sandbox-env FILE [--timeout S]   wait for the first JSON line `twauth sandbox`
                                                   writes, print `export NAME=value` lines
    ci_helper.py free-port                         print a free TCP port on 127.0.0.1
    ci_helper.py register-callback BASE APP URL    add a callback URL to a sandbox demo app
    ci_helper.py browse URL                        act as the browser: GET the URL and follow
                                                   redirects (the sandbox in --auto approve mode
                                                   redirects straight to the loopback receiver)

The values printed by ``sandbox-env`` are the sandbox's throwaway demo keys, never real ones.
"""

from __future__ import annotations

import argparse
import json
import shlex
import socket
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def _loopback_only(url: str) -> None:
    if not url.startswith(("http://127.0.0.1:", "http://localhost:", "http://[::1]:")):
        raise SystemExit(f"ci_helper: refusing a non-loopback address: {url}")


def sandbox_env(path: Path, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if "\n" in text:
            info = json.loads(text.split("\n", 1)[0])
            apps = {app["name"]: app for app in info["apps"]}
            conf = apps["confidential"]
            values = {
                "SB_URL": info["url"],
                "SB_API_KEY": conf["api_key"],
                "SB_API_SECRET": conf["api_secret"],
                "SB_CLIENT_ID": conf["client_id"],
                "SB_CLIENT_SECRET": conf["client_secret"] or "",
            }
            for name, value in values.items():
                print(f"export {name}={shlex.quote(value)}")
            return 0
        time.sleep(0.05)
    print(f"ci_helper: no JSON line from the sandbox within {timeout:g} s", file=sys.stderr)
    return 1


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        print(sock.getsockname()[1])
    return 0


def register_callback(base: str, app: str, url: str) -> int:
    _loopback_only(base)
    body = json.dumps({"app": app, "url": url}).encode()
    request = urllib.request.Request(  # noqa: S310 (loopback only, checked above)
        base.rstrip("/") + "/_sandbox/callbacks", data=body, method="POST",
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
            answer = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        with exc:
            detail = exc.read().decode("utf-8", "replace")
        print(f"ci_helper: the sandbox refused the callback: {exc.code} {detail}", file=sys.stderr)
        return 1
    if url not in answer.get("callbacks", []):
        print(f"ci_helper: the sandbox did not register {url}", file=sys.stderr)
        return 1
    return 0


def browse(url: str) -> int:
    _loopback_only(url)
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback only)
        response.read()
        print(f"ci_helper: browser ended at {response.status}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="helpers for packaging/ci-bundle.sh")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sandbox-env")
    p.add_argument("file", type=Path)
    p.add_argument("--timeout", type=float, default=30.0)
    sub.add_parser("free-port")
    p = sub.add_parser("register-callback")
    p.add_argument("base")
    p.add_argument("app")
    p.add_argument("url")
    p = sub.add_parser("browse")
    p.add_argument("url")
    args = parser.parse_args(argv)
    if args.cmd == "sandbox-env":
        return sandbox_env(args.file, args.timeout)
    if args.cmd == "free-port":
        return free_port()
    if args.cmd == "register-callback":
        return register_callback(args.base, args.app, args.url)
    return browse(args.url)


if __name__ == "__main__":
    sys.exit(main())
