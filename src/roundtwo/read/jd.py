"""The job-description reader: role family, seniority, title, skills and the
competencies a description stresses, each with offsets into the text.

The evidence comes from ``content/role_families.yaml`` (titles, skills and
tools of each family) and ``content/competencies.yaml`` (the phrases a job
description uses when it stresses a competency). A title counts for more
than words in the body; a cue in a requirements list or next to "strong",
"proven" or "must" counts for more than one in passing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from roundtwo.content.loader import parse_yaml
from roundtwo.errors import RoundtwoError

#: The longest job description read, in characters (about 1 MB).
MAX_JD_CHARS = 1_000_000

SENIORITIES = ("intern", "junior", "mid", "senior", "lead", "manager", "director", "executive")

# Evidence weights for the role family.
_TITLE_PHRASE = 6.0  # a family's job title inside the description's title
_TITLE_WORD = 2.0  # a word only that family's titles use, inside the title
_BODY_TITLE = 1.5  # a family's job title mentioned in the body
_BODY_KEYWORD = 1.0  # a skill or tool, counted once per distinct keyword
_MIN_FAMILY_SCORE = 2.0  # below this the family stays unknown

# Competency weights: one cue, and the extra for an emphasised one.
_CUE = 1.0
_EMPHASIS = 0.5

_EMPHASIS_WORDS = re.compile(
    r"\b(strong|excellent|proven|exceptional|outstanding|demonstrated|must|essential|"
    r"required|critical|key|deep|solid|track record)\b",
    re.I,
)
_REQUIREMENT_HEADING = re.compile(
    r"^\W*(requirements?|qualifications?|what you.ll bring|what we.re looking for|"
    r"who you are|you have|you will have|must[- ]haves?|essential|skills|about you)\b",
    re.I | re.M,
)
_LABELLED_TITLE = re.compile(
    r"^[ \t*#_-]*(?:job title|title|position|role|vacancy|opening)\s*[:\-–—]\s*"
    r"(?P<title>[^\n]{3,90})$",
    re.I | re.M,
)
_HIRING_PHRASE = re.compile(
    r"\b(?:hiring|looking for|seeking|recruiting|searching for|join (?:us|our team) as)\s+"
    r"(?:an?|our (?:next|first|new))\s+(?P<title>[A-Z][\w&/+.\- ]{2,70}?)"
    r"(?=\s+(?:to|who|with|that|in|on|for|at|based|reporting|responsible)\b|[.,;:!(\n])"
)
_NOT_TITLE = re.compile(
    r"^(about|who we are|our|we |the company|company|overview|summary|description|job description|"
    r"responsibilities|requirements|location|salary|benefits|apply|posted|department)",
    re.I,
)
_YEARS = re.compile(
    r"\b(?P<low>\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(?P<high>\d{1,2})\s*)?\+?\s*years?\b"
    r"(?P<tail>[^.\n]{0,60})",
    re.I,
)
_MANAGES_PEOPLE = re.compile(
    r"\b(direct reports|manage a team|managing a team|lead a team of|line manag|people manag|"
    r"hire and develop|build and lead)\w*",
    re.I,
)
# Titles where "manager" names an individual contributor, not a people manager.
_IC_MANAGER = re.compile(
    r"\b(product|project|program|programme|account|key account|customer success|brand|"
    r"content|social media|community|case|implementation|client services?|contracts?|"
    r"portfolio|delivery|engagement|product marketing|demand generation|digital marketing|"
    r"category|territory|relationship|campaign|marketing|partner|success|release|"
    r"technical account|client|event|events|property|care)\s+manager\b",
    re.I,
)
_LEVEL_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("intern", re.compile(r"\b(intern|internship|co-op|placement student|summer student)\b", re.I)),
    (
        "executive",
        re.compile(
            r"\b(chief \w+ officer|c[etfomi]o|vp|svp|evp|vice[- ]president|president|"
            r"general counsel|managing director)\b",
            re.I,
        ),
    ),
    ("director", re.compile(r"\b(director|head of|school principal)\b", re.I)),
    ("lead", re.compile(r"\b(lead|principal|staff(?! nurse)|architect|charge)\b", re.I)),
    ("manager", re.compile(r"\b(manager|supervisor|superintendent)\b", re.I)),
    ("senior", re.compile(r"\b(senior|sr\.?|experienced)\b", re.I)),
    ("senior", re.compile(r"\bIII\b")),
    (
        "junior",
        re.compile(r"\b(junior|jr\.?|associate|graduate|entry[- ]level|trainee|apprentice)\b", re.I),
    ),
    ("junior", re.compile(r"\bI\b")),
    ("mid", re.compile(r"\b(mid[- ]level|intermediate)\b", re.I)),
    ("mid", re.compile(r"\bII\b")),
)
_JUNIOR_BODY = re.compile(r"\b(entry[- ]level|new graduates?|early[- ]career|recent graduates?)\b", re.I)

_TOOL_SHAPES = re.compile(
    r"(?<![\w.])(?:"
    r"[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+"  # CamelCase: JavaScript, HubSpot
    r"|[a-z]+[A-Z]\w*"  # iOS, macOS
    r"|[A-Z][A-Z0-9&]{1,5}(?:/[A-Z0-9]{1,5})?"  # SQL, AWS, CI/CD
    r"|[A-Za-z]+(?:\.js|\.NET|\+\+|#)"  # Node.js, C++, C#
    r"|\.NET"
    r")(?![\w])"
)
_ENUMERATION = re.compile(
    r"\b(?:experience (?:with|in|using)|proficien(?:t|cy) (?:in|with)|knowledge of|"
    r"familiarity with|familiar with|tools such as|tools like|such as|including|using|"
    r"expertise in|fluent in)\s+"
    r"(?P<items>[^.;:\n]{2,200})",
    re.I,
)
# Capitals that are not tools: places, offices, degrees, common acronyms.
# fmt: off
_NOT_TOOLS = frozenset({
    "US", "USA", "UK", "EU", "EMEA", "APAC", "CEO", "CTO", "CFO", "COO", "CMO", "VP", "SVP",
    "EVP", "HR", "IT", "OR", "AND", "THE", "ID", "AM", "PM", "EST", "PST", "CET", "GMT", "NYC",
    "SF", "LA", "EOE", "FAQ", "TBD", "ASAP", "HQ", "LLC", "INC", "LTD", "BA", "BS", "BSC", "MS",
    "MSC", "MBA", "PHD", "JD", "NA", "OK", "TV", "PR", "AI", "ML", "UX", "UI", "B2B", "B2C",
    "SAAS", "KPI", "KPIS", "OKR", "OKRS", "DEI",
})
# fmt: on
_ROLE_NOUN = re.compile(
    r"\b(engineer|developer|analyst|manager|specialist|officer|nurse|teacher|designer|"
    r"consultant|accountant|representative|executive|coordinator|associate|counsel)\b",
    re.I,
)
# fmt: off
_STOPWORDS = frozenset({
    "a", "an", "the", "and", "or", "of", "in", "on", "for", "with", "to", "our", "your", "we",
    "you", "this", "that", "it", "is", "are", "be", "as", "at", "by", "from", "other", "similar",
    "related", "modern", "tools", "tool", "platforms", "platform", "etc",
})
# fmt: on


@dataclass(frozen=True)
class Span:
    """A piece of the description: ``text == source[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "text"}``."""
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class JobDescription:
    """What :func:`read_job_description` found in one description."""

    title: str | None = None
    role_family: str | None = None
    family_scores: dict[str, float] = field(default_factory=dict)
    seniority: str | None = None
    years: int | None = None
    skills: list[Span] = field(default_factory=list)
    competencies: list[tuple[str, float, list[Span]]] = field(default_factory=list)

    def top_competencies(self, n: int = 5) -> list[str]:
        """The ids of the ``n`` competencies the description stresses most."""
        return [cid for cid, _weight, _spans in self.competencies[:n]]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; competencies as ``{"id", "weight", "spans"}``."""
        return {
            "title": self.title,
            "role_family": self.role_family,
            "family_scores": dict(self.family_scores),
            "seniority": self.seniority,
            "years": self.years,
            "skills": [s.to_dict() for s in self.skills],
            "competencies": [
                {"id": cid, "weight": round(weight, 3), "spans": [s.to_dict() for s in spans]}
                for cid, weight, spans in self.competencies
            ],
        }


