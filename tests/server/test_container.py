"""The container files (Dockerfile, compose.yaml, .dockerignore) agree with the server they run.

This machine and CI may have no Docker daemon to build with (``tools/check-container.sh`` builds when one
is there), so these checks read the files: the entry point is the real ``casenotes-server`` script, the
options and the environment variable are the ones ``main`` reads, and the ``server`` extra the image
installs alone holds everything the server imports.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import shlex
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement

from syncserver import __main__ as server_main
from syncserver.config import DATABASE_URL_VARIABLE

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Helpers for tests and benchmarks (a server in a thread); the installed server never imports them.
NOT_SERVED = {"background.py"}


def _dockerfile() -> dict[str, list[str]]:
    """Each instruction of the Dockerfile (continuation lines joined) by its keyword."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text(encoding="utf-8"))
    instructions: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            keyword, _, rest = line.strip().partition(" ")
            instructions.setdefault(keyword.upper(), []).append(rest.strip())
    return instructions


def _exec_form(value: str) -> list[str]:
    words = yaml.safe_load(value)  # a JSON array is YAML too
    assert isinstance(words, list), f"use the exec form (a JSON array): {value}"
    return words


def _options_main_takes(capsys) -> set[str]:
    with pytest.raises(SystemExit):
        server_main.main(["--help"])
    return set(re.findall(r"--[a-z-]+", capsys.readouterr().out))


def test_the_image_runs_the_real_casenotes_server_as_a_user_with_options_main_takes(capsys):
    instructions = _dockerfile()
    assert instructions["FROM"] == ["python:3.11-slim"]
    (entry,) = (_exec_form(value) for value in instructions["ENTRYPOINT"])
    assert entry == ["casenotes-server"]
    assert PYPROJECT["project"]["scripts"]["casenotes-server"] == "syncserver.__main__:main"
    (command,) = (_exec_form(value) for value in instructions["CMD"])
    assert command[command.index("--host") + 1] == "0.0.0.0"
    assert int(command[command.index("--workers") + 1]) > 1
    taken = _options_main_takes(capsys)
    assert {word for word in command if word.startswith("--")} <= taken
    assert instructions["USER"] and instructions["USER"][-1] not in {"root", "0"}
    # The image installs the project without its (desktop) dependencies, and the server extra.
    installs = " ".join(instructions["RUN"])
    assert "pip install --no-deps ." in installs and "['server']" in installs


def test_compose_runs_the_server_on_a_healthy_postgres_with_the_url_main_reads(capsys):
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    db, server = compose["services"]["db"], compose["services"]["server"]
    assert db["image"].startswith("postgres:")
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume, mount = db["volumes"][0].split(":", 1)
    assert volume in compose["volumes"] and mount == "/var/lib/postgresql/data"
    assert server["depends_on"]["db"]["condition"] == "service_healthy"
    assert server["build"] == "."
    url = server["environment"][DATABASE_URL_VARIABLE]
    assert url.startswith("postgresql+psycopg://") and "@db:5432/" in url
    assert db["environment"]["POSTGRES_USER"] in url and db["environment"]["POSTGRES_DB"] in url
    # Ours and uvicorn's (the client's address behind the proxy); main reads no other.
    assert set(server["environment"]) == {DATABASE_URL_VARIABLE, "FORWARDED_ALLOW_IPS"}
    assert {word for word in server["command"] if word.startswith("--")} <= _options_main_takes(capsys)
    # Published on loopback only: TLS is a reverse proxy's, in front.
    assert all(port.startswith("127.0.0.1:") for port in server["ports"])


def test_dockerignore_sends_the_server_and_leaves_out_the_rest():
    lines = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[0] == "*"
    copied = {line[1:] for line in lines if line.startswith("!")}
    sources = [shlex.split(value)[:-1] for value in _dockerfile()["COPY"]]
    assert {path for paths in sources for path in paths} <= copied


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _closure(requirements: list[str]) -> set[str]:
    """The distributions ``requirements`` install, with everything they require in turn."""
    found: set[str] = set()
    todo = [Requirement(text) for text in requirements]
    while todo:
        requirement = todo.pop()
        name = _normal(requirement.name)
        extras = {f"{name}[{extra}]" for extra in requirement.extras}
        if name in found and not extras - found:
            continue
        found |= {name, *extras}
        # A requirement counts when its marker holds here, for one of the extras asked for (or none).
        environments = [{"extra": extra} for extra in requirement.extras] or [{"extra": ""}]
        for text in importlib.metadata.requires(requirement.name) or []:
            needed = Requirement(text)
            if needed.marker is None or any(needed.marker.evaluate(env) for env in environments):
                todo.append(needed)
    return found


def test_the_server_extra_holds_everything_the_server_imports():
    imported: set[str] = set()
    for path in (ROOT / "syncserver").rglob("*.py"):
        if path.name in NOT_SERVED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"syncserver", "__future__"}
    providers = importlib.metadata.packages_distributions()
    installed = _closure(PYPROJECT["project"]["optional-dependencies"]["server"])
    missing = {
        module for module in third_party if not {_normal(d) for d in providers.get(module, [])} & installed
    }
    assert not missing, f"add to the server extra in pyproject.toml: {sorted(missing)}"
