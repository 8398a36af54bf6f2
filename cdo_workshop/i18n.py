"""Languages: pick one, load the app's and Qt's own translations, render domain messages.

Source strings are English; German is the default language. Only QtCore is used here, so
the CLI can translate without creating a QApplication.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cdo_workshop.domain.messages import Message
from cdo_workshop.paths import resource_path

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"


def system_language() -> str:
    """German or English if the system speaks it, else German (our users' language)."""
    language = QLocale.system().language()
    if language == QLocale.Language.English:
        return "en"
    return DEFAULT_LANGUAGE


def pick_language(requested: str | None, saved: str | None = None) -> str:
    for candidate in (requested, saved):
        if candidate in LANGUAGES:
            return str(candidate)
    return system_language()


class Translator:
    """The app's translator for one language, plus Qt's own for the standard dialogs."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.app = QTranslator()
        self.qt = QTranslator()
        self._installed_in: QCoreApplication | None = None
        self._load(language)

    def _load(self, language: str) -> None:
        self.language = language
        self.app.load(str(resource_path("translations", f"cdo_workshop_{language}.qm")))
        self.qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        )

    def switch(self, language: str) -> None:
        """Change the language at run time: every widget gets a LanguageChange event."""
        app = self._installed_in
        if app is not None:
            self.uninstall(app)
        self._load(language)
        if app is not None:
            self.install(app)

    def translate(self, context: str, source: str) -> str:
        return self.app.translate(context, source) or source

    def render(self, message: Message) -> str:
        return message.render(self.translate, self.language)

    def install(self, app: QCoreApplication) -> None:
        QLocale.setDefault(
            QLocale(
                QLocale.Language.German if self.language == "de" else QLocale.Language.English,
                QLocale.Country.Germany if self.language == "de" else QLocale.Country.UnitedKingdom,
            )
        )
        app.installTranslator(self.qt)
        app.installTranslator(self.app)
        self._installed_in = app

    def uninstall(self, app: QCoreApplication) -> None:
        app.removeTranslator(self.app)
        app.removeTranslator(self.qt)
        self._installed_in = None
