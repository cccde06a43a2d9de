"""The answer re-ordered as Situation, Task, Action, Result, with placeholders for gaps."""

from __future__ import annotations

from roundtwo.coach.reading import Reading

_HEADINGS = (("S", "Situation"), ("T", "Task"), ("A", "Action"), ("R", "Result"))
_PLACEHOLDERS = {
    "S": "[Situation: where and when this happened, and what was at stake]",
    "T": "[Task: what you personally had to achieve, and why it fell to you]",
    "A": "[Action: the steps you took yourself, and why you chose them]",
    "R": "[Result: what changed, with a number, and what you learned]",
}
_ADD_NUMBER = "[Add the measurable outcome: a number, a before and after]"
_ADD_LESSON = "[Lesson: what you learned, and where you have applied it since]"


def restructure(reading: Reading) -> str:
    """The answer's own sentences grouped in STAR order, one part a paragraph.

    Preamble and asides (sentences with no STAR part) are left out; a missing
    part becomes a bracketed placeholder; a result without a number, or a
    failure story without a lesson, gets a placeholder too. An empty reading
    gives "".
    """
    if not reading.sentences:
        return ""
    unmet = {d.kind for d in reading.demands if not d.met}
    paragraphs = []
    for key, heading in _HEADINGS:
        texts = [s.text for s in reading.part(key)]
        if key == "R":
            if texts and not reading.metrics_in_part("R"):
                texts.append(_ADD_NUMBER)
            if reading.category == "failure" and unmet & {"lesson", "applied_since"}:
                texts.append(_ADD_LESSON)
        body = " ".join(texts) if texts else _PLACEHOLDERS[key]
        paragraphs.append(f"{heading}: {body}")
    return "\n\n".join(paragraphs)
