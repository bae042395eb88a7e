"""A keyboard user reaches everything in reading order, and a screen reader can name every control."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from desktop.demo.showcase import add_showcase_citizen
from desktop.views.main_window import MainWindow, PageIndex
from tests.gui.conftest import open_citizen_and_wait
from tests.gui.dialogs import OTHER_DIALOGS, other_dialog
from tests.gui.keyboard_walk import describe, out_of_reading_order, reachable, tab_walk


@pytest.fixture
def citizen_id(services):
    return add_showcase_citizen(services)


@pytest.fixture
def window(make_main_window, services, citizen_id):
    return make_main_window(services, active=True)


def sections(qtbot, window, citizen_id):
    page = window.citizen_page
    open_citizen_and_wait(window, qtbot, citizen_id)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield page.tabs.tabText(index).replace("&", "")


def walk_page(window, page: QWidget) -> list[QWidget]:
    """Tab from the navigation through the page and back; the page's part of the walk."""
    order = tab_walk(window.navigation)
    return [w for w in order if page.isAncestorOf(w)]


def test_tab_goes_through_every_section_of_the_citizen_page_in_reading_order(qtbot, window, citizen_id):
    page = window.citizen_page
    problems = []
    for section in sections(qtbot, window, citizen_id):
        order = walk_page(window, page)
        problems += [f"{section}: {p}" for p in out_of_reading_order(order, page)]
        missed = [describe(w) for w in reachable(page) if w not in order]
        problems += [f"{section}: Tab never reaches {m}" for m in missed]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    "index", [PageIndex.CASELOAD, PageIndex.FOLLOW_UP, PageIndex.SEARCH, PageIndex.SETTINGS]
)
def test_tab_goes_through_the_other_pages_in_reading_order(qtbot, window, index):
    window.show_page(index)
    page = window.pages.widget(index)
    order = walk_page(window, page)
    problems = out_of_reading_order(order, page)
    problems += [f"Tab never reaches {describe(w)}" for w in reachable(page) if w not in order]
    assert problems == [], "\n".join(problems)


def nameless(root: QWidget) -> list[str]:
    """Controls a screen reader could not name: no accessible name, no label pointing at them (a buddy,
    as a form's row label is) and no text of their own. A combo box's current value is not a name."""
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for widget in reachable(root):
        if widget.accessibleName().strip() or id(widget) in labelled:
            continue
        if (
            isinstance(widget, (QAbstractButton, QGroupBox))
            and (widget.text() if isinstance(widget, QAbstractButton) else widget.title()).strip()
        ):
            continue
        if isinstance(widget, QTabBar) and all(widget.tabText(i).strip() for i in range(widget.count())):
            continue
        found.append(describe(widget))
    return found


def test_every_control_of_the_main_screens_has_a_name(qtbot, window, citizen_id):
    found = []
    for index in (PageIndex.CASELOAD, PageIndex.FOLLOW_UP, PageIndex.SEARCH, PageIndex.SETTINGS):
        window.show_page(index)
        found += [f"{index.name}: {n}" for n in nameless(window)]
    for section in sections(qtbot, window, citizen_id):
        found += [f"{section}: {n}" for n in nameless(window)]
    assert sorted(set(found)) == []


MNEMONIC = re.compile(r"&([^&\s])")
SHORTCUT_IN_TIP = re.compile(r"\b(Ctrl|Alt|Shift|Meta|Cmd)\+|\bF\d{1,2}\b")


