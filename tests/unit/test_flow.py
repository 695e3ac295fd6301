"""core.flow: the wizard's navigation, field checks and results, without Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from twauth_gui.core import flow
from twauth_gui.core.flow import (
    FieldId,
    FlowData,
    Level,
    OAuth1Mode,
    Page,
    WizardMethod,
)
from twauth_gui.core.models import (
    BearerToken,
    Identity,
    Method,
    OAuth1Tokens,
    OAuth2Tokens,
)

API_KEY = "Ab3dE5gH7jK9mN1pQ3sT5vW7x"
API_SECRET = "Zy8xW7vU6tS5rQ4pO3nM2lK1jI0hG9fE8dC7bA6zY5xW4vU3t"
CLIENT_ID = "M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ"
CLIENT_SECRET = "kz5c_Qm3Y8-pR2tV6wX9aB4dF7gH1jK0lN3oP5qS8uV2xZ4bC6"
BEARER = (
    "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl"
    "76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"
)
ACCESS_TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"
ACCESS_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"


def test_flow_never_imports_qt() -> None:
    code = (
        "import sys, twauth_gui.core.flow; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------ navigation


@pytest.mark.parametrize(
    ("method", "pages"),
    [
        (WizardMethod.OAUTH2, ["welcome", "method", "keys", "setup", "authorize", "result"]),
        (WizardMethod.OAUTH1, ["welcome", "method", "keys", "setup", "authorize", "result"]),
        (WizardMethod.APP_ONLY, ["welcome", "method", "keys", "setup", "result"]),
        (WizardMethod.BASIC, ["welcome", "method", "keys", "setup", "result"]),
        (WizardMethod.PASTE, ["welcome", "method", "keys", "setup", "result"]),
    ],
)
def test_pages_and_next(method: WizardMethod, pages: list[str]) -> None:
    assert [p.value for p in flow.pages_for(method)] == pages
    walked = [Page.WELCOME]
    while (nxt := flow.next_page(method, walked[-1])) is not None:
        walked.append(nxt)
    assert [p.value for p in walked] == pages
    back = [walked[-1]]
    while (prev := flow.previous_page(method, back[-1])) is not None:
        back.append(prev)
    assert back == list(reversed(walked))


def test_before_method_chosen_method_page_is_last() -> None:
    assert flow.next_page(None, Page.WELCOME) == Page.METHOD
    assert flow.next_page(None, Page.METHOD) is None
    assert flow.next_page(WizardMethod.APP_ONLY, Page.AUTHORIZE) is None


def test_method_titles_are_plain_words() -> None:
    titles = [m.title for m in flow.METHODS]
    assert titles[0] == "Act as an account — OAuth 2.0 (recommended)"
    assert "I already have a token — paste it" in titles
    assert [m.method for m in flow.METHODS if m.uses_browser] == [
        WizardMethod.OAUTH2,
        WizardMethod.OAUTH1,
    ]


# ------------------------------------------------------------------ fields


def test_fields_say_where_in_portal() -> None:
    spec = flow.field_spec(WizardMethod.OAUTH1, FieldId.API_KEY)
    assert spec.label == "API Key (Consumer Key)"
    assert "Keys and tokens → Consumer Keys" in spec.portal
    ids = [s.id for s in flow.key_fields(WizardMethod.OAUTH2)]
    assert ids == [FieldId.APP_NAME, FieldId.CLIENT_ID, FieldId.CLIENT_SECRET]
    assert not flow.field_spec(WizardMethod.OAUTH2, FieldId.CLIENT_SECRET).required
    assert flow.field_spec(WizardMethod.BASIC, FieldId.PASSWORD).secret


def test_good_values_are_ok() -> None:
    assert flow.check_field(WizardMethod.OAUTH1, FieldId.API_KEY, API_KEY).level == Level.OK
    assert flow.check_field(WizardMethod.OAUTH1, FieldId.API_SECRET, API_SECRET).level == Level.OK
    assert flow.check_field(WizardMethod.OAUTH2, FieldId.CLIENT_ID, CLIENT_ID).level == Level.OK
    assert (
        flow.check_field(WizardMethod.OAUTH2, FieldId.CLIENT_SECRET, CLIENT_SECRET).level
        == Level.OK
    )
    assert flow.check_field(WizardMethod.PASTE, FieldId.TOKEN, BEARER).level == Level.OK


def test_surrounding_whitespace_is_forgiven_inner_is_not() -> None:
    assert flow.check_field(WizardMethod.OAUTH1, FieldId.API_KEY, f"  {API_KEY}\n").level == (
        Level.OK
    )
    check = flow.check_field(WizardMethod.OAUTH1, FieldId.API_KEY, API_KEY[:10] + " " + API_KEY)
    assert check.blocks
    assert "spaces" in str(check.message)


def test_bearer_pasted_as_api_key_is_recognised() -> None:
    check = flow.check_field(WizardMethod.APP_ONLY, FieldId.API_KEY, BEARER)
    assert check.level == Level.ERROR
    text = str(check.message)
    assert "Bearer Token" in text and "paste it" in text
    assert check.recognised == flow.K_BEARER


def test_client_id_pasted_as_api_key_is_recognised() -> None:
    check = flow.check_field(WizardMethod.OAUTH1, FieldId.API_KEY, CLIENT_ID)
    assert check.blocks
    assert "Client ID" in str(check.message)


def test_api_key_pasted_as_client_id_is_recognised() -> None:
    check = flow.check_field(WizardMethod.OAUTH2, FieldId.CLIENT_ID, API_KEY)
    assert check.blocks
    assert "API Key" in str(check.message)


def test_url_pasted_is_refused() -> None:
    check = flow.check_field(WizardMethod.OAUTH2, FieldId.CLIENT_ID, "https://developer.x.com/")
    assert check.blocks
    assert "web address" in str(check.message)


def test_api_key_in_secret_field_is_an_error() -> None:
    check = flow.check_field(WizardMethod.OAUTH1, FieldId.API_SECRET, API_KEY)
    assert check.blocks


def test_same_key_and_secret() -> None:
    checks = flow.check_keys(
        WizardMethod.OAUTH1,
        {FieldId.APP_NAME: "a", FieldId.API_KEY: API_KEY, FieldId.API_SECRET: API_KEY},
    )
    assert checks[FieldId.API_SECRET].blocks


def test_keys_complete() -> None:
    values = {FieldId.APP_NAME: "My app", FieldId.CLIENT_ID: CLIENT_ID}
    assert flow.keys_complete(WizardMethod.OAUTH2, values)  # public client: no secret
    assert not flow.keys_complete(WizardMethod.OAUTH2, {FieldId.APP_NAME: "My app"})
    assert not flow.keys_complete(
        WizardMethod.OAUTH2, {FieldId.APP_NAME: "My app", FieldId.CLIENT_ID: BEARER}
    )
    assert flow.required_missing(WizardMethod.OAUTH1, {FieldId.API_KEY: API_KEY}) == [
        FieldId.APP_NAME,
        FieldId.API_SECRET,
    ]
    keys = flow.app_keys(WizardMethod.OAUTH2, {FieldId.CLIENT_ID: f" {CLIENT_ID} "})
    assert keys.client_id == CLIENT_ID and not keys.is_confidential


def test_paste_oauth1_needs_secret_and_app_keys() -> None:
    values = {FieldId.APP_NAME: "a", FieldId.TOKEN: ACCESS_TOKEN}
    assert flow.paste_kind(values) == Method.OAUTH1
    assert set(flow.required_missing(WizardMethod.PASTE, values)) == {
        FieldId.TOKEN_SECRET,
        FieldId.API_KEY,
        FieldId.API_SECRET,
    }
    values.update({FieldId.TOKEN_SECRET: ACCESS_SECRET, FieldId.API_KEY: API_KEY,
                   FieldId.API_SECRET: API_SECRET})
    assert flow.keys_complete(WizardMethod.PASTE, values)
    assert flow.paste_kind({FieldId.TOKEN: BEARER}) == Method.BEARER
    assert flow.keys_complete(WizardMethod.PASTE, {FieldId.APP_NAME: "a", FieldId.TOKEN: BEARER})


def test_basic_fields() -> None:
    assert flow.check_field(WizardMethod.BASIC, FieldId.USERNAME, "me@example.com").level == (
        Level.OK
    )
    assert flow.check_field(WizardMethod.BASIC, FieldId.USERNAME, "me").level == Level.WARNING
    assert flow.check_field(WizardMethod.BASIC, FieldId.USERNAME, "m e@x").blocks
    assert flow.check_field(WizardMethod.BASIC, FieldId.PASSWORD, " pw").level == Level.WARNING


# ------------------------------------------------------------------ setup


def test_callback_url_and_port() -> None:
    assert flow.callback_url() == "http://127.0.0.1:8765/callback"
    assert flow.callback_url("localhost", 8080, "callback") == "http://localhost:8080/callback"
    assert flow.check_port("8080").level == Level.OK
    assert flow.check_port("80").blocks
    assert flow.check_port("70000").blocks
    assert flow.check_port("abc").blocks
    assert flow.check_port("").level == Level.EMPTY


def test_profile_names() -> None:
    assert flow.check_profile_name("work bot").level == Level.OK
    assert flow.check_profile_name("-x").blocks
    assert flow.check_profile_name("a/b").blocks
    assert flow.check_profile_name("x" * 65).blocks
    assert flow.check_profile_name("dup", ["dup"]).level == Level.WARNING
    assert flow.suggest_profile_name(WizardMethod.OAUTH2, "My X App!") == "my-x-app-oauth2"
    assert (
        flow.suggest_profile_name(WizardMethod.OAUTH2, "My X App", ["my-x-app-oauth2"])
        == "my-x-app-oauth2-2"
    )
    assert flow.suggest_profile_name(WizardMethod.BASIC, "") == "x-app-basic"


def test_test_url_and_pin() -> None:
    assert flow.check_test_url("").level == Level.EMPTY
    assert flow.check_test_url("https://gnip-api.x.com/search").level == Level.OK
    assert flow.check_test_url("http://gnip-api.x.com/search").blocks
    assert flow.check_test_url("gnip-api.x.com").blocks
    assert flow.check_pin("1234567").level == Level.OK
    assert flow.check_pin("12a").blocks
    assert flow.check_pin("123").level == Level.WARNING


def test_redirect_uri_and_setup_problems() -> None:
    data = FlowData(method=WizardMethod.OAUTH1, port=9000)
    assert data.redirect_uri == "http://127.0.0.1:9000/callback"
    data.oauth1_mode = OAuth1Mode.PIN
    assert data.redirect_uri == "oob"
    data = FlowData(method=WizardMethod.OAUTH2)
    problems = [str(p) for p in flow.setup_problems(data)]
    assert any("name" in p for p in problems)
    assert any("permission" in p for p in problems)
    data.profile_name = "ok"
    data.scopes = ("tweet.read",)
    assert flow.setup_problems(data) == []
    data.port = 22
    assert flow.setup_problems(data)
    assert FlowData(method=WizardMethod.APP_ONLY).redirect_uri == ""


def test_preflight_is_invalidated_by_changes() -> None:
    data = FlowData(method=WizardMethod.OAUTH2, values={FieldId.CLIENT_ID: CLIENT_ID})
    assert not data.preflight_ok
    data.preflight_ok_for = data.preflight_key()
    assert data.preflight_ok
    data.port = 9999
    assert not data.preflight_ok
    data.preflight_ok_for = data.preflight_key()
    data.values[FieldId.CLIENT_SECRET] = CLIENT_SECRET
    assert not data.preflight_ok


def test_scope_warnings() -> None:
    assert flow.scope_warnings(["tweet.read", "users.read", "offline.access"]) == []
    texts = " ".join(str(m) for m in flow.scope_warnings(["tweet.read"]))
    assert "who you signed in as" in texts and "Stay signed in" in texts


# ------------------------------------------------------------------ results


def test_vault_secrets_oauth2() -> None:
    data = FlowData(
        method=WizardMethod.OAUTH2,
        values={FieldId.APP_NAME: "App", FieldId.CLIENT_ID: CLIENT_ID,
                FieldId.CLIENT_SECRET: CLIENT_SECRET},
        scopes=("tweet.read", "users.read", "offline.access"),
        profile_name="me",
    )
    assert not data.has_result
    data.oauth2_tokens = OAuth2Tokens("acc-token-1", "ref-token-1", expires_at=1000.0,
                                      scopes=("tweet.read", "users.read"))
    assert data.has_result
    secrets = flow.vault_secrets(data)
    assert secrets == {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                       "access_token": "acc-token-1", "refresh_token": "ref-token-1"}
    data.identity = Identity("1234567890", "twauth_demo", "Twauth Demo", "http://x/a.png")
    meta = flow.credential_meta(data, now=5.0)
    assert meta["name"] == "me" and meta["app"] == "App" and meta["method"] == Method.OAUTH2
    assert meta["scopes"] == ("tweet.read", "users.read")  # what X granted
    assert meta["expires_at"] == 1000.0 and meta["created_at"] == 5.0
    assert meta["username"] == "twauth_demo" and meta["status"] == "valid"
    assert meta["redirect_uri"] == "http://127.0.0.1:8765/callback"
    assert all(v not in repr(meta) for v in secrets.values() if v != CLIENT_ID)
    assert "Twauth Demo (@twauth_demo)" in str(flow.who_message(data))
    rows = flow.result_rows(secrets)
    assert rows[0] == ("access_token", "Access Token")
    assert [k for k, _ in rows] == ["access_token", "refresh_token", "client_id", "client_secret"]
    data.clear_results()
    assert not data.has_result and data.identity is None


def test_vault_secrets_oauth1_app_basic_paste() -> None:
    data = FlowData(method=WizardMethod.OAUTH1,
                    values={FieldId.API_KEY: API_KEY, FieldId.API_SECRET: API_SECRET})
    data.oauth1_tokens = OAuth1Tokens(ACCESS_TOKEN, ACCESS_SECRET, "1", "u")
    assert flow.vault_secrets(data) == {"api_key": API_KEY, "api_secret": API_SECRET,
                                        "access_token": ACCESS_TOKEN,
                                        "access_token_secret": ACCESS_SECRET}
    data = FlowData(method=WizardMethod.APP_ONLY,
                    values={FieldId.API_KEY: API_KEY, FieldId.API_SECRET: API_SECRET})
    data.bearer = BearerToken(BEARER)
    assert flow.vault_secrets(data)["bearer_token"] == BEARER
    assert flow.credential_meta(data)["status"] == "app"
    assert flow.credential_meta(data)["method"] == Method.APP
    assert "app-only" in str(flow.who_message(data))
    data = FlowData(method=WizardMethod.BASIC,
                    values={FieldId.USERNAME: "me@example.com", FieldId.PASSWORD: " p w "})
    assert flow.vault_secrets(data) == {"username": "me@example.com", "password": " p w "}
    assert flow.credential_meta(data)["method"] == Method.BASIC
    data = FlowData(method=WizardMethod.PASTE, values={FieldId.TOKEN: BEARER})
    assert flow.vault_secrets(data) == {"bearer_token": BEARER}
    assert flow.credential_meta(data)["method"] == Method.BEARER
    data = FlowData(method=WizardMethod.PASTE,
                    values={FieldId.TOKEN: ACCESS_TOKEN, FieldId.TOKEN_SECRET: ACCESS_SECRET,
                            FieldId.API_KEY: API_KEY, FieldId.API_SECRET: API_SECRET})
    assert flow.vault_secrets(data)["access_token_secret"] == ACCESS_SECRET
    assert flow.credential_meta(data)["method"] == Method.OAUTH1


def test_flowdata_repr_has_no_secret() -> None:
    data = FlowData(method=WizardMethod.OAUTH1,
                    values={FieldId.API_KEY: API_KEY, FieldId.API_SECRET: API_SECRET})
    data.oauth1_tokens = OAuth1Tokens(ACCESS_TOKEN, ACCESS_SECRET)
    text = repr(data)
    assert API_SECRET not in text and ACCESS_SECRET not in text and ACCESS_TOKEN not in text


def test_msg_translation_hook() -> None:
    msg = flow.Msg.of("Hello {name}", name="Ann")
    assert str(msg) == "Hello Ann"
    assert msg.render("Hallo {name}") == "Hallo Ann"
    assert str(flow.Msg("plain {not formatted}")) == "plain {not formatted}"


def test_pasted_oauth2_user_token_is_recognised() -> None:
    import base64

    token = base64.urlsafe_b64encode(b"abcDEF123456abcDEF123456:1700000000000:1:at:1").decode()
    token = token.rstrip("=")
    assert flow.kind_of(token) == flow.K_OAUTH2_TOKEN
    assert flow.check_field(WizardMethod.PASTE, FieldId.TOKEN, token).level == Level.OK
    assert flow.paste_kind({FieldId.TOKEN: token}) == Method.OAUTH2
    check = flow.check_field(WizardMethod.OAUTH2, FieldId.CLIENT_ID, token)
    assert check.blocks and "paste it" in str(check.message)
    refresh = base64.urlsafe_b64encode(b"abcDEF123456abcDEF123456:1700000000000:1:rt:1").decode()
    assert flow.kind_of(refresh.rstrip("=")) == flow.K_OAUTH2_REFRESH


def test_quotes_from_a_copy_are_forgiven() -> None:
    assert flow.check_field(WizardMethod.OAUTH1, FieldId.API_KEY, f'"{API_KEY}"').level == (
        Level.OK
    )
    keys = flow.app_keys(WizardMethod.OAUTH1, {FieldId.API_KEY: f"'{API_KEY}'"})
    assert keys.api_key == API_KEY


def test_unknown_shape_is_only_a_warning() -> None:
    check = flow.check_field(WizardMethod.OAUTH1, FieldId.API_KEY, "abc")
    assert check.level == Level.WARNING and not check.blocks
    assert "25 letters" in str(check.message)
    assert flow.keys_complete(
        WizardMethod.OAUTH1,
        {FieldId.APP_NAME: "a", FieldId.API_KEY: "abc", FieldId.API_SECRET: "def"},
    )
