"""Benchmark a scripted mock interview end to end: the practice engine with the answer reader.

Run from the project root:

    .venv/bin/python bench/bench_practice.py

Plays a sequential session of 12 answers (main questions and the follow-ups
the engine decides on), builds the scorecard and the contract JSON, and times
it in CPU seconds (time.process_time): once cold (the first session in the
process, which loads the question bank, lexicons and personas) and then warm
over several runs. The baseline, timed in the same run, is the answer reader
alone on the same 12 (question, answer) pairs. The budget is one second of
CPU for the whole session. No figure is asserted here.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from roundtwo.coach import analyze
from roundtwo.practice import start_session

ANSWERS = 12
WARM_RUNS = 20
BUDGET_SECONDS = 1.0

# Four answers of typical length (80-200 words), from strong to thin, cycled.
_SCRIPT = (
    "In my last role I ran the support operations for a subscription software company with about "
    "forty thousand customers. My task was to bring the first response time under four hours before our "
    "largest renewal season, because slow replies were the top reason customers gave for leaving. "
    "I read a month of tickets myself and found that a third were password resets that needed no person "
    "at all, so I wrote a self-service flow with the product team and put it in front of the contact form. "
    "I then split the queue by plan so that enterprise customers reached senior agents first, and I ran "
    "a short training on the new macros for the team. Within six weeks the median first response fell "
    "from nine hours to two hours and ten minutes, ticket volume dropped by 28%, and renewals in that "
    "season came in at 94% against 89% the year before. What I learned is to look at the work before "
    "adding people, and I have started every operations project since with a week of reading tickets.",
    "We had a big project and the team worked really hard on it. There were a lot of problems along the "
    "way, and we kept going, and in the end it was delivered. Everyone was happy with how it went.",
    "I'd start by asking what the business needs the numbers for, because that decides how fresh the "
    "data must be. I would pick a nightly batch load rather than streaming, since the reports are read "
    "each morning and batch is far cheaper to run and debug. The trade-off is that intraday questions "
    "wait a day; if that became a problem I would stream only the two tables people ask about. I would "
    "measure how often the morning report is late and check row counts against the source every night.",
    "Honestly I think I am a good fit because I work hard and I get on with everyone. I am a fast learner "
    "and I like a challenge, so I would be able to pick up whatever the role needs quite quickly.",
)


def _session_run() -> list[tuple[str, str, str, str | None]]:
    """One scripted session; returns the (prompt type, question, answer, category) it read."""
    session = start_session("sequential", seed=0, length=ANSWERS)
    read = []
    for index in range(ANSWERS):
        prompt = session.prompt
        if prompt is None:
            break
        answer = _SCRIPT[index % len(_SCRIPT)]
        read.append((prompt.type, prompt.text, answer, prompt.category))
        session.answer(answer)
    session.finish()
    session.to_dict()  # the scorecard and the contract JSON, as the command prints them
    return read


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    cold = _cpu(_session_run)
    pairs = _session_run()
    warm = [_cpu(_session_run) for _ in range(WARM_RUNS)]
    reader = [_cpu(lambda: [analyze(a, q, c) for _t, q, a, c in pairs]) for _ in range(WARM_RUNS)]
    follow_ups = sum(t == "follow_up" for t, _q, _a, _c in pairs)

    rows = [
        ("session of 12 answers, cold (first in process)", cold),
        (f"session of 12 answers, warm (median of {WARM_RUNS})", statistics.median(warm)),
        (f"session of 12 answers, warm (max of {WARM_RUNS})", max(warm)),
        (f"baseline: reader alone on the same 12 (median of {WARM_RUNS})", statistics.median(reader)),
        (
            "engine overhead over the reader (warm medians)",
            statistics.median(warm) - statistics.median(reader),
        ),
    ]
    print(f"{'measure':<62} {'CPU s':>8}")
    for label, seconds in rows:
        print(f"{label:<62} {seconds:>8.3f}")
    verdict = "within" if max(cold, *warm) < BUDGET_SECONDS else "OVER"
    print(
        f"answers read: {len(pairs)} ({follow_ups} to follow-ups); "
        f"budget {BUDGET_SECONDS:.1f} s of CPU per session: {verdict} budget"
    )


if __name__ == "__main__":
    main()
