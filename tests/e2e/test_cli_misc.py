"""`twauth doctor`, `import`, `sandbox` and export formats, end to end."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap

from tests.e2e.conftest import Cli


def test_doctor_reports_store_endpoints_and_busy_ports(cli: Cli, sandbox, callback) -> None:
    app = sandbox.app("confidential")
    redirect = callback("confidential")
    assert cli.run(
        "login", "oauth2", "--profile", "bot", "--client-id", app.client_id,
        "--client-secret-env", "CS", "--redirect-uri", redirect, "--timeout", "20",
        extra_env={"CS": app.client_secret},
    ).returncode == 0
    proc = cli.run("doctor")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert sandbox.url in proc.stdout and "(not X)" in proc.stdout
    assert "secure" in proc.stdout
    assert f"{redirect} free" in proc.stdout
    port = int(redirect.rsplit(":", 1)[1].split("/")[0])
    with socket.socket() as busy:
        # The login's connections may still be in TIME_WAIT: allowed to bind, as a real
        # program would; the live listener must then make the port unavailable.
        busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        busy.bind(("127.0.0.1", port))
        busy.listen()
        proc = cli.run("doctor")
    assert proc.returncode == 1
    assert f"{redirect} UNAVAILABLE" in proc.stdout and str(port) in proc.stdout
    assert "fix:" in proc.stdout


def test_import_twurl_is_read_only(cli: Cli) -> None:
    rc = cli.tmp / "twurlrc"
    rc.write_text(textwrap.dedent("""\
        ---
        profiles:
          alice:
            ckey123456789012345678901:
              username: alice
              consumer_key: ckey123456789012345678901
              consumer_secret: csec-not-real-0000000000000000000000000000000000
              token: 1111-tok-not-real
              secret: tsec-not-real
        configuration:
          default_profile:
          - alice
          - ckey123456789012345678901
        """))
    before = rc.read_bytes()
    proc = cli.run("import", "twurl", "--file", str(rc))
    assert proc.returncode == 0, proc.stderr
    assert rc.read_bytes() == before
    names = [c["name"] for c in json.loads(cli.run("list", "--json").stdout)]
    assert len(names) == 1 and "alice" in names[0]
    assert cli.run("token", names[0]).stdout.strip() == "1111-tok-not-real"


def test_export_json_and_shell(cli: Cli, sandbox) -> None:
    app = sandbox.app("confidential")
    assert cli.run("login", "app", "--profile", "ro", "--api-key", app.api_key,
                   stdin=app.api_secret + "\n").returncode == 0
    bearer = cli.run("token", "ro").stdout.strip()
    data = json.loads(cli.run("export", "ro", "--format", "json", "--preset", "twitter").stdout)
    assert data["TWITTER_BEARER_TOKEN"] == bearer
    assert data["TWITTER_API_KEY"] == app.api_key
    shell = cli.run(
        "export", "ro", "--format", "shell", "--rename", "bearer_token=MY_BEARER"
    ).stdout
    out = subprocess.run(["bash", "-c", shell + '\nprintf %s "$MY_BEARER"'], capture_output=True,
                         text=True, check=True).stdout
    assert out == bearer
    bad = cli.run("export", "ro", "--rename", "bearer_token=bad-name")
    assert bad.returncode == 1 and "bad-name" in bad.stderr and bearer not in bad.stderr


def test_sandbox_command_prints_json_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    proc = subprocess.Popen([sys.executable, "-m", "twauth_gui.cli", "sandbox", "--auto",
                             "approve"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        assert info["url"].startswith("http://127.0.0.1:")
        names = {a["name"] for a in info["apps"]}
        assert {"confidential", "public"} <= names
        public = next(a for a in info["apps"] if a["name"] == "public")
        assert public["client_secret"] is None
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    assert proc.returncode in (0, -15)
