"""The window's pages, each built the first time it is asked for (an empty widget holds its place)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import IntEnum

from PySide6.QtWidgets import QStackedWidget, QWidget


class PageIndex(IntEnum):
    """The pages, in navigation order."""

    CASELOAD = 0
    CITIZEN = 1
    FOLLOW_UP = 2
    SEARCH = 3
    SETTINGS = 4


class PageStack(QStackedWidget):
    """``builders`` make each page; only the caseload is needed at once, so the others (and the modules
    they import) wait until they are shown or the window has time (``build_all``)."""

    def __init__(
        self, builders: Mapping[PageIndex, Callable[[], QWidget]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._builders = dict(builders)
        self._built: dict[PageIndex, QWidget] = {}
        for _index in PageIndex:
            self.addWidget(QWidget())
        keep_place = self.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # hidden while the notebook opens, its place kept
        self.setSizePolicy(keep_place)

    def page(self, index: PageIndex) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._built.get(index)
        if page is None:
            page = self._builders[index]()
            self._put(index, page)
        return page

    def built(self, index: PageIndex) -> QWidget | None:
        """The page if it has been built (nothing is built to answer)."""
        return self._built.get(index)

    def build_all(self) -> None:
        for index in PageIndex:
            self.page(index)

    def _put(self, index: PageIndex, page: QWidget) -> None:
        """Put a built page in its place in the stack (instead of the empty one holding it)."""
        self._built[index] = page
        placeholder = self.widget(index)
        current = self.currentIndex()
        self.insertWidget(index, page)
        if placeholder is not None:
            self.removeWidget(placeholder)
            placeholder.deleteLater()
        if current == index:
            self.setCurrentIndex(index)
