"""Translations: the Japanese catalogue is complete and well-formed, and the UI uses it.

* every user-visible string found in the code today (lupdate + our extra extractors,
  re-run here into a temporary .ts) has a finished Japanese translation, so a new
  untranslated string fails this test;
* placeholders ({name}, %1), accelerators (&X), HTML tags and edge whitespace survive;
* installing the catalogue really turns the vault window and the wizard Japanese (ours
  and Qt's own buttons), and every string the windows look up at run time is covered;
* language choice: TWAUTH_LANG, the ``ui/language`` setting, the system locale; a missing
  catalogue leaves the UI in English; a missing .qm is compiled on the fly.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QWizard

from twauth_gui.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "twauth_gui" / "resources" / "translations" / "twauth_gui_ja.ts"


def _load_build_script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_translations", module)
    spec.loader.exec_module(module)
    return module


bt = _load_build_script()


@pytest.fixture(scope="module")
def committed() -> list[Any]:
    return [m for m in bt.read_ts(TS) if m.kind not in ("vanished", "obsolete")]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: Any) -> list[Any]:
    """What the code contains right now: lupdate into a brand-new temporary .ts."""
    out = tmp_path_factory.mktemp("lupdate") / "twauth_gui_ja.ts"
    bt.run_lupdate(out)
    return bt.read_ts(out)


@pytest.fixture
def ja(qapp: Any) -> Any:
    assert i18n.install(qapp, language="ja") == "ja"
    yield qapp
    i18n.uninstall(qapp)


# --------------------------------------------------------------------------- the catalogue


def test_catalogue_has_no_unfinished_or_empty_translation(committed):
    assert len(committed) > 300
    todo = [(m.context, m.source) for m in committed if m.kind == "unfinished"]
    empty = [(m.context, m.source) for m in committed if not m.translation.strip()]
    assert todo == []
    assert empty == []


def test_every_string_in_the_code_is_translated(committed, fresh):
    done = {(m.context, m.source) for m in committed if m.kind == "" and m.translation.strip()}
    wanted = {(m.context, m.source) for m in fresh}
    missing = sorted(wanted - done)
    assert missing == [], (
        f"{len(missing)} string(s) without a Japanese translation; run "
        "`python scripts/build_translations.py` and translate them in "
        f"{TS.relative_to(ROOT)}:\n" + "\n".join(f"  [{c}] {s!r}" for c, s in missing[:40])
    )
    # the extra extractors are part of the run: core.flow texts and scope labels
    contexts = {c for c, _ in wanted}
    assert {"twauth_gui.core.flow", "ScopePicker", "VaultWindow"} <= contexts


def test_extractor_finds_helper_calls_and_data_texts(tmp_path):
    ui = tmp_path / "twauth_gui" / "ui"
    ui.mkdir(parents=True)
    (ui / "mod.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CTX = 'Status'\n"
        "def _t(text):\n"
        "    return QCoreApplication.translate(CTX, text)\n"
        "LABEL = _t('Valid for {n} days')\n",
        encoding="utf-8",
    )
    old_root = bt.ROOT
    bt.ROOT = tmp_path
    try:
        assert list(bt.helper_calls([ui / "mod.py"])) == [("Status", "Valid for {n} days")]
    finally:
        bt.ROOT = old_root
    source = (
        '"""Docstring is not UI."""\n'
        "import re\n"
        "RX = re.compile(r'^[A-Za-z ]+$')\n"
        "NAMES = {'api_key': 'API Key', 'scope': 'tweet.read'}\n"
        "URL = 'https://developer.x.com/en/portal'\n"
        "def f(x):\n"
        "    '''Not UI either.'''\n"
        "    if x == 'Some Value':\n"
        "        return Msg('Pick at least one permission.')\n"
        "    return f'{x} formatted'\n"
    )
    assert bt.natural_strings(source) == ["API Key", "Pick at least one permission."]
    assert bt.natural_strings(source, frozenset({"NAMES"})) == ["API Key"]


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d+|%n")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)[^>]*>")


def accelerators(text: str) -> int:
    """Mnemonic markers: '&' + a character, not '&&', not an HTML entity, not '& '."""
    text = re.sub(r"&[A-Za-z]+;|&#\d+;", "", text).replace("&&", "")
    return len(re.findall(r"&[^\s&]", text))


def test_placeholders_accelerators_and_markup_survive(committed):
    problems = []
    for m in committed:
        src, tr = m.source, m.translation
        where = f"[{m.context}] {src!r} → {tr!r}"
        if Counter(_PLACEHOLDER.findall(src)) != Counter(_PLACEHOLDER.findall(tr)):
            problems.append("placeholders differ: " + where)
        if accelerators(src) != accelerators(tr):
            problems.append("accelerator count differs: " + where)
        elif accelerators(tr) and not re.search(r"&[A-Za-z0-9]", tr):
            problems.append("accelerator must stay an ASCII letter/digit: " + where)
        if Counter(t.lower() for t in _TAG.findall(src)) != Counter(
            t.lower() for t in _TAG.findall(tr)
        ):
            problems.append("HTML tags differ: " + where)
        if src[:1].isspace() != tr[:1].isspace() or src[-1:].isspace() != tr[-1:].isspace():
            problems.append("leading/trailing whitespace differs: " + where)
        if src.count("\n") != tr.count("\n"):
            problems.append("line breaks differ: " + where)
        if "“" in tr or "”" in tr:
            problems.append("use 「」 quotes in Japanese: " + where)
    assert problems == []


# Names of the (English-only) developer portal's pages stay as the portal shows them.
PORTAL_NAMES = {"Keys and tokens"}


def test_translations_are_japanese(committed):
    """Guard against pasted English: words must carry Japanese unless they are names."""
    kana = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    english = [
        (m.context, m.source)
        for m in committed
        if m.translation == m.source and len(m.source.split()) > 2 and not kana.search(m.source)
        and "→" not in m.source  # developer-portal paths stay as the (English) portal shows them
        and m.source not in PORTAL_NAMES
    ]
    assert english == []
    share = sum(1 for m in committed if kana.search(m.translation)) / len(committed)
    assert share > 0.9


def test_accelerator_counter():
    assert accelerators("&File") == 1
    assert accelerators("ファイル(&F)") == 1
    assert accelerators("Likes & lists") == 0
    assert accelerators("Tom && Jerry") == 0
    assert accelerators("<a href='x'>a&amp;b</a>") == 0


# --------------------------------------------------------------------------- in the UI


def test_vault_window_speaks_japanese(qtbot, ctx, ja, make_cred):
    from twauth_gui.ui.vault_window import VaultWindow

    make_cred("bot")
    win = VaultWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=5000):
        win.show()
    assert win.get_tokens_action.text() == "新しいトークンを取得(&G)…"
    assert win.about_action.text() == "twauth-gui について(&A)"
    menus = [a.text() for a in win.menuBar().actions()]
    assert "ファイル(&F)" in menus and "ヘルプ(&H)" in menus
    assert win.windowTitle().startswith("twauth-gui — X API 認証情報")
    header = win.tree.headerItem()
    assert [header.text(i) for i in range(3)] == ["アカウント", "方式", "状態"]
    bot = win._find("cred", "bot")
    assert bot.text(2).startswith("有効 · 残り1時間")
    # Qt's own catalogue is installed too
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"


def test_wizard_speaks_japanese(qtbot, ja, sandbox, tmp_path):
    from tests.gui.test_wizard_support import go_to_keys, make_context
    from twauth_gui.core.flow import FieldId, WizardMethod
    from twauth_gui.ui.wizard import TokenWizard

    wiz = TokenWizard(make_context(sandbox, tmp_path))
    qtbot.addWidget(wiz)
    wiz.show()
    try:
        assert "次へ" in wiz.buttonText(QWizard.WizardButton.NextButton)  # from qtbase_ja
        assert wiz.currentPage().title() == "X API の認証情報を取得"
        go_to_keys(qtbot, wiz, WizardMethod.OAUTH1)
        assert wiz.currentPage().title() == "アプリの APIキーとシークレット"
        row = wiz.keys_page.rows[FieldId.API_KEY]
        assert row.label.text() == "APIキー（コンシューマーキー）"
        assert row.where.text() == "ポータルでの場所: Keys and tokens → Consumer Keys → API Key"
        assert row.edit.placeholderText() == "英数字 25 文字"
    finally:
        wiz.reject()


class RecordingTranslator(QTranslator):
    """Installed last (asked first): notes every lookup, answers nothing itself."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lookups: dict[str, set[str]] = {}

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: Any = None, n: int = -1
    ) -> str | None:
        if source and context and not re.match(r"^Q[A-Z]", context):
            self.lookups.setdefault(source, set()).add(context)
        return None  # a null string: "not mine", Qt asks the next translator


