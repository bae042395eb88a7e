"""Every dialog of the program but the unlock and set-up ones, as the main window opens it (for the
checks that run on every dialog: no clipped text, translated, keyboard reachable, named controls)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop.views.main_window import MainWindow

OTHER_DIALOGS = [
    "backup",
    "restore",
    "change password",
    "recovery",
    "sync set-up",
    "conflicts",
    "devices",
    "retention",
    "erase",
    "handover",
    "excerpt",
    "goal reason",
    "colleague handover",
    "received handovers",
]


def other_dialog(which: str, window: MainWindow, services, runner) -> QDialog:
    """Every other dialog of the program, as the main window opens it."""
    from desktop.views.citizen.caseworker_panel import HandoverDialog
    from desktop.views.citizen.goal_reason_dialog import GoalReasonDialog
    from desktop.views.citizen.reflection_panel import ExcerptDialog
    from desktop.views.dialogs.backup_dialog import BackupDialog
    from desktop.views.dialogs.change_password_dialog import ChangePasswordDialog
    from desktop.views.dialogs.recovery_dialog import RecoveryDialog
    from desktop.views.dialogs.restore_dialog import RestoreDialog
    from desktop.views.privacy.erase_dialog import EraseCitizenDialog
    from desktop.views.privacy.retention_dialog import RetentionDialog
    from desktop.views.sync.conflict_dialog import ConflictDialog
    from desktop.views.sync.devices_dialog import DevicesDialog
    from desktop.views.sync.setup_dialog import SyncSetupDialog
    from desktop.views.transfer.colleague_handover_dialog import ColleagueHandoverDialog
    from desktop.views.transfer.inbox_dialog import InboxDialog

    makers = {
        "backup": lambda: BackupDialog(services.backup, runner, window),
        "restore": lambda: RestoreDialog(services.backup, runner, window),
        "change password": lambda: ChangePasswordDialog(services.session, runner, window),
        "recovery": lambda: RecoveryDialog(services.session, runner, window),
        "sync set-up": lambda: SyncSetupDialog(services.sync, runner, window),
        "conflicts": lambda: ConflictDialog(lambda: [], lambda _id, _choice: None, window),
        "devices": lambda: DevicesDialog(services.sync, runner, parent=window),
        "retention": lambda: RetentionDialog(services.privacy, window.privacy, runner, lambda: 5, window),
        "erase": lambda: EraseCitizenDialog("Mette Østergaard", window),
        "handover": lambda: HandoverDialog(window),
        "excerpt": lambda: ExcerptDialog("Uddrag af refleksionen til borgeren.", window),
        "goal reason": lambda: GoalReasonDialog(window),
        "colleague handover": lambda: ColleagueHandoverDialog(
            services.transfers,
            lambda: "12345 67890 12345 67890 12345 67890",
            "",
            "Mette Østergaard",
            runner,
            window,
        ),
        "received handovers": lambda: InboxDialog(
            services.transfers, lambda: "12345 67890 12345 67890 12345 67890", runner, parent=window
        ),
    }
    return makers[which]()
