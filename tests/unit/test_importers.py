"""Import from twurl's ~/.twurlrc and xurl's ~/.xurl (fake values only), read-only."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from twauth_gui.core.errors import InputError
from twauth_gui.core.importers import (
    YamlError,
    find_importable,
    import_twurl,
    import_xurl,
    parse_yaml,
)
from twauth_gui.core.models import Method
from twauth_gui.core.secretstore import MemoryStore
from twauth_gui.core.vault import Vault

# What twurl (Ruby's Psych) writes: a document marker, nested mappings, a sequence at the same
# indentation as its key, quoted strings where a value would otherwise read as a number.
TWURLRC = """\
---
profiles:
  twauth_demo:
    FAKEconsumerKEY0001:
      username: twauth_demo
      consumer_key: FAKEconsumerKEY0001
      consumer_secret: FAKEconsumerSECRET0001abcdefghijklmnopqrstuv
      token: 1234567890-FAKEaccessTOKEN0001abcdefghijklmnop
      secret: FAKEaccessSECRET0001abcdefghijklmnopqrstuvwx
  second_user:
    FAKEconsumerKEY0001:
      username: second_user
      consumer_key: FAKEconsumerKEY0001
      consumer_secret: FAKEconsumerSECRET0001abcdefghijklmnopqrstuv
      token: '987-FAKEaccessTOKEN0002'
      secret: "FAKEaccessSECRET0002"
    '12345':
      username: second_user
      consumer_key: '12345'
      consumer_secret: FAKEconsumerSECRET0003
      token: 987-FAKEaccessTOKEN0003
      secret: FAKEaccessSECRET0003
configuration:
  default_profile:
  - twauth_demo
  - FAKEconsumerKEY0001
bearer_tokens:
  FAKEconsumerKEY0001: AAAAAAAAAAAAAAAAAAAAAFAKE%2Bbearer%3Dvalue0001
"""

# xurl's current format (YAML, several apps), from the xurl README's "Token Storage" section.
XURL_YAML = """\
apps:
  my-app:
    client_id: FAKEclientID0001
    client_secret: FAKEclientSECRET0001
    redirect_uri: http://localhost:8080/callback
    default_user: alice
    oauth2_tokens:
      alice:
        type: oauth2
        oauth2:
          access_token: "FAKEoauth2ACCESS0001"
          refresh_token: "FAKEoauth2REFRESH0001"
          expiration_time: 1900000000
      bob:
        type: oauth2
        oauth2:
          access_token: FAKEoauth2ACCESS0002
          refresh_token: ""
          expiration_time: 0
    oauth1_token:
      type: oauth1
      oauth1:
        access_token: 555-FAKEoauth1ACCESS
        token_secret: FAKEoauth1SECRET
        consumer_key: FAKEoauth1CONSUMER
        consumer_secret: FAKEoauth1CONSUMERSECRET
    bearer_token:
      type: bearer
      bearer: "AAAAFAKEbearer%2Bxurl"
  dev-app:
    client_id: FAKEclientID0002
    client_secret: ""
    oauth2_tokens: {}
