"""Export dialog: format, preset, per-variable names, masked preview, target file, keep updated.

The credential's secrets are read in a worker; the table lists each value with its
variable name (editable: a rename; empty leaves it out). The preview is the exact file
text with the secret values masked (a toggle shows them). The target is a new file or an
existing one that is merged (``export.plan_file``): the dialog says which variables are
added or changed before anything is written. Writing (``export.write_export``: atomic,
0600) and remembering a linked export happen in a worker.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from twauth_gui.core import redact
from twauth_gui.core.errors import UserFacingError
from twauth_gui.ui import theme
from twauth_gui.ui.context import AppContext
from twauth_gui.ui.credential_view import secret_label
from twauth_gui.ui.tasks import CancelToken, TaskHandle, run_task
from twauth_gui.ui.widgets import BusyIndicator, InlineMessage

FORMAT_EXT = {"env": ".env", "json": ".json", "shell": ".sh"}
COL_VALUE, COL_NAME, COL_PREVIEW = 0, 1, 2


def _field_label(field: str) -> str:
    mapping = {
        "oauth2_access_token": "access_token",
        "oauth2_refresh_token": "refresh_token",
    }
    if field == "expires_at":
        return QCoreApplication.translate("ExportDialog", "Expires at (Unix time)")
    return secret_label(mapping.get(field, field))


class ExportDialog(QDialog):
    """``ExportDialog(ctx, credential_name, parent)``; emits ``exported(path)`` when written."""

    exported = Signal(str)
    loaded = Signal()
    planned = Signal()

    def __init__(self, ctx: AppContext, credential_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.name = credential_name
        self.credential: Any = None
        self._secrets: dict[str, str] = {}
        self._fields: list[str] = []  # canonical field names present, in table order
        self._plan: tuple[str, Any] | None = None
        self._plan_task: TaskHandle[Any] | None = None
        self._updating = False
        self.setWindowTitle(self.tr("Export “{name}”").format(name=credential_name))
        self.setObjectName("ExportDialog")
        self._build()
        self.resize(760, 640)
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(250)
        self._plan_timer.timeout.connect(self._start_plan)
        self._load()

    # UI --------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Save these credentials to a file your program reads. A .env file works with "
                "python-dotenv, Node's dotenv, node --env-file and docker compose alike."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message = InlineMessage(self)
        layout.addWidget(self.message)
        self.busy = BusyIndicator(self)
        layout.addWidget(self.busy)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr(".env file (KEY=value)"), "env")
        self.format_combo.addItem(self.tr("JSON file"), "json")
        self.format_combo.addItem(self.tr("Shell script (export KEY='value')"), "shell")
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.format_combo.setToolTip(self.tr("The kind of file to write"))
        form.addRow(self.tr("&Format:"), self.format_combo)

        from twauth_gui.core.export import PRESETS

        self.preset_combo = QComboBox(self)
        descriptions = {
            "samples": self.tr("X samples & xurl (CONSUMER_KEY, ACCESS_TOKEN, …)"),
            "x": self.tr("X_* (X_API_KEY, X_ACCESS_TOKEN, …)"),
            "twitter": self.tr("TWITTER_* (TWITTER_API_KEY, …)"),
            "xmcp": self.tr("xmcp (X_OAUTH_CONSUMER_KEY, …)"),
        }
        for key, preset in PRESETS.items():
            self.preset_combo.addItem(descriptions.get(key, preset.label), key)
        self.preset_combo.setAccessibleName(self.tr("Variable names preset"))
        self.preset_combo.setToolTip(
            self.tr("Which variable names to use; you can still rename each one below")
        )
        form.addRow(self.tr("&Names:"), self.preset_combo)
        layout.addLayout(form)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("Variable name (editable)"), self.tr("Value preview")]
        )
        self.table.setAccessibleName(self.tr("Variables to export"))
        self.table.setToolTip(
            self.tr("Double-click a variable name to change it; clear it to leave that value out")
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PREVIEW, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(self._names_changed)
        layout.addWidget(self.table, 2)

        preview_row = QHBoxLayout()
        preview_label = QLabel(self.tr("File preview:"), self)
        preview_row.addWidget(preview_label)
        preview_row.addStretch(1)
        self.reveal_check = QCheckBox(self.tr("Show values"), self)
        self.reveal_check.setToolTip(self.tr("Show the secret values in the preview"))
        self.reveal_check.setAccessibleName(self.tr("Show values in the preview"))
        self.reveal_check.toggled.connect(self._update_preview)
        preview_row.addWidget(self.reveal_check)
        layout.addLayout(preview_row)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("File preview"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        preview_label.setBuddy(self.preview)
        layout.addWidget(self.preview, 2)

        target = QHBoxLayout()
        target_label = QLabel(self.tr("Save &to:"), self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.path_edit.setToolTip(
            self.tr("A new file, or an existing file to update (other lines are kept)")
        )
        target_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.setAccessibleName(self.tr("Choose the file"))
        self.browse_button.setToolTip(self.tr("Pick where to save the file"))
        self.browse_button.clicked.connect(self._browse)
        target.addWidget(target_label)
        target.addWidget(self.path_edit, 1)
        target.addWidget(self.browse_button)
        layout.addLayout(target)
        self.plan_label = QLabel(self)
        self.plan_label.setWordWrap(True)
        self.plan_label.setAccessibleName(self.tr("What will change"))
        layout.addWidget(self.plan_label)

        self.link_check = QCheckBox(self.tr("Keep this file updated when tokens refresh"), self)
        self.link_check.setToolTip(
            self.tr(
                "After each refresh the new tokens are written into this file, with the "
                "same variable names, so a program reading it keeps working"
            )
        )
        self.link_check.setAccessibleName(self.tr("Keep this file updated when tokens refresh"))
        layout.addWidget(self.link_check)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setIcon(theme.icon("export"))
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save file"))
        self.save_button.setToolTip(self.tr("Write the file (only you can read it: mode 0600)"))
        self.copy_button = self.buttons.addButton(
            self.tr("Copy text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setIcon(theme.icon("copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the file text"))
        self.copy_button.setToolTip(
            self.tr("Copy the whole file text (cleared from the clipboard after a short time)")
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without saving"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_text)
        layout.addWidget(self.buttons)

        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.path_edit.textChanged.connect(lambda _t: self._plan_timer.start())
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.format_combo,
            self.preset_combo,
            self.table,
            self.path_edit,
            self.browse_button,
            self.save_button,
            self.copy_button,
            self.link_check,
        ):
            w.setEnabled(on)

    # loading -----------------------------------------------------------------------
    def _load(self) -> None:
        name, vault_factory = self.name, self.ctx.vault

        def work(token: CancelToken) -> tuple[Any, dict[str, str]]:
            vault = vault_factory()
            return vault.get(name), dict(vault.secrets(name))

        handle = run_task(work, self._on_loaded, self._on_load_error, owner=self)
        self.busy.start(self.tr("Reading the credentials…"), handle)

    def _on_load_error(self, exc: BaseException) -> None:
        self.busy.stop()
        self.message.show_error(exc)

    def _on_loaded(self, result: tuple[Any, dict[str, str]]) -> None:
        self.busy.stop()
        self.credential, self._secrets = result
        settings = self.ctx.settings
        fmt = str(settings.value("export/format", "env"))
        preset = str(settings.value("export/preset", "x"))
        self._updating = True
        idx = self.format_combo.findData(fmt)
        self.format_combo.setCurrentIndex(max(0, idx))
        idx = self.preset_combo.findData(preset)
        self.preset_combo.setCurrentIndex(max(0, idx))
        self._updating = False
        method = str(getattr(self.credential.method, "value", self.credential.method))
        rotating = method == "oauth2" and bool(self._secrets.get("refresh_token"))
        self.link_check.setVisible(rotating)
        folder = str(settings.value("export/last_dir", "") or "") or str(Path.home())
        self.path_edit.setText(
            os.path.join(folder, ".env" if fmt == "env" else "twauth" + FORMAT_EXT.get(fmt, ".env"))
        )
        self._set_enabled(True)
        self._fill_table()
        self.loaded.emit()

    # table & preview ------------------------------------------------------------------
    @property
    def format(self) -> str:
        return str(self.format_combo.currentData())

    @property
    def preset(self) -> str:
        return str(self.preset_combo.currentData())

    def _method(self) -> str | None:
        if self.credential is None:
            return None
        return str(getattr(self.credential.method, "value", self.credential.method))

    def _present_fields(self) -> list[str]:
        from twauth_gui.core.export import PRESETS, export_fields

        full = PRESETS["x"]
        by_var = {var: field for field, var in full.names}
        pairs = export_fields(
            self._secrets, expires_at=self.credential.expires_at, preset="x", method=self._method()
        )
        return [by_var[var] for var, _ in pairs if var in by_var]

    def _fill_table(self) -> None:
        from twauth_gui.core.export import PRESETS

        if self.credential is None:
            return
        preset = PRESETS[self.preset]
        self._fields = self._present_fields()
        values = self._values_by_field()
        self._updating = True
        self.table.setRowCount(len(self._fields))
        for row, field in enumerate(self._fields):
            label = QTableWidgetItem(_field_label(field))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            label.setData(Qt.ItemDataRole.UserRole, field)
            name = QTableWidgetItem(preset.variable(field) or "")
            name.setToolTip(self.tr("Empty: this value is left out"))
            value = values.get(field, "")
            shown = value if field == "expires_at" else redact.mask(value)
            preview = QTableWidgetItem(shown)
            preview.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, COL_VALUE, label)
            self.table.setItem(row, COL_NAME, name)
            self.table.setItem(row, COL_PREVIEW, preview)
        self._updating = False
        self._update_preview()

    def _values_by_field(self) -> dict[str, str]:
        from twauth_gui.core.export import PRESETS, export_fields

        full = PRESETS["x"]
        by_var = {var: field for field, var in full.names}
        pairs = export_fields(
            self._secrets, expires_at=self.credential.expires_at, preset="x", method=self._method()
        )
        return {by_var[var]: str(value) for var, value in pairs if var in by_var}

    def renames(self) -> dict[str, str]:
        """Field → variable name for every row whose name differs from the preset's."""
        from twauth_gui.core.export import PRESETS

        preset = PRESETS[self.preset]
        out: dict[str, str] = {}
        for row, field in enumerate(self._fields):
            item = self.table.item(row, COL_NAME)
            name = item.text().strip() if item is not None else ""
            if name != (preset.variable(field) or ""):
                out[field] = name
        return out

    def set_variable_name(self, field: str, name: str) -> None:
        """Rename the variable for ``field`` (tests; the table does the same on edit)."""
        row = self._fields.index(field)
        item = self.table.item(row, COL_NAME)
        assert item is not None
        item.setText(name)

    def pairs(self) -> list[tuple[str, str]]:
        """The (VARIABLE, value) pairs to write; raises ExportError for bad names."""
        from twauth_gui.core.export import export_fields

        return export_fields(
            self._secrets,
            expires_at=self.credential.expires_at,
            preset=self.preset,
            renames=self.renames(),
            method=self._method(),
        )

    def rendered_text(self) -> str:
        from twauth_gui.core.export import render

        return render(self.pairs(), self.format)

    def _masked(self, text: str, pairs: list[tuple[str, str]]) -> str:
        values = sorted(
            {str(v) for k, v in pairs if len(str(v)) >= 4 and not _is_epoch(k, v)},
            key=len,
            reverse=True,
        )
        for value in values:
            text = text.replace(value, redact.mask(value))
        return text

    def _update_preview(self) -> None:
        if self.credential is None:
            return
        try:
            pairs = self.pairs()
            text = self.rendered_text()
        except UserFacingError as exc:
            self.preview.setPlainText("")
            self.message.show_error(exc)
            self.save_button.setEnabled(False)
            self.copy_button.setEnabled(False)
            return
        if self.message.kind == "error":
            self.message.clear()
        self.save_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.preview.setPlainText(
            text if self.reveal_check.isChecked() else self._masked(text, pairs)
        )
        self._plan_timer.start()

    def _names_changed(self, item: QTableWidgetItem) -> None:
        if self._updating or item.column() != COL_NAME:
            return
        upper = item.text().strip().upper()
        if upper != item.text():
            self._updating = True
            item.setText(upper)
            self._updating = False
        self._update_preview()

    def _format_changed(self) -> None:
        if self._updating:
            return
        path = self.path_edit.text()
        base, ext = os.path.splitext(path)
        name = os.path.basename(path)
        new_ext = FORMAT_EXT.get(self.format, ".env")
        if name == ".env" and self.format != "env":
            self.path_edit.setText(os.path.join(os.path.dirname(path), "twauth" + new_ext))
        elif ext in FORMAT_EXT.values() and ext != new_ext:
            if self.format == "env" and os.path.basename(base) == "twauth":
                self.path_edit.setText(os.path.join(os.path.dirname(path), ".env"))
            else:
                self.path_edit.setText(base + new_ext)
        self._update_preview()

    def _preset_changed(self) -> None:
        if self._updating:
            return
        self._fill_table()

    # target & plan ---------------------------------------------------------------------
    def _browse(self) -> None:
        filters = {
            "env": self.tr("Environment files (*.env .env);;All files (*)"),
            "json": self.tr("JSON files (*.json);;All files (*)"),
            "shell": self.tr("Shell scripts (*.sh);;All files (*)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path_edit.text(),
            filters.get(self.format, ""),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path_edit.setText(path)

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _start_plan(self) -> None:
        target = self.target()
        if target is None or self.credential is None:
            self.plan_label.setText(self.tr("Choose a file to save to."))
            return
        try:
            pairs = self.pairs()
        except UserFacingError:
            return
        fmt = self.format
        if self._plan_task is not None:
            self._plan_task.cancel()

        def work(token: CancelToken) -> tuple[str, Any, bool]:
            from twauth_gui.core.export import plan_file

            existed = target.exists()
            text, diff = plan_file(target, pairs, fmt)
            return text, diff, existed

        self._plan_task = run_task(work, self._on_planned, self._on_plan_error, owner=self)

    def _on_planned(self, result: tuple[str, Any, bool]) -> None:
        text, diff, existed = result
        self._plan = (text, diff)
        if not existed:
            msg = self.tr("A new file with {n} variable(s) will be created.").format(
                n=len(diff.added)
            )
        elif not diff.has_changes:
            msg = self.tr("This file already holds exactly these values; nothing will change.")
        else:
            parts = []
            if diff.added:
                parts.append(self.tr("adds {names}").format(names=", ".join(diff.added)))
            if diff.changed:
                parts.append(self.tr("changes {names}").format(names=", ".join(diff.changed)))
            msg = self.tr(
                "The existing file will be updated: {what}. Other lines stay as they are."
            ).format(what="; ".join(parts))
        self.plan_label.setText(msg)
        self.planned.emit()

    def _on_plan_error(self, exc: BaseException) -> None:
        self._plan = None
        if isinstance(exc, UserFacingError):
            from twauth_gui.ui.i18n import error_texts

            self.plan_label.setText(" ".join(error_texts(exc)).strip())
        else:
            self.message.show_error(exc)
        self.planned.emit()

    # actions ---------------------------------------------------------------------------
    def copy_text(self) -> None:
        try:
            text = self.rendered_text()
        except UserFacingError as exc:
            self.message.show_error(exc)
            return
        self.ctx.clipboard.copy(text, self.tr("export"))

    def save(self) -> None:
        """Write the file in a worker (merge if it exists); close when done."""
        target = self.target()
        if target is None:
            self.message.show_message(self.tr("Choose a file to save to."), "", "error")
            return
        try:
            pairs = self.pairs()
        except UserFacingError as exc:
            self.message.show_error(exc)
            return
        fmt, preset, renames = self.format, self.preset, self.renames()
        link = self.link_check.isVisible() and self.link_check.isChecked()
        name, vault_factory = self.name, self.ctx.vault

        def work(token: CancelToken) -> Any:
            from twauth_gui.core.export import plan_file, write_export

            text, diff = plan_file(target, pairs, fmt)
            if diff.has_changes or not target.exists():
                write_export(target, text)
            if link:
                from twauth_gui.core.vault import LinkedExport
                from twauth_gui.ui import vault_ops

                entry = LinkedExport(
                    path=str(target.absolute()),
                    format=fmt,
                    preset=preset,
                    renames=tuple(sorted(renames.items())),
                )
                vault_ops.add_linked_export(vault_factory(), name, entry)
            return diff

        self._set_enabled(False)
        handle = run_task(
            work, lambda diff: self._on_saved(target), self._on_save_error, owner=self
        )
        self.busy.start(self.tr("Saving…"), handle)

    def _on_save_error(self, exc: BaseException) -> None:
        self.busy.stop()
        self._set_enabled(True)
        self.message.show_error(exc)

    def _on_saved(self, target: Path) -> None:
        self.busy.stop()
        settings = self.ctx.settings
        settings.set_value("export/format", self.format)
        settings.set_value("export/preset", self.preset)
        settings.set_value("export/last_dir", str(target.parent))
        self.exported.emit(str(target))
        self.accept()

    def done(self, result: int) -> None:
        """Forget the secrets when the dialog closes."""
        self._secrets = {}
        self.preview.clear()
        super().done(result)


def _is_epoch(name: str, value: Any) -> bool:
    from twauth_gui.core.envfile import EpochSeconds

    return isinstance(value, EpochSeconds)
