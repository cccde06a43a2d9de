"""Job titles written beside a person's name in an invitation.

"Name, Title", "Name (Title)", "Name – Title", "Title Name", "our Title, Name",
"Title (aside) Name", "Name, one of our Titles", "Name is our Title", a title
on the line below a listed name, and the department after a dash or a comma
("Head - Human Resources", "Regional Manager, Lagos Island"). Each reader
takes the text and a position and returns the title it finds there, or None.
"""

from __future__ import annotations

import re

from roundtwo.read.invite_lexicon import word_set
from roundtwo.read.names import (
    CONNECTORS,
    is_cue_phrase,
    is_function_title,
    is_name_word,
    is_title,
    is_title_word,
)
from roundtwo.read.zones import place_zones

_DETERMINERS = r"(?:our|the|a|an|your|their|his|her|my)\s+"
#: Small words inside a capitalised title, in English and the languages that write
#: "Gerente de Operaciones", "Ingeniero de Datos Senior".
#: The links of Romance-language titles: "Gerente de Operaciones", "Chargée de recrutement".
ROMANCE_LINKS = frozenset({"de", "du", "des", "da", "do", "di", "del", "della"})
_TITLE_LINKS = CONNECTORS | ROMANCE_LINKS

#: "Analista del equipo", "do time": the team a title sits in is no part of it.
_TEAM_NOUNS = frozenset({"equipo", "equipe", "équipe", "time", "squad", "team", "grupo", "área", "area"})

_STOP_TITLE = re.compile(
    # "Chief Commercial Officer and Sofia Berg, Senior Trader": the next person starts.
    r"\s+and\s+(?=[A-Z][\w'-]+\s+(?!(?:Head|Manager|Director|Lead|Officer|Partner|Engineer|President)\b)"
    r"[A-Z][\w'-]+\s*(?:[,(]|[-–—]\s|$))|"
    r"\s+(?:[-–—|/·•]|and\s+(?:the|a|an|who|you)|who|which|that|to whom|with|for|from|at|on|will|would|"
    r"is|was)(?!\w)"
    r"|[,;()|!?<\n\t]| {2,}|(?<!\bSr)(?<!\bJr)(?<!\bSt)(?<!\bMgr)(?<!\bDir)\.(?!\w)"
)

_PLURAL_TITLE = r"((?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*?s)\b"

_GROUP_BEFORE = re.compile(
    r"\b(?:(?:two|three|four|five|both|several)\s+(?:of\s+(?:our|the|my)\s+)?|one\s+of\s+(?:our|the|my)\s+)"
    + _PLURAL_TITLE
)

# After the name the title may be lower case: "Cormac Reid, one of our senior gameplay programmers".
_GROUP_AFTER = re.compile(
    r",?\s+(?:one\s+of|among)\s+(?:our|the|my)\s+((?:[A-Za-z][\w&'-]*\s+){0,4}[A-Za-z][\w&'-]*?s)\b"
)

_IS_OUR = re.compile(r"\s+(?:is|will\s+be)\s+(?=(?:our|the|your)\s)")

_TITLE_ASIDE = re.compile(r"(?:^|[-–•*:]\s*|\s{2,}|\t)([A-Z][\w&'/ -]{1,60}?)\s*\([^()\n]{1,60}\)\s+$")


