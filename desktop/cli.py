"""Headless commands for administrators, scripts and tests (see ARCHITECTURE.md).

Errors are one readable line on stderr and a non-zero exit; never a traceback for a user error. The
administrator's policy file is read once, before any command; one that cannot be used stops every
command with one line and exit code 2.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop import __version__, cli_transfer
from desktop.domain.policy import Policy
from desktop.errors import CaseNotesError, PasswordsDiffer, PolicyError
from desktop.logging_setup import configure_logging, describe_exception
from desktop.paths import default_data_dir, load_policy, policy_path

if TYPE_CHECKING:
    from desktop.services.transfers import TransferRound
    from desktop.services.vault_session import VaultSession

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAULT = 1
EXIT_USAGE = 2

# The command being run, e.g. "casenotes demo": the name another program is told when it finds the vault
# held by this one (storage/vault/folder_lock.py). Set once per ``run`` rather than passed through every command.
_program = "casenotes"


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"casenotes: {message} (see 'casenotes --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The command line; global options work before or after the command name."""
    common = _ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="vault folder (default: the user data folder)",
    )
    common.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read the password from the first line of standard input",
    )
    parser = _ArgumentParser(
        prog="casenotes", description="The offline, encrypted case notebook.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"casenotes {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_ArgumentParser)
    commands.add_parser("gui", parents=[common], help="start the program (the default)")
    commands.add_parser("init", parents=[common], help="create a vault and print its recovery key once")
    commands.add_parser(
        "check", parents=[common], help="verify the vault: encryption, structure, log, schema"
    )
    commands.add_parser(
        "identity",
        parents=[common],
        help="show your fingerprint, which a colleague compares before taking a citizen's file from you",
    )
    cli_transfer.add_commands(commands, common)
    demo = commands.add_parser(
        "demo", parents=[common], help="add clearly fictional citizens, notes, plans and measurements"
    )
    demo.add_argument("--citizens", type=_count, default=50, help="how many citizens (default 50)")
    demo.add_argument("--notes", type=_count, default=500, help="how many meeting notes (default 500)")
    demo.add_argument(
        "--measurements",
        type=_count,
        default=None,
        help="how many progress measurements (default: one per five notes)",
    )
    demo.add_argument("--seed", type=int, default=20261122, help="random seed (the same seed, the same data)")
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="run one sync round (the first time: sign in to the account, or create it)",
    )
    sync.add_argument("--server", help="the sync server's address, e.g. https://sync.example.dk")
    sync.add_argument("--account", help="the account name on the server")
    sync.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help="join with the recovery key, read from the line after the password",
    )
    sync.add_argument(
        "--same-notebook",
        action="store_true",
        help="the account holds a restored or re-created copy of this notebook: merge the two",
    )
    sync.add_argument(
        "--allow-mass-delete",
        action="store_true",
        help="go on even when the server asks to delete a large share of the records here",
    )
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="write the vault to one encrypted file, checked after writing",
    )
    backup.add_argument("path", type=Path, help="the backup file to write (outside the vault folder)")
    _add_backup_secret(
        backup,
        "read the backup password from standard input (the line after the vault password)",
        "seal with the vault's recovery key, read from standard input (the line after the vault password)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="make a backup file the vault (the current vault is kept in a dated folder)",
    )
    restore.add_argument("path", type=Path, help="the backup file")
    restore.add_argument(
        "--replace",
        action="store_true",
        help="move the existing vault to before-restore-<date-time>/ in the data folder, then restore",
    )
    _add_backup_secret(
        restore,
        "read the backup password from standard input",
        "read the recovery key from standard input",
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help="write the vault's records, or everything about one citizen (access request), to a file",
    )
    scope = export.add_mutually_exclusive_group(required=True)
    scope.add_argument("--all", action="store_true", help="every record of the vault (JSON)")
    scope.add_argument(
        "--citizen", metavar="ID", help="one citizen's access export: their id or CPR number (JSON or PDF)"
    )
    export.add_argument("--format", choices=["json", "pdf"], default="json")
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    return parser


def _add_backup_secret(parser: argparse.ArgumentParser, password_help: str, recovery_key_help: str) -> None:
    """What seals or opens a backup, read from standard input: a backup password or the recovery key
    (``password_help`` and ``recovery_key_help`` say where the command reads each from)."""
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument("--backup-password-stdin", action="store_true", help=password_help)
    secret.add_argument("--recovery-key-stdin", action="store_true", help=recovery_key_help)


