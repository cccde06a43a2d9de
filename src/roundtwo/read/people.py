"""People named in an invitation: their names, titles and what the text says of them.

Names are capitalised runs of words that are not title or department words
("Senior iOS Engineer Kenji Watanabe" gives the name "Kenji Watanabe" and
the title "Senior iOS Engineer"). Titles come from around the name (see
:mod:`roundtwo.read.titles`), a label ("Title: Name") or a table cell. Whether each mention
says the person interviews (or not: "won't join", "replaces", "you met") is
read from its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from roundtwo.read.email_text import BULLET, text_units
from roundtwo.read.invite_lexicon import word_set
from roundtwo.read.names import (
    CONNECTORS,
    is_cue_phrase,
    is_function_title,
    is_name_word,
    is_title,
)
from roundtwo.read.presence import is_contact, says_absent
from roundtwo.read.titles import (
    ROMANCE_LINKS,
    is_title_line,
    left_title,
    paren_title,
    prose_title,
    read_title,
)

_WORD = re.compile(r"[^\W_][\w'\-]*(?:\.(?=[\s,;)]|$))?|&")
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][\w &/'-]{1,40}?)\s*:\s+(?P<value>\S.*)$")
#: A title as a line's label, with a department after a comma or an aside after it:
#: "Associate Dean for Graduate Studies, College of Law: Dr. Ann Roe",
#: "Store Manager (hiring manager): Dan Lee".
_TITLE_LABEL = re.compile(
    r"^\s*(?P<label>[A-Za-z][\w &/'-]{1,60}?(?:,\s+[A-Z][\w &/'-]{1,50}?)?)"
    r"\s*(?P<aside>\([^()]{1,40}\))?\s*:\s+(?P<value>\S.*)$"
)
_INTERVIEWER_LABELS = re.compile(
    r"^(?:interviewers?|hosts?|with|panel(?:ists?| members)?|panellists|hiring manager|your panel|"
    r"meet|who you'll meet|conversation partners?|speakers?|attendees|participants)$",
    re.IGNORECASE,
)
_NOT_PERSON_LABELS = re.compile(
    r"^(?:invitee|candidate|to|from|cc|organi[sz]er|contact|questions|subject|company|address|location|where|venue|date|time|"
    r"format|link|join|zoom|teams|place|duration|event|position|role|job title|focus|topic)$",
    re.IGNORECASE,
)
_ROLE_LABELS = re.compile(r"^(?:title|position|role|job title)$", re.IGNORECASE)


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person: ``start``/``end`` span the name in the text.

    ``context`` is what the text says around this mention (the parenthesis
    after it, the clause that follows) and feeds the kind; ``listed`` is
    true for list items, agenda lines, table rows and label lines;
    ``negative`` is true when the mention says the person will not interview;
    ``seated`` when a sentence seats them without a title ("joined by Ines Carvalho");
    ``contact`` when it names them as someone to contact, an organiser or a greeter.
    """

    name: str
    title: str | None
    start: int
    end: int
    context: str
    listed: bool
    negative: bool
    seated: bool = False
    contact: bool = False


