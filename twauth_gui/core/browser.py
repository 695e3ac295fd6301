"""Open a URL in the user's browser, honouring ``$BROWSER`` the way :mod:`webbrowser` does.

``$BROWSER`` is a list of commands separated by :data:`os.pathsep`. A command containing
``%s`` gets the URL substituted there (a trailing ``&`` runs it in the background);
otherwise the URL is appended as the last argument. Known browser names (``firefox``,
``chromium``...) use :mod:`webbrowser`'s own controllers. The URL always travels as one
argv element, never through a shell. Without ``$BROWSER`` the platform default is used via
:func:`webbrowser.open`; on a Linux/BSD machine without a display we do not start a text-mode
browser (it would take over the terminal and cannot run X's consent page) and return False,
so the caller shows the link to copy instead.

:func:`open_url` may block while a ``$BROWSER`` command runs (like :mod:`webbrowser`): call it
from a worker thread in the GUI.
"""

from __future__ import annotations

import logging
import os
import shlex
import subprocess
import sys
import threading
import webbrowser

from twauth_gui.core.errors import ErrorKind, InputError

__all__ = ["open_url"]

log = logging.getLogger(__name__)


def _check_url(url: str) -> None:
    lowered = url.lower()
    if not lowered.startswith(("http://", "https://")) or any(ch <= " " for ch in url):
        raise InputError(
            "Only web addresses (http:// or https://) can be opened in the browser.",
            "Copy the link and open it in your browser yourself.",
            kind=ErrorKind.INVALID_INPUT,
        )


class _Background(webbrowser.BaseBrowser):
    """Start a ``$BROWSER ... %s &`` command without waiting for it (and reap it later).

    Unlike :class:`webbrowser.BackgroundBrowser`, a command that exits quickly with status 0
    counts as success, and the child is reaped in a thread, so no zombie and no
    ``ResourceWarning`` is left behind.
    """

    def __init__(self, args: list[str]) -> None:
        super().__init__(args[0])
        self.args = args[1:]

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        cmdline = [self.name] + [arg.replace("%s", url) for arg in self.args]
        try:
            proc = subprocess.Popen(
                cmdline,
                stdin=subprocess.DEVNULL,
                close_fds=True,
                start_new_session=sys.platform != "win32",
            )
        except OSError:
            return False
        try:
            return proc.wait(timeout=0.5) == 0
        except subprocess.TimeoutExpired:
            threading.Thread(target=proc.wait, name="twauth-browser-reaper", daemon=True).start()
            return True


def _controller(command: str) -> webbrowser.BaseBrowser | None:
    """A launcher for one ``$BROWSER`` entry, with the URL passed as an argument."""
    try:
        parts = shlex.split(command)
    except ValueError:
        return None
    if not parts:
        return None
    if "%s" in command:
        if parts[-1] == "&":
            return _Background(parts[:-1])
        return webbrowser.GenericBrowser(parts)
    if len(parts) == 1:
        try:
            return webbrowser.get(parts[0])  # a known browser name: its proper controller
        except webbrowser.Error:
            pass
    return webbrowser.GenericBrowser([*parts, "%s"])


def _headless() -> bool:
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_url(url: str) -> bool:
    """Open ``url`` in a browser; True if a browser was started, False if none could be.

    Never raises for a missing or failing browser; raises :class:`InputError` only for a
    URL that is not http(s).
    """
    _check_url(url)
    env = os.environ.get("BROWSER", "")
    commands = [entry for entry in env.split(os.pathsep) if entry.strip()]
    if commands:
        for command in commands:
            controller = _controller(command)
            if controller is None:
                continue
            try:
                if controller.open(url, new=2):
                    return True
            except (OSError, webbrowser.Error, ValueError):
                continue
        log.debug("no $BROWSER command could open the link")
        return False
    if _headless():
        log.debug("no display: not starting a text-mode browser")
        return False
    try:
        return bool(webbrowser.open(url, new=2))
    except (OSError, webbrowser.Error, ValueError):
        log.debug("the default browser could not be started")
        return False
