"""Input the reader refuses, each with a clear message."""

from __future__ import annotations

import pytest

from roundtwo.coach.validation import MAX_ANSWER_CHARS, check_answer, check_category, looks_english
from roundtwo.content.vocabulary import CATEGORIES
from roundtwo.errors import RoundtwoError

BAD_ANSWERS = {
    "empty": ("", "empty"),
    "whitespace": (" \n\t", "empty"),
    "too long": ("word " * (MAX_ANSWER_CHARS // 5 + 1), "limit"),
    "not text": (42, "must be text"),
    "cyrillic": ("Я руководил командой из пяти человек и мы запустили продукт.", "English"),
    "no english words": ("zorp flimb quax drelt vorn skiv plonk", "English"),
    "spanish": ("Dirigí un equipo de cinco personas y lanzamos el producto en tres meses.", "English"),
    "french": ("J'ai dirigé une équipe de cinq personnes pour lancer le produit.", "English"),
    "german": ("Ich habe ein Team mit fünf Personen geleitet und das Produkt gestartet.", "English"),
    "indonesian": ("Saya memimpin tim yang terdiri dari lima orang dan kami meluncurkan produk.", "English"),
}


@pytest.mark.parametrize(("answer", "message"), BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_check_answer_refuses(answer: object, message: str) -> None:
    with pytest.raises(RoundtwoError, match=message):
        check_answer(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Yes.",
        "I led the team and we shipped on time.",
        "Café rollout: I cut costs 20%.",
        "Migrated CI pipeline; cut build times 40%.",
        "Negotiated vendor contracts, saved 200k annually.",
    ],
    ids=["one word", "plain", "accented word", "terse note", "terse result"],
)
def test_check_answer_accepts_english(answer: str) -> None:
    assert check_answer(answer) == answer
    assert looks_english(answer)


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("", None), (" Failure ", "failure")])
def test_check_category_normalises(value: str | None, expected: str | None) -> None:
    assert check_category(value) == expected


def test_check_category_lists_valid_ones() -> None:
    with pytest.raises(RoundtwoError, match="unknown category") as info:
        check_category("bravery")
    assert all(c in (info.value.hint or "") for c in CATEGORIES)
