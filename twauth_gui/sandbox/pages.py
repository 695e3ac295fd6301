"""The sandbox's HTML pages: consent, PIN, "Whoa there!", "Something went wrong", index.

Self-contained (inline CSS, no external resources), every dynamic value HTML-escaped, and
each page says plainly that this is the twauth-gui sandbox, not X.
"""

from __future__ import annotations

from html import escape

from twauth_gui.sandbox.state import OAUTH2_SCOPES, DemoUser

AVATAR_PATH = "/_sandbox/avatar.png"

_CSS = """
:root { color-scheme: light dark; --fg:#0f1419; --muted:#536471; --bg:#f7f9f9; --card:#fff;
  --line:#cfd9de; --accent:#1d9bf0; --banner:#ffd400; --bannerfg:#1a1a00; }
@media (prefers-color-scheme: dark) { :root { --fg:#e7e9ea; --muted:#8b98a5; --bg:#000;
  --card:#16181c; --line:#2f3336; } }
* { box-sizing: border-box; }
body { margin:0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: var(--bg); color: var(--fg); }
.banner { background: var(--banner); color: var(--bannerfg); padding: .6rem 1rem;
  font-weight: 600; text-align: center; }
main { max-width: 34rem; margin: 2rem auto; padding: 0 1rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 16px;
  padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
p { margin: .5rem 0; }
.muted { color: var(--muted); font-size: .9rem; }
.user { display:flex; align-items:center; gap:.75rem; margin: 1rem 0; }
.user img { width:48px; height:48px; border-radius:50%; }
ul { padding-left: 1.2rem; }
.buttons { display:flex; gap:.75rem; margin-top: 1.25rem; flex-wrap: wrap; }
button { font: inherit; font-weight: 700; border-radius: 999px; padding: .6rem 1.4rem;
  cursor: pointer; border: 1px solid var(--line); background: transparent; color: var(--fg); }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
code.pin { display:block; font-size: 2.2rem; letter-spacing: .3rem; text-align:center;
  padding: .75rem; margin: 1rem 0; border: 2px dashed var(--line); border-radius: 12px;
  user-select: all; }
code { word-break: break-all; }
"""

BANNER = ("twauth-gui SANDBOX: a local stand-in, not X. "
          "Nothing here touches a real account.")


def layout(title: str, body: str) -> str:
    """Wrap ``body`` (already-escaped HTML) in the common page frame."""
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta name=\"referrer\" content=\"no-referrer\">"
        f"<title>{escape(title)} · twauth-gui sandbox</title><style>{_CSS}</style></head>"
        f"<body><div class=\"banner\" role=\"note\">{escape(BANNER)}</div>"
        f"<main><div class=\"card\">{body}</div></main></body></html>\n"
    )


def _user_block(user: DemoUser) -> str:
    return (
        f"<div class=\"user\"><img src=\"{AVATAR_PATH}\" alt=\"\">"
        f"<div><strong>{escape(user.name)}</strong><br>"
        f"<span class=\"muted\">@{escape(user.username)} · signed in to the sandbox</span>"
        "</div></div>"
    )


def _form(action_path: str, consent_id: str) -> str:
    return (
        f"<form method=\"post\" action=\"{escape(action_path)}\">"
        f"<input type=\"hidden\" name=\"consent_id\" value=\"{escape(consent_id)}\">"
        "<div class=\"buttons\">"
        "<button class=\"primary\" type=\"submit\" name=\"action\" value=\"allow\" "
        "id=\"allow\" autofocus>Authorize app</button>"
        "<button type=\"submit\" name=\"action\" value=\"deny\" id=\"cancel\">Cancel</button>"
        "</div></form>"
    )


def oauth2_consent(app_name: str, scopes: tuple[str, ...], redirect_uri: str,
                   user: DemoUser, consent_id: str) -> str:
    items = "".join(
        f"<li>{escape(OAUTH2_SCOPES.get(s, s))} <span class=\"muted\">({escape(s)})</span></li>"
        for s in scopes
    )
    body = (
        f"<h1>{escape(app_name)} wants to access your X account</h1>"
        f"{_user_block(user)}"
        f"<p>Things this app will be able to do:</p><ul>{items}</ul>"
        f"<p class=\"muted\">After you choose, you will be sent to "
        f"<code>{escape(redirect_uri)}</code>.</p>"
        f"{_form('/i/oauth2/authorize', consent_id)}"
    )
    return layout("Authorize app", body)


def oauth1_consent(app_name: str, access_type: str, callback: str, user: DemoUser,
                   consent_id: str, action_path: str) -> str:
    if access_type == "read":
        can = "<li>See posts from your timeline and your profile information</li>"
    else:
        can = ("<li>See posts from your timeline and your profile information</li>"
               "<li>Post and repost for you, follow and unfollow accounts</li>")
    target = ("You will get a PIN to type into the app." if callback == "oob"
              else f"After you choose, you will be sent to <code>{escape(callback)}</code>.")
    body = (
        f"<h1>Authorize {escape(app_name)} to access your account?</h1>"
        f"{_user_block(user)}"
        f"<p>This application will be able to:</p><ul>{can}</ul>"
        f"<p class=\"muted\">{target}</p>"
        f"{_form(action_path, consent_id)}"
    )
    return layout("Authorize app", body)


def pin_page(app_name: str, pin: str) -> str:
    body = (
        f"<h1>You've granted access to {escape(app_name)}!</h1>"
        f"<p>Next, return to {escape(app_name)} and enter this PIN to complete the "
        "authorization process:</p>"
        f"<code class=\"pin\" id=\"pin\">{escape(pin)}</code>"
        "<p class=\"muted\">The PIN works once.</p>"
    )
    return layout("PIN", body)


def cancelled_page(app_name: str) -> str:
    body = (
        "<h1 id=\"cancelled\">You cancelled</h1>"
        f"<p>{escape(app_name)} was not given access to your account. "
        "You can close this page.</p>"
    )
    return layout("Cancelled", body)


def whoa_page() -> str:
    body = (
        "<h1 id=\"whoa\">Whoa there!</h1>"
        "<p>The request token for this page is invalid. It may have already been used, or "
        "expired because it is too old. Please go back to the site or application that sent "
        "you here and try again; it was probably just a mistake.</p>"
    )
    return layout("Whoa there!", body)


def something_went_wrong(detail: str) -> str:
    body = (
        "<h1 id=\"error\">Something went wrong</h1>"
        "<p>You weren't able to give access to the App. Go back and try logging in again.</p>"
        f"<p class=\"muted\" id=\"detail\">Sandbox detail: {escape(detail)}</p>"
    )
    return layout("Something went wrong", body)


def index_page(base_url: str) -> str:
    body = (
        "<h1>twauth-gui sandbox</h1>"
        "<p>This local server imitates X's authorization endpoints so you can try twauth-gui "
        "without a developer account. Tokens it hands out only work here.</p>"
        f"<p class=\"muted\">Base URL: <code>{escape(base_url)}</code></p>"
    )
    return layout("Sandbox", body)