@dataclass(frozen=True)
class _Family:
    id: str
    titles: tuple[_Phrase, ...]
    keywords: tuple[_Phrase, ...]
    title_words: frozenset[str]


def read_job_description(text: str) -> JobDescription:
    """Read a job description.

    ``text`` is the whole description as pasted. Returns the title (a
    labelled "Title:" line, the first short line, or the role named in "we
    are hiring a ..."), the role family (the best-evidenced one, or None when
    nothing points to a family), the score of every family with evidence,
    the seniority (from the title's level words, else the years of
    experience asked for, else None), the skills (first mention of each
    family keyword and recognised tool name, in text order) and the
    competencies with their cue spans, strongest first, weights scaled so
    the first is 1.0. Raises RoundtwoError when the text is empty or
    whitespace, or longer than :data:`MAX_JD_CHARS`.
    """
    if not text or not text.strip():
        raise RoundtwoError("the job description is empty.", hint="Paste the full text of the job posting.")
    if len(text) > MAX_JD_CHARS:
        raise RoundtwoError(
            f"the job description is {len(text):,} characters long, over the "
            f"{MAX_JD_CHARS:,} roundtwo reads.",
            hint="Paste only the posting itself.",
        )
    title_span = _find_title(text)
    title = title_span.text if title_span else None
    scores = _family_scores(text, title_span)
    family = None
    if scores:
        order = _family_order()
        best = max(scores.items(), key=lambda kv: (kv[1], -order.get(kv[0], 0)))
        family = best[0] if best[1] >= _MIN_FAMILY_SCORE else None
    years = _years_asked(text)
    return JobDescription(
        title=title,
        role_family=family,
        family_scores=scores,
        seniority=_seniority(title, years, text),
        years=years,
        skills=_skills(text),
        competencies=_competencies(text),
    )