def _missing(recorder: RecordingTranslator, committed: list[Any]) -> list[str]:
    done: dict[str, set[str]] = {}
    for m in committed:
        if m.kind == "" and m.translation.strip():
            done.setdefault(m.source, set()).add(m.context)
    # PySide's tr() tries each class of the MRO in turn: covered if any context has it
    return sorted(
        f"{sorted(ctxs)} {src!r}"
        for src, ctxs in recorder.lookups.items()
        # e.g. the placeholder "you@example.com" is not words to translate
        if bt.reads_like_text(src) and not (ctxs & done.get(src, set()))
    )


def test_every_string_shown_at_run_time_is_in_the_catalogue(
    qtbot, ja, ctx, make_cred, sandbox, tmp_path, committed
):
    """Catches texts lupdate cannot see (tr(variable), helper functions, data modules)."""
    from tests.gui.test_wizard_support import go_to_keys, make_context
    from twauth_gui.core.flow import WizardMethod
    from twauth_gui.core.models import Method
    from twauth_gui.ui.vault_window import VaultWindow
    from twauth_gui.ui.wizard import TokenWizard

    recorder = RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    try:
        make_cred("bot")
        make_cred("reader", app="Reader App", method=Method.APP, username="",
                  display_name="", expires_at=None, scopes=(),
                  secrets={"api_key": "k" * 25, "api_secret": "s" * 50,
                           "bearer_token": "AAAA" + "b" * 60})
        win = VaultWindow(ctx)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.loaded, timeout=5000):
            win.show()
        qtbot.waitUntil(lambda: "access_token" in win.credential_view.fields, timeout=5000)
        win.close()
        for method in WizardMethod:
            wiz = TokenWizard(make_context(sandbox, tmp_path / method.value))
            qtbot.addWidget(wiz)
            wiz.show()
            try:
                go_to_keys(qtbot, wiz, method)
            finally:
                wiz.reject()
    finally:
        QCoreApplication.removeTranslator(recorder)
    assert len(recorder.lookups) > 100
    assert _missing(recorder, committed) == []


