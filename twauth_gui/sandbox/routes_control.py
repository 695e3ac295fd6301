"""HTTP control endpoints under /_sandbox/ so other processes can steer a running sandbox.

Mutating calls require ``Content-Type: application/json`` (a plain web page cannot send
that cross-origin without a preflight, so a visited site cannot flip these switches).
"""

from __future__ import annotations

from typing import Any

from twauth_gui.sandbox import pages
from twauth_gui.sandbox.avatar import AVATAR_PNG
from twauth_gui.sandbox.faults import make_fault
from twauth_gui.sandbox.http_types import Request, Response, html_response, json_response
from twauth_gui.sandbox.state import SandboxState


def _json_required(req: Request) -> dict[str, Any] | Response:
    if req.json_body is None:
        return json_response(415, {"error": "send a JSON object with Content-Type: "
                                            "application/json"})
    return req.json_body


def index(req: Request, st: SandboxState) -> Response:
    return html_response(200, pages.index_page(req.base_url))


def avatar(req: Request, st: SandboxState) -> Response:
    return Response(200, AVATAR_PNG, "image/png", [("Cache-Control", "max-age=3600")])


def stats(req: Request, st: SandboxState) -> Response:
    with st.lock:
        counts = dict(st.counts)
    return json_response(200, {"counts": counts, "clock_offset": st.clock_offset,
                               "auto": st.auto})


def expire(req: Request, st: SandboxState) -> Response:
    body = _json_required(req)
    if isinstance(body, Response):
        return body
    return json_response(200, {"expired": st.expire_access_tokens()})


def faults(req: Request, st: SandboxState) -> Response:
    if req.method == "DELETE":
        st.faults.clear()
        return json_response(200, {"cleared": True})
    body = _json_required(req)
    if isinstance(body, Response):
        return body
    path = body.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        return json_response(400, {"error": "path must be an absolute path like /2/users/me"})
    try:
        fault = make_fault(
            status=body.get("status"),
            body=body.get("body"),
            headers=body.get("headers"),
            delay=float(body.get("delay", 0.0)),
            drop=bool(body.get("drop", False)),
            times=body.get("times", 1),
        )
    except (TypeError, ValueError) as exc:
        return json_response(400, {"error": str(exc)})
    st.faults.add(path, fault)
    return json_response(200, {"added": path})


def clock(req: Request, st: SandboxState) -> Response:
    body = _json_required(req)
    if isinstance(body, Response):
        return body
    try:
        offset = float(body["offset"])
    except (KeyError, TypeError, ValueError):
        return json_response(400, {"error": "send {\"offset\": seconds}"})
    with st.lock:
        st.clock_offset = offset
    return json_response(200, {"clock_offset": offset})


def auto(req: Request, st: SandboxState) -> Response:
    body = _json_required(req)
    if isinstance(body, Response):
        return body
    value = body.get("auto")
    if value not in ("approve", "deny", None):
        return json_response(400, {"error": "auto must be \"approve\", \"deny\" or null"})
    with st.lock:
        st.auto = value
    return json_response(200, {"auto": value})


def callbacks(req: Request, st: SandboxState) -> Response:
    body = _json_required(req)
    if isinstance(body, Response):
        return body
    app = st.app_by_name(str(body.get("app", "")))
    url = body.get("url")
    if app is None or not isinstance(url, str) or not url:
        return json_response(400, {"error": "send {\"app\": name, \"url\": callback}"})
    with st.lock:
        if url not in app.callbacks:
            app.callbacks.append(url)
        registered = list(app.callbacks)
    return json_response(200, {"app": app.name, "callbacks": registered})
