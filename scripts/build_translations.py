#!/usr/bin/env python3
"""Update the translation sources (.ts) from the code and compile them (.qm).

    python scripts/build_translations.py            # lupdate + lrelease (the usual)
    python scripts/build_translations.py --compile  # only lrelease (package/bundle builds)
    python scripts/build_translations.py --check    # fail if a string is untranslated

What is extracted:

* every ``self.tr("…")`` / ``QCoreApplication.translate("Context", "…")`` under
  ``twauth_gui/ui`` (``pyside6-lupdate``);
* calls of small module-level helpers such as ``def _tr(text): return
  QCoreApplication.translate(CTX, text)`` with a literal argument (lupdate cannot see the
  context through the helper, so we resolve it with ``ast``);
* the plain texts of the wizard's data modules, which the UI translates with a variable
  (``ttext(spec.label)``, ``self.tr(scope.label)``): see :data:`DATA_SOURCES`. A text
  counts when it is a string literal that reads like words (has a space or starts with a
  capital letter), is not a docstring, a dict key, a regular expression or a URL.

These extra strings are written to a temporary Python file of ``translate()`` calls that
is handed to lupdate with the UI folder, so one lupdate run merges everything.
Core error messages (``UserFacingError``) are not extracted: they stay English (see
``twauth_gui/ui/i18n.py``). Locations are not recorded (``-locations none``) so the .ts
only changes when a text does.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "twauth_gui" / "ui"
TS_DIR = ROOT / "twauth_gui" / "resources" / "translations"
CATALOGUE = "twauth_gui"
LANGUAGES = ("ja",)

#: (context, module file, names): texts of a data module the UI translates with a variable.
#: ``names`` limits the extraction to module-level assignments of those names (None: all).
DATA_SOURCES: tuple[tuple[str, str, frozenset[str] | None], ...] = (
    # wizard/_common.py: tmsg()/ttext() translate in this fixed context
    ("twauth_gui.core.flow", "twauth_gui/core/flow.py", None),
    # wizard/setup.py ScopePicker: self.tr(preset.label), self.tr(scope.label), self.tr(group)
    ("ScopePicker", "twauth_gui/core/scopes.py", frozenset({"SCOPES", "PRESETS"})),
    # wizard/result.py ResultPage: self.tr(label) for scopes.describe() and flow.result_rows()
    ("ResultPage", "twauth_gui/core/scopes.py", frozenset({"SCOPES"})),
    ("ResultPage", "twauth_gui/core/flow.py", frozenset({"SECRET_LABELS"})),
)

#: Context of the core's plain-language messages (UserFacingError message/hint and the
#: fragments put into them). The UI translates them with ``i18n.core_text()``.
CORE_CONTEXT = "twauth_gui.core.messages"
CORE_DIR = ROOT / "twauth_gui" / "core"
#: Core modules whose texts are handled above (or are not messages at all).
CORE_SKIP = frozenset({"flow.py", "scopes.py", "redact.py", "loopback_pages.py"})
#: Messages with placeholders, for the UI to match a finished message against (generated).
CORE_TEMPLATES = TS_DIR / "core_templates.json"
#: Code-like templates (reprs, headers, shell lines) that are never shown as prose.
_CODE_LIKE = re.compile(r"^[A-Za-z_.]+\(.*\)$|[A-Za-z_]=\{|^(Bearer|export) \{")
_LOG_FUNCS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")

#: Texts the code builds at run time, so no extractor can see them as literals:
#: core.flow's ``_article(label)`` ("a Client ID") for the "This looks like …, not …" check.
RUNTIME_TEXTS: tuple[tuple[str, str], ...] = (
    ("twauth_gui.core.flow", "a Client ID"),
    ("twauth_gui.core.flow", "a Client Secret"),
    ("twauth_gui.core.flow", "a Token"),
)

_RE_FUNCS = {"compile", "match", "fullmatch", "search", "sub", "subn", "split", "findall",
             "finditer", "escape"}


# --------------------------------------------------------------------------- lrelease / lupdate


def _tool(name: str) -> list[str]:
    """PySide6's own lupdate/lrelease binary (fast), else the pyside6-* wrapper."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (base / name, base / f"{name}.exe"):
        if candidate.is_file():
            return [str(candidate)]
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}",):
        if candidate.is_file():
            return [str(candidate)]
    return [f"pyside6-{name}"]


