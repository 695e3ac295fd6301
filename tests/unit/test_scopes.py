"""The scope catalogue: every scope X documents is labelled; presets are sound."""

from __future__ import annotations

import pytest

from twauth_gui.core import scopes
from twauth_gui.core.errors import InputError

REFERENCE = (
    "tweet.read tweet.write tweet.moderate.write users.email users.read follows.read "
    "follows.write offline.access space.read mute.read mute.write like.read like.write list.read "
    "list.write block.read block.write bookmark.read bookmark.write dm.read dm.write media.write "
    "broadcast.read broadcast.write timeline.read ads.read ads.write"
).split()


def test_every_reference_scope_has_a_plain_label() -> None:
    names = [s.name for s in scopes.SCOPES]
    assert sorted(names) == sorted(REFERENCE)
    assert len(set(names)) == len(names)
    for s in scopes.SCOPES:
        assert s.label and s.description and s.group
        assert "." not in s.label  # plain words, not the technical name
    assert scopes.label("offline.access") == "Stay signed in"
    assert scopes.label("some.future") == "some.future"


def test_presets() -> None:
    labels = {p.label: p for p in scopes.PRESETS}
    for wanted in ("Read posts", "Post on my behalf", "Direct messages"):
        assert wanted in labels
    for p in scopes.PRESETS:
        assert set(scopes.IDENTITY_SCOPES) <= set(p.scopes), p.key
        assert scopes.OFFLINE in p.scopes
        assert all(n in REFERENCE for n in p.scopes)
        assert scopes.matching_preset(p.scopes) == p
        assert scopes.preset(p.key) == p
    assert "tweet.write" in labels["Post on my behalf"].scopes
    assert {"dm.read", "dm.write"} <= set(labels["Direct messages"].scopes)
    assert "tweet.write" not in labels["Read posts"].scopes
    assert scopes.preset(scopes.DEFAULT_PRESET)


def test_normalize_and_helpers() -> None:
    assert scopes.normalize(["users.read tweet.read", "tweet.read,offline.access"]) == (
        "tweet.read",
        "users.read",
        "offline.access",
    )
    with pytest.raises(InputError) as info:
        scopes.normalize(["tweet.read", "tweets.read"])
    assert "tweets.read" in info.value.message
    assert scopes.normalize(["x.y"], strict=False) == ("x.y",)
    assert scopes.with_identity(["dm.read"]) == ("tweet.read", "users.read", "dm.read")
    assert scopes.missing_for_identity(["tweet.read"]) == ("users.read",)
    assert scopes.describe(["offline.access", "tweet.read"]) == ["Read posts", "Stay signed in"]
    assert scopes.matching_preset(["dm.read"]) is None
    with pytest.raises(KeyError):
        scopes.get("nope")
