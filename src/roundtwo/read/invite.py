"""Read an interview invitation email into an :class:`Invite`.

``parse_invite(email, today, tz)`` prefills an interview from the text the
candidate pastes: company, role, start and end (aware datetimes in the zone
the email states, or ``tz``), formats, location or video link, the agenda
with each interviewer's own slot, the interviewers (name, title, kind) and
what to prepare. What it cannot read stays None and is listed in
``missing``; nothing is guessed silently. In a thread the newest message
counts; what it leaves out ("same link as before") comes from the earlier
messages quoted below it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from roundtwo.errors import RoundtwoError
from roundtwo.read.email_text import (
    EmailParts,
    earlier_message,
    html_to_text,
    newest_first,
    read_eml,
    split_email,
    text_units,
    unit_at,
)
from roundtwo.read.formats import read_formats
from roundtwo.read.invite_lexicon import word_set
from roundtwo.read.kinds import TO_ME, cue_kind, find_cue, interviewer_kind, manager_of_role, title_kind
from roundtwo.read.logistics import find_location, find_preparation, find_video_link
from roundtwo.read.names import is_department, is_title
from roundtwo.read.people import PersonMention, find_people
from roundtwo.read.posting import read_company, read_role
from roundtwo.read.presence import says_absent
from roundtwo.read.schedule import Schedule, read_schedule
from roundtwo.read.zones import place_zones, zone_info

__all__ = ["AgendaItem", "Interviewer", "Invite", "parse_invite", "read_eml"]

#: The fields ``missing`` may list.
FIELDS = ("company", "role", "start", "end", "location", "formats", "interviewers")
_SENDER_JOINS = re.compile(
    # "with me", not "chat with me last week".
    r"\b(?:with me(?!\s+(?:last|yesterday|earlier|before|previously|the other day|on the phone))|"
    r"w/ me|then me|meeting me(?! at| in| outside| downstairs)|me again|myself|and me|"
    r"(?:just|only) (?:be )?me|"
    r"(?-i:[A-Z])[\w'-]+(?:\s*\([^()]*\))? and I(?!')|"
    r"I will (?:also )?(?:sit on|join|be (?:on|part of|joining))|"
    r"I'll (?:also )?(?:join|sit (?:on|in)|be (?:on|joining))|joined by me|(?:be|with) me and|"
    r"I(?:'ll| will) be joined by|you and I\b(?! spoke| talked| discussed| met)|"
    # A small employer who does the interview: "meet me on site", "do a hand tie for me".
    r"meet me|I(?:'ll| will) be watching|"
    # "me and Shane our leading hand would both sit down w/ you", "it'll be me + Sanne".
    r"me\s*(?:and|&|\+|n)\s*(?-i:[A-Z])[\w'-]*|"
    # "with me" in Spanish, Portuguese, French and German
    r"conmigo|comigo|avec moi|mit mir|"
    r"I (?:need|want|would like|'d like) to see (?:you|how|what)|so I can see)\b",
    re.IGNORECASE,
)
_WE_INTERVIEW = re.compile(
    r"\b(?:we'll (?:ask|have you|go through|walk through|talk through|dig into|chat|discuss|do)|"
    r"we will (?:ask|have you|go through|walk through|discuss|do)|the (?:two|three|four) of us|both of us|"
    r"I'll (?:ask|walk you|go through|want to hear|pull in|bring in)|we(?:'ll| will) interview|"
    r"I(?:'ll| will) (?:call|phone|ring) you (?:[\w,]+ ){0,3}at \d|I(?:'ll| will) be the one|"
    r"(?:will|'ll) (?:also )?join us|"
    r"I (?:want|'d like|would like) to "
    r"(?:dig into|hear|ask|talk|discuss|understand|meet you|meet with you))\b",
    re.IGNORECASE,
)
_NOT_SENDER_JOIN = re.compile(
    r"\b(?:thanks?|thank you|speaking|spoke|chatting|chatted|talking|talked|contact|reach|ask for|"
    r"call(?=\s+(?:me|us|(?-i:[A-Z])))|email|questions?|following|first|previous|earlier|initial)\b[^.]{0,25}$",
    re.IGNORECASE,
)
#: Titles of people who arrange interviews for others rather than hold them.
_ARRANGES = re.compile(
    r"\b(?:(?i:assistant|coordinator|co-ordinator|administrator|office manager|secretary)|EA|PA)\b"
)
#: Words that set up a meeting ("come out to the site and meet", "I'd like to speak with you").
_MEETS = re.compile(
    r"\b(?:meet|meeting|speak|talk|chat|catch[- ]up|sit down|interview|see you|(?:call|phone|ring) you at|"
    r"come (?:in|out|by|over|down|to))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_NAME_ADDRESS = re.compile(r"([A-Z][\w'-]*(?: [A-Z][\w'.-]*){1,3})\s*[<(]\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
_HTML = re.compile(r"<(?:html|body|div|p|br|table|td|li)\b[^>]*>", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(r"\b(?:to|into|for|under)\s+(?:him|her)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^\s*(?:he|she|they)(?:'s|'ll|'d)?\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I'll|I'd|me|my)\b")
_NOT_PERSON_WORDS = re.compile(
    r"\b(?:studio|hotel|school|college|university|hospital|clinic|institute|foundation|holdings|academy|museum|"
    r"gallery|cafe|café|brasserie|restaurant|lobby|trailer|inc|llc|ltd|gmbh|corp|plc|llp|pty|committee)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Interviewer:
    """One person the candidate will meet, with their own slot when the agenda gives one."""

    name: str
    title: str | None
    kind: str
    start: datetime | None = None
    end: datetime | None = None
    email: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The interviewer as JSON-ready data (times as ISO-8601 with offset)."""
        return {
            "name": self.name,
            "title": self.title,
            "kind": self.kind,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "email": self.email,
        }


