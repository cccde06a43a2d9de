"""Thank-you drafts: length, personal details, placeholders, and real variety."""

from __future__ import annotations

import copy
import itertools
import random
import re
from datetime import date

import pytest

from roundtwo.content.vocabulary import KINDS
from roundtwo.errors import RoundtwoError
from roundtwo.followup.phrasebook import load_phrasebook
from roundtwo.followup.thanks import NoteInput, count_words, draft_all, draft_thank_you, first_name

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _note(name: str, kind: str, point: str = "", topics: list[str] | None = None) -> NoteInput:
    return NoteInput(
        interviewer_name=name,
        interviewer_title="",
        interviewer_kind=kind,
        company="Northwind Traders",
        role="Senior Data Analyst",
        candidate_name="Sam Carter",
        topics=topics or [],
        positive_point=point,
        interview_date=date(2026, 3, 10),
    )


NOTE_SETS: dict[str, list[NoteInput]] = {
    "three_kinds": [
        _note(
            "Dana Whitfield",
            "hiring_manager",
            "your story about how the team halved failed nightly loads",
            ["the move to a streaming pipeline"],
        ),
        _note(
            "Lee Park",
            "peer",
            "We both laughed about the 3 a.m. alert that turned out to be a typo.",
            ["code review habits", "the on-call rota"],
        ),
        _note(
            "Priya Raman",
            "senior_leader",
            "Your view that data quality is a product, not a chore",
            ["expansion into the Nordic market"],
        ),
    ],
    "same_kind": [
        _note("Ana Silva", "peer", "how you sketched the lineage graph on the whiteboard", ["dbt"]),
        _note("Ben Ode", "peer", "your tip about reading query plans first", ["dashboards"]),
        _note("Cy Moreau", "peer", "the demo of the anomaly alerts", ["alert fatigue"]),
    ],
    "five_panel": [
        _note("Ava Stone", "hiring_manager", "your candour about the backlog", ["hiring plans"]),
        _note("Bo Li", "peer", "the pairing exercise on churn", ["SQL style"]),
        _note("Cara Diaz", "senior_leader", "your three-year plan", ["pricing"]),
        _note("Dev Rao", "hr", "how smoothly the day ran", ["the decision timeline"]),
        _note("Eli Ng", "other", "the tour of the operations floor", ["shift handovers"]),
    ],
    "empty_notes": [_note("Dana Whitfield", "hiring_manager"), _note("Lee Park", "peer")],
    "long_notes": [
        _note(
            "Priya Raman",
            "hr",
            " ".join(["we compared how both of our teams plan quarterly work and review it"] * 6),
            ["the relocation package and how the company supports families who move"] * 3,
        )
    ],
    "unicode_names": [
        _note("José Álvarez", "hiring_manager", "your idea for a churn early-warning", ["KPIs"]),
        _note("Zoë Ørsted", "peer", "the story about the Ørsted migration", ["tooling"]),
    ],
    "empty": [],
}


def _body_words(text: str) -> int:
    return len(re.findall(r"[^\W_][\w'’.-]*", text))


def _content_words(text: str, remove: set[str]) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ']+", text.lower())) - remove


def _generated_notes(seed: int, count: int) -> list[NoteInput]:
    rng = random.Random(seed)
    filler = re.findall(
        r"\S+",
        "we talked about how the analytics group rebuilt its reporting after the merger and why "
        "finance now trusts the weekly numbers again after years of manual reconciliation",
    )
    names = ["Al", "Dana Whitfield", "Dr. Priya Raman-Subramanian", "Raman, Jo", "ann lee"]
    companies = ["", "Acme", "Northwind Traders", "International Business Machines Corporation"]
    roles = ["", "Analyst", "Senior Data Engineer", "Director of Product Marketing and Communications"]
    notes = []
    for _ in range(count):
        notes.append(
            NoteInput(
                interviewer_name=rng.choice(names),
                interviewer_title=rng.choice(["", "VP Data"]),
                interviewer_kind=rng.choice([*KINDS, ""]),
                company=rng.choice(companies),
                role=rng.choice(roles),
                candidate_name=rng.choice(["", "Sam", "Maria José García de la Fuente"]),
                topics=[" ".join(filler[: rng.choice([1, 3, 12, 20])]) for _ in range(rng.randrange(4))],
                positive_point=" ".join(filler[: rng.choice([0, 1, 6, 25, 40, 60])]),
                interview_date=rng.choice([None, date(2026, 3, 10)]),
            )
        )
    return notes


@pytest.mark.parametrize("name", NOTE_SETS)
def test_draft_all_length_within_limits(name: str) -> None:
    book = load_phrasebook()
    drafts = draft_all(NOTE_SETS[name])
    assert len(drafts) == len(NOTE_SETS[name])
    for draft in drafts:
        assert draft.word_count == _body_words(draft.body)
        assert book.min_words <= draft.word_count <= book.max_words


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_draft_thank_you_length_generated_inputs(seed: int) -> None:
    book = load_phrasebook()
    rng = random.Random(seed)
    for note in _generated_notes(seed, 200):
        draft = draft_thank_you(note, variant=rng.randrange(12))
        assert book.min_words <= draft.word_count <= book.max_words, draft.body


