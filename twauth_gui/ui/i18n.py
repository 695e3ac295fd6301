"""Translations: pick the UI language and install Qt translators for it.

Which language: ``TWAUTH_LANG`` (tests, screenshots) wins, then the preference stored in
the settings file under ``ui/language`` (``"system"``, ``"en"``, ``"ja"``), then the
system locale (``QLocale.system().uiLanguages()``). English is the source language and
always works, even when no compiled catalogue exists.

Where the catalogues come from: the sources are
``twauth_gui/resources/translations/twauth_gui_<lang>.ts`` (inside the package, so they
ship). The compiled ``.qm`` files are build products (git-ignored): the package build
(``scripts/build_translations.py``, ``packaging/build.sh``) compiles them next to the
sources. When a ``.qm`` is missing or older than its ``.ts`` (a fresh checkout, an edited
translation) and Qt's ``lrelease`` is at hand, :func:`install` compiles it into a cache
folder on the fly; if that is not possible the app simply starts in English.

Qt's own strings (QWizard's Back/Next, standard dialog buttons, line-edit context menus)
come from Qt's ``qtbase_<lang>.qm``, installed alongside ours.

Core messages: the core stays Qt-free and English (the CLI prints it as is). The UI
translates what it shows from the core with :func:`core_text` / :func:`error_texts`:
``scripts/build_translations.py`` extracts the core's message literals and f-strings
(``f"{host} refused the connection."`` becomes the template ``"{host} refused the
connection."``) into the context ``twauth_gui.core.messages`` and lists the templates in
``core_templates.json``; a finished English message is looked up exactly, else matched
against the templates, and the captured values are themselves translated when they are
known fragments ("your callback URL"). Anything not matched stays English. The wizard's
data modules ``core/flow.py`` and ``core/scopes.py`` are translated by the wizard through
their own fixed contexts.

To change the language the user picks it in the menu from :func:`language_menu`; it is
stored and applies at the next start (Qt widgets do not re-translate themselves).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
ENV_VAR = "TWAUTH_LANG"
SYSTEM = "system"
SOURCE_LANGUAGE = "en"
CATALOGUE = "twauth_gui"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

CORE_CONTEXT = "twauth_gui.core.messages"
CORE_TEMPLATES = "core_templates.json"
_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")
_MIN_LITERAL_LETTERS = 6  # "{path}: {message}" must not swallow every message

#: Every language the UI can speak, with its name in that language.
_NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "ja": "日本語",
}

# Translators installed by the last install(), so a second call replaces them.
_installed: list[QTranslator] = []
_current: str = SOURCE_LANGUAGE
_locale_before: QLocale | None = None
# The catalogue bytes each loaded translator reads from (Qt does not copy them).
_keep_alive: dict[int, bytes] = {}
_templates: list[tuple[re.Pattern[str], str]] | None = None


def available_languages() -> list[tuple[str, str]]:
    """``(code, native name)`` of English plus every language with a catalogue source."""
    out = [(SOURCE_LANGUAGE, _NATIVE_NAMES[SOURCE_LANGUAGE])]
    found: set[str] = set()
    if TRANSLATIONS_DIR.is_dir():
        for path in TRANSLATIONS_DIR.iterdir():
            if path.suffix in (".ts", ".qm") and path.stem.startswith(CATALOGUE + "_"):
                found.add(path.stem[len(CATALOGUE) + 1 :])
    for code in sorted(found):
        if code != SOURCE_LANGUAGE:
            out.append((code, _NATIVE_NAMES.get(code, code)))
    return out


def normalize(code: str | None) -> str | None:
    """``"ja_JP.UTF-8"``, ``"ja-JP"`` → ``"ja"``; ``"system"``/empty → ``"system"``; else None."""
    if code is None:
        return None
    text = code.strip().lower()
    if not text or text in (SYSTEM, "default", "auto"):
        return SYSTEM
    base = text.split(".")[0].replace("-", "_").split("_")[0]
    if base in ("c", "posix"):
        return SOURCE_LANGUAGE
    codes = {c for c, _ in available_languages()}
    return base if base in codes else None


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's preferred UI languages we have, else English."""
    if ui_languages is None:
        ui_languages = list(QLocale.system().uiLanguages())
    for tag in ui_languages:
        code = normalize(tag)
        if code not in (None, SYSTEM):
            return code
    return SOURCE_LANGUAGE


def stored_preference(settings: Any = None) -> str:
    """The preference in the settings file (``"system"`` when unset or unknown)."""
    settings = _settings(settings)
    raw = settings.value(SETTINGS_KEY, SYSTEM) if settings is not None else SYSTEM
    code = normalize(str(raw)) if raw is not None else SYSTEM
    return code or SYSTEM


