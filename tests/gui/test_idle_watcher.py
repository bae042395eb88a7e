"""The idle watcher listens to the program only while it counts down (issue 8: it sees every event)."""

from PySide6.QtWidgets import QLabel

from desktop.views.idle_watcher import IdleWatcher


class CountingWatcher(IdleWatcher):
    def __init__(self, minutes: int) -> None:
        self.seen = 0
        super().__init__(minutes)

    def eventFilter(self, watched, event) -> bool:
        self.seen += 1
        return super().eventFilter(watched, event)


def test_a_stopped_watcher_sees_no_events_and_a_running_one_does(qtbot):
    watcher = CountingWatcher(5)
    watcher.stop()
    label = QLabel("Åse Ærø")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert watcher.seen == 0 and not watcher.active

    watcher.restart()
    label.setText("Bo Dam")
    label.repaint()
    assert watcher.seen > 0 and watcher.active
    watcher.stop()
    seen = watcher.seen
    label.setText("Ida Brun")
    label.repaint()
    assert watcher.seen == seen