@dataclass(frozen=True)
class AgendaItem:
    """One agenda slot: when, what the line says, and who is met."""

    start: datetime | None
    end: datetime | None
    label: str
    interviewers: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The slot as JSON-ready data."""
        return {
            "start": _iso(self.start),
            "end": _iso(self.end),
            "label": self.label,
            "interviewers": list(self.interviewers),
        }


@dataclass(frozen=True)
class Invite:
    """What an invitation email says about the interview (see :func:`parse_invite`)."""

    company: str | None
    role: str | None
    start: datetime | None
    end: datetime | None
    timezone: str
    formats: list[str]
    location: str | None
    video_link: str | None
    interviewers: list[Interviewer]
    preparation: list[str]
    missing: list[str] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT.md invite object (without ``id``) plus ``missing``,
        ``agenda``, ``preparation`` and the interview ``date``."""
        return {
            "company": self.company,
            "role": self.role,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "timezone": self.timezone,
            "date": self.date.isoformat() if self.date else None,
            "formats": list(self.formats),
            "location": self.location,
            "video_link": self.video_link,
            "interviewers": [i.to_dict() for i in self.interviewers],
            "agenda": [a.to_dict() for a in self.agenda],
            "preparation": list(self.preparation),
            "missing": list(self.missing),
        }


@dataclass
class _Person:
    name: str
    title: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower())
    return re.sub(r"[^a-z0-9]+", " ", "".join(c for c in folded if not unicodedata.combining(c))).strip()


