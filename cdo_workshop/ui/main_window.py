"""Main window: the start screen and the open session, menus, and the save state."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QWidget,
)

from cdo_workshop.paths import resource_path
from cdo_workshop.settings import settings
from cdo_workshop.ui.audience.focus import RoomFocus
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.focus import EditorTabLeavesTable, FocusFollower
from cdo_workshop.ui.saving import SaveGuard
from cdo_workshop.ui.start_page import StartPage
from cdo_workshop.ui.typography import NORMAL

if TYPE_CHECKING:
    from cdo_workshop.ui.audience.view import AudienceView
    from cdo_workshop.ui.audience.window import AudienceWindow
    from cdo_workshop.ui.session_view import SessionView
    from cdo_workshop.ui.steps.base import StepPage
    from cdo_workshop.ui.steps.decisions import DecisionsPage
    from cdo_workshop.ui.steps.framing import FramingPage
    from cdo_workshop.ui.steps.responsibilities import ResponsibilitiesPage


class MainWindow(QMainWindow):
    # The database turned out damaged after the list showed (the app quits, as at start).
    database_refused = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setStyleSheet(self._style())
        self.controller = controller
        # What the facilitator selects (an area, a task) that the room's view follows.
        self.room_focus = RoomFocus(self)
        self.audience_window: AudienceWindow | None = None  # the presentation, when open
        self._projector_view: AudienceView | None = None  # projector mode's audience view
        self._voting_round: tuple | None = None  # what a new audience view shows of it
        self.actions_by_name = self._create_actions()
        self.start_page = StartPage(self.actions_by_name)
        # The session view and its nine step pages are built when the first session opens
        # (`_build_session_view`): importing and building them took most of the start-up.
        self._session_view: SessionView | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.save_label = QLabel(objectName="saveState")
        self.save_label.setAccessibleDescription(self.tr("Save state"))
        self.statusBar().addPermanentWidget(self.save_label)
        self.notes_edit = QPlainTextEdit(objectName="facilitatorNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.saving = SaveGuard(self, controller, self.save_label)
        self.notes_dock = QDockWidget(objectName="notesDock")
        self.notes_dock.setWidget(self.notes_edit)
        self.notes_dock.visibilityChanged.connect(
            lambda visible: self.actions_by_name["notes"].setChecked(visible)
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.notes_dock.hide()
        self.projector_on = False
        self._create_menus()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.focus_follower = FocusFollower(app, self)
            self.editor_tab = EditorTabLeavesTable(app, self)

        self.start_page.open_requested.connect(self.open_session)
        self.start_page.table.selectionModel().selectionChanged.connect(self._update_actions)
        controller.sessions_changed.connect(self.refresh_sessions)
        controller.session_opening.connect(self._build_session_view)
        controller.session_closed.connect(self._show_start)
        controller.session_opened.connect(self._describe_step_done)
        controller.session_changed.connect(self._update_title)
        controller.failed.connect(self._show_error)
        controller.confirm_reopen = self.confirm_reopen

        self.retranslate()
        self._restore_geometry()
        self._update_actions()

    @staticmethod
    def _style() -> str:
        """The look (resources/styles) and the type scale for the facilitator's window."""
        return resource_path("styles", "app.qss").read_text(encoding="utf-8") + NORMAL.stylesheet()

    # -- the session view, built on first use ------------------------------------------

    def _build_session_view(self) -> SessionView:
        """The step pages and the session view; once, before the first session_opened.

        Connected in the order they were when everything was built at start-up: the pages
        load the session first, then the view goes to the step where the room stopped, then
        the window shows it.
        """
        if self._session_view is not None:
            return self._session_view
        from cdo_workshop.domain.steps import STEP_KEYS
        from cdo_workshop.ui.session_view import SessionView
        from cdo_workshop.ui.steps import build_step_page

        self._bind_notes()
        view = SessionView(
            self.controller, STEP_KEYS, lambda key: build_step_page(self.controller, key)
        )
        view.page_built.connect(self._report_selections)
        view.back_to_overview.clicked.connect(self.actions_by_name["close"].trigger)
        self.stack.addWidget(view)
        self._session_view = view
        # Step 9 is built at once: its mark in the navigator needs the analysis, which the
        # page keeps (the other pages come when first shown).
        view.page_for("agreement")
        self.controller.session_opened.connect(self._show_session)
        return view

    def _bind_notes(self) -> None:
        """The notes belong to a session: bound with the pages (the bindings' imports cost
        the start screen about 15 ms)."""
        from cdo_workshop.domain.edits import Field, Part
        from cdo_workshop.domain.model import LONG_TEXT
        from cdo_workshop.ui.bindings import bind_plain_text

        field = Field(Part.HEADER, "facilitator_notes")
        bind_plain_text(self.controller, field, self.notes_edit, LONG_TEXT)

    def _report_selections(self, page: StepPage) -> None:
        """The room follows the area (step 5) and the task (step 6) the facilitator selects."""
        from cdo_workshop.ui.steps.decisions import DecisionsPage
        from cdo_workshop.ui.steps.responsibilities import ResponsibilitiesPage

        if isinstance(page, DecisionsPage):
            board = page
            for view in (page.board, page.votes):
                view.selectionModel().currentChanged.connect(
                    lambda *_, p=board: self._area_selected(p)
                )
            page.tabs.currentChanged.connect(lambda *_, p=board: self._area_selected(p))
        elif isinstance(page, ResponsibilitiesPage):
            matrix = page
            page.view.selectionModel().currentChanged.connect(
                lambda *_, p=matrix: self._task_selected(p)
            )
            page.model.modelReset.connect(lambda *_, p=matrix: self._task_selected(p))

    def _area_selected(self, page: DecisionsPage) -> None:
        area = page.current_area()
        self.room_focus.select_area(area.id if area is not None else "")

    def _task_selected(self, page: ResponsibilitiesPage) -> None:
        task = page.model.task_at(page.view.currentIndex().row())
        self.room_focus.select_task(task.id if task is not None else "")

    @property
    def session_view(self) -> SessionView:
        return self._build_session_view()

    def _in_session(self) -> bool:
        view = self._session_view
        return view is not None and self.stack.currentWidget() is view

    @property
    def step_pages(self) -> Sequence[StepPage]:
        """The step pages (each built when first asked for)."""
        return self._build_session_view().pages

    @property
    def framing_page(self) -> FramingPage:
        return cast("FramingPage", self.step_pages[0])

    # -- actions ------------------------------------------------------------------------

    def _create_actions(self) -> dict[str, QAction]:
        def action(name: str, slot: object, shortcut: object = None) -> QAction:
            a = QAction(self, objectName=f"{name}Action")
            a.triggered.connect(slot)
            if shortcut is not None:
                a.setShortcut(shortcut)
            return a

        undo = self.controller.undo_stack.createUndoAction(self)
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.controller.undo_stack.createRedoAction(self)
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        return {
            "new": action("new", self.new_session, QKeySequence.StandardKey.New),
            "open": action(
                "open",
                lambda: self.open_session(self.start_page.selected_id()),
                QKeySequence.StandardKey.Open,
            ),
            "duplicate": action("duplicate", self.duplicate_session, QKeySequence("Ctrl+D")),
            "delete": action("delete", self.delete_session, QKeySequence("Ctrl+Del")),
            "import": action("import", self.import_session, QKeySequence("Ctrl+I")),
            "export": action("export", self.export_session, QKeySequence("Ctrl+E")),
            "verify": action("verify", self.verify_agreement),
            "sample": action("sample", self.load_sample),
            "new_from_template": action(
                "newFromTemplate", self.new_from_template, QKeySequence("Ctrl+Alt+N")
            ),
            "follow_up": action("followUp", self.new_follow_up),
            "save_template": action("saveTemplate", self.save_own_template),
            "projector": action("projector", self.toggle_projector, QKeySequence("F11")),
            "presentation": action("presentation", self.toggle_presentation, QKeySequence("F5")),
            "notes": action("notes", self.toggle_notes, QKeySequence("Ctrl+Shift+M")),
            "step_done": action("stepDone", self.toggle_step_done, QKeySequence("Ctrl+Return")),
            "german": action("german", lambda: self.switch_language("de")),
            "english": action("english", lambda: self.switch_language("en")),
            "close": action("close", self.close_session, QKeySequence.StandardKey.Close),
            "save_as": action("saveAs", self.save_database_as, QKeySequence.StandardKey.SaveAs),
            "quit": action("quit", self.close, QKeySequence.StandardKey.Quit),
            "undo": undo,
            "redo": redo,
        }

    def _create_menus(self) -> None:
        a = self.actions_by_name
        self.file_menu = self.menuBar().addMenu("")
        for name in (
            "new",
            "new_from_template",
            "open",
            "close",
            None,
            "duplicate",
            "follow_up",
            "delete",
            None,
            "save_template",
            "import",
            "export",
            "sample",
            None,
            "verify",
            "save_as",
            None,
            "quit",
        ):
            if name is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(a[name])
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(a["undo"])
        self.edit_menu.addAction(a["redo"])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a["step_done"])
        self.view_menu = self.menuBar().addMenu("")
        for name in ("presentation", "projector", "notes"):
            a[name].setCheckable(True)
            self.view_menu.addAction(a[name])
        # F5 and F11 also work while projector mode hides the menu bar.
        self.addActions([a["presentation"], a["projector"]])
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        for name in ("german", "english"):
            a[name].setCheckable(True)
            self.language_group.addAction(a[name])
            self.language_menu.addAction(a[name])
        a["german" if self.controller.language == "de" else "english"].setChecked(True)

    def retranslate(self) -> None:
        texts = {
            "new": (self.tr("&New session"), self.tr("Start a new workshop session")),
            "open": (self.tr("&Open"), self.tr("Open the selected session")),
            "duplicate": (self.tr("D&uplicate"), self.tr("Copy the selected session")),
            "delete": (self.tr("&Delete …"), self.tr("Delete the selected session for good")),
            "import": (self.tr("&Import …"), self.tr("Import a session file")),
            "export": (self.tr("E&xport …"), self.tr("Save the selected session as a file")),
            "verify": (
                self.tr("&Verify agreement …"),
                self.tr("Check the seal of an agreement PDF and whether it was changed"),
            ),
            "sample": (
                self.tr("Load s&ample"),
                self.tr("Add the sample session \u201cMusterstadt\u201d"),
            ),
            "close": (self.tr("&Back to overview"), self.tr("Close the session; it is saved")),
            "new_from_template": (
                self.tr("New from &template …"),
                self.tr("Start a session with a template's tasks, areas and resources"),
            ),
            "follow_up": (
                self.tr("New &follow-up workshop"),
                self.tr("Start the next workshop from the selected session"),
            ),
            "save_template": (
                self.tr("Save as o&wn template …"),
                self.tr("Keep this session's tasks, areas and resources as a template"),
            ),
            "projector": (
                self.tr("&Projector mode"),
                self.tr(
                    "Only what the room may see, full screen on this screen; F11 returns to the"
                    " full app (F11)"
                ),
            ),
            "presentation": (
                self.tr("P&resentation"),
                self.tr(
                    "Only what the room may see, full screen on the second screen (projector);"
                    " this window keeps the full app (F5)"
                ),
            ),
            "notes": (
                self.tr("Facilitator &notes"),
                self.tr("Private notes; never shown in projector mode or printed"),
            ),
            "step_done": (
                self.tr("Step &done"),
                self.tr("Mark the current step as done, or as open again (Ctrl+Return)"),
            ),
            "german": ("Deutsch", "Deutsch"),
            "english": ("English", "English"),
            "quit": (self.tr("&Quit"), self.tr("Quit CDO Workshop")),
            "save_as": (
                self.tr("Save a&ll sessions as \u2026"),
                self.tr(
                    "Copy the database with all sessions to another file and go on saving there"
                ),
            ),
        }
        for name, (text, tip) in texts.items():
            self.actions_by_name[name].setText(text)
            self.actions_by_name[name].setToolTip(tip)
            self.actions_by_name[name].setStatusTip(tip)
        self.actions_by_name["undo"].setText(self.tr("&Undo"))
        self.actions_by_name["redo"].setText(self.tr("&Redo"))
        self.save_label.setMinimumWidth(
            self.save_label.fontMetrics().horizontalAdvance(
                self.tr("Saved {time}").format(time="00:00")
            )
            + 16
        )
        self.saving.show_state(self.controller.save_state())
        self.file_menu.setTitle(self.tr("&Session"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.notes_dock.setWindowTitle(self.tr("Facilitator notes"))
        self._describe_step_done()
        self.statusBar().clearMessage()  # a message of the other language would stay
        self.notes_edit.setAccessibleName(self.tr("Facilitator notes"))
        self.notes_edit.setPlaceholderText(
            self.tr("Only for you: not shown in projector mode, not in the agreement.")
        )
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Tab and Shift+Tab in the order the window shows (ui/tab_order.py)."""
        from cdo_workshop.ui.tab_order import move_focus  # at the first Tab press

        return move_focus(self, next) or super().focusNextPrevChild(next)

    def start(self, interactive: bool = True) -> bool:
        """Open the database and list the sessions; False (after telling the user) if unusable.

        Not interactive (benchmarks, self-tests), the message goes to stderr instead of a
        dialog that nobody would close.
        """
        from cdo_workshop.storage.errors import StorageError

        try:
            self.controller.open_storage()
        except StorageError as e:
            self._refuse_database(e, interactive)
            return False
        self.refresh_sessions()
        self._await_integrity_check(interactive)
        return True

    def _await_integrity_check(self, interactive: bool) -> None:
        """The file's quick_check runs while the list shows; a damaged file is refused as
        at start (nothing was written to it: the repository waits for the check first)."""
        from cdo_workshop.storage.errors import StorageError

        try:
            repository = self.controller.repository
        except StorageError:
            return  # the window was closed meanwhile
        if not repository.checked():
            QTimer.singleShot(20, lambda: self._await_integrity_check(interactive))
            return
        try:
            repository.sound()
        except StorageError as e:
            self.start_page.set_sessions([])
            self.controller.close()
            self._refuse_database(e, interactive)
            self.database_refused.emit()

    def _refuse_database(self, error: Exception, interactive: bool) -> None:
        from cdo_workshop.storage.errors import StorageError

        assert isinstance(error, StorageError)
        text = error.render(self.controller.translator.translate)
        if interactive:
            QMessageBox.critical(self, self.tr("CDO Workshop"), text)
        else:
            print(f"cdo-workshop: {text}", file=sys.stderr)

    # -- session list operations ---------------------------------------------------------

    def refresh_sessions(self) -> None:
        self.start_page.set_sessions(self.controller.list_sessions())
        self._update_actions()

    def leave_session(self) -> bool:
        """Before another session replaces the open one: nothing typed or pending is lost."""
        if self.controller.session is None:
            return True
        return self.confirm_unsaved()

    def new_session(self) -> None:
        if not self.leave_session():
            return
        if self.controller.new_session():
            self.framing_page.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_session(self, session_id: str | None) -> None:
        if session_id and self.leave_session():
            self.controller.open_session(session_id)

    def duplicate_session(self) -> None:
        session_id = self.start_page.selected_id()
        row = next((r for r in self.start_page.model.rows if r.id == session_id), None)
        if row is None:
            return
        title = self.tr("Copy of {title}").format(title=row.title or row.municipality)
        self.controller.duplicate(row.id, title)

    def _confirm_destructive(self, name: str, title: str, text: str, action: str) -> bool:
        """A warning whose default is Cancel; True only if the user chose `action`."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, self
        )
        button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName(name)
        box.exec()
        return box.clickedButton() is button

    def confirm_reopen(self) -> bool:
        """Asked before an edit changes a final or signed agreement."""
        return self._confirm_destructive(
            "confirmReopen",
            self.tr("Reopen the agreement"),
            self.tr(
                "The agreement is final or signed. To change it, it becomes a draft again and"
                " every signature given so far becomes void; the PDF then says so. Reopen it?"
            ),
            self.tr("Reopen"),
        )

    def delete_session(self) -> None:
        session_id = self.start_page.selected_id()
        row = next((r for r in self.start_page.model.rows if r.id == session_id), None)
        if row is None:
            return
        if self._confirm_destructive(
            "confirmDelete",
            self.tr("Delete session"),
            self.tr(
                "Delete the session \u201c{title}\u201d for good? All its data, including names and"
                " signatures, is removed from this computer. This cannot be undone."
            ).format(title=row.title or row.municipality or self.tr("(untitled)")),
            self.tr("Delete"),
        ):
            self.controller.delete(row.id)

    def import_session(self) -> None:
        from cdo_workshop.ui import file_dialogs  # QStyle's enums: ~20 ms at start

        path = file_dialogs.open_file(
            self,
            self.tr("Import session"),
            self.tr("Session files and agreement PDFs (*.json *.pdf);;All files (*)"),
            self.controller.database_path,
        )
        if path:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        new_id = self.controller.import_file(path)
        if new_id:
            self.start_page.select(new_id)
            warnings = self.controller.import_warnings
            if warnings:  # e.g. an agreement without a seal: said until the next message
                self.statusBar().showMessage(" ".join(warnings))
            else:
                self.statusBar().showMessage(self.tr("Session imported."), 5000)

    def load_sample(self) -> None:
        self.import_path(resource_path("samples", "musterstadt.json"))

    def export_session(self) -> None:
        session_id = self.start_page.selected_id()
        if self._in_session() and self.controller.session:
            session_id = self.controller.session.id
        if not session_id:
            return
        from cdo_workshop.ui import file_dialogs  # QStyle's enums: ~20 ms at start

        path = file_dialogs.save_file(
            self,
            self.tr("Export session"),
            self.tr("Session files (*.json)"),
            self.tr("session.json"),
            self.controller.database_path,
            "json",
        )
        if path and self.controller.export_file(session_id, path):
            self.statusBar().showMessage(
                self.tr("Session exported to {path}.").format(path=path), 5000
            )

    def verify_agreement(self) -> None:
        from cdo_workshop.ui.dialogs.verify_dialog import show_verify_dialog

        show_verify_dialog(self, self.controller)

    def new_from_template(self) -> None:
        from cdo_workshop.ui.dialogs.template_dialog import TemplateDialog

        catalog, language = self.controller.catalog, self.controller.language
        options = [
            (k, t.label.get(language), t.description.get(language))
            for k, t in catalog.templates.items()
        ]
        options += [
            (f"own:{t.id}", t.name, self.tr("own template"))
            for t in self.controller.own_templates()
        ]
        dialog = TemplateDialog(options, self, suggested="mittelstadt")
        if dialog.exec() and dialog.chosen() and self.leave_session():
            if self.controller.new_session_from_template(str(dialog.chosen())):
                self.framing_page.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def new_follow_up(self) -> None:
        session_id = self.start_page.selected_id()
        row = next((r for r in self.start_page.model.rows if r.id == session_id), None)
        if row is None:
            return
        title = self.tr("Follow-up: {title}").format(title=row.title or row.municipality)
        if self.leave_session():
            self.controller.new_follow_up(row.id, title)

    def save_own_template(self) -> None:
        session = self.controller.session
        if session is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as own template"),
            self.tr("Name of the template:"),
            text=session.municipality.name or session.title,
        )
        if ok and name.strip() and self.controller.save_own_template(name.strip()):
            self.statusBar().showMessage(self.tr("Template saved."), 5000)

    def toggle_projector(self) -> None:
        """Projector mode (one screen): the audience view full screen in this window, with
        no menus, notes or controls; F11 returns to the full app where it was."""
        from cdo_workshop.ui.audience.view import AudienceView

        self.projector_on = not self.projector_on
        self.actions_by_name["projector"].setChecked(self.projector_on)
        if self.projector_on:
            if self._projector_view is None:
                self._projector_view = AudienceView(self.controller, self.room_focus)
                self._add_presenter_keys(self._projector_view)
                self.stack.addWidget(self._projector_view)
                if self._voting_round is not None:
                    self._projector_view.show_voting_round(*self._voting_round)
            self._notes_were_visible = self.notes_dock.isVisible()
            self.notes_dock.hide()
            self.stack.setCurrentWidget(self._projector_view)
            self.menuBar().hide()
            self.statusBar().hide()
            self.showFullScreen()
            self._projector_view.show_session()
        else:
            self.menuBar().show()
            self.statusBar().show()
            self.showNormal()
            self._return_from_projector()
        self._update_actions()

    def _return_from_projector(self) -> None:
        """Back where the facilitator was (the session may have been opened or closed)."""
        if self._in_projector():
            session_open = self.controller.session is not None and self._session_view is not None
            self.stack.setCurrentWidget(self.session_view if session_open else self.start_page)
        if getattr(self, "_notes_were_visible", False) and self.controller.session is not None:
            self.notes_dock.show()

    def _in_projector(self) -> bool:
        view = self._projector_view
        return view is not None and self.stack.currentWidget() is view

    def _add_presenter_keys(self, view: QWidget) -> None:
        """In projector mode the steps go on with a presenter's remote (Page Down/Up) or
        the arrow keys, as in the session's own Ctrl+PgDown/Ctrl+PgUp."""
        from PySide6.QtGui import QShortcut

        for keys, step in (
            ("PgDown", +1),
            ("PgUp", -1),
            ("Right", +1),
            ("Left", -1),
            ("Ctrl+PgDown", +1),
            ("Ctrl+PgUp", -1),
        ):
            QShortcut(QKeySequence(keys), view, lambda s=step: self._step_by(s))

    def _step_by(self, delta: int) -> None:
        if self.controller.session is not None and self._session_view is not None:
            self._session_view.step_by(delta)

    def toggle_presentation(self) -> None:
        """The audience view on the second screen; with only one screen, projector mode."""
        if self.audience_window is not None:
            self.audience_window.close()
            return
        from PySide6.QtGui import QGuiApplication

        from cdo_workshop.ui.audience.window import choose_screen

        screen = choose_screen(QGuiApplication.screens(), self.screen())
        if screen is None:
            self.actions_by_name["presentation"].setChecked(False)
            if not self.projector_on:
                self.toggle_projector()
            return
        self.open_presentation(screen)

    def open_presentation(self, screen: QScreen | None = None) -> AudienceWindow:
        """Open the presentation window, full screen on `screen` (None: a normal window, as
        tests and screenshots use it)."""
        from cdo_workshop.ui.audience.window import AudienceWindow

        window = AudienceWindow(self.controller, self.room_focus)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._presentation_closed)
        self.audience_window = window
        if self._voting_round is not None:
            window.view.show_voting_round(*self._voting_round)
        self.actions_by_name["presentation"].setChecked(True)
        # The facilitator's keys stay here (votes, steps): the room's window never takes them.
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        if screen is not None:
            window.show_on(screen)
        else:
            window.show()
        self.activateWindow()
        self.statusBar().showMessage(
            self.tr("Presentation on {screen}: Esc there or F5 here ends it.").format(
                screen=screen.name() if screen is not None else "–"
            ),
            8000,
        )
        return window

    def _presentation_closed(self) -> None:
        self.audience_window = None
        self.actions_by_name["presentation"].setChecked(False)

    def audience_views(self) -> list[AudienceView]:
        """Every audience view that is open (presentation window, projector mode)."""
        views = [self._projector_view] if self._projector_view is not None else []
        if self.audience_window is not None:
            views.append(self.audience_window.view)
        return views

    def show_voting_round(
        self, qr: object, url: str, voted: int, voters: int, names: Sequence[str] = ()
    ) -> None:
        """Phone voting runs: every audience view shows its QR code, the URL and who has
        voted (see ui.audience.voting.VotingPanel)."""
        self._voting_round = (qr, url, voted, voters, tuple(names))
        for view in self.audience_views():
            view.show_voting_round(qr, url, voted, voters, names)

    def end_voting_round(self) -> None:
        self._voting_round = None
        for view in self.audience_views():
            view.end_voting_round()

    def toggle_notes(self) -> None:
        if self.projector_on or self.controller.session is None:
            return
        self.notes_dock.setVisible(not self.notes_dock.isVisible())
        if self.notes_dock.isVisible():  # the shortcut is for writing a note now
            self.notes_dock.raise_()
            self.notes_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self._session_view is not None:
            self._session_view.current_page().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_step_done(self) -> None:
        """Ctrl+Return: the footer's "Step done" box, from anywhere in the session."""
        if self._in_session() and self._session_view is not None:
            self._session_view.done_box.click()

    def _describe_step_done(self) -> None:
        if self._session_view is not None:
            self._session_view.done_box.setToolTip(self.actions_by_name["step_done"].toolTip())

    def switch_language(self, language: str) -> None:
        from cdo_workshop.settings import save_language

        save_language(language)
        self.controller.translator.switch(language)
        self.actions_by_name["german" if language == "de" else "english"].setChecked(True)

    # -- view state ---------------------------------------------------------------------

    def _show_session(self) -> None:
        if not self._in_projector():  # projector mode returns there (_return_from_projector)
            self.stack.setCurrentWidget(self.session_view)
        self._update_title()
        self._update_actions()

    def _show_start(self) -> None:
        if not self._in_projector():
            self.stack.setCurrentWidget(self.start_page)
        self.notes_dock.hide()
        self._update_title()
        self._update_actions()
        self.start_page.table.setFocus()

    def _update_actions(self) -> None:
        on_start = self.stack.currentWidget() is self.start_page or (
            self._in_projector() and self.controller.session is None
        )
        has_selection = on_start and self.start_page.selected_id() is not None
        for name in ("open", "duplicate", "delete", "follow_up"):
            self.actions_by_name[name].setEnabled(has_selection)
        self.actions_by_name["save_template"].setEnabled(not on_start)
        self.actions_by_name["notes"].setEnabled(not on_start and not self.projector_on)
        self.actions_by_name["export"].setEnabled(has_selection or not on_start)
        self.actions_by_name["close"].setEnabled(not on_start)
        self.actions_by_name["step_done"].setEnabled(not on_start)

    def _update_title(self, _change: object = None) -> None:
        session = self.controller.session
        if session and self._in_session():
            name = session.display_title() or self.tr("New session")
            self.setWindowTitle(self.tr("{name} \u2013 CDO Workshop").format(name=name))
        else:
            self.setWindowTitle(self.tr("CDO Workshop"))

    # -- saving ---------------------------------------------------------------------------

    def save_database_as(self) -> bool:
        return self.saving.save_database_as()

    def confirm_unsaved(self) -> bool:
        """Finish what is being typed (a short date), save the step's time, then ask if
        anything could not be saved."""
        from cdo_workshop.ui.widgets.date_field import DateField

        focus = QApplication.focusWidget()
        if isinstance(focus, DateField):
            focus.finish()
        if self._session_view is not None:
            self._session_view.save_time()
        return self.saving.confirm_unsaved()

    def close_session(self) -> None:
        if self.confirm_unsaved():
            self.controller.close_session()

    def _show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("CDO Workshop"), text)

    # -- geometry -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = self.screen().availableGeometry()
        self.resize(min(1280, int(screen.width() * 0.9)), min(800, int(screen.height() * 0.9)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.confirm_unsaved():
            event.ignore()
            return
        settings().setValue("window/geometry", self.saveGeometry())
        # The room's window and the phones' server end with this window: the presentation
        # is a window of its own (the app would not quit), and nobody could stop or reveal.
        # No round without its module; importing it here only to find none cost the exit
        # about 50 ms and 3 MB.
        phone_round = sys.modules.get("cdo_workshop.ui.phone_round")
        running = phone_round.existing_round(self.controller) if phone_round else None
        if running is not None:
            running.stop()
        if self.audience_window is not None:
            self.audience_window.close()
        super().closeEvent(event)
