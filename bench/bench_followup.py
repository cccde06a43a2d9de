"""Benchmark: drafting 1,000 thank-you notes, beside a one-template baseline.

Run: ``.venv/bin/python bench/bench_followup.py [--notes 1000] [--seed 7]``

The baseline is what a plain mail-merge does: one template with the name,
role, company, point and topic swapped in. Both draft the same generated
interview days (panels of 3-5 people) in the same run; the table shows speed
(best of five runs), how many notes land within the word limits, how many
need no placeholder, and how alike the notes sent to one panel are (word-set
overlap with the names removed; 1.0 means identical).
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import statistics
import time
from collections.abc import Callable
from datetime import date

from roundtwo.followup.phrasebook import KINDS, load_phrasebook
from roundtwo.followup.thanks import Draft, NoteInput, count_words, draft_all

FIRST = ["Ana", "Ben", "Priya", "Dana", "Lee", "José", "Zoë", "Kwame", "Mei", "Olu"]
LAST = ["Silva", "Park", "Raman", "Whitfield", "Ode", "Álvarez", "Ørsted", "Mensah", "Chen"]
COMPANIES = ["Northwind Traders", "Acme Analytics", "Contoso Health", "Fabrikam", "Tailspin Toys"]
ROLES = ["Senior Data Analyst", "Product Manager", "Account Executive", "UX Designer", "Nurse"]
POINTS = [
    "your story about how the team halved failed nightly loads",
    "We both laughed about the 3 a.m. alert that turned out to be a typo",
    "your view that data quality is a product, not a chore",
    "how you sketched the customer journey on the whiteboard",
    "the candid answer about what went wrong with last year's launch",
    "",
]
TOPICS = [
    "the move to a streaming pipeline",
    "code review habits",
    "expansion into the Nordic market",
    "the decision timeline",
    "shift handovers",
    "the Q3 roadmap",
]


def generate_panels(notes: int, seed: int) -> list[list[NoteInput]]:
    """Interview days of 3-5 people each, ``notes`` notes in all."""
    rng = random.Random(seed)
    panels: list[list[NoteInput]] = []
    left = notes
    while left > 0:
        size = min(left, rng.randint(3, 5))
        company, role = rng.choice(COMPANIES), rng.choice(ROLES)
        day = date(2026, 3, rng.randint(2, 27))
        panels.append(
            [
                NoteInput(
                    interviewer_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    interviewer_title="",
                    interviewer_kind=rng.choice(KINDS),
                    company=company,
                    role=role,
                    candidate_name="Sam Carter",
                    topics=rng.sample(TOPICS, rng.randint(0, 2)),
                    positive_point=rng.choice(POINTS),
                    interview_date=day,
                )
                for _ in range(size)
            ]
        )
        left -= size
    return panels


def baseline_all(notes: list[NoteInput]) -> list[Draft]:
    """One template for everyone, details swapped in: the mail-merge baseline."""
    drafts = []
    for n in notes:
        body = (
            f"Dear {n.interviewer_name.split()[0]},\n\n"
            f"Thank you for meeting with me about the {n.role} position at {n.company}. "
            f"I enjoyed {n.positive_point or '[a moment you valued]'} and our talk about "
            f"{' and '.join(n.topics) or '[a topic]'}. I am very excited about the role and "
            f"look forward to hearing from you.\n\nBest regards,\n{n.candidate_name}"
        )
        drafts.append(Draft("Thank you", body, count_words(body), needs_details="[" in body, missing=()))
    return drafts


def _time(draft: Callable[[list[NoteInput]], list[Draft]], panels: list[list[NoteInput]]) -> float:
    best = float("inf")
    for _ in range(5):
        began = time.perf_counter()
        for panel in panels:
            draft(panel)
        best = min(best, time.perf_counter() - began)
    return best


def _overlaps(panels: list[list[NoteInput]], drafts: list[list[Draft]]) -> list[float]:
    values = []
    for panel, panel_drafts in zip(panels, drafts, strict=True):
        names = {w.lower() for n in panel for w in n.interviewer_name.split()}
        words = [set(re.findall(r"\w+", d.body.lower())) - names for d in panel_drafts]
        values += [len(a & b) / len(a | b) for a, b in itertools.combinations(words, 2)]
    return values


def measure(
    name: str, draft: Callable[[list[NoteInput]], list[Draft]], panels: list[list[NoteInput]]
) -> dict[str, str]:
    """One row of the table for ``draft`` over ``panels``."""
    book = load_phrasebook()
    seconds = _time(draft, panels)
    drafts = [draft(panel) for panel in panels]
    flat = [d for panel in drafts for d in panel]
    counts = [d.word_count for d in flat]
    within = sum(book.min_words <= c <= book.max_words for c in counts)
    overlaps = _overlaps(panels, drafts)
    return {
        "drafter": name,
        "notes": str(len(flat)),
        "total ms": f"{seconds * 1000:.1f}",
        "µs/note": f"{seconds / len(flat) * 1e6:.0f}",
        "words min-max": f"{min(counts)}-{max(counts)}",
        f"in {book.min_words}-{book.max_words}": f"{within / len(flat):.1%}",
        "complete": f"{sum(not d.needs_details for d in flat) / len(flat):.1%}",
        "overlap mean/max": f"{statistics.mean(overlaps):.2f}/{max(overlaps):.2f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    panels = generate_panels(args.notes, args.seed)
    load_phrasebook()  # read the YAML once, outside the timed runs
    rows = [measure("roundtwo draft_all", draft_all, panels), measure("baseline", baseline_all, panels)]
    widths = {key: max(len(key), *(len(row[key]) for row in rows)) for key in rows[0]}
    print("  ".join(key.ljust(widths[key]) for key in rows[0]))
    for row in rows:
        print("  ".join(row[key].ljust(widths[key]) for key in row))


if __name__ == "__main__":
    main()