def _check(email: object, today: object, tz: object) -> date:
    if not isinstance(email, str):
        raise RoundtwoError("the email must be text.", hint="Give the invitation as a string.")
    if not email.strip():
        raise RoundtwoError("the email is empty.", hint="Paste the whole invitation, subject line included.")
    if "\x00" in email:
        raise RoundtwoError(
            "the email holds binary data.", hint="Paste the invitation's text or give an .eml file."
        )
    if not isinstance(tz, str) or not tz:
        raise RoundtwoError("no time zone given.", hint="Give an IANA zone such as Europe/London.")
    try:
        zone_info(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise RoundtwoError(
            f"unknown time zone: {tz!r}.", hint="Give an IANA zone such as Europe/London or America/New_York."
        ) from None
    if isinstance(today, datetime):
        return today.date()
    if not isinstance(today, date):
        raise RoundtwoError(f"today must be a date, not {today!r}.", hint="Give it as YYYY-MM-DD.")
    return today


def _absent_later(text: str, person: _Person, after: int) -> bool:
    """True when the first name alone, after the last mention that seats the person,
    says they will not interview ("Helen won't be able to join")."""
    first = person.name.split()[0]
    return any(
        m.group(0) == first and says_absent(text, unit_at(text, m.start()), m.start(), m.end())
        for m in _WORD.finditer(text, after)
    )


def _interview_mentions(
    text: str, mentions: list[PersonMention], parts: EmailParts, company: str | None
) -> list[_Person]:
    """The people the mentions say will interview, in order of first mention."""
    recipients = {
        _key(r).removeprefix("mr ").removeprefix("ms ").removeprefix("dr ") for r in parts.recipients
    }
    # The sender or the candidate named without a title ("Orla Brennan - organizer") is not on the panel.
    sender = _key(parts.sender or "")
    company_key = _key(company or "")
    places = place_zones()
    people: dict[str, _Person] = {}
    status: dict[str, bool] = {}
    last_yes: dict[str, int] = {}
    seated: set[str] = set()
    contacts: set[str] = set()
    for mention in mentions:
        key = _key(mention.name)
        first = key.split()[0] if key else ""
        if not key or (key in places and not mention.title) or _NOT_PERSON_WORDS.search(mention.name):
            continue
        if _NOT_PERSON_WORDS.match(text, mention.end + 1) and text[mention.end : mention.end + 1] == " ":
            continue  # "Advisory Appointments Committee": the name of a body, not a person
        if company_key and (key in company_key or company_key in key):
            continue
        if key in recipients or (mention.title is None and (first in recipients or first == sender)):
            continue
        if mention.contact:
            contacts.add(key)
        if mention.negative:
            status[key] = False
        elif mention.listed or mention.title or mention.seated:
            status[key] = True
            if mention.seated:
                seated.add(key)
            last_yes[key] = mention.end
        person = people.setdefault(key, _Person(mention.name, mention.title))
        person.title = person.title or mention.title
        person.spans.append((mention.start, mention.end))
        person.contexts.append(mention.context)
    chosen = {k: p for k, p in people.items() if status.get(k) and not _absent_later(text, p, last_yes[k])}
    # "Sarah (Head of Product)" and "Sarah Lee" elsewhere are one person.
    # The full name may be written where nothing seats them ("second with Sofia Andrade Lobo").
    for key in [k for k in chosen if " " not in k]:
        full = [k for k in people if " " in k and k.split()[0] == key and status.get(k) is not False]
        if len(full) == 1:
            merged, whole = chosen[key], people[full[0]]
            whole.spans += merged.spans
            whole.contexts += merged.contexts
            whole.title = whole.title or merged.title
            chosen = {full[0] if k == key else k: whole if k == key else p for k, p in chosen.items()}
            if key in seated:
                seated.add(full[0])
    # A name with neither a title nor words seating them at the interview (a
    # signature, a guest list, a company read as a name) is not taken as an interviewer.
    # A recruiter named as the organiser or the contact elsewhere schedules; they do not interview.
    return [
        p
        for k, p in chosen.items()
        if (p.title or k in seated) and not (k in contacts and title_kind(p.title) == "hr")
    ]


#: A bracketed aside after a signature's title: "Pharmacy District Manager (Pharmacy Managers
#: in West Michigan report to me)".
_ASIDE = re.compile(r"\s*\(([^()]*)\)\s*$")


def _signature_asides(parts: EmailParts) -> list[str]:
    """What the signature says of the sender in brackets: a cue to their kind."""
    return [m.group(1) for line in parts.signature[:4] if (m := _ASIDE.search(line))]


def _signature_title(parts: EmailParts) -> str | None:
    """The sender's job title from the signature ("Senior Recruiter, Lakefront" -> "Senior Recruiter")."""
    lines = [line for line in parts.signature if any(ch.isalpha() for ch in line)]  # past a "--" rule
    if len(lines) > 1 and parts.sender and lines[0] != parts.sender and lines[1].startswith(parts.sender):
        lines = lines[1:]  # "theo", then "Theo Mbeki-Larsen": the sign-off above the full name
    first = re.split(r"\s*[|,]\s*|\s+/\s+", lines[0], maxsplit=1)[1:] if lines else []  # "Ben Carter / owner"
    for line in [*first, *lines[1:3]]:
        pieces = re.split(r"\s*([,|@–—])\s*", line)
        for index in range(0, len(pieces), 2):
            if is_title(pieces[index]):
                title = _ASIDE.sub("", pieces[index]).strip()
                # "Manager, Clinical Data Operations": the department the title runs.
                if index + 2 < len(pieces) and pieces[index + 1] == "," and is_department(pieces[index + 2]):
                    title += ", " + pieces[index + 2].strip()
                return title
    return None


def _sender(parts: EmailParts, text: str, body_at: int, people: list[_Person]) -> None:
    """Add the sender when the email puts them on the panel ("with me", "myself"),
    and give a listed sender the title their signature states."""
    if not parts.sender or "/" in parts.sender:
        return  # "Sd/-" (signed) over an officer's title is no name
    key = _key(parts.sender)
    for person in people:
        if person.title is None and _key(person.name) == key:
            person.title = _signature_title(parts)
    spans = []
    for m in _SENDER_JOINS.finditer(text, body_at):
        if not _NOT_SENDER_JOIN.search(text[unit_at(text, m.start())[0] : m.start()]):
            spans.append((m.start(), m.end()))
    title = _signature_title(parts)
    if not spans and title and title_kind(title) != "hr":
        # A hiring manager or founder who writes "we'll ask you ..." or "the three of us" is on the panel,
        # and one who names no one else ("come out to the site and meet in person") is the panel.
        spans = [(m.start(), m.end()) for m in _WE_INTERVIEW.finditer(text, body_at)]
        if (
            not spans
            and not people
            and not parts.quoted
            and not _ARRANGES.search(title)
            and _MEETS.search(text, body_at)
        ):
            spans = [(len(text), len(text))]  # signed below the text: no mention in it to point at
    if not spans:
        return
    for person in people:
        if _key(person.name) == key or _key(person.name).split()[0] == key:
            person.spans.extend(spans)
            return
    contexts = [text[s : min(len(text), s + 60)] for s, _ in spans] + _signature_asides(parts)
    people.append(_Person(parts.sender, _signature_title(parts), spans, contexts))


def _references(text: str, body_at: int, people: list[_Person]) -> list[tuple[int, int, int]]:
    """Spans naming each person: full mentions, and first names used alone."""
    spans = [(s, e, i) for i, p in enumerate(people) for s, e in p.spans]
    firsts: dict[str, list[int]] = {}
    for i, person in enumerate(people):
        firsts.setdefault(person.name.split()[0], []).append(i)
    for m in _WORD.finditer(text, body_at):
        owners = firsts.get(m.group(0), [])
        if len(owners) == 1 and len(m.group(0)) >= 2 and not any(s <= m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), owners[0]))
    return sorted(spans)


