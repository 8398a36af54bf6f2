"""SessionController: the thin layer between widgets and the domain/storage.

It owns the open session, turns edits into undoable commands and saves each one at once.

Signals:
    sessions_changed(): the list of saved sessions changed.
    session_opened(): a session was opened (or replaced), pages should load it.
    session_closed(): back to the start screen.
    session_changed(str): a part of the open session changed ("municipality", "header", ...).
    saved(datetime): the last change is on disk.
    failed(str): something could not be done; the text is translated and ready to show.
    save_failed(): the last edit is only in memory (the failure came with `failed`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cdo_workshop.domain.model import Session, now
from cdo_workshop.i18n import Translator
from cdo_workshop.storage.errors import StorageError
from cdo_workshop.storage.files import write_atomically
from cdo_workshop.ui.undo import (
    AddItemCommand,
    MoveItemCommand,
    RemoveItemCommand,
    SetItemValueCommand,
    SetValueCommand,
)

if TYPE_CHECKING:
    from cdo_workshop.domain.catalog import Catalog
    from cdo_workshop.storage.repository import SessionRepository, SessionSummary


class SessionController(QObject):
    sessions_changed = Signal()
    session_opened = Signal()
    session_closed = Signal()
    session_changed = Signal(str)
    saved = Signal(datetime)
    failed = Signal(str)
    save_failed = Signal()

    def __init__(
        self,
        open_repository: Callable[[], SessionRepository],
        translator: Translator,
        parent: QObject | None = None,
    ) -> None:
        """`open_repository` runs on first use, after the window is shown (sqlite-utils
        takes about 0.1 s to import; the window should not wait for it)."""
        super().__init__(parent)
        self._open_repository = open_repository
        self._repository: SessionRepository | None = None
        self.translator = translator
        self.session: Session | None = None
        self.undo_stack = QUndoStack(self)

    @property
    def repository(self) -> SessionRepository:
        """Opens the database on first use; raises StorageError if it is unusable."""
        if self._repository is None:
            self._repository = self._open_repository()
        return self._repository

    @property
    def catalog(self) -> Catalog:
        """The content catalog, loaded when a page first needs it."""
        from cdo_workshop.domain.catalog import shipped_catalog

        return shipped_catalog()

    @property
    def language(self) -> str:
        return self.translator.language

    def open_storage(self) -> None:
        """Open the database now (the window calls this once it is shown)."""
        _ = self.repository

    def close(self) -> None:
        if self._repository is not None:
            self._repository.close()
            self._repository = None

    # -- the session list ------------------------------------------------------------

    def list_sessions(self) -> list[SessionSummary]:
        try:
            return self.repository.list()
        except StorageError as e:
            self.failed.emit(e.render(self.translator.translate))
            return []

    def new_session(self) -> bool:
        session = Session(workshop_date=date.today())
        return self._guard(lambda: self._create_and_open(session))

    def new_session_from_template(self, key: str) -> bool:
        """A new session with a size template's or an own template's selection."""
        from cdo_workshop.domain.templates import apply_own_template, apply_template

        session = Session(workshop_date=date.today())

        def do() -> None:
            if key.startswith("own:"):
                own = next(t for t in self.repository.list_templates() if t.id == key[4:])
                apply_own_template(session, own, self.catalog)
            else:
                apply_template(session, self.catalog.templates[key], self.catalog, self.language)
            self._create_and_open(session)

        return self._guard(do)

    def new_follow_up(self, session_id: str, title: str) -> bool:
        """The next workshop of the same municipality starts from this session."""
        from cdo_workshop.domain.followup import start_follow_up

        def do() -> None:
            previous = self.repository.load(session_id)
            self._create_and_open(start_follow_up(previous, title, date.today()))

        return self._guard(do)

    def own_templates(self) -> list[Any]:
        try:
            return self.repository.list_templates()
        except StorageError as e:
            self.failed.emit(e.render(self.translator.translate))
            return []

    def save_own_template(self, name: str) -> bool:
        from cdo_workshop.domain.templates import template_from_session

        if self.session is None:
            return False
        template = template_from_session(self.session, name)
        return self._guard(lambda: self.repository.save_template(template))

    def open_session(self, session_id: str) -> bool:
        def do() -> None:
            self.session = self.repository.load(session_id)
            self.undo_stack.clear()
            self.session_opened.emit()

        return self._guard(do)

    def close_session(self) -> None:
        self.session = None
        self.undo_stack.clear()
        self.session_closed.emit()
        self.sessions_changed.emit()

    def duplicate(self, session_id: str, title: str) -> bool:
        return self._guard(
            lambda: (self.repository.duplicate(session_id, title), self.sessions_changed.emit())
        )

    def delete(self, session_id: str) -> bool:
        def do() -> None:
            if self.session and self.session.id == session_id:
                self.close_session()
            self.repository.delete(session_id)
            self.sessions_changed.emit()

        return self._guard(do)

    def import_file(self, path: Path) -> str | None:
        imported: list[str] = []

        def do() -> None:
            # Import and export code loads on first use, not at start-up.
            from cdo_workshop.domain.catalog import shipped_catalog
            from cdo_workshop.domain.session_file import loads
            from cdo_workshop.domain.templates import import_check

            session = loads(Path(path).read_bytes(), import_check(shipped_catalog()))
            imported.append(self.repository.add(session))
            self.sessions_changed.emit()

        return imported[0] if self._guard(do) else None

    def export_file(self, session_id: str, path: Path) -> bool:
        from cdo_workshop.domain.session_file import dumps

        return self._guard(
            lambda: write_atomically(
                Path(path), dumps(self.repository.load(session_id)).encode("utf-8")
            )
        )

    # -- edits of the open session --------------------------------------------------------

    def value(self, part: str, name: str) -> Any:
        return getattr(self._target(part), name)

    def set_value(
        self, part: str, name: str, value: Any, text: str = "", merge_key: Hashable | None = None
    ) -> None:
        """Change one field of a part as an undoable, immediately saved edit.

        Consecutive changes of one field merge into one undo step (typing); with a
        `merge_key`, only those with an equal key do (see SetValueCommand).
        """
        if self.session is None or self.value(part, name) == value:
            return
        self.undo_stack.push(SetValueCommand(self, part, name, value, text, merge_key))

    def apply_value(self, part: str, name: str, value: Any) -> None:
        """Used by the undo commands: set, save, tell the views."""
        assert self.session is not None
        setattr(self._target(part), name, copy.deepcopy(value))
        self._save(lambda s: self.repository.save_part(s, part), part)

    # -- progress: where the room is (saved, but not an undoable edit) ----------------------

    def go_to_step(self, key: str) -> None:
        if self.session is None or self.session.progress.current_step == key:
            return
        self.session.progress.current_step = key
        self._save(lambda s: self.repository.save_part(s, "progress"), "progress")

    def set_step_done(self, key: str, done: bool) -> None:
        if self.session is None:
            return
        steps = self.session.progress.completed_steps
        if done == (key in steps):
            return
        if done:
            steps.append(key)
        else:
            steps.remove(key)
        self._save(lambda s: self.repository.save_part(s, "progress"), "progress")

    # -- edits of items in the session's collections ------------------------------------------

    def item(self, collection: str, item_id: str) -> Any:
        assert self.session is not None
        return next(i for i in getattr(self.session, collection) if i.id == item_id)

    def set_item_value(
        self,
        collection: str,
        item_id: str,
        name: str,
        value: Any,
        text: str = "",
        continuous: bool = False,
    ) -> None:
        """Change one field of one item (a participant's name, a task's RACI map, ...).

        `continuous`: the value comes from a slider; quick successive steps are one undo step.
        """
        if self.session is None or getattr(self.item(collection, item_id), name) == value:
            return
        self.undo_stack.push(
            SetItemValueCommand(self, collection, item_id, name, value, text, continuous)
        )

    def add_item(
        self, collection: str, item: Any, index: int | None = None, text: str = ""
    ) -> None:
        if self.session is not None:
            self.undo_stack.push(AddItemCommand(self, collection, item, index, text))

    def remove_item(self, collection: str, item_id: str, text: str = "") -> None:
        if self.session is not None:
            self.undo_stack.push(RemoveItemCommand(self, collection, item_id, text))

    def move_item(self, collection: str, item_id: str, index: int, text: str = "") -> None:
        if self.session is None:
            return
        items = getattr(self.session, collection)
        if 0 <= index < len(items) and items[index].id != item_id:
            self.undo_stack.push(MoveItemCommand(self, collection, item_id, index, text))

    def apply_template(self, key: str) -> int:
        """Add a size template's tasks, areas and proposed resources as one undoable step."""
        from cdo_workshop.domain.templates import apply_template

        if self.session is None:
            return 0
        preview = copy.deepcopy(self.session)
        apply_template(preview, self.catalog.templates[key], self.catalog, self.language)
        added = 0
        self.undo_stack.beginMacro(self.tr("Apply template"))
        for collection in ("tasks", "decision_areas", "resources"):
            have = {item.id for item in getattr(self.session, collection)}
            for item in getattr(preview, collection):
                if item.id not in have:
                    self.add_item(collection, item)
                    added += 1
        self.set_value("header", "template", key)
        self.undo_stack.endMacro()
        return added

    # Used by the undo commands: change the session, save that one row, tell the views.

    def apply_item_value(self, collection: str, item_id: str, name: str, value: Any) -> None:
        setattr(self.item(collection, item_id), name, copy.deepcopy(value))
        self._save(lambda s: self.repository.save_item(s, collection, item_id), collection)

    def apply_insert(self, collection: str, item: Any, index: int) -> None:
        assert self.session is not None
        getattr(self.session, collection).insert(index, item)
        self._save(lambda s: self.repository.save_item(s, collection, item.id), collection)

    def apply_remove(self, collection: str, item_id: str) -> tuple[Any, int]:
        assert self.session is not None
        items = getattr(self.session, collection)
        index = next(i for i, x in enumerate(items) if x.id == item_id)
        item = items.pop(index)
        self._save(lambda s: self.repository.delete_item(s, collection, item_id), collection)
        return item, index

    def apply_move(self, collection: str, item_id: str, index: int) -> int:
        assert self.session is not None
        items = getattr(self.session, collection)
        old = next(i for i, x in enumerate(items) if x.id == item_id)
        items.insert(index, items.pop(old))
        self._save(lambda s: self.repository.save_order(s, collection), collection)
        return old

    def _save(self, write: Callable[[Session], None], part: str) -> None:
        session = self.session
        assert session is not None
        if not self._guard(lambda: write(session)):
            self.save_failed.emit()
        self.session_changed.emit(part)

    # -- internals ----------------------------------------------------------------------

    def _target(self, part: str) -> Any:
        assert self.session is not None
        return self.session if part == "header" else getattr(self.session, part)

    def _create_and_open(self, session: Session) -> None:
        session.progress.created_at = session.progress.updated_at = now()
        self.repository.create(session)
        self.session = session
        self.undo_stack.clear()
        self.sessions_changed.emit()
        self.session_opened.emit()
        self.saved.emit(session.progress.updated_at)

    def _guard(self, action: Any) -> bool:
        """Run an action; report storage, file and OS errors as a message, not a traceback."""
        try:
            action()
        except StorageError as e:
            self.failed.emit(e.render(self.translator.translate))
            return False
        except OSError as e:
            self.failed.emit(
                self.tr("The file {path} cannot be read or written: {detail}").format(
                    path=e.filename or "", detail=e.strerror or str(e)
                )
            )
            return False
        except Exception as e:
            from cdo_workshop.domain.session_file import SessionFileError

            if not isinstance(e, SessionFileError):
                raise
            self.failed.emit(e.render(self.translator.translate))
            return False
        if self.session is not None:
            self.saved.emit(self.session.progress.updated_at)
        return True
