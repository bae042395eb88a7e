"""A citizen's plan as a tree model: each goal a row, its sub-goals under it; the goal's id under
``Qt.UserRole``. The words are the goals panel's (``text_of``): the model holds the rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.goals import GoalDraft

Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # internal id of a goal's index; a sub-goal's is its goal's row + 1


class GoalTreeModel(QAbstractItemModel):
    """Goals (oldest first) with their sub-goals."""

    def __init__(self, text_of: Callable[[GoalDraft], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text_of = text_of
        self._goals: list[tuple[str, str]] = []  # (id, text)
        self._subs: list[list[tuple[str, str]]] = []  # per goal

    def set_plan(self, plan: list) -> None:
        """Show a plan: ``[(goal, [sub-goal, …]), …]`` of stored goals (all rows replaced)."""
        self.beginResetModel()
        self._goals = [(goal.id, self._text_of(goal.draft)) for goal, _subs in plan]
        self._subs = [[(sub.id, self._text_of(sub.draft)) for sub in subs] for _goal, subs in plan]
        self.endResetModel()

    def index_of(self, goal_id: str | None) -> QModelIndex:
        """Where a goal or sub-goal is (invalid when it is not shown)."""
        for row, (top_id, _text) in enumerate(self._goals):
            if top_id == goal_id:
                return self.createIndex(row, 0, _TOP)
            for sub_row, (sub_id, _sub_text) in enumerate(self._subs[row]):
                if sub_id == goal_id:
                    return self.createIndex(sub_row, 0, row + 1)
        return QModelIndex()

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self._goals) else QModelIndex()
        if parent.internalId() == _TOP and row < len(self._subs[parent.row()]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's name)
        if not parent.isValid():
            return len(self._goals)
        if parent.column() == 0 and parent.internalId() == _TOP:
            return len(self._subs[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's name)
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            goal_id, text = self._goals[index.row()]
        else:
            goal_id, text = self._subs[index.internalId() - 1][index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return goal_id
        return None
