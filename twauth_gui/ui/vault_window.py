"""The main window: the vault. Apps and their credentials, status, secrets, actions.

Layout: a tree of apps → credentials on the left (account, method, live status), the
selected item's page on the right (:mod:`credential_view`), the secret store in use
always visible in the status bar, the clipboard countdown beside it. Every keyring or
network operation goes through :func:`~twauth_gui.ui.tasks.run_task` with a busy state;
errors appear inline. A 1 s timer keeps "expires in …" live and triggers the automatic
refresh shortly before an OAuth 2.0 token expires.
"""

from __future__ import annotations

import functools
import importlib
import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from twauth_gui.ui import theme
from twauth_gui.ui.tasks import CancelToken, TaskHandle, run_task
from twauth_gui.ui.vault_pages import EmptyView, LoadingView, ProblemView
from twauth_gui.ui.widgets import Badge

if TYPE_CHECKING:
    from types import ModuleType

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QMenu, QSplitter, QTreeWidget, QTreeWidgetItem

    from twauth_gui.ui import vault_ops
    from twauth_gui.ui.clipboard import ClipboardNotice
    from twauth_gui.ui.context import AppContext
    from twauth_gui.ui.credential_view import AppView, CredentialView

log = logging.getLogger(__name__)

# Start-up: everything up to the first paint avoids the ``Qt`` namespace (building its Python
# enums costs ~15 ms on first access) and rarely used classes (dialogs, menus, the tree and its
# header): those are imported where they are used, after the window is on screen.
ROLE_KIND = 0x0100  # Qt.ItemDataRole.UserRole (item data roles are plain ints)
ROLE_KEY = ROLE_KIND + 1
AUTO_REFRESH_MARGIN = 60.0  # refresh an OAuth 2.0 token this many seconds before it expires
AUTO_RETRY_DELAY = 60.0  # after a transient failure (network, 5xx, 429), try again this much later
IDLE_GAP_MS = 5  # between two idle steps (the event loop runs in between)


def _ops() -> ModuleType:
    """The blocking vault operations module, imported on first use (start-up stays light)."""
    from twauth_gui.ui import vault_ops as ops

    return ops


def _import_step(module: str) -> Any:
    """An idle step importing ``module`` (so its import does not land in a later click)."""
    return functools.partial(importlib.import_module, module)


def _unless_opened(window: VaultWindow, step: Any) -> Any:
    """Run a wizard pre-warm step unless the wizard was opened meanwhile; an ImportError
    (no wizard in this build) ends the pre-warm quietly."""
    if window._wizard_opened:
        return None
    try:
        return step()
    except ImportError:
        log.debug("wizard pre-warm stopped: the wizard cannot be imported")
        window._wizard_opened = True
        return None


