"""Languages: pick one, load the app's and Qt's own translations, render domain messages.

Source strings are English; German is the default language. Only QtCore is used here, so
the CLI can translate without creating a QApplication.
"""

from __future__ import annotations

import os

import cdo_workshop.qt_import  # noqa: F401 - first: PySide6 without its import scan

# isort: split
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


STRESS_ENV = "CDO_WORKSHOP_STRESS"


class StressTranslator(QTranslator):
    """Lengthens every text by a factor, to find clipped labels before a translator does.

    Switched on with CDO_WORKSHOP_STRESS=1.4 (German runs about 30 % longer than English).
    """

    def __init__(self, base: QTranslator, factor: float) -> None:
        super().__init__()
        self.base = base
        self.factor = factor

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = self.base.translate(context, source, disambiguation, n) or source
        extra = int(len(text) * (self.factor - 1))
        return text + "·" * extra if extra > 0 else text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


class Translator:
    """The app's translator for one language, plus Qt's own for the standard dialogs."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.app = QTranslator()
        self.qt = QTranslator()
        self._installed_in: QCoreApplication | None = None
        self.stress: StressTranslator | None = None
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
        factor = os.environ.get(STRESS_ENV)
        if factor:
            self.stress = StressTranslator(self.app, float(factor))
            app.installTranslator(self.stress)
        self._installed_in = app

    def uninstall(self, app: QCoreApplication) -> None:
        if self.stress is not None:
            app.removeTranslator(self.stress)
            self.stress = None
        app.removeTranslator(self.app)
        app.removeTranslator(self.qt)
        self._installed_in = None
