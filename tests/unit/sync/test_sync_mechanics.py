"""How a sync round uses the vault and the server: pulled pages are committed in
batches, the server looks a push page up in one statement and writes it in a fixed number, a round
checks foreign keys only over what it wrote, and a round with nothing to do checks nothing."""

from __future__ import annotations

import contextlib
from dataclasses import replace

from sqlalchemy import event

from desktop.domain.citizen import CitizenDraft
from desktop.services import sync_round
from tests.conftest import PASSWORD
from tests.unit.sync.conftest import SERVER_URL


@contextlib.contextmanager
def _statements(engine):
    """Every statement ``engine`` runs inside the block, as ``(sql, executemany)``."""
    seen: list[tuple[str, bool]] = []
    parameters_of: dict[str, tuple] = {}

    def remember(_conn, _cursor, statement, parameters, _context, executemany):
        sql = " ".join(statement.split())
        seen.append((sql, executemany))
        if not executemany:
            parameters_of[sql] = tuple(parameters or ())

    event.listen(engine, "before_cursor_execute", remember)
    try:
        yield seen
    finally:
        _statements.parameters_of = parameters_of  # type: ignore[attr-defined]
        event.remove(engine, "before_cursor_execute", remember)


def _office_with(make_device, citizens):
    office = make_device("office")
    for n in range(citizens):
        office.services.citizens.create_citizen(CitizenDraft(name=f"Testperson {n:03d}"))
    office.sync.connect(SERVER_URL, "lene", PASSWORD)
    office.sync.sync_now()
    return office


def _batches(pages):
    """The commits of a pull of ``pages`` pages: after 1 page, then 2, 4, 8, 8, … and the last one."""
    commits, size, left = 0, 1, pages
    while left > 0:
        left -= size
        commits += 1
        size = min(size * 2, sync_round.PULL_BATCH_PAGES)
    return commits


