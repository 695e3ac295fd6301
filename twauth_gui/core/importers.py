"""Read-only import of credentials saved by twurl (``~/.twurlrc``) and xurl (``~/.xurl``).

Both files are YAML (xurl's older versions wrote JSON). PyYAML is not a dependency, so
:func:`parse_yaml` reads the subset these tools write: block mappings and sequences, plain,
single- and double-quoted scalars, comments, document markers, empty/simple flow collections
and ``|``/``>`` block scalars. Anything else (anchors, tags, complex keys) is refused with a
clear message rather than guessed. Source files are opened read-only and never changed.

Each importer returns ``(Credential, secrets)`` candidates for :meth:`Vault.save`.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from twauth_gui.core import redact
from twauth_gui.core.errors import ErrorKind, InputError
from twauth_gui.core.models import Method
from twauth_gui.core.vault import Credential

Candidate = tuple[Credential, dict[str, str]]

__all__ = [
    "Candidate",
    "YamlError",
    "find_importable",
    "import_twurl",
    "import_xurl",
    "parse_yaml",
]


class YamlError(ValueError):
    """The text is not in the YAML subset we read; ``line`` is 1-based."""

    def __init__(self, reason: str, line: int) -> None:
        super().__init__(f"line {line}: {reason}")
        self.reason = reason
        self.line = line


# --------------------------------------------------------------------------- YAML subset


@dataclass
class _Line:
    number: int
    indent: int
    text: str  # without indentation and trailing comment


def _strip_comment(text: str) -> str:
    """Remove a trailing ``# comment`` that is outside quotes."""
    quote = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 2
                continue
            if ch == quote:
                if quote == "'" and text[i + 1 : i + 2] == "'":
                    i += 2
                    continue
                quote = ""
        elif ch in "'\"" and (i == 0 or text[i - 1] in " \t:-[{,"):
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1] in " \t"):
            return text[:i].rstrip()
        i += 1
    return text.rstrip()


_ESCAPES = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "t": "\t",
    "\t": "\t",
    "n": "\n",
    "v": "\v",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}


def _double_quoted(body: str, line: int) -> str:
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1 : i + 2]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt in ("x", "u", "U"):
            width = {"x": 2, "u": 4, "U": 8}[nxt]
            digits = body[i + 2 : i + 2 + width]
            if len(digits) != width or not re.fullmatch(r"[0-9A-Fa-f]+", digits):
                raise YamlError("bad escape in a double-quoted string", line)
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            raise YamlError("bad escape in a double-quoted string", line)
    return "".join(out)


def _fold(lines: list[str]) -> str:
    """YAML line folding for multi-line flow scalars: single breaks become spaces."""
    out = ""
    blank = 0
    for idx, part in enumerate(lines):
        part = part.strip() if idx else part.rstrip()
        if not part:
            blank += 1
            continue
        if out:
            out += "\n" * blank if blank else " "
        out += part
        blank = 0
    return out


def _scalar(text: str, line: int) -> Any:
    """A one-line scalar (already joined if it spanned lines)."""
    if not text:
        return None
    if text[0] in "'\"":
        if not _closed(text):
            raise YamlError("unterminated quoted string", line)
        if text[0] == '"':
            return _double_quoted(text[1:-1], line)
        return text[1:-1].replace("''", "'")
    if text[0] in "&*!%@`":
        raise YamlError("anchors, aliases and tags are not supported", line)
    if text[0] in "[{":
        return _flow(text, line)
    if text in ("~", "null", "Null", "NULL"):
        return None
    return text


def _split_flow(body: str, line: int) -> list[str]:
    parts: list[str] = []
    current = ""
    quote = ""
    for ch in body:
        if quote:
            current += ch
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            current += ch
        elif ch in "[]{}":
            raise YamlError("nested flow collections are not supported", line)
        elif ch == ",":
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    if quote:
        raise YamlError("unterminated quoted string", line)
    if current.strip():
        parts.append(current.strip())
    return parts


