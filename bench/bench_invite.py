"""Benchmark: reading 1,000 invitation emails, beside a naive baseline.

Run: ``.venv/bin/python bench/bench_invite.py [--emails 1000]``

The emails are the project's own corpus (``corpus/invites/*.jsonl``),
cycled to the requested count, each read with its own ``today`` and zone.
The baseline is what a quick script would do: python-dateutil's fuzzy
parser on the first line that holds a clock time, in the reader's zone,
and every "First Last, Title" pair as an interviewer. Both run in the same
process on the same emails; the table shows speed (best of three runs) and,
over the distinct emails, start accuracy and interviewer-name F1.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser

from roundtwo.read.invite import parse_invite

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "invites"
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
_PAIR = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+), ([A-Z][\w&]*(?: [A-Z][\w&]*)*)")

Reader = Callable[[str, date, str], dict[str, Any]]


def roundtwo_reader(email: str, today: date, tz: str) -> dict[str, Any]:
    """roundtwo's reader, as the command line calls it."""
    return parse_invite(email, today, tz).to_dict()


def baseline_reader(email: str, today: date, tz: str) -> dict[str, Any]:
    """dateutil's fuzzy parse of the first line with a clock, and "Name, Title" pairs."""
    start = None
    for line in email.splitlines():
        if _CLOCK.search(line):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # dateutil warns on zone names it does not know
                    parsed = dateparser.parse(
                        line, fuzzy=True, default=datetime(today.year, today.month, today.day)
                    )
            except (ValueError, OverflowError):
                continue
            start = parsed.replace(tzinfo=parsed.tzinfo or ZoneInfo(tz)).isoformat()
            break
    people = [{"name": m.group(1), "title": m.group(2)} for m in _PAIR.finditer(email)]
    return {"start": start, "interviewers": people}


def load_items() -> list[dict[str, Any]]:
    """Every labelled email of the corpus, train and test."""
    items = []
    for path in sorted(p for p in CORPUS.glob("*.jsonl") if not p.name.endswith("blind.jsonl")):
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def _same(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    return datetime.fromisoformat(a) == datetime.fromisoformat(b)


def measure(name: str, read: Reader, items: list[dict[str, Any]], emails: int) -> dict[str, str]:
    """One table row: speed over ``emails`` reads, quality over the distinct items."""
    batch = list(itertools.islice(itertools.cycle(items), emails))
    requests = [(i["email"], date.fromisoformat(i["today"]), i["tz"]) for i in batch]
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        for email, today, tz in requests:
            read(email, today, tz)
        best = min(best, time.perf_counter() - began)
    starts = tp = fp = fn = 0
    for item in items:
        got = read(item["email"], date.fromisoformat(item["today"]), item["tz"])
        starts += _same(item["expected"]["start"], got["start"])
        gold = {_norm(p["name"]) for p in item["expected"]["interviewers"]}
        found = {_norm(p["name"]) for p in got["interviewers"]}
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "reader": name,
        "emails": str(len(requests)),
        "total s": f"{best:.2f}",
        "ms/email": f"{best / len(requests) * 1000:.2f}",
        "emails/s": f"{len(requests) / best:.0f}",
        "start acc": f"{starts / len(items):.3f}",
        "name F1": f"{f1:.3f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--emails", type=int, default=1000)
    args = parser.parse_args()
    items = load_items()
    roundtwo_reader(
        items[0]["email"], date.fromisoformat(items[0]["today"]), items[0]["tz"]
    )  # load the lexicon once
    rows = [
        measure("roundtwo parse_invite", roundtwo_reader, items, args.emails),
        measure("baseline dateutil+regex", baseline_reader, items, args.emails),
    ]
    widths = {key: max(len(key), *(len(row[key]) for row in rows)) for key in rows[0]}
    print(f"{len(items)} distinct corpus emails, cycled to {args.emails}")
    print("  ".join(key.ljust(widths[key]) for key in rows[0]))
    for row in rows:
        print("  ".join(row[key].ljust(widths[key]) for key in row))


if __name__ == "__main__":
    main()