@pytest.mark.parametrize("name", ["three_kinds", "same_kind", "five_panel"])
def test_draft_all_differ_beyond_names(name: str) -> None:
    notes = NOTE_SETS[name]
    drafts = draft_all(notes)
    names = {w.lower().strip(",") for n in notes for w in n.interviewer_name.split()}
    for a, b in itertools.combinations(drafts, 2):
        words_a = _content_words(a.body, names)
        words_b = _content_words(b.body, names)
        overlap = len(words_a & words_b) / len(words_a | words_b)
        # One template with the name swapped would score close to 1.0.
        assert overlap < 0.5, (a.body, b.body)
    paragraphs = [d.body.split("\n\n") for d in drafts]
    openings = [p[1].split(". ")[0] for p in paragraphs]
    closings = [p[-2].rsplit(". ", 1)[-1] for p in paragraphs]
    signoffs = [p[-1].splitlines()[0] for p in paragraphs]
    layouts = [tuple(len(re.findall(r"[.!?](?:\s|$)", x)) for x in p[1:-1]) for p in paragraphs]
    for values in (openings, closings, signoffs, [d.subject for d in drafts]):
        assert len(set(values)) == len(drafts), values
    assert len(set(layouts)) > 1


@pytest.mark.parametrize("name", ["three_kinds", "same_kind", "five_panel", "unicode_names"])
def test_draft_thank_you_personal_details(name: str) -> None:
    for variant, note in enumerate(NOTE_SETS[name]):
        draft = draft_thank_you(note, variant=variant)
        body = draft.body
        lines = body.splitlines()
        assert lines[0].rstrip(",").split()[-1] == note.interviewer_name.split()[0]
        assert lines[-1] == note.candidate_name
        assert note.positive_point.rstrip(".")[1:] in body
        assert any(topic in body for topic in note.topics)
        assert note.role in body and note.company in body
        assert WEEKDAYS[note.interview_date.weekday()] in body  # type: ignore[union-attr]
        assert "{" not in body + draft.subject and "}" not in body + draft.subject
        assert "[" not in body and not draft.needs_details and draft.missing == ()


@pytest.mark.parametrize(
    ("field", "blank"),
    [
        ("positive_point", ""),
        ("topics", []),
        ("company", ""),
        ("role", "  "),
        ("candidate_name", ""),
    ],
)
def test_draft_thank_you_missing_detail_placeholder(field: str, blank: object) -> None:
    note = copy.deepcopy(NOTE_SETS["three_kinds"][0])
    setattr(note, field, blank)
    draft = draft_thank_you(note)
    assert draft.needs_details
    assert draft.missing == (field,)
    assert re.search(r"\[[a-z][^\]]*\]", draft.body + draft.subject)
    assert "{" not in draft.body


def test_draft_thank_you_empty_notes_flagged() -> None:
    draft = draft_thank_you(NoteInput(interviewer_name="Lee Park"))
    assert draft.needs_details
    assert set(draft.missing) == {"positive_point", "topics", "company", "role", "candidate_name"}
    assert draft.body.splitlines()[0].endswith("Lee,")
    assert draft.body.count("[") >= 4


@pytest.mark.parametrize("name", ["", "   ", "\n"])
def test_draft_thank_you_no_name_raises(name: str) -> None:
    with pytest.raises(RoundtwoError, match="name is empty"):
        draft_thank_you(NoteInput(interviewer_name=name))


def test_draft_thank_you_unknown_kind_raises() -> None:
    with pytest.raises(RoundtwoError, match="unknown interviewer kind 'recruiter'") as info:
        draft_thank_you(NoteInput(interviewer_name="Jo", interviewer_kind="recruiter"))
    assert info.value.hint is not None and "hiring_manager" in info.value.hint


@pytest.mark.parametrize("kind", ["Hiring Manager", "senior-leader", " HR "])
def test_draft_thank_you_kind_spelling_accepted(kind: str) -> None:
    assert draft_thank_you(NoteInput(interviewer_name="Jo", interviewer_kind=kind)).body


def test_draft_all_error_names_the_note() -> None:
    notes = [_note("Ana Silva", "peer"), _note("", "peer")]
    with pytest.raises(RoundtwoError, match="note 2 of 2"):
        draft_all(notes)


def test_draft_thank_you_kinds_get_their_own_emphasis() -> None:
    book = load_phrasebook()
    topic = "the quarterly roadmap"
    bodies = {}
    for kind in KINDS:
        note = _note("Jo Smith", kind, "your question about my last project", [topic])
        bodies[kind] = draft_thank_you(note, variant=2).body
        assert book.focus[kind][2].format(topic=topic, company=note.company) in bodies[kind]
    assert len(set(bodies.values())) == len(KINDS)


def test_draft_thank_you_long_notes_shortened() -> None:
    note = NOTE_SETS["long_notes"][0]
    draft = draft_thank_you(note)
    assert "positive_point" in draft.shortened and "topics" in draft.shortened
    assert draft.word_count <= load_phrasebook().max_words


def test_draft_thank_you_input_untouched() -> None:
    notes = NOTE_SETS["three_kinds"] + NOTE_SETS["long_notes"]
    before = copy.deepcopy(notes)
    draft_all(notes)
    assert notes == before


def test_draft_thank_you_same_variant_same_draft() -> None:
    note = NOTE_SETS["three_kinds"][1]
    assert draft_thank_you(note, variant=4) == draft_thank_you(note, variant=4)
    assert draft_thank_you(note, variant=4) != draft_thank_you(note, variant=5)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Priya Raman", "Priya"),
        ("Dr. Priya Raman", "Priya"),
        ("Raman, Priya", "Priya"),
        ("Priya Raman, PhD", "Priya"),
        ("priya raman", "Priya"),
        ("  José   Álvarez ", "José"),
        ("Prof Jean-Luc Picard", "Jean-Luc"),
    ],
)
def test_first_name_examples(name: str, expected: str) -> None:
    assert first_name(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", 0), ("one", 1), ("a — b", 2), ("day-to-day work, 3 a.m.", 4), ("[your name]", 2)],
)
def test_count_words_examples(text: str, expected: int) -> None:
    assert count_words(text) == expected
