"""Leak scan: every CLI flow at DEBUG level, then search everywhere for every secret issued.

The sandbox records every secret that crosses it — what X issued (codes, access and refresh
tokens, OAuth 1.0a token secrets, bearer tokens, verifiers/PINs) and what the client sent
(PKCE verifiers, client secrets in Basic auth, API secrets) — plus the app secrets, the Basic
password and the vault passphrase. The real ``twauth`` then runs every flow with root
logging at DEBUG into a file (tests/stress/launcher.py; the CLI itself has no log switch):
logins of all five kinds (OAuth 2.0 confidential, public and ``--paste``; OAuth 1.0a callback
and PIN; app-only; bearer; Basic with a test request), list/show (``--json``, ``--verify``),
token with a transparent refresh, refresh, export, revoke, remove and doctor.

Searched (zero hits required): the DEBUG log, every file in the data dir, stderr of every run,
stdout of ``list``/``show`` without ``--reveal``, and the argv of the browser child plus the
command line of the CLI process that started it (``/proc/<pid>/cmdline``). The authorize URL
legitimately carries the OAuth 2.0 ``state`` and the OAuth 1.0a request token (public by
protocol); neither counts as a secret here. ``token``/``show --reveal`` stdout and the export
file are where secrets are supposed to go and are not searched.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from tests.stress import conftest as stress
from tests.stress.harness import PASSPHRASE, make_cli, require_vault_kind
from tests.support.leaks import SecretRecorder, hits
from tests.support.net import free_port
from twauth_gui.sandbox import server as sandbox_server


@pytest.mark.parametrize("vault_kind", ["file", "os"])
def test_no_secret_in_logs_data_dir_outputs_or_argv(
    sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, vault_kind: str
) -> None:
    require_vault_kind(vault_kind)
    recorder = SecretRecorder()
    for key, route in list(sandbox_server.ROUTES.items()):
        monkeypatch.setitem(sandbox_server.ROUTES, key, recorder.wrap(route))
    cli = make_cli(sandbox, tmp_path, vault_kind)
    log = tmp_path / "debug.log"
    cli.env["TWAUTH_STRESS_LOG"] = str(log)
    conf = sandbox.app("confidential")
    pub = sandbox.app("public")
    user, password = sandbox.basic_user
    for value in (conf.api_secret, conf.client_secret or "", pub.api_secret, password, PASSPHRASE):
        recorder.add(value, "given by the person")
    env = {"CS": conf.client_secret or "", "AS": conf.api_secret}
    searched: list[str] = []  # outputs that must hold no secret
    started = time.monotonic()
    runs = 0

    def callback(app: str, host: str = "127.0.0.1") -> str:
        url = f"http://{host}:{free_port()}/callback"
        sandbox.register_callback(app, url)
        return url

    def run(*args: str, stdin: str = "", search_stdout: bool = True) -> str:
        nonlocal runs
        runs += 1
        proc = cli.run(*args, stdin=stdin, extra_env=env)
        assert proc.returncode == 0, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
        searched.append(proc.stderr)
        if search_stdout:
            searched.append(proc.stdout)
        return proc.stdout

    # --- logins, all five kinds
    run(
        "login",
        "oauth2",
        "--profile",
        "o2",
        "--client-id",
        conf.client_id,
        "--client-secret-env",
        "CS",
        "--redirect-uri",
        callback("confidential"),
        "--timeout",
        "20",
    )
    run(
        "login",
        "oauth2",
        "--profile",
        "pub",
        "--client-id",
        pub.client_id,
        "--public",
        "--redirect-uri",
        callback("public", "localhost"),
        "--scopes",
        "tweet.read users.read",
        "--timeout",
        "20",
    )
    paste_redirect = callback("public")
    proc = cli.popen(
        "login",
        "oauth2",
        "--profile",
        "pasted",
        "--client-id",
        pub.client_id,  # another app: a second confidential grant would end o2's (X's rule)
        "--public",
        "--redirect-uri",
        paste_redirect,
        "--paste",
        "--no-browser",
        extra_env=env,
    )
    assert proc.stderr is not None and proc.stdin is not None
    url = ""
    while not url:
        line = proc.stderr.readline()
        assert line, "no authorize URL printed"
        searched.append(line)
        if line.strip().startswith("http"):
            url = line.strip()
    landed = sandbox.browser(url)
    recorder.add(dict(parse_qsl(landed.split("?", 1)[1]))["code"], "pasted code")
    out, err = proc.communicate(landed + "\n", timeout=60)
    runs += 1
    assert proc.returncode == 0, err
    searched += [out, err]
    run(
        "login",
        "oauth1",
        "--profile",
        "o1",
        "--api-key",
        conf.api_key,
        "--api-secret-env",
        "AS",
        "--redirect-uri",
        callback("confidential"),
        "--timeout",
        "20",
    )
    cli.browser_out.unlink(missing_ok=True)
    proc = cli.popen(
        "login",
        "oauth1",
        "--profile",
        "pin",
        "--api-key",
        conf.api_key,
        "--api-secret-env",
        "AS",
        "--pin",
        extra_env=env,
    )
    deadline = time.monotonic() + 20
    while not cli.browser_out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    pin = cli.browser_out.read_text().strip()
    out, err = proc.communicate(pin + "\n", timeout=60)
    runs += 1
    assert proc.returncode == 0, err
    searched += [out, err]
    run("login", "app", "--profile", "ro", "--api-key", conf.api_key, "--api-secret-env", "AS")
    bearer = run("token", "ro", search_stdout=False).strip()
    recorder.add(bearer, "bearer")
    env["BT"] = bearer
    run("login", "bearer", "--profile", "pasted-bearer", "--token-env", "BT")
    run(
        "login",
        "basic",
        "--profile",
        "ent",
        "--username",
        user,
        "--test-url",
        sandbox.basic_url,
        stdin=password + "\n",
    )

    # --- reading, refreshing, exporting
    run("list")
    run("list", "--json")
    for name in ("o2", "pub", "pasted", "o1", "pin", "ro", "pasted-bearer", "ent"):
        run("show", name, "--json")
        run("show", name)
    run("show", "o2", "--json", "--verify")
    run("show", "o1", "--verify")
    revealed = run("show", "o2", "--json", "--reveal", search_stdout=False)
    for name in ("o2", "o1", "ro"):
        run("token", name, search_stdout=False)
    run("refresh", "o2")
    sandbox.expire_access_tokens()
    with cli.in_process_env():
        cli.vault().update("o2", expires_at=time.time() - 5)
    run("token", "o2", search_stdout=False)  # transparent refresh
    run("export", "o2", "--preset", "samples", "-o", str(tmp_path / "bot.env"))
    run("export", "o1", "--format", "json", search_stdout=False)
    run("doctor")

    # --- revoke and remove
    for name in ("o2", "o1", "ro"):
        run("revoke", name)
    run("remove", "pasted-bearer")

    # --- the search
    secrets = {v: w for v, w in recorder.secrets.items() if v not in recorder.public}
    assert len(secrets) >= 25, sorted(secrets.values())
    log_text = log.read_text("utf-8", "replace")
    assert "DEBUG" in log_text and "loopback receiver" in log_text  # DEBUG really was on
    data_files = {
        str(p.relative_to(cli.data_dir)): p.read_bytes().decode("utf-8", "replace")
        for p in cli.data_dir.rglob("*")
        if p.is_file()
    }
    browsers = [json.loads(line) for line in cli.browser_argv_log.read_text().splitlines()]
    assert len(browsers) >= 4  # oauth2 ×2, oauth1 callback, PIN
    browser_text = "\n".join(
        " ".join(b["argv"])
        + "\n"
        + b["self"].replace("\0", " ")
        + "\n"
        + b["parent"].replace("\0", " ")
        for b in browsers
    )
    assert all("launcher.py" in b["parent"] for b in browsers)  # the parent is the CLI
    places = {
        "DEBUG log": log_text,
        "stderr/stdout": "\n".join(searched),
        "browser argv and CLI cmdline": browser_text,
        **{f"data dir: {rel}": text for rel, text in data_files.items()},
    }
    # Negative controls: the scan does find secrets where they are supposed to be.
    assert len(hits(secrets, revealed)) >= 3
    assert hits(secrets, (tmp_path / "bot.env").read_text())
    found = {place: hits(secrets, text) for place, text in places.items()}
    found = {place: h for place, h in found.items() if h}
    stress.record(
        f"leak scan ({vault_kind}): secrets tracked / places / CLI runs",
        f"{len(secrets)} / {len(places)} / {runs}",
    )
    stress.record(f"leak scan ({vault_kind}): DEBUG log lines", len(log_text.splitlines()))
    stress.record(f"leak scan ({vault_kind}): seconds", round(time.monotonic() - started, 1))
    # The browser inherits the CLI's environment, but not the variable that carried the
    # client secret (--client-secret-env CS): the CLI drops it once read.
    # (Other runs get CS too without reading it; only the ones that read it must drop it.)
    readers = [b for b in browsers if f"client_id={conf.client_id}" in " ".join(b["argv"])]
    inherited = any("CS" in b["env"] for b in readers)
    stress.record("leak scan: browser child inherits the secret's env variable", inherited)
    assert readers and not inherited
    assert found == {}, found
