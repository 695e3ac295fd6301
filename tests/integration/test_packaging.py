"""Packaging checks: desktop files validate, one app id and one version everywhere, the spec works.

The bundle build itself runs in ``packaging/ci-bundle.sh``; here the PyInstaller spec is executed
with recording stand-ins for PyInstaller's build classes, once per platform, so its Linux, macOS
and Windows branches are all checked on this machine.
"""

from __future__ import annotations

import ast
import configparser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import twauth_gui

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.twauth.TwauthGui"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "twauth-gui.spec"
HICOLOR = PACKAGING / "icons" / "hicolor"
PNG_SIZES = (48, 64, 128, 256)
SCREENSHOT_PREFIX = "https://raw.githubusercontent.com/twauth/twauth-gui/main/docs/screenshots/"


def _tool(name: str) -> str:
    """Path of a validator; missing fails in CI (TWAUTH_REQUIRE_SECRET_SERVICE=1), else skips."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install desktop-file-utils appstream)"
        if os.environ.get("TWAUTH_REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def _desktop() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


# ------------------------------------------------------------------ validators


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output, output


def test_desktop_file_validator_rejects_a_broken_file(tmp_path: Path) -> None:
    """The validator really runs: the same file without its Type key must be rejected."""
    tool = _tool("desktop-file-validate")
    broken = tmp_path / f"{APP_ID}.desktop"
    broken.write_text(
        "\n".join(line for line in DESKTOP.read_text().splitlines() if not line.startswith("Type="))
        + "\n"
    )
    result = subprocess.run([tool, str(broken)], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_validator_rejects_a_broken_file(tmp_path: Path) -> None:
    tool = _tool("appstreamcli")
    broken = tmp_path / f"{APP_ID}.metainfo.xml"
    broken.write_text(re.sub(r"<summary>.*?</summary>", "", METAINFO.read_text(), count=1))
    result = subprocess.run(
        [tool, "validate", "--no-net", str(broken)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0, result.stdout


# ------------------------------------------------------------------ one application id


def test_desktop_entry_uses_the_app_id() -> None:
    entry = _desktop()["Desktop Entry"]
    assert DESKTOP.stem == APP_ID
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "twauth-gui"
    assert entry["Terminal"] == "false"
    actions = [a for a in entry.get("Actions", "").split(";") if a]
    for action in actions:
        assert _desktop()[f"Desktop Action {action}"]["Exec"].split()[0] == "twauth-gui"


def test_metainfo_uses_the_app_id_and_required_fields() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    binaries = {b.text for b in root.findall("provides/binary")}
    assert binaries == {"twauth", "twauth-gui"}
    assert root.findtext("summary")
    assert root.findtext("developer_name") or root.findtext("developer/name")
    assert root.find("content_rating") is not None
    homepage = [u.text for u in root.findall("url") if u.get("type") == "homepage"]
    assert homepage and homepage[0] and homepage[0].startswith("https://")


def test_metainfo_binaries_match_the_installed_commands() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    commands = {*project.get("scripts", {}), *project.get("gui-scripts", {})}
    assert commands == {b.text for b in _metainfo().findall("provides/binary")}
    assert project["gui-scripts"]["twauth-gui"] == "twauth_gui.ui.app:main"
    assert project["scripts"]["twauth"] == "twauth_gui.cli:main"


def test_screenshots_point_at_the_repository() -> None:
    images = [img.text or "" for img in _metainfo().findall("screenshots/screenshot/image")]
    assert images, "AppStream needs at least one screenshot"
    screenshots = _metainfo().findall("screenshots/screenshot")
    defaults = [s for s in screenshots if s.get("type") == "default"]
    assert len(defaults) == 1
    shots = ROOT / "docs" / "screenshots"
    have_shots = shots.is_dir() and any(shots.glob("*.png"))
    for url in images:
        assert url.startswith(SCREENSHOT_PREFIX), url
        assert url.endswith(".png"), url
        if have_shots:  # once screenshots are committed, every referenced one must exist
            assert (shots / url.removeprefix(SCREENSHOT_PREFIX)).is_file(), url


def test_icons_are_named_by_the_app_id_and_have_the_right_sizes() -> None:
    svg = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert ET.parse(svg).getroot().tag.endswith("svg")
    for size in PNG_SIZES:
        png = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", png
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size), png
    names = {p.name for p in HICOLOR.rglob("*") if p.is_file()}
    assert names == {f"{APP_ID}.svg", f"{APP_ID}.png"}


def test_hicolor_svg_is_the_gui_window_icon() -> None:
    """One icon: the desktop menu shows what the window shows (packaging/render_icons.py syncs)."""
    gui_icons = ROOT / "twauth_gui" / "resources" / "icons"
    candidates = [gui_icons / n for n in ("app.svg", "twauth-gui.svg")]
    source = next((path for path in candidates if path.is_file()), None)
    if source is None:
        pytest.skip("the GUI ships no application icon yet")
    packaged = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert packaged.read_bytes() == source.read_bytes(), (
        "run `python packaging/render_icons.py` to copy the GUI's icon and re-render the PNGs"
    )


def test_windows_and_macos_icons_are_valid() -> None:
    ico = (PACKAGING / "icons" / "twauth-gui.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    dims = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= dims
    for i in range(count):
        size, offset = struct.unpack("<II", ico[6 + 16 * i + 8 : 6 + 16 * i + 16])
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(ico)
    icns = (PACKAGING / "icons" / "twauth-gui.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, pos = set(), 8
    while pos < len(icns):
        kind_bytes, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        assert length > 8
        kinds.add(kind_bytes)
        pos += length
    assert pos == len(icns)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_gui_registers_the_app_id() -> None:
    app_py = ROOT / "twauth_gui" / "ui" / "app.py"
    if not app_py.is_file():
        pytest.skip("twauth_gui/ui/app.py has not landed yet")
    text = app_py.read_text(encoding="utf-8")
    assert "setDesktopFileName" in text
    assert APP_ID in text or "APP_ID" in text
    if APP_ID not in text:  # the id comes from a constant: it must be this one
        from twauth_gui.ui import app as gui_app

        assert getattr(gui_app, "APP_ID", None) == APP_ID


# ------------------------------------------------------------------ one version


def _changelog_releases() -> list[tuple[str, str]]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.findall(r"^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})$", text, re.M)


def test_versions_agree() -> None:
    version = twauth_gui.__version__
    releases = _changelog_releases()
    assert releases, "CHANGELOG.md has no released version"
    assert releases[0][0] == version, "the newest CHANGELOG entry must be __version__"
    meta = [(r.get("version"), r.get("date")) for r in _metainfo().findall("releases/release")]
    assert meta, "metainfo has no releases"
    assert meta[0][0] == version, "the newest metainfo release must be __version__"
    assert meta[0][1] == releases[0][1], "CHANGELOG and metainfo disagree on the release date"
    versions = [v for v, _ in meta if v]
    assert versions == sorted(versions, key=_version_key, reverse=True), "releases newest first"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert f"[{version}]: https://" in changelog


def test_changelog_and_metainfo_list_the_same_releases() -> None:
    meta = [(r.get("version"), r.get("date")) for r in _metainfo().findall("releases/release")]
    assert meta == _changelog_releases()


def test_pyproject_reads_the_one_version_source() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert re.search(r'^dynamic = \[.*"version".*\]', text, re.M)
    assert 'version = { attr = "twauth_gui.__version__" }' in text
    assert not re.search(r'^version\s*=\s*"', text, re.M), "a second, static version"


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    from twauth_gui.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"twauth {twauth_gui.__version__}"


# ------------------------------------------------------------------ the PyInstaller spec


def test_spec_is_valid_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_entry_scripts_call_the_installed_mains() -> None:
    entries = (("entry_gui.py", "twauth_gui.ui.app"), ("entry_cli.py", "twauth_gui.cli"))
    for script, module in entries:
        tree = ast.parse((PACKAGING / script).read_text(encoding="utf-8"))
        imports = [(n.module, [a.name for a in n.names]) for n in ast.walk(tree)
                   if isinstance(n, ast.ImportFrom)]
        assert (module, ["main"]) in imports, script
        assert "sys.exit(main())" in (PACKAGING / script).read_text()


class _Recorder:
    """Stand-in for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE: remembers its arguments."""

    made: list[_Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.made.append(self)
        # Analysis results the spec reads
        scripts = args[0] if args and isinstance(args[0], list) else []
        self.scripts = [(Path(s).stem, s, "PYSOURCE") for s in scripts]
        self.pure: list[Any] = []
        self.binaries: list[Any] = [("libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
        self.datas: list[Any] = [
            ("PySide6/Qt/translations/qtbase_ja.qm", "/x/qtbase_ja.qm", "DATA"),
            ("PySide6/Qt/translations/qt_ja.qm", "/x/qt_ja.qm", "DATA"),
            ("PySide6/Qt/translations/qtdeclarative_ja.qm", "/x/qtd_ja.qm", "DATA"),
            ("PySide6/Qt/translations/qtwebengine_ja.qm", "/x/qtw_ja.qm", "DATA"),
            ("twauth_gui/resources/loopback_success.html", "/x/s.html", "DATA"),
        ]


def _run_spec(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qt_info: type | None = None
) -> dict[str, list[_Recorder]]:
    made: dict[str, list[_Recorder]] = {}
    namespace: dict[str, Any] = {"SPECPATH": str(PACKAGING), "workpath": str(tmp_path / "work"),
                                 "__file__": str(SPEC), "__name__": "__main__"}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        made[name] = []
        namespace[name] = type(name, (_Recorder,), {"made": made[name]})

    hooks = types.ModuleType("PyInstaller.utils.hooks")

    def collect_submodules(package: str, filter: Any = None) -> list[str]:
        found = {
            "twauth_gui": ["twauth_gui", "twauth_gui.cli", "twauth_gui.core.vault",
                           "twauth_gui.sandbox", "twauth_gui.ui", "twauth_gui.ui.app"],
        }.get(package, [f"{package}.sub"])
        return [n for n in found if filter is None or filter(n)]

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    if qt_info is not None:
        qt = types.ModuleType("PyInstaller.utils.hooks.qt")
        qt.QtLibraryInfo = qt_info  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks.qt", qt)
    monkeypatch.delitem(sys.modules, "winversion", raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    sys.modules.pop("winversion", None)
    return made


def _by_name(exes: list[_Recorder]) -> dict[str, _Recorder]:
    return {e.kwargs["name"]: e for e in exes}


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_spec_builds_two_executables_in_one_folder(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _run_spec(platform, tmp_path, monkeypatch)
    gui_a, cli_a = made["Analysis"]
    assert Path(gui_a.args[0][0]).name == "entry_gui.py"
    assert Path(cli_a.args[0][0]).name == "entry_cli.py"
    for analysis in (gui_a, cli_a):
        hidden = set(analysis.kwargs["hiddenimports"])
        assert {"keyring.backends.SecretService", "keyring.backends.macOS",
                "keyring.backends.Windows", "keyring.backends.kwallet"} <= hidden
        assert any(h.startswith("secretstorage") for h in hidden)
        assert any(h.startswith("jeepney") for h in hidden)
        assert any(h.startswith("cryptography") for h in hidden)
        assert analysis.kwargs["pathex"] == [str(ROOT)]
        data_dests = {dest for _, dest in analysis.kwargs["datas"]}
        assert "twauth_gui/resources" in data_dests
    # The CLI never carries Qt or the UI package; the GUI carries its UI.
    assert {"PySide6", "shiboken6", "twauth_gui.ui"} <= set(cli_a.kwargs["excludes"])
    assert not [h for h in cli_a.kwargs["hiddenimports"] if h.startswith("twauth_gui.ui")]
    assert "twauth_gui.ui.app" in gui_a.kwargs["hiddenimports"]
    gui_excludes = set(gui_a.kwargs["excludes"])
    unused = {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick", "PySide6.QtQml"}
    assert unused <= gui_excludes
    needed = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"}
    assert not needed & gui_excludes
    # Only Qt's base translations are kept.
    kept = {dest for dest, _, _ in gui_a.datas}
    qt_tr = "PySide6/Qt/translations/"
    assert f"{qt_tr}qtbase_ja.qm" in kept and f"{qt_tr}qt_ja.qm" in kept
    assert not {f"{qt_tr}qtdeclarative_ja.qm", f"{qt_tr}qtwebengine_ja.qm"} & kept
    assert "twauth_gui/resources/loopback_success.html" in kept

    exes = _by_name(made["EXE"])
    assert set(exes) == {"twauth-gui", "twauth"}
    assert exes["twauth"].kwargs["console"] is True
    assert exes["twauth-gui"].kwargs["console"] is False
    for exe in exes.values():
        assert exe.kwargs["exclude_binaries"] is True  # onedir
    (coll,) = made["COLLECT"]
    assert coll.kwargs["name"] == "twauth-gui"
    assert exes["twauth-gui"] in coll.args and exes["twauth"] in coll.args

    if platform == "darwin":
        (bundle,) = made["BUNDLE"]
        assert bundle.args == (coll,)
        assert bundle.kwargs["bundle_identifier"] == APP_ID
        assert bundle.kwargs["name"] == "twauth-gui.app"
        assert Path(bundle.kwargs["icon"]).is_file()
        plist = bundle.kwargs["info_plist"]
        assert plist["NSHighResolutionCapable"] is True
        assert plist["NSRequiresAquaSystemAppearance"] is False
        assert plist["CFBundleShortVersionString"] == twauth_gui.__version__
        assert bundle.kwargs["version"] == twauth_gui.__version__
        for exe in exes.values():
            assert Path(exe.kwargs["icon"]).suffix == ".icns"
    else:
        assert made["BUNDLE"] == []
    if platform == "win32":
        for name, exe in exes.items():
            assert Path(exe.kwargs["icon"]).suffix == ".ico" and Path(exe.kwargs["icon"]).is_file()
            text = Path(exe.kwargs["version"]).read_text(encoding="utf-8")
            tree = ast.parse(text, mode="eval")
            assert isinstance(tree.body, ast.Call)
            assert getattr(tree.body.func, "id", "") == "VSVersionInfo"
            assert f"StringStruct('OriginalFilename', '{name}.exe')" in text
            assert f"StringStruct('ProductVersion', '{twauth_gui.__version__}')" in text
            numbers = (*tuple(int(x) for x in twauth_gui.__version__.split(".")), 0)
            assert f"filevers={numbers!r}" in text
    else:
        for exe in exes.values():
            assert "version" not in exe.kwargs


def test_macos_signing_identity_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWAUTH_CODESIGN_IDENTITY", "Developer ID Application: Example (TEAMID1234)")
    made = _run_spec("darwin", tmp_path, monkeypatch)
    for exe in made["EXE"]:
        assert exe.kwargs["codesign_identity"] == "Developer ID Application: Example (TEAMID1234)"
        entitlements = Path(exe.kwargs["entitlements_file"])
        assert entitlements.is_file()
        assert "disable-library-validation" in entitlements.read_text()
    monkeypatch.delenv("TWAUTH_CODESIGN_IDENTITY")
    for exe in _run_spec("darwin", tmp_path, monkeypatch)["EXE"]:
        assert exe.kwargs["codesign_identity"] is None


def _fake_qt_info() -> type:
    class QtLibraryInfo:
        def collect_plugins(self, plugin_type: str) -> list[tuple[str, str]]:
            names = {"platformthemes": ["libqgtk3.so", "libqxdgdesktopportal.so"],
                     "platforms": ["libqxcb.so", "libqoffscreen.so"]}[plugin_type]
            dst = f"PySide6/Qt/plugins/{plugin_type}"
            return [(f"/qt/plugins/{plugin_type}/{n}", dst) for n in names]

    return QtLibraryInfo


def _plugin_names(info: type) -> set[str]:
    found = info().collect_plugins("platformthemes") + info().collect_plugins("platforms")
    return {Path(src).name for src, _ in found}


@pytest.mark.parametrize(
    ("platform", "keep_env", "has_gtk3"),
    [("linux", None, False), ("linux", "1", True), ("darwin", None, True)],
)
def test_spec_leaves_out_the_gtk3_platform_theme_on_linux(
    platform: str, keep_env: str | None, has_gtk3: bool, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if keep_env is None:
        monkeypatch.delenv("TWAUTH_BUNDLE_GTK3", raising=False)
    else:
        monkeypatch.setenv("TWAUTH_BUNDLE_GTK3", keep_env)
    info = _fake_qt_info()
    _run_spec(platform, tmp_path, monkeypatch, qt_info=info)
    names = _plugin_names(info)
    assert {"libqxdgdesktopportal.so", "libqxcb.so", "libqoffscreen.so"} <= names
    assert ("libqgtk3.so" in names) is has_gtk3
    _run_spec(platform, tmp_path, monkeypatch, qt_info=info)  # a second run does not stack
    assert _plugin_names(info) == names


# ------------------------------------------------------------------ CI helper, real sandbox


def _helper() -> types.ModuleType:
    import importlib.util

    spec = importlib.util.spec_from_file_location("ci_helper", PACKAGING / "ci_helper.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ci_helper_drives_an_oauth2_consent_like_a_browser(
    sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from twauth_gui.core import oauth2
    from twauth_gui.core.loopback import LoopbackReceiver
    from twauth_gui.core.models import AppKeys

    helper = _helper()
    assert helper.free_port() == 0
    port = int(capsys.readouterr().out)
    callback = f"http://127.0.0.1:{port}/callback"
    assert helper.register_callback(sandbox.url, "confidential", callback) == 0
    app = sandbox.app("confidential")
    assert callback in app.callbacks
    keys = AppKeys(api_key=app.api_key, api_secret=app.api_secret, client_id=app.client_id,
                   client_secret=app.client_secret)
    flow = oauth2.start(keys, callback, ["tweet.read", "users.read"], endpoints=sandbox.endpoints)
    with LoopbackReceiver(callback, kind="oauth2", state=flow.state, timeout=30) as rx:
        rx.start()
        assert helper.browse(flow.authorize_url) == 0
        result = rx.wait()
    assert result.code and result.state == flow.state

    line = {"url": sandbox.url, "apps": [
        {"name": a.name, "api_key": a.api_key, "api_secret": a.api_secret,
         "client_id": a.client_id, "client_secret": a.client_secret} for a in sandbox.apps]}
    out = tmp_path / "sandbox.out"
    out.write_text(json.dumps(line) + "\n")
    assert helper.sandbox_env(out, 5) == 0
    exports = capsys.readouterr().out
    assert f"export SB_URL={sandbox.url}" in exports
    assert f"export SB_CLIENT_ID={app.client_id}" in exports


def test_ci_helper_refuses_non_loopback_addresses() -> None:
    helper = _helper()
    with pytest.raises(SystemExit):
        helper.browse("https://x.com/i/oauth2/authorize")
    with pytest.raises(SystemExit):
        helper.register_callback("http://192.0.2.1:80", "confidential", "http://127.0.0.1:1/cb")


def test_ci_helper_times_out_without_a_sandbox_line(tmp_path: Path) -> None:
    assert _helper().sandbox_env(tmp_path / "never-written", 0.2) == 1


def test_ci_helper_reports_a_refused_callback(sandbox: Any,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert _helper().register_callback(sandbox.url, "no-such-app", "http://127.0.0.1:1/cb") == 1
    assert "refused the callback: 400" in capsys.readouterr().err