def read_title(text: str, pos: int) -> tuple[str | None, int]:
    """A title starting at ``pos`` (after "our"/"a" if written) and where it ends."""
    m = re.match(_DETERMINERS, text[pos:], re.IGNORECASE)
    start = pos + (m.end() if m else 0)
    stop = _STOP_TITLE.search(text, start)
    end = stop.start() if stop else len(text)
    candidate = text[start:end].strip()
    if not candidate:
        return None, pos
    words = candidate.split()
    if not candidate[:1].isupper():
        # Lower-case titles ("a senior copy editor who ...") keep title words only.
        kept: list[str] = []
        for index, w in enumerate(words):
            if is_title_word(w) or (kept and w.lower() in ("of", "and", "&")):
                kept.append(w)
            elif (
                kept
                and w.lower() in ROMANCE_LINKS
                and len(words) > index + 1
                and words[index + 1] not in _TEAM_NOUNS
            ):
                # "gerente de Analytics", "chef de projet A350", "directrice du laboratoire": what a
                # title in these languages covers follows its link word.
                kept += words[index : index + 2]
                break
            else:
                break
        while kept and kept[-1].lower() in ("of", "and", "&"):
            kept.pop()
        candidate = " ".join(kept)
        end = start + len(candidate)
    else:
        kept = []
        for w in words:
            capitalised = w[:1].isupper() or w[:1].isdigit()
            if capitalised or w.lower() in _TITLE_LINKS or is_title_word(w) or "-" in w:
                kept.append(w)
            elif kept and kept[-1].lower() in ROMANCE_LINKS and w.isalpha() and w.lower() not in _TEAM_NOUNS:
                kept.append(w)  # "Chargée de recrutement", "responsable du pôle"
            else:
                break
        # "Sales Director and will be ...", "Producer in the team": a title ends on a capital.
        while kept and (kept[-1].lower() in _TITLE_LINKS or kept[-1] == "team"):
            kept.pop()
        candidate = " ".join(kept)
        end = start + len(candidate)
    if not candidate or not is_title(candidate):
        return None, pos
    scope = _TITLE_SCOPE.match(text, end)
    if scope and (scope.group("of") or re.search(r"\s(?:of|for)\s", candidate)):
        candidate, end = candidate + scope.group(0), scope.end()
    # "Manager" alone is a cue ("the manager"), but "Manager, Data Platform" is a title.
    cue = is_cue_phrase(candidate)
    if cue and not (candidate[:1].isupper() and re.match(r",\s+[A-Z]|[ \t]+[-–][ \t]+[A-Z]", text[end:])):
        return None, pos
    # ", Qualifier" after a title ("Store Manager, Oak Park", "Director, FP&A").
    while True:
        q = re.match(
            r",\s+([A-Z0-9][\w&'./-]*(?:\s+(?:of|and|&|the|[A-Z0-9][\w&'./-]*|practice|team|unit|division|"
            r"department|group|office|region|operations)){0,4})(?=\s*(?:[,;()|.<\n\t]|$|\s[-–—]\s))",
            text[end:],
        )
        if not q:
            break
        follow = text[end + q.end() :]
        qualifier = q.group(1)
        words = qualifier.split()
        aside = re.match(r"\s*\(([^()]*)\)", follow)
        if (
            sum(is_name_word(w) for w in words) >= 2
            and re.match(r"\s*(?:,\s*(?:our\s+|the\s+|a\s+)?[A-Z]|\(|[-–—|])", follow)
            and is_title(follow[:60])
            and not (aside and is_cue_phrase(aside.group(1)))
        ):
            break
        if re.match(r"\s*,\s*(?:our|the|a|an)\s", follow) and all(is_name_word(w) for w in words):
            break
        candidate += ", " + qualifier
        end += q.end()
    # "Head - Human Resources", "Delivery Head – Payments": a department after a dash.
    dept = _DASHED_DEPARTMENT.match(text, end)
    if dept and dept.group(1).split()[0].lower() not in word_set("given_names"):
        candidate, end = f"{candidate} - {dept.group(1)}", dept.end(1)
    field = _BRACKETED_FIELD.match(text, end)
    if field and _is_field(field.group(1)):
        candidate, end = f"{candidate} ({field.group(1)})", field.end()
    if is_cue_phrase(candidate):
        return None, pos
    return candidate, end


#: What a title is for: "Vice President for Student Affairs", "Engineering Lead for the
#: Payments squad", "Product Manager for the rider app"; or the group word a title's "of"
#: phrase ends with ("Product Owner of the planning" + " team").
_SCOPE_NOUNS = r"(?:team|squad|app|group|practice|programme|program|unit|function|desk|portfolio)"
_TITLE_SCOPE = re.compile(
    r"(?P<of>[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w&'-]*(?:[ \t]+(?:(?:and|&|of)[ \t]+)?[A-Z][\w&'-]*){0,4}(?:[ \t]+" + _SCOPE_NOUNS + r")?"
    r"|(?:[a-z][\w-]*[ \t]+){1,2}" + _SCOPE_NOUNS + r"))(?![\w-])"
    r"|[ \t]+" + _SCOPE_NOUNS + r"(?![\w-])"
)
_DASHED_DEPARTMENT = re.compile(
    r"[ \t]+[-–][ \t]+([A-Z][\w&']*(?:[ \t]+(?:&|and|of|[A-Z][\w&']*)){0,3})(?=[ \t]*(?:[(,;]|\.(?!\w)|$|\n))"
)
#: A bracketed field or grade after a title: "Deputy Head (Pastoral)", "Policy Lead (Grade 6)",
#: "Deputy Principal (Teaching & Learning)"; not an acronym of the title ("(CFO)") nor a cue.
_BRACKETED_FIELD = re.compile(r"[ \t]*\(((?:[A-Z][\w'-]*|\d+)(?:[ \t]+(?:&|and|of|[A-Z][\w'-]*|\d+)){0,3})\)")


