"""Find the quantified facts in an answer: percentages, money, counts, durations.

A metric is what an interviewer would write down as evidence: "40%", "$2
million", "12 engineers", "three weeks", "2x", "ranked first", "from 3.1 to
4.5". Ordinal connectives ("first, I ..."), years used as dates ("in 2021"),
times of day, identifiers ("USP 797", "step 3") and version numbers are not.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from roundtwo.coach.lexicons import lexicon, words_of
from roundtwo.coach.records import Metric

_SCALE = r"(?:\s?(?:k|m|mm|bn|b)\b|\s(?:hundred|thousand|million|billion|trillion)\b)"
_PERCENT = r"(?:\s?%|\s?per\s?cent\b|\s?percent\b)"
_DIGITS = (
    r"(?<![\w.,/:])(?<![A-Za-z]-)(?P<cur>[$€£]\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]\d)(?!:\d)(?!/\d)"
    rf"(?P<suffix>{_PERCENT}|{_SCALE}(?:{_PERCENT})?|x\b|\+)?(?![^\W_])"
)
_FRACTION_SCORE = r"(?<![\w.])\d+(?:\.\d+)?\s?/\s?(?:5|10|100)\b(?!/)"
_WORDY = (
    r"\b(?:a\s+dozen|a\s+couple\s+of(?=\s+(?:days|weeks|months|years|hours|minutes)\b)|a\s+hundred|a\s+thousand|"
    r"a\s+million|a\s+billion|a\s+third|two\s+thirds|a\s+fifth|half|zero)\b"
)
_MULTIPLIER = (
    r"\b(?:twice|doubled|doubling|double(?![- ]check)|tripled|tripling|triple(?![- ]check)|"
    r"quadrupled|quadruple|tenfold|twofold|threefold|fivefold|\w+-fold)\b"
)
_RANK = (
    r"\b(?:ranked|ranking|rank|placed|finished|came\s+in)\s+(?:at\s+)?(?:no\.\s?\d+|number\s+\w+|"
    r"#\d+|first|second|third|fourth|fifth|top\s+\w+|\d+(?:st|nd|rd|th))\b|"
    r"\b(?:first|second|third)\s+place\b|#\d+\b|\btop\s+(?:\d+|three|five|ten|twenty)\b(?!-)|"
    r"\bnumber\s+one\b"
)
_POINT = r"\b(?:than|by|about|nearly|almost|over|under|half)\s+(?:a|one)\s+(?:percentage\s+)?point\b"
_RATE = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:minute|hour|day|week|month|quarter|year|shift|night)\b",
    re.IGNORECASE,
)
_OUT_OF = re.compile(r"\s+out\s+of\s+(?:\d+(?:\.\d+)?|five|ten|a\s+hundred)\b", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\s?(?:am|pm|a\.m\.|p\.m\.|o'clock|o’clock)(?![^\W_])", re.IGNORECASE)
_NEXT_WORD = re.compile(r"(?:-|\s+)([A-Za-z][A-Za-z'’]*)")
_WORD_CHAR = re.compile(r"[A-Za-z'’.]")
_FROM = re.compile(
    r"\b(?:from|between)\s+(?:(?:about|around|roughly|nearly|almost|basically|like|just|"
    r"over|under|only|approximately)\s+)*$",
    re.IGNORECASE,
)
_TO = re.compile(
    r"^\s*(?:to|and|-|–)\s+(?:(?:about|around|roughly|nearly|almost|basically|like|just|"
    r"over|under|only|approximately)\s+)*$",
    re.IGNORECASE,
)
_MODIFIERS = frozenset(
    [
        "more",
        "additional",
        "extra",
        "fewer",
        "less",
        "new",
        "full",
        "separate",
        "different",
        "other",
        "open",
        "active",
        "existing",
        "junior",
        "senior",
    ]
)
_COUNT_KIND = "count"
_OPENERS = frozenset("#$€£0123456789")
#: "a year leader", "a day job": the unit names a role or thing, not a span of time.
_ROLE_AFTER = frozenset(["leader", "head", "group", "job", "pass", "trip", "rep", "manager", "planner"])
_CLOCK_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "noon",
        "midnight",
    ]
)
_CLOCK_AFTER = re.compile(
    r"\s*(?:o['’]clock|a\.?m\b|p\.?m\b|in the (?:morning|afternoon|evening)|at night|"
    r"(?:that|this|the next|each|every) (?:morning|afternoon|evening|night))"
)
_PAIR_BEFORE = re.compile(r"(\d[\d.,]*)\s+(?:to|and|or|through)\s+$", re.IGNORECASE)
_ONE_DURATION_BEFORE = frozenset(
    ["for", "within", "in", "after", "over", "about", "under", "just", "only", "least"]
)


@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    digits: bool = False


@functools.cache
def _atoms(flags: int = 0) -> re.Pattern[str]:
    numbers = lexicon("numbers")
    plural_scales = {"dozen", "dozens", "hundreds", "thousands", "millions", "billions"}
    card = [w for w in numbers["cardinals"] if w not in plural_scales]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units = "one|two|three|four|five|six|seven|eight|nine"
    word_number = (
        rf"\b(?:(?:{tens})[- ](?:{units})|{'|'.join(sorted(card, key=len, reverse=True))})"
        rf"(?:\s(?:hundred|thousand|million|billion))*(?:{_PERCENT})?\b"
    )
    durations = sorted(numbers["a_durations"], key=len, reverse=True)
    spaced = "|".join(re.sub(" ", r"\\s+", d) for d in durations)
    a_duration = rf"\b(?:a|an|half\s+an?)\s+(?:(?:extra|whole|full|additional|entire)\s+)?(?:{spaced})\b"
    parts = [
        ("score", _FRACTION_SCORE),
        ("rank", _RANK),
        ("digits", _DIGITS),
        ("point", _POINT),
        ("multiplier", _MULTIPLIER),
        ("wordy", _WORDY),
        ("adur", a_duration),
        ("word", word_number),
    ]
    return re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in parts), flags)


#: Words besides the number words that can open a metric ("a month", "than a point").
_OPENING_WORDS = ("a", "an", "half", "zero", "than", "by", "about", "nearly", "almost", "over", "under")


@functools.cache
def _triggers() -> frozenset[str]:
    """Words that can open a metric; the full pattern is only tried where one starts."""
    numbers = lexicon("numbers")
    tens = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    keys = ("cardinals", "multipliers", "rank_cues", "ordinals")
    words = [*(w for key in keys for w in numbers[key]), *_OPENING_WORDS, *tens]
    return frozenset(word.split()[0].strip(".") for word in words)


def _trie_regex(words: list[str]) -> str:
    """One regex for ``words`` shaped as a trie ("a(?:bout|n)?"): it fails fast at most places."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@functools.cache
