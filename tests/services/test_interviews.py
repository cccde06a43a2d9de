"""The workspace use cases on both databases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from roundtwo.errors import NotFound
from roundtwo.services import interviews
from roundtwo.services.forms import InterviewerData, parse_interview
from roundtwo.services.runtime import Runtime


def _create(runtime: Runtime, **form: str):
    base = {
        "company": "Acme",
        "role": "Analyst",
        "timezone": "UTC",
        "date": "2030-01-15",
        "start_time": "10:00",
    }
    formats = form.pop("formats", "panel").split(",") if form.get("formats", "panel") else []
    with runtime.session() as session:
        return interviews.create_interview(session, parse_interview({**base, **form}, formats))


def test_create_interview_generates_checklist(runtime: Runtime) -> None:
    made = _create(runtime, video_link="https://meet.example.com/x", formats="panel,presentation")
    with runtime.session() as session:
        interview = interviews.get_interview(session, made.id)
        keys = [item.key for item in interview.checklist]
    assert keys[0] == "confirm_time"
    assert "video_test" in keys and "travel" not in keys
    assert "materials" in keys and keys[-1] == "thank_you"


def test_ticked_items_survive_a_change_of_details(runtime: Runtime) -> None:
    made = _create(runtime, video_link="https://meet.example.com/x", formats="presentation")
    with runtime.session() as session:
        interview = interviews.get_interview(session, made.id)
        materials = next(i for i in interview.checklist if i.key == "materials")
        interviews.set_checklist_item(session, made.id, materials.id, True)
    with runtime.session() as session:
        form = {"company": "Acme", "role": "Analyst", "timezone": "UTC", "location": "1 Main St"}
        interviews.update_interview(session, made.id, parse_interview(form, ["panel"]))
    with runtime.session() as session:
        keys = {i.key: i.done for i in interviews.get_interview(session, made.id).checklist}
    assert keys["materials"] is True
    assert "travel" in keys and "video_test" not in keys


def test_interviewers_keep_their_order_and_update_checklist_text(runtime: Runtime) -> None:
    made = _create(runtime)
    with runtime.session() as session:
        for name in ("Zoe Adams", "Al Brown", "Mo Chen"):
            interviews.add_interviewer(session, made.id, InterviewerData(name=name, kind="peer"))
    with runtime.session() as session:
        interview = interviews.get_interview(session, made.id)
        assert [p.name for p in interview.interviewers] == ["Zoe Adams", "Al Brown", "Mo Chen"]
        names_item = next(i for i in interview.checklist if i.key == "names_titles")
        assert "all 3 people" in names_item.text
        interviews.delete_interviewer(session, made.id, interview.interviewers[1].id)
    with runtime.session() as session:
        assert [p.name for p in interviews.get_interview(session, made.id).interviewers] == [
            "Zoe Adams",
            "Mo Chen",
        ]


def test_dashboard_splits_upcoming_and_past(runtime: Runtime) -> None:
    future = _create(runtime, date="2030-01-15")
    past = _create(runtime, date="2020-01-15", company="Oldco")
    undated = _create(runtime, date="", start_time="", company="Someday")
    with runtime.session() as session:
        upcoming, done = interviews.dashboard(session, datetime(2026, 1, 1, tzinfo=UTC))
    assert [c.id for c in upcoming] == [future.id, undated.id]
    assert [c.id for c in done] == [past.id]
    assert upcoming[0].total_count == len(upcoming[0].open_items) > 0
    assert upcoming[0].done_count == 0


def test_missing_things_are_not_found(runtime: Runtime) -> None:
    made = _create(runtime)
    with runtime.session() as session:
        with pytest.raises(NotFound, match="no interview 999"):
            interviews.get_interview(session, 999)
        with pytest.raises(NotFound, match="no checklist item 999"):
            interviews.set_checklist_item(session, made.id, 999, True)
        with pytest.raises(NotFound, match="no interviewer 999"):
            interviews.delete_interviewer(session, made.id, 999)


def test_delete_interview_removes_its_people_and_checklist(runtime: Runtime) -> None:
    made = _create(runtime)
    with runtime.session() as session:
        interviews.add_interviewer(session, made.id, InterviewerData(name="Ana"))
        interviews.delete_interview(session, made.id)
    with runtime.session() as session:
        assert interviews.list_interviews(session) == []
