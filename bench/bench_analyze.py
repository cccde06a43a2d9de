"""Benchmark the answer reader: a batch in one process, and one whole ``roundtwo analyze`` run.

Run from the project root:

    .venv/bin/python bench/bench_analyze.py

1. Batch: 2,000 answers through ``roundtwo.coach.analyze`` in this process
   (the labelled answers in corpus/star/, cycled and each made distinct with a
   marker word in every sentence; built-in answers when the corpus is
   absent), against a baseline of a trivial regex tokeniser over the same
   answers. Target: at least 500 answers a second on one core.
2. Process: ``roundtwo analyze - --json`` on one answer, start to exit,
   against ``python -c pass``. Target: at most 0.5 seconds.

Each time is the median of several runs; the table prints both targets. No
figure is asserted here.
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

BATCH = 2_000
PROCESS_RUNS = 7
BATCH_RUNS = 3
TARGET_RATE = 500.0
TARGET_PROCESS_SECONDS = 0.5
ROOT = Path(__file__).resolve().parents[1]
ROUNDTWO = [sys.executable, "-m", "roundtwo"]

_BUILT_IN = [
    (
        "Tell me about a time you led a team through a change.",
        "leadership",
        "In 2022 I became the supervisor of a permit counter with seven technicians. We had a backlog of "
        "1,100 applications and the average wait was 41 days. The city manager asked me to bring it under "
        "15 days within six months. I worked the counter myself for two weeks, then split the team into "
        "intake and review and held a 15-minute huddle every morning. Within five months the backlog was "
        "under 200 and the average wait was 12 days.",
    ),
    (
        "Why do you want to work here?",
        "motivation",
        "Honestly the pay is better and it is closer to home. I have heard you are a solid company.",
    ),
    (
        "Tell me about a time you disagreed with your manager.",
        "conflict",
        "um so at my last store our district manager wanted to move the seasonal aisle to the front in the "
        "middle of back to school and we thought it was a bad idea so we put some numbers together and we "
        "talked to him and we ended up meeting in the middle and it worked out pretty well",
    ),
]


def _answers() -> list[tuple[str, str | None, str]]:
    items = []
    for path in sorted((ROOT / "corpus" / "star").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                items.append((item["question"], item["category"], item["answer"]))
    items = items or _BUILT_IN
    # A marker word in every sentence makes all 2,000 answers distinct, so that no
    # per-sentence cache is reused when the corpus is cycled.
    out = []
    for i in range(BATCH):
        question, category, answer = items[i % len(items)]
        out.append(
            (
                question,
                category,
                _MARK.sub(lambda m, i=i: f" mark{i}{m.group(1) or m.group(2) or ''}", answer),
            )
        )
    return out


_TOKEN = re.compile(r"\w+")
_MARK = re.compile(r"([.!?]?)(?=\n|$)|([.!?])(?=\s)")


def _baseline(answers: list[tuple[str, str | None, str]]) -> float:
    start = time.process_time()
    for _, _, answer in answers:
        len(_TOKEN.findall(answer.lower()))
    return time.process_time() - start


def _batch(answers: list[tuple[str, str | None, str]]) -> float:
    from roundtwo.coach import analyze

    start = time.process_time()
    for question, category, answer in answers:
        analyze(answer, question, category).to_dict()
    return time.process_time() - start


def _process(command: list[str], stdin: str) -> float:
    start = time.perf_counter()
    subprocess.run(command, input=stdin, capture_output=True, text=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    answers = _answers()
    from roundtwo.coach import analyze

    start = time.process_time()
    analyze(answers[0][2], answers[0][0], answers[0][1])  # loads lexicons and weights once
    first = time.process_time() - start
    baseline = statistics.median(_baseline(answers) for _ in range(BATCH_RUNS))
    batch = statistics.median(_batch(answers) for _ in range(BATCH_RUNS))
    rate = BATCH / batch
    one = answers[0][2]
    python = statistics.median(_process([sys.executable, "-c", "pass"], "") for _ in range(PROCESS_RUNS))
    command = [*ROUNDTWO, "analyze", "-", "--json"]
    process = statistics.median(_process(command, one) for _ in range(PROCESS_RUNS))
    rows = [
        ("what", "time", "rate or target", "baseline"),
        ("first answer (loads data)", f"{first * 1000:.0f} ms", "", ""),
        (
            f"batch of {BATCH} answers (CPU)",
            f"{batch:.2f} s",
            f"{rate:,.0f}/s (target >= {TARGET_RATE:.0f}/s)",
            f"regex tokeniser {baseline * 1000:.0f} ms",
        ),
        (
            "roundtwo analyze, one answer",
            f"{process:.3f} s",
            f"target <= {TARGET_PROCESS_SECONDS} s",
            f"python -c pass {python:.3f} s",
        ),
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    ok = rate >= TARGET_RATE and process <= TARGET_PROCESS_SECONDS
    print(f"\n{'within' if ok else 'OUTSIDE'} targets ({len(answers)} answers, median of runs)")


if __name__ == "__main__":
    main()