def _candidates() -> re.Pattern[str]:
    """Where a metric may start: a digit, a currency sign or "#", or a trigger word."""
    words = _trie_regex(sorted(_triggers()))
    return re.compile(rf"[#$€£\d]|(?<![a-z0-9])(?:{words}|[a-z]+fold)(?![a-z0-9])")


def _atom_matches(atoms: re.Pattern[str], lower: str) -> list[re.Match[str]]:
    """``atoms.finditer(lower)``, but trying the pattern only where a number or trigger word starts."""
    found: list[re.Match[str]] = []
    resume = 0
    for candidate in _candidates().finditer(lower):
        start = candidate.start()
        if start < resume:
            continue
        if start and lower[start - 1].isalnum() and lower[start] not in _OPENERS:
            continue
        match = atoms.match(lower, start)
        if match and match.end() > start:
            found.append(match)
            resume = match.end()
    return found


def _prev_word(text: str, start: int) -> tuple[str, int]:
    """The word before ``start`` (lowercase) and where it begins, or ("", -1)."""
    floor = max(0, start - 30)
    i = start - 1
    while i >= floor and not (text[i].isalnum() or text[i] == "_"):
        i -= 1  # the non-word characters between the word and ``start``
    if i < floor or not _WORD_CHAR.match(text[i]):
        return "", -1
    end = i + 1
    while i >= floor and _WORD_CHAR.match(text[i]):
        i -= 1
    begin = i + 1
    while begin < end and not ("A" <= text[begin] <= "Z" or "a" <= text[begin] <= "z"):
        begin += 1  # the word starts at its first letter
    if begin >= end:
        return "", -1
    return text[begin:end].lower().rstrip("."), begin


