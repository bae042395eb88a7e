"""The shared plan: goals with their sub-goals on the left, the chosen goal and its history on the right.

A new goal is simply stored. Changing a stored goal asks why, and the old version is kept with that
reason, so the plan's history shows what the goal was, when and why it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.goals import Author, GoalDraft, GoalKind, validate_goal
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.citizen_file import CitizenFile
from desktop.services.goals import GoalService
from desktop.views.citizen.goal_editor import GoalEditor
from desktop.views.citizen.goal_reason_dialog import GoalReasonDialog
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.formatting import format_date
from desktop.views.i18n import translate_error
from desktop.views.labels import GOAL_STATUSES, label
from desktop.views.models.goal_tree_model import GoalTreeModel
from desktop.views.widgets.form_scroll import in_scroll_area
from desktop.views.widgets.wrapped_tree import fit_wrapped_rows


class GoalsPanel(QWidget):
    """Signals:
    changed(): a goal was stored.
    message(str, str): a text for the page's banner and its kind.
    """

    changed = Signal()
    message = Signal(str, str)

    def __init__(self, goals: GoalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goals = goals
        self._citizen_id: str | None = None
        self._goal_id: str | None = None
        self._file: CitizenFile | None = None  # while showing a file just read: read nothing again
        # Asked when a stored goal is changed; returns the reason, or None to cancel. Tests answer it.
        self.ask_reason: Callable[[], str | None] = self._reason_dialog

        self.tree_model = GoalTreeModel(self._goal_text, self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Goals"))
        fit_wrapped_rows(self.tree)  # a long goal wraps to as many lines as it needs, its status below
        self._quiet = False  # while the tree's choice is set here, not by the person
        self.tree.selectionModel().currentChanged.connect(self._on_selected)
        self.new_goal_button = QPushButton(self.tr("&New goal"))
        self.new_goal_button.clicked.connect(lambda: self.start_new(parent_id=None))
        self.new_sub_button = QPushButton(self.tr("N&ew sub-goal"))
        self.new_sub_button.setToolTip(self.tr("A step on the way to the chosen goal"))
        self.new_sub_button.clicked.connect(self._new_sub_goal)
        for button in (self.new_goal_button, self.new_sub_button):
            button.setAutoDefault(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.new_goal_button)
        row.addWidget(self.new_sub_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.tree, 1)

        self.editor = GoalEditor()
        self.editor.edited.connect(self._show_state)
        self.editor.edited.connect(self._recheck)
        self._refused = False  # the banner says why the goal was not saved
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Save goal"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setObjectName("history")
        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(self.save_button)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 8, 0)
        content_layout.addWidget(self.editor)
        history_title = QLabel(self.tr("Earlier versions"))
        history_title.setObjectName("fieldLabel")
        content_layout.addWidget(history_title)
        content_layout.addWidget(self.history)
        content_layout.addStretch(1)
        scroll = in_scroll_area(content)
        self.right = QWidget()
        right_layout = QVBoxLayout(self.right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 650])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_state()

    @property
    def goal_id(self) -> str | None:
        """The goal on show (``None`` while a new one is being written)."""
        return self._goal_id

    def show_file(self, file: CitizenFile) -> None:
        """Show the plan of a citizen's file as read (its first goal chosen), reading nothing again."""
        self._file = file
        try:
            self.set_citizen(file.citizen_id)
        finally:
            self._file = None

    def set_citizen(self, citizen_id: str | None) -> None:
        """Show a citizen's plan (the first goal chosen, or a blank goal when there is none)."""
        self._citizen_id = citizen_id
        self._goal_id = None
        self._reload(None)
        if self.tree_model.rowCount():
            self.tree.setCurrentIndex(self.tree_model.index(0, 0))
        else:
            self.start_new(parent_id=None)

    def start_new(self, parent_id: str | None) -> None:
        """A blank goal (or sub-goal of ``parent_id``) written together with the citizen."""
        self._goal_id = None
        self._choose_quietly(QModelIndex())
        kind = GoalKind.PURPOSE.value if parent_id else GoalKind.EMPLOYMENT.value
        self.editor.set_goal(GoalDraft(kind=kind, text="", author=Author.TOGETHER.value, parent_id=parent_id))
        self.history.setText("")
        self._forget_refusal()
        self._show_state()
        self.editor.text.setFocus()

    def is_dirty(self) -> bool:
        """Whether the goal on show has unsaved changes (a blank new goal does not count)."""
        return self._citizen_id is not None and self.editor.is_dirty()

    def save(self) -> bool:
        """Store the goal; a change to a stored goal asks for the reason first."""
        if self._citizen_id is None or not self.editor.is_dirty():
            return True
        draft = self.editor.draft()
        try:
            if self._goal_id is None:
                goal_id = self._goals.add_goal(self._citizen_id, draft)
            else:
                reason = self.ask_reason()
                if reason is None:
                    self.message.emit(self.tr("Not saved: a changed goal needs a reason."), "info")
                    self._focus_goal()
                    return False
                self._goals.revise_goal(self._goal_id, draft, reason)
                goal_id = self._goal_id
        except InvalidInput as exc:
            text = self.tr("The goal was not saved:") + "\n" + describe_problems(list(exc.problems))
            self.message.emit(text, "error")
            self._refused = True
            return False
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return False
        revised = self._goal_id is not None
        self._reload(goal_id)
        self._open(goal_id)
        self.message.emit(self.tr("The goal was saved."), "ok")
        self.changed.emit()
        if revised:
            self._focus_goal()
        return True

    def discard(self) -> None:
        """Forget unsaved changes."""
        if self._goal_id is not None:
            self._open(self._goal_id)
        else:
            self.set_citizen(self._citizen_id)

    # -- internals ----------------------------------------------------------------------------------------

    def _new_sub_goal(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        top = index.parent() if index.parent().isValid() else index
        self.start_new(parent_id=top.data(Qt.ItemDataRole.UserRole))

    def _reload(self, selected: str | None) -> None:
        if self._file is not None:
            plan = self._file.plan()
        else:
            plan = self._goals.plan(self._citizen_id) if self._citizen_id else []
        self._quiet = True
        try:
            self.tree_model.set_plan(plan)
        finally:
            self._quiet = False
        self.tree.expandAll()
        if selected:
            self._choose_quietly(self.tree_model.index_of(selected))

    @staticmethod
    def _goal_text(draft: GoalDraft) -> str:
        return f"{draft.text}\n{label(GOAL_STATUSES, draft.status)}"

    def _choose_quietly(self, index: QModelIndex) -> None:
        self._quiet = True
        try:
            self.tree.setCurrentIndex(index)
        finally:
            self._quiet = False

    def _on_selected(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        if self.is_dirty() and not self.save():
            self._choose_quietly(QModelIndex(previous))
            return
        self._open(current.data(Qt.ItemDataRole.UserRole))

    def _open(self, goal_id: str) -> None:
        first = self._file.first_goal if self._file is not None else None
        from_file = first is not None and first.id == goal_id
        stored = first if first is not None and from_file else self._goals.get(goal_id)
        self._goal_id = goal_id
        since = datetime.fromisoformat(stored.status_since).astimezone()
        self.editor.set_goal(
            stored.draft,
            self.tr("%1 since %2")
            .replace("%1", label(GOAL_STATUSES, stored.draft.status))
            .replace("%2", format_date(since)),
        )
        history = list(self._file.first_goal_history) if from_file else self._goals.history(goal_id)  # type: ignore[union-attr]
        self.history.setText(self._history_html(history))
        self._forget_refusal()
        self._show_state()

    def _history_html(self, revisions: list) -> str:
        if not revisions:
            return self.tr("No earlier versions.")
        parts = []
        for revision in revisions:
            when = format_date(datetime.fromisoformat(revision.revised_at).astimezone())
            old = revision.snapshot
            was = escape(str(old.get("text", "")))
            status = label(GOAL_STATUSES, str(old.get("status", "")))
            reason = escape(revision.reason)
            parts.append(
                self.tr("<p><b>%1</b>: changed because: <i>%2</i><br>Before: %3 (%4)</p>")
                .replace("%1", when)
                .replace("%2", reason)
                .replace("%3", was)
                .replace("%4", status)
            )
        return "".join(parts)

    def _show_state(self) -> None:
        has_citizen = self._citizen_id is not None
        self.right.setEnabled(has_citizen)
        self.new_goal_button.setEnabled(has_citizen)
        self.new_sub_button.setEnabled(has_citizen and self.tree.currentIndex().isValid())
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        if self._goal_id is None:
            sub = self.editor.draft().parent_id is not None
            state = self.tr("New sub-goal, not saved yet") if sub else self.tr("New goal, not saved yet")
        else:
            state = self.tr("Changes not saved yet") if dirty else ""
        self.state_label.setText(state)

    def _recheck(self) -> None:
        """Why the goal was refused stops being said as soon as the goal as typed would be taken."""
        if self._refused and not validate_goal(self.editor.draft()):
            self._forget_refusal()

    def _forget_refusal(self) -> None:
        """Another goal on show, or this one fixed: the refusal is no longer true."""
        if self._refused:
            self._refused = False
            self.message.emit("", "error")

    def _focus_goal(self) -> None:
        """After the reason was asked: the keyboard on the goal in the list (not on a button that the
        next Space would press again, opening the question once more)."""
        if self.tree.currentIndex().isValid() and self.isVisible():
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reason_dialog(self) -> str | None:
        dialog = GoalReasonDialog(self)
        try:
            if dialog.exec() != GoalReasonDialog.DialogCode.Accepted:
                return None
            return dialog.reason()
        finally:
            dialog.deleteLater()
