"""``roundtwo practice``, scripted and typed, run through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from roundtwo.cli import app
from roundtwo.content.vocabulary import FORMATS
from roundtwo.services.forms import InterviewData, InterviewerData
from roundtwo.services.interviews import add_interviewer, create_interview
from roundtwo.services.runtime import open_runtime
from roundtwo.settings import Settings

runner = CliRunner()

_STORY = (
    "Last year I was the lead analyst on the billing team at a regional energy company. "
    "My goal was to cut billing complaints before the winter peak, because they had doubled in six months. "
    "I sorted three months of complaint tickets by cause myself, and I built a weekly report that flagged "
    "accounts with repeated estimated readings. "
    "As a result, complaints fell by 35% in four months."
)
_THIN = "We sorted it out as a team and it went fine."
_TALK = (
    "The situation: sign-ups on mobile are half of desktop. My analysis of the funnel shows the drop at the "
    "address step. I recommend we cut the form to three fields. We will measure completion weekly against a "
    "target of 70%. The main risk is losing data sales needs, which we mitigate by asking for it later."
)


def _script(tmp_path: Path, answers: list[str], name: str = "answers.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n---\n".join(answers) + "\n", encoding="utf-8")
    return path


def _run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
    return runner.invoke(app, ["practice", *args], env=env, input=stdin)


def _session(*args: str) -> dict:
    result = _run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("fmt", FORMATS)
def test_practice_script_json_contract(fmt: str, tmp_path: Path) -> None:
    answers = [_TALK] + [_STORY, _THIN, ""] * 6
    data = _session(
        "--format", fmt, "--role", "marketing", "--seed", "3", "--script", str(_script(tmp_path, answers))
    )
    assert data["format"] == fmt
    assert all(set(p) >= {"name", "title", "kind"} for p in data["interviewers"])
    names = {p["name"] for p in data["interviewers"]}
    for turn in data["turns"]:
        assert turn["interviewer"] in names
        assert turn["type"] in {"question", "follow_up", "presentation"}
        assert turn["text"]
        if not turn["skipped"]:
            assert 0 <= turn["analysis"]["score"] <= 100 and set(turn["analysis"]["star"]) == {
                "S",
                "T",
                "A",
                "R",
            }
    card = data["scorecard"]
    assert set(card) >= {"overall", "attributes", "strengths", "improvements", "skipped", "impressions"}
    assert set(card["attributes"]) == {"cultural_fit", "problem_solving", "motivation", "communication"}
    assert (data["turns"][0]["type"] == "presentation") == (fmt in {"case_study", "presentation"})


def test_practice_same_seed_same_script_same_json(tmp_path: Path) -> None:
    script = str(_script(tmp_path, [_STORY, _THIN, _STORY, "", _THIN] * 3))
    first = _run("--format", "panel", "--seed", "11", "--script", script, "--json")
    second = _run("--format", "panel", "--seed", "11", "--script", script, "--json")
    assert first.exit_code == 0 and first.stdout == second.stdout


def test_practice_script_running_out_ends_early(tmp_path: Path) -> None:
    data = _session("--format", "sequential", "--script", str(_script(tmp_path, [_STORY, _STORY])))
    assert len(data["turns"]) == 2 and not data["complete"]
    assert data["scorecard"]["ended_early"] and data["scorecard"]["unasked"] == 7


def test_practice_script_empty_answer_is_skipped(tmp_path: Path) -> None:
    data = _session("--format", "panel", "--script", str(_script(tmp_path, [_STORY, "", _STORY])))
    skipped = [t for t in data["turns"] if t["skipped"]]
    assert len(skipped) == 1
    assert data["scorecard"]["skipped"][0]["text"] == skipped[0]["text"]


def test_practice_trailing_separator_adds_no_answer(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{_STORY}\n---\n", encoding="utf-8")
    data = _session("--format", "sequential", "--script", str(path))
    assert [t["skipped"] for t in data["turns"]] == [False]


def test_practice_weak_answer_probed_by_another_panelist(tmp_path: Path) -> None:
    data = _session("--format", "panel", "--seed", "1", "--script", str(_script(tmp_path, [_THIN, _THIN])))
    first, second = data["turns"]
    assert second["type"] == "follow_up" and second["reason"]
    assert second["interviewer"] != first["interviewer"]


def test_practice_script_from_stdin() -> None:
    result = _run("--format", "technical", "--script", "-", "--json", stdin=_STORY)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["turns"][0]["answer"] == _STORY


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--format", "dinner"], "choose one of: sequential, panel", id="format"),
        pytest.param([], "choose a format with --format: sequential", id="no_format"),
        pytest.param(
            ["--format", "panel", "--role", "astronaut"], "choose one of: software_engineering", id="role"
        ),
        pytest.param(["--format", "panel", "--feedback", "never"], "choose one of: each, end", id="feedback"),
        pytest.param(["--format", "panel", "--json"], "--json needs --script", id="json_without_script"),
        pytest.param(
            ["--format", "panel", "--script", "/no/such/file.txt"], "no such file", id="missing_script"
        ),
    ],
)
def test_practice_bad_input_one_line(args: list[str], message: str) -> None:
    result = _run(*args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "holds no answers", id="empty"),
        pytest.param(b"  \n\n ", "holds no answers", id="blank"),
        pytest.param(b"\x00\x01\x02binary", "binary data", id="binary"),
        pytest.param(
            b"Das Projekt war schwierig, aber wir haben es gemeinsam geschafft.",
            "answer 1",
            id="german",
        ),
    ],
)
def test_practice_bad_script(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "script.txt"
    path.write_bytes(content)
    result = _run("--format", "panel", "--script", str(path), "--json")
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stdout == ""


def test_practice_script_transcript_without_json(tmp_path: Path) -> None:
    result = _run(
        "--format", "case_study", "--role", "design_ux", "--script", str(_script(tmp_path, [_TALK, _STORY]))
    )
    assert result.exit_code == 0, result.stderr
    assert "Structure" in result.stdout and "Scorecard" in result.stdout


@pytest.mark.parametrize("mode", ["each", "end"])
def test_practice_interactive(mode: str) -> None:
    typed = f"{_THIN}\n\n\n{_STORY}\nA second line of the same answer.\n\n"
    result = _run("--format", "sequential", "--questions", "2", "--feedback", mode, stdin=typed)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "1 of 2" in out and "follow-up" in out and "Scorecard" in out
    assert "Skipped." in out
    assert out.count("Score ") >= 2


def test_practice_interactive_ends_on_end_of_input() -> None:
    result = _run("--format", "panel", stdin="")
    assert result.exit_code == 0, result.stderr
    assert "6 question(s) not reached" in result.stdout


def _stored_interview(settings: Settings) -> int:
    runtime = open_runtime(settings, upgrade=True)
    try:
        with runtime.session() as session:
            interview = create_interview(
                session,
                InterviewData(
                    company="Northwind Labs",
                    role="Senior Data Analyst",
                    timezone="Europe/London",
                    starts_at=None,
                    ends_at=None,
                    formats=["panel", "presentation"],
                    job_description="Senior Data Analyst. Strong SQL, statistics and Tableau dashboards.",
                    preparation="Prepare a 12-minute presentation on how you would grow repeat orders.",
                    company_products="Atlas; Beacon",
                    company_competitors="Contoso",
                ),
            )
            for name, title, kind in (
                ("Ana Ruiz", "Director of Analytics", "hiring_manager"),
                ("Ben Cole", "Data Engineer", "peer"),
                ("Cleo Park", "VP Operations", "senior_leader"),
            ):
                add_interviewer(session, interview.id, InterviewerData(name=name, title=title, kind=kind))
            return interview.id
    finally:
        runtime.close()


def test_practice_with_stored_interview(tmp_path: Path, settings: Settings) -> None:
    interview_id = _stored_interview(settings)
    env = {"ROUNDTWO_DATA_DIR": str(settings.data_dir)}
    script = str(_script(tmp_path, [_TALK, _STORY, _STORY]))
    result = _run("--interview", str(interview_id), "--script", script, "--json", env=env)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "panel" and data["role"] == "data_analytics"
    assert [p["name"] for p in data["interviewers"]] == ["Ana Ruiz", "Ben Cole", "Cleo Park"]
    assert data["turns"][0]["interviewer"] == "Ana Ruiz"
    presented = _run(
        "--interview", str(interview_id), "--format", "presentation", "--script", script, "--json", env=env
    )
    first = json.loads(presented.stdout)["turns"][0]
    assert first["type"] == "presentation" and "repeat orders" in first["text"]


def test_practice_unknown_interview(settings: Settings) -> None:
    open_runtime(settings, upgrade=True).close()
    result = _run(
        "--interview", "999", "--format", "panel", env={"ROUNDTWO_DATA_DIR": str(settings.data_dir)}
    )
    assert result.exit_code == 1
    assert "there is no interview 999" in result.stderr


def test_practice_extra_answers_noted_on_stderr(tmp_path: Path) -> None:
    script = str(_script(tmp_path, [_STORY] * 8))
    result = _run("--format", "sequential", "--questions", "2", "--script", script, "--json")
    assert result.exit_code == 0
    used = len(json.loads(result.stdout)["turns"])
    assert 2 <= used < 8
    assert f"before the last {8 - used} answer(s)" in result.stderr