def run(argv: list[str]) -> int:
    """Parse ``argv`` and run the command; returns the exit code."""
    args = build_parser().parse_args(argv)
    data_dir = getattr(args, "data_dir", None) or default_data_dir()
    password_stdin = getattr(args, "password_stdin", False)
    command = args.command or "gui"
    if command == "gui":
        from desktop.app import run_gui

        return run_gui(data_dir)
    global _program
    _program = f"casenotes {command}"
    # A check of a missing folder must not create it (nor its log).
    logging_to_file = data_dir.exists() and configure_logging(data_dir) is not None
    try:
        policy = load_policy(policy_path())
    except PolicyError as exc:  # fail closed: never run without the settings the organisation fixed
        if logging_to_file:  # else Python would print the record too, and the error is one line
            log.error("policy file unusable: %s", exc)
        line = str(exc).replace("\r", " ").replace("\n", " ")
        print(f"casenotes: error: {line} Nothing was done; contact IT.", file=sys.stderr)
        return EXIT_USAGE
    try:
        if command == "init":
            return _init(data_dir, password_stdin, policy)
        if command == "demo":
            return _demo(
                data_dir, password_stdin, args.citizens, args.notes, args.seed, args.measurements, policy
            )
        if command == "sync":
            return _sync(data_dir, password_stdin, args, policy)
        if command == "identity":
            return _identity(data_dir, password_stdin, policy)
        if command in ("colleagues", "transfer"):
            run_it = cli_transfer.run_colleagues if command == "colleagues" else cli_transfer.run_transfer
            return run_it(lambda: _unlocked_session(data_dir, password_stdin, policy), args, policy, _fail)
        if command == "export" and args.citizen:
            return _export_citizen(data_dir, password_stdin, args.citizen, args.format, args.out, policy)
        if command == "export":
            if args.format != "json":
                return _fail("The whole vault is exported as JSON only (--format json).")
            return _export(data_dir, password_stdin, args.out, policy)
        if command == "backup":
            return _backup(data_dir, password_stdin, args, policy)
        if command == "restore":
            return _restore(data_dir, password_stdin, args, policy)
        return _check(data_dir, password_stdin, policy)
    except CaseNotesError as exc:
        return _fail(exc.render(), exc.detail if exc.detail != exc.message else "")
    except KeyboardInterrupt:
        return _fail("Interrupted; nothing was changed.")
    except OSError as exc:
        return _fail(f"Could not use the folder {data_dir}: {exc.strerror or exc}.")
    except Exception as exc:  # a bug: its message may quote citizen data, so only the type is shown
        log.error("uncaught %s\n%s", type(exc).__name__, describe_exception(exc))
        return _fail(
            f"An unexpected error ({type(exc).__name__}); nothing more is shown, as it may hold personal data."
        )


def _session_for(data_dir: Path, policy: Policy) -> VaultSession:
    from desktop.services.vault_session import VaultSession

    return VaultSession(data_dir, allow_remember=policy.allow_remember is not False, program=_program)


def _init(data_dir: Path, password_stdin: bool, policy: Policy) -> int:
    session = _session_for(data_dir, policy)
    if session.exists():
        return _fail(f"A vault already exists in {data_dir}; nothing was changed.")
    password = _read_password(password_stdin, confirm=True)
    if password is None:
        return _fail("No password given; nothing was created.")
    from desktop.domain.passwords import MIN_LENGTH

    if len(password) < MIN_LENGTH:
        print(f"casenotes: warning: the password is shorter than {MIN_LENGTH} characters.", file=sys.stderr)
    recovery = session.create(password)
    configure_logging(data_dir)
    session.lock()
    print(f"Vault created in {data_dir}")
    print("Recovery key (shown only this once; print it or write it down and keep it safe):")
    print(f"    {recovery}")
    return EXIT_OK


def _unlocked_session(
    data_dir: Path,
    password_stdin: bool,
    policy: Policy,
    password: str | None = None,
    verify_first: bool = False,
) -> VaultSession:
    """An open session: the keychain first (unless a password is piped in or the policy forbids
    remembering the key), then the password. ``verify_first``: see ``VaultSession.unlock``."""
    from desktop.errors import WrongPassword
    from desktop.storage.vault.db_check import COMMAND_LINE_CACHE_LIMIT

    session = _session_for(data_dir, policy)
    if verify_first:  # this process only checks and ends: the check may cache the whole database
        session.vault.check_cache_limit = COMMAND_LINE_CACHE_LIMIT
    session.vault.read_envelope()  # VaultNotFound / KeyFileDamaged before asking for a password
    if password_stdin or password is not None or not session.unlock_with_keychain(verify_first):
        password = password if password is not None else _read_password(password_stdin, confirm=False)
        if password is None:
            raise WrongPassword("no password given")
        session.unlock(password, verify_first=verify_first)
    return session


