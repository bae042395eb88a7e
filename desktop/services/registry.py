"""The services one open vault offers, built once by the composition root and passed to the views."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.policy import Policy
from desktop.paths import resource_path
from desktop.services.backup import BackupService
from desktop.services.changes import ChangeBus
from desktop.services.citizen_file import CitizenFileService
from desktop.services.citizens import CitizenService
from desktop.services.coordination import CoordinationService
from desktop.services.goals import GoalService
from desktop.services.guides import GuideLibrary
from desktop.services.identity import IdentityService
from desktop.services.measurements import MeasurementService
from desktop.services.notes import NoteService
from desktop.services.overview import OverviewService
from desktop.services.privacy import PrivacyService
from desktop.services.reflections import ReflectionService
from desktop.services.scales import ScaleLibrary
from desktop.services.search import SearchService
from desktop.services.sync import SyncService
from desktop.services.transfers import TransferService
from desktop.services.vault_session import VaultSession


@dataclass(frozen=True)
class Services:
    """Everything a view may call; views receive this through their constructors."""

    session: VaultSession
    bus: ChangeBus
    citizens: CitizenService
    search: SearchService
    notes: NoteService
    goals: GoalService
    reflections: ReflectionService
    guides: GuideLibrary
    coordination: CoordinationService
    measurements: MeasurementService
    sync: SyncService
    privacy: PrivacyService
    backup: BackupService
    overview: OverviewService
    citizen_file: CitizenFileService
    identity: IdentityService
    transfers: TransferService

    @classmethod
    def for_session(
        cls,
        session: VaultSession,
        guides: GuideLibrary | None = None,
        scales: ScaleLibrary | None = None,
        policy: Policy | None = None,
    ) -> Services:
        """Wire the services around one vault session (the shipped tools and scale sets by default);
        ``policy`` is the administrator's, whose sync server, when it fixes one, is the only one allowed."""
        bus = ChangeBus()
        policy = policy or Policy()
        guides = guides or GuideLibrary([resource_path("guides")])
        scales = scales or ScaleLibrary([resource_path("scales")])
        overview = OverviewService(session, bus, scales)
        sync = SyncService(session, bus, fixed_server=policy.sync_server)
        identity = IdentityService(session, bus)
        return cls(
            session,
            bus,
            CitizenService(session, bus),
            SearchService(session),
            NoteService(session, bus),
            GoalService(session, bus),
            ReflectionService(session, bus),
            guides,
            CoordinationService(session, bus),
            MeasurementService(session, bus, scales),
            sync,
            PrivacyService(session, bus, guides, scales),
            BackupService(session),
            overview,
            CitizenFileService(session, bus, overview),
            identity,
            TransferService(session, bus, identity, sync.signed_in),
        )

    def is_demo_vault(self) -> bool:
        """Whether the open vault holds fictional demo data (``desktop.demo`` filled it)."""
        from desktop.storage.records.demo_mark import is_demo

        with self.session.vault.engine.connect() as conn:
            return is_demo(conn)
