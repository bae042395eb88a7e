"""The services one open vault offers, built once by the composition root and passed to the views."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.paths import resource_path
from desktop.services.changes import ChangeBus
from desktop.services.citizens import CitizenService
from desktop.services.goals import GoalService
from desktop.services.guides import GuideLibrary
from desktop.services.notes import NoteService
from desktop.services.reflections import ReflectionService
from desktop.services.search import SearchService
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

    @classmethod
    def for_session(cls, session: VaultSession, guides: GuideLibrary | None = None) -> Services:
        """Wire the services around one vault session (the shipped conversation tools by default)."""
        bus = ChangeBus()
        return cls(
            session,
            bus,
            CitizenService(session, bus),
            SearchService(session),
            NoteService(session, bus),
            GoalService(session, bus),
            ReflectionService(session, bus),
            guides or GuideLibrary([resource_path("guides")]),
        )

    def is_demo_vault(self) -> bool:
        """Whether the open vault holds fictional demo data."""
        from desktop.services.demo import is_demo_vault

        return is_demo_vault(self.session)