def _identity(data_dir: Path, password_stdin: bool, policy: Policy) -> int:
    """Print this caseworker's fingerprint (the identity is made and kept the first time)."""
    from desktop.services.registry import Services

    session = _unlocked_session(data_dir, password_stdin, policy)
    try:
        fingerprint = Services.for_session(session, policy=policy).identity.fingerprint()
    finally:
        session.lock()
    print("Your fingerprint (a colleague compares it before taking a citizen's file from you):")
    print(f"    {fingerprint}")
    return EXIT_OK


def _sync(data_dir: Path, password_stdin: bool, args: argparse.Namespace, policy: Policy) -> int:
    from desktop.errors import MassDeletionPending, SyncVaultMismatch
    from desktop.services.registry import Services

    password = _read_password(password_stdin, confirm=False) if password_stdin else None
    recovery = sys.stdin.readline().strip() if args.recovery_key_stdin else ""
    session = _unlocked_session(data_dir, password_stdin, policy, password)
    try:
        services = Services.for_session(session, policy=policy)
        sync = services.sync
        if args.server:
            sync.check_server_allowed(args.server)  # only the policy's server, before any network
        server = args.server or sync.fixed_server
        status = sync.status()
        if not status.configured or status.signed_out:
            if not (server and args.account):
                if status.signed_out:
                    return _fail("This computer is signed out of sync: give --server and --account again.")
                return _fail("This vault has not synced yet: give --server and --account.")
            if not (password or recovery):
                return _fail("Signing in needs the password (--password-stdin) or the recovery key.")
            try:
                how = sync.connect(server, args.account, password or "", recovery, args.same_notebook)
            except SyncVaultMismatch as exc:
                return _fail(
                    f"{exc.message} Keep them separate, or run again with --same-notebook if the account "
                    "holds a restored or re-created copy of this notebook (the two are then merged)."
                )
            print(f"{'Joined' if how == 'joined' else 'Created'} the account {args.account} on {server}")
        elif args.server and args.server.rstrip("/") != status.server:
            return _fail(f"This vault syncs with {status.server}; nothing was changed.")
        try:
            report = sync.sync_now(allow_mass_delete=args.allow_mass_delete)
        except MassDeletionPending as exc:
            return _fail(
                f"The server asks to delete {exc.deletions} of the {exc.records} records here. "
                "Nothing was deleted; run again with --allow-mass-delete if that is intended."
            )
        try:  # publishes this caseworker's key; files to and from colleagues
            handed: TransferRound | None = services.transfers.round()
        except CaseNotesError as exc:  # the records synced; the handovers wait for the next round
            handed = None
            print(f"Note: handovers between colleagues wait for the next round ({exc.message})")
        if handed and (handed.erased or handed.replies):  # what the answers changed here goes now too
            report = sync.sync_now(allow_mass_delete=args.allow_mass_delete)
        after = sync.status()
    finally:
        session.lock()
    print(
        f"Synced: {report.pulled} received, {report.pushed} sent, {report.conflicts} new conflicts, "
        f"{report.quarantined} quarantined; {after.waiting} waiting, {after.conflicts} conflicts open"
    )
    if report.server_was_reset:
        print("Note: the server had lost changes; everything here was sent to it again.")
    if handed and (handed.sent or handed.fetched or handed.answered or handed.erased or handed.declined):
        print(cli_transfer.round_line(handed))
    return EXIT_OK


def _export(data_dir: Path, password_stdin: bool, out: Path, policy: Policy) -> int:
    from desktop.services.registry import Services

    session = _unlocked_session(data_dir, password_stdin, policy)
    try:
        count = Services.for_session(session, policy=policy).privacy.export_vault(out)
    finally:
        session.lock()
    print(f"Wrote {count} records to {out}")
    return EXIT_OK


def _export_citizen(
    data_dir: Path, password_stdin: bool, wanted: str, fmt: str, out: Path, policy: Policy
) -> int:
    from desktop.services.registry import Services

    session = _unlocked_session(data_dir, password_stdin, policy)
    try:
        services = Services.for_session(session, policy=policy)
        matches = services.citizens.find(wanted)
        if len(matches) != 1:
            return _fail(
                f"No citizen has the id or CPR number {wanted!r}."
                if not matches
                else f"{len(matches)} citizens have the CPR number {wanted!r}; give the id instead."
            )
        services.privacy.export_access(matches[0], fmt, out)
    finally:
        session.lock()
    print(f"Wrote the access export ({fmt.upper()}) to {out}")
    return EXIT_OK