_SEAT_CUE = re.compile(
    r"\b(?:meet(?:ing)?(?:\s+with)?|joined\s+by|be\s+joined(?:\s+by)?|interview(?:ed)?\s+by|"
    r"(?:speak|talk)(?:ing)?\s+(?:with|to)|sit(?:ting)?\s+down\s+with|(?:pull|bring|loop)(?:ing)?\s+in|"
    r"(?:min(?:ute)?s?|hours?|hrs?)\s+(?:each\s+)?(?:with|w/)|pair(?:ing)?(?:\s+[\w']+){0,4}?\s+with|"
    r"panel\s+will\s+be(?!\s+(?:held|in|at|on|online|virtual))|be\s+(?:me|myself)\s+and|"
    r"panel\s+(?:is\s+|will\s+be\s+)?(?:made\s+up\s+of|compris(?:ing|es)|consist(?:ing|s)\s+of|"
    r"includ(?:es|ing))|(?:conversations?|chats?|sessions?|calls?|interviews?|walk|tour|lunch|coffee|"
    r"discussion|meeting|exercise|review|debrief|catch-up|q&a|1:1)\s+with)(?:\b|(?<=/))",
    re.IGNORECASE,
)
#: Words between "meet" and a name that make the name a place ("meet you at the Riverside Apartments").
_NOT_SEATING_GAP = re.compile(r"\b(?:at|in|on|from|about|near|outside|inside|by)\b|[\d(]", re.IGNORECASE)
#: Words after a name that seat the person: "Kylie Brooks will join us", "Ana will also join the call".
_SEATED_AFTER = re.compile(
    r"\s+(?:will|'ll|is going to)\s+(?:also\s+)?(?:be\s+)?join(?:ing)?\s+"
    r"(?:us|you|the\s+(?:call|interview|panel|conversation|meeting|session))\b",
    re.IGNORECASE,
)
_LOOKS_BACK = re.compile(
    r"\b(?:thanks?|thank you|following|enjoyed|loved|last week|yesterday|earlier|based on|after your|"
    r"your (?:earlier|previous|first))\b",
    re.I,
)
_SENDER_TOO = re.compile(r"\b(?:and|&|with) (?:me|myself)\b")
_ADDRESS_AFTER = re.compile(r"\s*[<(]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>)]")
_NICKNAME_GAP = re.compile(r" \([A-Z][\w'-]{1,20}\) ")
#: A surname written first in a list ("Nakamura, Hiroshi - Director"), just before the given name.
_SURNAME_FIRST = re.compile(r"(?:^|(?<=\s))(?P<last>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), $")


def _in_nickname(text: str, m: re.Match[str]) -> bool:
    return text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 2] == ") "


def _ends_sentence(word: str) -> bool:
    """True for a word whose full stop ends a sentence ("Spain."), not an initial
    or an abbreviation ("J.", "Dr.", "St.")."""
    if not word.endswith(".") or len(word) <= 2:
        return False
    bare = word[:-1].lower()
    return bare not in word_set("honorifics") and bare not in ("st", "jr", "sr", "mt", "ft")


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Capitalised word runs: words joined by single spaces, connectors allowed inside."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    particles = word_set("name_particles")
    for m in _WORD.finditer(text):
        word = m.group(0)
        capish = word[:1].isupper() or any(ch.isupper() for ch in word[1:]) or word[:1].isdigit()
        joined = False
        if current:
            gap = text[current[-1].end() : m.start()]
            if gap == " (" and _in_nickname(text, m):
                continue  # "Bill (William) Tan": the nickname sits inside the name
            joined = gap == " " or (gap[:2] == " (" and _NICKNAME_GAP.fullmatch(gap) is not None)
            if joined and current[-1].group(0)[-1] == "." and _ends_sentence(current[-1].group(0)):
                joined = False
        linker = word.lower() in CONNECTORS or word.lower() in particles
        if joined and (capish or linker):
            current.append(m)
            continue
        if current:
            runs.append(current)
        current = [m] if capish else []
    if current:
        runs.append(current)
    # Drop connectors left hanging at the end of a run ("Head of").
    cleaned = []
    for run in runs:
        while run and not (run[-1].group(0)[:1].isdigit() or any(c.isupper() for c in run[-1].group(0))):
            run = run[:-1]
        if run:
            cleaned.append(run)
    return cleaned


def _particle_leads_to_name(run: list[re.Match[str]], index: int) -> bool:
    """True when particles from ``index`` on ("van der") lead to a name word ("Meer")."""
    particles = word_set("name_particles")
    while index < len(run) and run[index].group(0).lower() in particles:
        index += 1
    return index < len(run) and is_name_word(run[index].group(0))


