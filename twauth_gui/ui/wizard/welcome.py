"""Welcome page: what you will need, with a link to the developer portal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from twauth_gui.core.flow import PORTAL_URL

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext

from twauth_gui.ui.wizard._common import WizardPage


class WelcomePage(WizardPage):
    """First page: a short list of what is needed, and where to get it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Get X API credentials"))
        self.setSubTitle(
            self.tr("This wizard gets working keys and tokens for the X API and keeps them "
                    "safely in your keyring. It takes about two minutes.")
        )
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setText(
            "<p><b>{need}</b></p><ul style='margin-left:0'>"
            "<li style='margin-bottom:6px'>{account}</li>"
            "<li style='margin-bottom:6px'>{keys}</li>"
            "<li style='margin-bottom:6px'>{browser}</li></ul>".format(
                need=self.tr("What you will need"),
                account=self.tr("An X developer account with an app — create one for free in "
                                "the developer portal."),
                keys=self.tr("The app's keys from its <i>Keys and tokens</i> page: the API Key "
                             "and Secret, or the OAuth 2.0 Client ID and Secret. The next pages "
                             "say exactly which ones."),
                browser=self.tr("A web browser where you can sign in to the X account the "
                                "tokens are for."),
            )
        )
        self.outer.addWidget(intro)
        self.portal_link = QLabel(self)
        self.portal_link.setTextFormat(Qt.TextFormat.RichText)
        self.portal_link.setOpenExternalLinks(True)
        self.portal_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.portal_link.setText(
            '<a href="{url}">{text}</a>'.format(
                url=PORTAL_URL, text=self.tr("Open the X developer portal")
            )
        )
        self.portal_link.setAccessibleName(self.tr("Open the X developer portal"))
        self.portal_link.setToolTip(PORTAL_URL)
        self.portal_link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outer.addWidget(self.portal_link)
        steps = QLabel(self)
        steps.setWordWrap(True)
        steps.setTextFormat(Qt.TextFormat.RichText)
        steps.setText(
            "<p><b>{how}</b></p><ol style='margin-left:0'>{items}</ol>".format(
                how=self.tr("How it goes"),
                items="".join(
                    f"<li style='margin-bottom:4px'>{text}</li>"
                    for text in (
                        self.tr("Choose what the credentials will do."),
                        self.tr("Paste the app's keys — each field says where to find them."),
                        self.tr("Register the callback URL shown, pick permissions; the keys "
                                "are checked with X."),
                        self.tr("Click “Authorize app” in your browser."),
                        self.tr("Copy the tokens or export a .env file; they stay in the "
                                "vault."),
                    )
                ),
            )
        )
        self.outer.addWidget(steps)
        if ctx.is_sandbox:
            sandbox_note = QLabel(
                self.tr("You are in sandbox mode: demo keys are filled in for you and a demo "
                        "account signs in, so you can try every step without a developer "
                        "account."),
                self,
            )
            sandbox_note.setWordWrap(True)
            self.outer.addWidget(sandbox_note)
        privacy = QLabel(
            self.tr("Your keys and tokens are only sent to X and stored in this computer's "
                    "keyring — never in plain files unless you export them."),
            self,
        )
        privacy.setWordWrap(True)
        self.outer.addWidget(privacy)
        self.outer.addStretch(1)
