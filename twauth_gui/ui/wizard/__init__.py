"""The token wizard: a QWizard whose navigation and validation live in :mod:`core.flow`.

::

    wizard = TokenWizard(ctx, parent)           # ctx: ui.context.AppContext
    wizard.credentialSaved.connect(on_saved)    # name of the credential saved to the vault
    wizard.open()

    TokenWizard(ctx, parent, reauthorize=name)  # "Authorize again": reads the saved keys,
                                                # starts at the setup check, replaces ``name``

Pages (one module each): welcome → method → keys → setup → authorize → result; the
authorize page is skipped by the Bearer, Basic and paste-a-token paths. All network,
keyring and disk work runs in ``run_task`` workers (:mod:`.flows`).

This package's ``__init__`` is deliberately empty of Qt: the wizard itself lives in
:mod:`.token_wizard` and is loaded on first use of ``TokenWizard``, so the vault window can
import the wizard's modules one by one while it is idle (:func:`prewarm_steps`) and opening
the wizard later does not stall the GUI thread.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext
    from twauth_gui.ui.wizard.token_wizard import PAGE_IDS, REAUTHORIZE_ID, TokenWizard

__all__ = ["PAGE_IDS", "REAUTHORIZE_ID", "TokenWizard", "prewarm_steps"]

# What opening the wizard needs, cheapest dependencies first; each import is one idle step
# (each takes 1-6 ms on the benchmark machine, the ``Qt`` namespace ~15 ms when still cold).
# First what ``TokenWizard()`` and its welcome page need, then the later pages' modules.
OPENING_MODULES = (
    "PySide6.QtCore:Qt",
    "twauth_gui.core.errors",
    "twauth_gui.core.models",
    "twauth_gui.core.keys",
    "twauth_gui.core.flow",
    "twauth_gui.ui.wizard._common",
    "twauth_gui.ui.wizard.flows",
    "twauth_gui.ui.wizard.welcome",
    "twauth_gui.ui.wizard.token_wizard",
)
PAGE_MODULES = (
    "twauth_gui.core.scopes",
    "twauth_gui.ui.wizard.method",
    "twauth_gui.ui.wizard.keys",
    "twauth_gui.ui.wizard.setup",
    "twauth_gui.ui.wizard.authorize",
    "twauth_gui.ui.wizard.result",
    "twauth_gui.ui.wizard.reauthorize",
)
PREWARM_MODULES = OPENING_MODULES + PAGE_MODULES


def __getattr__(name: str) -> Any:
    if name in ("PAGE_IDS", "REAUTHORIZE_ID", "TokenWizard"):
        from twauth_gui.ui.wizard import token_wizard

        return getattr(token_wizard, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _load(spec: str) -> None:
    module, _, attr = spec.partition(":")
    loaded = importlib.import_module(module)
    if attr:
        getattr(loaded, attr)  # e.g. builds the Qt namespace's Python enums once


def prewarm_steps(ctx: AppContext) -> list[Callable[[], object]]:
    """Small GUI-thread steps that make opening the wizard cheap, for idle time.

    One import each (a module already imported costs nothing) and Qt's first-use costs of
    the wizard's window and pages (:func:`.token_wizard.prewarm_qt_steps`), what opening
    the wizard needs first. The caller runs them one at a time when the event loop is idle
    (``VaultWindow``'s pre-warm), each one well under 20 ms on the benchmark machine. A
    step that returns a list of steps asks for those to run next.
    """

    def qt_steps(opening: bool) -> list[Callable[[], object]]:
        from twauth_gui.ui.wizard.token_wizard import prewarm_qt_steps

        return list(prewarm_qt_steps(ctx, opening=opening))

    return [
        *(functools.partial(_load, spec) for spec in OPENING_MODULES),
        functools.partial(qt_steps, True),
        *(functools.partial(_load, spec) for spec in PAGE_MODULES),
        functools.partial(qt_steps, False),
    ]
