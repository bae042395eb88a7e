"""The domain's records and the SQLModel tables that store them have one shape: each field of a domain
record is a column of its table, of the type it is stored as (a date as ISO text, a dict or list as
JSON text), NULL-able exactly when the field may be None."""

from dataclasses import fields
from datetime import date
from types import NoneType, UnionType
from typing import Any, get_args, get_origin, get_type_hints

import pytest
from sqlalchemy import Column

from desktop.domain.citizen import BeliefEntry, CitizenDraft, HandoverEntry
from desktop.domain.coordination import ActorDraft, ConsentDraft, ContactDraft
from desktop.domain.goals import ActivityDraft, GoalDraft
from desktop.domain.network_meeting import DecisionDraft, NetworkMeetingDraft
from desktop.domain.notes import Agreement, NoteDraft
from desktop.domain.reflection import DiscretionDraft, ReflectionDraft
from desktop.domain.scales import MeasurementDraft
from desktop.storage.records import tables

# domain record -> (its table, {field: column} where the names differ, fields stored elsewhere)
SHAPES: dict[type, tuple[type, dict[str, str], set[str]]] = {
    CitizenDraft: (tables.Citizen, {}, set()),
    BeliefEntry: (tables.BeliefRating, {}, set()),
    HandoverEntry: (tables.Handover, {}, set()),
    GoalDraft: (tables.Goal, {}, {"activities"}),  # rows of ``activity``
    ActivityDraft: (tables.Activity, {}, set()),
    NoteDraft: (tables.MeetingNote, {}, set()),  # agreements: rows of ``agreement`` and a summary text
    Agreement: (tables.AgreementRow, {"due": "due_on"}, set()),
    ReflectionDraft: (tables.Reflection, {}, set()),
    DiscretionDraft: (tables.DiscretionRecord, {}, {"related"}),  # not stored
    ActorDraft: (tables.Actor, {}, set()),
    ConsentDraft: (tables.Consent, {}, set()),
    ContactDraft: (tables.ContactLog, {}, set()),
    MeasurementDraft: (tables.Measurement, {}, set()),
    NetworkMeetingDraft: (tables.NetworkMeeting, {}, {"decisions"}),  # rows of ``network_decision``
    DecisionDraft: (tables.NetworkDecision, {}, set()),
}
# Text that is stored as NULL when it is empty (so an index or a uniqueness check skips it).
EMPTY_IS_NULL = {(CitizenDraft, "cpr")}


def stored_as(hint: Any) -> tuple[type, bool]:
    """The Python type a field of type ``hint`` has in the database, and whether it may be NULL."""
    optional = isinstance(hint, UnionType) and NoneType in get_args(hint)
    if optional:
        [hint] = [kind for kind in get_args(hint) if kind is not NoneType]
    if hint is date:
        return str, optional  # ISO 8601
    if (get_origin(hint) or hint) in (list, dict):
        return str, optional  # JSON
    return hint, optional


def python_type(column: Column) -> type:
    """The column's Python type (SQLModel's ``AutoString`` wraps a plain string type)."""
    column_type = getattr(column.type, "impl_instance", column.type)
    return column_type.python_type


@pytest.mark.parametrize("record", list(SHAPES), ids=lambda record: record.__name__)
def test_every_field_of_a_domain_record_is_a_column_of_the_type_it_is_stored_as(record):
    model, renamed, elsewhere = SHAPES[record]
    columns = model.__table__.columns
    hints = get_type_hints(record)
    for field in fields(record):
        if field.name in elsewhere:
            continue
        name = renamed.get(field.name, field.name)
        assert name in columns, f"{record.__name__}.{field.name} has no column in {model.__tablename__}"
        kind, optional = stored_as(hints[field.name])
        column = columns[name]
        assert python_type(column) is kind, f"{record.__name__}.{field.name}"
        nullable = optional or (record, field.name) in EMPTY_IS_NULL
        assert column.nullable == nullable, f"{record.__name__}.{field.name} nullable"


def test_the_citizen_table_takes_its_profile_columns_from_the_draft():
    columns = tables.Citizen.__table__.columns
    assert {f.name for f in fields(CitizenDraft)} <= set(columns.keys())
    assert python_type(columns["next_follow_up"]) is str  # a date, stored as ISO text
    assert columns["cpr"].nullable and columns["cpr"].index  # "" stored as NULL, looked up by index
    assert not columns["name"].nullable


def test_the_generated_stored_tables_are_the_sqlmodel_tables():
    """``stored_tables.py`` is written from ``tables.py``; run ``make stored-tables`` after changing a
    table, or this fails."""
    from sqlmodel import SQLModel

    from desktop.storage.records import stored_tables
    from desktop.storage.records.columns import StoredTable

    generated = {
        value.name: value.columns for value in vars(stored_tables).values() if isinstance(value, StoredTable)
    }
    declared = {table.name: tuple(c.name for c in table.columns) for table in SQLModel.metadata.sorted_tables}
    assert generated == declared
    for mapper in SQLModel._sa_registry.mappers:  # each named as the SQLModel class it comes from
        assert getattr(stored_tables, mapper.class_.__name__).name == mapper.class_.__table__.name


def test_the_repositories_read_no_sqlmodel():
    """Loading the repositories and services does not load SQLModel (about 0.3 s at unlock)."""
    import subprocess
    import sys

    probe = "import sys, desktop.services.registry; print('sqlmodel' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"
