"""Thank-you notes: one personal draft per interviewer, 100-180 words.

A draft is assembled from the phrase material in ``content/thanks.yaml``:
a greeting, an opening, the positive point the candidate noted, a bridge, a
sentence on a topic discussed with the emphasis that interviewer's kind
weighs, a restatement of enthusiasm, a closing and a sign-off, laid out in
one of several paragraph structures. The ``variant`` picks every one of those
choices, so notes sent to people from the same interview day differ in more
than the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from roundtwo.content.vocabulary import KINDS
from roundtwo.errors import RoundtwoError
from roundtwo.followup.phrasebook import Phrasebook, load_phrasebook

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Placeholder keys in thanks.yaml, by the NoteInput field they stand for.
_FIELDS = {
    "point": "positive_point",
    "topic": "topics",
    "company": "company",
    "role": "role",
    "candidate": "candidate_name",
}
_SHRINK_STEP = 5
_SHRINK_FLOOR = 10


@dataclass
class NoteInput:
    """What the candidate noted about one interviewer right after the interview.

    ``positive_point`` reads best as a phrase or clause addressed to the
    interviewer ("your story about rebuilding the on-call rota"); ``topics``
    are short phrases ("the Q3 roadmap"). Empty fields become bracketed
    placeholders in the draft. ``interviewer_title`` is kept for the caller;
    the note itself greets by first name and does not restate the title.
    """

    interviewer_name: str
    interviewer_title: str = ""
    interviewer_kind: str = "other"
    company: str = ""
    role: str = ""
    candidate_name: str = ""
    topics: list[str] = field(default_factory=list)
    positive_point: str = ""
    interview_date: date | None = None


@dataclass(frozen=True)
class Draft:
    """A thank-you draft ready to edit, export or send.

    ``needs_details`` is true when ``missing`` names details shown as
    [bracketed placeholders] the user must fill; ``shortened`` names the
    notes that were cut to keep the draft within the word limit.
    """

    subject: str
    body: str
    word_count: int
    needs_details: bool = False
    missing: tuple[str, ...] = ()
    shortened: tuple[str, ...] = ()


@dataclass
class _Choice:
    """The pieces one variant picked, before the slots are filled."""

    greeting: str
    structure: tuple[tuple[str, ...], ...]
    moves: dict[str, str]
    extras: tuple[str, ...]
    signoff: str
    subject: str


def draft_thank_you(n: NoteInput, *, variant: int = 0) -> Draft:
    """Draft the thank-you note for one interviewer.

    In: the candidate's notes on that interviewer and a ``variant`` number
    (any int; notes for different people should use different numbers).
    Out: a :class:`Draft` addressed by first name, quoting the positive point
    and a topic, naming the role and company, signed with the candidate's
    name, 100-180 words whenever the notes are of ordinary length.

    Edge cases: an empty interviewer name, or a kind outside the shared
    vocabulary, raises :class:`RoundtwoError`; an empty kind counts as
    ``other``. Empty notes give [bracketed placeholders] and
    ``needs_details=True``. A positive point over 40 words or a topic over 12
    words is cut at a sentence or word boundary and reported in ``shortened``.
    The input is never modified.
    """
    book = load_phrasebook()
    first = first_name(n.interviewer_name)
    kind = _kind(n.interviewer_kind)
    missing: list[str] = []
    shortened: list[str] = []

    point, point_cut = _clip(_phrase(n.positive_point), book.point_max_words)
    topics = [_phrase(topic) for topic in n.topics if _phrase(topic)]
    if len(topics) > book.topics_max or any(_words(t) > book.topic_max_words for t in topics):
        shortened.append("topics")
    topics = [_clip(topic, book.topic_max_words)[0] for topic in topics[: book.topics_max]]
    if point_cut:
        shortened.append("positive_point")

    slots = {
        "first": first,
        "company": _filled(n.company, "company", book, missing),
        "role": _filled(n.role, "role", book, missing),
        "candidate": _filled(n.candidate_name, "candidate", book, missing),
        "point": point or _placeholder("point", book, missing),
        "topic": _join(topics) or _placeholder("topic", book, missing),
        "when": f" on {_WEEKDAYS[n.interview_date.weekday()]}" if n.interview_date else "",
    }
    choice = _choose(book, kind, variant)
    body = _fit(book, choice, slots, point, topics, shortened)
    return Draft(
        subject=_tidy(choice.subject.format_map(slots)),
        body=body,
        word_count=count_words(body),
        needs_details=bool(missing),
        missing=tuple(missing),
        shortened=tuple(dict.fromkeys(shortened)),
    )


def draft_all(notes: list[NoteInput]) -> list[Draft]:
    """Draft one note per interviewer, each built from different phrasing.

    In: the notes for everyone met in one interview, in meeting order.
    Out: one :class:`Draft` per note, same order; the i-th uses variant i,
    so up to five people get a different opening, structure, focus, closing
    and sign-off from one another. An empty list gives an empty list; a note
    without a name raises :class:`RoundtwoError` saying which one.
    """
    drafts = []
    for index, note in enumerate(notes):
        try:
            drafts.append(draft_thank_you(note, variant=index))
        except RoundtwoError as exc:
            raise RoundtwoError(
                f"note {index + 1} of {len(notes)}: {exc.message}", hint=exc.hint, field=exc.field
            ) from exc
    return drafts


def first_name(name: str) -> str:
    """The first name to greet someone by, from a full name as typed.

    Drops honorifics ("Dr.", "Ms") and reads "Raman, Priya" as Priya while
    ignoring suffixes after a comma ("Priya Raman, PhD"). An empty name
    raises :class:`RoundtwoError`.
    """
    text = " ".join(name.split())
    if "," in text:
        before, _, after = text.partition(",")
        after = after.strip()
        suffix = after.lower().replace(".", "") in load_phrasebook().name_suffixes
        text = after if after and not suffix and len(before.split()) == 1 else before
    honorifics = load_phrasebook().honorifics
    words = [w for w in text.split() if w.lower().rstrip(".") not in honorifics] or text.split()
    if not words:
        raise RoundtwoError(
            "the interviewer's name is empty.",
            hint="Add the name of the person you met, as it appeared in the invitation.",
            field="interviewer_name",
        )
    first = words[0]
    return first[:1].upper() + first[1:] if first.islower() else first


def count_words(text: str) -> int:
    """The number of words in ``text``: whitespace-separated tokens holding a letter or digit."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def _kind(kind: str) -> str:
    value = re.sub(r"[\s-]+", "_", kind.strip().lower()) or "other"
    if value not in KINDS:
        raise RoundtwoError(
            f"unknown interviewer kind '{kind}'.",
            hint=f"Use one of: {', '.join(KINDS)}.",
            field="interviewer_kind",
        )
    return value