def _backup(data_dir: Path, password_stdin: bool, args: argparse.Namespace, policy: Policy) -> int:
    from desktop.services.registry import Services

    target = args.path.expanduser().absolute()
    if not target.parent.is_dir():
        return _fail(f"The folder {target.parent} does not exist; nothing was written.")
    password = _read_password(password_stdin, confirm=False) if password_stdin else None
    with_recovery_key = args.recovery_key_stdin
    from_stdin = with_recovery_key or args.backup_password_stdin
    secret = sys.stdin.readline().rstrip("\r\n") if from_stdin else None
    session = _unlocked_session(data_dir, password_stdin, policy, password)
    try:
        if not from_stdin:
            secret = _read_secret("Backup password: ", "Repeat the backup password: ")
        if not secret:
            return _fail(
                "No backup password given: type it, or use --backup-password-stdin or --recovery-key-stdin."
            )
        report = Services.for_session(session, policy=policy).backup.write_backup(
            target, secret, with_recovery_key
        )
    finally:
        session.lock()
    sealed = "the vault's recovery key" if with_recovery_key else "the backup password"
    print(f"Backup written and checked: {report.path} ({_size(report.size)}, sealed with {sealed})")
    return EXIT_OK


def _restore(data_dir: Path, password_stdin: bool, args: argparse.Namespace, policy: Policy) -> int:
    from desktop.services.registry import Services

    source = args.path.expanduser()
    if not source.is_file():
        return _fail(f"There is no backup file at {source}; nothing was changed.")
    session = _session_for(data_dir, policy)
    backups = Services.for_session(session, policy=policy).backup
    if session.exists() and not args.replace:
        return _fail(
            f"A vault already exists in {data_dir}; nothing was changed. Run again with --replace to move "
            "it to a dated folder beside it and restore the backup."
        )
    info = backups.describe(source)
    asks_for = "recovery key" if info.with_recovery_key else "backup password"
    if (args.recovery_key_stdin and not info.with_recovery_key) or (
        args.backup_password_stdin and info.with_recovery_key
    ):
        return _fail(f"This backup is sealed with the {asks_for}; nothing was changed.")
    if password_stdin or args.recovery_key_stdin or args.backup_password_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        secret = _read_secret(f"{asks_for.capitalize()}: ")
    if not secret:
        return _fail(f"No {asks_for} given; nothing was changed.")
    report = backups.restore(source, secret, replace=args.replace)
    made = report.info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Restored the backup made {made} into {data_dir}")
    if report.previous_kept_in is not None:
        print(f"The previous vault is kept in {report.previous_kept_in}")
    print("Open it with the password it had when the backup was made.")
    return EXIT_OK


def _demo(
    data_dir: Path,
    password_stdin: bool,
    citizens: int,
    notes: int,
    seed: int,
    measurements: int | None,
    policy: Policy,
) -> int:
    import time

    from desktop.demo.caseload import generate

    session = _unlocked_session(data_dir, password_stdin, policy)
    started = time.perf_counter()
    try:
        result = generate(session, citizens, notes, seed, measurements)
    finally:
        session.lock()
    seconds = time.perf_counter() - started
    others = ", ".join(f"{count} {table}" for table, count in result.records.items())
    print(
        f"Added {result.citizens} fictional citizens and {result.notes} notes ({others}) in {seconds:.1f} s"
    )
    return EXIT_OK


def _check(data_dir: Path, password_stdin: bool, policy: Policy) -> int:
    from desktop.errors import VaultDamaged

    # Every check runs before the unlock writes anything: a damaged vault raises VaultDamaged (one line,
    # exit 1) and is left exactly as it was, and only a whole one gets "vault.unlocked"/"vault.checked".
    session = _unlocked_session(data_dir, password_stdin, policy, verify_first=True)
    try:
        report = session.last_report or session.verify_integrity()
        if report.ok:
            session.vault.record("vault.checked", {"result": "ok"})
    finally:
        session.lock()
    if not report.ok:
        return _fail(VaultDamaged.message, "; ".join(report.problems))
    print(
        f"OK: schema {report.schema_revision}, {report.audit_events} log events, encryption and structure verified"
    )
    return EXIT_OK


def _read_password(from_stdin: bool, confirm: bool) -> str | None:
    if from_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        return password or None
    if not sys.stdin.isatty():
        return None
    password = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Repeat the password: ") != password:
        print("casenotes: the two passwords differ.", file=sys.stderr)
        return None
    return password or None


def _read_secret(prompt: str, repeat_prompt: str = "") -> str | None:
    """A secret typed at the terminal (twice when ``repeat_prompt`` is given); None without a terminal."""
    if not sys.stdin.isatty():
        return None
    secret = getpass.getpass(prompt)
    if repeat_prompt and getpass.getpass(repeat_prompt) != secret:
        raise PasswordsDiffer()
    return secret or None


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def _fail(message: str, detail: str = "") -> int:
    line = f"casenotes: error: {message}"
    if detail:
        line += f" ({detail})"
    print(" ".join(line.splitlines()), file=sys.stderr)  # one line, whatever a detail holds
    return EXIT_FAULT


def _count(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 10_000_000:
        raise argparse.ArgumentTypeError("must be between 0 and 10000000")
    return value
