"""The small records the answer reader returns: spans, sentences, metrics, feedback."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Span:
    """A stretch of the answer: ``text == answer[start:end]`` (code points, end exclusive)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Sentence:
    """One sentence of the answer and its STAR part: "S", "T", "A", "R" or None."""

    start: int
    end: int
    text: str
    star: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "star": self.star}


@dataclass(frozen=True)
class Metric:
    """A quantified fact and its kind (percent, money, count, duration, ...)."""

    start: int
    end: int
    text: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass(frozen=True)
class Feedback:
    """One coaching point; ``evidence`` quotes the answer ("" when it is an absence)."""

    kind: str
    message: str
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "evidence": self.evidence}
