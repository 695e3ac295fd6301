"""Process-wide secret registry and the logging filter that redacts every secret seen.

Every model holding a secret registers it here on construction (``remember``). The
``RedactingFilter`` replaces any remembered value (and its percent-encoded form) in
log records with ``[REDACTED]``; ``install_log_redaction`` attaches it to the root
logger's handlers. ``scrub`` does the same for arbitrary text (crash reports, errors).
"""

from __future__ import annotations

import logging
import threading
from urllib.parse import quote

_MIN_LEN = 6
_lock = threading.Lock()
_secrets: set[str] = set()
MASK = "[REDACTED]"


def remember(*values: str | None) -> None:
    """Register secret values so that logs and reports never show them."""
    with _lock:
        for value in values:
            if value and len(value) >= _MIN_LEN:
                _secrets.add(value)
                encoded = quote(value, safe="")
                if encoded != value:
                    _secrets.add(encoded)


def scrub(text: str) -> str:
    """Return ``text`` with every remembered secret replaced by ``[REDACTED]``."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def mask(value: str | None, keep: int = 4) -> str:
    """Mask a secret for display: the last ``keep`` characters stay visible."""
    if not value:
        return ""
    if len(value) <= keep * 3:
        return "•" * 8
    return "•" * 8 + value[-keep:]


class RedactingFilter(logging.Filter):
    """Logging filter that scrubs remembered secrets out of each record's message."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record still must not leak or crash logging
            message = str(record.msg)
        cleaned = scrub(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


_installed = False


def install_log_redaction(logger: logging.Logger | None = None) -> None:
    """Attach the redacting filter to ``logger`` (root by default) and its handlers."""
    global _installed
    target = logger or logging.getLogger()
    flt = RedactingFilter()
    target.addFilter(flt)
    for handler in target.handlers:
        handler.addFilter(flt)
    _installed = True
