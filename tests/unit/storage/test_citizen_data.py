from sqlmodel import SQLModel

from desktop.storage.records import tables  # noqa: F401 (registers the tables)
from desktop.storage.records.citizen_data import BY_NAME, CITIZEN_TABLES

# Tables that name a citizen but are not the citizen's data: the access log is kept (pruned by its own
# retention) and the search index is cleared by its own code.
NOT_CITIZEN_DATA = {"audit_event", "search_doc", "transfer_out", "transfer_in"}


def test_every_table_about_a_citizen_is_exported_and_erased():
    about_citizens = set()
    for name, table in SQLModel.metadata.tables.items():
        pointers = {fk.column.table.name for fk in table.foreign_keys}
        if "citizen_id" in table.columns or pointers & set(BY_NAME) or name == "citizen":
            about_citizens.add(name)
    assert about_citizens - NOT_CITIZEN_DATA == set(BY_NAME)


def test_children_come_before_their_parents():
    position = {spec.table: index for index, spec in enumerate(CITIZEN_TABLES)}
    for name in BY_NAME:
        table = SQLModel.metadata.tables[name]
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent != name:
                assert position[name] < position[parent], f"{name} must be deleted before {parent}"
