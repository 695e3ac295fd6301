"""Renderers and merge of core/envfile.py: python-dotenv round trips, bash round trips, merge."""

from __future__ import annotations

import io
import json
import re
import subprocess

import pytest
from dotenv import dotenv_values
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from twauth_gui.core.envfile import (
    EnvDiff,
    EpochSeconds,
    env_value,
    merge_env,
    merge_json,
    merge_shell,
    render_env,
    render_json,
    render_shell,
    shell_quote,
)
from twauth_gui.core.errors import ExportError

NAMES = st.from_regex(r"[A-Z_][A-Z0-9_]{0,12}", fullmatch=True)
TRICKY = "'\\\n\r\t$#{}\"` =;&|<>()*?~!%@,.:/+-_\x00\x0b\x0c\x85\u2028\ufeffé🙂"
VALUES = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(TRICKY + "aZ09")),
    st.from_regex(r"[A-Za-z0-9_.~+/=:%@,-]*", fullmatch=True),
)
PAIRS = st.dictionaries(NAMES, VALUES, max_size=8).map(lambda d: list(d.items()))


def _spec_refuses(value: str) -> bool:
    """design.md's rule, stated independently of the implementation."""
    if re.fullmatch(r"[A-Za-z0-9_.~+/=:%@,-]*", value):
        return False
    return any(bad in value for bad in ("'", "\\", "\n", "${"))


def _read(text: str, interpolate: bool = False) -> dict[str, str | None]:
    return dict(dotenv_values(stream=io.StringIO(text), interpolate=interpolate))


# --------------------------------------------------------------------------- .env


@settings(max_examples=400)
@given(PAIRS)
def test_env_round_trips_through_python_dotenv_or_is_refused(pairs: list[tuple[str, str]]) -> None:
    try:
        text = render_env(pairs)
    except ExportError as exc:
        assert any(_spec_refuses(v) or not _encodable(v) or _has_control(v) for _, v in pairs)
        assert exc.kind.value == "export_refused"
        return
    assert not any(_spec_refuses(v) for _, v in pairs)
    assert _read(text) == dict(pairs)
    assert _read(text, interpolate=True) == dict(pairs)
    # the house format: LF only, one NAME=value line per pair, final newline, no export/BOM
    assert "\r" not in text and not text.startswith("\ufeff")
    assert text.count("\n") == len(pairs)
    assert all(re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", line) for line in text.splitlines())
    assert text == "" or text.endswith("\n")


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _has_control(value: str) -> bool:
    import unicodedata

    return any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") or c == "\ufeff" for c in value)


@given(st.from_regex(r"[A-Za-z0-9_.~+/=:%@,-]*", fullmatch=True))
def test_plain_values_are_written_bare(value: str) -> None:
    assert render_env([("X_API_KEY", value)]) == f"X_API_KEY={value}\n"


@pytest.mark.parametrize(
    "value",
    ["has space", "a#b", "a$b", 'say "hi"', "é", "a`b", "{x}", "$", "!", "a;b"],
)
def test_other_safe_values_are_single_quoted(value: str) -> None:
    assert render_env([("V", value)]) == f"V='{value}'\n"
    assert _read(render_env([("V", value)])) == {"V": value}


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("it's", "single quote"),
        ("back\\slash", "backslash"),
        ("two\nlines", "line break"),
        ("cr\rhere", "line break"),
        ("${HOME}", "${"),
        ("tab\there", "control character"),
        ("nul\x00", "control character"),
    ],
)
def test_refused_values_name_the_variable_never_the_value(value: str, reason: str) -> None:
    secret = "SuperSecretMarker" + value
    with pytest.raises(ExportError) as info:
        render_env([("X_API_SECRET", "fine"), ("X_CLIENT_SECRET", secret)])
    text = str(info.value)
    assert "X_CLIENT_SECRET" in text
    assert reason in text
    assert "SuperSecretMarker" not in text and "SuperSecretMarker" not in repr(info.value)


def test_lone_surrogate_is_refused_everywhere() -> None:
    for render in (render_env, render_shell, render_json):
        with pytest.raises(ExportError, match="BAD"):
            render([("BAD", "x\udc80")])