# --- data ------------------------------------------------------------------


def _content_yaml(name: str) -> Any:
    raw = resources.files("roundtwo.content").joinpath(name).read_text(encoding="utf-8")
    return parse_yaml(raw) or []


@functools.lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    return text.lower()


@dataclass(frozen=True)
class _Phrase:
    """A compiled phrase with a literal it cannot match without.

    A job description is checked against hundreds of phrases; a substring
    test on the lower-cased text rules most of them out at C speed before
    the regular expression runs.
    """

    literal: str
    pattern: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        if self.literal not in _lowered(text):
            return None
        return self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.literal not in _lowered(text):
            return iter(())
        return self.pattern.finditer(text)


def _phrase_pattern(phrase: str) -> _Phrase:
    """A case-insensitive pattern for ``phrase`` that allows plural and verb endings."""
    words = phrase.strip().lower().split()
    parts = []
    for i, word in enumerate(words):
        piece = re.escape(word).replace(r"\-", r"[\s-]?")
        if i == len(words) - 1 and word.isalpha() and len(word) > 3:
            piece = (
                re.escape(word[:-1]) + r"(?:e|es|ed|ing)?"
                if word.endswith("e")
                else piece + r"(?:s|es|ed|ing)?"
            )
        parts.append(piece)
    body = r"[\s-]+".join(parts)
    # The first word's leading letters appear verbatim in any match.
    literal = re.match(r"[a-z0-9]*", words[0]).group(0) if words else ""  # type: ignore[union-attr]
    if len(words) == 1 and literal == words[0] and words[0].isalpha() and len(words[0]) > 3:
        literal = literal[:-1]
    return _Phrase(literal, re.compile(rf"(?<![\w/+#&]){body}(?![\w+#]|\.\w)", re.I))


