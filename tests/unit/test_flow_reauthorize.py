"""core.flow's "Authorize again" helpers, without Qt."""

from __future__ import annotations

import pytest

from twauth_gui.core import flow
from twauth_gui.core.flow import FieldId, OAuth1Mode, Page, WizardMethod
from twauth_gui.core.models import Method
from twauth_gui.core.vault import Credential, LinkedExport


def _cred(**kw):
    base = dict(name="bot", app="My App", method=Method.OAUTH2,
                scopes=("tweet.read", "users.read", "offline.access"),
                redirect_uri="http://localhost:9123/cb", user_id="42", username="me",
                created_at=1000.0, linked_exports=(LinkedExport("/tmp/x.env"),))
    base.update(kw)
    return Credential(**base)


def test_oauth2_data_reuses_keys_callback_scopes_and_name():
    data = flow.reauthorize_data(_cred(), {"client_id": "cid", "client_secret": "cs"},
                                 sandbox=True, api_base="http://sb")
    assert data.method == WizardMethod.OAUTH2
    assert data.values[FieldId.CLIENT_ID] == "cid" and data.values[FieldId.CLIENT_SECRET] == "cs"
    assert data.values[FieldId.APP_NAME] == "My App"
    assert (data.host, data.port, data.callback_path) == ("localhost", 9123, "/cb")
    assert data.redirect_uri == "http://localhost:9123/cb"
    assert data.scopes == ("tweet.read", "users.read", "offline.access")
    assert data.profile_name == data.replaces == "bot"
    assert data.sandbox and data.api_base == "http://sb"
    assert flow.reauthorize_start(data) == Page.SETUP
    assert flow.next_page(data.method, Page.SETUP) == Page.AUTHORIZE


def test_oauth1_pin_and_app_only():
    keys = {"api_key": "k", "api_secret": "s"}
    data = flow.reauthorize_data(_cred(method=Method.OAUTH1, redirect_uri="oob"), keys)
    assert data.method == WizardMethod.OAUTH1 and data.oauth1_mode == OAuth1Mode.PIN
    assert data.redirect_uri == "oob" and data.scopes == ()
    app = flow.reauthorize_data(_cred(method=Method.APP, redirect_uri=""), keys)
    assert app.method == WizardMethod.APP_ONLY and app.keys().api_key == "k"


def test_not_reauthorizable():
    assert not flow.can_reauthorize(Method.BEARER) and not flow.can_reauthorize("basic")
    assert flow.can_reauthorize("oauth2") and not flow.can_reauthorize("nonsense")
    with pytest.raises(ValueError):
        flow.reauthorize_data(_cred(method=Method.BASIC), {"username": "u", "password": "p"})
    with pytest.raises(ValueError):
        flow.reauthorize_data(_cred(), {"access_token": "only"})


def test_non_loopback_redirect_keeps_the_default_callback():
    data = flow.reauthorize_data(_cred(redirect_uri="https://example.com/cb"),
                                 {"client_id": "cid"})
    assert data.redirect_uri == flow.callback_url()


def test_kept_on_reauthorize():
    old = _cred()
    keep = flow.keep_on_reauthorize(old, {"user_id": "42", "username": "me", "created_at": 5.0})
    assert keep == {"linked_exports": old.linked_exports, "created_at": 1000.0}
    unknown = flow.keep_on_reauthorize(old, {"user_id": "", "username": ""})
    assert unknown["username"] == "me" and unknown["user_id"] == "42"
    assert flow.other_account(old, {"user_id": "42"}) == ""
    assert flow.other_account(old, {"user_id": "7"}) == "me"
    assert flow.other_account(old, {"user_id": ""}) == ""
