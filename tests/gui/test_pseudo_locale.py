"""The main screens in the pseudo language (every text accented and ~40 % longer, as Danish or German
can run): at their normal size no text is cut off, and every fixed text went through translation."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QTabBar, QWidget

from desktop.demo.showcase import add_showcase_citizen
from desktop.views.dialogs.setup_dialog import SetupDialog
from desktop.views.dialogs.unlock_dialog import UnlockDialog
from desktop.views.i18n import install_translators, pseudo_translate
from desktop.views.main_window import PageIndex
from tests.gui.conftest import open_citizen_and_wait
from tests.gui.dialogs import OTHER_DIALOGS, other_dialog
from tests.gui.layout_checks import clipped_texts, plain


@pytest.fixture
def pseudo(app):
    translators = install_translators(app, "pseudo")
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))


@pytest.fixture
def citizen_id(services):
    return add_showcase_citizen(services)


@pytest.fixture
def window(pseudo, qtbot, make_main_window, services, citizen_id):
    """The main window at its first-start size, in the pseudo language."""
    win = make_main_window(services)
    qtbot.waitExposed(win)
    return win


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def every_tab(root: QWidget):
    """Show each tab of every tab widget in turn (nested ones too); yields a label for each view."""
    from PySide6.QtWidgets import QTabWidget

    def walk(widget: QWidget, trail: str):
        for tabs in widget.findChildren(QTabWidget):
            if not tabs.isVisible() or getattr(tabs, "_walked", False):
                continue
            tabs._walked = True
            for index in range(tabs.count()):
                if not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                settle()
                where = f"{trail} › {plain(tabs.tabText(index))}"
                yield where
                yield from walk(tabs.widget(index), where)
            tabs._walked = False

    yield from walk(root, "")


def test_the_pseudo_language_is_longer_and_keeps_what_must_stay():
    assert pseudo_translate("&Save").startswith("[&S")
    assert "%1" in pseudo_translate("Saved as %1.") and "%n" in pseudo_translate("%n hits")
    assert "(*.pdf)" in pseudo_translate("PDF files (*.pdf)")
    assert "<b>" in pseudo_translate("<b>Bold</b> text")
    long = "The citizen's own words: write what the citizen says, as they say it."
    assert len(pseudo_translate(long)) >= 1.4 * len(long)
    assert "~~~~~~~" not in pseudo_translate(long)  # the padding comes in short words, so it can wrap


def test_caseload_follow_up_search_and_settings_fit(qtbot, window, runner):
    problems = []
    for page in (PageIndex.CASELOAD, PageIndex.FOLLOW_UP, PageIndex.SETTINGS):
        window.show_page(page)
        settle()
        problems += [f"{page.name}: {p}" for p in clipped_texts(window)]
    window.show_page(PageIndex.SEARCH)
    window.search_page.field.setText("praktik")
    window.search_page._search_now()
    runner.wait_for_all()
    settle()
    problems += [f"SEARCH: {p}" for p in clipped_texts(window)]
    assert problems == [], "\n".join(problems)


def test_every_tab_of_the_citizen_page_fits(qtbot, window, citizen_id):
    open_citizen_and_wait(window, qtbot, citizen_id)
    settle()
    problems = []
    for where in every_tab(window.citizen_page):
        problems += [f"{where}: {p}" for p in clipped_texts(window)]
    assert problems == [], "\n".join(problems)


def test_a_new_citizen_fits(qtbot, window):
    window.new_citizen()
    settle()
    problems = clipped_texts(window)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("which", ["unlock", "setup"])
def test_the_unlock_and_setup_dialogs_fit(qtbot, pseudo, session, runner, which, tmp_path):
    if which == "unlock":
        session.create("korrekt hest batteri hæftning")
        session.lock()
        dialog = UnlockDialog(session, runner)
    else:
        from desktop.services.vault_session import VaultSession

        dialog = SetupDialog(VaultSession(tmp_path / "new"), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    problems = clipped_texts(dialog)
    assert problems == [], "\n".join(problems)


# A fixed text on a button, a tab or a box title that is not in the pseudo language never went
# through tr(): it would stay English in the Danish program.
PSEUDO = re.compile(r"^\[.*~\]$", re.DOTALL)


def untranslated(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        else:
            continue
        found += [t for t in texts if re.search(r"[A-Za-z]{2}", t) and not PSEUDO.match(t.strip())]
    return found


def test_every_fixed_text_is_translated(qtbot, window, citizen_id, services):
    # Conversation tools are data in both languages, not texts of the program.
    data = {guide.title.get("en") for guide in services.guides.load()[0]}
    found = []
    for page in (PageIndex.CASELOAD, PageIndex.FOLLOW_UP, PageIndex.SEARCH, PageIndex.SETTINGS):
        window.show_page(page)
        settle()
        found += untranslated(window)
    open_citizen_and_wait(window, qtbot, citizen_id)
    for _where in every_tab(window.citizen_page):
        found += untranslated(window)
    assert sorted(set(found) - data) == []


@pytest.mark.parametrize("which", OTHER_DIALOGS)
def test_every_other_dialog_fits_and_is_translated(qtbot, window, services, runner, which):
    dialog = other_dialog(which, window, services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    runner.wait_for_all()
    settle()
    problems = clipped_texts(dialog)
    assert problems == [], "\n".join(problems)
    assert untranslated(dialog) == []
    dialog.reject()