def _names_in_run(run: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(first word, last word + 1) index pairs of the names in a run."""
    found = []
    particles = word_set("name_particles")
    given = word_set("given_names")
    i = 0
    while i < len(run):
        word = run[i].group(0)
        if not is_name_word(word):
            i += 1
            continue
        j = i
        words = 0
        while j < len(run):
            w = run[j].group(0)
            if is_name_word(w) or re.fullmatch(r"[A-Z]\.", w):
                words += 1
            elif not (w.lower() in particles and _particle_leads_to_name(run, j)):
                break
            j += 1
        joined = {"and", "&"}
        beside_and = (j < len(run) and run[j].group(0).lower() in joined) or (
            i > 0 and run[i - 1].group(0).lower() in joined
        )
        if words == 1 and j == i + 1 and (len(run) == 1 or beside_and):
            found.append((i, j))  # "Sarah", or "Johan and Amira": checked by the caller
        if words >= 2:
            start = i
            if words >= 3 and run[i].group(0) in ("M.", "D."):
                start = i + 1  # "M. Julien Marchand", "D. Javier Ruiz": Monsieur and Don, not initials
            # "Pharmacy Alan Nguyen": a title run ends where a given name starts.
            if (
                j - i > 2
                and i > 0
                and run[i - 1].group(0).lower() not in word_set("honorifics")
                and run[i].group(0).lower() not in given  # "Director Wei Ling Tan": Wei starts it
            ):
                inner = [k for k in range(i + 1, j - 1) if run[k].group(0).lower() in given]
                if inner:
                    start = inner[0]
                elif run[i - 1].group(0).lower() in CONNECTORS:
                    start = i + 1
            found.append((start, _name_end(run, start, j)))
        i = max(j, i + 1)
    return found


def _name_end(run: list[re.Match[str]], start: int, stop: int) -> int:
    """Where a name from ``start`` ends: after four name words at most, particles
    not counted ("Lucía Fernández de la Cruz")."""
    particles = word_set("name_particles")
    words = 0
    for index in range(start, stop):
        if run[index].group(0).lower() not in particles:
            words += 1
            if words == 4:
                return index + 1
    return stop


#: Words that link a title's head to what it covers ("Gerente de", "Head of").
_TITLE_LINK_WORDS = ROMANCE_LINKS | {"of", "for"}
#: A part on the panel written where a title goes ("Panel Chair: Derrick Owens, CISO").
_PANEL_ROLE = re.compile(r"\b(?:member|chair|host|panel|interviewer|panell?ist)s?\b", re.IGNORECASE)
#: After a name: another person's title and name ("..., Team Leader Park Ji-hoon").
_TITLE_NAME_NEXT = re.compile(
    r"\s*(?:,|and)\s+(?:[A-Z][\w&-]*\s+){1,4}?(?:[A-Z][\w'-]+\s+)[A-Z][\w'-]+(?:\s|,|$)"
)


def _person_like(name: str) -> bool:
    """True for a name that starts with a given name ("Kayla Reyes"), not a phrase of the
    agenda ("Deep Dive", "Mass Transfer")."""
    return name.split()[0].lower() in word_set("given_names")


#: An agenda line: a slot's clock range first ("• 8:45 – 9:30", "10:00am-10:45am").
_AGENDA_SLOT = re.compile(
    r"^\s*(?:[-•*]\s*)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}(?:[:.]\d\d)?",
    re.IGNORECASE,
)
_CLOCK_LINE = re.compile(r"(?<![\d:])\d{1,2}[:.][0-5]\d(?![\d:])")


def _alone_on_line(text: str, line_start: int, line: str, mention: PersonMention) -> bool:
    """True when the line holds the name and nothing else but a bullet, an honorific
    ("Dr. Olga Ruiz") or credentials ("Rajesh Iyer, PhD")."""
    head = BULLET.sub("", text[line_start : mention.start]).strip()
    honorifics = word_set("honorifics")
    if head and not all(word.lower() in honorifics for word in head.split()):
        return False
    end = _strip_credentials(text, mention.end)
    return not text[end : line_start + len(line)].strip(" \t,;")


#: A board certification written after a name: "NEA-BC", "RN-BC", "PMHNP-BC".
_BOARD_CERTIFIED = re.compile(r"[A-Z]{2,6}-BC")


def _strip_credentials(text: str, pos: int) -> int:
    creds = word_set("credentials")
    while True:
        m = re.match(r",?\s*([A-Za-z.-]{2,8})(?=[\s,;)]|$)", text[pos:])
        if m is None or not m.group(1)[:1].isupper():
            break
        if m.group(1).lower() not in creds and not _BOARD_CERTIFIED.fullmatch(m.group(1)):
            break
        pos += m.end()
    # Post-nominals no list holds, before a dashed title: "Sule, FNSE – Executive Director".
    post = _POST_NOMINALS.match(text, pos)
    return post.end() if post else pos


#: Capitalised post-nominals ("FACC", "CA(SA)", "DM (Cardiology)") running up to " – Title".
_POST_NOMINALS = re.compile(
    r"(?:,?[ \t]*(?:[A-Z]{2,6}|[A-Z][a-z]?[A-Z]{1,4})(?:[ \t]*\([A-Za-z]{2,20}\))?)+"
    r"(?=[ \t]+[–—-][ \t]+[A-Z])"
)


#: "Sam Ortiz from the team", "Maeve Doherty from HR": someone of the company, named to meet.
_FROM_THE_TEAM = re.compile(
    r"\s+from\s+(?:(?:the|our|your)\s+(?:[\w-]+\s+){0,2}team\b|(?:HR|People|Talent|Recruiting)\b)"
)
#: What may stand between a seating cue and a first name: other first names ("with Johan and Amira").
_NAMES_BETWEEN = re.compile(r"[\s,]*(?:[A-Z][\w'-]+(?:\s*,\s*|\s+(?:and|&)\s+))*")


def _seated_given_name(text: str, unit: tuple[int, int], start: int, name: str) -> bool:
    """A known first name alone right after words that seat people ("a pairing session with
    Johan and Amira", "you'll meet Ravi"): a person even without a surname or a title."""
    if not is_name_word(name):
        return False
    said = text[unit[0] : start]
    cue = list(_SEAT_CUE.finditer(said))
    return (
        bool(cue)
        and _NAMES_BETWEEN.fullmatch(said[cue[-1].end() :]) is not None
        and not _LOOKS_BACK.search(said[: cue[-1].start()])
    )


def _single_name_ok(text: str, name: str, end: int, title: str | None) -> bool:
    """A first name alone is a person only beside a title: "Sarah (Head of Product)",
    "Alicia, our CEO", or a known given name followed by ", Title"."""
    if title is None:
        return False
    after = text[end : end + 8]
    if re.match(r"\s*\(|,\s*(?:our|the|a|an|your)\s|\s+(?:our|my)\s", after, re.IGNORECASE):
        return True
    return name.lower() in word_set("given_names") and re.match(r"\s*(?:,|[-–—|])", after) is not None


def _title_qualifier(
    text: str, mentions: Sequence[PersonMention], consumed: int, start: int, line_end: int
) -> str | None:
    """The place or line of work written after a title and a comma ("Regional Manager,
    Lagos Island"), read as a name at ``start``; None when a person's name starts there."""
    if not mentions or not mentions[-1].title or not re.fullmatch(r",\s*", text[consumed:start]):
        return None
    words = re.match(r"[^()\n|;,]*", text[start:line_end])
    qualifier = re.split(r"\s+[-–—]\s+", words.group(0))[0].rstrip(" .") if words else ""
    first = qualifier.split()[0].lower() if qualifier else ""
    if not qualifier or first in word_set("given_names") or len(qualifier.split()) > 5:
        return None
    # "..., Director, Priyanka Bose (Legal Operations Manager)": a name with its own title.
    after = text[start + len(qualifier) : line_end]
    own_title = re.match(r"\s*(?:,|\(|[-–—|·])\s*([^(),;\n]{2,60})", after)
    if (
        own_title
        and is_title(own_title.group(1))
        and not is_cue_phrase(own_title.group(1))
        and not _DESCRIBES.search(own_title.group(1))
    ):
        return None
    return qualifier


#: What follows a title's qualifier to say what the person is to the candidate, not their own
#: title: "Senior Planner, Land Use (supervisor for this position)", "..., Maps Routing – the manager
#: of the team you'd join".
_DESCRIBES = re.compile(
    r"^\s*(?:the|a|an|your|who|whom)\b|\b(?:this|the) (?:role|position|post|vacancy)\b|\byou(?:'d|'ll|r)?\b",
    re.IGNORECASE,
)


def _surname_before(text: str, line_at: int, start: int, end: int) -> re.Match[str] | None:
    """The surname of a list entry written "Surname, Given - Title" ("Nakamura, Hiroshi"),
    when the words before the given name are name words and a title follows."""
    found = _SURNAME_FIRST.search(text, line_at, start)
    if not found or not all(is_name_word(word) for word in found.group("last").split()):
        return None
    follows = re.match(r"(?: \([^()]*\))?\s*(?:[-–—|(]|\t| {2,})", text[end:])
    return found if follows else None


#: A name in capitals before its title, as scheduling systems print it
#: ("ANJALI PATEL - Managing Director", "1:1 Interview - RAVI IYER, Research Scientist II").
_SHOUTED_NAME = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:[ ][A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,3})"
    r"(?=[ \t]*(?:[-–—,][ \t]*)(?P<title>[^\n,;()]{2,60}))"
)


