"""Smoke run of the packaged program (``make dist``), headless: fails on what a broken bundle shows.

    python tools/smoke_bundle.py [BUNDLE]        (default: dist/casenotes; `make smoke-dist` runs it)

What it checks, in order (it stops at the first failure, with one line saying what and why):

1. contents: both programs are there; every resource file of the source tree (icons, style, guides,
   scales, compiled translations) and every migration script is in the bundle, and no .ts source; the Qt
   plugins a desktop needs (platforms, SVG icons) and Qt's Danish catalogue are there; the test and server
   tools are not.
2. modules: each program's archive holds the modules that are only loaded by name at run time (keyring's
   backends, SQLCipher, SQLAlchemy's SQLite dialect, Alembic's SQLite support). Needs PyInstaller, so run
   it with the Python that built the bundle.
3. the command line of the console program on a fictional vault in a temporary folder: --version, init,
   check, demo, export (JSON, and one citizen's access export as PDF, which Qt prints offscreen), backup,
   restore into a second folder and check of it.
4. the GUI, offscreen: the windowed program on the vault (it must show the unlock dialog) and the console
   program without a command on an empty folder (the setup dialog); each quits by itself through
   CASENOTES_QUIT_AFTER and must exit 0.
5. the logs of all of it hold no warning or error (a missing translation or keychain backend is logged as
   a warning), and no command wrote a traceback.

Nothing outside the temporary folder is used: no policy file, no keychain (keyring's null backend), no
real data. Exit code 0 when everything passed, 1 otherwise.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A fictional vault in a temporary folder, deleted afterwards.
PASSWORD = "smoke-adgangskode-1"  # noqa: S105
BACKUP_PASSWORD = "smoke-backup-adgangskode-2"  # noqa: S105
GUI_SECONDS = "3"
TIMEOUT = 180  # seconds for one command: the real KDF and a cold start on a slow CI machine
GUI_TIMEOUT = 60  # seconds for a GUI that should quit after GUI_SECONDS
EXE = ".exe" if sys.platform == "win32" else ""

# Loaded by name at run time, so PyInstaller cannot see them: build.spec lists them.
REQUIRED_MODULES = [
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "sqlcipher3.dbapi2",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.op",
    "filelock._soft._exclusive",
    "desktop.storage.records.tables",
    "desktop.app",
]
# Development and server tools that must stay out (they would only make the bundle bigger).
UNWANTED_MODULES = ["pytest", "hypothesis", "syncserver", "tests", "fastapi", "uvicorn", "psycopg"]
# Qt plugin and catalogue files by name; the same patterns fit .so, .dll and .dylib.
QT_FILES = {
    "linux": ["*qoffscreen.*", "*qxcb.*", "*qwayland.*", "*qsvgicon.*", "*qsvg.*", "qtbase_da.qm"],
    "win32": ["*qoffscreen.*", "*qwindows.*", "*qsvgicon.*", "*qsvg.*", "qtbase_da.qm"],
    "darwin": ["*qoffscreen.*", "*qcocoa.*", "*qsvgicon.*", "*qsvg.*", "qtbase_da.qm"],
}


class SmokeFailure(Exception):
    """One check failed; the message says which and why."""


class Smoke:
    """The bundle under test and a private temporary folder for its vaults."""

    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle
        self.contents = bundle / "_internal"
        self.cli = bundle / f"casenotes{EXE}"
        self.gui = bundle / f"casenotes-gui{EXE}"
        self.work = work
        self.vault = work / "vault"
        self.env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("CASENOTES_", "PYTHON", "QT_"))
        }
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            CASENOTES_POLICY_FILE=str(work / "no-policy.toml"),
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        )

    # -- helpers ---------------------------------------------------------------------------------------

    def run(
        self,
        program: Path,
        *args: str,
        stdin: str = "",
        env: dict[str, str] | None = None,
        timeout: int = TIMEOUT,
    ) -> str:
        """Run the program; its stdout, or SmokeFailure with its stderr when it fails or takes too long."""
        command = [str(program), *args]
        try:
            result = subprocess.run(  # noqa: S603 - our own program, arguments we made
                command,
                input=stdin,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
                env={**self.env, **(env or {})},
                cwd=self.work,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise SmokeFailure(f"{program.name} {' '.join(args)} did not finish in {timeout} s") from None
        if "Traceback" in result.stderr:
            raise SmokeFailure(f"{program.name} {' '.join(args)} printed a traceback:\n{result.stderr}")
        if result.returncode != 0:
            raise SmokeFailure(
                f"{program.name} {' '.join(args)} exited with {result.returncode}: {result.stderr.strip()}"
            )
        return result.stdout

    def casenotes(self, *args: str, stdin: str = "", data_dir: Path | None = None) -> str:
        return self.run(self.cli, "--data-dir", str(data_dir or self.vault), *args, stdin=stdin)

    def run_gui(self, program: Path, data_dir: Path, *args: str) -> str:
        """Start the GUI on ``data_dir``, let it quit by itself; the log line naming the windows it showed."""
        self.run(
            program,
            "--data-dir",
            str(data_dir),
            *args,
            env={"CASENOTES_QUIT_AFTER": GUI_SECONDS},
            timeout=GUI_TIMEOUT,
        )
        logged = "".join(path.read_text("utf-8") for path in sorted((data_dir / "logs").glob("*.log*")))
        shown = re.findall(r"CASENOTES_QUIT_AFTER asks; windows open: (.*)", logged)
        if not shown:
            raise SmokeFailure(f"{program.name} did not log quitting on schedule; the log:\n{logged}")
        return shown[-1]

    # -- the checks ------------------------------------------------------------------------------------

    def contents_are_complete(self) -> None:
        for program in (self.cli, self.gui):
            if not program.is_file() or not os.access(program, os.X_OK):
                raise SmokeFailure(f"no program {program}")
        wanted = [
            path
            for folder in (ROOT / "resources", ROOT / "desktop" / "storage" / "migrations")
            for path in folder.rglob("*")
            if path.is_file()
            and path.suffix in (".svg", ".qss", ".json", ".qm", ".py", ".mako")
            and "__pycache__" not in path.parts
        ]
        if not any(path.suffix == ".qm" for path in wanted):
            raise SmokeFailure("no compiled translations in resources/i18n: run 'make translations'")
        missing = [
            str(path.relative_to(ROOT))
            for path in wanted
            if not (self.contents / path.relative_to(ROOT)).is_file()
        ]
        if missing:
            raise SmokeFailure(f"missing from the bundle: {', '.join(missing)}")
        sources = [str(path.relative_to(self.bundle)) for path in self.bundle.rglob("*.ts")]
        if sources:
            raise SmokeFailure(f"translation sources in the bundle: {', '.join(sources)}")
        names = {path.name for path in self.contents.rglob("*")}
        patterns = QT_FILES.get(sys.platform, QT_FILES["linux"])
        absent = [pattern for pattern in patterns if not any(Path(name).match(pattern) for name in names)]
        if absent:
            raise SmokeFailure(f"Qt files missing from the bundle: {', '.join(absent)}")

    def modules_are_complete(self) -> None:
        try:
            from PyInstaller.archive.readers import pkg_archive_contents
        except ImportError:
            raise SmokeFailure(
                "PyInstaller is needed to list the modules: run this with the Python that built the bundle"
            ) from None
        for program in (self.cli, self.gui):
            modules = set(pkg_archive_contents(str(program)))
            missing = [name for name in REQUIRED_MODULES if name not in modules]
            if missing:
                raise SmokeFailure(f"{program.name} lacks the modules {', '.join(missing)}")
            unwanted = sorted(name for name in modules if name.split(".")[0] in UNWANTED_MODULES)
            if unwanted:
                raise SmokeFailure(f"{program.name} holds what it never uses: {', '.join(unwanted[:10])}")

    def version_is_shown(self) -> None:
        expected = re.search(
            r'__version__ = "([^"]+)"', (ROOT / "desktop" / "__init__.py").read_text("utf-8")
        )
        shown = self.run(self.cli, "--version").strip()
        if expected is None or shown != f"casenotes {expected.group(1)}":
            raise SmokeFailure(f"--version printed {shown!r}")

    def vault_is_created_and_checked(self) -> None:
        created = self.casenotes("init", "--password-stdin", stdin=f"{PASSWORD}\n")
        if "Vault created" not in created or not re.search(
            r"^    [0-9A-Z]{4}(-[0-9A-Z]{4})+$", created, re.M
        ):
            raise SmokeFailure(f"init printed no recovery key:\n{created}")
        self.expect_check_ok(self.vault)

    def expect_check_ok(self, data_dir: Path) -> None:
        checked = self.casenotes("check", "--password-stdin", stdin=f"{PASSWORD}\n", data_dir=data_dir)
        if not checked.startswith("OK: schema "):
            raise SmokeFailure(f"check printed {checked!r}")

    def demo_data_is_added(self) -> None:
        added = self.casenotes(
            "demo", "--citizens", "3", "--notes", "12", "--password-stdin", stdin=f"{PASSWORD}\n"
        )
        if not added.startswith("Added 3 fictional citizens and 12 notes"):
            raise SmokeFailure(f"demo printed {added!r}")

    def exports_are_written(self) -> None:
        everything = self.work / "export.json"
        self.casenotes("export", "--all", "--out", str(everything), "--password-stdin", stdin=f"{PASSWORD}\n")
        citizens = json.loads(everything.read_text("utf-8"))["records"]["citizen"]
        if len(citizens) != 3:
            raise SmokeFailure(f"the export holds {len(citizens)} citizens, not 3")
        pdf = self.work / "access.pdf"
        self.casenotes(
            "export", "--citizen", citizens[0]["id"], "--format", "pdf", "--out", str(pdf),
            "--password-stdin", stdin=f"{PASSWORD}\n",
        )  # fmt: skip
        if not pdf.read_bytes().startswith(b"%PDF-") or pdf.stat().st_size < 2000:
            raise SmokeFailure("the access export is not a PDF")

    def backup_is_restored(self) -> None:
        backup = self.work / "vault.backup"
        self.casenotes(
            "backup", str(backup), "--password-stdin", "--backup-password-stdin",
            stdin=f"{PASSWORD}\n{BACKUP_PASSWORD}\n",
        )  # fmt: skip
        restored = self.work / "restored"
        self.casenotes(
            "restore", str(backup), "--backup-password-stdin", stdin=f"{BACKUP_PASSWORD}\n", data_dir=restored
        )
        self.expect_check_ok(restored)

    def gui_starts_and_quits(self) -> None:
        shown = self.run_gui(self.gui, self.vault)
        if shown != "UnlockDialog":
            raise SmokeFailure(f"the windowed program showed {shown!r}, not the unlock dialog")
        shown = self.run_gui(self.cli, self.work / "first-run")
        if shown != "SetupDialog":
            raise SmokeFailure(
                f"the console program without a command showed {shown!r}, not the setup dialog"
            )

    def logs_are_clean(self) -> None:
        logs = sorted(self.work.rglob("logs/*.log*"))
        if not logs:
            raise SmokeFailure("no log was written")
        for path in logs:
            bad = [
                line
                for line in path.read_text("utf-8").splitlines()
                if re.search(r" (WARNING|ERROR|CRITICAL) ", line)
            ]
            if bad:
                raise SmokeFailure(f"{path.relative_to(self.work)} has warnings:\n" + "\n".join(bad))


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "casenotes"
    if not bundle.is_dir():
        print(f"smoke: no bundle at {bundle}; build it with 'make dist'", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="casenotes-smoke-") as folder:
        smoke = Smoke(bundle.resolve(), Path(folder))
        checks: list[tuple[str, Callable[[], None]]] = [
            ("bundle contents", smoke.contents_are_complete),
            ("modules loaded by name", smoke.modules_are_complete),
            ("--version", smoke.version_is_shown),
            ("init and check", smoke.vault_is_created_and_checked),
            ("demo data", smoke.demo_data_is_added),
            ("export (JSON, access PDF)", smoke.exports_are_written),
            ("backup and restore", smoke.backup_is_restored),
            ("GUI starts and quits", smoke.gui_starts_and_quits),
            ("logs without warnings", smoke.logs_are_clean),
        ]
        started = time.monotonic()
        for name, check in checks:
            began = time.monotonic()
            try:
                check()
            except SmokeFailure as failure:
                print(f"smoke: FAILED {name}: {failure}", file=sys.stderr)
                return 1
            print(f"smoke: ok {name} ({time.monotonic() - began:.1f} s)", flush=True)
    print(f"smoke: the bundle {bundle} passed ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