def test_a_pull_of_many_pages_commits_in_growing_batches(make_device, monkeypatch):
    monkeypatch.setattr(sync_round, "PULL_PAGE", 10)
    monkeypatch.setattr(sync_round, "PULL_BATCH_SECONDS", 3600.0, raising=False)
    office = _office_with(make_device, 150)
    field = make_device("field")
    field.sync.connect(SERVER_URL, "lene", PASSWORD)
    on_server = len(office.sync.export_all()["citizen"]) + len(office.sync.export_all()["app_setting"])
    pages = -(-on_server // 10)
    with _statements(field.session.vault.engine) as seen:
        report = field.sync.sync_now()
    applying = [sql for sql, _many in seen if sql.startswith("INSERT INTO sync_applying")]
    assert report.pulled == on_server and pages >= 15
    assert len(applying) == 4  # after 1, 2, 4 and 8 pages: one transaction each; was one per page (15)
    assert len(applying) == _batches(pages)
    assert field.sync.export_all() == office.sync.export_all()


def test_a_round_with_nothing_to_do_checks_no_foreign_keys(make_device):
    office = _office_with(make_device, 3)
    field = make_device("field")
    field.sync.connect(SERVER_URL, "lene", PASSWORD)
    field.sync.sync_now()
    with _statements(field.session.vault.engine) as seen:
        report = field.sync.sync_now()
    assert report.pulled == report.pushed == 0
    assert not [sql for sql, _many in seen if "foreign_key" in sql or "NOT EXISTS" in sql]
    assert not [sql for sql, _many in seen if "count(*) FROM citizen" in sql]  # no record count either
    assert not [sql for sql, _many in seen if sql.startswith("INSERT INTO sync_applying")]  # no write
    assert office.sync.export_all() == field.sync.export_all()


def test_a_pull_checks_foreign_keys_of_the_rows_it_wrote_only(make_device):
    office = _office_with(make_device, 3)
    field = make_device("field")
    field.sync.connect(SERVER_URL, "lene", PASSWORD)
    field.sync.sync_now()
    row = office.services.citizens.caseload()[0]
    draft = office.services.citizens.open_citizen(row.id).draft
    office.services.citizens.update_citizen(row.id, replace(draft, own_wishes="Noget nyt"))
    office.sync.sync_now()
    with _statements(field.session.vault.engine) as seen:
        assert field.sync.sync_now().pulled == 1
    checks = [sql for sql, _many in seen if "foreign_key_check" in sql or "NOT EXISTS" in sql]
    assert not [sql for sql in checks if "foreign_key_check" in sql]  # no table checked as a whole
    assert all("FROM citizen AS child WHERE child.id IN (?)" in sql for sql in checks)


def test_the_server_looks_up_and_writes_a_push_page_in_a_fixed_number_of_statements(make_device, server_app):
    office = _office_with(make_device, 120)
    for row in office.services.citizens.caseload():
        draft = office.services.citizens.open_citizen(row.id).draft
        office.services.citizens.update_citizen(row.id, replace(draft, own_wishes="Opdateret"))
    with _statements(server_app.state.engine) as seen:
        assert office.sync.sync_now().pushed == 120
    on_record = [(sql, many) for sql, many in seen if " record " in f"{sql} " or "INTO record" in sql]
    lookups = [sql for sql, _many in on_record if sql.startswith("SELECT") and "record_id IN" in sql]
    updates = [(sql, many) for sql, many in on_record if sql.startswith("UPDATE record")]
    pushes = [sql for sql, _many in seen if sql.startswith("INSERT INTO push_request")]
    assert len(pushes) == 1
    assert not [sql for sql, _many in seen if sql.startswith("UPDATE device")]  # seen a moment ago
    assert len(lookups) == 1  # one set lookup for the page, not one per record
    assert len(updates) == 1 and updates[0][1]  # one executemany
    with server_app.state.engine.connect() as conn:
        parameters = _statements.parameters_of[lookups[0]]  # type: ignore[attr-defined]
        plan = " ".join(
            str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + lookups[0], parameters)
        )
    assert "record_id=?" in plan, plan  # by the whole key, not every record of the account


def test_after_a_first_push_and_pull_no_merge_base_is_stored_beside_its_row(make_device):
    from sqlalchemy import text

    office = _office_with(make_device, 20)
    field = make_device("field")
    field.sync.connect(SERVER_URL, "lene", PASSWORD)
    field.sync.sync_now()
    for device in (office, field):
        with device.session.vault.engine.connect() as conn:
            copies = conn.execute(
                text("SELECT count(*) FROM sync_record WHERE base IS NOT NULL")
            ).scalar_one()
            agreed = conn.execute(text("SELECT count(*) FROM sync_record WHERE base_in_row")).scalar_one()
        assert (copies, agreed) == (0, 20 + len(device.sync.export_all()["app_setting"]))


def test_a_push_of_many_pages_records_the_answers_in_growing_batches(make_device, monkeypatch):
    monkeypatch.setattr(sync_round, "PAGE", 10)
    monkeypatch.setattr(sync_round, "PULL_BATCH_SECONDS", 3600.0, raising=False)
    office = make_device("office")
    for n in range(150):
        office.services.citizens.create_citizen(CitizenDraft(name=f"Testperson {n:03d}"))
    office.sync.connect(SERVER_URL, "lene", PASSWORD)
    with _statements(office.session.vault.engine) as seen:
        report = office.sync.sync_now()
    applying = [sql for sql, _many in seen if sql.startswith("INSERT INTO sync_applying")]
    assert report.pushed == 150
    assert len(applying) == _batches(15) == 4  # after 1, 2, 4 and 8 pages; was one per page (15)
    assert office.sync.status().waiting == 0
    field = make_device("field")
    field.sync.connect(SERVER_URL, "lene", PASSWORD)
    field.sync.sync_now()
    assert field.sync.export_all() == office.sync.export_all()