def confirm(parent: QWidget, title: str, text: str, informative: str, ok_text: str) -> bool:
    """Ask before a destructive action; Cancel is the default. Tests replace this."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


class VaultWindow(QMainWindow):
    """The vault: see the module docstring. ``load=False`` skips opening the vault (smoke)."""

    firstPainted = Signal()
    loaded = Signal()  # the list was (re)loaded
    operationFinished = Signal(str)  # name of the finished operation (tests, screenshots)

    def __init__(self, ctx: AppContext, *, load: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.credentials: dict[str, Any] = {}
        self.backend: Any = None
        self.painted = False
        self._first_paint_pending = False
        self._secrets_task: TaskHandle[Any] | None = None
        self._avatar_cache: dict[str, QPixmap] = {}
        # (name, expires_at) → when an automatic refresh may be tried (again); inf: never.
        self._auto_refreshed: dict[tuple[str, float], float] = {}
        self.clock: Any = time.time  # tests inject a clock
        self.auto_refresh_margin = AUTO_REFRESH_MARGIN
        self.auto_retry_delay = AUTO_RETRY_DELAY
        self.refresh_options: dict[str, Any] = {}  # lifecycle.refresh options (tests: backoff)
        self._op: TaskHandle[Any] | None = None
        self._wizard: Any = None
        # Work after the first paint runs as small steps from one queue, each followed by a
        # turn of the event loop, so that none of it stalls the window (docs/PERFORMANCE.md).
        self._idle_steps: list[Any] = []
        self._idle_running = False
        self.prewarmed = False  # the wizard's modules and Qt's first-use costs are paid
        self._wizard_opened = False

        self.setObjectName("VaultWindow")
        title = self.tr("twauth-gui — X API credentials")
        if ctx.is_sandbox:
            title = self.tr("twauth-gui — Sandbox")
        self.setWindowTitle(title)
        # Icons (SVG) are rendered after the first paint: until then the actions carry a
        # blank icon of the same size, so the toolbar's layout does not change (_set_icons).
        self._icons: dict[QAction, str] = {}
        self._splitter: QSplitter | None = None
        self._tree: QTreeWidget | None = None
        self._detail: QStackedWidget | None = None
        self._hint_view: QLabel | None = None
        self._credential_view: CredentialView | None = None
        self._app_view: AppView | None = None
        self._splitter_state: Any = None
        self._build_actions()
        self._build_central()
        self._build_status_bar()
        self._restore_geometry()

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

        self._load_on_paint = load

    # construction ------------------------------------------------------------------
    def _build_actions(self) -> None:
        blank = theme.blank_icon(20)
        self.get_tokens_action = QAction(blank, self.tr("&Get new tokens…"), self)
        self.get_tokens_action.setShortcuts(QKeySequence.StandardKey.New)
        self.get_tokens_action.setToolTip(
            self.tr("Start the wizard to get new keys and tokens (Ctrl+N)")
        )
        self.get_tokens_action.triggered.connect(lambda _checked=False: self.open_wizard())
        self.reload_action = QAction(blank, self.tr("&Reload"), self)
        self.reload_action.setShortcuts(QKeySequence.StandardKey.Refresh)
        self.reload_action.setToolTip(self.tr("Read the list of saved credentials again (F5)"))
        self.reload_action.triggered.connect(self.reload)
        self.about_action = QAction(blank, self.tr("&About twauth-gui"), self)
        self.about_action.setToolTip(self.tr("Version and licence"))
        self.about_action.triggered.connect(self.show_about)
        self.quit_action = QAction(blank, self.tr("&Quit"), self)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.setToolTip(self.tr("Quit twauth-gui (copied secrets are cleared)"))
        self.quit_action.triggered.connect(self.close)
        self._icons = {
            self.get_tokens_action: "add",
            self.reload_action: "refresh",
            self.about_action: "about",
            self.quit_action: "quit",
        }

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.get_tokens_action)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu
        self.language_menu: QMenu | None = None  # added after the first paint

        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("MainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        # Qt.ToolButtonStyle.ToolButtonTextBesideIcon (2), set through the property system so
        # that the first paint does not need the Qt namespace (see the note at the top).
        bar.setProperty("toolButtonStyle", 2)
        bar.addAction(self.get_tokens_action)
        bar.addAction(self.reload_action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.sandbox_badge: Badge | None = None
        if self.ctx.is_sandbox:
            self.sandbox_badge = Badge(self.tr("Sandbox"), "sandbox", bar)
            self.sandbox_badge.setAccessibleName(self.tr("Sandbox mode"))
            self.sandbox_badge.setToolTip(
                self.tr(
                    "Sandbox mode: talking to a local stand-in for X. Tokens made here only "
                    "work in the sandbox and are stored apart from real ones."
                )
            )
            bar.addWidget(self.sandbox_badge)
            gap = QWidget(bar)
            gap.setFixedWidth(8)
            bar.addWidget(gap)
        bar.addAction(self.about_action)
        self.toolbar = bar

    def _build_central(self) -> None:
        self.pages = QStackedWidget(self)
        self.loading_view = LoadingView(self.pages)
        self._problem_view: ProblemView | None = None
        self._empty_view: EmptyView | None = None

        self.pages.addWidget(self.loading_view)
        self.setCentralWidget(self.pages)
        self.pages.setCurrentWidget(self.loading_view)

    @property
    def empty_view(self) -> EmptyView:
        """The "nothing saved yet" page (built on first need)."""
        if self._empty_view is None:
            self._empty_view = EmptyView(self.ctx.is_sandbox, self.pages)
            self._empty_view.getTokensRequested.connect(lambda: self.open_wizard())
            self.pages.addWidget(self._empty_view)
        return self._empty_view

    @property
    def problem_view(self) -> ProblemView:
        """The "secret store unavailable" page (built on first need)."""
        if self._problem_view is None:
            view = ProblemView(self.pages)
            view.retryRequested.connect(self.reload)
            view.useFileRequested.connect(self._use_file_store)
            view.useMemoryRequested.connect(self._use_memory_store)
            self.pages.addWidget(view)
            self._problem_view = view
        return self._problem_view

    def _ensure_main(self) -> None:
        """Build the list + detail page on first need (keeps the first paint light)."""
        if self._splitter is not None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHeaderView, QSplitter, QTreeWidget

        from twauth_gui.ui.credential_view import AppView, CredentialView

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self.pages)
        self._splitter.setObjectName("VaultSplitter")
        self._tree = QTreeWidget(self._splitter)
        self._tree.setObjectName("CredentialTree")
        self._tree.setHeaderLabels([self.tr("Account"), self.tr("Method"), self.tr("Status")])
        self._tree.setAccessibleName(self.tr("Saved credentials"))
        self._tree.setToolTip(self.tr("Your apps and the credentials saved for each"))
        self._tree.setRootIsDecorated(True)
        self._tree.setUniformRowHeights(True)
        self._tree.setIconSize(QSize(18, 18))
        self._tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._tree.customContextMenuRequested.connect(self._context_menu)
        header = self._tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._tree.itemSelectionChanged.connect(self._selection_changed)

        self._detail = QStackedWidget(self._splitter)
        self._hint_view = QLabel(self.tr("Select a credential to see its details."), self._detail)
        self._hint_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint_view.setEnabled(False)
        self._credential_view = CredentialView(self.ctx.clipboard, self._detail)
        self._app_view = AppView(self._detail)
        self._detail.addWidget(self._hint_view)
        self._detail.addWidget(self._credential_view)
        self._detail.addWidget(self._app_view)
        self._splitter.addWidget(self._tree)
        self._splitter.addWidget(self._detail)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 3)
        self._splitter.setChildrenCollapsible(False)
        self._tree.setMinimumWidth(280)
        self._detail.setMinimumWidth(420)

        cv = self._credential_view
        cv.exportRequested.connect(self.export_selected)
        cv.verifyRequested.connect(self.verify_selected)
        cv.refreshRequested.connect(self.refresh_selected)
        cv.revokeRequested.connect(self.revoke_selected)
        cv.deleteRequested.connect(self.delete_selected)
        cv.reauthorizeRequested.connect(self.reauthorize_selected)
        cv.removeLinkRequested.connect(self.remove_link)
        cv.revealRequested.connect(self._load_secrets)
        self._app_view.signOutRequested.connect(self.sign_out_app)

        self.pages.addWidget(self._splitter)
        if self._splitter_state is not None:
            self._splitter.restoreState(self._splitter_state)
        else:
            self._splitter.setSizes([400, 660])

    @property
    def splitter(self) -> QSplitter:
        self._ensure_main()
        assert self._splitter is not None
        return self._splitter

    @property
    def tree(self) -> QTreeWidget:
        self._ensure_main()
        assert self._tree is not None
        return self._tree

    @property
    def detail(self) -> QStackedWidget:
        self._ensure_main()
        assert self._detail is not None
        return self._detail

    @property
    def hint_view(self) -> QLabel:
        self._ensure_main()
        assert self._hint_view is not None
        return self._hint_view

    @property
    def credential_view(self) -> CredentialView:
        self._ensure_main()
        assert self._credential_view is not None
        return self._credential_view

    @property
    def app_view(self) -> AppView:
        self._ensure_main()
        assert self._app_view is not None
        return self._app_view

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        box = QWidget(bar)
        row = QHBoxLayout(box)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(6)
        self.store_icon = QLabel(box)
        self.store_label = QLabel(self.tr("Opening the secret store…"), box)
        self.store_label.setAccessibleName(self.tr("Secret store in use"))
        self.store_label.setToolTip(self.tr("Where your keys and tokens are kept"))
        row.addWidget(self.store_icon)
        row.addWidget(self.store_label)
        row.addStretch(1)
        bar.addWidget(box, 1)
        self._clipboard_notice: ClipboardNotice | None = None  # hidden until a copy: after paint

    def _set_icons(self) -> None:
        """The real (SVG) icons, in place of the blank ones of the first paint."""
        self.setWindowIcon(theme.app_icon())
        for action, name in self._icons.items():
            action.setIcon(theme.icon(name))
        self._icons = {}

    def _add_language_menu(self) -> None:
        """Help → Language (System / English / 日本語), before About; built after the first
        paint (it needs the Qt namespace, ~15 ms to create, and no one sees it before)."""
        if self.language_menu is not None:
            return
        from twauth_gui.ui import i18n

        self.language_menu = i18n.language_menu(self, self.ctx.settings)
        self.help_menu.insertMenu(self.about_action, self.language_menu)
        self.help_menu.insertSeparator(self.about_action)

    @property
    def clipboard_notice(self) -> ClipboardNotice:
        """The status bar's "Copied … — clears in 27 s" label (built after the first paint)."""
        if self._clipboard_notice is None:
            from twauth_gui.ui.clipboard import ClipboardNotice

            self._clipboard_notice = ClipboardNotice(self.ctx.clipboard, self.statusBar())
            self.statusBar().addPermanentWidget(self._clipboard_notice)
        return self._clipboard_notice

    # geometry ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.bytes_value("vault/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1000, 640)
        self._splitter_state = self.ctx.settings.bytes_value("vault/splitter")

    def save_geometry(self) -> None:
        self.ctx.settings.set_value("vault/geometry", self.saveGeometry())
        if self._splitter is not None:
            self.ctx.settings.set_value("vault/splitter", self._splitter.saveState())
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if self._credential_view is not None:
            self._credential_view.clear_secrets()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted and not self._first_paint_pending:
            # Reported once the whole window (children included) has been painted.
            self._first_paint_pending = True
            QTimer.singleShot(0, self._on_first_paint)

    def _on_first_paint(self) -> None:
        if self.painted:
            return
        self.painted = True
        self.firstPainted.emit()
        # What the first frame does not show is built now, right after it, step by step:
        # the list and detail views while the vault opens in its worker, then the wizard's
        # pre-warm (so that "Get new tokens" opens it without a stall).
        steps: list[Any] = [self._set_icons, self.clipboard_notice.hide]
        if self._load_on_paint:
            # The protocol modules (httpx, oauthlib: ~150 ms of imports holding the GIL in a
            # worker) load while the vault opens, long before any click can need them.
            steps += [self.reload, self._prewarm_flows]
        steps += [self._add_language_menu]
        if self._load_on_paint:
            steps += [_import_step("twauth_gui.core.lifecycle")]
            steps += [_import_step("twauth_gui.ui.credential_view"), self._ensure_main]
            steps += [self._prewarm_begin]
        self._queue_idle(steps)

    # loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the credential list (worker) and show it."""
        if not self.credentials:
            self.pages.setCurrentWidget(self.loading_view)
            self.loading_view.busy.start(self.tr("Opening the secret store…"), cancellable=False)
        vault_factory = self.ctx.vault
        run_task(
            lambda t: _ops().load(vault_factory()),
            self._on_loaded,
            self._on_load_error,
            owner=self,
        )

    def _on_loaded(self, snap: vault_ops.Snapshot) -> None:
        self.loading_view.busy.stop()
        self.get_tokens_action.setEnabled(True)
        self.backend = snap.backend
        self._show_backend(snap.backend)
        self.credentials = {c.name: c for c in snap.credentials}
        selected = self.selected()
        if not snap.credentials:
            if self._credential_view is not None:
                self._credential_view.clear_secrets()
                self._credential_view.credential = None
            if self._tree is not None:
                self._tree.clear()
            self.pages.setCurrentWidget(self.empty_view)
        else:
            self._populate(snap.credentials)
            self.pages.setCurrentWidget(self.splitter)
            if selected is not None and self._select(*selected):
                pass
            else:
                first = snap.credentials[0]
                self._select("cred", first.name)
        self.loaded.emit()

    def _on_load_error(self, exc: BaseException) -> None:
        from twauth_gui.core.errors import ErrorKind, KeyringUnavailable, VaultError

        self.loading_view.busy.stop()
        offer = isinstance(exc, KeyringUnavailable) or (
            isinstance(exc, VaultError)
            and exc.kind in (ErrorKind.KEYRING_UNAVAILABLE, ErrorKind.VAULT_LOCKED)
        )
        locked = isinstance(exc, VaultError) and exc.kind == ErrorKind.VAULT_LOCKED
        self.problem_view.file_button.setText(
            self.tr("Enter passphrase…") if locked else self.tr("Use an encrypted file…")
        )
        self.problem_view.show_error(exc, offer)
        self.pages.setCurrentWidget(self.problem_view)
        self.get_tokens_action.setEnabled(False)
        self.store_label.setText(self.tr("No secret store available"))
        self._set_store_icon("warning")
        self.loaded.emit()

    def _show_backend(self, backend: Any) -> None:
        kind = getattr(backend, "kind", "")
        from twauth_gui.ui.i18n import core_text

        name = core_text(getattr(backend, "name", "")) or self.tr("the secret store")
        warning = core_text(getattr(backend, "warning", ""))
        if kind == "memory":
            text = self.tr("Session only — credentials are forgotten when you quit")
            icon = "warning"
        elif kind == "encrypted-file":
            text = self.tr("Stored in an encrypted file (passphrase) — not the system keyring")
            icon = "warning"
        elif getattr(backend, "secure", True):
            text = self.tr("Stored in {name}").format(name=name)
            icon = "lock"
        else:
            text = self.tr("Stored in {name} — not secure").format(name=name)
            icon = "warning"
        if self.ctx.is_sandbox:
            text += self.tr(" · sandbox credentials, kept apart")
        self.store_label.setText(text)
        self.store_label.setToolTip(warning or self.tr("Where your keys and tokens are kept"))
        self._set_store_icon(icon)

    def _set_store_icon(self, name: str) -> None:
        self.store_icon.setPixmap(theme.icon(name).pixmap(QSize(16, 16), self.devicePixelRatioF()))

    def _populate(self, creds: tuple[Any, ...]) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QTreeWidgetItem

        from twauth_gui.ui.credential_view import method_short

        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for app, items in _ops().group_by_app(creds).items():
            top = QTreeWidgetItem(self.tree, [app or self.tr("Unnamed app"), "", ""])
            top.setData(0, ROLE_KIND, "app")
            top.setData(0, ROLE_KEY, app)
            top.setIcon(0, theme.icon("key"))
            top.setFont(0, bold)
            top.setToolTip(0, self.tr("App: {app}").format(app=app or self.tr("Unnamed app")))
            for cred in items:
                label = f"@{cred.username}" if cred.username else cred.name
                child = QTreeWidgetItem(top, [label, method_short(cred.method), ""])
                child.setData(0, ROLE_KIND, "cred")
                child.setData(0, ROLE_KEY, cred.name)
                child.setIcon(0, theme.icon("user"))
                child.setToolTip(0, cred.name)
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self._tick()

    # selection ---------------------------------------------------------------------
    def selected(self) -> tuple[str, str] | None:
        if self._tree is None:
            return None
        items = self._tree.selectedItems()
        if not items:
            return None
        return str(items[0].data(0, ROLE_KIND)), str(items[0].data(0, ROLE_KEY))

    def _find(self, kind: str, key: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            if kind == "app" and top.data(0, ROLE_KEY) == key:
                return top
            for j in range(top.childCount()):
                child = top.child(j)
                if kind == "cred" and child is not None and child.data(0, ROLE_KEY) == key:
                    return child
        return None

    def _select(self, kind: str, key: str) -> bool:
        item = self._find(kind, key)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        item.setSelected(True)
        self._selection_changed()
        return True

    def select_credential(self, name: str) -> bool:
        """Select ``name`` in the tree (tests, after the wizard saved it)."""
        return self._select("cred", name)

    def _selection_changed(self) -> None:
        sel = self.selected()
        if sel is None:
            self.detail.setCurrentWidget(self.hint_view)
            return
        kind, key = sel
        if kind == "app":
            creds = [c for c in self.credentials.values() if (c.app or "") == key]
            self.app_view.set_app(key, creds)
            self.detail.setCurrentWidget(self.app_view)
            return
        cred = self.credentials.get(key)
        if cred is None:
            return
        previous = self.credential_view.credential
        self.credential_view.set_credential(cred)
        self.detail.setCurrentWidget(self.credential_view)
        if previous is None or previous.name != cred.name or not self.credential_view.fields:
            self._load_secrets()
            self._load_avatar(cred)

    def _load_secrets(self) -> None:
        cred = self.credential_view.credential
        if cred is None:
            return
        if self._secrets_task is not None:
            self._secrets_task.cancel()
        name = cred.name
        vault_factory = self.ctx.vault

        def done(values: dict[str, str]) -> None:
            current = self.credential_view.credential
            if current is not None and current.name == name:
                self.credential_view.set_secrets(values)

        self._secrets_task = run_task(
            lambda t: _ops().secrets(vault_factory(), name),
            done,
            self.credential_view.message.show_error,
            owner=self.credential_view,
        )

    def _load_avatar(self, cred: Any) -> None:
        url = cred.profile_image_url or ""
        if not url:
            self.credential_view.set_avatar(None)
            return
        if url in self._avatar_cache:
            self.credential_view.set_avatar(self._avatar_cache[url])
            return
        self.credential_view.set_avatar(None)

        from PySide6.QtGui import QImage

        def fetch(token: CancelToken) -> QImage | None:
            data = _ops().fetch_avatar(url)
            if not data:
                return None
            image = QImage.fromData(data)
            return None if image.isNull() else image

        def done(image: QImage | None) -> None:
            if image is None:
                return
            pixmap = QPixmap.fromImage(image)
            self._avatar_cache[url] = pixmap
            current = self.credential_view.credential
            if current is not None and current.profile_image_url == url:
                self.credential_view.set_avatar(pixmap)

        run_task(fetch, done, lambda exc: None, owner=self)

    # live status ---------------------------------------------------------------------
    def _tick(self) -> None:
        if self._tree is None:
            return
        from twauth_gui.ui.credential_view import status_short, status_text

        now = self.clock()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is None:
                    continue
                cred = self.credentials.get(str(child.data(0, ROLE_KEY)))
                if cred is None:
                    continue
                text, kind = status_short(cred, now)
                if child.text(2) != text:
                    child.setText(2, text)
                    child.setForeground(2, theme.status_color(kind, self.tree.palette()))
                    child.setToolTip(2, status_text(cred, now)[0])
                self._maybe_auto_refresh(cred, now)
        cv = self.credential_view
        if self.detail.currentWidget() is cv and cv.credential is not None:
            cv.credential = self.credentials.get(cv.credential.name, cv.credential)
            cv.tick(now)

    def _maybe_auto_refresh(self, cred: Any, now: float) -> None:
        """Refresh an OAuth 2.0 token shortly before it expires, once per expiry."""
        if not self.ctx.settings.bool_value("vault/auto_refresh", True):
            return
        method = str(getattr(cred.method, "value", cred.method))
        if method != "oauth2" or cred.expires_at is None:
            return
        if (cred.status or "valid") in ("revoked", "reauthorize"):
            return
        if "offline.access" not in (cred.scopes or ()):
            return
        if cred.expires_at - now > self.auto_refresh_margin:
            return
        key = (cred.name, float(cred.expires_at))
        if now < self._auto_refreshed.get(key, 0.0):
            return
        self._auto_refreshed[key] = float("inf")  # running: not again until it is done
        name = cred.name
        vault_factory = self.ctx.vault
        # The worker checks again on the stored credential (another process may have
        # refreshed it meanwhile); the window's clock decided it is time, so no margin gap.
        margin = max(self.auto_refresh_margin, cred.expires_at - time.time()) + 1.0
        options = dict(self.refresh_options)
        run_task(
            lambda t: _ops().refresh_if_needed(vault_factory(), name, margin=margin, **options),
            lambda updated: self._auto_refresh_done(updated),
            lambda exc: self._auto_refresh_failed(key, exc),
            owner=self,
        )

    def _auto_refresh_done(self, updated: Any) -> None:
        self._update_credential(updated)
        self.operationFinished.emit("auto_refresh")

    def _auto_refresh_failed(self, key: tuple[str, float], exc: BaseException) -> None:
        """Transient failures are tried again later; the list shows the stored status."""
        from twauth_gui.core.errors import NetworkError, XApiError

        name = key[0]
        log.info("automatic refresh failed for a credential: %s", getattr(exc, "message", exc))
        transient = isinstance(exc, NetworkError) or (
            isinstance(exc, XApiError) and bool(getattr(exc, "transient", False))
        )
        if transient:
            self._auto_refreshed[key] = self.clock() + self.auto_retry_delay
        self._reload_credential(name)
        self.operationFinished.emit("auto_refresh")

    def _update_credential(self, cred: Any) -> None:
        self.credentials[cred.name] = cred
        if self.credential_view.credential is not None and (
            self.credential_view.credential.name == cred.name
        ):
            self.credential_view.set_credential(cred)
            if self.credential_view.fields:
                self._load_secrets()
        self._tick()

    # actions -------------------------------------------------------------------------
    def _current(self) -> Any:
        cred = self.credential_view.credential
        sel = self.selected()
        if cred is None or sel is None or sel[0] != "cred" or sel[1] != cred.name:
            return None
        return cred

    def _run_op(
        self,
        label: str,
        busy_text: str,
        fn: Any,
        on_done: Any,
        *,
        view: Any = None,
        after_error: Any = None,
    ) -> TaskHandle[Any]:
        """Run an operation on the selected item with busy state and inline errors."""
        from PySide6.QtCore import Qt

        view = view or self.credential_view
        view.message.clear()
        if hasattr(view, "set_working"):
            view.set_working(True)

        def finish() -> None:
            view.busy.stop()
            if hasattr(view, "set_working"):
                view.set_working(False)

        def done(result: Any) -> None:
            finish()
            on_done(result)
            self.operationFinished.emit(label)

        def failed(exc: BaseException) -> None:
            finish()
            view.message.show_error(exc)
            if after_error is not None:
                after_error(exc)
            self.operationFinished.emit(label)

        handle = run_task(fn, done, failed, owner=view)
        view.busy.start(busy_text, handle)
        view.busy.cancelRequested.connect(finish, Qt.ConnectionType.SingleShotConnection)
        self._op = handle
        return handle

    def verify_selected(self) -> None:
        cred = self._current()
        if cred is None:
            return
        name, vault_factory = cred.name, self.ctx.vault

        def done(updated: Any) -> None:
            self._update_credential(updated)
            self._load_avatar(updated)
            who = f"@{updated.username}" if updated.username else self.tr("this app (no user)")
            self.credential_view.message.show_message(
                self.tr("X accepts these credentials."),
                self.tr("They belong to {who}.").format(who=who),
                "ok",
            )
            self._refresh_tree_labels()

        self._run_op(
            "verify",
            self.tr("Asking X who these credentials belong to…"),
            lambda t: _ops().verify(vault_factory(), name),
            done,
        )

    def refresh_selected(self) -> None:
        cred = self._current()
        if cred is None:
            return
        name, vault_factory = cred.name, self.ctx.vault
        options = dict(self.refresh_options)

        def done(updated: Any) -> None:
            self._update_credential(updated)
            self.credential_view.message.show_message(
                self.tr("Fresh tokens saved."),
                self.tr("Files kept up to date were rewritten.") if updated.linked_exports else "",
                "ok",
            )

        self._run_op(
            "refresh",
            self.tr("Getting a fresh access token from X…"),
            lambda t: _ops().refresh(vault_factory(), name, **options),
            done,
            after_error=lambda exc: self._reload_credential(name),
        )

    def _reload_credential(self, name: str) -> None:
        """Read one credential's metadata again (its status may have changed)."""
        vault_factory = self.ctx.vault

        def done(cred: Any) -> None:
            if cred is not None:
                self._update_credential(cred)

        run_task(
            lambda t: _ops().get(vault_factory(), name), done, lambda exc: None, owner=self
        )

    def revoke_selected(self) -> None:
        cred = self._current()
        if cred is None:
            return
        if not confirm(
            self,
            self.tr("Revoke credentials"),
            self.tr("Revoke “{name}” at X and remove it from this computer?").format(
                name=cred.name
            ),
            self.tr("Apps and scripts using these tokens will stop working."),
            self.tr("Revoke"),
        ):
            return
        self._revoke(cred.name, local_only=False)

    def _revoke(self, name: str, *, local_only: bool) -> None:
        vault_factory = self.ctx.vault

        def done(result: Any) -> None:
            if getattr(result, "at_x", True):
                text = self.tr("Revoked “{name}” at X and removed it from this computer.")
            else:
                text = self.tr("Removed “{name}” from this computer only — NOT revoked at X.")
            self.statusBar().showMessage(text.format(name=name), 15000)
            self._forget(name)

        def run(token: CancelToken) -> Any:
            return _ops().revoke(vault_factory(), name, local_only_if_offline=local_only)

        def offer_local(exc: BaseException) -> None:
            from twauth_gui.core.errors import NetworkError

            if not isinstance(exc, NetworkError) or local_only:
                return
            if confirm(
                self,
                self.tr("X cannot be reached"),
                self.tr("X could not be reached, so “{name}” was not revoked.").format(name=name),
                self.tr(
                    "Remove it from this computer only? It is NOT revoked at X: it stays "
                    "valid there until you revoke it in the developer portal (your app → "
                    "Keys and tokens → Regenerate)."
                ),
                self.tr("Remove from this computer only (NOT revoked at X)"),
            ):
                self._revoke(name, local_only=True)

        self._run_op("revoke", self.tr("Revoking at X…"), run, done, after_error=offer_local)

    def delete_selected(self) -> None:
        cred = self._current()
        if cred is None:
            return
        if not confirm(
            self,
            self.tr("Delete credentials"),
            self.tr("Delete “{name}” from this computer?").format(name=cred.name),
            self.tr(
                "This does not sign out at X: the tokens stay valid there. Use Revoke to "
                "sign out at X as well."
            ),
            self.tr("Delete"),
        ):
            return
        name, vault_factory = cred.name, self.ctx.vault

        def done(_: Any) -> None:
            self.statusBar().showMessage(self.tr("Deleted “{name}”.").format(name=name), 8000)
            self._forget(name)

        self._run_op(
            "delete", self.tr("Deleting…"), lambda t: _ops().delete(vault_factory(), name), done
        )

    def sign_out_app(self) -> None:
        app = self.app_view.app
        creds = [c for c in self.credentials.values() if (c.app or "") == app]
        if not creds:
            return
        if not confirm(
            self,
            self.tr("Sign out everywhere"),
            self.tr("Revoke all {n} credential(s) of “{app}” at X and remove them here?").format(
                n=len(creds), app=app or self.tr("Unnamed app")
            ),
            self.tr("Every app and script using them will stop working."),
            self.tr("Sign out everywhere"),
        ):
            return
        self._sign_out(app, None, local_only=False)

    def _sign_out(self, app: str, names: tuple[str, ...] | None, *, local_only: bool) -> None:
        vault_factory = self.ctx.vault

        def done(result: vault_ops.SignOutResult) -> None:
            self.reload()
            lines = [f"{n}: {m}" for n, m in result.failed]
            if result.local_only:
                lines.append(
                    self.tr("Removed from this computer only — NOT revoked at X: {names}")
                    .format(names=", ".join(result.local_only))
                )
            if result.failed:
                self.app_view.message.show_message(
                    self.tr("Some credentials could not be revoked."), "\n".join(lines), "error"
                )
            elif result.local_only:
                self.app_view.message.show_message(
                    self.tr("Signed out here, but not everywhere."), "\n".join(lines), "warning"
                )
            else:
                self.statusBar().showMessage(
                    self.tr("Signed out {n} credential(s).").format(n=len(result.revoked)), 8000
                )
            if result.offline and not local_only and confirm(
                self,
                self.tr("X cannot be reached"),
                self.tr("X could not be reached, so {n} credential(s) of “{app}” were not "
                        "revoked.").format(
                    n=len(result.offline), app=app or self.tr("Unnamed app")
                ),
                self.tr(
                    "Remove them from this computer only? They are NOT revoked at X: they stay "
                    "valid there until you revoke them in the developer portal."
                ),
                self.tr("Remove from this computer only (NOT revoked at X)"),
            ):
                self._sign_out(app, result.offline, local_only=True)

        self._run_op(
            "sign_out",
            self.tr("Revoking at X…"),
            lambda t: _ops().sign_out_app(
                vault_factory(), app, names=names, local_only_if_offline=local_only
            ),
            done,
            view=self.app_view,
        )

    def remove_link(self, path: str) -> None:
        cred = self._current()
        if cred is None:
            return
        name, vault_factory = cred.name, self.ctx.vault
        self._run_op(
            "unlink",
            self.tr("Updating…"),
            lambda t: _ops().remove_linked_export(vault_factory(), name, path),
            self._update_credential,
        )

    def export_selected(self) -> None:
        cred = self._current()
        if cred is None:
            return
        from PySide6.QtCore import Qt

        from twauth_gui.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, cred.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda *_: self.reload())
        dialog.open()
        self.export_dialog = dialog

    def _forget(self, name: str) -> None:
        self.credentials.pop(name, None)
        if self.credential_view.credential is not None and (
            self.credential_view.credential.name == name
        ):
            self.credential_view.clear_secrets()
            self.credential_view.credential = None
        self.reload()

    def _refresh_tree_labels(self) -> None:
        for name, cred in self.credentials.items():
            item = self._find("cred", name)
            if item is not None:
                item.setText(0, f"@{cred.username}" if cred.username else cred.name)

    def _context_menu(self, pos: Any) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.tree)
        if item.data(0, ROLE_KIND) == "app":
            menu.addAction(
                theme.icon("sign-out"),
                self.tr("Sign out everywhere for this app…"),
                self.sign_out_app,
            )
        else:
            menu.addAction(theme.icon("export"), self.tr("Export…"), self.export_selected)
            menu.addAction(theme.icon("verify"), self.tr("Verify now"), self.verify_selected)
            cred = self.credentials.get(str(item.data(0, ROLE_KEY)))
            if cred is not None and str(getattr(cred.method, "value", cred.method)) == "oauth2":
                menu.addAction(theme.icon("refresh"), self.tr("Refresh"), self.refresh_selected)
            menu.addSeparator()
            menu.addAction(theme.icon("revoke"), self.tr("Revoke…"), self.revoke_selected)
            menu.addAction(theme.icon("delete"), self.tr("Delete…"), self.delete_selected)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # store choice --------------------------------------------------------------------
    def _use_file_store(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Encrypted vault file"),
            self.tr(
                "Passphrase for the encrypted vault file (at least 8 characters).\n"
                "Keep it safe: without it the saved credentials cannot be read."
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not passphrase:
            return
        self._switch_store("file", passphrase)

    def _use_memory_store(self) -> None:
        self._switch_store("memory", None)

    def _switch_store(self, kind: str, passphrase: str | None) -> None:
        ctx = self.ctx
        self.pages.setCurrentWidget(self.loading_view)
        self.loading_view.busy.start(self.tr("Opening the secret store…"), cancellable=False)
        run_task(
            lambda t: (ctx.use_store(kind, passphrase), _ops().load(ctx.vault()))[1],
            self._on_loaded,
            self._on_load_error,
            owner=self,
        )

    # idle steps ------------------------------------------------------------------------
    def _queue_idle(self, steps: list[Any], delay_ms: int = 0) -> None:
        """Run ``steps`` one per turn of the event loop (each meant to stay under 20 ms)."""
        self._idle_steps += steps
        if not self._idle_running:
            self._idle_running = True
            QTimer.singleShot(delay_ms, self, self._idle_next)

    def _idle_next(self) -> None:
        if not self._idle_steps:
            self._idle_running = False
            return
        step = self._idle_steps.pop(0)
        more = step()
        if isinstance(more, list):  # a step may ask for more steps, to run next
            self._idle_steps[:0] = more
        QTimer.singleShot(IDLE_GAP_MS, self, self._idle_next)

    # idle pre-warm of the wizard ---------------------------------------------------------
    def _prewarm_begin(self) -> list[Any]:
        """The wizard's pre-warm steps (imports, Qt's first-use costs), run next from the
        idle queue; see open_wizard."""
        try:
            from twauth_gui.ui.wizard import prewarm_steps
        except ImportError:  # no wizard in this build: open_wizard says so
            return []
        guarded = [functools.partial(_unless_opened, self, s) for s in prewarm_steps(self.ctx)]
        return [*guarded, self._prewarm_done]

    def _prewarm_done(self) -> None:
        self.prewarmed = True
        from twauth_gui.ui import gc_guard

        gc_guard.settle()  # start-up objects live for good: later collections skip them

    def _prewarm_flows(self) -> None:
        """Import httpx, oauthlib and the protocol modules in a worker, before any flow."""
        try:
            from twauth_gui.ui.wizard import flows
        except ImportError:  # no wizard in this build
            return

        run_task(lambda token: flows.warm_up(), lambda _r: None, lambda _e: None, owner=self)

    # wizard / about -------------------------------------------------------------------
    def open_wizard(self, *, reauthorize: str | None = None) -> None:
        """Open the token wizard (lazy import); a placeholder if it is not available.

        ``reauthorize``: the name of a saved credential to authorize again (one click).
        Cheap once the idle pre-warm is done: the modules are imported and Qt's first-use
        costs paid; the pages are then built while the welcome page is read.
        """
        from PySide6.QtCore import Qt

        self._wizard_opened = True  # the rest of the pre-warm is skipped: the wizard's own
        # warm-up builds its pages now (see _unless_opened)

        try:
            from twauth_gui.ui.wizard import TokenWizard
        except ImportError:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("Get new tokens"),
                self.tr("The token wizard is not available in this build."),
            )
            return
        wizard = TokenWizard(self.ctx, self, reauthorize=reauthorize or None)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.credentialSaved.connect(self._on_saved)
        self._wizard = wizard
        wizard.open()

    def reauthorize_selected(self) -> None:
        """"Authorize again": the wizard reuses the selected credential's keys and settings."""
        cred = self._current()
        if cred is None:
            return
        self.open_wizard(reauthorize=cred.name)

    def _on_saved(self, name: str) -> None:
        from PySide6.QtCore import Qt

        def select() -> None:
            self.select_credential(name)

        self.loaded.connect(select, Qt.ConnectionType.SingleShotConnection)
        self.reload()

    def show_about(self) -> None:
        from twauth_gui.ui.about import show_about

        show_about(self)
