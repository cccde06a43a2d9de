"""Interviewer kinds: hiring manager, peer, senior leader, HR, other.

What the email says of a person wins ("who would be your manager", "you'd
be working alongside"); otherwise the title decides (VP, Director, Head of,
C-level and founders lead; recruiters, talent and people partners are HR;
representatives, governors and trustees are from outside); anyone else
with a title is a peer. A person the email seats with no title and no cue
("a pairing session with Johan and Amira") is taken for a peer, as most are;
"from HR" or "from the people team" makes them HR.
When no one is named the hiring manager, a manager in the role's line of
work is taken for it (:func:`manager_of_role`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from roundtwo.read.invite_lexicon import lexicon, phrases


@functools.cache
def _pattern(phrase_list: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for phrase in phrase_list:
        body = re.escape(phrase.strip())
        left = r"\b" if phrase[:1].isalnum() else ""
        right = r"(?![\w-])" if phrase.rstrip()[-1:].isalnum() else ""
        parts.append(left + body + right)
    return re.compile("|".join(parts), re.IGNORECASE)


@functools.cache
def _any_cue() -> re.Pattern[str]:
    """Every kind cue in one pattern: most text holds none, and one search says so."""
    every = (
        phrases("kind_cues", "hiring_manager") + phrases("kind_cues", "other") + phrases("kind_cues", "peer")
    )
    return _pattern(tuple(sorted(set(every), key=len, reverse=True)))


def find_cue(text: str) -> re.Match[str] | None:
    """Where the first kind cue of ``text`` stands, in any language the lexicon holds."""
    return _any_cue().search(text)


def cue_kind(text: str, writer: bool = False) -> str | None:
    """The kind a phrase about a person states ("the hiring manager" ->
    ``hiring_manager``), or None when it states none. A cue aimed at the
    writer ("you'd be reporting to me") speaks of the person only when they
    wrote the email (``writer``)."""
    if not _any_cue().search(text):
        return None
    for kind in ("hiring_manager", "other", "peer"):
        for m in _pattern(phrases("kind_cues", kind)).finditer(text):
            if writer or not TO_ME.match(text, m.end()):
                return kind
    return None


#: A cue aimed at the writer: "the position reports to me", "the role sits in my team".
_OF_ME = re.compile(r"\b(?:to|into|for|under)\s+me\b|\bin\s+my\s+(?:team|group|department)\b", re.IGNORECASE)
#: A cue's end aimed at the writer: "reporting to me", "working for me", "sits in my team".
TO_ME = re.compile(
    r"(?:\w*\s+(?:to|into|for|under))?\s+me\b|\s+my\s+(?:team|group|department|unit|function|squad)\b",
    re.IGNORECASE,
)


@functools.cache
def _title_lists() -> dict[str, tuple[str, ...]]:
    table = lexicon()["kind_titles"]
    return {key: tuple(str(p).lower() for p in values) for key, values in table.items()}


def title_kind(title: str | None) -> str | None:
    """The kind a job title implies on its own, or None without a title."""
    if not title:
        return None
    lists = _title_lists()
    padded = f" {title} "
    if _pattern(lists["board_chair"]).search(padded):
        return "senior_leader"
    if _pattern(lists["other"]).search(padded):
        return "other"
    exceptions = _pattern(lists["senior_leader_not"])
    if _pattern(lists["senior_leader_first"]).search(padded) and not exceptions.search(padded):
        return "senior_leader"
    if _pattern(lists["hr"]).search(padded):
        return "hr"
    if _pattern(lists["senior_leader"]).search(padded) and not exceptions.search(padded):
        return "senior_leader"
    if title.strip().lower() == "principal":  # the rank (consulting, schools), not "Principal Engineer"
        return "senior_leader"
    return "peer"


def _executive(title: str | None) -> bool:
    """True for C-level, VP and founder titles, which no peer cue outweighs."""
    lists = _title_lists()
    padded = f" {title} "
    return bool(
        title
        and _pattern(lists["senior_leader_first"]).search(padded)
        and not _pattern(lists["senior_leader_not"]).search(padded)
    )


def interviewer_kind(
    title: str | None, contexts: Iterable[str], writer: bool = False, hr_role: bool = False
) -> str:
    """The kind of an interviewer from their ``title`` and what the email says
    of them (``contexts``: the clauses around each mention); ``writer`` is true
    for the person who wrote the email, whom "reporting to me" speaks of;
    ``hr_role`` for a role in HR, where a recruiter's title does not outweigh
    a hiring-manager cue.

    A cue in the contexts wins (a hiring-manager cue over the others), then
    the title; no title and no cue gives ``peer``. A peer or an outsider's cue
    ("who advises us", "volunteer") does not make a VP, a C-level, a founder
    or an executive director a peer or an outsider.
    """
    if title is None and any(_FROM_HR.match(text) for text in contexts if text):
        return "hr"  # "Joanne Kay from HR": said of the person named, it outweighs a cue nearby
    found = {cue_kind(text, writer) for text in contexts if text}
    to_me = writer and any(_OF_ME.search(text) for text in contexts if text)
    if title_kind(title) == "hr" and not hr_role and not to_me:
        # "Herr Becker (Leiter, Ihr künftiger Vorgesetzter) und Frau Krüger (Personalreferentin)":
        # a cue next to a recruiter speaks of the person beside them, unless the role is in HR
        # or the recruiter writes "the position reports to me".
        return "hr"
    for kind in ("hiring_manager", "other", "peer"):
        if kind in found and not (kind in ("peer", "other") and _executive(title)):
            return kind
    if title is None and any(_FROM_HR.search(text) for text in contexts if text):
        return "hr"
    kind = title_kind(title) or "peer"
    # The writer who sits on the panel is nearly always the one hiring (or HR, or a leader, whom
    # their title shows): a writer the text calls no peer is the hiring manager.
    return "hiring_manager" if writer and kind == "peer" and "peer" not in found else kind


_FROM_HR = re.compile(
    r"[\s,(]*\bfrom\s+(?:our\s+|the\s+)?"
    r"(?:HR|human resources|people(?: team| ops| operations)?|talent(?: team)?|"
    r"recruiting|recruitment)\b",
    re.IGNORECASE,
)


#: Titles that run a team, by how high: a supervisor or team lead runs the work, a manager the team.
_LEADS = re.compile(
    r"\b(?:supervisor|team lead(?:er)?|foreman|forewoman|head chef|executive chef)s?\b",
    re.IGNORECASE,
)
_MANAGES = re.compile(r"\b(?:manager|gerente|superintendent)s?\b", re.IGNORECASE)
#: Manager titles that manage work or clients, not the people in a team.
_MANAGES_WORK = re.compile(
    r"\b(?:engagement|product|portfolio|account|assistant|relationship|project|program|programme|brand|"
    r"case|property|fund|asset|wealth|community|category)\s+manager",
    re.IGNORECASE,
)
_UNDER = re.compile(r"\s*(?:assistant|deputy|associate|junior|trainee|apprentice)\b", re.IGNORECASE)
_DIRECTS = re.compile(r"\b(?:director|head of|vice president|vp|chief)\b", re.IGNORECASE)


def _rank(title: str | None) -> int:
    """How high a title runs a team: 3 for a director or head, 2 for a
    manager, 1 for a supervisor or team lead, 0 for anyone else."""
    if not title:
        return 0
    if _DIRECTS.search(title):
        return 3
    if _MANAGES.search(title) and not _MANAGES_WORK.search(title):
        return 2
    return 1 if _LEADS.search(title) else 0


_RANK_WORDS = frozenset(
    {"manager", "supervisor", "senior", "junior", "lead", "head", "chief", "deputy", "assistant", "associate"}
    | {"principal", "staff", "team", "of", "and", "the", "for", "group", "general", "ii", "iii", "sr", "jr"}
)


def _work_words(title: str) -> set[str]:
    """The words of a title that name a line of work, and its initials
    ("Site Reliability Engineer" -> site, reliability, engineer, sre)."""
    words = {w for w in re.findall(r"[a-z][a-z&'-]+", title.lower()) if w not in _RANK_WORDS}
    capitals = [w for w in re.findall(r"[A-Za-z]+", title) if len(w) > 2 and w[0].isupper()]
    if len(capitals) >= 2:
        words.add("".join(w[0] for w in capitals).lower())
    return words


def manager_of_role(people: Sequence[tuple[str | None, str]], role: str | None) -> set[int]:
    """Which interviewers (``people`` as (title, kind) pairs) to take for the
    hiring manager when no one is named so: the one interviewer who runs a
    team above the role ("Engineering Manager" for a Software Engineer, "Team
    Leader" for a Java Developer, "Operations Manager" for a Warehouse
    Supervisor); among several, the one whose title shares the role's line
    of work ("Payroll Manager" for a Payroll Specialist). None when no one
    is above the role, or when it stays a tie."""
    if any(kind == "hiring_manager" for _t, kind in people):
        return set()
    # Directors and heads are senior leaders by title and stay so; of the peers who run a team above
    # the role, a manager comes before a supervisor or team lead.
    # An "Assistant Superintendent" works under the Superintendent.
    under = 0.5 if role and _UNDER.match(role) else 0
    above = [
        i
        for i, (title, kind) in enumerate(people)
        if kind == "peer" and _rank(title) and _rank(title) > _rank(role) - under
    ]
    if not above:
        return set()
    top = max(_rank(people[i][0]) for i in above)
    highest = [i for i in above if _rank(people[i][0]) == top]
    if len(highest) == 1:
        return set(highest)
    wanted = _work_words(role or "")
    sharing = [i for i in highest if _work_words(people[i][0] or "") & wanted]
    return set(sharing) if len(sharing) == 1 else set()
