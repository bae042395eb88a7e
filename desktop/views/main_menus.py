"""The main window's File, Go and Help menus (the Sync menu is ``views/sync/sync_menu.py``).

The actions belong to the window (their parent), so the window disables them all while the notebook
opens; each calls the window's own method.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop import __version__
from desktop.views.pages.page_stack import PageIndex

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str


class MainMenus(QObject):
    """``pages``: each page's entry in the Go menu (with its Alt key) and its shortcut, in order."""

    def __init__(self, window: MainWindow, pages: Sequence[tuple[str, str]]) -> None:
        super().__init__(window)
        self._window = window
        file_menu = window.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._add(
            file_menu, self.tr("&New citizen…"), window.new_citizen, QKeySequence.StandardKey.New
        )
        self.save_action = self._add(
            file_menu, self.tr("&Save"), window.save_on_show, QKeySequence.StandardKey.Save
        )
        file_menu.addSeparator()
        self.retention_action = self._add(
            file_menu, self.tr("Cases due for &deletion…"), window.review_retention
        )
        self.backup_action = self._add(file_menu, self.tr("&Back up…"), window.back_up)
        self.restore_action = self._add(file_menu, self.tr("&Restore from backup…"), window.request_restore)
        file_menu.addSeparator()
        self.lock_action = self._add(file_menu, self.tr("&Lock now"), window.lock_requested.emit, "Ctrl+L")
        file_menu.addSeparator()
        self.quit_action = self._add(file_menu, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        go_menu = window.menuBar().addMenu(self.tr("&Go"))
        for index, (label, shortcut) in enumerate(pages):
            self._add(go_menu, label, partial(window.show_page, PageIndex(index)), shortcut)
        # Filled with the section keys when the citizen page is built.
        self.sections_menu = go_menu.addMenu(self.tr("Sectio&ns of the citizen's file"))
        go_menu.addSeparator()
        self.search_action = self._add(go_menu, self.tr("&Search the caseload"), window.go_search)
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)])

    def add_help_menu(self) -> None:
        """Last in the menu bar, after the Sync menu."""
        help_menu = self._window.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About Casenotes"), self._about)

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object], keys: Keys | None = None) -> QAction:
        action = QAction(text, self._window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _about(self) -> None:
        QMessageBox.about(
            self._window,
            self.tr("About Casenotes"),
            self.tr(
                "<h3>Casenotes %1</h3><p>The offline, encrypted case notebook for caseworkers in Danish "
                "jobcentres.</p><p>Your notes are stored encrypted (SQLCipher, AES-256) on this computer.</p>"
            ).replace("%1", __version__),
        )
