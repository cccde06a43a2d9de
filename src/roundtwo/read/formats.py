"""Interview formats: sequential, panel, technical, case study, presentation.

Words say most formats (:mod:`roundtwo.read.format_words`); the agenda says
the rest: two or more slots with different interviewers are sequential, a
slot (or the whole interview) with several interviewers at once is a panel.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from roundtwo.content.vocabulary import FORMATS
from roundtwo.read.email_text import text_units, unit_at
from roundtwo.read.format_words import TALKED_THROUGH, formats_said

#: Words that put interviewers in turn ("then", "followed by", "finally").
ORDER = re.compile(
    r"\b(?:then|followed (?:directly |immediately |straight )?by|after that|afterwards|finally|next,|"
    r"continue(?:s)? (?:at|with)|finish(?:ing)? (?:up )?with|wrap(?:ping)? up with|and later|later with|"
    r"(?:for )?the second half|"
    r"we'll finish with|end with|lastly|"
    # "the last conversation is with ...", "after a short break ...", "after lunch", "in the afternoon"
    r"the last (?:conversation|session|interview|meeting|chat|slot)|"
    r"after (?:a |the )?(?:short |quick |coffee |lunch )?(?:break|lunch|pause)|in the afternoon|"
    # and in the languages of the corpus: "y después con", "e depois com", "puis avec", "danach mit"
    r"después|luego|posteriormente|depois|em seguida|ensuite|puis|danach|anschließend)\b",
    re.IGNORECASE,
)


def _order_groups(text: str, people: Sequence[tuple[int, int, int]]) -> list[set[int]]:
    """Groups of interviewers a paragraph meets in turn ("A and B ..., then C")."""
    groups: list[set[int]] = []
    for paragraph in re.finditer(r"(?:[^\n]+\n?)+", text):
        start, end = paragraph.span()
        inside = [(s, who) for s, _e, who in people if start <= s < end]
        if len({who for _s, who in inside}) < 2:
            continue
        cuts = [m.start() + start for m in ORDER.finditer(paragraph.group(0))]
        # "... and then me": the writer's own mention may start at the cue word.
        cuts = [c for c in cuts if inside[0][0] < c <= inside[-1][0]]
        if not cuts:
            continue
        edges = [start, *cuts, end]
        found = []
        # A person named again at the head of a sentence is talked about, not met again:
        # "A first, then B. A will ask about ..." meets A and then B.
        seen: set[int] = set()
        counted = []
        for s, who in inside:
            if who in seen and not text[unit_at(text, s)[0] : s].strip():
                continue
            seen.add(who)
            counted.append((s, who))
        for lo, hi in itertools.pairwise(edges):
            members = {who for s, who in counted if lo <= s < hi}
            if members:
                found.append(members)
        if len(found) >= 2:
            groups.extend(found)
    return groups


def _numbered_groups(text: str, people: Sequence[tuple[int, int, int]]) -> list[set[int]]:
    """Interviewers per numbered part ("Round 1: ... with A", "Round 2: ... with B")."""
    groups = []
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if re.match(
            r"^\s*(?:[-•*]\s*)?(?:round|part|session|interview|stage|step)\s*\d+\b", line, re.IGNORECASE
        ):
            members = {who for s, _e, who in people if start <= s < offset}
            if members:
                groups.append(members)
    return groups if len(groups) >= 2 else []


def read_formats(
    text: str,
    slots: Sequence[Sequence[int]],
    people: Sequence[tuple[int, int, int]],
    masked: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """The formats of the interview ``text`` describes, in a fixed order.

    ``slots`` holds, per agenda slot, the ids of the interviewers met in it;
    ``people`` the (start, end, id) span of every interviewer mention;
    ``masked`` the spans to ignore (names and job titles, so that a "Technical
    Recruiter" says nothing about the format). Several interviewers and no
    sign of separate sessions make a panel; nothing said gives an empty list.
    """
    chars = list(text)
    for start, end in masked:
        chars[start:end] = " " * (end - start)
    plain = "".join(chars)
    said: set[str] = set()
    # Sentences are cut in the text as written: a masked "I'll" no longer starts one.
    for start, end in text_units(text):
        said |= formats_said(plain[start:end])
    one_on_ones = "sequential" in said  # said in words: "each conversation is a separate one-on-one"
    # "Talk us through it" presents a plan, but in an interview that works a case or a test
    # ("walk them through your code", "... your findings") it is part of that work.
    if TALKED_THROUGH in said:
        said.discard(TALKED_THROUGH)
        if not said & {"case_study", "technical"}:
            said.add("presentation")
    with_people = [set(slot) for slot in slots if slot]
    if any(len(members) >= 2 for members in with_people):
        said.add("panel")
    # Sequential means one-on-ones: two slots or more with one interviewer each, not the same one.
    alone = {frozenset(m) for m in with_people if len(m) == 1}
    if len(alone) >= 2:
        said.add("sequential")
    groups = _order_groups(text, people) or _numbered_groups(text, people)
    if groups:
        # "A and B together, then C" is a panel and one conversation, not a run of one-on-ones.
        singles = {frozenset(g) for g in groups if len(g) == 1}
        if len(singles) >= 2:
            said.add("sequential")
        # A group the order words leave together is a panel, unless the agenda gives each of them
        # a slot of their own ("• Claire, 10:00–11:00 • Julien, 11:00–11:45 • and finally me").
        own_slots = {who for m in alone for who in m}
        if not one_on_ones and any(len(g) >= 2 and not g <= own_slots for g in groups):
            said.add("panel")
    everyone = {who for _s, _e, who in people}
    if len(everyone) >= 2 and not with_people and not groups and "sequential" not in said:
        said.add("panel")
    return [kind for kind in FORMATS if kind in said]
