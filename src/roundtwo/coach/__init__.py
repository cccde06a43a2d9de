"""Reading text the way an interviewer does: pure functions, no I/O.

``analyze(answer, question=None, category=None)`` is the entry point; the
modules beside it each find one thing (sentences, STAR parts, metrics,
fillers, ownership, relevance, category demands) or judge from what was found
(scoring, feedback, probes, restructuring).
"""

from roundtwo.coach.analysis import Analysis, analyze
from roundtwo.coach.records import Feedback, Metric, Sentence, Span

__all__ = ["Analysis", "Feedback", "Metric", "Sentence", "Span", "analyze"]
