"""The demo interview."""

from __future__ import annotations

from datetime import date

from roundtwo.services import interviews
from roundtwo.services.demo import load_demo
from roundtwo.services.runtime import Runtime


def test_load_demo_is_idempotent_and_complete(runtime: Runtime) -> None:
    with runtime.session() as session:
        first = load_demo(session, zone="America/Chicago", today=date(2026, 11, 26))
        second = load_demo(session, zone="America/Chicago", today=date(2026, 11, 26))
    assert first is not None and second is None
    with runtime.session() as session:
        [interview] = interviews.list_interviews(session)
        kinds = {p.kind for p in interview.interviewers}
    assert {"hiring_manager", "peer", "senior_leader", "hr"} <= kinds
    assert {"sequential", "panel"} <= set(interview.formats)
    assert interview.job_description.strip()
    assert interview.starts_at is not None and interview.starts_at.date() > date(2026, 11, 26)
    assert interview.starts_at.astimezone().weekday() < 5