def _flow(text: str, line: int) -> Any:
    closing = {"[": "]", "{": "}"}[text[0]]
    if not text.endswith(closing):
        raise YamlError("flow collections must fit on one line", line)
    items = _split_flow(text[1:-1], line)
    if closing == "]":
        return [_scalar(item, line) for item in items]
    result: dict[str, Any] = {}
    for item in items:
        key, sep, value = _split_key(item, line)
        if not sep:
            raise YamlError("expected key: value in a flow mapping", line)
        result[key] = _scalar(value, line)
    return result


_KEY_RE = re.compile(
    r"""^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^'"\s#][^:#]*?))\s*:(?:\s+|$)"""
)


def _split_key(text: str, line: int) -> tuple[str, bool, str]:
    """``key: value`` → (key, True, value); not a mapping entry → ("", False, text)."""
    if text.startswith("? "):
        raise YamlError("complex mapping keys are not supported", line)
    match = _KEY_RE.match(text)
    if not match:
        return "", False, text
    if match.group(1) is not None:
        key = _double_quoted(match.group(1), line)
    elif match.group(2) is not None:
        key = match.group(2).replace("''", "'")
    else:
        key = match.group(3).strip()
        if key.startswith(("&", "*", "!")):
            raise YamlError("anchors, aliases and tags are not supported", line)
    return key, True, text[match.end() :].strip()