default_app: my-app
"""

# xurl's older JSON format.
XURL_JSON = {
    "oauth2_tokens": {
        "carol": {
            "type": "oauth2",
            "oauth2": {
                "access_token": "FAKElegacyACCESS",
                "refresh_token": "FAKElegacyREFRESH",
                "expiration_time": 1900000000000,
            },
        }
    },
    "oauth1_tokens": {
        "type": "oauth1",
        "oauth1": {
            "access_token": "FAKElegacyOA1",
            "token_secret": "FAKElegacyOA1SECRET",
            "consumer_key": "FAKElegacyCK",
            "consumer_secret": "FAKElegacyCS",
        },
    },
    "bearer_token": {"type": "bearer", "bearer": "FAKElegacyBEARER"},
    "file_path": "/home/someone/.xurl",
}


def _digest(path: Path) -> tuple[str, float, int]:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime, st.st_mode


def test_twurl_import(tmp_path: Path) -> None:
    path = tmp_path / ".twurlrc"
    path.write_text(TWURLRC)
    path.chmod(0o400)  # read-only: the importer must never need to write
    before = _digest(path)
    found = import_twurl(path)
    assert _digest(path) == before
    by_name = {c.name: (c, s) for c, s in found}
    assert set(by_name) == {
        "twurl-twauth_demo",
        "twurl-second_user-FAKEcons",
        "twurl-second_user-12345",
        "twurl-app-FAKEcons",
    }
    cred, secrets = by_name["twurl-twauth_demo"]
    assert cred.method is Method.OAUTH1
    assert (cred.username, cred.user_id) == ("twauth_demo", "1234567890")
    assert secrets == {
        "api_key": "FAKEconsumerKEY0001",
        "api_secret": "FAKEconsumerSECRET0001abcdefghijklmnopqrstuv",
        "access_token": "1234567890-FAKEaccessTOKEN0001abcdefghijklmnop",
        "access_token_secret": "FAKEaccessSECRET0001abcdefghijklmnopqrstuvwx",
    }
    assert by_name["twurl-second_user-12345"][1]["api_key"] == "12345"  # stays text
    assert by_name["twurl-second_user-FAKEcons"][1]["access_token_secret"] == (
        "FAKEaccessSECRET0002"
    )
    app, app_secrets = by_name["twurl-app-FAKEcons"]
    assert app.method is Method.APP and app.status == "app"
    assert app_secrets == {
        "api_key": "FAKEconsumerKEY0001",
        "api_secret": "FAKEconsumerSECRET0001abcdefghijklmnopqrstuv",
        "bearer_token": "AAAAAAAAAAAAAAAAAAAAAFAKE%2Bbearer%3Dvalue0001",
    }
    for c, s in found:  # reprs never show a secret
        for value in s.values():
            if len(value) > 8:
                assert value not in repr(c)


def test_xurl_yaml_import(tmp_path: Path) -> None:
    path = tmp_path / ".xurl"
    path.write_text(XURL_YAML)
    before = _digest(path)
    found = import_xurl(path)
    assert _digest(path) == before
    by_name = {c.name: (c, s) for c, s in found}
    assert set(by_name) == {
        "xurl-my-app-alice",
        "xurl-my-app-bob",
        "xurl-my-app-oauth1",
        "xurl-my-app-bearer",
    }
    alice, alice_secrets = by_name["xurl-my-app-alice"]
    assert alice.method is Method.OAUTH2 and alice.app == "my-app"
    assert alice.username == "alice" and alice.expires_at == 1_900_000_000.0
    assert alice.redirect_uri == "http://localhost:8080/callback"
    assert alice_secrets == {
        "client_id": "FAKEclientID0001",
        "client_secret": "FAKEclientSECRET0001",
        "access_token": "FAKEoauth2ACCESS0001",
        "refresh_token": "FAKEoauth2REFRESH0001",
    }
    bob, bob_secrets = by_name["xurl-my-app-bob"]
    assert bob.expires_at is None and "refresh_token" not in bob_secrets
    oa1, oa1_secrets = by_name["xurl-my-app-oauth1"]
    assert oa1.method is Method.OAUTH1 and oa1.user_id == "555"
    assert oa1_secrets["api_secret"] == "FAKEoauth1CONSUMERSECRET"
    bearer, bearer_secrets = by_name["xurl-my-app-bearer"]
    assert bearer.method is Method.BEARER
    assert bearer_secrets == {"bearer_token": "AAAAFAKEbearer%2Bxurl"}


def test_xurl_legacy_json_import(tmp_path: Path) -> None:
    path = tmp_path / ".xurl"
    path.write_text(json.dumps(XURL_JSON, indent=2))
    found = {c.name: (c, s) for c, s in import_xurl(path)}
    assert set(found) == {"xurl-default-carol", "xurl-default-oauth1", "xurl-default-bearer"}
    carol = found["xurl-default-carol"][0]
    assert carol.app == "default" and carol.expires_at == 1_900_000_000.0  # ms → s
    assert found["xurl-default-oauth1"][1]["access_token"] == "FAKElegacyOA1"


def test_imported_candidates_save_into_the_vault(tmp_path: Path) -> None:
    (tmp_path / ".twurlrc").write_text(TWURLRC)
    (tmp_path / ".xurl").write_text(XURL_YAML)
    v = Vault(tmp_path / "data", MemoryStore(), persist_index=True)
    found = import_twurl(tmp_path / ".twurlrc") + import_xurl(tmp_path / ".xurl")
    for cred, secrets in found:
        v.save(cred, secrets)
    assert len(v.list()) == len(found) == 8
    assert v.secrets("xurl-my-app-alice")["refresh_token"] == "FAKEoauth2REFRESH0001"


def test_find_importable(tmp_path: Path) -> None:
    assert find_importable(tmp_path) == []
    (tmp_path / ".xurl").write_text(XURL_YAML)
    (tmp_path / ".twurlrc").write_text(TWURLRC)
    assert find_importable(tmp_path) == [
        ("twurl", tmp_path / ".twurlrc"),
        ("xurl", tmp_path / ".xurl"),
    ]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("profiles:\n  a: &anchor x\n", 2),
        ("a: !ruby/object:Foo x\n", 1),
        ("a: 1\na: 2\n", 2),
        ("a: 'unterminated\n", 1),
        ("a:\n\tb: 1\n", 2),
        ("a: 1\n---\nb: 2\n", 2),
        ("a: 1\n   b: 2\n", 2),
    ],
)
def test_unsupported_yaml_is_refused_with_a_line(text: str, line: int) -> None:
    with pytest.raises(YamlError) as info:
        parse_yaml(text)
    assert info.value.line == line


def test_bad_files_give_plain_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no twurl file"):
        import_twurl(tmp_path / "missing")
    bad = tmp_path / "bad"
    bad.write_text("profiles:\n  a: &x y\n")
    with pytest.raises(InputError, match=r"line 2") as info:
        import_twurl(bad)
    assert "by hand" in info.value.hint
    other = tmp_path / "other"
    other.write_text("- just\n- a list\n")
    with pytest.raises(InputError, match="does not look like"):
        import_xurl(other)


def test_yaml_subset_features() -> None:
    text = """\