def set_preference(code: str, settings: Any = None) -> None:
    """Store ``code`` (``"system"`` or a language code) as the preference."""
    norm = normalize(code)
    if norm is None:
        raise ValueError(f"unknown language {code!r}")
    settings = _settings(settings)
    if settings is None:
        return
    setter = getattr(settings, "set_value", None) or settings.setValue
    setter(SETTINGS_KEY, norm)
    sync = getattr(settings, "sync", None)
    if callable(sync):
        sync()


def resolve_language(settings: Any = None, *, env: str | None = None) -> str:
    """The language to use now: ``TWAUTH_LANG``, then the stored preference, then the system."""
    if env is None:
        env = os.environ.get(ENV_VAR)
    if env:
        code = normalize(env)
        if code is None:
            log.info("%s=%r is not a language we have; ignoring it", ENV_VAR, env)
        elif code != SYSTEM:
            return code
        else:
            return system_language()
    pref = stored_preference(settings)
    return system_language() if pref == SYSTEM else pref


def current_language() -> str:
    """The language the last :func:`install` put in place."""
    return _current


def install(app: QCoreApplication | None = None, settings: Any = None,
            *, language: str | None = None) -> str:
    """Install translators for the chosen language on ``app``; returns the language in use.

    ``language`` forces a code (tests); otherwise :func:`resolve_language` decides.
    Never raises for a missing or broken catalogue: the UI then stays English.
    """
    global _current, _locale_before
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    _remove_all(app)

    lang = normalize(language) if language else resolve_language(settings)
    if lang in (None, SYSTEM):
        lang = system_language()
    if lang == SOURCE_LANGUAGE:
        _current = SOURCE_LANGUAGE
        return _current

    ours = _load(app, qm_path(lang))
    if ours is None:
        log.info("no usable %s catalogue; the interface stays in English", lang)
        _current = SOURCE_LANGUAGE
        return _current
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.info("Qt's own %s translation (qtbase_%s.qm) was not found in %s", lang, lang, qt_dir)
    # Ours last: the translator installed last is asked first.
    app.installTranslator(ours)
    _installed.append(ours)
    if _locale_before is None:
        _locale_before = QLocale()
    QLocale.setDefault(QLocale(lang))
    _current = lang
    return _current


def uninstall(app: QCoreApplication | None = None) -> None:
    """Remove the translators :func:`install` added (tests); back to English."""
    global _current, _locale_before
    app = app or QCoreApplication.instance()
    if app is not None:
        _remove_all(app)
    _installed.clear()
    _current = SOURCE_LANGUAGE
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None


def _remove_all(app: QCoreApplication) -> None:
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()  # its catalogue bytes may go only once Qt no longer reads them
        _keep_alive.pop(id(old), None)
    _installed.clear()


def _load(parent: QObject, path: Path | None) -> QTranslator | None:
    if path is None:
        return None
    # Load from memory, not the file: QTranslator maps a file, and a build rewriting the
    # .qm in place (lrelease) would then crash the running app.
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.info("could not read translation %s: %s", path, exc)
        return None
    translator = QTranslator(parent)
    if translator.load(data):
        translator.setProperty("twauth_source", str(path))
        _keep_alive[id(translator)] = data
        return translator
    log.info("could not load translation %s", path)
    translator.deleteLater()
    return None


# --------------------------------------------------------------------------- core messages


