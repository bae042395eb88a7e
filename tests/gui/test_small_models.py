"""Every item model passes Qt's model tester (STYLE.md), with rows in it."""

from datetime import date

from desktop.domain.citizen import AccessLogEntry
from desktop.domain.notes import FollowUp
from desktop.views.models.access_log_model import AccessLogModel
from desktop.views.models.follow_up_model import FollowUpTableModel


def test_follow_up_model(qtmodeltester):
    model = FollowUpTableModel(today=date(2026, 11, 18))
    model.set_rows(
        [
            FollowUp("a1", "c1", "Åse Ærø", "n1", "Ring til mentor", "Åse", date(2026, 11, 10)),
            FollowUp("a2", "c2", "Bo Berg", "n2", "Statusattest", "", date(2026, 11, 20)),
            FollowUp("x3", "c2", "Bo Berg", "g1", "Praktik", "citizen", date(2026, 11, 21), kind="activity"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() in ("10-11-2026", "2026-11-10")
    assert model.index(2, 2).data() == "Activity ends: Praktik" and model.index(2, 3).data() == "Citizen"


def test_access_log_model(qtmodeltester):
    model = AccessLogModel()
    model.set_rows(
        [
            AccessLogEntry("2026-11-18T10:42:00.000+00:00", "lene", "citizen.updated", {"fields": ["phone"]}),
            AccessLogEntry("2026-11-18T10:40:00.000+00:00", "lene", "citizen.viewed", {}),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "Record changed" and model.index(0, 3).data() == "Changed: Phone"