def _shouted_names_cased(text: str) -> str:
    """``text`` with names written in capitals before a title put in title case,
    letter for letter in place (spans stay the same)."""

    def cased(m: re.Match[str]) -> str:
        words = m.group("name").split()
        if any(is_title(w) or not is_name_word(w.title()) for w in words) or not is_title(m.group("title")):
            return m.group(0)
        return m.group("name").title().replace("’S", "’s")

    return _SHOUTED_NAME.sub(cased, text) if re.search(r"[A-Z]{2,} [A-Z]{2,}", text) else text


#: An HR function ending where a title ends ("Pooja Sharma, Talent Acquisition").
_FUNCTION_TITLE = re.compile(r"[A-Z][\w&'-]*(?: (?:&|and|[A-Z][\w&'-]*)){1,3}(?=\s*(?:[,;()|\n]|$))")


def _function_title(text: str, pos: int, line_end: int) -> tuple[str | None, int]:
    """An HR function written as the title after "Name," ("Talent Acquisition"), and where it
    ends; (None, ``pos``) for anything else."""
    m = _FUNCTION_TITLE.match(text, pos, line_end)
    if m and is_function_title(m.group(0)):
        return m.group(0), m.end()
    return None, pos


def _seats_list(line: str) -> bool:
    """True for a line that seats the people listed below it: "The panel will be:",
    "you'll have back-to-back conversations with:"."""
    stripped = line.rstrip()
    last = re.split(r"(?<=[.!?])\s+", stripped)[-1]
    return stripped.endswith(":") and (
        _SEAT_CUE.search(last) is not None or _PANEL_HEADING.match(last) is not None
    )


