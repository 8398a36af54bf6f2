"""The analysis' recommendations, which the room accepts or rejects.

Accepting asks for the owner and due date and creates a Measure; rejecting keeps the
recommendation as a dropped Measure. Both remember the recommendation's id in
`Measure.source_rule`, so nothing is lost, the decision survives re-analysis and the PDF
can list what was rejected. Both are undoable; "Reconsider" removes the measure again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QRectF, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain import labels, operations
from cdo_workshop.domain.analysis.recommendations import Recommendation
from cdo_workshop.domain.messages import Message
from cdo_workshop.domain.model import Measure, MeasureStatus, Priority
from cdo_workshop.ui.accessible import set_role
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.formatting import format_date
from cdo_workshop.ui.widgets.wrap_label import WrapLabel

MEASURES = "measures"


class RecommendationCard(QFrame):
    """One recommendation: severity in words, the message, the options, the decision.

    The card takes focus (Tab stops on it before its buttons) and draws a focus frame
    while it or one of its buttons has focus, so the keyboard's card is the one that looks
    focused. On the card, Space or Enter acts on this card: accept if undecided (the
    dialog asks for owner and due date), else reconsider.
    """

    def __init__(self, owner: RecommendationList, recommendation: Recommendation) -> None:
        super().__init__(objectName="recommendation")
        self.owner = owner
        self.recommendation = recommendation
        self.measure: Measure | None = None
        self.severity = QLabel(objectName="severity")
        # 21 cards of wrapped text: labels that measure their text once per width
        self.message = WrapLabel(objectName="recommendationMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.options = WrapLabel(objectName="recommendationOptions")
        self.decision = WrapLabel(objectName="decision")
        self.accept_button = QPushButton(objectName="acceptRecommendation")
        self.accept_button.clicked.connect(lambda: owner.accept(self))
        self.reject_button = QPushButton(objectName="rejectRecommendation")
        self.reject_button.clicked.connect(lambda: owner.reject(self))
        self.reopen_button = QPushButton(objectName="reconsiderRecommendation")
        self.reopen_button.clicked.connect(lambda: owner.reconsider(self))
        buttons = QVBoxLayout()
        for button in (self.accept_button, self.reject_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.severity)
        text.addWidget(self.message)
        text.addWidget(self.options)
        text.addWidget(self.decision)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.setProperty("severity", recommendation.severity)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        set_role(self, QAccessible.Role.Grouping)  # a card: its name is its message

    def has_keyboard(self) -> bool:
        """The card or one of its buttons has focus."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.has_keyboard():
            return
        painter = QPainter(self)
        pen = QPen(self.palette().highlight().color(), 3)
        painter.setPen(pen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button = self.reopen_button if self.measure is not None else self.accept_button
            button.click()
            return
        super().keyPressEvent(event)

    def update_texts(self, recommendation: Recommendation, measure: Measure | None) -> None:
        self.recommendation, self.measure = recommendation, measure
        render = self.owner.render
        level = QCoreApplication.translate(
            "Labels", labels.PRIORITIES[Priority(recommendation.severity)]
        )
        self.severity.setText(self.tr("Severity: {level}").format(level=level))
        self.message.setText(render(recommendation.message))
        options = [render(o) for o in recommendation.options]
        self.options.setText(
            "\n".join([self.tr("Options:")] + [f"\u2022 {text}" for text in options])
        )
        self.options.setVisible(bool(options))
        decided = measure is not None
        if measure is None:
            self.decision.clear()
        elif measure.status == MeasureStatus.DROPPED:
            self.decision.setText(
                self.tr("Rejected by the room (kept in the measures as dropped).")
            )
        else:
            self.decision.setText(
                self.tr("Accepted as a measure: {what} – {owner}, due {due}.").format(
                    what=measure.what,
                    owner=measure.owner or "—",
                    due=format_date(measure.due) if measure.due else "—",
                )
            )
        self.decision.setVisible(decided)
        self.accept_button.setVisible(not decided)
        self.reject_button.setVisible(not decided)
        self.reopen_button.setVisible(decided)
        self.setProperty("decided", decided)
        self.style().unpolish(self)
        self.style().polish(self)
        self.accept_button.setText(self.tr("Accept …"))
        self.reject_button.setText(self.tr("Reject"))
        self.reopen_button.setText(self.tr("Reconsider"))
        message = self.message.text()
        for button, text in (
            (self.accept_button, self.tr("Accept and create a measure: {message}")),
            (self.reject_button, self.tr("Reject: {message}")),
            (self.reopen_button, self.tr("Reconsider the decision on: {message}")),
        ):
            button.setAccessibleName(text.format(message=message))
        self.setAccessibleName(f"{self.severity.text()}. {message}")


class RecommendationList(QWidget):
    """All recommendations, high severity first; the decisions live in the session."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.cards: dict[str, RecommendationCard] = {}
        self.recommendations: list[Recommendation] = []
        self.empty = QLabel(objectName="noRecommendations")
        self.empty.setWordWrap(True)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.cards_layout)
        controller.session_changed.connect(self._on_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._repaint_focus)

    def _repaint_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """The focus frame follows the keyboard into and out of a card."""
        for widget in (old, new):
            while widget is not None and not isinstance(widget, RecommendationCard):
                widget = widget.parentWidget()
            if widget is not None and widget.owner is self:
                widget.update()

    def render(self, message: Message) -> str:
        return self.controller.translator.render(message)

    # -- showing --------------------------------------------------------------------------

    def show_recommendations(self, recommendations: Sequence[Recommendation]) -> None:
        self.recommendations = list(recommendations)
        wanted = [r.id for r in self.recommendations]
        if wanted != list(self.cards):
            for key in [k for k in self.cards if k not in wanted]:
                card = self.cards.pop(key)
                self.cards_layout.removeWidget(card)
                card.hide()
                card.deleteLater()
            for card in self.cards.values():
                self.cards_layout.removeWidget(card)
            arranged = {}
            for i, r in enumerate(self.recommendations):
                card = self.cards.get(r.id) or RecommendationCard(self, r)
                self.cards_layout.insertWidget(i, card)
                arranged[r.id] = card
            self.cards = arranged
        self.update_decisions()

    def decisions(self) -> dict[str, Measure]:
        session = self.controller.session
        out: dict[str, Measure] = {}
        for m in session.measures if session else []:
            if m.source_rule and m.source_rule not in out:
                out[m.source_rule] = m
        return out

    def update_decisions(self) -> None:
        decisions = self.decisions()
        for r in self.recommendations:
            self.cards[r.id].update_texts(r, decisions.get(r.id))
        self.empty.setText(self.tr("The analysis has no recommendations."))
        self.empty.setVisible(not self.recommendations)

    def open_high(self, recommendations: Sequence[Recommendation] | None = None) -> int:
        """How many high-severity recommendations (shown, or these) are not decided yet."""
        decisions = self.decisions()
        shown = self.recommendations if recommendations is None else recommendations
        return sum(1 for r in shown if r.severity == "high" and r.id not in decisions)

    def _on_changed(self, change: Change) -> None:
        if change.touches(MEASURES) and self.recommendations:
            self.update_decisions()  # at once, also on undo; the analysis follows later

    # -- decisions ------------------------------------------------------------------------

    def accept(self, card: RecommendationCard) -> None:
        from cdo_workshop.ui.dialogs.measure_dialog import ask_measure

        session = self.controller.session
        if session is None:
            return
        r = card.recommendation
        owners = [p.name for p in session.participants if p.name.strip()]
        value = ask_measure(
            self,
            self.render(r.message),
            [self.render(o) for o in r.options],
            owners,
            QDate.currentDate().addMonths(3).toPython(),
        )
        if value is None:
            return
        edits = operations.accept_recommendation(r.id, value.what, value.owner, value.due)
        self.controller.edit(edits, self.tr("Accept recommendation"))
        self._focus(r.id, "reopen")

    def reject(self, card: RecommendationCard) -> None:
        r = card.recommendation
        edits = operations.reject_recommendation(r.id, self.render(r.message))
        self.controller.edit(edits, self.tr("Reject recommendation"))
        self._focus(r.id, "reopen")

    def reconsider(self, card: RecommendationCard) -> None:
        if card.measure is not None:
            edits = operations.reconsider(card.measure)
            self.controller.edit(edits, self.tr("Reconsider recommendation"))
            self._focus(card.recommendation.id, "accept")

    def _focus(self, key: str, which: str) -> None:
        """Keep the keyboard on the decided card (once a closing dialog gave focus back)."""

        def focus() -> None:
            card = self.cards.get(key)
            if card is not None:
                button = card.reopen_button if which == "reopen" else card.accept_button
                button.setFocus(Qt.FocusReason.OtherFocusReason)

        focus()
        QTimer.singleShot(0, self, focus)