def _back_references(
    text: str, body_at: int, refs: list[tuple[int, int, int]], people: list[_Person], sender: int | None
) -> None:
    """Cues in other sentences ("Hannah is the hiring manager") reach the person named."""
    last_named: int | None = None
    for start, end in text_units(text):
        if end <= body_at:
            continue
        sentence = text[start:end]
        named = [(s, who) for s, _e, who in refs if start <= s < end]
        if cue_kind(sentence, writer=True):
            target = None
            cue = find_cue(sentence)
            if sender is not None and cue and TO_ME.match(sentence, cue.end()):
                target = sender  # "... and then me, since you'd be reporting to me"
            elif named:
                # The person named last before the cue phrase is the one it speaks of.
                prior = [who for s, who in named if cue and s < start + cue.start()]
                target = prior[-1] if prior else named[-1][1]
            elif sender is not None and _FIRST_PERSON.search(sentence):
                target = sender
            elif (_PRONOUN.match(sentence) or _OBJECT_PRONOUN.search(sentence)) and last_named is not None:
                target = last_named  # "The role reports into him"
            if target is not None:
                people[target].contexts.append(sentence)
        if named:
            last_named = named[-1][1]


def _addresses(text: str) -> dict[str, str]:
    """Email addresses written right after a name ("Ana Ruiz <ana@x.com>"), by name."""
    return {m.group(1).strip(): m.group(2) for m in _NAME_ADDRESS.finditer(text)}