#: A heading over the people met: "Interviewers:", "Your panel:", "Selection Board:", "Who you'll meet:".
_PANEL_HEADING = re.compile(
    r"^\W*(?:your\s+|the\s+)?(?:interviewers?|interview\s+(?:panel|board|committee)|panel(?:\s+members)?|"
    r"panell?ists|selection\s+(?:board|panel|committee)|board\s+members|who\s+you(?:'ll|\s+will)\s+meet)\s*:$",
    re.IGNORECASE,
)


def find_people(text: str) -> list[PersonMention]:
    """Every person named in ``text`` with the title written beside them.

    Mentions are returned in text order; a person named twice appears twice.
    Honorifics ("Dr.", "Mdm") and credentials (", RN") are not part of the
    name. No capitalised run of two or more name words, no mention.
    """
    text = _shouted_names_cased(text)
    # "H.E. Khalid Al Mansoori": His Excellency, written as two initials.
    text = re.sub(r"\bH\.\s?E\.(?=\s)", lambda m: " " * len(m.group(0)), text)
    found: list[PersonMention] = []
    units = text_units(text)
    offset = 0
    previous: PersonMention | None = None
    in_list = False  # inside the lines that follow a line ending in ":" ("Your panel:")
    name_alone = False  # the line before held a name and nothing else
    clock_line = False  # the line before was an agenda line's time ("Interview 2: 10:00 – 10:45 AM")
    seat_list = False  # the list below a line that seats its people ("conversations with:")
    seat_items = False  # that list has begun
    for line in text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            seat_list = seat_list and not seat_items
            previous = None
            in_list = False
            name_alone = False
            clock_line = False
            continue
        bullet = BULLET.match(line)
        label = _LABEL.match(line)
        body_at = line_start + (bullet.end() if bullet else 0)
        short = len(line.split()) <= 8 and not re.search(r"[.!?]$", line.rstrip())
        listed = bool(bullet) or bool(re.search(r"\||\t| {2,}", line.strip())) or short
        listed = listed or (in_list and not line.rstrip().endswith(".") and len(line.split()) <= 20)
        in_list = in_list or line.rstrip().endswith(":")
        if name_alone and in_list and previous is not None and is_title_line(line):
            # "Interviewers:", then "Sean Whitaker" and "Logistics Manager" on the line below
            # (only in such a list: a signature is written the same way).
            # "Associate Director, Biostatistics (Hiring Manager)": the aside says the kind.
            bare = line.strip()
            aside = re.search(r"\s*\([^()]*\)$", bare)
            title = bare[: aside.start()] if aside and aside.start() else bare
            context = aside.group(0).strip() if aside and aside.start() else previous.context
            found[-1] = replace(previous, title=title, listed=True, context=context)
            previous, name_alone = found[-1], False
            continue
        if label and _ROLE_LABELS.match(label.group("label").strip()) and previous and previous.title is None:
            found[-1] = replace(previous, title=label.group("value").strip(), listed=True)
            previous = found[-1]
            continue
        label_title = None
        label_aside = ""
        skip_label = False
        if label and len(label.group("label").split()) > 4:
            label = None
        titled = _TITLE_LABEL.match(line) if label is None else None
        if (
            titled
            and is_title(titled.group("label").split(",")[0])
            and not is_cue_phrase(titled.group("label"))
        ):
            label_title, label_aside, listed = (
                titled.group("label").strip(),
                titled.group("aside") or "",
                True,
            )
        if label:
            name = label.group("label").strip()
            if _NOT_PERSON_LABELS.match(name):
                skip_label = True
            elif not _INTERVIEWER_LABELS.match(name) and is_title(name) and not is_cue_phrase(name):
                label_title = name
            listed = True
        if skip_label:
            continue
        if label_title and titled:
            body_at = line_start + titled.start("value")  # the label's words name no one
        line_mentions = _line_people(text, line_start, body_at, line, units, listed, label_title)
        if label_aside:
            line_mentions = [replace(m, context=f"{label_aside} {m.context}".strip()) for m in line_mentions]
        if _AGENDA_SLOT.match(line):
            # "8:45 – 9:30   Kayla Reyes, Senior Vet Tech": a person an agenda slot names is met.
            line_mentions = [
                replace(m, seated=True) if not (m.negative or m.contact) and _person_like(m.name) else m
                for m in line_mentions
            ]
        if seat_list and bullet:
            line_mentions = [m if m.negative or m.contact else replace(m, seated=True) for m in line_mentions]
            seat_items = True
        else:
            seat_list = _seats_list(line)
            seat_items = False
        found.extend(line_mentions)
        if line_mentions:
            previous = line_mentions[-1]
        # A name under an agenda line's time heads a list of its own ("Dr. Olga Ruiz", then her title).
        in_list = in_list or (clock_line and bool(line_mentions))
        name_alone = (
            len(line_mentions) == 1
            and line_mentions[0].title is None
            and _alone_on_line(text, line_start, line, line_mentions[0])
        )
        clock_line = _CLOCK_LINE.search(line) is not None and len(line.split()) <= 12
    # "joining Antoine Rey's team": the person is Antoine Rey.
    return [
        replace(m, name=m.name[:-2], end=m.end - 2) if re.search(r"\S['’]s$", m.name) else m for m in found
    ]


