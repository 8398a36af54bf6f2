"""A step that is one editable table (goals, dependencies, resources) plus an explanation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cdo_workshop.domain.model import Session
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.steps.base import StepPage
from cdo_workshop.ui.widgets.collection_table import CollectionEditor, Column


class TableStepPage(StepPage):
    collection = ""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        self.parts = (self.collection,)
        super().__init__(controller, parent)
        self.heading = QLabel(objectName="stepHeading")
        self.intro = QLabel(objectName="stepIntro")
        self.intro.setWordWrap(True)
        self.editor = CollectionEditor(
            controller, self.collection, self.columns(), self.new_item, self.collection
        )
        self.editor.setMinimumHeight(320)
        self.summary = QLabel(objectName="stepSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.summary)
        self.retranslate()

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    new_item: Callable[[], Any]

    def texts(self) -> tuple[str, str, str, str]:
        """Heading, introduction, add and remove button texts (translated)."""
        raise NotImplementedError

    def summary_text(self, session: Session) -> str:
        return ""

    def retranslate(self) -> None:
        heading, intro, add, remove = self.texts()
        self.heading.setText(heading)
        self.intro.setText(intro)
        self.editor.retranslate(add, remove, heading.split(": ", 1)[-1])
        if self.controller.session is not None:
            self.summary.setText(self.summary_text(self.controller.session))

    def load(self, session: Session) -> None:
        self.summary.setText(self.summary_text(session))

    @classmethod
    def ready(cls, session: Session) -> bool:
        return bool(getattr(session, cls.collection))
