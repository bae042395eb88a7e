"""Render the main screens of the program to docs/screenshots/ (``make screenshots``).

A demo vault of fictional citizens is built in a temporary folder, one citizen gets a full working file
(own words, goals and plan, a meeting note with a conversation tool, progress ratings, network), and
each screen is rendered offscreen at 1280×800 in Danish and in English; a few also at 200 % scaling.
Every language and scale runs in its own process, because Qt reads the scale factor once at start.

    python tools/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "demo-adgangskode"  # noqa: S105 - the documented password of fictional demo vaults
WINDOW = (1280, 800)
LANGUAGES = ("da", "en")  # "pseudo" too, by hand: every text accented and ~40 % longer
# Besides every screen in each language at 1x: a few at 200 % scaling (where clipping and blurry icons
# would show first) and a few in the dark colour scheme.
AT_2X = ("caseload", "meeting-tool", "unlock")
IN_DARK = ("citizen-own-words", "progress")


def _private_keychain() -> None:
    """A keychain in memory: the screens show "remember on this computer" as it works on a laptop,
    and the keychain of the computer the screenshots are made on is never touched."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: ClassVar[dict[tuple[str, str], str]] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())


def build_vault(data_dir: Path) -> None:
    """A demo vault with one citizen whose file shows every part of the program."""
    from desktop.demo import caseload as demo
    from desktop.demo.showcase import add_showcase_citizen
    from desktop.services.registry import Services
    from desktop.services.vault_session import VaultSession

    session = VaultSession(data_dir)
    session.create(PASSWORD)
    demo.generate(session, citizens=40, notes=400)
    services = Services.for_session(session)
    add_showcase_citizen(services)
    _agreements(services)
    session.lock()


def _agreements(services) -> None:  # type: ignore[no-untyped-def]
    """Agreements from recent meetings with a few citizens, so the follow-up list has something due."""
    from desktop.domain.notes import Agreement, NoteDraft

    today = date.today()
    tasks = (
        ("Sende CV til Genbrugsbutikken", "Borgeren", -3),
        ("Indhente lægeattest", "Sagsbehandler", 0),
        ("Aftale opstart i virksomhedspraktik", "Mentor", 2),
        ("Møde i rehabiliteringsteamet", "Sagsbehandler", 9),
        ("Ringe til bostøtten om budget", "Borgeren", 12),
        ("Opfølgning på træning to gange om ugen", "Borgeren", 20),
    )
    rows = [row for row in services.citizens.caseload() if row.status == "active"]
    for (text, who, days), row in zip(tasks, rows[3:], strict=False):
        services.notes.add_note(
            row.id,
            NoteDraft(
                held_on=today - timedelta(days=7),
                agenda="Opfølgning og næste skridt.",
                agreements=[Agreement(text, who, today + timedelta(days=days))],
            ),
        )


def _scroll_to(widget) -> None:  # type: ignore[no-untyped-def]
    """Scroll the scroll area around ``widget`` so that it shows near the top."""
    from PySide6.QtWidgets import QScrollArea

    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.verticalScrollBar().setValue(widget.mapTo(area.widget(), widget.rect().topLeft()).y() - 40)


