"""Render and merge ``.env``, JSON and shell ``export`` files that every reader sees the same way.

The ``.env`` subset written here reads identically in python-dotenv, Node's ``dotenv``,
``node --env-file`` and docker compose:

* names match ``^[A-Z_][A-Z0-9_]*$``;
* values matching ``^[A-Za-z0-9_.~+/=:%@,-]*$`` are written bare (every real X key and token does);
* anything else is written in single quotes, but only if it holds no ``'``, no ``\\``, no ``${``,
  no line break and no other control character; otherwise it is refused with an
  :class:`~twauth_gui.core.errors.ExportError` that names the variable (never the value);
* no ``export`` keyword, no inline comments, LF line endings, UTF-8 without BOM, a final newline.

JSON files are an object of ``VAR -> value`` (the expiry as an integer). Shell files are
``export VAR='value'`` lines with POSIX single-quote escaping, so they can hold any value
except a NUL byte.

Merging (:func:`merge_env`, :func:`merge_shell`, :func:`merge_json`) updates an existing file in
place: a variable already present gets its new value on the same line (its ``export`` prefix,
the spacing around ``=``, a trailing comment and the line ending are kept); new variables are
appended at the end in the file's own line-ending style (CRLF if its first line ends in CRLF);
every other byte (comments, blank lines, unrelated variables, their order) is kept exactly.
A variable that occurs several times is updated at *every* occurrence, so all readers agree
whichever occurrence they honour (python-dotenv and Node take the last, some tools the first).
A line whose value already means the new value (``KEY="abc"`` for ``abc``) is left untouched.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from twauth_gui.core.errors import ErrorKind, ExportError

__all__ = [
    "NAME_RE",
    "PLAIN_VALUE_RE",
    "EnvDiff",
    "EpochSeconds",
    "check_name",
    "env_value",
    "merge_env",
    "merge_json",
    "merge_shell",
    "render_env",
    "render_json",
    "render_shell",
    "shell_quote",
]

NAME_RE = re.compile(r"[A-Z_][A-Z0-9_]*")
PLAIN_VALUE_RE = re.compile(r"[A-Za-z0-9_.~+/=:%@,-]*")

Pairs = Iterable[tuple[str, str]]


class EpochSeconds(str):
    """A value that is an integer count of seconds (an expiry time).

    It is a ``str`` everywhere (``.env``, shell, display); :func:`render_json` writes it as a
    JSON number.
    """

    __slots__ = ()

    @classmethod
    def from_float(cls, value: float) -> EpochSeconds:
        """Whole seconds, rounded down (a token is never reported as living longer)."""
        if isinstance(value, bool) or not math.isfinite(value) or value < 0:
            raise ExportError(
                "The expiry time is not a valid point in time.",
                "Refresh or verify the credential, then export again.",
                kind=ErrorKind.EXPORT_REFUSED,
            )
        return cls(str(math.floor(value)))


@dataclass(frozen=True)
class EnvDiff:
    """What a merge changes, by variable name (no values): for a "what will change" view."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def has_changes(self) -> bool:
        """True if writing the merged text would change the file."""
        return bool(self.added or self.changed)


# --------------------------------------------------------------------------- validation


def _show_name(name: str) -> str:
    """A variable name safe to print in a message (names are not secret, but may be garbage)."""
    shown = name if len(name) <= 60 else name[:57] + "..."
    return shown if NAME_RE.fullmatch(shown) else repr(shown)


def check_name(name: str) -> None:
    """Raise :class:`ExportError` unless ``name`` is a portable variable name."""
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        raise ExportError(
            f"The variable name {_show_name(str(name))} cannot be used in an export.",
            "Use only capital letters A-Z, digits and underscores, not starting with a digit "
            "(for example X_API_KEY).",
            kind=ErrorKind.EXPORT_REFUSED,
        )


def _check_pairs(pairs: Pairs) -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name, value in pairs:
        check_name(name)
        if name in seen:
            raise ExportError(
                f"The variable {name} would appear twice in the export.",
                "Give each exported value its own variable name.",
                kind=ErrorKind.EXPORT_REFUSED,
            )
        if not isinstance(value, str):
            raise ExportError(
                f"The value of {name} is not text.",
                "This is a bug in twauth-gui; please report it.",
                kind=ErrorKind.EXPORT_REFUSED,
            )
        seen.add(name)
        result.append((name, value))
    return result


