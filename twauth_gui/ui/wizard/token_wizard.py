"""The :class:`TokenWizard` (see the package docstring for how to use it).

Pages are built lazily so that opening the wizard never stalls the GUI thread: only the
start page is made in ``TokenWizard()``; the others are built one per idle step while the
welcome page is read (``_warm_up``), or at the latest when navigation needs them
(:meth:`TokenWizard.nextId`, the ``*_page`` properties, :meth:`TokenWizard.page` and
:meth:`TokenWizard.pageIds` from Python). Each page keeps its own module.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from twauth_gui.core import flow
from twauth_gui.core.flow import FlowData, Page, WizardMethod
from twauth_gui.ui import theme
from twauth_gui.ui.tasks import run_task
from twauth_gui.ui.wizard import flows

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext
    from twauth_gui.ui.wizard._common import WizardPage
    from twauth_gui.ui.wizard.authorize import AuthorizePage
    from twauth_gui.ui.wizard.keys import KeysPage
    from twauth_gui.ui.wizard.method import MethodPage
    from twauth_gui.ui.wizard.reauthorize import ReauthorizePage
    from twauth_gui.ui.wizard.result import ResultPage
    from twauth_gui.ui.wizard.setup import SetupPage
    from twauth_gui.ui.wizard.welcome import WelcomePage

__all__ = ["PAGE_IDS", "REAUTHORIZE_ID", "TokenWizard"]

PAGE_IDS: dict[Page, int] = {page: index for index, page in enumerate(Page)}
_PAGES_BY_ID: dict[int, Page] = {v: k for k, v in PAGE_IDS.items()}
REAUTHORIZE_ID = 100  # the "reading the saved keys" page of "Authorize again"
DEFAULT_CALLBACK_TIMEOUT = 300.0
DEFAULT_SIZE = QSize(720, 640)
MIN_SIZE = QSize(640, 560)
SIZE_KEY = "wizard/size"
WARM_STEP_GAP_MS = 10  # between two warm-up steps: the event loop runs in between


def _make_page(page: Page, ctx: AppContext, parent: QWidget | None) -> WizardPage:
    """Build one page (its module is imported here, if the idle pre-warm has not yet)."""
    if page == Page.WELCOME:
        from twauth_gui.ui.wizard.welcome import WelcomePage

        return WelcomePage(ctx, parent)
    if page == Page.METHOD:
        from twauth_gui.ui.wizard.method import MethodPage

        return MethodPage(ctx, parent)
    if page == Page.KEYS:
        from twauth_gui.ui.wizard.keys import KeysPage

        return KeysPage(ctx, parent)
    if page == Page.SETUP:
        from twauth_gui.ui.wizard.setup import SetupPage

        return SetupPage(ctx, parent)
    if page == Page.AUTHORIZE:
        from twauth_gui.ui.wizard.authorize import AuthorizePage

        return AuthorizePage(ctx, parent)
    from twauth_gui.ui.wizard.result import ResultPage

    return ResultPage(ctx, parent)


def prewarm_qt_steps(ctx: AppContext, *, opening: bool) -> list[Callable[[], None]]:
    """Idle steps that pay Qt's first-use costs of the wizard before it is opened.

    The first page, combo box, spin box, group box, rich-text label, monospace or title font
    of a process costs far more than the next one (style polish caches, font engines, the
    SVG icon plugin): the setup page takes ~29 ms to build the first time and ~6 ms after.
    So each page is built once off-screen (parentless, never shown), laid out and rendered
    into a pixmap, then thrown away, one step at a time (each < 20 ms here). ``opening``:
    the steps for the window and its welcome page, else those for the later pages.
    """
    held: dict[str, Any] = {}

    def logo() -> None:
        theme.app_icon().pixmap(QSize(40, 40))

    def chrome() -> None:
        wizard = QWizard()
        wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        page = QWizardPage()
        page.setTitle("Warm-up")
        page.setSubTitle("Warm-up")
        wizard.addPage(page)
        wizard.resize(DEFAULT_SIZE)
        wizard.restart()
        held["chrome"] = wizard

    def render_chrome() -> None:
        wizard = held.pop("chrome")
        wizard.grab()
        wizard.deleteLater()

    def build(kind: Page) -> None:
        held[kind.value] = _make_page(kind, ctx, None)

    def render(kind: Page) -> None:
        page = held.pop(kind.value)
        _polish(page, QSize(680, 460))
        page.deleteLater()

    if opening:  # the window itself and its first page
        steps: list[Callable[[], None]] = [logo, chrome, render_chrome]
        kinds: tuple[Page, ...] = (Page.WELCOME,)
    else:
        steps = []
        kinds = (Page.METHOD, Page.KEYS, Page.SETUP, Page.AUTHORIZE, Page.RESULT)
    for kind in kinds:
        steps.append(functools.partial(build, kind))
        steps.append(functools.partial(render, kind))
    return steps


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
        self.http = flows.FlowClient()  # one HTTP client for every request of this wizard
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
        self._pages: dict[Page, WizardPage] = {}
        self._initial_method = method
        self.reauthorize_page: ReauthorizePage | None = None
        if reauthorize:
            from twauth_gui.ui.wizard.reauthorize import ReauthorizePage

            self.reauthorize_page = ReauthorizePage(ctx, reauthorize, self)
            self.setPage(REAUTHORIZE_ID, self.reauthorize_page)
            self.setStartId(REAUTHORIZE_ID)
            self.reauthorize_page.loaded.connect(self._reauthorize_loaded)
            self.reauthorize_page.startOverRequested.connect(self.start_over)
        else:
            self.ensure_page(Page.WELCOME)
            self.setStartId(PAGE_IDS[Page.WELCOME])
        if method is not None:
            self.ensure_page(Page.METHOD)
        self.setMinimumSize(MIN_SIZE)
        self._restore_size()
        self._load_names()
        self._warm_steps: list[Any] = []
        self.warmed_up = False
        QTimer.singleShot(0, self, self._warm_up)

    # pages -----------------------------------------------------------------------------
    def ensure_page(self, page: Page) -> WizardPage:
        """The page's widget, built and added to the wizard on first need."""
        widget = self._pages.get(page)
        if widget is None:
            widget = _make_page(page, self.ctx, None)
            self._pages[page] = widget
            self.setPage(PAGE_IDS[page], widget)
            if page == Page.METHOD and self._initial_method is not None:
                widget.select(self._initial_method)  # type: ignore[attr-defined]
            elif page == Page.RESULT:
                widget.saved.connect(self.credentialSaved)  # type: ignore[attr-defined]
        return widget

    def built_pages(self) -> list[WizardPage]:
        """The pages made so far (without building the others)."""
        pages: list[WizardPage] = list(self._pages.values())
        if self.reauthorize_page is not None:
            pages.append(self.reauthorize_page)
        return pages

    @property
    def welcome(self) -> WelcomePage:
        return self.ensure_page(Page.WELCOME)  # type: ignore[return-value]

    @property
    def method_page(self) -> MethodPage:
        return self.ensure_page(Page.METHOD)  # type: ignore[return-value]

    @property
    def keys_page(self) -> KeysPage:
        return self.ensure_page(Page.KEYS)  # type: ignore[return-value]

    @property
    def setup_page(self) -> SetupPage:
        return self.ensure_page(Page.SETUP)  # type: ignore[return-value]

    @property
    def authorize_page(self) -> AuthorizePage:
        return self.ensure_page(Page.AUTHORIZE)  # type: ignore[return-value]

    @property
    def result_page(self) -> ResultPage:
        return self.ensure_page(Page.RESULT)  # type: ignore[return-value]

    def page(self, page_id: int) -> QWizardPage:
        """Like QWizard.page, building one of the six pages if it was not made yet."""
        kind = _PAGES_BY_ID.get(page_id)
        if kind is not None:
            return self.ensure_page(kind)
        return super().page(page_id)

    def pageIds(self) -> list[int]:
        """Every page of the wizard (all are built: callers look at their widgets)."""
        for kind in Page:
            self.ensure_page(kind)
        return super().pageIds()

    # warm-up ---------------------------------------------------------------------------
    def _warm_up(self) -> None:
        """While the welcome page is read: build the pages, then import the core in a worker.

        Done in small idle-time steps (each well under 20 ms once the vault window's idle
        pre-warm has imported the modules) so that neither opening the wizard nor any
        page's first appearance (nor a worker's first import of httpx/oauthlib) stalls the
        GUI thread in the middle of a flow.
        """
        current = self.currentPage()
        size = current.size() if current is not None else QSize(680, 460)
        steps: list[Any] = []
        for kind in (Page.METHOD, Page.KEYS, Page.SETUP, Page.AUTHORIZE, Page.RESULT):
            if kind not in self._pages:
                steps.append(lambda kind=kind: self.ensure_page(kind))
            if kind == Page.KEYS:
                steps.append(lambda: self.keys_page.prebuild())
            steps.append(lambda kind=kind: self._polish(kind, size))
        # Last, so that its imports (holding the GIL in a worker) do not slow the first pages
        # down: httpx, oauthlib and the protocol modules (a no-op when the vault window's
        # pre-warm did it), and this wizard's HTTP client with its TLS context.
        steps.append(self._warm_worker)
        self._warm_steps = steps
        QTimer.singleShot(20, self, self._warm_next)

    def _warm_worker(self) -> None:
        http = self.http

        def warm(token: Any) -> None:
            flows.warm_up()
            http.get()

        run_task(warm, lambda _r: None, lambda _e: None, owner=self)

    def _polish(self, kind: Page, size: QSize) -> None:
        page = self._pages.get(kind)
        if page is not None and page is not self.currentPage():
            _polish(page, size)

    def _warm_next(self) -> None:
        if not self._warm_steps:
            self.warmed_up = True
            return
        step = self._warm_steps.pop(0)
        step()
        QTimer.singleShot(WARM_STEP_GAP_MS, self, self._warm_next)

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
        start = flow.reauthorize_start(data)
        self.ensure_page(start)
        self.setStartId(PAGE_IDS[start])
        self.restart()

    def start_over(self) -> None:
        """Leave "Authorize again" for the ordinary wizard (the saved keys could not be read)."""
        self.reauthorize_name = ""
        self.data = FlowData(
            method=WizardMethod.OAUTH2, sandbox=self.ctx.is_sandbox, api_base=self.ctx.endpoints.api
        )
        self.ensure_page(Page.WELCOME)
        self.setStartId(PAGE_IDS[Page.WELCOME])
        self.restart()

    # navigation ----------------------------------------------------------------------
    def current_page_kind(self) -> Page | None:
        return _PAGES_BY_ID.get(self.currentId())

    def page_widget(self, page: Page) -> Any:
        return self.ensure_page(page)

    def nextId(self) -> int:
        """The next page (built now if the warm-up has not made it yet: QWizard needs it)."""
        if self.currentId() == REAUTHORIZE_ID:
            nxt: Page | None = Page.SETUP
        else:
            current = _PAGES_BY_ID.get(self.currentId())
            if current is None:
                return -1
            nxt = flow.next_page(self.data.method, current)
        if nxt is None:
            return -1
        self.ensure_page(nxt)
        return PAGE_IDS[nxt]

    # closing -------------------------------------------------------------------------
    def _shutdown_pages(self) -> None:
        for page in self.built_pages():
            shutdown = getattr(page, "shutdown", None)
            if shutdown is not None:
                shutdown()

    def done(self, result: int) -> None:
        self._shutdown_pages()
        self.http.close()
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
