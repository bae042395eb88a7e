"""How ``casenotes-server`` starts: the workers' app factory reads the environment and never migrates,
``main`` migrates once, and neither ever prints the database URL (it may hold a password)."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from syncserver import __main__ as server_main
from syncserver import serve
from syncserver.config import DATABASE_URL_VARIABLE
from syncserver.db import make_engine

SECRET = "hunter2-in-the-url"


def test_the_factory_reads_the_url_from_the_environment_and_leaves_migrating_to_main(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'sync.db'}"
    monkeypatch.setenv(DATABASE_URL_VARIABLE, url)
    app = serve.app_from_environment()
    engine = make_engine(url)
    assert "account" not in inspect(engine).get_table_names()  # a worker did not migrate
    serve.migrate_database(url)
    assert "account" in inspect(engine).get_table_names()
    app.state.engine.dispose()
    engine.dispose()


def test_the_factory_names_neither_a_missing_nor_a_bad_url(monkeypatch):
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    with pytest.raises(RuntimeError, match=DATABASE_URL_VARIABLE):
        serve.app_from_environment()
    monkeypatch.setenv(DATABASE_URL_VARIABLE, f"nosuchdialect://admin:{SECRET}@db/sync")
    with pytest.raises(RuntimeError) as raised:
        serve.app_from_environment()
    assert SECRET not in str(raised.value) and raised.value.__cause__ is None
    assert raised.value.__suppress_context__


def test_main_stops_with_one_line_that_hides_the_password(monkeypatch, capsys):
    monkeypatch.setenv(DATABASE_URL_VARIABLE, f"postgresql+psycopg://admin:{SECRET}@127.0.0.1:1/sync")
    assert server_main.main(["--workers", "4"]) == 1
    err = capsys.readouterr().err
    assert "cannot open the database" in err and SECRET not in err


def test_workers_must_be_at_least_one():
    with pytest.raises(SystemExit):
        server_main.main(["--workers", "0"])
