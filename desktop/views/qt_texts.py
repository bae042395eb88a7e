"""Qt's own texts that Qt's Danish catalogue (qtbase_da) leaves in English, translated in ours.

Qt's file dialog said "Look in:" and "Files of type:" in the Danish UI, and its
list called every folder "Folder": qtbase_da has these texts only without the "&" (or in another
context). Our catalogue is installed after Qt's, so Qt asks it first; listing the texts here puts
them in casenotes_da.ts under Qt's own context, where a translator can see and keep them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
)
