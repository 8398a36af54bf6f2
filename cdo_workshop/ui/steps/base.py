"""StepPage: the uniform interface of every workshop step page.

A page that is not on screen does not reload when a session is opened or its parts change:
it remembers to, and loads when it is shown (opening a session then builds one page, not
nine). Its completeness is worked out from the session either way, for the navigator.

Signals:
    completeChanged(bool): whether the step has what it needs to be called done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from cdo_workshop.domain.model import Session
from cdo_workshop.domain.steps import STEPS, step_number
from cdo_workshop.ui.controller import Change, SessionController


class StepPage(QWidget):
    completeChanged = Signal(bool)  # noqa: N815 - Qt naming
    key = ""
    # The parts and collections this page shows beyond its bindings (summaries, tables);
    # an edit elsewhere does not reload it.
    parts: tuple[str, ...] = ()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._stale = False
        controller.on_open(self._reload)
        controller.session_changed.connect(self.on_session_changed)

    def load(self, session: Session) -> None:
        """Show the session's values in the widgets (never writes back)."""
        raise NotImplementedError

    @classmethod
    def ready(cls, session: Session) -> bool:
        """Whether the step has what it needs (the navigator's "ready"), from the session
        alone: a page not built yet is asked through its class."""
        return True

    def is_complete(self) -> bool:
        session = self.controller.session
        return session is not None and self.ready(session)

    def step_heading(self) -> str:
        """ "Step 5 of 9: Decision powers": the page's heading, which also tells a screen
        reader user where in the workshop they are."""
        number = step_number(self.key)
        return QCoreApplication.translate("StepPage", "Step {number} of {count}: {title}").format(
            number=number,
            count=len(STEPS),
            title=QCoreApplication.translate("Steps", STEPS[number - 1].title),
        )

    def retranslate(self) -> None:
        """Set every visible text again after a language change."""

    def on_session_changed(self, change: Change) -> None:
        if change.touches(*self.parts):
            self._reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _reload(self) -> None:
        if self.controller.session is None:
            return
        if not self.isVisible():
            self._stale = True  # loaded when shown
        else:
            self._stale = False
            self.load(self.controller.session)
        self.completeChanged.emit(self.is_complete())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._reload_now()
        super().showEvent(event)

    def _reload_now(self) -> None:
        self._stale = False
        if self.controller.session is not None:
            self.load(self.controller.session)
            if self.layout() is not None:
                self.layout().activate()  # new texts get their room before the first paint
            self.completeChanged.emit(self.is_complete())
