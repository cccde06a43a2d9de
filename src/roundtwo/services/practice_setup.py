"""A stored interview, read as plain data for a mock session (``roundtwo practice --interview``)."""

from __future__ import annotations

from roundtwo.practice.interview import InterviewSetup
from roundtwo.services.interviews import get_interview
from roundtwo.services.practice import interview_setup
from roundtwo.services.runtime import open_runtime
from roundtwo.settings import Settings, get_settings


def load_practice_setup(interview_id: int, settings: Settings | None = None) -> InterviewSetup:
    """The interview ``interview_id`` as an :class:`InterviewSetup`: company facts, job
    description, interviewers (name, title, kind, in schedule order), formats and
    the preparation note.

    Opens the configured database (``settings``, default: from the environment)
    and closes it before returning. Raises RoundtwoError (NotFound) for an
    unknown id, and RoundtwoError for a database that is missing or not up to
    date.
    """
    runtime = open_runtime(settings or get_settings())
    try:
        with runtime.session() as session:
            return interview_setup(get_interview(session, interview_id))
    finally:
        runtime.close()
