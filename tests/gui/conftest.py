import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.app import create_application
from desktop.views.i18n import install_translators
from desktop.views.operation import OperationRunner
from desktop.views.preferences import Preferences


@pytest.fixture
def app(qapp):
    return create_application()


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
