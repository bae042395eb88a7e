"""The idle watcher listens to the program only while it counts down (it sees every event)."""

from PySide6.QtCore import Qt
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


def test_activity_restarts_the_countdown_and_pauses_listening_until_the_pause_is_over(qtbot):
    watcher = CountingWatcher(0.02)  # 1.2 s: it pauses a quarter of that after activity
    label = QLabel("Åse Ærø")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    qtbot.wait(400)
    qtbot.mouseMove(label)  # activity: counted, then nothing is heard for the pause
    assert watcher.active and not watcher.listening
    remaining = watcher._timer.remainingTime()
    assert remaining > 800
    seen = watcher.seen
    label.repaint()
    assert watcher.seen == seen
    qtbot.waitUntil(lambda: watcher.listening, timeout=2000)  # the pause counts as activity
    assert watcher.active and watcher._timer.remainingTime() > 800
    with qtbot.waitSignal(watcher.idle, timeout=5000):
        pass  # no more activity: the notebook would lock
    watcher.stop()


def test_the_first_input_after_idle_says_so_and_counts_again(qtbot):
    watcher = CountingWatcher(0.005)  # 0.3 s
    label = QLabel("Åse Ærø")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    with qtbot.waitSignal(watcher.idle, timeout=3000):
        pass
    assert watcher.listening and not watcher.active  # still listening, for the person to come back
    with qtbot.waitSignal(watcher.resumed, timeout=1000):
        qtbot.keyClick(label, Qt.Key.Key_Shift)
    assert watcher.active  # counting again
    with qtbot.assertNotEmitted(watcher.resumed, wait=100):
        qtbot.keyClick(label, Qt.Key.Key_Shift)  # not idle any more: nothing to say
    watcher.stop()
