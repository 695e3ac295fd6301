#!/usr/bin/env python3
"""A stand-in for a person's browser, used as ``$BROWSER`` by the benchmarks.

Opens the authorize URL on the sandbox (which approves by itself), then — like a browser —
follows the redirect to the app's loopback receiver. Appends one JSON line to
``$BENCH_BROWSER_LOG`` with wall-clock times: ``t_redirect`` (the redirect to the loopback was
received, i.e. the moment the browser is sent back) and ``t_done`` (the receiver's page was
loaded). For an OAuth 1.0a ``oob`` flow it logs the PIN instead. The launched process exits
at once (the work goes on in a forked child), like ``xdg-open`` handing over to a browser.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import urllib.request


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def main() -> int:
    url = sys.argv[1]
    # Like a launcher that hands the URL to a running browser: return at once, work on in a
    # child (otherwise the app would still be inside open_url when the redirect arrives).
    if hasattr(os, "fork") and os.fork() != 0:
        return 0
    entry: dict[str, object] = {"t_open": time.time()}
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=30) as response:
            text = response.read().decode("utf-8", "replace")
            pin = re.search(r'data-pin="(\d{7})"', text) or re.search(r"\b(\d{7})\b", text)
            entry["pin"] = pin.group(1) if pin else None
    except urllib.error.HTTPError as exc:
        if exc.code not in (301, 302, 303, 307):
            entry["error"] = f"HTTP {exc.code}"
        else:
            location = exc.headers["Location"]
            entry["t_redirect"] = time.time()
            with urllib.request.urlopen(location, timeout=30) as landed:
                landed.read()
                entry["status"] = landed.status
            entry["t_done"] = time.time()
    with open(os.environ["BENCH_BROWSER_LOG"], "a", encoding="utf-8") as log:
        log.write(json.dumps(entry) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