def mnemonic(text: str) -> str | None:
    """The Alt key of a text, lower case ("&Save" → "s"), or None."""
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def alt_keys(window: MainWindow) -> dict[str, list[str]]:
    """Every Alt+letter on show in the window and what it belongs to."""
    keys: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = mnemonic(text)
        if key:
            keys.setdefault(key, []).append(text)

    for menu in window.menuBar().actions():
        add(menu.text())
    # Disabled controls count too: their keys work as soon as they are enabled.
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible()
        ):
            add(widget.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabEnabled(index):
                    add(widget.tabText(index))
    return keys


def screens(qtbot, window, citizen_id):
    """Each page, and each section of a citizen's file, in turn."""
    for index in (PageIndex.CASELOAD, PageIndex.FOLLOW_UP, PageIndex.SEARCH, PageIndex.SETTINGS):
        window.show_page(index)
        QApplication.processEvents()
        yield index.name
    for section in sections(qtbot, window, citizen_id):
        yield f"Citizen › {section}"


def keyboard_gaps(qtbot, window, citizen_id) -> list[str]:
    gaps = []
    for where in screens(qtbot, window, citizen_id):
        for widget in window.findChildren(QAbstractButton):
            if not widget.isVisible() or widget.text() in ("", "✕"):
                continue  # a row's ✕ sits right after its row in the Tab order; its name says what it does
            if not mnemonic(widget.text()) and not SHORTCUT_IN_TIP.search(widget.toolTip()):
                gaps.append(f"{where}: {describe(widget)} has no Alt key and no shortcut in its tooltip")
        for key, texts in alt_keys(window).items():
            if len(texts) > 1:
                gaps.append(f"{where}: Alt+{key.upper()} is taken by {', '.join(repr(t) for t in texts)}")
    return sorted(set(gaps))


def test_every_button_has_a_key_and_no_two_share_one(qtbot, window, citizen_id):
    gaps = keyboard_gaps(qtbot, window, citizen_id)
    assert gaps == [], "\n".join(gaps)


def test_in_danish_too(qtbot, danish, make_main_window, services, citizen_id):
    win = make_main_window(services)
    gaps = keyboard_gaps(qtbot, win, citizen_id)
    assert gaps == [], "\n".join(gaps)


def test_every_menu_entry_has_its_own_alt_key(qtbot, window):
    """In each menu (submenus too) every entry has an Alt key and no two share one; the menus show the
    entries' shortcuts beside them (Qt's default)."""
    missing = []

    def check(menu, trail):
        entries = [a for a in menu.actions() if not a.isSeparator()]
        keys = [mnemonic(a.text()) for a in entries]
        missing.extend(f"{trail} › {a.text()}" for a, k in zip(entries, keys, strict=True) if not k)
        missing.extend(
            f"{trail}: Alt+{k.upper()} twice" for k in {k for k in keys if k and keys.count(k) > 1}
        )
        for action in entries:
            if action.menu() is not None:
                check(action.menu(), f"{trail} › {action.text()}")

    check(window.menuBar(), "menu bar")
    assert missing == []


@pytest.mark.parametrize("which", ["unlock", "setup"])
def test_the_unlock_and_setup_dialogs_read_in_order_and_name_every_control(
    qtbot, session, runner, which, tmp_path
):
    from desktop.services.vault_session import VaultSession
    from desktop.views.dialogs.setup_dialog import SetupDialog
    from desktop.views.dialogs.unlock_dialog import UnlockDialog

    if which == "unlock":
        session.create("korrekt hest batteri hæftning")
        session.lock()
        dialog = UnlockDialog(session, runner)
        first = dialog.password
    else:
        dialog = SetupDialog(VaultSession(tmp_path / "new"), runner)
        first = dialog.form.password
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    order = tab_walk(first)
    problems = out_of_reading_order(order, dialog)
    problems += [f"Tab never reaches {describe(w)}" for w in reachable(dialog) if w not in order]
    problems += [f"no name: {n}" for n in nameless(dialog)]
    assert problems == [], "\n".join(problems)


def test_the_sections_answer_to_their_keys(qtbot, window, citizen_id):
    from PySide6.QtCore import Qt

    open_citizen_and_wait(window, qtbot, citizen_id)
    page = window.citizen_page
    window.show_page(PageIndex.CASELOAD)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # from another page too
    assert window.current_page() == PageIndex.CITIZEN
    assert page.tabs.currentWidget() is page.tabs.goals_panel
    qtbot.waitUntil(lambda: page.tabs.bar.button(2).hasFocus())
    assert "Alt+3" in page.tabs.bar.button(2).toolTip()
    qtbot.keyClick(page.tabs.bar.button(2), Qt.Key.Key_Right)  # the arrows move along the bar
    assert page.tabs.currentWidget() is page.tabs.notes_panel
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.tabs.reflection_panel
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert page.tabs.currentWidget() is page.tabs.log_view  # the eleventh, reached without a digit
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.tabs.caseworker_panel


@pytest.mark.parametrize("which", OTHER_DIALOGS)
def test_every_other_dialog_reads_in_order_and_names_every_control(qtbot, window, services, runner, which):
    dialog = other_dialog(which, window, services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    runner.wait_for_all()
    QApplication.processEvents()
    first = reachable(dialog)[0]
    order = tab_walk(first)
    problems = out_of_reading_order(order, dialog)
    problems += [f"Tab never reaches {describe(w)}" for w in reachable(dialog) if w not in order]
    problems += [f"no name: {n}" for n in nameless(dialog)]
    assert problems == [], "\n".join(problems)
    dialog.reject()
