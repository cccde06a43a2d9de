"""Benchmark the question engine, the job-description reader and the ask checker.

Run from the project root:

    .venv/bin/python bench/bench_questions.py

Times ranking the whole bank against a job description (200 runs) and
checking 10,000 questions, each beside a naive baseline timed in the same
run, then prints the quality figures on the project's corpora (corpus/jd and
corpus/asks) beside simple baselines. The ask checker's figures leave out
corpus/asks/fresh2-blind.jsonl, which is kept back from training and tuning;
its own line, marked "blind", reports it apart. No figures are asserted
here; the tests hold the quality floors.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml

from roundtwo.read.asks import lint_question
from roundtwo.read.jd import read_job_description
from roundtwo.read.questions import load_bank, select_questions

ROOT = Path(__file__).resolve().parents[1]
RANK_RUNS = 200
LINT_COUNT = 10_000
BLIND = "fresh2-blind.jsonl"
# The baseline checker: one keyword regex, as a first attempt would write it.
_NAIVE_ADMIN = re.compile(
    r"\b(salary|salaries|pay|paid|compensation|bonus(es)?|equity|stock options?|benefits?"
    r"|insurance|vacation|pto|time off|holidays?|perks?|401k|pension|raise|leave|relocat\w+)\b",
    re.I,
)


def _timed(fn: Callable[[], object], runs: int) -> float:
    start = time.perf_counter()
    for _ in range(runs):
        fn()
    return (time.perf_counter() - start) / runs * 1000


def _jd_corpus() -> list[dict]:
    return [
        yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus/jd").glob("*.yaml"))
    ]


def _asks_corpus(blind: bool = False) -> list[dict]:
    """The training files' rows, or with ``blind`` the blind file's."""
    rows: list[dict] = []
    for path in sorted((ROOT / "corpus/asks").glob("*.jsonl")):
        if (path.name == BLIND) == blind:
            rows += [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
    return rows


def _f1(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    tp = sum(g and p for g, p in pairs)
    fp = sum(p and not g for g, p in pairs)
    fn = sum(g and not p for g, p in pairs)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, sum(g == p for g, p in pairs) / len(pairs)


def main() -> None:
    bank = load_bank()
    jds = _jd_corpus()
    asks = _asks_corpus()
    jd = read_job_description(jds[0]["text"])
    questions = [row["question"] for row in asks]
    sample = (questions * (LINT_COUNT // len(questions) + 1))[:LINT_COUNT]

    rank_ms = _timed(lambda: select_questions(jd=jd), RANK_RUNS)
    rank_base_ms = _timed(lambda: sorted(bank, key=lambda q: q.id), RANK_RUNS)
    lint_ms = _timed(lambda: [lint_question(q) for q in sample], 1)
    lint_base_ms = _timed(lambda: [bool(_NAIVE_ADMIN.search(q)) for q in sample], 1)
    read_ms = _timed(lambda: [read_job_description(item["text"]) for item in jds], 5) / len(jds)

    print(f"bank: {len(bank)} questions; job descriptions: {len(jds)}; asks: {len(asks)} (training files)")
    print()
    print(f"{'operation':44} {'roundtwo':>12} {'baseline':>12}")
    print(f"{'rank whole bank vs a JD (ms/run, 200 runs)':44} {rank_ms:12.2f} {rank_base_ms:12.2f}")
    print(f"{'lint 10,000 questions (ms total)':44} {lint_ms:12.1f} {lint_base_ms:12.1f}")
    print(f"{'read one job description (ms)':44} {read_ms:12.2f} {'-':>12}")
    print("  baselines: sort the bank by id; one keyword regex for the checker")
    print()

    read = [(item["expected"], read_job_description(item["text"])) for item in jds]
    n = len(read)
    family = sum(jd.role_family == e["role_family"] for e, jd in read) / n
    seniority = sum(jd.seniority == e["seniority"] for e, jd in read) / n
    p5 = sum(len(set(jd.top_competencies(5)) & set(e["competencies"])) / 5 for e, jd in read) / n
    majority_family = Counter(e["role_family"] for e, _ in read).most_common(1)[0][0]
    common5 = {c for c, _ in Counter(c for e, _ in read for c in e["competencies"]).most_common(5)}
    base_family = sum(e["role_family"] == majority_family for e, _ in read) / n
    base_p5 = sum(len(common5 & set(e["competencies"])) / 5 for e, _ in read) / n
    f1, accuracy = _f1(
        [(row["administrative"], lint_question(row["question"]).administrative) for row in asks]
    )
    base_f1, base_accuracy = _f1(
        [(row["administrative"], bool(_NAIVE_ADMIN.search(row["question"]))) for row in asks]
    )
    blind = _asks_corpus(blind=True) or [{"question": "?", "administrative": False}]
    blind_f1, blind_accuracy = _f1(
        [(row["administrative"], lint_question(row["question"]).administrative) for row in blind]
    )
    blind_base_f1, blind_base_accuracy = _f1(
        [(row["administrative"], bool(_NAIVE_ADMIN.search(row["question"]))) for row in blind]
    )

    print(f"{'quality on the project corpora':44} {'roundtwo':>12} {'baseline':>12}")
    print(f"{'jd role family accuracy':44} {family:12.3f} {base_family:12.3f}")
    print(f"{'jd seniority accuracy':44} {seniority:12.3f} {'-':>12}")
    print(f"{'jd competency precision@5':44} {p5:12.3f} {base_p5:12.3f}")
    print(f"{'asks administrative F1 (training files)':44} {f1:12.3f} {base_f1:12.3f}")
    print(f"{'asks accuracy (training files)':44} {accuracy:12.3f} {base_accuracy:12.3f}")
    label = f"blind: asks F1 / accuracy ({len(blind)} items)"
    print(f"{label:44} {blind_f1:6.3f}/{blind_accuracy:5.3f} {blind_base_f1:6.3f}/{blind_base_accuracy:5.3f}")
    print("  baselines: the most common family; the 5 most common gold competencies; one regex")


if __name__ == "__main__":
    main()
