"""The tables: interviews, the people met, the checklist and what follows.

Every table the user fills is exported by :mod:`roundtwo.services.backup`;
a new table must be added there too (a test checks the list).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from roundtwo.store.types import UTCDateTime

# Named constraints keep Alembic's batch migrations on SQLite reviewable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), dict[str, Any]: JSON}


class Interview(Base):
    __tablename__ = "interview"

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    job_description: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    timezone: Mapped[str] = mapped_column(String(64))
    formats: Mapped[list[str]] = mapped_column(JSON, default=list)
    location: Mapped[str] = mapped_column(String(500), default="")
    video_link: Mapped[str] = mapped_column(String(1000), default="")
    travel_notes: Mapped[str] = mapped_column(Text, default="")
    preparation: Mapped[str] = mapped_column(Text, default="")
    company_mission: Mapped[str] = mapped_column(Text, default="")
    company_products: Mapped[str] = mapped_column(Text, default="")
    company_competitors: Mapped[str] = mapped_column(Text, default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    interviewers: Mapped[list[Interviewer]] = relationship(
        back_populates="interview",
        cascade="all, delete-orphan",
        order_by="(Interviewer.position, Interviewer.id)",
    )
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="interview",
        cascade="all, delete-orphan",
        order_by="(ChecklistItem.position, ChecklistItem.id)",
    )


class Interviewer(Base):
    __tablename__ = "interviewer"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(32), default="other")
    email: Mapped[str] = mapped_column(String(320), default="")
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]

    interview: Mapped[Interview] = relationship(back_populates="interviewers")
    planned_questions: Mapped[list[PlannedQuestion]] = relationship(
        cascade="all, delete-orphan", order_by="(PlannedQuestion.position, PlannedQuestion.id)"
    )
    thank_you: Mapped[ThankYouNote | None] = relationship(cascade="all, delete-orphan")


class ChecklistItem(Base):
    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(String(500))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None]

    interview: Mapped[Interview] = relationship(back_populates="checklist")


class Story(Base):
    """A story in STAR form from the candidate's story bank."""

    __tablename__ = "story"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    situation: Mapped[str] = mapped_column(Text, default="")
    task: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    applied_since: Mapped[str] = mapped_column(Text, default="")
    competencies: Mapped[list[str]] = mapped_column(JSON, default=list)
    role_context: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PlannedQuestion(Base):
    """A question the candidate plans to ask one interviewer."""

    __tablename__ = "planned_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    interviewer_id: Mapped[int] = mapped_column(ForeignKey("interviewer.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ThankYouNote(Base):
    """Notes taken right after meeting one interviewer, and the thank-you drawn from them."""

    __tablename__ = "thank_you_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    interviewer_id: Mapped[int] = mapped_column(ForeignKey("interviewer.id", ondelete="CASCADE"), unique=True)
    topics: Mapped[str] = mapped_column(Text, default="")
    positive_point: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    sent_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PracticeSession(Base):
    """One mock interview; ``state`` holds the engine's state so it can resume."""

    __tablename__ = "practice_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview.id", ondelete="SET NULL"), index=True
    )
    format: Mapped[str] = mapped_column(String(32))
    role_family: Mapped[str] = mapped_column(String(64), default="")
    seed: Mapped[int] = mapped_column(Integer, default=0)
    feedback_mode: Mapped[str] = mapped_column(String(16), default="each")
    status: Mapped[str] = mapped_column(String(16), default="active")
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    scorecard: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]

    turns: Mapped[list[PracticeTurn]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="PracticeTurn.position",
    )


class PracticeTurn(Base):
    """One prompt of a mock interview and the candidate's answer to it."""

    __tablename__ = "practice_turn"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("practice_session.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    interviewer: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(32), default="other")
    type: Mapped[str] = mapped_column(String(16), default="question")
    question_id: Mapped[str] = mapped_column(String(64), default="")
    category: Mapped[str] = mapped_column(String(32), default="")
    text: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[int | None] = mapped_column(Integer)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    seconds: Mapped[int | None] = mapped_column(Integer)
    answered_at: Mapped[datetime | None]

    session: Mapped[PracticeSession] = relationship(back_populates="turns")


class QuestionReview(Base):
    """Spaced repetition of one bank question: when it is due again, and how it went."""

    __tablename__ = "question_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[str] = mapped_column(String(64), unique=True)
    box: Mapped[int] = mapped_column(Integer, default=0)
    last_score: Mapped[int | None] = mapped_column(Integer)
    times_asked: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DataVersion(Base):
    """One row counting committed changes, so pages can be cached until data changes.

    Bumped by :mod:`roundtwo.store.versioning` in the same transaction as the
    change, so every process sharing the database sees the new number.
    """

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, default=0)