def _line_people(
    text: str,
    line_start: int,
    body_at: int,
    line: str,
    units: Sequence[tuple[int, int]],
    listed: bool,
    label_title: str | None,
) -> list[PersonMention]:
    line_end = line_start + len(line)
    segment = text[body_at:line_end]
    mentions: list[PersonMention] = []
    consumed = body_at
    for run in _runs(segment):
        previous_end = 0
        for first, last in _names_in_run(run):
            start = body_at + run[first].start()
            end = body_at + run[last - 1].end()
            name = re.sub(r" \([^()]*\)", "", text[start:end]).strip(".")
            if start < consumed or re.search(r"(?:^|[\s,])\d{1,6}[A-Za-z]?\s$", text[line_start:start]):
                continue
            qualifier = _title_qualifier(text, mentions, consumed, start, line_end)
            if qualifier:
                # "Regional Manager, Lagos Island": the words after the comma belong to the title.
                mentions[-1] = replace(mentions[-1], title=f"{mentions[-1].title}, {qualifier}")
                consumed = start + len(qualifier)
                continue
            surname = _surname_before(text, body_at, start, end) if listed else None
            if surname:
                name, start = f"{name} {surname.group('last')}", surname.start()
            pos = _strip_credentials(text, end)
            address = _ADDRESS_AFTER.match(text, pos)
            if address:
                pos = address.end()
            title: str | None = None
            context = ""
            paren = paren_title(text, pos)
            if paren:
                title, context, pos = paren
            left = left_title(segment, run[previous_end:], first - previous_end)
            if left and left.split()[-1].lower() in _TITLE_LINK_WORDS and not _person_like(name):
                continue  # "Analista de Risco de Crédito": the title goes on, no one is named
            if title is None and left and re.match(r",\s+(?:our|the|a|an)\s", text[pos:line_end]):
                # "our CFO, Helen Park, our VP of Sales, Diego Alvarez": her title came first.
                title = left
            if (
                title is None
                and left
                and not _PANEL_ROLE.search(left)
                and _TITLE_NAME_NEXT.match(text, pos, line_end)
            ):
                # "Executive Director Lee Sang-woo, Team Leader Park Ji-hoon and ...": the next
                # person's title follows, so hers is the one before her name.
                title = left
            if title is None:
                # "Mike our foreman": an appositive with no comma, as quick notes write it.
                sep = re.match(
                    r"\s*(?:,|[-–—|/·•]|\t+| {2,})\s*|\s+(?=(?:our|my)\s+[a-z])", text[pos:line_end]
                )
                if sep:
                    title, after = read_title(text[:line_end], pos + sep.end())
                    if title is None and sep.group(0).strip() == ",":
                        title, after = _function_title(text, pos + sep.end(), line_end)
                    if title:
                        pos = after
                        paren = paren_title(text, pos)
                        if paren:
                            context = f"{paren[0] or ''} {paren[1]}".strip()
                            pos = paren[2]
            unit = next(((s, e) for s, e in units if s <= start < e), (line_start, line_end))
            if title is None:
                title = left
            if title is None and not listed:
                title = prose_title(text, max(unit[0], line_start), start, pos, line_end)
            previous_end = last
            if title is None and label_title:
                title = label_title
            alone = last - first == 1 and not surname
            if (
                alone
                and not _single_name_ok(text, name, end, title)
                and not _seated_given_name(text, unit, start, name)
            ):
                continue
            tail_end = min(unit[1], line_end)
            # "..., and me (I'd be your line manager)": what follows the sender speaks of the sender.
            context = _SENDER_TOO.split(f"{context} {text[pos:tail_end]}")[0].strip()
            negative = says_absent(text, (max(unit[0], line_start), tail_end), start, end)
            # A contact ("please contact Jane Smith, Recruiting Coordinator") seats no one.
            contact = is_contact(text, (max(unit[0], line_start), tail_end), start, end)
            said_at = max(unit[0], line_start)
            said = text[said_at:start]
            cue = list(_SEAT_CUE.finditer(said))
            # What stands between the cue (or the person named before) and this name.
            gap = text[max(said_at + cue[-1].end(), consumed) : start] if cue else ""
            seated = (
                bool(cue)
                and not contact
                and not _LOOKS_BACK.search(said[: cue[-1].start()])
                # An aside between cue and name seats no one else: "with me (I'm from HR) and Ana Lee".
                and not _NOT_SEATING_GAP.search(re.sub(r"\([^()]*\)", "", gap))
            ) or bool(_FROM_THE_TEAM.match(text, end, tail_end) or _SEATED_AFTER.match(text, pos, tail_end))
            title = None if contact else title
            mentions.append(
                PersonMention(
                    name, title, start, end, context, listed and not contact, negative, seated, contact
                )
            )
            consumed = max(consumed, pos)
    # A mention's context ends where the next person's starts.
    trimmed = []
    for i, m in enumerate(mentions):
        if i + 1 < len(mentions):
            limit = mentions[i + 1].start
            cut = m.context
            room = limit - m.end
            cut = cut[: max(0, room)] if room < len(cut) else cut
            m = replace(m, context=cut)
        trimmed.append(m)
    return trimmed