def parse_invite(email: str, today: date, tz: str) -> Invite:
    """Read an invitation email (plain text, ``Subject:`` line first if any).

    ``today`` is the reader's date, from which "next Thursday" or "tomorrow"
    are read; ``tz`` the reader's IANA zone, used for times written without
    one. Returns an :class:`Invite`; fields it cannot read are None (or
    empty) and named in ``missing``. An email with no date or no names is
    not an error. A reply or reschedule is read from its newest message;
    fields it leaves out come from the quoted earlier ones (a moved interview
    keeps its length). Raises :class:`RoundtwoError` for empty or binary text,
    an unknown zone or a ``today`` that is not a date.
    """
    today = _check(email, today, tz)
    if _HTML.search(email):
        email = html_to_text(email)  # a paste of the mail's HTML source
    parts = split_email(newest_first(email))
    invite = _read(parts, today, tz)
    quoted = parts.quoted
    previous: Invite | None = None  # the message just before the newest, once read
    changes_panel = bool(invite.interviewers) and _PANEL_CHANGE.search(parts.body) is not None
    for _ in range(_OLDER_MESSAGES):
        if not quoted or not (_lacks(invite) or changes_panel):
            break
        older = split_email(earlier_message(quoted))
        earlier = _read(older, today, tz)
        if previous is None and invite.date is None and earlier.date is not None:
            # "the start time is 9:30, not 9:00": a newest message naming no day moves the time only.
            invite = _read(parts, today, tz, earlier.date)
        if changes_panel and earlier.interviewers:
            # The newest message changes the panel the latest earlier one to name a panel set.
            invite = _changed_panel(invite, earlier, parts.body)
            changes_panel = False
        previous = previous or earlier
        invite = _fill(invite, earlier)
        quoted = older.quoted
    if parts.quoted and any(" " not in p.name for p in invite.interviewers):
        previous = previous or _read(split_email(earlier_message(parts.quoted)), today, tz)
        invite = _full_names(invite, previous)
    people = list(invite.interviewers)
    owner = _team_owner(parts.body, people)
    promoted = {owner} if owner is not None else set()
    promoted |= manager_of_role(
        [("", "hiring_manager") if i in promoted else (p.title, p.kind) for i, p in enumerate(people)],
        invite.role,
    )
    people = [replace(p, kind="hiring_manager") if i in promoted else p for i, p in enumerate(people)]
    people = [replace(p, title=_own_title(p.title)) for p in people]
    people = [replace(p, kind="other") if _from_elsewhere(p, invite.company) else p for p in people]
    return replace(invite, interviewers=_one_hiring_manager(people))


def _one_hiring_manager(people: list[Interviewer]) -> list[Interviewer]:
    """A cue read for two people ("Wanjiru Kamau (Country Director) and Otieno Odhiambo, who you'd
    report to") belongs to the one who manages at the candidate's level, not to the director."""
    managers = [p for p in people if p.kind == "hiring_manager"]
    if len(managers) < 2 or not any(title_kind(p.title) == "peer" for p in managers):
        return people
    return [
        replace(p, kind="senior_leader")
        if p.kind == "hiring_manager" and title_kind(p.title) == "senior_leader"
        else p
        for p in people
    ]


