"""``roundtwo questions list``, run through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roundtwo.cli import app

runner = CliRunner()
CONTRACT_KEYS = {"id", "text", "category", "competencies", "kinds", "formats", "role_families", "follow_ups"}


def _json(*args: str) -> list[dict]:
    result = runner.invoke(app, ["questions", "list", *args, "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_questions_list_json_contract() -> None:
    items = _json("--category", "conflict", "--kind", "peer", "--limit", "3")
    assert 1 <= len(items) <= 3
    for item in items:
        assert item.keys() >= CONTRACT_KEYS
        assert item["category"] == "conflict" and "peer" in item["kinds"]


def test_questions_list_role_drops_other_families() -> None:
    items = _json("--role", "legal")
    assert items and all(not i["role_families"] or "legal" in i["role_families"] for i in items)
    assert "legal" in items[0]["role_families"]


def test_questions_list_ranks_with_jd(tmp_path: Path) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text(
        "Account Executive\nOwn a quota, prospecting and negotiation in Salesforce.\n", encoding="utf-8"
    )
    items = _json("--jd", str(jd), "--limit", "5")
    assert len(items) == 5
    assert "sales" in items[0]["role_families"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--category", "gossip"], "choose one of: conflict", id="category"),
        pytest.param(["--kind", "ceo"], "choose one of: hiring_manager", id="kind"),
        pytest.param(["--format", "dinner"], "choose one of: sequential", id="format"),
        pytest.param(["--role", "astronaut"], "choose one of: software_engineering", id="role"),
    ],
)
def test_questions_list_unknown_value(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["questions", "list", *args])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param("x" * (1_000_001), "characters long", id="over_1mb"),
    ],
)
def test_questions_list_bad_jd(tmp_path: Path, content: str, message: str) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["questions", "list", "--jd", str(jd)])
    assert result.exit_code == 1
    assert message in result.stderr


def test_questions_list_table() -> None:
    result = runner.invoke(app, ["questions", "list", "--kind", "senior_leader", "--limit", "2"])
    assert result.exit_code == 0
    assert "2 questions" in result.stdout
