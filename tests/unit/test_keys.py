"""Recognising pasted values: bearer vs API key vs client id, and field mismatch messages."""

from __future__ import annotations

import pytest

from twauth_gui.core import keys as k
from twauth_gui.core.errors import InputError
from twauth_gui.core.keys import KeyKind
from twauth_gui.core.models import AppKeys, Method

BEARER = (
    "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76"
    "ZC9Ub0wnz4XsNiRVBChTYbJcE3F"
)
API_KEY = "Xy3kQ9mN2pL7vR4sT1uW6yB8c"  # 25
API_SECRET = "aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5oQ7sU9wY1aC3eG"  # 50
ACCESS_TOKEN = "1234567890-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789Ab"
ACCESS_SECRET = "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBaZyXwVuTsR"  # 45
CLIENT_ID = "WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ"
CLIENT_SECRET = "-RoKx3x58JA8Sm9JIt2fmAjq3q5GX-bqZ3vjJxSeGsdmGtXEbP"
DOC_KEY = "xvz1evFS4wEEPTGEFPHBog"  # X's documented (older, 22-char) consumer key


def test_fixture_lengths() -> None:
    assert (
        len(API_KEY),
        len(API_SECRET),
        len(ACCESS_SECRET),
        len(CLIENT_ID),
        len(CLIENT_SECRET),
    ) == (25, 50, 45, 34, 50)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (BEARER, KeyKind.BEARER_TOKEN),
        (API_KEY, KeyKind.API_KEY),
        (DOC_KEY, KeyKind.API_KEY),
        (API_SECRET, KeyKind.API_SECRET),
        (ACCESS_TOKEN, KeyKind.ACCESS_TOKEN),
        (ACCESS_SECRET, KeyKind.ACCESS_TOKEN_SECRET),
        (CLIENT_ID, KeyKind.CLIENT_ID),
        (CLIENT_SECRET, KeyKind.CLIENT_SECRET),
        (f"  '{BEARER}'\n", KeyKind.BEARER_TOKEN),
        ("hello", KeyKind.UNKNOWN),
        ("sandbox-api-key-0001", KeyKind.UNKNOWN),
        ("", KeyKind.UNKNOWN),
    ],
)
def test_recognise(value: str, kind: KeyKind) -> None:
    assert k.recognise(value) == kind


def test_plausible_is_a_set_for_ambiguous_shapes() -> None:
    assert {KeyKind.API_SECRET, KeyKind.ACCESS_TOKEN_SECRET, KeyKind.CLIENT_SECRET} <= k.plausible(
        API_SECRET
    )
    assert k.plausible(BEARER) == {KeyKind.BEARER_TOKEN}
    assert k.plausible("") == frozenset()


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        (KeyKind.API_KEY, BEARER, "Bearer Token"),
        (KeyKind.API_KEY, CLIENT_ID, "Client ID"),
        (KeyKind.API_SECRET, CLIENT_SECRET, "Client Secret"),
        (KeyKind.API_SECRET, ACCESS_TOKEN, "Access Token"),
        (KeyKind.CLIENT_ID, API_KEY, "API Key"),
        (KeyKind.CLIENT_SECRET, BEARER, "Bearer Token"),
        (KeyKind.BEARER_TOKEN, API_KEY, "API Key"),
    ],
)
def test_field_problem_names_both_fields(field: KeyKind, value: str, says: str) -> None:
    problem = k.field_problem(field, value)
    assert problem is not None
    assert says in problem and k.LABELS[field] in problem
    assert value not in problem  # never echo the (secret) value


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (KeyKind.API_KEY, API_KEY),
        (KeyKind.API_KEY, DOC_KEY),
        (KeyKind.API_SECRET, API_SECRET),
        (KeyKind.CLIENT_SECRET, API_SECRET),  # an all-alphanumeric client secret is possible
        (KeyKind.CLIENT_ID, CLIENT_ID),
        (KeyKind.CLIENT_SECRET, CLIENT_SECRET),
        (KeyKind.API_KEY, "sandbox-key"),  # unknown shapes pass (sandbox, future formats)
        (KeyKind.API_KEY, ""),
    ],
)
def test_field_problem_accepts_plausible_values(field: KeyKind, value: str) -> None:
    assert k.field_problem(field, value) is None


def test_whitespace_inside_is_reported() -> None:
    problem = k.field_problem(KeyKind.API_KEY, "Xy3kQ9mN2p L7vR4sT1uW6yB8c")
    assert problem and "spaces" in problem


def test_clean() -> None:
    assert k.clean('  "abc"  ') == "abc"
    assert k.clean("'abc\n'") == "abc"
    assert k.clean("a'bc") == "a'bc"


def test_check_app_keys() -> None:
    k.check_app_keys(AppKeys(api_key=API_KEY, api_secret=API_SECRET), Method.OAUTH1)
    k.check_app_keys(AppKeys(client_id=CLIENT_ID, client_secret=CLIENT_SECRET), Method.OAUTH2)
    k.check_app_keys(AppKeys(client_id=CLIENT_ID), Method.OAUTH2)
    with pytest.raises(InputError) as info:
        k.check_app_keys(AppKeys(api_key=BEARER, api_secret=API_SECRET), Method.APP)
    assert "Bearer Token" in info.value.message and info.value.hint
    with pytest.raises(InputError):
        k.check_app_keys(AppKeys(client_id=API_KEY, client_secret=API_SECRET), Method.OAUTH2)