#: The person whose team the candidate would join: "you'd be joining Antoine Rey's team",
#: "the role sits under Tom Ashworth", "working primarily on Mr. Cho's matters".
_TEAM_OWNER = re.compile(
    r"\b(?:join(?:ing)?|sit(?:ting)?\s+in|be\s+in|into|part\s+of|on|work(?:ing)?\s+(?:primarily\s+)?(?:in|on|for))"
    r"\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<a>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)'s\s+"
    r"(?:team|group|squad|department|unit|matters|portfolio|practice|desk|lab|crew|function)\b"
    r"|\b(?:role|position|post)\s+(?:sits|reports)\s+(?:under|in(?:to)?|to)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    r"(?P<b>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
    r"|\bdirigée?\s+par\s+(?:(?:M|Mme)\.?\s+)?(?P<c>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


def _team_owners(body: str) -> set[str]:
    """The names ``body`` gives as running the team the candidate would join."""
    return {m.group("a") or m.group("b") or m.group("c") for m in _TEAM_OWNER.finditer(body)}


def _team_owner(body: str, people: list[Interviewer]) -> int | None:
    """Which interviewer the email says runs the team the candidate would join, if one does."""
    owners = _team_owners(body)
    found = {
        i
        for i, p in enumerate(people)
        for owner in owners
        if owner in (p.name, p.name.split()[0], p.name.split()[-1]) or p.name.startswith(owner + " ")
    }
    return found.pop() if len(found) == 1 else None


#: How many earlier messages of a thread are read for what the newest one leaves out.
_OLDER_MESSAGES = 4


#: A newest message that changes the panel an earlier one set: "Marcus will also join",
#: "Katarzyna will take Piotr's place; Tomasz is still on".
_PANEL_CHANGE = re.compile(
    r"\b(?:also|too|as well|in addition|still on|still joining|take (?:[\w'-]+'s|her|his|their) place|"
    r"in place of|instead of|replac(?:e|es|ing)|stand(?:s|ing)? in for|cover(?:s|ing)? for)\b",
    re.IGNORECASE,
)
#: Who drops out of the earlier panel: "take Piotr's place", "instead of Piotr", "Piotr is out sick".
_DROPPED = re.compile(
    r"\b(?:take|taking|takes)\s+(?P<a>[A-Z][\w-]+)'s\s+place"
    r"|\b(?:instead of|in place of|replac(?:e|es|ing)|stand(?:s|ing)? in for|cover(?:s|ing)? for)\s+"
    r"(?P<b>[A-Z][\w-]+)"
    r"|\b(?P<c>[A-Z][\w-]+)\s+(?:is|has)\s+"
    r"(?:out|off|away|sick|unwell|no longer|unable|can't|cannot|been called)",
)


def _changed_panel(new: Invite, old: Invite, body: str) -> Invite:
    """The earlier panel with the newest message's change: its people added, and those it
    says drop out ("take Piotr's place") taken away."""
    dropped = {name for m in _DROPPED.finditer(body) for name in m.groups() if name}
    named = {p.name.split()[0] for p in new.interviewers} | {p.name for p in new.interviewers}
    kept = [
        p
        for p in old.interviewers
        if p.name.split()[0] not in dropped and p.name not in named and p.name.split()[0] not in named
    ]
    return replace(new, interviewers=[*kept, *new.interviewers])


def _full_names(new: Invite, old: Invite) -> Invite:
    """ "You'll meet with Marcus first": the earlier message named him in full (and his title)."""
    known: dict[str, list[Interviewer]] = {}
    for person in old.interviewers:
        known.setdefault(person.name.split()[0], []).append(person)
    people = []
    for person in new.interviewers:
        match = known.get(person.name, [])
        if " " not in person.name and len(match) == 1:
            whole = match[0]
            person = replace(person, name=whole.name, title=person.title or whole.title, kind=whole.kind)
        people.append(person)
    return replace(new, interviewers=people)


def _with_missing(invite: Invite) -> Invite:
    """``invite`` with ``missing`` naming the fields it could not read (a place is a
    location or a video link)."""
    present = {
        "company": invite.company,
        "role": invite.role,
        "start": invite.start,
        "end": invite.end,
        "location": invite.location or invite.video_link,
        "formats": invite.formats,
        "interviewers": invite.interviewers,
    }
    return replace(invite, missing=[name for name in FIELDS if not present[name]])


#: An organisation named after a title: "Senior Advisor, Department of Customer Service",
#: "Principal Engineer, Sydney Water", "University of Southampton representative".
_ELSEWHERE = re.compile(
    r",\s+(?P<org>(?:Department|Ministry|University|HM)\b[^,()]*|[^,()]*\b(?:Water|Council|Agency|University|"
    r"Authority))$"
    r"|^(?P<org2>University of [^,()]+?)\s+representative$"
)


def _from_elsewhere(person: Interviewer, company: str | None) -> bool:
    """True for a peer by title whose title names another organisation: an outsider on the panel."""
    if person.kind != "peer" or not person.title or not company:
        return False
    m = _ELSEWHERE.search(person.title)
    if not m:
        return False
    org = _key(m.group("org") or m.group("org2"))
    return org not in _key(company) and _key(company) not in org


def _own_title(title: str | None) -> str | None:
    """The title without a label written before it ("Title: Transportation Manager")."""
    return re.sub(r"^(?:job )?title\s*:\s*", "", title, flags=re.IGNORECASE) if title else title


def _team_of_role(company: str | None, role: str | None) -> bool:
    """True when the company read is only a team the role names ("Tax Manager, International Tax")."""
    return bool(company and role and _key(company) in _key(role))


def _lacks(invite: Invite) -> bool:
    """True while an earlier message may still fill a field: one is missing, or the company
    read is only a team the role names ("Tax Manager, International Tax")."""
    return bool(invite.missing) or invite.end is None or _team_of_role(invite.company, invite.role)


def _shifted(value: datetime | None, delta: timedelta | None) -> datetime | None:
    return value + delta if value is not None and delta is not None else None


def _fill(new: Invite, old: Invite) -> Invite:
    """``new`` (the newest message) with what it leaves out taken from ``old``,
    an earlier message of the thread: "same link as before", "everything else
    stays the same". A moved interview keeps its length, and the people and
    slots of the old message move with it."""
    delta = None
    start, end, day, zone = new.start, new.end, new.date, new.timezone
    if start is None and old.start is not None and new.date in (None, old.date):
        start, end, day, zone, delta = old.start, old.end, old.date, old.timezone, timedelta(0)
    elif start is None and old.start is not None and new.date is not None:
        # "We are moving it to the same time next week, Wednesday 16 Sept": the new day, the old time.
        place = zone_info(old.timezone)
        start = datetime.combine(new.date, old.start.astimezone(place).time(), tzinfo=place)
        delta = start - old.start
        end, zone = _shifted(old.end, delta), old.timezone
    elif start is not None and old.start is not None:
        delta = start - old.start
        if end is None and old.end is not None:
            end = old.end + delta
    interviewers = new.interviewers or [
        replace(p, start=_shifted(p.start, delta), end=_shifted(p.end, delta)) for p in old.interviewers
    ]
    agenda = new.agenda or [
        replace(a, start=_shifted(a.start, delta), end=_shifted(a.end, delta)) for a in old.agenda
    ]
    company, role = new.company or old.company, new.role or old.role
    if old.company and _team_of_role(new.company, role):
        company = old.company  # a reply's only guess was a team the role names
    formats = new.formats or old.formats
    # Where it happens comes as a whole: a new video link makes an old address void.
    moved = new.location is not None or new.video_link is not None
    location, video = (new.location, new.video_link) if moved else (old.location, old.video_link)
    return _with_missing(
        Invite(
            company=company,
            role=role,
            start=start,
            end=end,
            timezone=zone,
            formats=list(formats),
            location=location,
            video_link=video,
            interviewers=list(interviewers),
            preparation=new.preparation or old.preparation,
            agenda=list(agenda),
            date=day,
        )
    )


def _read(parts: EmailParts, today: date, tz: str, day: date | None = None) -> Invite:
    """One message of a thread read on its own (see :func:`parse_invite`); ``day`` is the
    day an earlier message set, for a message that names none."""
    text = f"{parts.subject}\n\n{parts.body}" if parts.subject else parts.body
    body_at = len(text) - len(parts.body)
    mentions = [replace(m, start=m.start + body_at, end=m.end + body_at) for m in find_people(parts.body)]
    # A lone word seated by "interviews with Maplegrid" may be the firm itself: it keeps its
    # company vote unless it is a known first name or carries a title.
    names = [
        m.name
        for m in mentions
        if m.title or (m.seated and (" " in m.name or m.name.lower() in word_set("given_names")))
    ]
    names += [*parts.recipients, parts.sender or ""]
    role = read_role(parts.subject, parts.body)
    titles = [role] if role else []
    company = read_company(parts.subject, parts.body, parts.signature, names, parts.sender, titles)
    # "You'd be joining Antoine Rey's team ... Antoine will meet you": the owner of the team is met.
    team_owners = _team_owners(parts.body)
    mentions = [replace(m, seated=True) if m.name in team_owners and not m.negative else m for m in mentions]
    people = _interview_mentions(text, mentions, parts, company)
    _sender(parts, text, body_at, people)
    sender = next(
        (i for i, p in enumerate(people) if parts.sender and _key(p.name).startswith(_key(parts.sender))),
        None,
    )
    refs = _references(text, body_at, people)
    spans = [(s, e) for s, e, _ in refs]
    schedule: Schedule = read_schedule(text, today, tz, spans, len(people), day)
    slot_people = [[refs[i][2] for i in slot.people] for slot in schedule.slots]
    for slot, owners in zip(schedule.slots, slot_people, strict=True):
        if len(set(owners)) == 1:
            people[owners[0]].contexts.append(slot.label)
    _back_references(text, body_at, refs, people, sender)
    # Names are masked, not the phrases that put the writer on the panel ("I need to see you do").
    masked = [(s, e) for s, e, who in refs if _key(text[s:e]) in _key(people[who].name)]
    for title in {p.title for p in people if p.title}:
        at = text.find(title)
        while at >= 0:
            masked.append((at, at + len(title)))
            at = text.find(title, at + 1)
    formats = read_formats(text, slot_people, refs, masked)
    video = find_video_link(text) or find_video_link("\n".join(parts.signature))
    location = find_location(parts.body, parts.signature, video)
    interviewers = []
    hr_role = title_kind(role) == "hr"
    addresses = _addresses(text)
    for index, person in enumerate(people):
        own = [slot for slot, owners in zip(schedule.slots, slot_people, strict=True) if index in owners]
        first = min(own, key=lambda s: s.first) if own else None
        interviewers.append(
            Interviewer(
                name=person.name,
                title=person.title,
                kind=interviewer_kind(person.title, person.contexts, writer=index == sender, hr_role=hr_role),
                start=schedule.at(first.first) if first else None,
                end=schedule.at(first.last) if first else None,
                email=addresses.get(person.name),
            )
        )
    agenda = [
        AgendaItem(
            schedule.at(slot.first),
            schedule.at(slot.last),
            slot.label,
            tuple(dict.fromkeys(people[o].name for o in owners)),
        )
        for slot, owners in zip(schedule.slots, slot_people, strict=True)
    ]
    return _with_missing(
        Invite(
            company=company,
            role=role,
            start=schedule.start,
            end=schedule.end,
            timezone=schedule.timezone,
            formats=formats,
            location=location,
            video_link=video,
            interviewers=interviewers,
            preparation=find_preparation(parts.body),
            agenda=agenda,
            date=schedule.day,
        )
    )
