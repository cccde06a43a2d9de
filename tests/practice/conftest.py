"""Example answers and a small question bank for the practice engine's tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from roundtwo.content.vocabulary import KINDS
from roundtwo.practice import Session
from roundtwo.read.questions import Question

# A complete behavioural story: situation, the speaker's own task and actions,
# a measured result and a lesson applied since.
STRONG = (
    "Last year I was the lead analyst on the billing team at a regional energy company. "
    "My goal was to cut the number of billing complaints before the winter peak, because complaints "
    "had doubled in six months. "
    "I pulled three months of complaint tickets and sorted them by cause myself. "
    "I found that most came from estimated meter readings, so I built a weekly report that flagged "
    "accounts with three estimates in a row. "
    "I then met the field team lead and agreed a plan to visit the flagged accounts first. "
    "As a result, complaints fell by 35% in four months and the backlog of estimated bills dropped "
    "from 12,000 to 3,000."
)
# Everything told as "we", with no result.
WEAK = "We worked on it together as a team and we talked it through every morning."
# A failure story with no lesson.
FAILURE_NO_LESSON = (
    "Two years ago I ran the launch of a new onboarding email series at a software company. "
    "I had to get it live before the spring campaign. "
    "I skipped the test send to a small group because I was short of time, and I scheduled it for all users. "
    "A broken link went to 40,000 customers and sign-ups dropped 12% that week."
)
# Choices stated without their reasons.
TECH_UNJUSTIFIED = (
    "I'd use a message queue between the two services. "
    "I would pick PostgreSQL for the storage layer. "
    "Then I'd put a cache in front of the reads."
)
# Choices with reasons, an alternative weighed, its cost and a test.
TECH_JUSTIFIED = (
    "Assuming the traffic stays under a few thousand writes a second, I'd use PostgreSQL because the team "
    "already runs it and the data is relational. "
    "I considered a document store instead, but the downside is losing joins we need for reporting. "
    "The trade-off is more care with migrations, which I accept because they are rare. "
    "I would measure p95 latency in a load test before launch to validate the choice."
)
# A case presentation with all five parts.
PRESENTATION = (
    "The situation: mobile sign-up completion is half of desktop and it has dropped for three quarters. "
    "My analysis of the funnel data shows the drop happens at the address step, which suggests the form is "
    "the cause. "
    "I recommend we cut the form to three fields and test it against the current one. "
    "We will measure completion rate weekly, with a target of 70% within one quarter. "
    "The main risk is losing data the sales team needs; to mitigate it we collect the rest after sign-up."
)
# A talk that only states an opinion.
PRESENTATION_THIN = "Honestly I think the design is fine and people will get used to it over time."


@pytest.fixture
def answers() -> dict[str, str]:
    """The example answers above, by name."""
    return {
        "strong": STRONG,
        "weak": WEAK,
        "failure_no_lesson": FAILURE_NO_LESSON,
        "tech_unjustified": TECH_UNJUSTIFIED,
        "tech_justified": TECH_JUSTIFIED,
        "presentation": PRESENTATION,
        "presentation_thin": PRESENTATION_THIN,
    }


def _question(
    qid: str,
    text: str,
    category: str,
    formats: Sequence[str],
    *,
    pressure: bool = False,
    role_families: Sequence[str] = (),
    follow_ups: Sequence[str] = ("What happened next?",),
) -> Question:
    return Question(
        id=qid,
        text=text,
        category=category,
        competencies=("teamwork",),
        kinds=tuple(KINDS),
        formats=tuple(formats),
        role_families=tuple(role_families),
        follow_ups=tuple(follow_ups),
        pressure=pressure,
    )


@pytest.fixture
def bank() -> tuple[Question, ...]:
    """A small bank: behavioural questions for every kind, pressure questions, technical
    scenarios and one case brief, so tests know what each prompt asks."""
    talk = ("sequential", "panel", "case_study", "presentation")
    questions = [
        _question(
            f"t-team-{i:02d}",
            f"Tell me about a time you helped a team through problem {i}.",
            "teamwork",
            talk,
        )
        for i in range(1, 13)
    ]
    questions += [
        _question(
            f"t-pressure-{i}",
            f"Tell me about a time you had one hour to fix urgent problem {i}.",
            "pressure",
            ("panel",),
            pressure=True,
        )
        for i in range(1, 4)
    ]
    questions += [
        _question(
            f"t-tech-{i}",
            f"How would you design the storage for service {i}, and why?",
            "technical",
            ("technical",),
            role_families=("software_engineering",),
        )
        for i in range(1, 5)
    ]
    questions.append(
        _question(
            "t-case-1",
            "Case brief: sign-up completion on mobile is half that on desktop. In a ten-minute talk, "
            "present what you would do.",
            "technical",
            ("case_study", "presentation"),
            follow_ups=("Which risk worries you most?", "What would you test first?"),
        )
    )
    return tuple(questions)


@pytest.fixture
def play() -> Callable[[Session, Sequence[str]], Session]:
    """Give ``answers`` to ``session`` in order, stopping when it finishes."""

    def _play(session: Session, given: Sequence[str]) -> Session:
        for text in given:
            if session.finished:
                break
            session.answer(text)
        return session

    return _play
