"""Named example answers shared by the coach tests."""

from __future__ import annotations

import pytest

ANSWERS: dict[str, dict[str, str]] = {
    "strong failure": {
        "category": "failure",
        "question": "Tell me about a time you made a mistake at work.",
        "answer": (
            "In my first year as a payroll analyst at a hospital group, I ran the monthly overtime "
            "report for 2,000 nurses. "
            "One month I missed a change in the night-shift rate, and 140 nurses were underpaid. "
            "It was my error, so it was on me to fix it fast and make sure it could not happen again. "
            "I told my manager the same morning, and I worked with the bank to pay every nurse the "
            "difference within two days. "
            "I then wrote a checklist that compares every rate table against the union agreement "
            "before each run, and I asked a colleague to review it. "
            "Since then we have run 18 payrolls without a single rate error, and complaints to HR "
            "fell by 40%. "
            "I learned to check the inputs, not just the totals, and I now build a second check into "
            "every report I own."
        ),
    },
    "we only": {
        "category": "teamwork",
        "question": "Tell me about a time you worked as part of a team.",
        "answer": (
            "At my last company we had a big product launch coming up. "
            "We split the work between us and we met every morning. "
            "We built the landing page and we tested the sign-up flow together. "
            "We launched on time and sign-ups rose by 25% in the first month."
        ),
    },
    "hypothetical": {
        "category": "conflict",
        "question": "Tell me about a time you disagreed with a teammate.",
        "answer": (
            "I don't really get into conflicts. "
            "If someone disagreed with me, I would hop on a call and explain my reasoning. "
            "I would try to keep it professional and focus on the work. "
            "Usually that solves it."
        ),
    },
    "vague result": {
        "category": "leadership",
        "question": "Tell me about a time you led a team.",
        "answer": (
            "I was the shift lead at a coffee shop downtown. "
            "My job was to get the new starters up to speed before the holidays. "
            "I paired each of them with an experienced barista and I ran short practice sessions. "
            "It went really well and everyone was happy."
        ),
    },
    "claims": {
        "category": "leadership",
        "question": "Tell me about a time you led a team.",
        "answer": (
            "I'm a natural leader, people just tend to follow me. I think leadership is about attitude."
        ),
    },
    "pay": {
        "category": "motivation",
        "question": "Why do you want to work here?",
        "answer": (
            "Honestly, the pay is better than what I make now, and it's closer to home. "
            "I'm just looking for something stable where I can do my job."
        ),
    },
    "interest": {
        "category": "motivation",
        "question": "Why do you want to work here?",
        "answer": (
            "I've spent four years running vaccination outreach at a county health department. "
            "I read your last two annual reports, and your model of embedding analysts with "
            "community partners is exactly what I have been building from the government side. "
            "I want to do that work at a larger scale, and this role covers 12 states."
        ),
    },
    "rambling fillers": {
        "category": "priorities",
        "question": "Tell me about a time you had competing priorities.",
        "answer": (
            "Um, so, yeah, that's, like, basically my whole job, you know. "
            "So I had, um, like five projects, maybe six, I guess, and they kind of all mattered. "
            "And, you know, I sort of just tried to keep everyone happy, basically. "
            "It was, like, a lot, honestly, I mean it was crazy."
        ),
    },
}


@pytest.fixture
def answers() -> dict[str, dict[str, str]]:
    """The named example answers: each a dict with question, category and answer."""
    return ANSWERS
