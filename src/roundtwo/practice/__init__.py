"""Mock interview formats, personas and the session state machine.

:func:`start_session` begins a mock interview in one of the five formats;
the :class:`Session` hands out prompts, reads each answer with the answer
reader (``roundtwo.coach``), decides on follow-up probes and ends with a
scorecard. Its state is a plain dict (:meth:`Session.to_state`), resumed
with :func:`resume_session`. Pure library: no I/O, no database.
"""

from roundtwo.practice.interview import InterviewSetup, company_facts
from roundtwo.practice.personas import Persona
from roundtwo.practice.repetition import Review, due_questions, schedule_review
from roundtwo.practice.session import Prompt, Session, resume_session, start_session

__all__ = [
    "InterviewSetup",
    "Persona",
    "Prompt",
    "Review",
    "Session",
    "company_facts",
    "due_questions",
    "resume_session",
    "schedule_review",
    "start_session",
]