def render(data_dir: Path, language: str, scale: int, out: Path, only: tuple[str, ...] = ()) -> None:
    """Render every screen (or the 2x selection) in one language into ``out``."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSize
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.app import create_application
    from desktop.demo.showcase import SHOWCASE_NAME
    from desktop.services.registry import Services
    from desktop.services.vault_session import VaultSession
    from desktop.views.dialogs.setup_dialog import SetupDialog
    from desktop.views.dialogs.unlock_dialog import UnlockDialog
    from desktop.views.i18n import install_translators
    from desktop.views.main_window import MainWindow, PageIndex
    from desktop.views.operation import OperationRunner
    from desktop.views.preferences import CONTACT_NAME, LANGUAGE, Preferences

    app = create_application()
    prefs_dir = Path(tempfile.mkdtemp(prefix="casenotes-prefs-"))
    preferences = Preferences(prefs_dir)
    preferences.set(LANGUAGE, language if language != "pseudo" else "en")
    preferences.set(CONTACT_NAME, "Lene Bundgaard")  # the caseworker, as set once in Settings
    app._translators = install_translators(app, language)  # type: ignore[attr-defined]
    runner = OperationRunner()
    out.mkdir(parents=True, exist_ok=True)
    wanted = (lambda name: name in only) if only else (lambda name: True)

    def settle() -> None:
        for _ in range(5):
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        runner.wait_for_all()
        QCoreApplication.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        if not wanted(name):
            return
        settle()
        image = widget.grab().toImage()
        image.save(str(out / f"{name}.png"), "PNG", 0)  # 0: the strongest compression
        print(f"  {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}/{name}.png")

    session = VaultSession(data_dir)
    session.unlock(PASSWORD)
    services = Services.for_session(session)
    window = MainWindow(services, runner, preferences)
    window.resize(QSize(*WINDOW))
    window.show()
    settle()
    window.show_page(PageIndex.CASELOAD)
    shoot(window, "caseload")

    featured = next(row.id for row in services.citizens.caseload() if row.name == SHOWCASE_NAME)
    window.open_citizen(featured)
    runner.wait_for_all()  # the citizen's file is read in the background
    page = window.citizen_page
    shoot(window, "citizen-overview")
    page.tabs.setCurrentIndex(1)
    shoot(window, "citizen-own-words")
    page.tabs.setCurrentWidget(page.tabs.goals_panel)
    shoot(window, "goals-and-plan")
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    page.tabs.notes_panel.list.setCurrentIndex(page.tabs.notes_panel.list_model.index(0))
    shoot(window, "meeting-tool")
    settle()
    _scroll_to(page.tabs.notes_panel.editor.account)
    shoot(window, "journal-note")
    page.tabs.setCurrentWidget(page.tabs.coordination_panel)
    shoot(window, "network")
    page.tabs.coordination_panel.side_tabs.setCurrentIndex(1)
    shoot(window, "network-meeting")
    page.tabs.coordination_panel.side_tabs.setCurrentIndex(0)
    page.tabs.setCurrentWidget(page.tabs.belief_panel)
    shoot(window, "belief-in-a-job")
    page.tabs.setCurrentWidget(page.tabs.progress_panel)
    progress = page.tabs.progress_panel
    progress.scale.setCurrentIndex(progress.scale.findData("small_steps"))
    shoot(window, "progress")
    progress.chart_tabs.setCurrentIndex(1)
    shoot(window, "progress-over-time")
    progress.chart_tabs.setCurrentIndex(0)
    progress.scale.setCurrentIndex(progress.scale.findData("influence_and_trust"))
    shoot(window, "influence")

    window.show_page(PageIndex.SEARCH)
    window.search_page.field.setText("praktik")
    window.search_page._search_now()
    settle()
    shoot(window, "search")
    window.show_page(PageIndex.FOLLOW_UP)
    follow_up = window.follow_up_page
    follow_up.scope.setCurrentIndex(follow_up.scope.findData(30))  # the coming month
    shoot(window, "follow-up")
    window.show_page(PageIndex.SETTINGS)
    shoot(window, "settings")

    window.close_for_lock()
    session.lock()
    unlock = UnlockDialog(session, runner)
    unlock.show()
    shoot(unlock, "unlock")
    unlock.close()
    fresh = VaultSession(Path(tempfile.mkdtemp(prefix="casenotes-new-")) / "vault")
    setup = SetupDialog(fresh, runner)
    setup.show()
    shoot(setup, "setup")
    setup.close()
    runner.wait_for_all()
    QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="+", default=LANGUAGES, help="da, en and/or pseudo")
    parser.add_argument("--no-2x", action="store_true", help="skip the screens at 200 %% scaling")
    parser.add_argument(
        "--dark", action="store_true", help="render every screen in the dark colour scheme, not just a few"
    )
    parser.add_argument("--render", metavar="LANGUAGE", help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--vault", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--only", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The screenshots show no administrator policy: a policy file that is never there.
    os.environ["CASENOTES_POLICY_FILE"] = str(ROOT / "no-policy-here.toml")
    _private_keychain()
    if args.render:
        render(args.vault, args.render, args.scale, args.out, tuple(filter(None, args.only.split(","))))
        return 0
    with tempfile.TemporaryDirectory(prefix="demo-") as folder:
        data_dir = Path(folder) / "casenotes"
        print("building the demo vault…")
        build_vault(data_dir)
        runs = [(language, 1, "light", ()) for language in args.languages]
        runs += [] if args.no_2x else [(language, 2, "light", AT_2X) for language in args.languages]
        runs += [(language, 1, "dark", () if args.dark else IN_DARK) for language in args.languages[:1]]
        for language, scale, scheme, only in runs:
            folder = language + (f"-{scale}x" if scale > 1 else "") + ("-dark" if scheme == "dark" else "")
            target = args.out / folder
            env = dict(os.environ, QT_SCALE_FACTOR=str(scale), CASENOTES_COLOR_SCHEME=scheme)
            command = [sys.executable, __file__, "--render", language, "--scale", str(scale)]
            command += ["--only", ",".join(only)] if only else []
            command += ["--vault", str(data_dir), "--out", str(target)]
            subprocess.run(command, env=env, check=True)  # noqa: S603 - this script, our arguments
    return 0


if __name__ == "__main__":
    sys.exit(main())
