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
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from twauth_gui.core import flow
from twauth_gui.core.flow import FlowData, Page, WizardMethod
from twauth_gui.ui import theme
from twauth_gui.ui.tasks import run_task
from twauth_gui.ui.wizard import flows
from twauth_gui.ui.wizard.authorize import AuthorizePage
from twauth_gui.ui.wizard.keys import KeysPage
from twauth_gui.ui.wizard.method import MethodPage
from twauth_gui.ui.wizard.reauthorize import ReauthorizePage
from twauth_gui.ui.wizard.result import ResultPage
from twauth_gui.ui.wizard.setup import SetupPage
from twauth_gui.ui.wizard.welcome import WelcomePage

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext

__all__ = ["PAGE_IDS", "REAUTHORIZE_ID", "TokenWizard"]

PAGE_IDS: dict[Page, int] = {page: index for index, page in enumerate(Page)}
_PAGES_BY_ID: dict[int, Page] = {v: k for k, v in PAGE_IDS.items()}
REAUTHORIZE_ID = 100  # the "reading the saved keys" page of "Authorize again"
DEFAULT_CALLBACK_TIMEOUT = 300.0
DEFAULT_SIZE = QSize(720, 640)
MIN_SIZE = QSize(640, 560)
SIZE_KEY = "wizard/size"


