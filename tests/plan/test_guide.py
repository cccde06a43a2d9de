"""What each kind assesses and what each format asks."""

from __future__ import annotations

import pytest

from roundtwo.content.vocabulary import FORMATS, KINDS
from roundtwo.plan.guide import format_guide, kind_guide


@pytest.mark.parametrize("kind", KINDS)
def test_kind_guide_has_assessments(kind: str) -> None:
    guide = kind_guide(kind)
    assert guide.assesses and guide.prepare and guide.label


def test_kind_guide_names_the_design_assessments() -> None:
    assert any("execution" in a.lower() for a in kind_guide("hiring_manager").assesses)
    assert any("collaboration" in a.lower() for a in kind_guide("peer").assesses)
    assert any("strategic" in a.lower() for a in kind_guide("senior_leader").assesses)


def test_kind_guide_unknown_kind_falls_back() -> None:
    assert kind_guide("wizard").kind == "other"


@pytest.mark.parametrize("fmt", FORMATS)
def test_format_guide_explains_each_format(fmt: str) -> None:
    guide = format_guide(fmt)
    assert guide.expect and guide.prepare


def test_format_guide_unknown_raises() -> None:
    with pytest.raises(KeyError):
        format_guide("interpretive_dance")