@functools.cache
def _families() -> tuple[_Family, ...]:
    entries = _content_yaml("role_families.yaml")
    titles_by_family: dict[str, list[str]] = {}
    keywords_by_family: dict[str, list[str]] = {}
    for entry in entries:
        fid = entry["id"]
        titles_by_family[fid] = [str(t).lower() for t in entry.get("titles", [])]
        keywords_by_family[fid] = [
            str(k).lower()
            for key in ("skills", "tools", "keywords")
            for k in entry.get(key, [])
            if str(k).lower() not in titles_by_family[fid]
        ]
    word_owners: dict[str, set[str]] = {}
    for fid, titles in titles_by_family.items():
        for title in titles:
            for word in re.findall(r"[a-z&/]+", title):
                word_owners.setdefault(word, set()).add(fid)
    generic = {
        "senior", "junior", "associate", "head", "of", "lead", "manager", "director", "and",
        "chief", "officer", "principal", "staff", "assistant", "coordinator", "specialist",
    }  # fmt: skip
    families = []
    for fid, titles in titles_by_family.items():
        own = frozenset(w for w, owners in word_owners.items() if owners == {fid} and w not in generic)
        families.append(
            _Family(
                id=fid,
                titles=tuple(_phrase_pattern(t) for t in titles),
                keywords=tuple(_phrase_pattern(k) for k in keywords_by_family[fid]),
                title_words=own,
            )
        )
    return tuple(families)


@functools.cache
def _family_order() -> dict[str, int]:
    return {f.id: i for i, f in enumerate(_families())}


@functools.cache
def _cues() -> tuple[tuple[str, tuple[_Phrase, ...]], ...]:
    entries = _content_yaml("competencies.yaml")
    out = []
    for entry in entries:
        phrases = {str(c).lower() for c in entry.get("cues", [])}
        label = str(entry.get("label", "")).lower()
        if label and len(label.split()) <= 3:
            phrases.add(label)
        patterns = [_phrase_pattern(p) for p in sorted(phrases)]
        # A one-word label ending in -ation or -ability also matches its verb
        # ("communication" -> "communicates", "adaptability" -> "adapt").
        stem = re.fullmatch(r"([a-z]{4,}?)(?:ation|ability)", label)
        if stem:
            patterns.append(_Phrase(stem.group(1), re.compile(rf"\b{stem.group(1)}\w*", re.I)))
        out.append((entry["id"], tuple(patterns)))
    return tuple(out)


# --- title, family, seniority ---------------------------------------------------


def _find_title(text: str) -> Span | None:
    labelled = _LABELLED_TITLE.search(text)
    if labelled:
        return _trimmed(text, labelled.start("title"), labelled.end("title"))
    candidates: list[Span] = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group(0).strip(" \t*#_-:|")
        if not stripped:
            continue
        if len(candidates) == 3 or stripped.endswith((".", "?", "!")) or len(stripped) > 90:
            break
        if stripped[0].isupper() and not _NOT_TITLE.match(stripped):
            candidates.append(_trimmed(text, match.start(), match.end()))
    for span in candidates:
        if _looks_like_title(span.text):
            return span
    hiring = _HIRING_PHRASE.search(text)
    if hiring:
        return _trimmed(text, hiring.start("title"), hiring.end("title"))
    return candidates[0] if candidates else None


def _looks_like_title(line: str) -> bool:
    words = set(re.findall(r"[a-z&/]+", line.lower()))
    if any(words & f.title_words for f in _families()):
        return True
    if any(p.search(line) for f in _families() for p in f.titles):
        return True
    return any(p.search(line) for _level, p in _LEVEL_WORDS) or bool(_ROLE_NOUN.search(line))


def _trimmed(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(" \t*#_-:|"))
    right = len(piece.rstrip(" \t*#_-:|"))
    # Drop a trailing "(Remote)" / "- London" style qualifier after the role.
    core = piece[left:right]
    cut = re.search(r"\s+(?:[-–—|(]|@\s|at\s+[A-Z])", core)
    if cut and cut.start() >= 3:
        right = left + cut.start()
    return Span(start + left, start + right, text[start + left : start + right])


def _family_scores(text: str, title: Span | None) -> dict[str, float]:
    scores: dict[str, float] = {}
    title_text = title.text if title else ""
    title_words = set(re.findall(r"[a-z&/]+", title_text.lower()))
    for family in _families():
        score = 0.0
        for pattern in family.titles:
            if title_text and pattern.search(title_text):
                score += _TITLE_PHRASE
            elif pattern.search(text):
                score += _BODY_TITLE
        score += _TITLE_WORD * len(title_words & family.title_words)
        score += _BODY_KEYWORD * sum(1 for pattern in family.keywords if pattern.search(text))
        if score:
            scores[family.id] = round(score, 2)
    return dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))