#: What a bracket after a title may hold that is no field of the title: a part on the panel
#: ("(Chair)"), a place ("(London)", "(Room 4)"), an organisation ("(Northern Beaches Council)").
_NOT_FIELD = re.compile(
    r"\b(?:chair|chairperson|convenor|convener|assessor|observer|member|panel|panell?ist|interviewer|"
    r"host|lead interviewer|note-?taker|room|council|office|agency|department|ministry|university)\b",
    re.IGNORECASE,
)


def _is_field(words: str) -> bool:
    """True for a bracket that narrows a title: "Pastoral", "Grade 6", "Teaching & Learning"."""
    if len(words) <= 5 and words.isupper():
        return False  # "(CFO)", "(HM)": the title again, or a cue
    if re.search(r"\d", words) and not re.match(r"(?:grade|band|level|scale|step)\s", words, re.IGNORECASE):
        return False  # "(EH 310)": a room
    return not (_NOT_FIELD.search(words) or words.lower() in place_zones() or is_cue_phrase(words))


#: First words of an aside about the person rather than their title, in several languages:
#: "(Leiter Logistik, Ihr künftiger Vorgesetzter)", "(Directrice, votre future manager)".
_ASIDE_STARTS = frozenset(
    {"your", "ihr", "ihre", "votre", "vos", "su", "sus", "seu", "sua", "tu", "tua", "uw", "jouw", "je"}
    | {"who", "whom", "the", "our", "a", "an", "und", "and", "et", "y", "e"}
)


def paren_title(text: str, pos: int) -> tuple[str | None, str, int] | None:
    """A parenthesis at ``pos``: (title or None, the rest as context, end)."""
    m = re.match(r"\s*\(([^()]*)\)", text[pos:])
    if not m:
        return None
    inside = m.group(1).strip()
    head, _, rest = inside.partition(";")
    head = re.sub(r"^(?:our|the|a|an|your)\s+", "", head.strip(), flags=re.IGNORECASE)
    parts = re.split(r"\s+[-–—]\s+|\s+(?:and|&)\s+(?=[a-z])", head, maxsplit=1)
    if len(parts) > 1 and parts[1][:1].isupper() and not is_cue_phrase(parts[1]):
        parts = [f"{parts[0]} - {parts[1]}"]  # "General Manager - Projects"
    first = parts[0]
    context = "; ".join(p for p in (parts[1] if len(parts) > 1 else "", rest) if p)
    title = None
    # "(tech lead)": a lower-case title only when every word is a title word.
    lower_title = 0 < len(first.split()) <= 4 and all(
        is_title_word(w) or w in ("&", "and") for w in first.split()
    )
    if (first[:1].isupper() or lower_title) and is_title(first) and not is_cue_phrase(first):
        pieces = [p.strip() for p in first.split(",")]
        kept = [pieces[0]]
        for piece in pieces[1:]:
            said_of_them = piece.split()[0].lower() in _ASIDE_STARTS if piece.split() else False
            if (piece[:1].isupper() or piece[:1].isdigit()) and not said_of_them and not is_cue_phrase(piece):
                kept.append(piece)
            else:
                context = f"{piece}; {context}" if context else piece
                break
        title = ", ".join(kept)
    else:
        context = inside
    return title, context, pos + m.end()


