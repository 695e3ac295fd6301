"""Runs the real ``twauth`` entry point (``twauth_gui.cli.main``) with test-only knobs.

The CLI has no switch for these, so the stress suite sets them from the environment here,
before ``main`` runs (see docs/RELIABILITY.md, "Gaps"); the HTTP timeout needs no knob here,
the CLI reads ``TWAUTH_HTTP_TIMEOUT`` itself:

* ``TWAUTH_STRESS_LOG=path``: root logging at DEBUG into ``path`` (the CLI installs its
  redaction filter on the root handlers, so it applies to this handler too);
* ``TWAUTH_STRESS_BACKOFF=s``: first retry delay of ``lifecycle.refresh`` (1 s, doubling).
"""

from __future__ import annotations

import functools
import logging
import os
import sys


def main() -> int:
    log_path = os.environ.get("TWAUTH_STRESS_LOG")
    if log_path:
        logging.basicConfig(
            level=logging.DEBUG,
            filename=log_path,
            format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s",
        )
    backoff = os.environ.get("TWAUTH_STRESS_BACKOFF")
    if backoff:
        from twauth_gui.core import lifecycle

        lifecycle.refresh = functools.partial(  # type: ignore[assignment]
            lifecycle.refresh, backoff=float(backoff)
        )
    from twauth_gui.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