def _choose(book: Phrasebook, kind: str, variant: int) -> _Choice:
    def pick(pool: tuple[str, ...]) -> str:
        return pool[variant % len(pool)]

    extras = book.extras[kind]
    start = variant % len(extras)
    return _Choice(
        greeting=pick(book.greetings_for(kind)),
        structure=book.structures[variant % len(book.structures)],
        moves={
            "opening": pick(book.openings),
            "point": pick(book.points),
            "bridge": pick(book.bridges),
            "focus": pick(book.focus[kind]),
            "enthusiasm": pick(book.enthusiasm),
            "closing": pick(book.closings),
        },
        extras=extras[start:] + extras[:start],
        signoff=pick(book.signoffs),
        subject=pick(book.subjects),
    )


def _fit(
    book: Phrasebook,
    choice: _Choice,
    slots: dict[str, str],
    point: str,
    topics: list[str],
    shortened: list[str],
) -> str:
    """Render the draft, adding extra sentences up to the aim and trimming past the maximum."""
    bridge = True
    body = _render(choice, slots, 0, bridge)
    # Long notes: drop the bridge, then cut the user's text step by step.
    limit = book.point_max_words
    while count_words(body) > book.max_words:
        if bridge:
            bridge = False
        elif point and limit > _SHRINK_FLOOR:
            limit -= _SHRINK_STEP
            slots["point"], cut = _clip(point, limit)
            if cut:
                shortened.append("positive_point")
        elif len(topics) > 1:
            topics = topics[:1]
            slots["topic"] = topics[0]
            shortened.append("topics")
        else:
            break
        body = _render(choice, slots, 0, bridge)
    extras = 0
    while count_words(body) < book.aim_words and extras < len(choice.extras):
        longer = _render(choice, slots, extras + 1, bridge)
        if count_words(longer) > book.max_words:
            break
        body, extras = longer, extras + 1
    return body


def _render(choice: _Choice, slots: dict[str, str], extras: int, bridge: bool) -> str:
    paragraphs = []
    for layout in choice.structure:
        sentences: list[str] = []
        for move in layout:
            if move == "extra":
                sentences.extend(choice.extras[:extras])
            elif move != "bridge" or bridge:
                sentences.append(choice.moves[move])
        if sentences:
            paragraphs.append(" ".join(s.format_map(slots) for s in sentences))
    greeting = choice.greeting.format_map(slots)
    signature = f"{choice.signoff}\n{slots['candidate']}"
    return _tidy("\n\n".join([greeting, *paragraphs, signature]))


def _tidy(text: str) -> str:
    # A note that ends in "?", "!" or "…" must not gain the template's full stop.
    return re.sub(r"([?!…])\.", r"\1", text)


def _phrase(text: str) -> str:
    """A note as a phrase to embed: whitespace collapsed, end punctuation off."""
    text = " ".join(text.split()).rstrip(" .!;:,")
    head, _, rest = text.partition(" ")
    if head.lower() in load_phrasebook().lowerable_starts and (head[1:].islower() or len(head) == 1):
        text = head.lower() + (f" {rest}" if rest else "")
    return text


def _clip(text: str, limit: int) -> tuple[str, bool]:
    """``text`` cut to ``limit`` words, at its first sentence when that fits."""
    words = text.split()
    if len(words) <= limit:
        return text, False
    sentence = re.match(r"(.+?)[.!?;](?:\s|$)", text)
    if sentence and _words(sentence.group(1)) <= limit:
        return sentence.group(1), True
    return " ".join(words[:limit]).rstrip(",;:") + "…", True


def _words(text: str) -> int:
    return len(text.split())


def _join(topics: list[str]) -> str:
    return " and ".join(topics)


def _filled(value: str, key: str, book: Phrasebook, missing: list[str]) -> str:
    text = " ".join(value.split())
    return text or _placeholder(key, book, missing)


def _placeholder(key: str, book: Phrasebook, missing: list[str]) -> str:
    missing.append(_FIELDS[key])
    return book.placeholders[key]