def _check_encodable(name: str, value: str, what: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ExportError(
            f"The value of {name} contains characters that cannot be written to a {what}.",
            "Check the value for damaged characters and copy it again.",
            kind=ErrorKind.EXPORT_REFUSED,
        ) from None


def _bad_env_char(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch == "\ufeff"


def env_value(name: str, value: str) -> str:
    """The text to write after ``NAME=`` in a portable ``.env`` file, or :class:`ExportError`."""
    if PLAIN_VALUE_RE.fullmatch(value):
        return value
    _check_encodable(name, value, ".env file")
    reason = ""
    if "\n" in value or "\r" in value or "\u2028" in value or "\u2029" in value:
        reason = "a line break"
    elif "'" in value:
        reason = "a single quote (')"
    elif "\\" in value:
        reason = "a backslash (\\)"
    elif "${" in value:
        reason = "the characters ${"
    elif any(_bad_env_char(ch) for ch in value):
        reason = "a control character"
    if reason:
        raise ExportError(
            f"The value of {name} contains {reason}, which .env readers (python-dotenv, "
            "Node, docker compose) do not all read the same way, so it was not exported.",
            "Export as JSON or as shell export lines instead, or choose a different value.",
            kind=ErrorKind.EXPORT_REFUSED,
        )
    return f"'{value}'"


def shell_quote(value: str) -> str:
    """POSIX single-quote ``value``: ``'it'\\''s'``. Any text works except NUL."""
    return "'" + value.replace("'", "'\\''") + "'"


def _shell_value(name: str, value: str) -> str:
    _check_encodable(name, value, "shell file")
    if "\x00" in value:
        raise ExportError(
            f"The value of {name} contains a NUL character, which a shell cannot hold.",
            "Export as JSON instead.",
            kind=ErrorKind.EXPORT_REFUSED,
        )
    return shell_quote(value)


# --------------------------------------------------------------------------- rendering


def render_env(pairs: Pairs) -> str:
    """A complete portable ``.env`` file (LF, final newline); raises :class:`ExportError`."""
    checked = _check_pairs(pairs)
    return "".join(f"{name}={env_value(name, value)}\n" for name, value in checked)


def render_shell(pairs: Pairs) -> str:
    """``export VAR='value'`` lines for ``source``/``.`` in any POSIX shell."""
    checked = _check_pairs(pairs)
    return "".join(f"export {name}={_shell_value(name, value)}\n" for name, value in checked)


def _json_value(name: str, value: str, integer_vars: Collection[str]) -> str | int:
    if isinstance(value, EpochSeconds) or name in integer_vars:
        if not re.fullmatch(r"-?[0-9]+", value):
            raise ExportError(
                f"The value of {name} should be a whole number of seconds.",
                "This is a bug in twauth-gui; please report it.",
                kind=ErrorKind.EXPORT_REFUSED,
            )
        return int(value)
    _check_encodable(name, value, "JSON file")
    return value


def render_json(pairs: Pairs, *, integer_vars: Collection[str] = ()) -> str:
    """A JSON object ``{VAR: value}`` (2-space indent, final newline).

    :class:`EpochSeconds` values and variables named in ``integer_vars`` become JSON integers.
    """
    checked = _check_pairs(pairs)
    obj = {name: _json_value(name, value, integer_vars) for name, value in checked}
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- parsing


_ASSIGN_RE = re.compile(r"[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*")


@dataclass(frozen=True)
class _Entry:
    """One assignment in a file: ``text[value_start:value_end]`` is the value as written."""

    name: str
    value_start: int
    value_end: int
    decoded: str | None  # what readers see; None when we cannot tell (treated as different)


def _line_end(text: str, pos: int) -> int:
    """Index just past the line break at or after ``pos`` (or len(text))."""
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


def _scan_env_value(text: str, start: int) -> tuple[int, str | None]:
    """End index of the value starting at ``start`` and its decoded text (dotenv rules)."""
    quote = text[start] if start < len(text) else ""
    if quote in ("'", "`", '"'):
        i = start + 1
        while i < len(text) and text[i] != quote:
            i += 2 if text[i] == "\\" and quote != "`" else 1
        if i < len(text):
            inner = text[start + 1 : i]
            # only forms every reader agrees on count as "already this value"
            # (python-dotenv has no backtick quotes; compose expands $ inside double quotes)
            agreed = quote != "`" and not any(bad in inner for bad in ("\\", "\n", "\r", "${"))
            agreed = agreed and not (quote == '"' and "$" in inner)
            return i + 1, (inner if agreed else None)
    # unquoted (or an unterminated quote): up to the end of the line, minus " # comment"
    nl = text.find("\n", start)
    eol = len(text) if nl < 0 else nl
    if eol > start and text[eol - 1] == "\r":
        eol -= 1
    raw = text[start:eol]
    comment = re.search(r"[ \t]#", raw)
    if comment:
        raw = raw[: comment.start()]
    raw = raw.rstrip(" \t")
    decoded = raw if quote not in ("'", "`", '"') and PLAIN_VALUE_RE.fullmatch(raw) else None
    return start + len(raw), decoded


def _scan_shell_value(text: str, start: int) -> tuple[int, str | None]:
    """End index of one shell word starting at ``start`` and its value if it is literal."""
    out: list[str] = []
    literal = True
    i = start
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "'":
            close = text.find("'", i + 1)
            if close < 0:
                nl = text.find("\n", i)
                return (n if nl < 0 else nl), None
            out.append(text[i + 1 : close])
            i = close + 1
        elif ch == '"':
            i += 1
            while i < n and text[i] != '"':
                if text[i] == "\\" and i + 1 < n:
                    nxt = text[i + 1]
                    if nxt in '"\\$`':
                        out.append(nxt)
                    elif nxt != "\n":
                        out.append("\\" + nxt)
                    i += 2
                    continue
                if text[i] in "$`":
                    literal = False
                out.append(text[i])
                i += 1
            if i >= n:
                return n, None
            i += 1
        elif ch == "\\" and i + 1 < n:
            if text[i + 1] != "\n":
                out.append(text[i + 1])
            i += 2
        elif ch in " \t\n;&|<>()" or (ch == "\r" and text[i + 1 : i + 2] == "\n"):
            break
        else:
            if ch in "$`*?[~{":
                literal = False
            out.append(ch)
            i += 1
    return i, ("".join(out) if literal else None)


def _parse(text: str, *, sh_syntax: bool) -> list[_Entry]:
    entries: list[_Entry] = []
    pos = 1 if text.startswith("\ufeff") else 0  # a BOM someone else wrote stays, unread
    while pos < len(text):
        match = _ASSIGN_RE.match(text, pos)
        if not match:
            pos = _line_end(text, pos)
            continue
        start = match.end()
        if sh_syntax:
            end, decoded = _scan_shell_value(text, start)
        else:
            end, decoded = _scan_env_value(text, start)
        entries.append(_Entry(match.group(1), start, end, decoded))
        pos = _line_end(text, end)
    return entries


def _newline_style(text: str) -> str:
    nl = text.find("\n")
    return "\r\n" if nl > 0 and text[nl - 1] == "\r" else "\n"


def _merge(
    existing: str,
    checked: Sequence[tuple[str, str]],
    *,
    sh_syntax: bool,
    render_value: dict[str, str],
    render_line: dict[str, str],
) -> tuple[str, EnvDiff]:
    wanted = dict(checked)
    entries = _parse(existing, sh_syntax=sh_syntax)
    present: dict[str, bool] = {}  # name -> any occurrence differs
    replacements: list[tuple[int, int, str]] = []
    for entry in entries:
        if entry.name not in wanted:
            continue
        same = entry.decoded is not None and entry.decoded == wanted[entry.name]
        present[entry.name] = present.get(entry.name, False) or not same
        if not same:
            replacements.append((entry.value_start, entry.value_end, render_value[entry.name]))
    parts: list[str] = []
    last = 0
    for start, end, new in replacements:
        parts.append(existing[last:start])
        parts.append(new)
        last = end
    parts.append(existing[last:])
    merged = "".join(parts)
    added = [name for name, _ in checked if name not in present]
    if added:
        newline = _newline_style(existing)
        if merged and not merged.endswith("\n"):
            merged += newline
        merged += "".join(render_line[name] + newline for name in added)
    order = [name for name, _ in checked]
    return merged, EnvDiff(
        added=tuple(added),
        changed=tuple(n for n in order if present.get(n) is True),
        unchanged=tuple(n for n in order if present.get(n) is False),
    )


def merge_env(existing_text: str, pairs: Pairs) -> tuple[str, EnvDiff]:
    """Merge ``pairs`` into the text of an existing ``.env`` file (see the module docstring).

    Raises :class:`ExportError` (before anything is produced) for a bad name or a value that
    is not portable.
    """
    checked = _check_pairs(pairs)
    values = {name: env_value(name, value) for name, value in checked}
    lines = {name: f"{name}={values[name]}" for name in values}
    return _merge(existing_text, checked, sh_syntax=False, render_value=values, render_line=lines)


def merge_shell(existing_text: str, pairs: Pairs) -> tuple[str, EnvDiff]:
    """Like :func:`merge_env` for a file of shell ``export VAR='value'`` lines."""
    checked = _check_pairs(pairs)
    values = {name: _shell_value(name, value) for name, value in checked}
    lines = {name: f"export {name}={values[name]}" for name in values}
    return _merge(existing_text, checked, sh_syntax=True, render_value=values, render_line=lines)


def merge_json(
    existing_text: str, pairs: Pairs, *, integer_vars: Collection[str] = ()
) -> tuple[str, EnvDiff]:
    """Merge into an existing JSON object file: other keys and their order are kept.

    An empty (or whitespace-only) existing text is treated as ``{}``. The result is
    re-indented with 2 spaces.
    """
    checked = _check_pairs(pairs)
    new_values = {name: _json_value(name, value, integer_vars) for name, value in checked}
    if existing_text.strip():
        try:
            data = json.loads(existing_text)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise ExportError(
                "The existing file is not a JSON object, so it cannot be updated.",
                "Choose a different file name, or delete the old file first.",
                kind=ErrorKind.EXPORT_REFUSED,
            )
    else:
        data = {}
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    for name, value in new_values.items():
        if name not in data:
            added.append(name)
        elif data[name] == value and type(data[name]) is type(value):
            unchanged.append(name)
        else:
            changed.append(name)
        data[name] = value
    if not added and not changed:
        return existing_text, EnvDiff(unchanged=tuple(unchanged))
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return text, EnvDiff(tuple(added), tuple(changed), tuple(unchanged))