def core_text(text: str, *, _depth: int = 0) -> str:
    """``text`` from the core (an error message or hint, a store name) in the UI language.

    Exact catalogue entry first, then the first (most specific) template that matches the
    whole text, with its values translated in turn when they are known fragments. Texts
    that match nothing come back unchanged (English).
    """
    if not text or _current == SOURCE_LANGUAGE:
        return text
    exact = QCoreApplication.translate(CORE_CONTEXT, text)
    if exact != text or _depth > 2:
        return exact
    for pattern, template in _core_templates():
        match = pattern.match(text)
        if match is None:
            continue
        translated = QCoreApplication.translate(CORE_CONTEXT, template)
        if translated == template:
            return text
        values = {k: core_text(v, _depth=_depth + 1) for k, v in match.groupdict().items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            log.info("bad translation of core template %r", template)
            return text
    return text


def error_texts(exc: BaseException) -> tuple[str, str]:
    """``(message, hint)`` of a core ``UserFacingError`` in the UI language."""
    message = getattr(exc, "message", None)
    hint = getattr(exc, "hint", "")
    if not isinstance(message, str):
        message = str(exc)
    return core_text(message), core_text(hint if isinstance(hint, str) else "")


def _core_templates() -> list[tuple[re.Pattern[str], str]]:
    global _templates
    if _templates is None:
        try:
            raw = json.loads((TRANSLATIONS_DIR / CORE_TEMPLATES).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = []
        ranked: list[tuple[int, re.Pattern[str], str]] = []
        for template in raw if isinstance(raw, list) else []:
            if not isinstance(template, str):
                continue
            compiled = _template_regex(template)
            if compiled is not None:
                ranked.append((compiled[1], compiled[0], template))
        ranked.sort(key=lambda item: -item[0])
        _templates = [(pattern, template) for _, pattern, template in ranked]
    return _templates


def _template_regex(template: str) -> tuple[re.Pattern[str], int] | None:
    """A full-match regex for ``template`` and the number of letters in its literal part."""
    parts = _PLACEHOLDER.split(template)
    pattern: list[str] = []
    seen: set[str] = set()
    letters = 0
    for index, part in enumerate(parts):
        if index % 2 == 0:
            literal = part.replace("{{", "{").replace("}}", "}")
            letters += sum(ch.isalpha() for ch in literal)
            pattern.append(re.escape(literal))
        elif part in seen:
            pattern.append(f"(?P={part})")
        else:
            seen.add(part)
            pattern.append(f"(?P<{part}>.+?)")
    if letters < _MIN_LITERAL_LETTERS or not seen:
        return None
    try:
        return re.compile("".join(pattern) + r"\Z", re.S), letters
    except re.error:
        return None


# --------------------------------------------------------------------------- catalogues


def ts_path(lang: str) -> Path:
    """The translation source of ``lang`` inside the package."""
    return TRANSLATIONS_DIR / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str, *, compile_missing: bool = True) -> Path | None:
    """A compiled catalogue for ``lang`` that is up to date with its source, if one can be had.

    Order: the ``.qm`` next to the ``.ts`` (built by the package build or the bundle);
    a cached one compiled from the current ``.ts``; compiling one now with ``lrelease``.
    A packaged ``.qm`` without its ``.ts`` (frozen bundle) is used as is.
    """
    shipped = TRANSLATIONS_DIR / f"{CATALOGUE}_{lang}.qm"
    source = ts_path(lang)
    if not source.exists():
        return shipped if shipped.exists() else None
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    cached = cache_dir() / f"{CATALOGUE}_{lang}.qm"
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    if compile_missing and compile_ts(source, cached):
        return cached
    # An outdated catalogue is better than none.
    return shipped if shipped.exists() else None


def cache_dir() -> Path:
    """Where catalogues compiled on the fly go (inside ``TWAUTH_DATA_DIR`` when set)."""
    override = os.environ.get("TWAUTH_DATA_DIR")
    if override:
        return Path(override) / "cache" / "translations"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("twauth-gui", appauthor=False)) / "translations"


def find_lrelease() -> list[str] | None:
    """The command line for Qt's ``lrelease`` (PySide6's own binary first), or None."""
    try:
        import PySide6

        base = Path(PySide6.__file__).resolve().parent
        for name in ("lrelease", "lrelease.exe"):
            candidate = base / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        pass
    import shutil

    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name) or _beside_python(name)
        if found:
            return [found]
    return None


def _beside_python(name: str) -> str | None:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.is_file() else None


def compile_ts(
    source: Path, target: Path, *, runner: Callable[..., Any] | None = None
) -> bool:
    """Compile ``source`` (.ts) into ``target`` (.qm) with lrelease; False if that failed."""
    import subprocess  # only when a catalogue must be built (not on a normal start)

    runner = runner or subprocess.run
    command = find_lrelease()
    if command is None or getattr(sys, "frozen", False):
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        result = runner(
            [*command, "-silent", str(source), "-qm", str(partial)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
        if result.returncode != 0 or not partial.exists():
            log.info("lrelease failed for %s: %s", source.name, (result.stderr or b"")[:500])
            partial.unlink(missing_ok=True)
            return False
        os.replace(partial, target)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("could not compile %s: %s", source.name, exc)
        return False


# --------------------------------------------------------------------------- settings & menu


def _settings(settings: Any) -> Any:
    if settings is not None:
        return settings
    try:
        from twauth_gui.ui.context import Settings

        return Settings()
    except Exception:  # pragma: no cover - a broken settings file must not stop the app
        log.info("settings unavailable; using the system language", exc_info=True)
        return None


def language_menu(parent: Any, settings: Any = None) -> Any:
    """A "Language" menu (System default, English, 日本語, …) that stores the choice.

    The choice applies at the next start; a note says so. Add it to a menu bar with
    ``menu_bar.addMenu(i18n.language_menu(self, ctx.settings))``.
    """
    from PySide6.QtCore import Qt  # the Qt namespace costs ~13 ms: not at start-up
    from PySide6.QtGui import QAction, QActionGroup
    from PySide6.QtWidgets import QMenu, QMessageBox

    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
    menu.setObjectName("LanguageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    pref = stored_preference(settings)
    choices = [(SYSTEM, QCoreApplication.translate("LanguageMenu", "System default"))]
    choices += available_languages()
    for code, name in choices:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == pref)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        code = str(action.data())
        if code == stored_preference(settings):
            return
        set_preference(code, settings)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("LanguageMenu", "Language"),
            QCoreApplication.translate(
                "LanguageMenu", "The new language is used the next time you start twauth-gui."
            ),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("LanguageRestartNote")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    group.triggered.connect(chosen)
    return menu
