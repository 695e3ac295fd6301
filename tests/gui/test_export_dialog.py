"""Export dialog: output read back with python-dotenv, renames, merge diff, 0600, linked export."""

from __future__ import annotations

import json
import os
import stat

from dotenv import dotenv_values
from PySide6.QtCore import Qt

from twauth_gui.ui.export_dialog import ExportDialog


def _dialog(qtbot, ctx, name="bot") -> ExportDialog:
    dialog = ExportDialog(ctx, name)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def _save(qtbot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_env_export_reads_back_with_python_dotenv(qtbot, ctx, make_cred, memory_vault, tmp_path):
    secrets = make_cred("bot")
    expires = int(memory_vault.get("bot").expires_at)
    dialog = _dialog(qtbot, ctx)
    target = tmp_path / "out" / ".env"
    dialog.path_edit.setText(str(target))
    # masked preview: no secret visible until "Show values"
    preview = dialog.preview.toPlainText()
    assert "X_OAUTH2_ACCESS_TOKEN=" in preview
    for value in (secrets["access_token"], secrets["refresh_token"], secrets["client_secret"]):
        assert value not in preview
    dialog.reveal_check.setChecked(True)
    assert secrets["access_token"] in dialog.preview.toPlainText()
    _save(qtbot, dialog)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert dotenv_values(target) == {
        "X_CLIENT_ID": secrets["client_id"],
        "X_CLIENT_SECRET": secrets["client_secret"],
        "X_OAUTH2_ACCESS_TOKEN": secrets["access_token"],
        "X_OAUTH2_REFRESH_TOKEN": secrets["refresh_token"],
        "X_OAUTH2_EXPIRES_AT": str(expires),
    }
    assert ctx.settings.value("export/last_dir") == str(target.parent)


def test_preset_and_rename(qtbot, ctx, make_cred, tmp_path):
    secrets = make_cred("bot")
    dialog = _dialog(qtbot, ctx)
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("samples"))
    dialog.set_variable_name("oauth2_access_token", "my_token")  # upper-cased as typed
    dialog.set_variable_name("client_secret", "")  # left out
    target = tmp_path / "app.env"
    dialog.path_edit.setText(str(target))
    _save(qtbot, dialog)
    values = dotenv_values(target)
    assert values["MY_TOKEN"] == secrets["access_token"]
    assert values["CLIENT_ID"] == secrets["client_id"]
    assert "CLIENT_SECRET" not in values
    assert "OAUTH2_REFRESH_TOKEN" in values


def test_bad_variable_name_blocks_saving(qtbot, ctx, make_cred):
    make_cred("bot")
    dialog = _dialog(qtbot, ctx)
    dialog.set_variable_name("client_id", "1BAD")
    assert not dialog.save_button.isEnabled()
    assert not dialog.message.isHidden()
    dialog.set_variable_name("client_id", "GOOD_NAME")
    assert dialog.save_button.isEnabled()


def test_merge_into_existing_env_shows_diff_and_keeps_lines(qtbot, ctx, make_cred, tmp_path):
    secrets = make_cred("bot")
    target = tmp_path / ".env"
    target.write_text("# my settings\nDEBUG=1\nX_CLIENT_ID=old\n", encoding="utf-8")
    dialog = _dialog(qtbot, ctx)
    with qtbot.waitSignal(dialog.planned, timeout=5000):
        dialog.path_edit.setText(str(target))
    plan = dialog.plan_label.text()
    assert "changes X_CLIENT_ID" in plan
    assert "adds X_CLIENT_SECRET" in plan
    _save(qtbot, dialog)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# my settings\nDEBUG=1\n")
    values = dotenv_values(target)
    assert values["DEBUG"] == "1"
    assert values["X_CLIENT_ID"] == secrets["client_id"]


def test_json_format(qtbot, ctx, make_cred, tmp_path):
    secrets = make_cred("bot")
    dialog = _dialog(qtbot, ctx)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    assert dialog.path_edit.text().endswith("twauth.json")
    target = tmp_path / "creds.json"
    dialog.path_edit.setText(str(target))
    _save(qtbot, dialog)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["X_OAUTH2_ACCESS_TOKEN"] == secrets["access_token"]
    assert isinstance(data["X_OAUTH2_EXPIRES_AT"], int)


def test_keep_updated_stores_linked_export(qtbot, ctx, make_cred, memory_vault, tmp_path):
    make_cred("bot")
    dialog = _dialog(qtbot, ctx)
    assert dialog.link_check.isVisibleTo(dialog)  # OAuth 2.0 with a refresh token
    dialog.link_check.setChecked(True)
    target = tmp_path / "bot.env"
    dialog.path_edit.setText(str(target))
    dialog.set_variable_name("oauth2_access_token", "TOKEN")
    _save(qtbot, dialog)
    links = memory_vault.get("bot").linked_exports
    assert len(links) == 1
    assert links[0].path == str(target)
    assert links[0].preset == "x"
    assert dict(links[0].renames) == {"oauth2_access_token": "TOKEN"}


def test_no_link_option_for_tokens_that_do_not_rotate(qtbot, ctx, make_cred):
    from twauth_gui.core.models import Method

    make_cred(
        "o1",
        method=Method.OAUTH1,
        expires_at=None,
        secrets={
            "api_key": "k" * 25,
            "api_secret": "s" * 50,
            "access_token": "123-" + "t" * 40,
            "access_token_secret": "x" * 45,
        },
    )
    dialog = _dialog(qtbot, ctx, "o1")
    assert not dialog.link_check.isVisibleTo(dialog)
    assert "X_ACCESS_TOKEN_SECRET=" in dialog.preview.toPlainText()


def test_symlink_target_refused_inline(qtbot, ctx, make_cred, tmp_path):
    make_cred("bot")
    real = tmp_path / "real.env"
    real.write_text("A=1\n", encoding="utf-8")
    link = tmp_path / "link.env"
    link.symlink_to(real)
    dialog = _dialog(qtbot, ctx)
    dialog.path_edit.setText(str(link))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=5000)
    assert "symbolic link" in dialog.message.message()
    assert real.read_text(encoding="utf-8") == "A=1\n"