def _next_word(text: str, end: int) -> str:
    match = _NEXT_WORD.match(text, end)
    return match.group(1).lower() if match else ""


def _starts_sentence(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;-•*"


def _is_identifier(text: str, start: int) -> bool:
    """A number named by the word before it: "USP 797", "Route 66", "step 3"."""
    word, at = _prev_word(text, start)
    if not word or text[at + len(word) : start].strip(" ") not in ("", "#"):
        return False
    if word in words_of("numbers", "id_before") or word in words_of("numbers", "months"):
        return True
    original = text[at : at + len(word)]
    capitalised = original[:1].isupper() and original.lower() not in {"i", "a"}
    return capitalised and not _starts_sentence(text, at)


def _digits_kind(text: str, match: re.Match[str]) -> str | None:
    """The kind of a numeral match, or None when it is a year, time, date or identifier."""
    num = match.group("num")
    suffix = (match.group("suffix") or "").strip().lower()
    start = match.start()
    if match.group("cur"):
        return "money"
    if "%" in suffix or "cent" in suffix:
        return "percent"
    if suffix == "x":
        return "multiplier"
    if suffix in {"k", "m", "mm", "bn", "b"} and _next_word(text, match.end()) not in {"", "in"}:
        return "money" if _next_word(text, match.end()) in words_of("numbers", "currency_words") else "count"
    if _TIME_OF_DAY.match(text, match.end()):
        return None
    nxt = _next_word(text, match.end())
    prev, _ = _prev_word(text, start)
    if nxt in words_of("numbers", "months") or prev in words_of("numbers", "months"):
        return None
    if re.fullmatch(r"(?:19|20)\d\d", num):
        plural_noun = nxt.endswith("s") and nxt not in {"is", "was", "has", "as", "this", "its"}
        if prev in words_of("numbers", "year_before") or not plural_noun:
            return None
    if _is_identifier(text, start):
        return None
    pair = _PAIR_BEFORE.search(text, max(0, start - 40), start)
    if pair and _is_identifier(text, pair.start(1)):
        return None  # "from Python 3.8 to 3.11": the second number is an identifier too
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and re.match(r"[.)]\s", text[match.end() : match.end() + 2]):
        return None  # a numbered list item, "1. ..."
    if nxt in words_of("numbers", "currency_words"):
        return "money"
    return _COUNT_KIND


def _one_counts(text: str, match: re.Match[str]) -> bool:
    """ "one" is a count only in "only one cancellation", "with one technician"."""
    prev, _ = _prev_word(text, match.start())
    nxt = _next_word(text, match.end())
    if nxt in words_of("numbers", "duration_units") and prev in _ONE_DURATION_BEFORE:
        return nxt not in {"morning", "afternoon", "evening", "night", "weekend"}
    if text[match.end() : match.end() + 1] == "-":
        return nxt not in {"on", "off", "time", "way", "of", "to"}
    return (
        prev in words_of("numbers", "one_count_before")
        and nxt not in words_of("numbers", "one_not_count")
        and bool(nxt)
    )


def _is_clock_time(text: str, hit: _Hit) -> bool:
    """ "at seven", "by four in the afternoon", "three o'clock", "two years ago" are times, not metrics."""
    after = text[hit.end : hit.end + 24].lower()
    if _CLOCK_AFTER.match(after):
        return True
    if hit.kind == "duration" and re.match(r"\s+ago\b", after):
        return True
    if hit.kind != _COUNT_KIND:
        return False
    value = text[hit.start : hit.end].lower()
    small = value in _CLOCK_WORDS or (value.isdigit() and 1 <= int(value) <= 12)
    prev, at = _prev_word(text, hit.start)
    adjacent = at >= 0 and not text[at + len(prev) : hit.start].strip()
    return (
        small
        and adjacent
        and prev in {"at", "by", "around", "until", "till", "after", "before", "past", "to"}
    )


def _classify(text: str, match: re.Match[str]) -> _Hit | None:
    name = match.lastgroup or ""
    start, end = match.span()
    if name == "digits":
        kind = _digits_kind(text, match)
        return _Hit(start, end, kind, digits=True) if kind else None
    if name == "word":
        word = match.group().lower()
        if word == "one" and not _one_counts(text, match):
            return None
        if "%" in word or "cent" in word:
            return _Hit(start, end, "percent")
        return _Hit(start, end, _COUNT_KIND)
    if name == "wordy":
        word = match.group().lower()
        if word == "half":
            prev, _ = _prev_word(text, start)
            if prev in {"first", "second", "other", "on", "behalf"} or _next_word(text, end).endswith("ed"):
                return None
        return _Hit(start, end, "count")
    if name == "adur":
        prev, _ = _prev_word(text, start)
        if prev in {"once", "per", "every", "each", "at"} or _next_word(text, end) in _ROLE_AFTER:
            return None
        return _Hit(start, end, "duration")
    kinds = {"score": "score", "rank": "rank", "point": "percent", "multiplier": "multiplier"}
    return _Hit(start, end, kinds[name])


def _extend(text: str, hit: _Hit) -> None:
    """Grow a bare number over its unit: "12" -> "12 engineers", "400" -> "400-person"."""
    if hit.kind not in {_COUNT_KIND, "money", "percent", "multiplier"}:
        return
    durations = words_of("numbers", "duration_units")
    taken = 0
    pos = hit.end
    while taken < 3:
        match = _NEXT_WORD.match(text, pos)
        if not match:
            break
        word = match.group(1).lower()
        hyphen = text[pos] == "-"
        if word in {"o'clock", "o’clock", "am", "pm"}:
            break
        if word in durations and hit.kind == _COUNT_KIND:
            hit.kind = "duration"
            pos = match.end()
            break
        if word in {"percentage", "percent"} and hit.kind == _COUNT_KIND:
            hit.kind = "percent"
            pos = match.end()
            point = _NEXT_WORD.match(text, pos)
            if point and point.group(1).lower() in {"point", "points"}:
                pos = point.end()
            break
        if word == "times" and hit.kind == _COUNT_KIND:
            hit.kind = "multiplier"
            pos = match.end()
            break
        if hit.kind != _COUNT_KIND and not hyphen:
            break
        if word in words_of("english", "stopwords") and not hyphen and word not in _MODIFIERS:
            break
        pos = match.end()
        taken += 1
        if hyphen and word in durations:
            hit.kind = "duration"
        if (word.endswith("s") and word not in _MODIFIERS) or hyphen:
            break
    hit.end = pos
    out_of = _OUT_OF.match(text, hit.end)
    if out_of:
        hit.end, hit.kind = out_of.end(), "score"


def _merge(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Join rates ("$9,000 a day"), ranges and before-after pairs into one metric."""
    merged: list[_Hit] = []
    for hit in hits:
        if merged and hit.start < merged[-1].end:
            merged[-1].end = max(merged[-1].end, hit.end)
            continue
        if merged:
            last = merged[-1]
            gap = text[last.end : hit.start]
            if hit.kind == "duration" and _RATE.fullmatch(text, last.end, hit.end):
                last.end = hit.end
                continue
            lead = _FROM.search(text, max(0, last.start - 40), last.start)
            if lead and _TO.match(gap):
                last.start = lead.start()
                last.end = hit.end
                last.kind = "change"
                continue
        merged.append(hit)
    for hit in merged:
        rate = _RATE.match(text, hit.end)
        if rate and hit.kind in {"money", _COUNT_KIND, "multiplier"}:
            hit.end = rate.end()
    return merged


def find_metrics(text: str) -> list[Metric]:
    """Every quantified fact in ``text``, in order, with offsets and a kind.

    Kinds: percent, money, count, duration, multiplier, rank, score, change
    (a before and after: "from 3.1 to 4.5"). Empty text gives ``[]``.
    """
    lower = text.lower()
    # Matching lowercased text is much faster than ignoring case; offsets agree
    # unless lowercasing changed the length (rare letters such as "İ").
    if len(lower) == len(text):
        matches = _atom_matches(_atoms(), lower)
    else:
        matches = list(_atoms(re.IGNORECASE).finditer(text))
    hits = [hit for m in matches if (hit := _classify(text, m))]
    for hit in hits:
        _extend(text, hit)
    hits = [hit for hit in hits if not _is_clock_time(text, hit)]
    hits.sort(key=lambda h: (h.start, -h.end))
    return [Metric(h.start, h.end, text[h.start : h.end], h.kind) for h in _merge(text, hits)]