# --------------------------------------------------------------------------- choosing


def test_language_resolution_order(monkeypatch, tmp_path):
    from twauth_gui.ui.context import Settings

    settings = Settings(tmp_path / "s.ini")
    monkeypatch.delenv("TWAUTH_LANG", raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda ui_languages=None: "en")
    assert i18n.stored_preference(settings) == "system"
    assert i18n.resolve_language(settings) == "en"
    i18n.set_preference("ja", settings)
    assert Settings(tmp_path / "s.ini").value("ui/language") == "ja"
    assert i18n.resolve_language(settings) == "ja"
    monkeypatch.setenv("TWAUTH_LANG", "en_US.UTF-8")
    assert i18n.resolve_language(settings) == "en"  # the environment wins
    monkeypatch.setenv("TWAUTH_LANG", "xx")  # unknown: ignored
    assert i18n.resolve_language(settings) == "ja"
    with pytest.raises(ValueError):
        i18n.set_preference("klingon", settings)


def test_system_locale_is_followed():
    assert i18n.system_language(["ja-JP", "en-US"]) == "ja"
    assert i18n.system_language(["de-DE", "ja"]) == "ja"
    assert i18n.system_language(["de-DE", "fr-FR"]) == "en"
    assert i18n.system_language([]) == "en"


def test_available_languages_lists_native_names():
    langs = dict(i18n.available_languages())
    assert langs["en"] == "English"
    assert langs["ja"] == "日本語"


def test_install_follows_env_and_settings(qapp, monkeypatch, tmp_path):
    from twauth_gui.ui.context import Settings

    settings = Settings(tmp_path / "s.ini")
    monkeypatch.setenv("TWAUTH_LANG", "ja")
    try:
        assert i18n.install(qapp, settings) == "ja"
        assert i18n.current_language() == "ja"
        assert QCoreApplication.translate("VaultWindow", "&File") == "ファイル(&F)"
        assert QLocale().language() == QLocale.Language.Japanese
        monkeypatch.setenv("TWAUTH_LANG", "en")
        assert i18n.install(qapp, settings) == "en"  # replaces the Japanese translators
        assert QCoreApplication.translate("VaultWindow", "&File") == "&File"
    finally:
        i18n.uninstall(qapp)
    assert QCoreApplication.translate("VaultWindow", "&File") == "&File"


def test_no_catalogue_means_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path / "nothing")
    try:
        assert i18n.install(qapp, language="ja") == "en"
        assert QCoreApplication.translate("VaultWindow", "&File") == "&File"
    finally:
        i18n.uninstall(qapp)


def test_missing_qm_is_compiled_on_the_fly(qapp, monkeypatch, tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS, folder / TS.name)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", folder)
    monkeypatch.setenv("TWAUTH_DATA_DIR", str(tmp_path / "data"))
    try:
        assert i18n.install(qapp, language="ja") == "ja"
        assert QCoreApplication.translate("EmptyView", "Get new tokens") == "新しいトークンを取得"
    finally:
        i18n.uninstall(qapp)
    cached = tmp_path / "data" / "cache" / "translations" / "twauth_gui_ja.qm"
    assert cached.is_file() and not (folder / "twauth_gui_ja.qm").exists()
    # an lrelease that fails leaves the UI in English instead of crashing
    cached.unlink()
    monkeypatch.setattr(i18n, "find_lrelease", lambda: ["/nonexistent/lrelease"])
    try:
        assert i18n.install(qapp, language="ja") == "en"
    finally:
        i18n.uninstall(qapp)


