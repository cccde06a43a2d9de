"""Export and import: lossless into an empty database, never overwriting."""

from __future__ import annotations

import json
from datetime import date

import pytest

from roundtwo.errors import RoundtwoError
from roundtwo.services import interviews
from roundtwo.services.backup import export_data, import_data, read_backup
from roundtwo.services.demo import load_demo
from roundtwo.services.runtime import Runtime
from roundtwo.store.models import Base


def _without_time_of_export(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "exported_at"}


def _filled(runtime: Runtime) -> dict:
    with runtime.session() as session:
        interview = load_demo(session, zone="Asia/Tokyo", today=date(2026, 5, 1))
        assert interview is not None
        first = interview.checklist[0]
        interviews.set_checklist_item(session, interview.id, first.id, True)
        interviews.add_checklist_item(session, interview.id, "Print two copies of the slides")
        return export_data(session)


def test_export_covers_every_table(runtime: Runtime) -> None:
    data = _filled(runtime)
    assert set(data["tables"]) == {t.name for t in Base.metadata.sorted_tables} - {"data_version"}
    assert len(data["tables"]["interviewer"]) == 5


def test_import_into_empty_database_reproduces_it(runtime: Runtime) -> None:
    data = _filled(runtime)
    text = json.dumps(data)
    with runtime.session() as session:
        for interview in interviews.list_interviews(session):
            interviews.delete_interview(session, interview.id)
        import_data(session, read_backup(text))
    with runtime.session() as session:
        again = export_data(session)
        # rows added after an import get fresh ids past the imported ones
        made = interviews.add_checklist_item(session, 1, "One more")
    assert _without_time_of_export(again) == _without_time_of_export(json.loads(text))
    assert made.id > max(row["id"] for row in data["tables"]["checklist_item"])


def test_import_into_non_empty_refuses_unless_merging(runtime: Runtime) -> None:
    data = _filled(runtime)
    with runtime.session() as session:
        with pytest.raises(RoundtwoError, match="already holds data"):
            import_data(session, data)
        counts = import_data(session, data, merge=True)
    assert counts["interviewer"] == 5
    with runtime.session() as session:
        rows = interviews.list_interviews(session)
    assert len(rows) == 2
    assert [len(r.interviewers) for r in rows] == [5, 5]
    assert [len(r.checklist) for r in rows] == [len(data["tables"]["checklist_item"])] * 2


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        pytest.param("", "not valid JSON", id="empty"),
        pytest.param("{", "not valid JSON", id="truncated"),
        pytest.param('{"format": "other"}', "not a roundtwo backup", id="foreign"),
        pytest.param('{"format": "roundtwo-backup", "version": 99, "tables": {}}', "version 99", id="newer"),
        pytest.param(
            '{"format": "roundtwo-backup", "version": 1, "tables": {"spaceship": []}}',
            "does not know",
            id="unknown-table",
        ),
    ],
)
def test_read_backup_refuses(raw: str, words: str) -> None:
    with pytest.raises(RoundtwoError, match=words):
        read_backup(raw)


def test_failed_import_leaves_database_untouched(sqlite_runtime: Runtime) -> None:
    bad = {
        "format": "roundtwo-backup",
        "version": 1,
        "tables": {
            "interview": [
                {
                    "id": 1,
                    "company": "A",
                    "role": "B",
                    "timezone": "UTC",
                    "formats": [],
                    "job_description": "",
                    "location": "",
                    "video_link": "",
                    "travel_notes": "",
                    "preparation": "",
                    "company_mission": "",
                    "company_products": "",
                    "company_competitors": "",
                    "is_demo": False,
                    "created_at": "2026-01-01T00:00:00+00:00",
                    "updated_at": "yesterday",
                }
            ]
        },
    }
    with sqlite_runtime.session() as session, pytest.raises(RoundtwoError, match="not a date and time"):
        import_data(session, bad)
    with sqlite_runtime.session() as session:
        assert interviews.list_interviews(session) == []
