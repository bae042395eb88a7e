import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.app import create_application
from desktop.views.i18n import install_translators
from desktop.views.operation import OperationRunner
from desktop.views.preferences import Preferences
from tests.conftest import PASSWORD
from tests.sync_world import SERVER_URL


@pytest.fixture
def app(qapp):
    return create_application()


@pytest.fixture(scope="package", autouse=True)
def _collector_handed_back(qapp):
    """The program collects cycles on the GUI thread only (``desktop/views/gc_guard.py``); the tests
    after these ones run without an event loop, so Python's own collection comes back for them."""
    yield
    from desktop.views.gc_guard import GuiThreadCollector

    for collector in qapp.findChildren(GuiThreadCollector):
        collector.stop()
        collector.deleteLater()


@pytest.fixture
def runner(app):
    r = OperationRunner()
    yield r
    r.wait_for_all()


@pytest.fixture
def preferences(tmp_path):
    return Preferences(tmp_path / "prefs")


@pytest.fixture
def danish(app):
    """The Danish catalogue installed, as for a real user; removed afterwards."""
    translators = install_translators(app, "da")
    assert translators, "run 'make translations' to compile the Danish catalogue"
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))


@pytest.fixture
def english(app):
    """The English catalogue installed (it holds singular and plural, "1 step", "2 steps"); removed afterwards."""
    translators = install_translators(app, "en")
    assert translators, "run 'make translations' to compile the English catalogue"
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)


@pytest.fixture
def make_main_window(qtbot, runner, preferences):
    """``make_main_window(services, active=False)``: the real main window, shown, with questions answered
    yes and unsaved typing discarded on leaving (qtbot closes it before the fixtures are torn down: that
    must never open a modal question); ``active``: once it is the active window."""
    from desktop.views.dialogs.unsaved_question import DISCARD
    from desktop.views.main_window import MainWindow

    def make(services, active: bool = False):
        win = MainWindow(services, runner, preferences)
        qtbot.addWidget(win)
        win.citizen_page.confirm = lambda _title, _text: True
        win.citizen_page.ask_unsaved = lambda: DISCARD
        win.show()
        if active:
            win.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
        return win

    return make


@pytest.fixture
def main_window(make_main_window, unlocked):
    """The real main window on a fresh vault; questions answered yes, unsaved typing discarded on leaving."""
    from desktop.services.registry import Services

    return make_main_window(Services.for_session(unlocked))


@pytest.fixture
def open_citizen(main_window, qtbot):
    """Create a citizen, open it and show one of its tabs: ``open_citizen(panel_name) -> citizen id``."""
    from desktop.domain.citizen import CitizenDraft

    def open_on(panel_name: str) -> str:
        citizen = main_window.services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
        open_citizen_and_wait(main_window, qtbot, citizen)
        page = main_window.citizen_page
        page.tabs.setCurrentWidget(getattr(page.tabs, panel_name))
        return citizen

    return open_on


def open_citizen_and_wait(window, qtbot, citizen_id: str) -> None:
    """``window.open_citizen(citizen_id)`` and wait until the file, read in the background, is on show."""
    window.open_citizen(citizen_id)
    page = window.citizen_page
    qtbot.waitUntil(lambda: page.opening_id is None and page.citizen_id == citizen_id, timeout=10_000)


def show_citizen_and_wait(page, qtbot, citizen_id: str) -> None:
    """``page.show_citizen(citizen_id)`` and wait until the file is on show."""
    page.show_citizen(citizen_id)
    qtbot.waitUntil(lambda: page.opening_id is None and page.citizen_id == citizen_id, timeout=10_000)


# Two caseworkers, Lene and Jonas, each on their own account of one in-process sync server (a module
# that uses them imports ``make_device`` and ``server_app`` from ``tests.sync_world``), for the tests of
# handing files and questions between colleagues.


@pytest.fixture
def lene(make_device):
    device = make_device("lene")
    device.sync.connect(SERVER_URL, "lene", PASSWORD)
    return device


@pytest.fixture
def jonas(make_device):
    device = make_device("jonas")
    device.sync.connect(SERVER_URL, "jonas", PASSWORD)
    device.services.transfers.round()  # publishes his key, as his first sync round does
    return device
