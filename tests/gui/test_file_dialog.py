"""Qt's own file dialog in the Danish UI: Danish texts, and room for its columns."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QLabel, QSplitter, QTreeView

from desktop.views.file_dialogs import MINIMUM, SIDE_BAR


def open_save_dialog(tmp_path, inspect):
    """Run the static save dialog the views call (Qt's own dialog), hand it to ``inspect``, cancel it."""
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.update(inspect(dialog))
        dialog.reject()

    QTimer.singleShot(200, look)
    path, _filter = QFileDialog.getSaveFileName(
        None,
        "Gem planen som PDF",
        str(tmp_path / "plan.pdf"),
        "PDF-filer (*.pdf)",
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    assert path == ""
    return seen


def test_the_file_dialog_speaks_danish(qtbot, app, danish, tmp_path):
    (tmp_path / "mappe").mkdir()

    def texts(dialog):
        tree = dialog.findChild(QTreeView, "treeView")
        model = tree.model()
        qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) > 0)
        folder_type = model.index(0, 2, tree.rootIndex()).data()
        return {
            "labels": {label.text() for label in dialog.findChildren(QLabel)},
            "type": folder_type,
        }

    seen = open_save_dialog(tmp_path, texts)
    assert {"Kig &i:", "&Filnavn:", "Fil&type:"} <= seen["labels"]
    assert not {"&Look in:", "Files of &type:"} & seen["labels"]
    assert seen["type"] == "Mappe"


def test_the_file_dialog_has_room_for_its_columns(qtbot, app, danish, tmp_path):
    def sizes(dialog):
        QApplication.processEvents()
        screen = dialog.screen().availableGeometry().size()
        header = dialog.findChild(QTreeView, "treeView").header()
        return {
            "size": dialog.size(),
            "wanted": MINIMUM.boundedTo(screen * 0.9),
            "side bar": dialog.findChild(QSplitter, "splitter").sizes()[0],
            "name column": header.sectionResizeMode(0),
            "other columns": {header.sectionResizeMode(c) for c in range(1, header.count())},
        }

    seen = open_save_dialog(tmp_path, sizes)
    assert seen["size"].width() >= seen["wanted"].width()
    assert seen["size"].height() >= seen["wanted"].height()
    assert seen["side bar"] >= SIDE_BAR
    assert seen["name column"] == QHeaderView.ResizeMode.Stretch
    assert seen["other columns"] == {QHeaderView.ResizeMode.ResizeToContents}