def test_language_menu_stores_the_choice(qtbot, tmp_path):
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from twauth_gui.ui.context import Settings

    settings = Settings(tmp_path / "s.ini")
    win = QMainWindow()
    qtbot.addWidget(win)
    menu = i18n.language_menu(win, settings)
    actions = {a.data(): a for a in menu.actions()}
    assert set(actions) == {"system", "en", "ja"}
    assert actions["system"].isChecked()
    assert actions["ja"].text() == "日本語"
    actions["ja"].trigger()
    assert settings.value("ui/language") == "ja"
    note = win.findChild(QMessageBox, "LanguageRestartNote")
    assert note is not None and "next time" in note.text()
    note.close()


# --------------------------------------------------------------------------- core messages

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_core_templates_file_is_up_to_date():
    import json

    expected = sorted(t for t in bt.core_messages() if bt._PLACEHOLDER.search(t))
    assert json.loads(bt.CORE_TEMPLATES.read_text(encoding="utf-8")) == expected, (
        "run `python scripts/build_translations.py` to refresh core_templates.json"
    )
    assert len(expected) > 50


def test_core_messages_are_translated_exactly_and_by_template(ja):
    assert i18n.core_text("X is rate-limiting these requests.") == (
        "X がリクエスト数を制限しています（レート制限）。"
    )
    # an f-string message: the value is kept, the words are translated
    assert i18n.core_text("127.0.0.1 refused the connection.") == (
        "127.0.0.1 に接続を拒否されました。"
    )
    # a value that is itself a known fragment is translated too
    assert i18n.core_text("X accepted the Client ID as a public client (no Client Secret).") == (
        "X はクライアントIDをパブリッククライアント（クライアントシークレットなし）として"
        "受け付けました。"
    )
    assert i18n.core_text("Something nobody wrote.") == "Something nobody wrote."
    assert i18n.core_text("") == ""


def test_core_messages_stay_english_in_english(qapp):
    i18n.uninstall(qapp)
    assert i18n.core_text("X is rate-limiting these requests.") == (
        "X is rate-limiting these requests."
    )


@pytest.mark.parametrize(
    ("status", "body", "operation"),
    [
        (429, "", ""),
        (503, "", ""),
        (401, '<?xml version="1.0"?><hash><error code="415">Callback URL not approved for '
              "this client application.</error></hash>", "request_token"),
        (401, "Desktop applications only support the oauth_callback value 'oob'", ""),
        (401, '{"errors":[{"code":135,"message":"Timestamp out of bounds."}]}', ""),
        (401, '{"errors":[{"code":416,"message":"Invalid / suspended application"}]}', ""),
        (401, "Invalid oauth_verifier parameter", ""),
        (401, "Invalid request token.", ""),
        (403, '{"errors":[{"code":99,"message":"Unable to verify your credentials"}]}', ""),
        (401, '{"errors":[{"code":89,"message":"Invalid or expired token."}]}', ""),
        (401, '{"errors":[{"code":32,"message":"Could not authenticate you."}]}', ""),
        (400, '{"errors":[{"code":215,"message":"Bad Authentication data."}]}', ""),
        (400, '{"errors":[{"code":170,"message":"Missing required parameter: grant_type"}]}',
         ""),
        (400, '{"error":"unauthorized_client","error_description":"Missing valid '
              'authorization header"}', ""),
        (400, '{"error":"invalid_request","error_description":"Value passed for the '
              'authorization code was invalid."}', ""),
        (400, '{"error":"invalid_request","error_description":"Value passed for the token '
              'was invalid."}', ""),
        (403, '{"title":"Client Forbidden","type":"https://api.twitter.com/2/problems/'
              'client-forbidden","reason":"client-not-enrolled"}', ""),
        (401, "", "access_token"),
        (401, "", ""),
        (403, "", ""),
        (418, "", ""),
    ],
)
def test_x_error_messages_reach_the_user_in_japanese(ja, status, body, operation):
    from twauth_gui.core.errors import ErrorContext, error_from_response

    exc = error_from_response(
        status, {}, body,
        ErrorContext(operation=operation, callback_url="http://127.0.0.1:8765/callback"),
    )
    message, hint = i18n.error_texts(exc)
    assert JAPANESE.search(message), (exc.message, message)
    assert JAPANESE.search(hint), (exc.hint, hint)
    # values such as the callback URL survive the translation
    if "127.0.0.1:8765" in exc.message + exc.hint:
        assert "http://127.0.0.1:8765/callback" in message + hint
