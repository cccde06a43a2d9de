"""``roundtwo analyze``: one answer, a batch, and bad input, run through the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roundtwo.cli import app

runner = CliRunner()
CONTRACT_KEYS = {"sentences", "star", "metrics", "score", "word_count", "attributes", "feedback", "follow_up"}
ANSWER = (
    "I was the night supervisor at a depot with 40 drivers. My job was to cut late departures. "
    "I timed every loading wave for two weeks and moved the first wave forward. "
    "Late departures fell from 18% to 4% within a month."
)


def test_analyze_file_json(tmp_path: Path) -> None:
    path = tmp_path / "answer.txt"
    path.write_text(ANSWER, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--category", "leadership", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= CONTRACT_KEYS and "id" not in data
    assert any(m["text"] == "from 18% to 4%" for m in data["metrics"])


def test_analyze_stdin_report() -> None:
    result = runner.invoke(app, ["analyze", "-", "--question", "Tell me about a time you led."], input=ANSWER)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Score ")
    assert "Restructured:" in result.stdout


def test_analyze_batch_keeps_order_and_reports_bad_lines() -> None:
    lines = [
        json.dumps(
            {
                "id": "a",
                "question": "Tell me about a time you led.",
                "category": "leadership",
                "answer": ANSWER,
            }
        ),
        "not json",
        json.dumps({"id": "b", "answer": ""}),
        json.dumps({"id": "c", "category": "heroism", "answer": ANSWER}),
        json.dumps({"id": "d", "question": 7, "answer": ANSWER}),
        json.dumps({"id": "e"}),
        json.dumps({"id": "f", "answer": ANSWER}),
    ]
    result = runner.invoke(app, ["analyze", "--batch"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "b", "c", "d", "e", "f"]
    assert set(out[0]) >= CONTRACT_KEYS and set(out[-1]) >= CONTRACT_KEYS
    errors = {o.get("id"): o.get("error", "") for o in out if "error" in o}
    assert set(errors) == {None, "b", "c", "d", "e"}
    assert "empty" in errors["b"] and "unknown category" in errors["c"]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["analyze", "-", "--json"], "   \n", "the answer is empty"),
        (["analyze", "-", "--category", "bravery"], ANSWER, "unknown category"),
        (["analyze", "missing-file.txt"], "", "no such file"),
        (["analyze", "-"], "Das ist eine Antwort über unser großes Team.", "does not look like English"),
    ],
    ids=["empty", "bad category", "missing file", "not English"],
)
def test_analyze_bad_input_exits_with_one_line(args: list[str], stdin: str, message: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "roundtwo", *args], input=stdin, capture_output=True, text=True, check=False
    )
    assert proc.returncode != 0
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
