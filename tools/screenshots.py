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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "demo-adgangskode"  # noqa: S105 - the documented password of fictional demo vaults
WINDOW = (1280, 800)
LANGUAGES = ("da", "en")  # "pseudo" too, by hand: every text accented and ~40 % longer
AT_2X = {"caseload", "citizen-own-words", "meeting-tool", "unlock"}


def _no_keychain() -> None:
    """Never touch the keychain of the computer the screenshots are made on."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


def build_vault(data_dir: Path) -> None:
    """A demo vault with one citizen whose file shows every part of the program."""
    from desktop.services import demo
    from desktop.services.registry import Services
    from desktop.services.showcase import add_showcase_citizen
    from desktop.services.vault_session import VaultSession

    session = VaultSession(data_dir)
    session.create(PASSWORD)
    demo.generate(session, citizens=40, notes=400)
    add_showcase_citizen(Services.for_session(session))
    session.lock()


def render(data_dir: Path, language: str, scale: int, out: Path) -> None:
    """Render every screen (or the 2x selection) in one language into ``out``."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSize
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.app import create_application
    from desktop.services.registry import Services
    from desktop.services.showcase import SHOWCASE_NAME
    from desktop.services.vault_session import VaultSession
    from desktop.views.dialogs.setup_dialog import SetupDialog
    from desktop.views.dialogs.unlock_dialog import UnlockDialog
    from desktop.views.i18n import install_translators
    from desktop.views.main_window import MainWindow, PageIndex
    from desktop.views.operation import OperationRunner
    from desktop.views.preferences import LANGUAGE, Preferences

    app = create_application()
    prefs_dir = Path(tempfile.mkdtemp(prefix="casenotes-prefs-"))
    preferences = Preferences(prefs_dir)
    preferences.set(LANGUAGE, language if language != "pseudo" else "en")
    app._translators = install_translators(app, language)  # type: ignore[attr-defined]
    runner = OperationRunner()
    out.mkdir(parents=True, exist_ok=True)
    wanted = (lambda name: name in AT_2X) if scale > 1 else (lambda name: True)

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
    page = window.citizen_page
    shoot(window, "citizen-overview")
    page.tabs.setCurrentIndex(1)
    shoot(window, "citizen-own-words")
    page.tabs.setCurrentWidget(page.goals_panel)
    shoot(window, "goals-and-plan")
    page.tabs.setCurrentWidget(page.notes_panel)
    page.notes_panel.list.setCurrentRow(0)
    shoot(window, "meeting-tool")
    page.tabs.setCurrentWidget(page.coordination_panel)
    shoot(window, "network")
    page.tabs.setCurrentWidget(page.progress_panel)
    progress = page.progress_panel
    progress.scale.setCurrentIndex(progress.scale.findData("small_steps"))
    shoot(window, "progress")

    window.show_page(PageIndex.SEARCH)
    window.search_page.field.setText("praktik")
    window.search_page._search_now()
    settle()
    shoot(window, "search")
    window.show_page(PageIndex.FOLLOW_UP)
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
        "--dark", action="store_true", help="also render every screen in the dark colour scheme"
    )
    parser.add_argument("--render", metavar="LANGUAGE", help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--vault", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CASENOTES_POLICY_FILE"] = str(
        ROOT / "no-policy-here.toml"
    )  # the screenshots show no administrator policy
    _no_keychain()
    if args.render:
        render(args.vault, args.render, args.scale, args.out)
        return 0
    with tempfile.TemporaryDirectory(prefix="casenotes-screenshots-") as folder:
        data_dir = Path(folder) / "vault"
        print("building the demo vault…")
        build_vault(data_dir)
        # All screens at 1x; a few at 2x too, where clipping and blurry icons show first.
        runs = [(language, 1, "light") for language in args.languages]
        runs += [] if args.no_2x else [(language, 2, "light") for language in args.languages]
        runs += [(language, 1, "dark") for language in args.languages] if args.dark else []
        for language, scale, scheme in runs:
            folder = language + (f"-{scale}x" if scale > 1 else "") + ("-dark" if scheme == "dark" else "")
            target = args.out / folder
            env = dict(os.environ, QT_SCALE_FACTOR=str(scale), CASENOTES_COLOR_SCHEME=scheme)
            command = [sys.executable, __file__, "--render", language, "--scale", str(scale)]
            command += ["--vault", str(data_dir), "--out", str(target)]
            subprocess.run(command, env=env, check=True)  # noqa: S603 - this script, our arguments
    return 0


if __name__ == "__main__":
    sys.exit(main())
