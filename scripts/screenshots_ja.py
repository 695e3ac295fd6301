"""Japanese screenshots: every shot of ``scripts/screenshots.py`` (and its ``screenshots_*``
extras, e.g. the wizard's pages) rendered with the Japanese catalogue, light scheme, as
``docs/screenshots/<name>-ja.png``::

    xvfb-run -a /work/venv/bin/python scripts/screenshots_ja.py            # all shots
    xvfb-run -a /work/venv/bin/python scripts/screenshots_ja.py wizard   # only the wizard

It also reports every text the shown windows looked up that has no Japanese translation
(texts built at run time that the extractors cannot see), so they can be added.

``scripts/screenshots.py`` loads every ``scripts/screenshots_*.py`` for extra shots; this
module defines no ``SHOTS`` and does nothing on import, so it adds none.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LANG = "ja"


def _screenshots_module() -> Any:
    name = "screenshots"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def run(names: list[str]) -> list[Path]:
    os.environ["TWAUTH_LANG"] = LANG
    shots = _screenshots_module()  # sets TWAUTH_DATA_DIR & dead X addresses, like the original
    from PySide6.QtCore import QCoreApplication, QTranslator

    from twauth_gui.ui import i18n, theme
    from twauth_gui.ui.app import create_application

    class Recorder(QTranslator):
        """Asked first; notes every lookup of our own contexts, answers nothing."""

        def __init__(self) -> None:
            super().__init__()
            self.lookups: dict[str, set[str]] = {}

        def isEmpty(self) -> bool:
            return False

        def translate(  # type: ignore[override]
            self, context: str, source: str, disambiguation: Any = None, n: int = -1
        ) -> str | None:
            if source and context and not re.match(r"^Q[A-Z]", context):
                self.lookups.setdefault(source, set()).add(context)
            return None

    app = create_application(["screenshots"])
    QCoreApplication.setApplicationName("twauth-gui-screenshots")
    if i18n.install(app) != LANG:
        raise SystemExit("screenshots_ja: the Japanese catalogue could not be loaded")
    recorder = Recorder()
    app.installTranslator(recorder)
    shots._load_extra_shots()
    shots.OUT.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    theme.apply_scheme("light")
    env = shots.ShotEnv(app, "light")
    try:
        for name, builder in shots.SHOTS:
            if names and not any(n in name for n in names):
                continue
            widget = builder(env)
            env.settle(300)
            target = shots.OUT / f"{name}-{LANG}.png"
            if not widget.grab().save(str(target)):
                raise RuntimeError(f"could not save {target}")
            written.append(target)
            print(f"wrote {target.relative_to(ROOT)}")
            widget.close()
            widget.deleteLater()
            env.settle(50)
    finally:
        env.close()
        app.removeTranslator(recorder)
        _report(recorder.lookups, i18n.ts_path(LANG))
    return written


def _report(lookups: dict[str, set[str]], ts: Path) -> None:
    import xml.etree.ElementTree as ET

    done: dict[str, set[str]] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                done.setdefault(msg.findtext("source") or "", set()).add(name)
    from twauth_gui.ui import i18n

    def covered(src: str, ctxs: set[str]) -> bool:
        if ctxs & done.get(src, set()) or " " not in src.strip():
            return True  # translated, or a value (an address, a name)
        # core messages are also matched against templates (i18n.core_text)
        return i18n.CORE_CONTEXT in ctxs and i18n.core_text(src) != src

    missing = sorted(
        (sorted(ctxs), src) for src, ctxs in lookups.items()
        if re.search(r"[A-Za-z]{2}", src) and not covered(src, ctxs)
    )
    if missing:
        print(f"\n{len(missing)} text(s) shown without a Japanese translation:")
        for ctxs, src in missing:
            print(f"  {ctxs} {src!r}")
    else:
        print("\nevery text looked up has a Japanese translation")


if __name__ == "__main__":
    run(sys.argv[1:])
