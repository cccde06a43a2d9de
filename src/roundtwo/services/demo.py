"""The demo interview a first-time user sees: a full second round at a fictional company."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from roundtwo.services.forms import InterviewData, InterviewerData
from roundtwo.services.interviews import add_interviewer, create_interview
from roundtwo.store.models import Interview

COMPANY = "Tidewater Freight Software"

JOB_DESCRIPTION = """\
Senior Product Manager, Carrier Platform — Tidewater Freight Software

Tidewater builds the dispatch and tracking software that 2,400 regional trucking
companies use to move freight across North America. Our carrier platform connects
dispatchers, drivers and shippers in one place.

What you will do
- Own the roadmap for the carrier mobile app and the dispatcher console.
- Work with engineering, design, sales and customer success to ship features that
  carriers adopt, and measure their impact on on-time delivery and retention.
- Lead discovery: interview dispatchers and drivers, analyse usage data in SQL,
  and turn what you learn into clear problem statements and experiments.
- Balance competing priorities across departments and say no with data.
- Present plans and results to the leadership team.

What you bring
- 5+ years of product management, including B2B SaaS or marketplace products.
- Comfort with data: SQL, A/B testing, funnel and cohort analysis.
- A track record of cross-functional leadership and stakeholder management.
- Clear written and spoken communication; calm in a fast-paced environment.
- Curiosity about logistics; experience with mobile products is a plus.
"""


def _next_weekday(start: date, days_ahead: int) -> date:
    day = start + timedelta(days=days_ahead)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def has_demo(session: Session) -> bool:
    return session.scalar(select(Interview.id).where(Interview.is_demo).limit(1)) is not None


def load_demo(session: Session, *, zone: str, today: date) -> Interview | None:
    """Create the demo interview unless one exists; return it, or None when already there."""
    if has_demo(session):
        return None
    tz = ZoneInfo(zone)
    day = _next_weekday(today, 5)

    def at(hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tz)

    interview = create_interview(
        session,
        InterviewData(
            company=COMPANY,
            role="Senior Product Manager, Carrier Platform",
            timezone=zone,
            starts_at=at(10),
            ends_at=at(14),
            formats=["sequential", "panel", "presentation"],
            job_description=JOB_DESCRIPTION,
            location="",
            video_link="https://meet.example.com/tidewater-final-round",
            preparation="A 15-minute presentation: how would you raise driver adoption of the "
            "carrier app in the next two quarters? Slides optional.",
            company_mission="Make every truckload on time and every carrier's day predictable.",
            company_products="Carrier mobile app; Dispatcher console; Shipper tracking portal",
            company_competitors="Haulsync; RoutePilot",
        ),
        is_demo=True,
    )
    people = [
        (
            "Maya Okafor",
            "Director of Product",
            "hiring_manager",
            "maya.okafor@example.com",
            at(10),
            at(10, 45),
        ),
        (
            "Luis Ferreira",
            "Senior Product Manager, Shipper Portal",
            "peer",
            "",
            at(10, 45),
            at(11, 30),
        ),
        ("Hannah Cho", "Engineering Lead, Mobile", "peer", "", at(11, 30), at(12, 15)),
        ("Robert Lindqvist", "VP Product and Design", "senior_leader", "", at(13), at(14)),
        ("Priya Nair", "Talent Partner", "hr", "priya.nair@example.com", at(13), at(14)),
    ]
    for name, title, kind, email, start, end in people:
        add_interviewer(
            session,
            interview.id,
            InterviewerData(name=name, title=title, kind=kind, email=email, starts_at=start, ends_at=end),
        )
    return interview