def _years_asked(text: str) -> int | None:
    found = []
    for match in _YEARS.finditer(text):
        tail = match.group("tail").lower()
        before = text[max(0, match.start() - 40) : match.start()].lower()
        if "experience" in tail or "experience" in before or "track record" in tail:
            found.append(int(match.group("low")))
    return min(found) if found else None


def _seniority(title: str | None, years: int | None, text: str) -> str | None:
    if title:
        for level, pattern in _LEVEL_WORDS:
            if not pattern.search(title):
                continue
            if level == "manager" and _IC_MANAGER.search(title):
                if re.search(r"\bsenior manager\b", title, re.I):
                    return "manager"
                continue
            if level == "lead" and re.search(r"\blead(s|ing)? (generation|gen)\b", title, re.I):
                continue
            return level
    if years is not None:
        if years <= 1:
            return "junior"
        if years <= 4:
            return "mid"
        if years <= 7:
            return "senior"
        return "lead"
    if _JUNIOR_BODY.search(text):
        return "junior"
    if _MANAGES_PEOPLE.search(text):
        return "manager"
    return "mid" if title else None


# --- skills and competencies ---------------------------------------------------


def _skills(text: str) -> list[Span]:
    spans: list[Span] = []
    for family in _families():
        for pattern in family.keywords:
            match = pattern.search(text)
            if match:
                spans.append(Span(match.start(), match.end(), match.group(0)))
    spans.extend(_tool_names(text))
    return _first_of_each(spans)


def _tool_names(text: str) -> Iterable[Span]:
    for line in re.finditer(r"[^\n]+", text):
        content = line.group(0)
        letters = [c for c in content if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            continue  # an all-capitals heading, not tool names
        for match in _TOOL_SHAPES.finditer(content):
            word = match.group(0)
            if word.upper() in _NOT_TOOLS or len(word) < 2:
                continue
            start = line.start() + match.start()
            yield Span(start, start + len(word), word)
    for enum in _ENUMERATION.finditer(text):
        offset = enum.start("items")
        for item in re.finditer(r"[^,/]+", enum.group("items")):
            for piece in re.split(r"\s+(?:and|or|&)\s+", item.group(0)):
                candidate = piece.strip()
                words = candidate.split()
                if not 1 <= len(words) <= 3 or not candidate[0].isupper():
                    continue
                if words[0].lower() in _STOPWORDS or candidate.upper() in _NOT_TOOLS:
                    continue
                at = text.find(candidate, offset + item.start())
                if at >= 0:
                    yield Span(at, at + len(candidate), candidate)


def _first_of_each(spans: Sequence[Span]) -> list[Span]:
    chosen: dict[str, Span] = {}
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        key = span.text.lower()
        if key in chosen:
            continue
        if any(s.start <= span.start and span.end <= s.end for s in chosen.values()):
            continue
        chosen[key] = span
    return sorted(chosen.values(), key=lambda s: s.start)


def _competencies(text: str) -> list[tuple[str, float, list[Span]]]:
    requirement_start = _requirements_start(text)
    found: list[tuple[str, float, list[Span]]] = []
    for cid, patterns in _cues():
        spans: list[Span] = []
        for pattern in patterns:
            for match in pattern.finditer(text):
                span = Span(match.start(), match.end(), match.group(0))
                if not any(s.start < span.end and span.start < s.end for s in spans):
                    spans.append(span)
        if not spans:
            continue
        weight = sum(_cue_weight(text, s, requirement_start) for s in spans)
        found.append((cid, weight, sorted(spans, key=lambda s: s.start)))
    if not found:
        return []
    top = max(weight for _cid, weight, _spans in found)
    found.sort(key=lambda item: (-item[1], item[2][0].start, item[0]))
    return [(cid, round(weight / top, 4), spans) for cid, weight, spans in found]


def _requirements_start(text: str) -> int | None:
    match = _REQUIREMENT_HEADING.search(text)
    return match.start() if match else None


def _cue_weight(text: str, span: Span, requirement_start: int | None) -> float:
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    weight = _CUE
    if _EMPHASIS_WORDS.search(line):
        weight += _EMPHASIS
    if requirement_start is not None and span.start >= requirement_start:
        weight += _EMPHASIS / 2
    return weight
