"""Exported files read the same in python-dotenv, ``node --env-file``, Node's dotenv and bash.

``node`` is required when TWAUTH_REQUIRE_NODE is set; otherwise the Node tests skip without it.
Node's ``dotenv`` package is installed with npm into a temporary folder if the npm registry is
reachable; otherwise those tests skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from dotenv import dotenv_values
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twauth_gui.core.errors import ExportError
from twauth_gui.core.export import export_fields, plan_file, render, write_export

NODE = shutil.which("node")
PREFIX = "TWX_"

# values X really issues, and awkward ones that must still be accepted
CORPUS = [
    "xvz1evFS4wEEPTGEFPHBog",
    "L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg",
    "1234567890-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab",
    "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F",
    "bWFsZm9ybWVkOjE3MDAwMDAwMDA6MTphYzox",
    "VGhpcyBpcyBhIHJlZnJlc2ggdG9rZW4gZXhhbXBsZQ",
    "1700000000",
    "",
    "with space",
    " leading and trailing ",
    "hash # inside",
    "#starts-with-hash",
    "dollar $HOME and $",
    'double "quotes"',
    "back`tick",
    "équipe 🙂 ünïcode",
    "semi;colon&amp|pipe",
    "=starts-with-equals",
    "ends-with-equals==",
    "{braces}",
    "a=b=c",
]

SAFE_VALUES = st.one_of(
    st.text(),
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="'\\\ufeff"
        )
    ),
    st.text(alphabet=st.sampled_from(' #$"`{}=;&|!*?~%@,.:/+-_éZa09🙂\u00a0')),
)


def _node() -> str:
    if NODE:
        return NODE
    if os.environ.get("TWAUTH_REQUIRE_NODE"):
        pytest.fail("node is required (TWAUTH_REQUIRE_NODE is set) but was not found on PATH")
    pytest.skip("node is not installed")


def _node_env_file(path: Path) -> dict[str, str]:
    node = _node()
    out = subprocess.run(
        [node, f"--env-file={path}", "-e", "process.stdout.write(JSON.stringify(process.env))"],
        capture_output=True,
        check=True,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        timeout=60,
    ).stdout
    env = json.loads(out)
    return {k: v for k, v in env.items() if k.startswith(PREFIX)}


@pytest.fixture(scope="session")
def node_dotenv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The path of Node's dotenv package, installed from the npm registry for this session."""
    _node()
    npm = shutil.which("npm")
    if not npm:
        pytest.skip("npm is not installed")
    prefix = tmp_path_factory.mktemp("npm")
    try:
        subprocess.run(
            [
                npm,
                "install",
                "--no-audit",
                "--no-fund",
                "--silent",
                "--prefix",
                str(prefix),
                "dotenv",
            ],
            capture_output=True,
            check=True,
            timeout=120,
        )
    except (subprocess.SubprocessError, OSError):
        pytest.skip("Node's dotenv package could not be installed (no npm registry access)")
    module = prefix / "node_modules" / "dotenv"
    if not module.is_dir():
        pytest.skip("npm did not install dotenv")
    yield module


