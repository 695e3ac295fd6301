"""The forced dark palette keeps Fusion's radio buttons, check boxes and fields visible."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QWidget,
)

from twauth_gui.ui import theme


@pytest.mark.parametrize(
    ("cls", "element"),
    [
        (QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator),
        (QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator),
    ],
)
def test_unchecked_indicator_stands_out_on_the_dark_window(qtbot, cls, element):
    style = QStyleFactory.create("Fusion")
    pal = theme.dark_palette()
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyle(style)
    holder.setPalette(pal)
    holder.setAutoFillBackground(True)
    button = cls("Option", holder)
    button.setStyle(style)
    button.setPalette(pal)
    button.adjustSize()
    holder.resize(button.size())
    opt = QStyleOptionButton()
    button.initStyleOption(opt) if hasattr(button, "initStyleOption") else opt.initFrom(button)
    rect = style.subElementRect(element, opt, button)
    image = holder.grab().toImage()
    window = pal.color(QPalette.ColorRole.Window).lightness()
    inside = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(rect.left() + 1, rect.right())
        for y in range(rect.top() + 1, rect.bottom())
    ]
    assert inside
    # Before the fix the fill was darker than the window and the ring darker still: ±10.
    assert max(abs(v - window) for v in inside) >= 20


def test_dark_palette_text_contrast():
    pal = theme.dark_palette()
    for bg, fg in (
        (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
        (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
        (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText),
        (QPalette.ColorRole.Base, QPalette.ColorRole.PlaceholderText),
    ):
        assert _contrast(pal.color(bg), pal.color(fg)) >= 4.5, (bg, fg)


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