%YAML 1.1
--- # document
plain: value with spaces   # comment
hash_in_value: a#b
colon_in_value: http://127.0.0.1:8765/callback
quoted_hash: "x # not a comment"
single: 'it''s'
escapes: "tab\\tnew\\nline \\u00e9 \\x41 \\"q\\""
empty:
null_tilde: ~
flow_list: [a, 'b c', "d"]
flow_map: {k: v, "q": 'w'}
empty_flow: {}
nested:
  list:
  - one
  - two: 2
    three: 3
  -
    - deep
literal: |
  line 1
   indented
  line 3
folded: >-
  joined
  words
continued: first
  second
quoted_multi: "a
  b"
...
ignored: after end
"""
    assert parse_yaml(text) == {
        "plain": "value with spaces",
        "hash_in_value": "a#b",
        "colon_in_value": "http://127.0.0.1:8765/callback",
        "quoted_hash": "x # not a comment",
        "single": "it's",
        "escapes": 'tab\tnew\nline é A "q"',
        "empty": None,
        "null_tilde": None,
        "flow_list": ["a", "b c", "d"],
        "flow_map": {"k": "v", "q": "w"},
        "empty_flow": {},
        "nested": {"list": ["one", {"two": "2", "three": "3"}, ["deep"]]},
        "literal": "line 1\n indented\nline 3\n",
        "folded": "joined words",
        "continued": "first second",
        "quoted_multi": "a b",
    }