@pytest.mark.parametrize("name", ["lower", "1ABC", "A-B", "A B", "", "A.B", "ÄB", "A\nB=x"])
def test_bad_names_are_refused_in_every_format(name: str) -> None:
    for render in (render_env, render_shell, render_json):
        with pytest.raises(ExportError, match="variable name"):
            render([(name, "v")])
    with pytest.raises(ExportError):
        merge_env("", [(name, "v")])


def test_duplicate_names_are_refused() -> None:
    for render in (render_env, render_shell, render_json):
        with pytest.raises(ExportError, match="twice"):
            render([("A", "1"), ("A", "2")])


def test_env_value_returns_the_written_form() -> None:
    assert env_value("A", "abc") == "abc"
    assert env_value("A", "a b") == "'a b'"
    assert env_value("A", "") == ""


# --------------------------------------------------------------------------- JSON / shell


@given(PAIRS, st.integers(min_value=0, max_value=2**40))
def test_json_round_trip_with_integer_expiry(pairs: list[tuple[str, str]], exp: int) -> None:
    assume(all(_encodable(v) for _, v in pairs))
    pairs = [(n, v) for n, v in pairs if n != "EXP"] + [("EXP", EpochSeconds(str(exp)))]
    data = json.loads(render_json(pairs))
    assert data == {**{n: v for n, v in pairs if n != "EXP"}, "EXP": exp}
    assert isinstance(data["EXP"], int)
    assert list(data) == [n for n, _ in pairs]


def test_json_integer_vars_and_epoch_from_float() -> None:
    assert json.loads(render_json([("E", "12")], integer_vars={"E"})) == {"E": 12}
    assert EpochSeconds.from_float(1700000000.9) == "1700000000"
    for bad in (float("nan"), float("inf"), -1.0):
        with pytest.raises(ExportError):
            EpochSeconds.from_float(bad)
    with pytest.raises(ExportError):
        render_json([("E", "soon")], integer_vars={"E"})


def _bash_read(text: str, names: list[str], tmp: str) -> list[str]:
    path = f"{tmp}/vars.sh"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    script = 'source "$1"; shift; for n in "$@"; do printf "%s\\0" "${!n}"; done'
    out = subprocess.run(
        ["bash", "--noprofile", "--norc", "-c", script, "bash", path, *names],
        capture_output=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"},
    ).stdout
    return out.decode("utf-8").split("\0")[:-1]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(PAIRS)
def test_shell_round_trips_through_bash(tmp_path: object, pairs: list[tuple[str, str]]) -> None:
    assume(all(_encodable(v) and "\x00" not in v for _, v in pairs))
    pairs = _prefixed(pairs)
    text = render_shell(pairs)
    assert text == "".join(f"export {n}={shell_quote(v)}\n" for n, v in pairs)
    assert _bash_read(text, [n for n, _ in pairs], str(tmp_path)) == [v for _, v in pairs]