class TokenWizard(QWizard):
    """Get new tokens, step by step; emits ``credentialSaved(name)`` once they are saved."""

    credentialSaved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        callback_timeout: float = DEFAULT_CALLBACK_TIMEOUT,
        method: WizardMethod | None = None,
        reauthorize: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.callback_timeout = callback_timeout
        self.reauthorize_name = reauthorize or ""
        self.data = FlowData(
            method=method or WizardMethod.OAUTH2,
            sandbox=ctx.is_sandbox,
            api_base=ctx.endpoints.api,
        )
        self.existing_names: list[str] = []
        title = self.tr("Get new tokens")
        if ctx.is_sandbox:
            title = self.tr("Get new tokens — Sandbox")
        if reauthorize:
            title = self.tr("Authorize again — {name}").format(name=reauthorize)
            if ctx.is_sandbox:
                title = self.tr("Authorize again — {name} — Sandbox").format(name=reauthorize)
        self.setWindowTitle(title)
        self.setWindowIcon(theme.app_icon())
        logo = theme.app_icon().pixmap(QSize(40, 40), self.devicePixelRatioF())
        if not logo.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo)
        if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.welcome = WelcomePage(ctx, self)
        self.method_page = MethodPage(ctx, self)
        self.keys_page = KeysPage(ctx, self)
        self.setup_page = SetupPage(ctx, self)
        self.authorize_page = AuthorizePage(ctx, self)
        self.result_page = ResultPage(ctx, self)
        for page, widget in (
            (Page.WELCOME, self.welcome),
            (Page.METHOD, self.method_page),
            (Page.KEYS, self.keys_page),
            (Page.SETUP, self.setup_page),
            (Page.AUTHORIZE, self.authorize_page),
            (Page.RESULT, self.result_page),
        ):
            self.setPage(PAGE_IDS[page], widget)
        self.setStartId(PAGE_IDS[Page.WELCOME])
        self.reauthorize_page: ReauthorizePage | None = None
        if reauthorize:
            self.reauthorize_page = ReauthorizePage(ctx, reauthorize, self)
            self.setPage(REAUTHORIZE_ID, self.reauthorize_page)
            self.setStartId(REAUTHORIZE_ID)
            self.reauthorize_page.loaded.connect(self._reauthorize_loaded)
            self.reauthorize_page.startOverRequested.connect(self.start_over)
        self.result_page.saved.connect(self.credentialSaved)
        if method is not None:
            self.method_page.select(method)
        self.setMinimumSize(MIN_SIZE)
        self._restore_size()
        self._load_names()
        self._warm_steps: list[Any] = []
        self.warmed_up = False
        QTimer.singleShot(0, self, self._warm_up)

    # warm-up ---------------------------------------------------------------------------
    def _warm_up(self) -> None:
        """While the welcome page is read: import the core in a worker, polish the pages.

        Done in small idle-time steps so that no page's first appearance (or a worker's
        first import of httpx/oauthlib) stalls the GUI thread in the middle of a flow.
        """
        run_task(lambda token: flows.warm_up(), lambda _r: None, lambda _e: None, owner=self)
        self._warm_steps = [self.keys_page.prebuild]
        current = self.currentPage()
        size = current.size() if current is not None else QSize(680, 460)
        for page_id in self.pageIds():
            if page_id != self.currentId():
                page = self.page(page_id)
                self._warm_steps.append(lambda page=page: _polish(page, size))
        QTimer.singleShot(20, self, self._warm_next)

    def _warm_next(self) -> None:
        if not self._warm_steps:
            self.warmed_up = True
            return
        step = self._warm_steps.pop(0)
        step()
        QTimer.singleShot(10, self, self._warm_next)

    def _load_names(self) -> None:
        ctx = self.ctx

        def loaded(names: list[str]) -> None:
            self.existing_names[:] = sorted(set(names) | set(self.existing_names))

        run_task(lambda token: flows.existing_names(ctx, token), loaded, lambda _e: None,
                 owner=self)

    # size ----------------------------------------------------------------------------
    def _restore_size(self) -> None:
        """The size the wizard had when it was last closed (QSettings; never secrets)."""
        saved = self.ctx.settings.value(SIZE_KEY)
        size = saved if isinstance(saved, QSize) and saved.isValid() else DEFAULT_SIZE
        self.resize(size.expandedTo(MIN_SIZE))

    def save_size(self) -> None:
        self.ctx.settings.set_value(SIZE_KEY, self.size())
        self.ctx.settings.sync()

    # "Authorize again" ---------------------------------------------------------------
    def _reauthorize_loaded(self, data: FlowData) -> None:
        """The saved keys are in: start over at the setup check with everything prefilled."""
        self.data = data
        self.method_page.select(data.method or WizardMethod.OAUTH2)
        self.setStartId(PAGE_IDS[flow.reauthorize_start(data)])
        self.restart()

    def start_over(self) -> None:
        """Leave "Authorize again" for the ordinary wizard (the saved keys could not be read)."""
        self.reauthorize_name = ""
        self.data = FlowData(
            method=WizardMethod.OAUTH2, sandbox=self.ctx.is_sandbox, api_base=self.ctx.endpoints.api
        )
        self.setStartId(PAGE_IDS[Page.WELCOME])
        self.restart()

    # navigation ----------------------------------------------------------------------
    def current_page_kind(self) -> Page | None:
        return _PAGES_BY_ID.get(self.currentId())

    def page_widget(self, page: Page) -> Any:
        return self.page(PAGE_IDS[page])

    def nextId(self) -> int:
        if self.currentId() == REAUTHORIZE_ID:
            return PAGE_IDS[Page.SETUP]
        current = _PAGES_BY_ID.get(self.currentId())
        if current is None:
            return -1
        nxt = flow.next_page(self.data.method, current)
        return PAGE_IDS[nxt] if nxt is not None else -1

    # closing -------------------------------------------------------------------------
    def _shutdown_pages(self) -> None:
        for page_id in self.pageIds():
            page = self.page(page_id)
            shutdown = getattr(page, "shutdown", None)
            if shutdown is not None:
                shutdown()

    def done(self, result: int) -> None:
        self._shutdown_pages()
        self.save_size()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_size()
        super().closeEvent(event)


def _polish(page: QWizardPage, size: QSize) -> None:
    """Polish, lay out and render a page off-screen once before it is first shown.

    The first paint of a page (text layout, glyphs, icons) is the costliest GUI work of
    the whole flow; doing it while the welcome page is read keeps page changes smooth.
    """
    page.ensurePolished()
    for child in page.findChildren(QWidget):
        child.ensurePolished()
    if page.isHidden() and page.size() != size:
        page.resize(size)
    layout = page.layout()
    if layout is not None:
        layout.activate()
    page.grab()