def _node_dotenv_parse(module: Path, path: Path) -> dict[str, str]:
    script = (
        "const d = require(process.argv[1]); const fs = require('fs');"
        "process.stdout.write(JSON.stringify(d.parse(fs.readFileSync(process.argv[2]))))"
    )
    out = subprocess.run(
        [_node(), "-e", script, str(module), str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    return dict(json.loads(out))


def _python_dotenv(path: Path) -> dict[str, str | None]:
    return dict(dotenv_values(path, interpolate=False, encoding="utf-8"))


def _write(directory: Path, values: dict[str, str], name: str = ".env") -> tuple[Path, dict]:
    pairs = [(f"{PREFIX}{i}", v) for i, v in enumerate(values.values())]
    target = directory / name
    text, _ = plan_file(target, pairs, "env")
    write_export(target, text)
    return target, dict(pairs)


# --------------------------------------------------------------------------- fixed corpus


def test_corpus_reads_the_same_in_python_dotenv_and_node(tmp_path: Path) -> None:
    path, expected = _write(tmp_path, {str(i): v for i, v in enumerate(CORPUS)})
    assert _python_dotenv(path) == expected
    assert _node_env_file(path) == expected


def test_corpus_reads_the_same_in_node_dotenv(tmp_path: Path, node_dotenv: Path) -> None:
    path, expected = _write(tmp_path, {str(i): v for i, v in enumerate(CORPUS)})
    assert _node_dotenv_parse(node_dotenv, path) == expected


def test_full_credential_export_reads_the_same_everywhere(tmp_path: Path) -> None:
    secrets = {
        "api_key": CORPUS[0],
        "api_secret": CORPUS[1],
        "access_token": CORPUS[2],
        "access_token_secret": CORPUS[1][::-1],
        "bearer_token": CORPUS[3],
    }
    for preset in ("samples", "x", "twitter", "xmcp"):
        pairs = export_fields(secrets, expires_at=1700000000.5, preset=preset, method="oauth1")
        renamed = [(PREFIX + name, value) for name, value in pairs]
        target = tmp_path / f"{preset}.env"
        write_export(target, render(renamed, "env"))
        assert _python_dotenv(target) == dict(renamed)
        assert _node_env_file(target) == dict(renamed)


# --------------------------------------------------------------------------- generated values


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.dictionaries(st.from_regex(r"[a-z]{1,4}", fullmatch=True), SAFE_VALUES, max_size=10))
def test_generated_values_read_identically_or_are_refused(
    tmp_path: Path, values: dict[str, str]
) -> None:
    _node()
    target = tmp_path / "gen.env"
    if target.exists():
        target.unlink()
    try:
        path, expected = _write(tmp_path, values, "gen.env")
    except ExportError:
        assert not target.exists()  # refused values never produce a file
        return
    assert _python_dotenv(path) == expected
    assert _node_env_file(path) == expected


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.dictionaries(st.from_regex(r"[a-z]{1,4}", fullmatch=True), SAFE_VALUES, max_size=10))
def test_generated_values_read_identically_in_node_dotenv(
    tmp_path: Path, node_dotenv: Path, values: dict[str, str]
) -> None:
    target = tmp_path / "gen.env"
    if target.exists():
        target.unlink()
    try:
        path, expected = _write(tmp_path, values, "gen.env")
    except ExportError:
        return
    assert _node_dotenv_parse(node_dotenv, path) == expected


# --------------------------------------------------------------------------- merged files


def test_merged_crlf_file_reads_the_same_in_node_and_python(tmp_path: Path) -> None:
    target = tmp_path / ".env"
    target.write_bytes(
        b"# user settings\r\nexport TWX_OLD=keep\r\nTWX_A=old\r\n\r\n# end\r\nTWX_LAST='x y'"
    )
    pairs = [("TWX_A", "new value"), ("TWX_B", "b"), ("TWX_LAST", "x y")]
    text, diff = plan_file(target, pairs, "env")
    write_export(target, text)
    assert diff.added == ("TWX_B",) and diff.changed == ("TWX_A",)
    expected = {"TWX_OLD": "keep", "TWX_A": "new value", "TWX_B": "b", "TWX_LAST": "x y"}
    assert _python_dotenv(target) == expected
    assert _node_env_file(target) == expected


# --------------------------------------------------------------------------- shell


def test_shell_export_sources_in_bash_and_sh(tmp_path: Path) -> None:
    values = [*CORPUS, "it's", "back\\slash", "two\nlines", "${HOME}", "tab\t", "cr\r"]
    pairs = [(f"{PREFIX}{i}", v) for i, v in enumerate(values)]
    target = tmp_path / "creds.sh"
    write_export(target, render(pairs, "shell"))
    names = [n for n, _ in pairs]
    for shell in ("bash", "sh"):
        if not shutil.which(shell):
            continue
        script = '. "$1"; shift; for n in "$@"; do eval "printf \'%s\\0\' \\"\\$$n\\""; done'
        out = subprocess.run(
            [shell, "-c", script, shell, str(target), *names],
            capture_output=True,
            check=True,
            env={"PATH": "/usr/bin:/bin"},
            timeout=60,
        ).stdout
        assert out.decode("utf-8").split("\0")[:-1] == values, shell
        # exported, not just set: a child process sees them
        child = subprocess.run(
            [shell, "-c", '. "$1"; env -0', shell, str(target)],
            capture_output=True,
            check=True,
            env={"PATH": "/usr/bin:/bin"},
            timeout=60,
        ).stdout.decode("utf-8")
        seen = dict(item.split("=", 1) for item in child.split("\0") if item.startswith(PREFIX))
        assert seen == dict(pairs), shell