def _prefixed(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Avoid bash's own variables (_, PATH, UID, ...) in shell round trips."""
    return [("T_" + name, value) for name, value in pairs]


def test_shell_refuses_nul_and_quotes_posix_style() -> None:
    with pytest.raises(ExportError, match="NUL"):
        render_shell([("A", "a\x00b")])
    assert shell_quote("it's") == "'it'\\''s'"
    assert render_shell([("A", "x")]) == "export A='x'\n"


# --------------------------------------------------------------------------- merge


def test_merge_replaces_in_place_keeps_everything_else() -> None:
    existing = (
        "# my bot settings\n"
        "\n"
        "OTHER=keep me # comment stays\n"
        "X_API_KEY=old\n"
        "   # indented comment\n"
        "X_API_SECRET='old secret' # trailing\n"
        "LAST=1"
    )
    merged, diff = merge_env(existing, [("X_API_KEY", "new"), ("X_API_SECRET", "s2"), ("NEW", "n")])
    assert merged == (
        "# my bot settings\n"
        "\n"
        "OTHER=keep me # comment stays\n"
        "X_API_KEY=new\n"
        "   # indented comment\n"
        "X_API_SECRET=s2 # trailing\n"
        "LAST=1\n"
        "NEW=n\n"
    )
    assert diff == EnvDiff(added=("NEW",), changed=("X_API_KEY", "X_API_SECRET"))
    assert diff.has_changes


def test_merge_unchanged_values_leave_the_text_identical() -> None:
    existing = "A=1\nB=\"two\"\nC='three'\n"
    merged, diff = merge_env(existing, [("A", "1"), ("B", "two"), ("C", "three")])
    assert merged == existing
    assert diff == EnvDiff(unchanged=("A", "B", "C"))
    assert not diff.has_changes


def test_merge_rewrites_values_readers_disagree_on() -> None:
    # python-dotenv reads "a#b" bare as a#b but node --env-file cuts at '#': rewrite it portably
    merged, diff = merge_env('A=a#b\nB="x\\ny"\n', [("A", "a#b"), ("B", "x\ny".replace("\n", "_"))])
    assert merged == "A='a#b'\nB=x_y\n"
    assert diff.changed == ("A", "B")


def test_merge_keeps_crlf_style_and_export_prefix() -> None:
    existing = "# win\r\nexport X_API_KEY=old\r\nFOO=bar\r\n"
    merged, diff = merge_env(existing, [("X_API_KEY", "k"), ("NEW", "n v")])
    assert merged == "# win\r\nexport X_API_KEY=k\r\nFOO=bar\r\nNEW='n v'\r\n"
    assert _read(merged) == {"X_API_KEY": "k", "FOO": "bar", "NEW": "n v"}
    assert diff.added == ("NEW",) and diff.changed == ("X_API_KEY",)


def test_merge_adds_newline_before_appending_to_unterminated_file() -> None:
    assert merge_env("A=1", [("B", "2")])[0] == "A=1\nB=2\n"
    assert merge_env("A=1\r\nC=3", [("B", "2")])[0] == "A=1\r\nC=3\r\nB=2\r\n"
    assert merge_env("", [("B", "2")])[0] == "B=2\n"


def test_merge_handles_bom_and_spaces_around_equals() -> None:
    merged, diff = merge_env("\ufeffA=1\nB = old  # note\n", [("A", "2"), ("B", "new")])
    assert merged == "\ufeffA=2\nB = new  # note\n"
    assert diff.changed == ("A", "B") and not diff.added


def test_merge_updates_every_duplicate_occurrence() -> None:
    existing = "TOKEN=first\n# again below\nTOKEN=second\nTOKEN=new\n"
    merged, diff = merge_env(existing, [("TOKEN", "new")])
    assert merged == "TOKEN=new\n# again below\nTOKEN=new\nTOKEN=new\n"
    assert diff.changed == ("TOKEN",)
    assert _read(merged) == {"TOKEN": "new"}


def test_merge_does_not_touch_lookalike_lines_inside_multiline_values() -> None:
    existing = (
        'CERT="-----BEGIN-----\nX_API_KEY=inside the quoted value\n-----END-----"\nX_API_KEY=old\n'
    )
    merged, _ = merge_env(existing, [("X_API_KEY", "new")])
    assert merged == existing.replace("X_API_KEY=old", "X_API_KEY=new")
    assert _read(merged)["X_API_KEY"] == "new"
    assert "inside the quoted value" in (_read(merged)["CERT"] or "")


def test_merge_refuses_before_producing_anything() -> None:
    with pytest.raises(ExportError, match="B"):
        merge_env("A=1\n", [("A", "2"), ("B", "it's")])


UNRELATED_LINE = st.one_of(
    st.just(""),
    st.from_regex(r"#[^\r\n]*", fullmatch=True),
    st.from_regex(r"[ \t]*#[^\r\n]*", fullmatch=True),
    st.builds(
        lambda n, v, e: f"{e}OTHER_{n}={v}",
        st.from_regex(r"[A-Z0-9_]{1,6}", fullmatch=True),
        st.from_regex(r"[A-Za-z0-9_.~+/=:%@,-]*", fullmatch=True),
        st.sampled_from(["", "export "]),
    ),
    st.builds(lambda v: f"QUOTED='{v}'", st.from_regex(r"[^'\r\n\\]*", fullmatch=True)),
    st.from_regex(r"[^=\r\n]*", fullmatch=True).filter(lambda s: "'" not in s and '"' not in s),
)
TARGETS = ["X_API_KEY", "X_API_SECRET", "TOKEN"]
TARGET_LINE = st.builds(
    lambda n, e, v: f"{e}{n}={v}",
    st.sampled_from(TARGETS),
    st.sampled_from(["", "export "]),
    st.from_regex(r"[A-Za-z0-9]*", fullmatch=True),
)


@settings(max_examples=300)
@given(
    st.lists(st.one_of(UNRELATED_LINE, TARGET_LINE), max_size=15),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
    st.dictionaries(st.sampled_from([*TARGETS, "NEW_ONE", "NEW_TWO"]), VALUES, min_size=1),
)
def test_merge_keeps_unrelated_lines_byte_for_byte(
    lines: list[str], newline: str, final_newline: bool, new: dict[str, str]
) -> None:
    existing = newline.join(lines) + (newline if final_newline and lines else "")
    try:
        merged, diff = merge_env(existing, list(new.items()))
    except ExportError:
        assert any(_spec_refuses(v) or _has_control(v) or not _encodable(v) for v in new.values())
        return

    def is_target(line: str) -> bool:
        m = re.match(r"[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*=", line)
        return bool(m and m.group(1) in new)

    old_lines = existing.splitlines(keepends=True)
    new_lines = merged.splitlines(keepends=True)
    # the old lines are a prefix of the new ones, line for line (except a completed last line)
    kept = new_lines[: len(old_lines)]
    for old, now in zip(old_lines, kept, strict=True):
        if is_target(old):
            assert is_target(now)
            assert now.startswith(old[: old.index("=") + 1])  # same name, same export prefix
            assert now.endswith(newline) == old.endswith(newline) or (old is old_lines[-1])
        else:
            assert now.rstrip("\r\n") == old.rstrip("\r\n")
            if old.endswith("\n"):
                assert now == old
    appended = new_lines[len(old_lines) :]
    assert [line.split("=", 1)[0] for line in appended] == list(diff.added)
    style = newline if "\n" in existing else "\n"
    assert all(line.endswith(style) for line in appended)
    if diff.added or existing.endswith("\n"):
        assert merged.endswith("\n")
    else:  # nothing appended: an unterminated last line stays as it was
        assert merged.endswith("\n") == existing.endswith("\n")
    values = _read(merged)
    for name, value in new.items():
        assert values[name] == value
    assert set(diff.added) | set(diff.changed) | set(diff.unchanged) == set(new)


# --------------------------------------------------------------------------- merge shell / json


def test_merge_shell_round_trips_through_bash(tmp_path: object) -> None:
    existing = "# generated\nexport A='it'\\''s old'\nexport KEEP=\"yes $HOME\"\nB=plain\n"
    merged, diff = merge_shell(existing, [("A", "new 'quoted'\nvalue"), ("B", "plain"), ("C", "c")])
    assert diff == EnvDiff(added=("C",), changed=("A",), unchanged=("B",))
    assert merged.startswith("# generated\nexport A='new '\\''quoted'\\''\nvalue'\n")
    assert 'export KEEP="yes $HOME"\nB=plain\n' in merged
    assert _bash_read(merged, ["A", "B", "C"], str(tmp_path)) == [
        "new 'quoted'\nvalue",
        "plain",
        "c",
    ]


def test_merge_shell_unchanged_keeps_text() -> None:
    existing = "export A='it'\\''s'\n"
    merged, diff = merge_shell(existing, [("A", "it's")])
    assert merged == existing and diff.unchanged == ("A",)


def test_merge_json_keeps_other_keys_and_order() -> None:
    existing = '{"Z": 1, "A": "old", "M": [1, 2]}'
    merged, diff = merge_json(existing, [("A", "new"), ("E", EpochSeconds("5"))])
    assert list(json.loads(merged).items()) == [("Z", 1), ("A", "new"), ("M", [1, 2]), ("E", 5)]
    assert diff == EnvDiff(added=("E",), changed=("A",))
    same, diff2 = merge_json(merged, [("A", "new"), ("E", EpochSeconds("5"))])
    assert same == merged and not diff2.has_changes
    with pytest.raises(ExportError, match="JSON object"):
        merge_json("[1, 2]", [("A", "x")])
    with pytest.raises(ExportError, match="JSON object"):
        merge_json("A=1\n", [("A", "x")])
    assert json.loads(merge_json("  \n", [("A", "x")])[0]) == {"A": "x"}
