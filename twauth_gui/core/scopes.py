"""The OAuth 2.0 scope catalogue in plain language, and presets for the scope picker.

Every scope X documents (x-auth-reference.md) has a short label and a sentence saying what it
allows. Presets are what most people want ("Read posts", "Post on my behalf", …); they always
include ``tweet.read`` + ``users.read`` (needed to tell who signed in) and ``offline.access``
("Stay signed in": gives a refresh token). Pure data, cheap to import.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from twauth_gui.core.errors import ErrorKind, InputError


@dataclass(frozen=True)
class Scope:
    """One OAuth 2.0 scope: ``name`` as X spells it, a ``label`` and a ``description``."""

    name: str
    label: str
    description: str
    group: str
    write: bool = False


@dataclass(frozen=True)
class Preset:
    """A named set of scopes for the picker."""

    key: str
    label: str
    description: str
    scopes: tuple[str, ...]


#: Scopes X needs to answer "who signed in" (``/2/users/me``).
IDENTITY_SCOPES: tuple[str, ...] = ("tweet.read", "users.read")
OFFLINE = "offline.access"

SCOPES: tuple[Scope, ...] = (
    Scope("tweet.read", "Read posts", "See posts, including from protected accounts you "
          "follow.", "Posts"),
    Scope("tweet.write", "Post and delete posts", "Post, reply, repost and delete posts for "
          "you.", "Posts", write=True),
    Scope("tweet.moderate.write", "Hide replies", "Hide and unhide replies to your posts.",
          "Posts", write=True),
    Scope("media.write", "Upload media", "Upload photos and videos to attach to posts.",
          "Posts", write=True),
    Scope("users.read", "See accounts", "See any account you can see, including your own "
          "profile.", "Account"),
    Scope("users.email", "See your email address", "See the email address of your account.",
          "Account"),
    Scope("offline.access", "Stay signed in", "Keep access without signing in again every two "
          "hours (gives a refresh token).", "Account"),
    Scope("follows.read", "See who you follow", "See who follows you and whom you follow.",
          "People"),
    Scope("follows.write", "Follow and unfollow", "Follow and unfollow accounts for you.",
          "People", write=True),
    Scope("mute.read", "See muted accounts", "See the accounts you have muted.", "People"),
    Scope("mute.write", "Mute and unmute", "Mute and unmute accounts for you.", "People",
          write=True),
    Scope("block.read", "See blocked accounts", "See the accounts you have blocked.", "People"),
    Scope("block.write", "Block and unblock", "Block and unblock accounts for you.", "People",
          write=True),
    Scope("like.read", "See likes", "See posts you liked and who liked yours.", "Likes & lists"),
    Scope("like.write", "Like and unlike", "Like and unlike posts for you.", "Likes & lists",
          write=True),
    Scope("list.read", "See lists", "See lists, their members and followers.", "Likes & lists"),
    Scope("list.write", "Manage lists", "Create and manage lists for you.", "Likes & lists",
          write=True),
    Scope("bookmark.read", "See bookmarks", "See your bookmarked posts.", "Likes & lists"),
    Scope("bookmark.write", "Manage bookmarks", "Add and remove bookmarks for you.",
          "Likes & lists", write=True),
    Scope("dm.read", "Read direct messages", "Read all your direct messages.",
          "Direct messages"),
    Scope("dm.write", "Send direct messages", "Send and manage direct messages for you.",
          "Direct messages", write=True),
    Scope("space.read", "See Spaces", "See Spaces information.", "Spaces & broadcasts"),
    Scope("broadcast.read", "See broadcasts", "See live broadcasts.", "Spaces & broadcasts"),
    Scope("broadcast.write", "Manage broadcasts", "Create and manage live broadcasts for you.",
          "Spaces & broadcasts", write=True),
    Scope("timeline.read", "Read timelines", "Read your home timeline and other timelines.",
          "Posts"),
    Scope("ads.read", "See ads data", "See your ads accounts, campaigns and analytics.", "Ads"),
    Scope("ads.write", "Manage ads", "Create and manage ads campaigns for you.", "Ads",
          write=True),
)

_BY_NAME: dict[str, Scope] = {s.name: s for s in SCOPES}

#: Scopes X's newer specs add (not available to every app); "Everything" leaves them out.
NEWER: frozenset[str] = frozenset({"broadcast.read", "broadcast.write", "timeline.read"})
ADS: frozenset[str] = frozenset({"ads.read", "ads.write"})

_BASE = (*IDENTITY_SCOPES, OFFLINE)

PRESETS: tuple[Preset, ...] = (
    Preset("read", "Read posts", "Read posts and profiles; cannot change anything.", _BASE),
    Preset(
        "post",
        "Post on my behalf",
        "Read, post, reply, repost, delete posts and upload media.",
        (*_BASE, "tweet.write", "media.write"),
    ),
    Preset(
        "dm",
        "Direct messages",
        "Read and send direct messages.",
        (*_BASE, "dm.read", "dm.write"),
    ),
    Preset(
        "social",
        "Likes, follows and lists",
        "Read posts and manage likes, follows, bookmarks and lists.",
        (
            *_BASE,
            "like.read",
            "like.write",
            "follows.read",
            "follows.write",
            "bookmark.read",
            "bookmark.write",
            "list.read",
            "list.write",
        ),
    ),
    Preset(
        "all",
        "Everything",
        "Every standard permission (not ads, not the newer broadcast/timeline scopes).",
        tuple(s.name for s in SCOPES if s.name not in NEWER | ADS),
    ),
)

_PRESETS_BY_KEY: dict[str, Preset] = {p.key: p for p in PRESETS}

DEFAULT_PRESET = "read"


def get(name: str) -> Scope:
    """The catalogue entry for ``name``; raises :class:`KeyError` for an unknown scope."""
    return _BY_NAME[name]


def label(name: str) -> str:
    """The plain-language label of a scope (the raw name for scopes X added later)."""
    scope = _BY_NAME.get(name)
    return scope.label if scope else name


def preset(key: str) -> Preset:
    """A preset by key (``read``, ``post``, ``dm``, ``social``, ``all``)."""
    return _PRESETS_BY_KEY[key]


def normalize(names: Iterable[str], *, strict: bool = True) -> tuple[str, ...]:
    """Deduplicate in catalogue order (unknown names last); ``strict`` refuses unknown names."""
    wanted: list[str] = []
    for raw in names:
        for name in raw.replace(",", " ").split():
            if name not in wanted:
                wanted.append(name)
    unknown = [n for n in wanted if n not in _BY_NAME]
    if unknown and strict:
        raise InputError(
            f"Unknown permission (scope): {', '.join(unknown)}.",
            "Pick permissions from the list; X shows an error page for scopes it does not know.",
            kind=ErrorKind.INVALID_INPUT,
        )
    known = [s.name for s in SCOPES if s.name in wanted]
    return (*known, *unknown)


def with_identity(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` plus ``tweet.read`` and ``users.read`` (needed to show who signed in)."""
    return normalize([*names, *IDENTITY_SCOPES], strict=False)


def missing_for_identity(names: Sequence[str]) -> tuple[str, ...]:
    """Which of ``tweet.read``/``users.read`` are missing from ``names``."""
    return tuple(s for s in IDENTITY_SCOPES if s not in names)


def describe(names: Iterable[str]) -> list[str]:
    """Plain-language lines for a grant, e.g. for the result page ("Read posts", …)."""
    return [label(n) for n in normalize(names, strict=False)]


def matching_preset(names: Iterable[str]) -> Preset | None:
    """The preset with exactly these scopes, if any (so the picker can show it selected)."""
    wanted = set(normalize(names, strict=False))
    for p in PRESETS:
        if set(p.scopes) == wanted:
            return p
    return None