class _Parser:
    def __init__(self, text: str) -> None:
        self.lines: list[_Line] = []
        self.raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if self.raw and self.raw[0].startswith("\ufeff"):
            self.raw[0] = self.raw[0][1:]
        for number, raw in enumerate(self.raw, start=1):
            if "\t" in raw[: len(raw) - len(raw.lstrip())]:
                raise YamlError("tabs are not allowed for indentation", number)
            stripped = raw.strip()
            if raw.startswith("%") and not self.lines:
                continue  # a directive such as %YAML 1.1
            if raw.startswith("...") and raw[3:].strip() in ("", "#"):
                break  # end of the document
            if raw.startswith("---") and (len(raw) == 3 or raw[3] in " \t"):
                if self.lines:
                    raise YamlError("only one YAML document is supported", number)
                rest = _strip_comment(stripped[3:].strip())
                if rest:
                    self.lines.append(_Line(number, 0, rest))
                continue
            text = _strip_comment(raw.lstrip(" "))
            if not text:
                continue
            self.lines.append(_Line(number, len(raw) - len(raw.lstrip(" ")), text))
        self.pos = 0

    def parse(self) -> Any:
        if not self.lines:
            return None
        value = self.block(self.lines[0].indent)
        if self.pos < len(self.lines):
            raise YamlError("unexpected indentation", self.lines[self.pos].number)
        return value

    def block(self, indent: int) -> Any:
        first = self.lines[self.pos]
        if first.text == "-" or first.text.startswith("- "):
            return self.sequence(indent)
        if _split_key(first.text, first.number)[1]:
            return self.mapping(indent)
        self.pos += 1
        return self.scalar_lines(indent - 1, first.text, first.number)

    def sequence(self, indent: int) -> list[Any]:
        items: list[Any] = []
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            if line.indent != indent or not (line.text == "-" or line.text.startswith("- ")):
                break
            rest = line.text[1:].lstrip(" ")
            if not rest:
                self.pos += 1
                items.append(self.nested(indent, allow_same_indent_seq=False))
                continue
            # "- key: value" or "- - x": re-read the rest as a block indented past the dash
            self.lines[self.pos] = _Line(line.number, indent + len(line.text) - len(rest), rest)
            items.append(self.block(self.lines[self.pos].indent))
        return items

    def mapping(self, indent: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            if line.indent != indent:
                if line.indent > indent:
                    raise YamlError("unexpected indentation", line.number)
                break
            key, is_map, rest = _split_key(line.text, line.number)
            if not is_map:
                if line.text == "-" or line.text.startswith("- "):
                    break
                raise YamlError("expected 'key: value'", line.number)
            if key in result:
                raise YamlError(f"duplicate key {key!r}", line.number)
            self.pos += 1
            if not rest:
                result[key] = self.nested(indent, allow_same_indent_seq=True)
            elif rest[0] in "|>":
                result[key] = self.block_scalar(indent, rest, line.number)
            else:
                result[key] = self.scalar_lines(indent, rest, line.number)
        return result

    def nested(self, indent: int, *, allow_same_indent_seq: bool) -> Any:
        if self.pos >= len(self.lines):
            return None
        nxt = self.lines[self.pos]
        if nxt.indent > indent:
            return self.block(nxt.indent)
        if (
            allow_same_indent_seq
            and nxt.indent == indent
            and (nxt.text == "-" or nxt.text.startswith("- "))
        ):
            return self.sequence(indent)
        return None

    def scalar_lines(self, indent: int, first: str, number: int) -> Any:
        """A scalar that may continue on following, more indented lines."""
        parts = [first]
        quoted = first[0] in "'\""
        while self.pos < len(self.lines) and self.lines[self.pos].indent > indent:
            if quoted and _closed(" ".join(parts)):
                break
            # continuation lines keep their raw text (comments inside quotes included)
            parts.append(self.raw[self.lines[self.pos].number - 1].strip())
            self.pos += 1
        if quoted:
            joined = _fold(parts)
            if not _closed(joined):
                raise YamlError("unterminated quoted string", number)
            return _scalar(joined, number)
        if len(parts) > 1 and any(_split_key(p, number)[1] for p in parts[1:]):
            raise YamlError("unexpected indentation", number + 1)
        return _scalar(_fold(parts), number)

    def block_scalar(self, indent: int, header: str, number: int) -> str:
        if not re.fullmatch(r"[|>][+-]?[1-9]?|[|>][1-9][+-]?", header):
            raise YamlError("unsupported block scalar header", number)
        body: list[str] = []
        block_indent: int | None = None
        raw_no = number  # index into self.raw (0-based = number)
        while raw_no < len(self.raw):
            raw = self.raw[raw_no]
            stripped = raw.strip()
            cur = len(raw) - len(raw.lstrip(" "))
            if stripped and cur <= indent:
                break
            if stripped and block_indent is None:
                block_indent = cur
            body.append(raw[block_indent:] if stripped and block_indent is not None else "")
            raw_no += 1
        while self.pos < len(self.lines) and self.lines[self.pos].number <= raw_no:
            self.pos += 1
        while body and not body[-1]:
            body.pop()
        if header[0] == "|":
            text = "\n".join(body)
        else:
            text = _fold(body) if body else ""
        if "-" in header:
            return text
        return text + "\n" if text else text


def _closed(text: str) -> bool:
    """True when a quoted scalar's closing quote is its last character."""
    if text.startswith("'"):
        inner = text[1:]
        return inner.endswith("'") and (len(inner) - len(inner.rstrip("'"))) % 2 == 1
    if text.startswith('"'):
        if len(text) < 2 or not text.endswith('"'):
            return False
        backslashes = len(text[:-1]) - len(text[:-1].rstrip("\\"))
        return backslashes % 2 == 0
    return True


def parse_yaml(text: str) -> Any:
    """Parse the YAML subset twurl and xurl write; raises :class:`YamlError`."""
    return _Parser(text).parse()


# --------------------------------------------------------------------------- importers


def _read(path: Path, tool: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:  # read-only, never written
            return handle.read()
    except FileNotFoundError:
        raise InputError(
            f"There is no {tool} file at {path}.",
            f"Check the path, or use {tool} once so that it saves its credentials.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "unreadable"
        raise InputError(
            f"Cannot read {path}: {reason}.",
            "Check that the file exists and that you may read it.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None


def _parse(path: Path, tool: str) -> Any:
    text = _read(path, tool)
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            return json.loads(stripped)
        except ValueError:
            pass  # a YAML flow mapping after all
    try:
        return parse_yaml(text)
    except YamlError as exc:
        raise InputError(
            f"Could not read {path.name} (line {exc.line}): {exc.reason}.",
            f"The file may be damaged or use YAML features twauth-gui does not read; enter "
            f"the {tool} keys by hand instead.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None


def _safe_name(*parts: str) -> str:
    raw = "-".join(p for p in parts if p)
    name = re.sub(r"[^\w@+.-]+", "-", raw).strip("-. ")[:80] or "imported"
    return name


def _unique(name: str, taken: set[str]) -> str:
    candidate = name
    n = 2
    while candidate in taken:
        suffix = f"-{n}"
        candidate = name[: 80 - len(suffix)] + suffix
        n += 1
    taken.add(candidate)
    return candidate


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _secrets(**values: str) -> dict[str, str]:
    found = {k: v for k, v in values.items() if v}
    redact.remember(*found.values())
    return found


def _user_id_from_oauth1_token(token: str) -> str:
    head, sep, _ = token.partition("-")
    return head if sep and head.isdigit() else ""


def _home(home: Path | None) -> Path:
    return home if home is not None else Path(os.path.expanduser("~"))


def import_twurl(path: str | os.PathLike[str] | None = None) -> list[Candidate]:
    """Candidates from twurl's ``~/.twurlrc``: one OAuth 1.0a credential per profile and
    consumer key, plus app-only bearer tokens (``bearer_tokens``). The file is not changed."""
    source = Path(path) if path is not None else _home(None) / ".twurlrc"
    doc = _parse(source, "twurl")
    if not isinstance(doc, Mapping):
        raise _format_error(source, "twurl")
    taken: set[str] = set()
    found: list[Candidate] = []
    consumer_secrets: dict[str, str] = {}
    profiles = doc.get("profiles") or {}
    if not isinstance(profiles, Mapping):
        raise _format_error(source, "twurl")
    for screen_name, by_key in profiles.items():
        if not isinstance(by_key, Mapping):
            continue
        for consumer_key, entry in by_key.items():
            if not isinstance(entry, Mapping):
                continue
            key = _text(entry.get("consumer_key")) or str(consumer_key)
            secret = _text(entry.get("consumer_secret"))
            token = _text(entry.get("token"))
            token_secret = _text(entry.get("secret"))
            if secret:
                consumer_secrets.setdefault(key, secret)
            if not (token and token_secret):
                continue
            user = _text(entry.get("username")) or str(screen_name)
            multi = len(by_key) > 1
            name = _unique(_safe_name("twurl", user, key[:8] if multi else ""), taken)
            cred = Credential(
                name=name,
                app=f"twurl app {key[:8]}",
                method=Method.OAUTH1,
                user_id=_user_id_from_oauth1_token(token),
                username=user,
                status="valid",
            )
            found.append(
                (
                    cred,
                    _secrets(
                        api_key=key,
                        api_secret=secret,
                        access_token=token,
                        access_token_secret=token_secret,
                    ),
                )
            )
    bearers = doc.get("bearer_tokens") or {}
    if isinstance(bearers, Mapping):
        for consumer_key, bearer in bearers.items():
            value = _text(bearer)
            if not value:
                continue
            key = str(consumer_key)
            cred = Credential(
                name=_unique(_safe_name("twurl-app", key[:8]), taken),
                app=f"twurl app {key[:8]}",
                method=Method.APP,
                status="app",
            )
            found.append(
                (
                    cred,
                    _secrets(
                        api_key=key, api_secret=consumer_secrets.get(key, ""), bearer_token=value
                    ),
                )
            )
    return found


def _expires(value: Any) -> float | None:
    text = _text(value)
    try:
        number = float(text)
    except ValueError:
        return None
    if number <= 0:
        return None
    return number / 1000.0 if number > 1e11 else number  # milliseconds → seconds


def _xurl_app(
    app_name: str, app: Mapping[str, Any], taken: set[str], found: list[Candidate]
) -> None:
    client_id = _text(app.get("client_id"))
    client_secret = _text(app.get("client_secret"))
    redirect = _text(app.get("redirect_uri"))
    tokens = app.get("oauth2_tokens") or {}
    if isinstance(tokens, Mapping):
        for user, token in tokens.items():
            if not isinstance(token, Mapping):
                continue
            data = token.get("oauth2")
            if not isinstance(data, Mapping):
                continue
            access = _text(data.get("access_token"))
            if not access:
                continue
            username = str(user) if user and str(user) != "(unknown user)" else ""
            cred = Credential(
                name=_unique(_safe_name("xurl", app_name, username or "oauth2"), taken),
                app=app_name,
                method=Method.OAUTH2,
                username=username,
                redirect_uri=redirect,
                expires_at=_expires(data.get("expiration_time")),
                status="valid",
            )
            found.append(
                (
                    cred,
                    _secrets(
                        client_id=client_id,
                        client_secret=client_secret,
                        access_token=access,
                        refresh_token=_text(data.get("refresh_token")),
                    ),
                )
            )
    oauth1 = app.get("oauth1_token") or app.get("oauth1_tokens")
    if isinstance(oauth1, Mapping) and isinstance(oauth1.get("oauth1"), Mapping):
        data = oauth1["oauth1"]
        token = _text(data.get("access_token"))
        token_secret = _text(data.get("token_secret"))
        if token and token_secret:
            cred = Credential(
                name=_unique(_safe_name("xurl", app_name, "oauth1"), taken),
                app=app_name,
                method=Method.OAUTH1,
                user_id=_user_id_from_oauth1_token(token),
                status="valid",
            )
            found.append(
                (
                    cred,
                    _secrets(
                        api_key=_text(data.get("consumer_key")),
                        api_secret=_text(data.get("consumer_secret")),
                        access_token=token,
                        access_token_secret=token_secret,
                    ),
                )
            )
    bearer = app.get("bearer_token")
    if isinstance(bearer, Mapping):
        value = _text(bearer.get("bearer"))
        if value:
            cred = Credential(
                name=_unique(_safe_name("xurl", app_name, "bearer"), taken),
                app=app_name,
                method=Method.BEARER,
                status="app",
            )
            found.append((cred, _secrets(bearer_token=value)))


def import_xurl(path: str | os.PathLike[str] | None = None) -> list[Candidate]:
    """Candidates from xurl's ``~/.xurl``: per app, its OAuth 2.0 users, OAuth 1.0a token and
    app-only bearer token. Reads the YAML multi-app format and the older JSON format (whose
    tokens belong to an app called ``default``). The file is not changed."""
    source = Path(path) if path is not None else _home(None) / ".xurl"
    doc = _parse(source, "xurl")
    if not isinstance(doc, Mapping):
        raise _format_error(source, "xurl")
    taken: set[str] = set()
    found: list[Candidate] = []
    apps = doc.get("apps")
    if isinstance(apps, Mapping):
        for app_name, app in apps.items():
            if isinstance(app, Mapping):
                _xurl_app(str(app_name), app, taken, found)
    elif any(k in doc for k in ("oauth2_tokens", "oauth1_tokens", "bearer_token")):
        _xurl_app("default", doc, taken, found)
    else:
        raise _format_error(source, "xurl")
    return found


def find_importable(home: Path | None = None) -> list[tuple[str, Path]]:
    """Which of ``~/.twurlrc`` (``"twurl"``) and ``~/.xurl`` (``"xurl"``) exist."""
    base = _home(home)
    out: list[tuple[str, Path]] = []
    for tool, filename in (("twurl", ".twurlrc"), ("xurl", ".xurl")):
        candidate = base / filename
        if candidate.is_file():
            out.append((tool, candidate))
    return out


def _format_error(path: Path, tool: str) -> InputError:
    return InputError(
        f"{path.name} does not look like a {tool} credentials file.",
        f"Choose the file {tool} wrote (usually ~/{'.twurlrc' if tool == 'twurl' else '.xurl'}).",
        kind=ErrorKind.INVALID_INPUT,
    )
