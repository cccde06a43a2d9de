"""``roundtwo ask lint`` and ``roundtwo ask suggest``, run through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roundtwo.cli import app

runner = CliRunner()
CONTRACT_KEYS = {"question", "administrative", "topic", "advice", "best_for"}


def test_ask_lint_json_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "asks.txt"
    path.write_text("What's the salary range?\n\nHow will the team grow next year?\n", encoding="utf-8")
    result = runner.invoke(app, ["ask", "lint", str(path), "--json"])
    assert result.exit_code == 0, result.stderr
    items = json.loads(result.stdout)
    assert [i["administrative"] for i in items] == [True, False]
    assert all(i.keys() >= CONTRACT_KEYS for i in items)


def test_ask_lint_reads_stdin_and_prints_report() -> None:
    result = runner.invoke(app, ["ask", "lint", "-"], input="What does the company do?\n")
    assert result.exit_code == 0
    assert "[generic]" in result.stdout


def test_ask_lint_batch_keeps_order_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"question": "Is there a sign-on bonus?"}),
        "not json",
        json.dumps({"id": "x", "question": "What keeps the team busy?"}),
        json.dumps({"question": ""}),
        json.dumps({"text": "no question field"}),
    ]
    result = runner.invoke(app, ["ask", "lint", "--batch"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["administrative"] is True and out[0]["topic"] == "bonus"
    assert out[1] == {"id": None, "error": out[1]["error"]} and "not valid JSON" in out[1]["error"]
    assert out[2]["id"] == "x" and out[2]["administrative"] is False
    assert "empty" in out[3]["error"]
    assert "question" in out[4]["error"]


@pytest.mark.parametrize("content", [pytest.param("", id="empty"), pytest.param("\n  \n", id="blank_lines")])
def test_ask_lint_empty_input(tmp_path: Path, content: str) -> None:
    path = tmp_path / "asks.txt"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["ask", "lint", str(path)])
    assert result.exit_code == 1
    assert "no questions" in result.stderr


def test_ask_suggest_fills_company() -> None:
    result = runner.invoke(
        app,
        [
            "ask",
            "suggest",
            "--kind",
            "senior_leader",
            "--company",
            "Acme",
            "--competitor",
            "Globex",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.stderr
    items = json.loads(result.stdout)
    assert items and all("senior_leader" in i["kinds"] for i in items)
    assert not any("{" in i["text"] for i in items)
    assert any("Acme" in i["text"] for i in items)


def test_ask_suggest_unknown_kind() -> None:
    result = runner.invoke(app, ["ask", "suggest", "--kind", "boss"])
    assert result.exit_code == 1
    assert "choose one of: hiring_manager" in result.stderr