def left_title(text: str, run: list[re.Match[str]], name_start: int) -> str | None:
    """The title written before a name: in the same run ("Head of Community Jess
    Romero") or before a comma ("our Managing Editor, Colleen Fitch")."""
    honor = word_set("honorifics") - {"dean"}
    words = [m for m in run[:name_start] if m.group(0).lower() not in honor]
    while words and (
        words[0].group(0).lower() in CONNECTORS
        or (words[0].group(0).lower() in word_set("not_name_words") and not is_title_word(words[0].group(0)))
    ):
        words = words[1:]
    if words:
        phrase = text[words[0].start() : words[-1].end()]
        if is_title(phrase):
            return phrase
    before = text[: run[0].start()]
    if re.search(r",\s*$", before):
        # "our Managing Editor, Colleen Fitch": the words since the last clause break.
        piece = re.split(
            r"[;:,()!?]|\.\s|\b(?:with|meet|meeting|and|be|are|is|by|to)\b",
            before.rstrip()[:-1],
            flags=re.IGNORECASE,
        )[-1]
        tokens = piece.split()
        while tokens and (
            not (tokens[0][:1].isupper() or is_title_word(tokens[0]))
            or re.fullmatch(_DETERMINERS.strip(r"\s+"), tokens[0], re.IGNORECASE)
        ):
            tokens = tokens[1:]
        # "Customer Success Managers you'd work alongside": the title ends at the first plain word.
        if tokens and tokens[0][:1].isupper():
            tokens = tokens[: next((i for i, t in enumerate(tokens) if i and _plain_word(t)), len(tokens))]
        phrase = " ".join(tokens)
        # "Redwood Ledger's CFO, Martin Alvarez": the firm's name is no part of the title.
        if "'s " in phrase:
            phrase = phrase.rsplit("'s ", 1)[1]
            tokens = phrase.split()
        if 0 < len(tokens) <= 6 and is_title(phrase) and not is_cue_phrase(phrase):
            return _singular_title(phrase) or phrase if phrase.endswith("s") else phrase
    # "Quality Manager (hiring manager) Rosalind Ebi": a title, an aside, then the name.
    aside = _TITLE_ASIDE.search(before)
    if aside and is_title(aside.group(1)) and not is_cue_phrase(aside.group(1)):
        return aside.group(1).strip()
    # A list line (or an agenda line's last cell) written "Title – Name" or "Title: Name".
    cell = re.split(r"\s{2,}|\t|\|", before)[-1] if re.search(r"\d", before) else before
    # "10:00am – 10:45am: Director, Cyber Security – Emma Tran": the clock is no part of it.
    cell = re.sub(r"^.*\d(?:\s*[ap]\.?m\.?)?\s*:\s+(?=[A-Z])", "", cell)
    m = re.fullmatch(
        r"\s*([A-Z][\w&'/, -]{1,60}?)\s*(?:[-–—|:]|\t)\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Mdm)\.?\s+)?", cell
    )
    if m and is_title(m.group(1)) and not is_cue_phrase(m.group(1)):
        return m.group(1).strip()
    return None


def _plain_word(word: str) -> bool:
    """A lower-case word that is neither a title word nor a connector ("you'd", "work")."""
    return word[:1].islower() and word.lower() not in CONNECTORS and not is_title_word(word)


def _singular_title(plural: str) -> str | None:
    """ "Account Managers" -> "Account Manager"; None unless the last word is a title head
    in the plural ("Head of Sales" is no plural)."""
    last = plural.rsplit(None, 1)[-1].lower()
    if not last.endswith("s") or last[:-1] not in word_set("title_heads"):
        return None
    return None if is_cue_phrase(plural[:-1]) else plural[:-1]


def prose_title(text: str, unit_start: int, start: int, pos: int, line_end: int) -> str | None:
    """A title said in a sentence: "Alastair Brown is our Sales Director", "Inês Sousa,
    one of our Account Managers", "two Customer Success Managers ..., Ines Carvalho and Tom Whitaker"."""
    is_our = _IS_OUR.match(text, pos, line_end)
    if is_our:
        title, _ = read_title(text[:line_end], is_our.end())
        if title:
            return title
    group = _GROUP_AFTER.match(text, pos, line_end)
    if group:
        return _singular_title(group.group(1))
    before = [m for m in _GROUP_BEFORE.finditer(text, unit_start, start) if start - m.end() <= 80]
    if before and re.fullmatch(r"[^.;:()]*", text[before[-1].end() : start]):
        return _singular_title(before[-1].group(1))
    return None


def is_title_line(line: str) -> bool:
    """A line that is only a job title ("Logistics Manager", "Chief Operating Officer",
    "Talent Acquisition")."""
    bare = line.strip()
    return (
        0 < len(bare.split()) <= 8
        and (is_title(bare) or is_function_title(bare))
        and not is_cue_phrase(bare)
        and not re.search(r"[.!?:]$|\d", bare)
        and bare[:1].isupper()
    )
