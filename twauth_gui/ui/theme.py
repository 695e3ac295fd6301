"""Icons and colours that follow the light/dark scheme.

Icons are SVG files in ``twauth_gui/resources/icons`` drawn with ``currentColor``; a
small :class:`QIconEngine` renders them on demand at any size (high DPI) in the current
palette's text colour, so they stay visible in dark mode without a second set. The app
follows the OS colour scheme (Qt 6.5+); :func:`apply_scheme` can force light or dark
(used by the screenshot script).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

# Start-up note: this module is imported before the first window is painted, so it does not
# touch the ``Qt`` namespace (creating its Python enums costs ~15 ms) nor import QtSvg at
# module level; both happen only when something needs them.

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"

_STATUS = {
    # kind: (light, dark)
    "ok": ("#1a7f37", "#4ac26b"),
    "warning": ("#9a6700", "#d29922"),
    "error": ("#cf222e", "#ff7b72"),
    "info": ("#0969da", "#58a6ff"),
    "sandbox": ("#8250df", "#bc8cff"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (whatever set it: OS scheme or forced)."""
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def status_color(kind: str, palette: QPalette | None = None) -> QColor:
    """A readable accent colour for ``kind`` (ok/warning/error/info/sandbox) on this palette."""
    light, dark = _STATUS.get(kind, _STATUS["info"])
    return QColor(dark if is_dark(palette) else light)


@lru_cache(maxsize=64)
def _svg_bytes(name: str) -> bytes:
    path = ICON_DIR / f"{name}.svg"
    return path.read_bytes()


class _SvgIconEngine(QIconEngine):
    """Renders a ``currentColor`` SVG in the palette's text colour at the requested size."""

    def __init__(self, name: str, colored: bool = False) -> None:
        super().__init__()
        self._name = name
        self._colored = colored
        self._cache: dict[tuple[int, int, str, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, self._colored)

    def _color(self, mode: QIcon.Mode) -> QColor:
        pal = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return pal.color(QPalette.ColorRole.HighlightedText)
        return pal.color(QPalette.ColorRole.WindowText)

    def _data(self, mode: QIcon.Mode) -> bytes:
        data = _svg_bytes(self._name)
        if self._colored and mode != QIcon.Mode.Disabled:
            return data
        return data.replace(b"currentColor", self._color(mode).name().encode("ascii"))

    def paint(self, painter: QPainter, rect: object, mode: QIcon.Mode, state: QIcon.State) -> None:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(self._data(mode))
        target = _fit(renderer.viewBoxF().size(), QRectF(rect))  # type: ignore[call-overload]
        renderer.render(painter, target)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), self._color(mode).name(), int(mode.value))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pm = QPixmap(size)
        pm.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, pm.rect(), mode, state)
        painter.end()
        if len(self._cache) > 32:
            self._cache.clear()
        self._cache[key] = pm
        return pm

    def iconName(self) -> str:
        return self._name


def _fit(content: QSizeF, rect: QRectF) -> QRectF:
    """``rect`` shrunk to ``content``'s aspect ratio, centred (Qt's KeepAspectRatio)."""
    width, height = content.width(), content.height()
    if width <= 0 or height <= 0:
        return rect
    scale = min(rect.width() / width, rect.height() / height)
    w, h = width * scale, height * scale
    return QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h)


def icon(name: str) -> QIcon:
    """The themed icon ``resources/icons/<name>.svg`` (monochrome, follows the palette)."""
    if not (ICON_DIR / f"{name}.svg").exists():
        return QIcon()
    return QIcon(_SvgIconEngine(name))


@lru_cache(maxsize=8)
def blank_icon(size: int) -> QIcon:
    """A transparent square icon: holds an icon's place (same size, no layout change) until
    the real one is set, so that the first paint of a window renders no SVG at all."""
    pm = QPixmap(size, size)
    pm.fill(QColor(0, 0, 0, 0))
    return QIcon(pm)


def app_icon() -> QIcon:
    """The coloured application icon."""
    path = ICON_DIR / "twauth-gui.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def dark_palette() -> QPalette:
    """A neutral dark palette for Fusion (screenshots, or platforms without a dark theme).

    Fusion draws the outline of radio buttons, check boxes and text fields a shade *darker*
    than Window, which vanishes on a dark window; so Base (their fill) is *lighter* than
    Window here, as in GNOME's and macOS's dark styles, and the indicators stay visible.
    """
    pal = QPalette()
    window = QColor("#202124")
    base = QColor("#383a40")
    text = QColor("#e8eaed")
    disabled = QColor("#80868b")
    button = QColor("#3c3f45")
    highlight = QColor("#3d7be0")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#3e4046"),
        QPalette.ColorRole.ToolTipBase: QColor("#2d2f33"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#a8aeb4"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#3c3f44"),
        QPalette.ColorRole.Midlight: QColor("#34363b"),
        QPalette.ColorRole.Mid: QColor("#2a2c30"),
        QPalette.ColorRole.Dark: QColor("#111214"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
    }
    for role, color in roles.items():
        pal.setColor(role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#3c3f44"))
    return pal


def apply_scheme(scheme: str = "system") -> None:
    """Use the OS scheme ("system"), or force "light"/"dark" with Fusion and a fixed palette."""
    if scheme == "system":
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QStyleFactory

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    hints = QGuiApplication.styleHints()
    if scheme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    else:
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(style.standardPalette() if style is not None else QPalette())
