"""SessionController: the thin layer between widgets and the domain/storage.

It owns the open session. Widgets change it only with typed edits (`domain.edits`): `edit`
applies a list of them as one undo step, `record` applies what is not undoable (where the
room is, timers). Every list is persisted at once in one transaction. A write that fails
stays pending: it is retried with the next write and on a timer, and the save state says
so until it is on disk.

Signals:
    sessions_changed(): the list of saved sessions changed.
    session_opening(): a session is about to be opened, before it is set (the window builds
        its session view then).
    session_opened(): a session was opened (or replaced), pages should load it. Widgets
        follow it with `on_open(slot)`: a step page built later (on its first visit) hears
        the opening it missed once it is built (`replaying_open`).
    session_closed(): back to the start screen.
    session_changed(Change): edits changed the open session (what, and which widget did it).
    save_state_changed(SaveState): saved, or how many changes are not on disk yet.
    save_failed(str): a write failed after everything before it was saved (why, translated).
    failed(str): something could not be done; the text is translated and ready to show.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from cdo_workshop.i18n import Translator
from cdo_workshop.storage.errors import StorageError

# The domain's model and edits load with the first session, not with the start screen
# (their dataclasses cost the window about 50 ms before it could show).
if TYPE_CHECKING:
    from cdo_workshop.domain.catalog import Catalog
    from cdo_workshop.domain.edits import ChangeSet, Collection, Edit, EditError, Field
    from cdo_workshop.domain.model import Session
    from cdo_workshop.storage.repository import SessionRepository, SessionSummary

RETRY_MS = 3000  # a failed write is tried again this often (and with every new edit)
# How long an edit waits for another process's write lock (the CLI writes for milliseconds);
# while writes fail, retries wait only briefly, so typing never stalls on a busy database.
BUSY_MS, BUSY_WHILE_FAILING_MS = 1000, 50


@dataclass(frozen=True)
class Change:
    """What edits changed, and the widget they came from (None: undo, redo, another view)."""

    changes: ChangeSet
    source: object | None = None

    def touches(self, *names: str) -> bool:
        return self.changes.touches(*names)


@dataclass(frozen=True)
class SaveState:
    pending: int  # undo steps (and other changes) not on disk yet
    saved_at: datetime | None = None
    error: str = ""  # why the last write failed, translated


class SessionController(QObject):
    sessions_changed = Signal()
    session_opening = Signal()
    session_opened = Signal()
    session_closed = Signal()
    session_changed = Signal(object)
    save_state_changed = Signal(object)
    save_failed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        open_repository: Callable[[], SessionRepository],
        translator: Translator,
        parent: QObject | None = None,
        release: Callable[[], None] | None = None,
        lock: Callable[[Path], Any] | None = None,
    ) -> None:
        """`open_repository` runs on first use, after the window is shown (sqlite-utils
        takes about 0.1 s to import; the window should not wait for it). `release` runs on
        close (the instance lock); `lock(path)` gives the lock of another database file
        (acquire/release), for "save as"."""
        super().__init__(parent)
        self._open_repository = open_repository
        self._release = release
        self._lock_for = lock
        self._repository: SessionRepository | None = None
        self.translator = translator
        self.session: Session | None = None
        self.import_warnings: list[str] = []  # of the last import, translated
        # Asked before an edit reopens a final or signed agreement (the window shows a dialog);
        # without a window (tests of the controller alone) the edit goes ahead.
        self.confirm_reopen: Callable[[], bool] = lambda: True
        self.undo_stack = QUndoStack(self)
        self._pending: ChangeSet | None = None  # what is not on disk yet
        self._pending_count = 0
        self._error = ""
        self._saved_at: datetime | None = None
        self._closed = False  # after close(): nothing opens the database (and its lock) again
        self._late: list[Callable[[], object]] | None = None  # see replaying_open
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)

    @property
    def repository(self) -> SessionRepository:
        """Opens the database on first use; raises StorageError if it is unusable."""
        if self._repository is None:
            if self._closed:  # a late signal of a closing window must not take the lock again
                from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg

                raise StorageError(
                    msg("Storage", QT_TRANSLATE_NOOP("Storage", "The database was closed."))
                )
            self._repository = self._open_repository()
            self._set_busy(BUSY_MS)
        return self._repository

    @property
    def catalog(self) -> Catalog:
        """The content catalog, loaded when a page first needs it."""
        from cdo_workshop.domain.catalog import shipped_catalog

        return shipped_catalog()

    @property
    def language(self) -> str:
        return self.translator.language

    def title(self, item: Any) -> str:
        """A task's or area's title in the UI language (the catalog's, unless renamed)."""
        return self.catalog.title_of(item).get(self.language)

    def owner_label(self, owner: str) -> str:
        """Who keeps a reserved decision, in the Land's terms (domain.legal.owner_text)."""
        from cdo_workshop.domain.legal import owner_text

        return owner_text(self.catalog, self.session, owner).get(self.language)

    def group_label(self, group: str) -> str:
        """A stakeholder group's name; council and mayor as the open session's Land calls
        them (domain.legal)."""
        from cdo_workshop.domain.legal import group_text

        return group_text(self.catalog, self.session, group).get(self.language)

    @property
    def database_path(self) -> Path | None:
        return self._repository.path if self._repository is not None else None

    def open_storage(self) -> None:
        """Open the database now (the window calls this once it is shown)."""
        _ = self.repository

    def close(self) -> None:
        self.flush()
        self._closed = True
        self._retry.stop()
        if self._repository is not None:
            self._repository.close()
            self._repository = None
        if self._release is not None:
            self._release()

    # -- following the opened session ----------------------------------------------------

    def on_open(self, slot: Callable[[], object]) -> None:
        """Call `slot` whenever a session is opened; if this is a step page being built
        while one is open (`replaying_open`), also once the page is built."""
        self.session_opened.connect(slot)
        if self._late is not None:
            self._late.append(slot)

    @contextmanager
    def replaying_open(self) -> Iterator[None]:
        """Build a step page inside: the `on_open` slots its widgets connect hear the
        opening they missed when the block ends, in the order they were connected (as
        session_opened would have called them). Without an open session, nothing."""
        outer, self._late = self._late, []
        try:
            yield
        finally:
            late, self._late = self._late, outer
        if self.session is not None:
            for slot in late:
                slot()

    # -- the session list ------------------------------------------------------------

    def list_sessions(self) -> list[SessionSummary]:
        if self._closed:
            return []  # the window is going away
        try:
            return self.repository.list()
        except StorageError as e:
            self.failed.emit(e.render(self.translator.translate))
            return []

    def new_session(self) -> bool:
        from cdo_workshop.domain.model import Session

        session = Session(workshop_date=date.today())
        return self._guard(lambda: self._create_and_open(session))

    def new_session_from_template(self, key: str) -> bool:
        """A new session with a size template's or an own template's selection."""
        from cdo_workshop.domain.edits import apply_edits
        from cdo_workshop.domain.model import Session
        from cdo_workshop.domain.templates import apply_own_template, apply_template

        session = Session(workshop_date=date.today())

        def do() -> None:
            if key.startswith("own:"):
                own = next(t for t in self.repository.list_templates() if t.id == key[4:])
                edits = apply_own_template(session, own, self.catalog)
            else:
                edits = apply_template(
                    session, self.catalog.templates[key], self.catalog, self.language
                )
            apply_edits(session, edits)
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
            self.flush()  # the window asked first if anything could not be saved
            session = self.repository.load(session_id)
            # before the session is set: pages built now start empty and load the session
            # when shown (building them around a full session costs a second)
            self.session_opening.emit()
            self.session = session
            self._reset_edits()
            self.session_opened.emit()

        return self._guard(do)

    def close_session(self) -> None:
        """Back to the start screen; unsaved changes are dropped (the window asks first)."""
        self.flush()
        self.session = None
        self._reset_edits()
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
        """Import a session file or an agreement PDF (whose seal is checked first: a broken,
        changed or resealed one is refused through `failed`). `import_warnings` are then
        the translated warnings, e.g. that an agreement carries no seal."""
        imported: list[str] = []
        self.import_warnings = []

        def do() -> None:
            # Import and export code loads on first use, not at start-up.
            from cdo_workshop.domain.catalog import shipped_catalog
            from cdo_workshop.domain.templates import import_check
            from cdo_workshop.export.import_pdf import session_from_file
            from cdo_workshop.storage.files import read_document

            data = read_document(Path(path), self.database_path)
            result = session_from_file(data, import_check(shipped_catalog()))
            imported.append(self.repository.add(result.session))
            self.import_warnings = [self.translator.render(w) for w in result.warnings]
            self.sessions_changed.emit()

        return imported[0] if self._guard(do) else None

    def export_file(self, session_id: str, path: Path) -> bool:
        from cdo_workshop.domain.session_file import dumps
        from cdo_workshop.storage.files import write_document

        def do() -> None:
            session = self.repository.load(session_id)
            if self.session is not None and self.session.id == session_id:
                session = self.session  # with what is not on disk yet
            write_document(Path(path), dumps(session).encode("utf-8"), self.database_path)

        return self._guard(do)

    # -- edits of the open session --------------------------------------------------------

    def value(self, field: Field[Any]) -> Any:
        from cdo_workshop.domain.edits import value_of

        assert self.session is not None
        return value_of(self.session, field)

    def item(self, collection: Collection | str, item_id: str) -> Any:
        from cdo_workshop.domain.edits import Collection, ItemRef, find_item

        assert self.session is not None
        return find_item(self.session, ItemRef(Collection(collection), item_id))

    def edit(
        self,
        edits: Edit | Sequence[Edit],
        text: str = "",
        merge: Hashable | None = None,
        window: float | None = None,
        source: object | None = None,
    ) -> bool:
        """Apply edits as one undo step (saved at once); False if they do not fit.

        Steps with the same `merge` key merge (what is typed into one field while it has
        the focus; with `window` seconds, only quick successive steps, as a slider's).
        """
        edits = [edits] if not isinstance(edits, Sequence) else list(edits)
        if self.session is None or not edits:
            return False
        from cdo_workshop.domain import lifecycle
        from cdo_workshop.domain.edits import EditError
        from cdo_workshop.ui.undo import EditCommand

        if lifecycle.changes_content(self.session, edits):
            # a final or signed agreement changes only after it is reopened, which voids
            # every signature: asked first, and done in the same undo step
            if not self.confirm_reopen():
                return False
            edits = lifecycle.reopen(self.session) + edits  # typed on: merges as before
        try:
            inverse = self.apply_edits(edits, source)
        except EditError as e:
            self.report(e)
            return False
        self.undo_stack.push(EditCommand(self, edits, inverse, text, merge, window))
        return True

    def set(self, field: Field[Any], value: Any, text: str = "", **options: Any) -> bool:
        """One field as one undo step, unless it has that value already."""
        from cdo_workshop.domain.operations import set_value

        if self.session is None or self.value(field) == value:
            return False
        return self.edit(set_value(self.session, self.catalog, field, value), text, **options)

    def record(self, edits: Edit | Sequence[Edit], source: object | None = None) -> bool:
        """Apply and save edits that are not undoable (progress, timers, poker)."""
        from cdo_workshop.domain.edits import EditError

        edits = [edits] if not isinstance(edits, Sequence) else list(edits)
        if self.session is None:
            return False
        try:
            self.apply_edits(edits, source)
        except EditError as e:
            self.report(e)
            return False
        return True

    def apply_edits(self, edits: Sequence[Edit], source: object | None = None) -> list[Edit]:
        """Apply, persist and announce edits; the undo commands call this too."""
        from cdo_workshop.domain.edits import ChangeSet, apply_edits

        assert self.session is not None
        inverse, changes = apply_edits(self.session, edits)
        if changes:
            if self._pending is None:
                self._pending = ChangeSet()
            self._pending.merge(changes)
            self._pending_count += 1
            self.flush()
            self.session_changed.emit(Change(changes, source))
        return inverse

    def report(self, error: EditError) -> None:
        self.failed.emit(self.translator.render(error.message))

    def apply_template(self, key: str) -> int:
        """Add a size template's tasks, areas and proposed resources as one undoable step;
        how many items it added (0: the session has them all already)."""
        from cdo_workshop.domain.edits import Insert
        from cdo_workshop.domain.templates import apply_template

        if self.session is None:
            return 0
        edits = apply_template(
            self.session, self.catalog.templates[key], self.catalog, self.language
        )
        added = sum(1 for e in edits if isinstance(e, Insert))
        if added:
            self.edit(edits, self.tr("Apply template"))
        return added

    # -- progress: where the room is (saved, but not an undoable edit) ----------------------

    def go_to_step(self, key: str) -> None:
        from cdo_workshop.domain.edits import Field, Part, SetField

        if self.session is not None and self.session.progress.current_step != key:
            self.record(SetField(Field(Part.PROGRESS, "current_step"), key))

    def set_step_done(self, key: str, done: bool) -> None:
        from cdo_workshop.domain.edits import Field, Part, SetField

        if self.session is None:
            return
        steps = list(self.session.progress.completed_steps)
        if done == (key in steps):
            return
        steps = [*steps, key] if done else [s for s in steps if s != key]
        self.record(SetField(Field(Part.PROGRESS, "completed_steps"), steps))

    def set_step_seconds(self, key: str, seconds: int) -> None:
        """The room's time in a step so far (summed over visits and restarts)."""
        from cdo_workshop.domain.edits import Field, Part, SetEntry

        if self.session is not None and self.session.room.step_seconds.get(key, 0) != seconds:
            self.record(SetEntry(Field(Part.ROOM, "step_seconds"), key, seconds))

    # -- saving -------------------------------------------------------------------------

    def save_state(self) -> SaveState:
        return SaveState(self._pending_count, self._saved_at, self._error)

    def unsaved(self) -> int:
        return self._pending_count

    def flush(self) -> bool:
        """Write what is pending in one transaction; False (and kept) if that fails."""
        session = self.session
        if not self._pending or session is None or self._repository is None:
            return True
        try:
            self._repository.persist(session, self._pending)
        except StorageError as e:
            first = not self._error
            if first:
                self._set_busy(BUSY_WHILE_FAILING_MS)
            self._error = e.render(self.translator.translate)
            self._retry.start()
            self.save_state_changed.emit(self.save_state())
            if first:
                self.save_failed.emit(self._error)
            return False
        if self._error:
            self._set_busy(BUSY_MS)
        self._pending = None
        self._pending_count = 0
        self._error = ""
        self._retry.stop()
        self._saved_at = session.progress.updated_at
        self.save_state_changed.emit(self.save_state())
        return True

    def _set_busy(self, milliseconds: int) -> None:
        if self._repository is not None:
            self._repository.set_busy_timeout(milliseconds)

    def save_database_as(self, path: Path) -> bool:
        """Copy the database with everything pending to a new file and go on there."""
        from cdo_workshop.storage.backup import copy_database

        if self._repository is None:
            return False

        def do() -> None:
            assert self._repository is not None
            lock = self._lock_for(Path(path)) if self._lock_for is not None else None
            if lock is not None:
                lock.acquire()
            try:
                repository = copy_database(self._repository, Path(path), self.session)
            except BaseException:
                if lock is not None:
                    lock.release()
                raise
            old, self._repository = self._repository, repository
            old.close()
            if self._release is not None:
                self._release()
            self._release = lock.release if lock is not None else None
            self._nothing_pending()
            self.save_state_changed.emit(self.save_state())
            self.sessions_changed.emit()

        return self._guard(do)

    # -- internals ----------------------------------------------------------------------

    def _nothing_pending(self) -> None:
        """Everything of the open session is on disk (just opened, or copied by save as)."""
        self._pending = None
        self._pending_count = 0
        self._error = ""
        self._retry.stop()
        if self.session is not None:
            self._saved_at = self.session.progress.updated_at

    def _reset_edits(self) -> None:
        self.undo_stack.clear()
        self._nothing_pending()
        if self.session is not None:
            self.save_state_changed.emit(self.save_state())

    def _create_and_open(self, session: Session) -> None:
        from cdo_workshop.domain.model import now

        self.flush()  # the window asked first if anything could not be saved
        session.progress.created_at = session.progress.updated_at = now()
        self.repository.create(session)
        self.session_opening.emit()  # before the session is set (see open_session)
        self.session = session
        self._reset_edits()
        self.sessions_changed.emit()
        self.session_opened.emit()

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
            from cdo_workshop.export.errors import ExportError

            if isinstance(e, ExportError):  # e.g. an agreement PDF whose seal does not hold
                self.failed.emit(e.render(self.translator.translate, self.language))
                return False
            if not isinstance(e, SessionFileError):
                raise
            self.failed.emit(e.render(self.translator.translate))
            return False
        return True
