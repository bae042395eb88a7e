"""Which message belongs to which tab: a message is said on a tab and is on show (in a ``Banner``) only
while that tab is; it goes when it is no longer true (the page drops it) or when the person clicks it."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from desktop.views.widgets.banner import Banner


class TabMessages:
    """``current()`` is the tab on show; ``key_of(tab)`` says which tabs share a message (``None`` is
    the tab on show)."""

    def __init__(
        self, banner: Banner, current: Callable[[], object], key_of: Callable[[object], Hashable]
    ) -> None:
        self._banner = banner
        self._current = current
        self._key_of = key_of
        self._messages: dict[Hashable, tuple[str, str]] = {}
        banner.dismissed.connect(lambda: self._messages.pop(self._key_of(self._current()), None))

    def say(self, text: str, kind: str, tab: object = None) -> None:
        """Say ``text`` on ``tab`` (the tab on show for ``None``); an empty text takes its message away."""
        key = self._key_of(self._current() if tab is None else tab)
        if text:
            self._messages[key] = (text, kind)
        else:
            self._messages.pop(key, None)
        self.show_current()

    def drop(self, tab: object, kinds: tuple[str, ...]) -> None:
        """Forget the tab's message if it is of one of ``kinds`` (it is no longer true)."""
        key = self._key_of(tab)
        if key in self._messages and self._messages[key][1] in kinds:
            del self._messages[key]
            self.show_current()

    def forget(self) -> None:
        """Forget every message (another citizen, or none)."""
        self._messages.clear()
        self.show_current()

    def show_current(self) -> None:
        """Show the message of the tab on show, or none."""
        text, kind = self._messages.get(self._key_of(self._current()), ("", "info"))
        self._banner.show_message(text, kind)
