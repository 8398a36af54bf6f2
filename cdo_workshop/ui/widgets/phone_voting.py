""" "Abstimmung per Smartphone": the controls of a phone round in steps 3 and 5.

Before a round: the network interface to serve on (the machine's IPv4 addresses from
QNetworkInterface, loopback included for trying it out; never all interfaces) and the
start button. During it: a large QR code of the join URL, the URL as text, an optional
Wi-Fi QR code for a hotspot, who has voted (names, never values while hidden), the
question asked, a new link (rotated token), freeing a name taken by mistake, and stop.
Step 3 also reveals the phone positions (an undoable edit); step 5 reveals with the
board's own button. The round itself is `ui.phone_round.PhoneRound`, shared by both steps.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain import operations
from cdo_workshop.domain.model import DecisionArea
from cdo_workshop.room.questions import AREA, EXPECTATIONS, Question, area_question
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.phone_round import RoundInfo, phone_round
from cdo_workshop.ui.qr import qr_image

QR_SIDE = 200  # px on the facilitator's screen; the audience window shows it larger


def ipv4_addresses() -> list[tuple[str, str, bool]]:
    """(interface name, address, is loopback) of every interface that is up, LAN first."""
    found: list[tuple[str, str, bool]] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning):
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            loopback = bool(state & flags.IsLoopBack) or ip.isLoopback()
            found.append((interface.humanReadableName(), ip.toString(), loopback))
    return sorted(found, key=lambda f: f[2])


class PhoneVotingPanel(QFrame):
    """`kind` "area" asks `current_area()` (step 5), "expectation" the groups (step 3)."""

    def __init__(
        self,
        controller: SessionController,
        kind: str,
        current_area: Callable[[], DecisionArea | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName=f"phoneVoting_{kind}")
        self.controller = controller
        self.kind = kind
        self.current_area = current_area or (lambda: None)
        self.round = phone_round(controller)
        self.round.room_changed.connect(self.refresh)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.heading = QLabel(objectName="sectionHeading")
        self.interface_label = QLabel(objectName="phoneInterfaceLabel")
        self.interface_combo = QComboBox(objectName="phoneInterface")
        self.interface_label.setBuddy(self.interface_combo)
        self.start_button = QPushButton(objectName="phoneStart")
        self.start_button.clicked.connect(self.start_or_ask)
        self.message = QLabel(objectName="phoneMessage")
        self.message.setWordWrap(True)
        start_row = QHBoxLayout()
        start_row.addWidget(self.interface_label)
        start_row.addWidget(self.interface_combo, 1)
        start_row.addWidget(self.start_button)

        self.qr = QLabel(objectName="phoneQr")
        self._qr_url = ""  # the link the QR code shows
        self._wifi_text = ""  # what the Wi-Fi QR code shows
        self.qr.setFixedSize(QR_SIDE, QR_SIDE)
        self.qr.setScaledContents(True)
        self.wifi_qr = QLabel(objectName="phoneWifiQr")
        self.wifi_qr.setFixedSize(QR_SIDE * 2 // 3, QR_SIDE * 2 // 3)
        self.wifi_qr.setScaledContents(True)
        self.url = QLabel(objectName="phoneUrl")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setWordWrap(True)
        self.question = QLabel(objectName="phoneQuestion")
        self.question.setWordWrap(True)
        self.voted = QLabel(objectName="phoneVoted")
        self.voted.setWordWrap(True)
        self.reveal_button = QPushButton(objectName="phoneReveal")
        self.reveal_button.clicked.connect(self.reveal_positions)
        self.rotate_button = QPushButton(objectName="phoneRotate")
        self.rotate_button.clicked.connect(self.round.rotate_token)
        self.stop_button = QPushButton(objectName="phoneStop")
        self.stop_button.clicked.connect(self.round.stop)
        self.free_combo = QComboBox(objectName="phoneHeldNames")
        self.free_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.free_button = QPushButton(objectName="phoneFree")
        self.free_button.clicked.connect(self.free_name)
        self.ssid_label = QLabel(objectName="phoneSsidLabel")
        self.password_label = QLabel(objectName="phoneWifiPasswordLabel")
        self.ssid_edit = QLineEdit(objectName="phoneSsid")
        self.password_edit = QLineEdit(objectName="phoneWifiPassword")
        # The laptop's screen is often mirrored on the projector: shown only while typed.
        self.password_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.ssid_label.setBuddy(self.ssid_edit)
        self.password_label.setBuddy(self.password_edit)
        for edit in (self.ssid_edit, self.password_edit):
            edit.setMaxLength(63)
            edit.textChanged.connect(self._wifi_typed)

        free_row = QHBoxLayout()
        free_row.addWidget(self.free_combo)
        free_row.addWidget(self.free_button)
        free_row.addStretch(1)
        wifi_row = QHBoxLayout()
        for label, edit in (
            (self.ssid_label, self.ssid_edit),
            (self.password_label, self.password_edit),
        ):
            wifi_row.addWidget(label)
            wifi_row.addWidget(edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.rotate_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        details = QVBoxLayout()
        for widget in (self.question, self.url, self.voted):
            details.addWidget(widget)
        for row in (free_row, wifi_row, buttons):
            details.addLayout(row)
        details.addStretch(1)
        self.running_box = QWidget(objectName="phoneRunning")
        running = QHBoxLayout(self.running_box)
        running.setContentsMargins(0, 0, 0, 0)
        running.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        running.addLayout(details, 1)
        running.addWidget(self.wifi_qr, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(start_row)
        layout.addWidget(self.message)
        layout.addWidget(self.running_box)
        self.retranslate()
        self.refresh()

    # -- actions ----------------------------------------------------------------------

    def questions_here(self) -> list[Question]:
        if self.kind == AREA:
            area = self.current_area()
            return [area_question(area)] if area is not None else []
        return [EXPECTATIONS]

    def start_or_ask(self) -> None:
        """Start a round on this step's question, or ask it in the running round."""
        questions = self.questions_here()
        if not questions:
            self.message.setText(self.tr("Select a decision area first."))
            return
        if self.round.running:
            self.round.ask(questions)
            return
        host = self.interface_combo.currentData()
        if not host:
            self.message.setText(self.tr("This computer has no network address to serve on."))
            return
        try:
            self.round.start(host, questions)
        except (OSError, ValueError) as e:
            self.message.setText(
                self.tr("The vote cannot start on {address}: {detail}").format(
                    address=host, detail=getattr(e, "strerror", None) or str(e)
                )
            )
            return
        self.message.clear()

    def reveal_positions(self) -> None:
        session = self.controller.session
        if session is None:
            return
        edits = operations.reveal_expectations(session, [e.id for e in session.expectations])
        if edits:
            self.controller.edit(edits, self.tr("Reveal the phone positions"))
            self.message.setText(
                self.tr("Positions revealed: each group's position is the median of its votes.")
            )

    def free_name(self) -> None:
        participant_id = self.free_combo.currentData()
        if participant_id:
            self.round.free_name(participant_id)

    # -- showing --------------------------------------------------------------------------

    def fill_interfaces(self) -> None:
        current = self.interface_combo.currentData()
        self.interface_combo.clear()
        for name, address, loopback in ipv4_addresses():
            label = (
                self.tr("{address} ({name}, this computer only)")
                if loopback
                else self.tr("{address} ({name})")
            )
            self.interface_combo.addItem(label.format(address=address, name=name), address)
        index = self.interface_combo.findData(current)
        self.interface_combo.setCurrentIndex(max(0, index))

    def refresh(self) -> None:
        info = self.round.info()
        running = info is not None
        self.running_box.setVisible(running)
        self.interface_combo.setEnabled(not running)
        if not running and self.interface_combo.count() == 0:
            self.fill_interfaces()
        asked_here = running and self.round.questions == self.questions_here()
        self.start_button.setText(
            self.tr("Vote b&y smartphone") if not running else self.tr("Ask &this question")
        )
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))
        self.start_button.setEnabled(not asked_here)
        self.reveal_button.setVisible(running and self.kind != AREA)
        if info is None:
            self.qr.clear()
            self._qr_url = ""
            return
        if self._qr_url != info.url:  # drawn once per link (segno takes ~10 ms), not per vote
            self._qr_url = info.url
            self.qr.setPixmap(QPixmap.fromImage(qr_image(info.url, 6)))
        self.url.setText(info.url)
        self.question.setText(self.tr("Asked now: {question}").format(question=info.question))
        names = ", ".join(info.voted)
        self.voted.setText(
            self.tr("{voted} of {eligible} have voted: {names}").format(
                voted=len(info.voted), eligible=info.eligible, names=names
            )
            if info.voted
            else self.tr("No one has voted yet ({eligible} may vote).").format(
                eligible=info.eligible
            )
        )
        current = self.free_combo.currentData()
        self.free_combo.clear()
        for participant_id, name in info.held:
            self.free_combo.addItem(name, participant_id)
        self.free_combo.setCurrentIndex(max(0, self.free_combo.findData(current)))
        self.free_button.setEnabled(bool(info.held))
        self._show_wifi(info)

    def _wifi_typed(self) -> None:
        self.round.set_wifi(self.ssid_edit.text(), self.password_edit.text())

    def _show_wifi(self, info: RoundInfo) -> None:
        """The round's Wi-Fi (typed here, or on the other step's panel) and its code."""
        round_ = self.round
        for edit, text in (
            (self.ssid_edit, round_.wifi_name),
            (self.password_edit, round_.wifi_password),
        ):
            if edit.text().strip() != text.strip() and not edit.hasFocus():
                with QSignalBlocker(edit):  # not typed here: not told back to the round
                    edit.setText(text)
        self.wifi_qr.setVisible(bool(info.wifi))
        if info.wifi and info.wifi != self._wifi_text:
            self.wifi_qr.setPixmap(QPixmap.fromImage(qr_image(info.wifi, 6)))
        self._wifi_text = info.wifi

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Vote by smartphone"))
        self.interface_label.setText(self.tr("Net&work:"))
        self.interface_combo.setAccessibleName(self.tr("Network the phones are on"))
        self.interface_combo.setToolTip(
            self.tr(
                "The phones must be on this network (the room's Wi-Fi or this laptop's"
                " hotspot). The server answers only there, and only with the vote page."
            )
        )
        self.qr.setAccessibleName(self.tr("QR code of the vote page"))
        self.wifi_qr.setAccessibleName(self.tr("QR code to join the Wi-Fi"))
        self.reveal_button.setText(self.tr("&Reveal positions"))
        self.rotate_button.setText(self.tr("New &link"))
        self.rotate_button.setToolTip(
            self.tr("The old link and QR code stop working; phones scan the new one.")
        )
        self.stop_button.setText(self.tr("St&op"))
        self.stop_button.setAccessibleName(self.tr("Stop the vote by smartphone"))
        self.free_button.setText(self.tr("&Free name"))
        self.free_combo.setAccessibleName(self.tr("Name taken on a phone"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the phone positions"))
        self.rotate_button.setAccessibleName(self.tr("New link for the vote page"))
        self.free_button.setAccessibleName(self.tr("Free the chosen name"))
        self.ssid_edit.setAccessibleName(self.tr("Wi-Fi name for the QR code"))
        self.password_edit.setAccessibleName(self.tr("Wi-Fi password for the QR code"))
        self.ssid_label.setText(self.tr("Wi-Fi &name:"))
        self.password_label.setText(self.tr("Wi-Fi &password:"))
        self.refresh()
