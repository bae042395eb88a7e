"""PySide6's import hook, told that this program selects no ``__feature__`` (startup).

PySide6 replaces ``__import__`` so that a module may write ``from __feature__ import snake_case`` and
see Qt's names its own way (PYSIDE-2029). To know which modules might do so, it reads the source of
every module imported after PySide6 (``inspect.getsource``) and looks for the word "PySide6". This
program selects no feature, and the scan cost about 0.1 s of the 0.7 s until the notebook was open
(SQLAlchemy's modules and ours, loaded after Qt). The packaged build ships no sources, so there the
scan fails fast and this changes little.

``skip_feature_scan`` makes that check answer "no" at once. A module is then left out of feature
switching, which matters only to a module that selects a feature. Should a PySide6 release change these
internals, nothing is patched and the only cost is the time (``tests/gui/test_pyside_import_hook.py``
says so when it happens).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads PySide6's support modules, the hook among them

_FEATURE_MODULE = "shibokensupport.feature"
_SOURCE_CHECK = "_mod_uses_pyside"


def skip_feature_scan() -> bool:
    """Stop PySide6 from reading the source of each module imported from now on; True if it was done."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _SOURCE_CHECK, None)):
        return False
    setattr(feature, _SOURCE_CHECK, _selects_no_feature)
    return True


def _selects_no_feature(_module: ModuleType) -> bool:
    return False