def ts_files() -> list[Path]:
    return [TS_DIR / f"{CATALOGUE}_{lang}.ts" for lang in LANGUAGES]


def run_lupdate(ts: Path, *, extra_dir: Path | None = None, quiet: bool = True) -> None:
    """Update (or create) ``ts`` from the UI code and the extra strings."""
    with tempfile.TemporaryDirectory(prefix="twauth-lupdate-", dir=extra_dir) as tmp:
        shim = Path(tmp) / "extracted_strings.py"
        shim.write_text(render_shim(extra_messages()), encoding="utf-8")
        lang = ts.stem.rsplit("_", 1)[-1]
        command = [
            *_tool("lupdate"),
            "-extensions", "py",
            "-locations", "none",
            "-no-obsolete",
            "-source-language", "en",
            "-target-language", lang,
            str(UI_DIR),
            str(shim),
            "-ts", str(ts),
        ]
        if quiet:
            command.insert(1, "-silent")
        ts.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(command, check=True, cwd=ROOT)


def run_lrelease(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([*_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


# --------------------------------------------------------------------------- extra strings


def _docstring_ids(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _excluded_ids(tree: ast.AST) -> set[int]:
    """String nodes that are never UI text: docstrings, f-string parts, dict keys, regexes."""
    out = _docstring_ids(tree)
    for node in ast.walk(tree):
        skip: list[ast.AST] = []
        if isinstance(node, ast.JoinedStr):
            skip.append(node)
        elif isinstance(node, ast.Dict):
            skip.extend(k for k in node.keys if k is not None)
        elif isinstance(node, (ast.Compare, ast.Subscript)):
            skip.append(node)
        elif isinstance(node, ast.Call):
            func = node.func
            if (isinstance(func, ast.Attribute) and func.attr in _RE_FUNCS
                    and isinstance(func.value, ast.Name) and func.value.id == "re"):
                skip.extend(node.args)
            elif isinstance(func, ast.Attribute) and func.attr in (
                "startswith", "endswith", "strip", "split", "replace", "join", "get",
            ):
                skip.extend(node.args)
        for sub in skip:
            out.update(id(n) for n in ast.walk(sub))
    return out


def reads_like_text(text: str) -> bool:
    """True for UI words ("Password", "Read posts") but not names, scopes, URLs or regexes."""
    s = text.strip()
    if not s or not re.search(r"[A-Za-z]", s):
        return False
    if re.match(r"^[a-z][a-z0-9+.-]*://", s) or s.startswith(("/", "^")):
        return False
    return " " in s or s[0].isupper()


def natural_strings(source: str, names: frozenset[str] | None = None) -> list[str]:
    """UI-looking string literals of a module, in source order, without duplicates."""
    tree = ast.parse(source)
    excluded = _excluded_ids(tree)
    roots: list[ast.AST]
    if names is None:
        roots = [tree]
    else:
        roots = []
        for stmt in getattr(tree, "body", []):
            targets: list[ast.expr] = []
            if isinstance(stmt, ast.Assign):
                targets = list(stmt.targets)
            elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                targets = [stmt.target]
            if any(isinstance(t, ast.Name) and t.id in names for t in targets):
                roots.append(stmt.value)  # type: ignore[arg-type]
    seen: dict[str, None] = {}
    for root in roots:
        for node in ast.walk(root):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in excluded and reads_like_text(node.value)):
                seen.setdefault(node.value, None)
    return list(seen)


def _module_constants(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for stmt in tree.body:
        if (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant)
                and isinstance(stmt.value.value, str)):
            for t in stmt.targets:
                if isinstance(t, ast.Name):
                    out[t.id] = stmt.value.value
    return out


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def translate_helpers(files: Iterable[Path]) -> dict[tuple[str, str], str]:
    """``(module, function) → context`` for helpers that wrap ``translate(CONTEXT, param)``."""
    helpers: dict[tuple[str, str], str] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        consts = _module_constants(tree)
        for stmt in tree.body:
            if not isinstance(stmt, ast.FunctionDef) or not stmt.args.args:
                continue
            param = stmt.args.args[0].arg
            for node in ast.walk(stmt):
                if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                    continue
                func = node.func
                fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if fname != "translate":
                    continue
                ctx_node, text_node = node.args[0], node.args[1]
                if not (isinstance(text_node, ast.Name) and text_node.id == param):
                    continue
                if isinstance(ctx_node, ast.Constant) and isinstance(ctx_node.value, str):
                    helpers[(_module_name(path), stmt.name)] = ctx_node.value
                elif isinstance(ctx_node, ast.Name) and ctx_node.id in consts:
                    helpers[(_module_name(path), stmt.name)] = consts[ctx_node.id]
    return helpers


def helper_calls(files: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """``(context, text)`` for every helper call with a literal text in ``files``."""
    files = list(files)
    helpers = translate_helpers(files)
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = _module_name(path)
        local: dict[str, str] = {
            name: ctx for (mod, name), ctx in helpers.items() if mod == module
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    ctx = helpers.get((node.module, alias.name))
                    if ctx is not None:
                        local[alias.asname or alias.name] = ctx
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in local and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                yield local[node.func.id], node.args[0].value


def _template_of(node: ast.AST, names: dict[str, str]) -> str | None:
    """A str.format template for a string literal, f-string or ``+`` of them (else None).

    Literal braces are doubled; each ``{expression}`` becomes ``{name}`` (the variable or
    attribute name, numbered when different expressions share a name).
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.JoinedStr):
        out: list[str] = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value).replace("{", "{{").replace("}", "}}"))
                continue
            assert isinstance(part, ast.FormattedValue)
            expr = part.value
            key = ast.unparse(expr)
            if key not in names:
                if isinstance(expr, ast.Name):
                    base = expr.id
                elif isinstance(expr, ast.Attribute):
                    base = expr.attr
                else:
                    base = "value"
                base = base.strip("_") or "value"
                name, n = base, 2
                while name in names.values():
                    name, n = f"{base}{n}", n + 1
                names[key] = name
            out.append("{" + names[key] + "}")
        return "".join(out)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _template_of(node.left, names)
        right = _template_of(node.right, names)
        if left is not None and right is not None:
            return left + right
    return None


def _plain(template: str) -> str:
    """The template's text with placeholders as 'X' and braces undoubled."""
    return _PLACEHOLDER.sub("X", template).replace("{{", "{").replace("}}", "}")


def core_messages(files: Iterable[Path] | None = None) -> list[str]:
    """Templates of the core's user-facing texts: literals and f-strings that read like words.

    Left out: docstrings, logging calls, regular expressions, dict keys, comparisons and
    membership tuples, and anything that is not a sentence-like text.
    """
    if files is None:
        files = sorted(p for p in CORE_DIR.glob("*.py") if p.name not in CORE_SKIP)
    found: dict[str, None] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        excluded = _docstring_ids(tree)
        for node in ast.walk(tree):
            skip: list[ast.AST] = []
            if isinstance(node, ast.Call):
                func = node.func
                if (isinstance(func, ast.Attribute) and func.attr in _LOG_FUNCS
                        and isinstance(func.value, ast.Name)
                        and func.value.id in ("log", "logger", "logging", "_log")):
                    skip.append(node)
                elif (isinstance(func, ast.Attribute) and func.attr in _RE_FUNCS
                        and isinstance(func.value, ast.Name) and func.value.id == "re"):
                    skip.extend(node.args)
                elif isinstance(func, ast.Attribute) and func.attr in (
                    "startswith", "endswith", "strip", "split", "replace", "join", "get",
                    "encode", "decode", "format", "setdefault", "pop",
                ):
                    skip.extend(node.args)
                elif isinstance(func, ast.Name) and func.id in ("getattr", "hasattr", "open"):
                    skip.extend(node.args)
            elif isinstance(node, ast.Dict):
                skip.extend(k for k in node.keys if k is not None)
            elif isinstance(node, (ast.Compare, ast.Subscript, ast.Tuple, ast.Set, ast.List)):
                if isinstance(node, (ast.Tuple, ast.Set, ast.List)):
                    # membership lists of fragments ("errno -2", …); not UI text
                    if all(isinstance(e, ast.Constant) for e in node.elts) and len(node.elts) > 1:
                        skip.append(node)
                else:
                    skip.append(node)
            for sub in skip:
                excluded.update(id(n) for n in ast.walk(sub))
        inner: set[int] = set()
        for node in ast.walk(tree):
            if id(node) in excluded or id(node) in inner:
                continue
            if not isinstance(node, (ast.Constant, ast.JoinedStr, ast.BinOp)):
                continue
            template = _template_of(node, {})
            if template is None:
                continue
            inner.update(id(n) for n in ast.walk(node) if n is not node)
            text = _plain(template).strip()
            words = text.split()
            if not reads_like_text(text) or len(words) < 2 or text.startswith(("X_", "-")):
                continue
            if _CODE_LIKE.search(template) or _PLACEHOLDER.sub("", template).strip() == "":
                continue  # "{message} {hint}": nothing to translate
            if not (text[0].isupper() or text[0].isdigit() or text[0] in "“'\"(."
                    or _PLACEHOLDER.search(template)
                    or re.match(r"^(a|an|the|your|this|that) ", text) or len(words) >= 3):
                continue
            found.setdefault(template, None)
    return list(found)


def write_core_templates(templates: Iterable[str], path: Path = CORE_TEMPLATES) -> bool:
    """Store the templates that have placeholders (the UI matches messages against them)."""
    import json

    data = sorted(t for t in templates if _PLACEHOLDER.search(t))
    text = json.dumps(data, ensure_ascii=False, indent=0) + "\n"
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def _core_source(template: str) -> str:
    """What the catalogue holds: a template with placeholders as is, a plain text undoubled."""
    return template if _PLACEHOLDER.search(template) else _plain(template)


def extra_messages() -> list[tuple[str, str]]:
    """Everything lupdate cannot find by itself, as ``(context, text)``."""
    out: dict[tuple[str, str], None] = {}
    ui_files = sorted(UI_DIR.rglob("*.py"))
    for item in helper_calls(ui_files):
        out.setdefault(item, None)
    for context, rel, names in DATA_SOURCES:
        path = ROOT / rel
        if not path.exists():
            continue
        for text in natural_strings(path.read_text(encoding="utf-8"), names):
            out.setdefault((context, text), None)
    for template in core_messages():
        out.setdefault((CORE_CONTEXT, _core_source(template)), None)
    for item in RUNTIME_TEXTS:
        out.setdefault(item, None)
    return list(out)


def render_shim(messages: Iterable[tuple[str, str]]) -> str:
    lines = ['"""Generated for lupdate by scripts/build_translations.py; not imported."""',
             "from PySide6.QtCore import QCoreApplication", ""]
    for context, text in messages:
        lines.append(f"QCoreApplication.translate({context!r}, {text!r})")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- reading .ts


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"


def read_ts(path: Path) -> list[Message]:
    out: list[Message] = []
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text = "" if tr is None else "".join(tr.itertext())
            kind = "" if tr is None else tr.get("type", "")
            out.append(Message(name, msg.findtext("source") or "", text, kind))
    return out


def untranslated(messages: Iterable[Message]) -> list[Message]:
    return [m for m in messages
            if m.kind not in ("vanished", "obsolete") and (m.kind == "unfinished"
                                                           or not m.translation.strip())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compile", action="store_true", help="only compile .ts → .qm")
    parser.add_argument("--check", action="store_true",
                        help="update, then exit 1 if any string is untranslated")
    parser.add_argument("--no-compile", action="store_true", help="only update the .ts")
    args = parser.parse_args(argv)
    status = 0
    if not args.compile and write_core_templates(core_messages()):
        print(f"{CORE_TEMPLATES.relative_to(ROOT)}: updated")
    for ts in ts_files():
        if not args.compile:
            run_lupdate(ts)
        if not ts.exists():
            print(f"{ts.relative_to(ROOT)}: missing", file=sys.stderr)
            status = 1
            continue
        messages = read_ts(ts)
        todo = untranslated(messages)
        live = [m for m in messages if m.kind not in ("vanished", "obsolete")]
        print(f"{ts.relative_to(ROOT)}: {len(live)} strings, {len(todo)} untranslated")
        if args.check and todo:
            for m in todo[:50]:
                print(f"  [{m.context}] {m.source!r}", file=sys.stderr)
            status = 1
        if not args.no_compile:
            qm = run_lrelease(ts)
            print(f"  → {qm.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
