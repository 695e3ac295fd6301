"""Presets, renames, atomic 0600 file writes and linked exports of core/export.py."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest
from dotenv import dotenv_values

from twauth_gui.core import export
from twauth_gui.core.envfile import EnvDiff, EpochSeconds
from twauth_gui.core.errors import ExportError, UserFacingError
from twauth_gui.core.export import (
    PRESETS,
    LinkedExport,
    export_fields,
    plan_file,
    render,
    rewrite_linked,
    unexported_fields,
    write_export,
)
from twauth_gui.core.models import Method

ALL = {
    "api_key": "ak",
    "api_secret": "as",
    "access_token": "1-at",
    "access_token_secret": "ats",
    "bearer_token": "AAAA%2Fbt",
    "client_id": "cid",
    "client_secret": "cs",
    "oauth2_access_token": "o2a",
    "oauth2_refresh_token": "o2r",
    "username": "me@example.com",
    "password": "pw",
}

EXPECTED = {
    "samples": [
        "CONSUMER_KEY", "CONSUMER_SECRET", "ACCESS_TOKEN", "ACCESS_TOKEN_SECRET", "BEARER_TOKEN",
        "CLIENT_ID", "CLIENT_SECRET", "OAUTH2_ACCESS_TOKEN", "OAUTH2_REFRESH_TOKEN",
        "OAUTH2_EXPIRES_AT", "ENTERPRISE_USERNAME", "ENTERPRISE_PASSWORD",
    ],
    "x": [
        "X_API_KEY", "X_API_SECRET", "X_ACCESS_TOKEN", "X_ACCESS_TOKEN_SECRET", "X_BEARER_TOKEN",
        "X_CLIENT_ID", "X_CLIENT_SECRET", "X_OAUTH2_ACCESS_TOKEN", "X_OAUTH2_REFRESH_TOKEN",
        "X_OAUTH2_EXPIRES_AT", "X_ENTERPRISE_USERNAME", "X_ENTERPRISE_PASSWORD",
    ],
    "twitter": [
        "TWITTER_API_KEY", "TWITTER_API_SECRET", "TWITTER_ACCESS_TOKEN",
        "TWITTER_ACCESS_TOKEN_SECRET", "TWITTER_BEARER_TOKEN", "TWITTER_CLIENT_ID",
        "TWITTER_CLIENT_SECRET", "TWITTER_OAUTH2_ACCESS_TOKEN", "TWITTER_OAUTH2_REFRESH_TOKEN",
        "TWITTER_OAUTH2_EXPIRES_AT", "TWITTER_ENTERPRISE_USERNAME", "TWITTER_ENTERPRISE_PASSWORD",
    ],
    "xmcp": [
        "X_OAUTH_CONSUMER_KEY", "X_OAUTH_CONSUMER_SECRET", "X_OAUTH_ACCESS_TOKEN",
        "X_OAUTH_ACCESS_TOKEN_SECRET", "X_BEARER_TOKEN", "CLIENT_ID", "CLIENT_SECRET",
        "X_ENTERPRISE_USERNAME", "X_ENTERPRISE_PASSWORD",
    ],
}  # fmt: skip


# --------------------------------------------------------------------------- presets


@pytest.mark.parametrize("preset", sorted(EXPECTED))
def test_preset_variable_names_match_design_table(preset: str) -> None:
    pairs = export_fields(ALL, expires_at=1700000000.9, preset=preset, method="oauth1")
    assert [name for name, _ in pairs] == EXPECTED[preset]
    values = dict(pairs)
    first = EXPECTED[preset]
    assert values[first[0]] == "ak" and values[first[1]] == "as"
    if preset != "xmcp":
        assert values[first[9]] == "1700000000"
        assert isinstance(values[first[9]], EpochSeconds)


def test_presets_are_exactly_the_four_of_design() -> None:
    assert set(PRESETS) == {"samples", "x", "twitter", "xmcp"}
    assert PRESETS["samples"].label == "X samples & xurl"


def test_xmcp_leaves_out_oauth2_tokens_and_says_so() -> None:
    secrets = {"client_id": "cid", "oauth2_access_token": "a", "oauth2_refresh_token": "r"}
    assert export_fields(secrets, expires_at=5.0, preset="xmcp") == [("CLIENT_ID", "cid")]
    left = unexported_fields(secrets, expires_at=5.0, preset="xmcp")
    assert left == ["oauth2_access_token", "oauth2_refresh_token", "expires_at"]
    assert unexported_fields(secrets, expires_at=5.0, preset="x") == []


def test_vault_names_are_understood() -> None:
    oauth2 = {"client_id": "cid", "access_token": "acc", "refresh_token": "ref"}
    assert export_fields(oauth2, expires_at=None) == [
        ("X_CLIENT_ID", "cid"),
        ("X_OAUTH2_ACCESS_TOKEN", "acc"),
        ("X_OAUTH2_REFRESH_TOKEN", "ref"),
    ]
    oauth1 = {"api_key": "k", "api_secret": "s", "access_token": "t", "access_token_secret": "ts"}
    assert [n for n, _ in export_fields(oauth1, expires_at=None, preset="samples")] == [
        "CONSUMER_KEY", "CONSUMER_SECRET", "ACCESS_TOKEN", "ACCESS_TOKEN_SECRET",
    ]  # fmt: skip
    # an explicit method wins over the guess
    assert export_fields({"access_token": "t"}, expires_at=None, method=Method.OAUTH1) == [
        ("X_ACCESS_TOKEN", "t")
    ]
    assert export_fields({"access_token": "t"}, expires_at=None, method="oauth2") == [
        ("X_OAUTH2_ACCESS_TOKEN", "t")
    ]


def test_empty_and_unknown_fields_are_skipped() -> None:
    pairs = export_fields({"api_key": "", "bearer_token": "b", "nonsense": "x"}, expires_at=None)
    assert pairs == [("X_BEARER_TOKEN", "b")]


def test_unknown_preset_is_refused() -> None:
    with pytest.raises(ExportError, match="preset"):
        export_fields(ALL, expires_at=None, preset="tweepy")


# --------------------------------------------------------------------------- renames


def test_renames_by_field_or_default_variable_and_omission() -> None:
    secrets = {"api_key": "k", "api_secret": "s", "bearer_token": "b"}
    pairs = export_fields(
        secrets,
        expires_at=None,
        renames={"api_key": "MY_KEY", "X_API_SECRET": "MY_SECRET", "bearer_token": ""},
    )
    assert pairs == [("MY_KEY", "k"), ("MY_SECRET", "s")]
    assert unexported_fields(secrets, renames={"bearer_token": ""}) == ["bearer_token"]


@pytest.mark.parametrize("bad", ["my_key", "1KEY", "KEY-NAME", "KEY NAME", "KÉY", "A\nB"])
def test_bad_renamed_name_is_refused_naming_it(bad: str) -> None:
    with pytest.raises(ExportError) as info:
        export_fields({"api_key": "SECRETVALUE"}, expires_at=None, renames={"api_key": bad})
    text = str(info.value)
    assert "variable name" in text
    assert (bad if bad.isprintable() else ascii(bad)) in text
    assert "SECRETVALUE" not in text


def test_duplicate_variable_names_are_refused() -> None:
    with pytest.raises(ExportError, match="X_API_SECRET") as info:
        export_fields(
            {"api_key": "k", "api_secret": "s"},
            expires_at=None,
            renames={"api_key": "X_API_SECRET"},
        )
    assert "api_key" in str(info.value) and "api_secret" in str(info.value)


def test_rename_of_unknown_thing_is_refused() -> None:
    with pytest.raises(ExportError, match="TWITTER_API_KEY"):
        export_fields({"api_key": "k"}, expires_at=None, renames={"TWITTER_API_KEY": "K"})


# --------------------------------------------------------------------------- render dispatch


def test_render_all_formats() -> None:
    pairs = export_fields({"bearer_token": "AAAA%2Fx"}, expires_at=1700000000, preset="samples")
    env = render(pairs, "env")
    assert env == "BEARER_TOKEN=AAAA%2Fx\nOAUTH2_EXPIRES_AT=1700000000\n"
    assert dotenv_values(stream=io.StringIO(env), interpolate=False) == {
        "BEARER_TOKEN": "AAAA%2Fx",
        "OAUTH2_EXPIRES_AT": "1700000000",
    }
    assert json.loads(render(pairs, "json")) == {
        "BEARER_TOKEN": "AAAA%2Fx",
        "OAUTH2_EXPIRES_AT": 1700000000,
    }
    assert render(pairs, "shell").startswith("export BEARER_TOKEN='AAAA%2Fx'\n")
    with pytest.raises(ExportError, match="format"):
        render(pairs, "yaml")


# --------------------------------------------------------------------------- files


def _leftovers(directory: Path, keep: set[str]) -> set[str]:
    return {p.name for p in directory.iterdir()} - keep


def test_write_export_is_0600_utf8_without_bom(tmp_path: Path) -> None:
    target = tmp_path / "sub" / ".env"
    write_export(target, "A='é'\n")
    assert target.read_bytes() == "A='é'\n".encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(target.parent, {".env"}) == set()


def test_write_export_tightens_an_existing_world_readable_file(tmp_path: Path) -> None:
    target = tmp_path / ".env"
    target.write_text("OLD=1\n")
    target.chmod(0o644)
    write_export(target, "NEW=1\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text() == "NEW=1\n"


def test_write_export_refuses_symlinks_and_leaves_target_alone(tmp_path: Path) -> None:
    real = tmp_path / "real.env"
    real.write_text("KEEP=1\n")
    link = tmp_path / ".env"
    link.symlink_to(real)
    with pytest.raises(ExportError, match="symbolic link"):
        write_export(link, "A=1\n")
    with pytest.raises(ExportError, match="symbolic link"):
        plan_file(link, [("A", "1")], "env")
    dangling = tmp_path / "dangling.env"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(ExportError, match="symbolic link"):
        write_export(dangling, "A=1\n")
    assert real.read_text() == "KEEP=1\n"
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()
    assert _leftovers(tmp_path, {"real.env", ".env", "dangling.env"}) == set()


def test_write_export_refuses_directories_and_fifos(tmp_path: Path) -> None:
    (tmp_path / "dir.env").mkdir()
    with pytest.raises(ExportError, match="not a regular file"):
        write_export(tmp_path / "dir.env", "A=1\n")
    os.mkfifo(tmp_path / "fifo.env")
    with pytest.raises(ExportError, match="not a regular file"):
        plan_file(tmp_path / "fifo.env", [("A", "1")], "env")


def test_failed_write_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / ".env"
    target.write_text("OLD=1\n")

    def broken_replace(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("twauth_gui.core.fileio.os.replace", broken_replace)
    with pytest.raises(ExportError) as info:
        write_export(target, "NEW=SECRETVALUE\n")
    assert isinstance(info.value, UserFacingError)
    assert "SECRETVALUE" not in str(info.value)
    assert target.read_text() == "OLD=1\n"
    assert _leftovers(tmp_path, {".env"}) == set()


def test_refused_value_never_produces_a_file(tmp_path: Path) -> None:
    target = tmp_path / ".env"
    pairs = export_fields({"password": "it's"}, expires_at=None)
    with pytest.raises(ExportError, match="X_ENTERPRISE_PASSWORD"):
        text, _ = plan_file(target, pairs, "env")
        write_export(target, text)
    assert list(tmp_path.iterdir()) == []


def test_plan_file_new_and_existing(tmp_path: Path) -> None:
    target = tmp_path / ".env"
    pairs = [("A", "1"), ("B", "2")]
    text, diff = plan_file(target, pairs, "env")
    assert text == "A=1\nB=2\n" and diff == EnvDiff(added=("A", "B"))
    assert not target.exists()  # planning writes nothing
    target.write_bytes(b"# keep\r\nB=old\r\n")
    text, diff = plan_file(target, pairs, "env")
    assert text == "# keep\r\nB=2\r\nA=1\r\n"
    assert diff == EnvDiff(added=("A",), changed=("B",))


def test_plan_file_refuses_non_utf8_and_huge_files(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.env"
    bad.write_bytes(b"A=\xe9\n")
    with pytest.raises(ExportError, match="UTF-8"):
        plan_file(bad, [("A", "1")], "env")
    huge = tmp_path / "huge.env"
    huge.write_bytes(b"#" * (export.MAX_EXISTING_BYTES + 1))
    with pytest.raises(ExportError, match="larger"):
        plan_file(huge, [("A", "1")], "env")


# --------------------------------------------------------------------------- linked exports


def test_linked_export_dict_round_trip_and_validation(tmp_path: Path) -> None:
    link = LinkedExport.create(tmp_path / ".env", "env", "samples", {"api_key": "MY_KEY"})
    assert Path(link.path).is_absolute()
    assert link.renames_map == {"api_key": "MY_KEY"}
    data = json.loads(json.dumps(link.to_dict()))
    assert LinkedExport.from_dict(data) == link
    hash(link)  # frozen and hashable: storable in a frozen Credential
    with pytest.raises(ExportError):
        LinkedExport.from_dict({"path": 3})
    with pytest.raises(ExportError):
        LinkedExport.create(tmp_path / "x", "yaml")
    with pytest.raises(ExportError):
        LinkedExport.create(tmp_path / "x", "env", "nope")


def _oauth2_secrets(access: str, refresh: str) -> dict[str, str]:
    return {"client_id": "cid", "access_token": access, "refresh_token": refresh}


def test_rewrite_linked_env_after_rotation(tmp_path: Path) -> None:
    target = tmp_path / ".env"
    link = LinkedExport.create(target, "env", "x", {"X_OAUTH2_ACCESS_TOKEN": "BOT_TOKEN"})
    first = export_fields(
        _oauth2_secrets("a1", "r1"), expires_at=1000.0, preset="x", renames=link.renames_map
    )
    target.write_bytes(b"# bot config\r\nLOG_LEVEL=debug\r\n")
    text, _ = plan_file(target, first, "env")
    write_export(target, text)
    before = target.read_bytes()

    diff = rewrite_linked(link, _oauth2_secrets("a2", "r2"), 8200.0)
    assert diff == EnvDiff(
        changed=("BOT_TOKEN", "X_OAUTH2_REFRESH_TOKEN", "X_OAUTH2_EXPIRES_AT"),
        unchanged=("X_CLIENT_ID",),
    )
    after = target.read_bytes()
    assert after == before.replace(b"a1", b"a2").replace(b"r1", b"r2").replace(b"=1000", b"=8200")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    values = dotenv_values(target, interpolate=False)
    assert values["BOT_TOKEN"] == "a2" and values["LOG_LEVEL"] == "debug"
    # nothing new: nothing written
    mtime = target.stat().st_mtime_ns
    assert not rewrite_linked(link, _oauth2_secrets("a2", "r2"), 8200.0).has_changes
    assert target.stat().st_mtime_ns == mtime
    assert _leftovers(tmp_path, {".env"}) == set()


def test_rewrite_linked_json_and_shell(tmp_path: Path) -> None:
    for fmt in ("json", "shell"):
        target = tmp_path / f"creds.{fmt}"
        link = LinkedExport.create(target, fmt, "samples")
        pairs = export_fields(_oauth2_secrets("a1", "r1"), expires_at=10.0, preset="samples")
        write_export(target, render(pairs, fmt))
        diff = rewrite_linked(link, _oauth2_secrets("a2", "r1"), 20.0)
        assert diff.changed == ("OAUTH2_ACCESS_TOKEN", "OAUTH2_EXPIRES_AT")
        text = target.read_text()
        assert "a2" in text and "a1" not in text
        if fmt == "json":
            assert json.loads(text)["OAUTH2_EXPIRES_AT"] == 20


def test_rewrite_linked_refuses_deleted_file_and_bad_values(tmp_path: Path) -> None:
    target = tmp_path / ".env"
    link = LinkedExport.create(target)
    with pytest.raises(ExportError, match="no longer exists"):
        rewrite_linked(link, _oauth2_secrets("a", "r"), None)
    assert not target.exists()
    target.write_text("X_OAUTH2_ACCESS_TOKEN=old\n")
    with pytest.raises(ExportError, match="X_OAUTH2_ACCESS_TOKEN"):
        rewrite_linked(link, _oauth2_secrets("new'quote", "r"), None)
    assert target.read_text() == "X_OAUTH2_ACCESS_TOKEN=old\n"


def test_rewrite_linked_accepts_any_link_shaped_record(tmp_path: Path) -> None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class VaultLink:  # the vault keeps its own record with the same fields
        path: str
        format: str = "env"
        preset: str = "x"
        renames: tuple[tuple[str, str], ...] = ()

    target = tmp_path / ".env"
    target.write_text("TOKEN=old\n")
    link = VaultLink(str(target), renames=(("oauth2_access_token", "TOKEN"),))
    diff = rewrite_linked(link, {"access_token": "fresh"}, None)
    assert diff == EnvDiff(changed=("TOKEN",))
    assert target.read_text() == "TOKEN=fresh\n"
