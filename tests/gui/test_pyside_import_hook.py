"""PySide6 no longer reads the source of each module imported after it (startup)."""

import importlib
import inspect
import sys

from PySide6.QtCore import QObject

import desktop.views  # noqa: F401 - what switches the scan off
from desktop.views.pyside_import_hook import skip_feature_scan


def test_a_module_imported_after_qt_is_not_read_for_its_source(tmp_path, monkeypatch):
    (tmp_path / "freshly_written.py").write_text(
        "from PySide6.QtCore import QObject\n\nclass Named(QObject):\n    pass\n", "utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    read = []
    real_getsource = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or real_getsource(obj))

    module = importlib.import_module("freshly_written")

    # If this fails after a PySide6 upgrade, its import hook changed: see desktop/views/pyside_import_hook.py.
    assert skip_feature_scan() and read == []
    named = module.Named()
    named.setObjectName("virker")  # Qt's names as always in a module that uses PySide6
    assert isinstance(named, QObject) and named.objectName() == "virker"
    sys.modules.pop("freshly_written", None)
