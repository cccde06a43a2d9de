"""The logistics checklist an interview's details call for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ChecklistEntry:
    key: str
    text: str


def build_checklist(
    *,
    formats: Sequence[str],
    location: str = "",
    video_link: str = "",
    interviewer_count: int = 0,
) -> list[ChecklistEntry]:
    """The checklist for an interview, in the order a candidate works through it.

    Onsite interviews (a location) get the travel item, remote ones (a video
    link) the link test; with neither, both are listed since either may
    apply. Presentation and case formats add the materials item. The keys
    are stable so a regenerated list keeps what the user ticked.
    """
    items = [ChecklistEntry("confirm_time", "Confirm the date, start time and time zone with the recruiter")]
    if location or not video_link:
        items.append(
            ChecklistEntry(
                "travel", "Plan the route and arrive 10–15 minutes early, with a buffer for delays"
            )
        )
    if video_link or not location:
        items.append(
            ChecklistEntry(
                "video_test",
                "Test the video link, camera, microphone and a quiet spot the day before",
            )
        )
    people = f"all {interviewer_count} people" if interviewer_count > 1 else "everyone"
    items.append(ChecklistEntry("names_titles", f"Confirm the names and titles of {people} you will meet"))
    items.append(ChecklistEntry("news", "Read the company's latest news, launches and announcements"))
    if {"presentation", "case_study"} & set(formats):
        items.append(
            ChecklistEntry(
                "materials",
                "Have the presentation or case materials ready, reachable offline "
                "and tested on the equipment",
            )
        )
    if "technical" in formats:
        items.append(
            ChecklistEntry(
                "technical_setup",
                "Set up the tools for the working session and rehearse thinking aloud",
            )
        )
    items.append(ChecklistEntry("questions", "Prepare two strategic questions for each interviewer"))
    items.append(
        ChecklistEntry("thank_you", "Send each interviewer a personalised thank-you note within 24 hours")
    )
    return items
