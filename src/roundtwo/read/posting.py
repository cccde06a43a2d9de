"""The company and the role an invitation is about.

Both are read from phrases that name them ("for the Senior Backend
Engineer role at Northwind Logistics", "the position of ..."), from the
parts of the subject line, and (the company) from the signature. Each
source votes; the strongest phrase wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from roundtwo.read.invite_lexicon import word_set
from roundtwo.read.names import is_cue_phrase, is_department, is_name_word, is_title, is_title_word
from roundtwo.read.zones import place_zones

#: A company's name, on one line: "Halden & Frost", "The Bank of Lagos".
_COMPANY = (
    r"(?P<company>(?:The[ \t]+)?[A-ZÀ-Þ][\w'&.-]*"
    r"(?:[ \t]+(?:&|and|of|de|du|für|for|[A-Z0-9À-Þ][\w'&.-]*))*)"
)
_ROLE = (
    r"(?P<role>(?:[A-Z0-9]|i(?=[A-Z]))[\w&'/.+-]*(?:(?:[ \t]+|,[ \t]+|[ \t]*/[ \t]*)"
    r"(?:\([^()\n]{1,40}\)|(?:of|and|&|de|for|in|to|the)(?=[ \t]+[A-Z(0-9])|[A-Z0-9][\w&'/.+-]*))*)"
)
_ROLE_WORDS = (
    r"(?:role|position|opening|job|vacancy|post|opportunity|search|interviews?|requisition|stream|track|"
    r"contract|spot|process|gig)"
)
_ROLE_PATTERNS = (
    (
        3,
        re.compile(
            r"\binterview(?:s|ing)? for (?:the |a |an )?"
            + _ROLE
            + r"(?=\s+(?:on|at|with|next|this|tomorrow|is|are|has|have|will|was|as|position|role|job|post)\b"
            r"|[.,\n])"
        ),
    ),
    (
        5,
        re.compile(
            r"^\s*(?:position|role|job title|job|vacancy)\s*:\s*" + _ROLE + r"\s*$",
            re.MULTILINE | re.IGNORECASE,
        ),
    ),
    (
        4,
        re.compile(
            r"\b(?:for|about|as|in|to|into|on|of)\s+(?:the|our|a|an|this|your)\s+"
            + _ROLE
            + r"\s+"
            + _ROLE_WORDS
            + r"\b"
        ),
    ),
    (
        4,
        re.compile(
            r"\b(?:position|post|role|vacancy|job|poste)\s+(?:of|as|de)\s+(?:an?\s+)?"
            + _ROLE
            + r"(?=\s+(?:with|at|chez|in|for|bei)\b|[.,\n])"
        ),
    ),
    (3, re.compile(r"\bthe\s+" + _ROLE + r"\s+" + _ROLE_WORDS + r"\b")),
    (3, re.compile(r"\b(?:position|role)\s+" + _ROLE + r"\s+(?:at|with|chez|bei)\s")),
    # "the next round for Senior Product Designer at Fernway", "with Harborview Health for Data Manager"
    (
        2,
        re.compile(
            r"\b(?i:round|interview|stage|step|conversation|onsite|loop|visit)s?(?:\s+\d)?\s+for\s+(?:the\s+)?"
            + _ROLE
            + r"(?=\s+(?:at|with|chez|bei|is|are)\s|[.,!\n]|$)"
        ),
    ),
    (2, re.compile(r"\bwith\s+[A-Z][\w&' .-]{1,40}?\s+for\s+(?:the\s+)?" + _ROLE + r"\s*$", re.MULTILINE)),
    # "(re: Senior Platform Engineer)", "(hiring for: Founding Backend Engineer)": a note of the role.
    (4, re.compile(r"\((?i:re|hiring for|for|role)\s*:\s*" + _ROLE + r"\)")),
    # "the second stage of recruitment for Senior Java Developer."
    (
        2,
        re.compile(
            r"\b(?i:recruitment|hiring|process|application|shortlisted)\s+for\s+(?:the\s+)?"
            + _ROLE
            + r"(?=[.,;\n]|\s+(?:position|role|job|post)\b)"
        ),
    ),
    # "vị trí Senior Backend Engineer", "posisi Data Analyst": the word "position" in other languages.
    (3, re.compile(r"\b(?i:vị trí|posisi|jabatan)\s+" + _ROLE)),
    # "la vacante de Gerente de Logística", "a vaga de Analista", "die Position Projektleiter (m/w/d)".
    (
        4,
        re.compile(
            r"\b(?i:vacante|vaga|cargo|puesto|posici[oó]n|posi[cç][aã]o|plaza|poste|stelle|position)"
            r"\s+(?i:de|als|d'|du)?\s*" + _ROLE + r"(?=\s+(?:en|em|no|na|bei|chez|at|in|ein)\b|[.,:;!\n]|$)"
        ),
    ),
    # "the apprentice carpenter job", "for the stylist position": a role written in lower case.
    (
        1,
        re.compile(
            r"\b(?:the|a|an)[ \t]+(?P<role>(?:(?!(?:for|the|this|that|of|to|and|in|at|with|an?)\b)"
            r"[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)[ \t]+(?:position|job|role|spot|opening|vacancy|post|gig)\b"
        ),
    ),
)
_TEAM_OF = re.compile(
    r"\b(?:[Tt]he\s+)"
    + _COMPANY
    + r"\s+(?:hiring |recruiting |talent |interview |people )?(?:team|family|panel)\b"
)
_POSSESSIVE = re.compile(_COMPANY + r"'s\s+(?:hiring |recruiting |talent |interview |people )?team\b")
_MAIL_PROVIDERS = frozenset(
    {"gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "icloud", "me", "aol", "proton"}
)
#: A name with its legal form: "Halden & Frost Ltd", "Prairie Ridge Constructors Ltd.".
_LEGAL_NAME = re.compile(
    r"\b(?P<company>[A-ZÀ-Þ][\w'&.-]*(?:[ \t]+(?:&[ \t]+|and[ \t]+)?[A-ZÀ-Þ][\w'&.-]*){0,4}[ \t]+"
    r"(?:GmbH|AG|Inc\.?|LLC|LLP|Ltd\.?|Limited|plc|PLC|S\.A\.|SAS|B\.V\.|Pty Ltd|"
    r"Pte\.? Ltd\.?|Co\.|"
    # European forms: "Kuusi Games Oy", "Vistula Software Sp. z o.o.", "Nordlys ASA".
    r"Oyj?|AB|ASA|A/S|ApS|N\.?V\.|S\.p\.A\.|S\.r\.l\.|Sp\. z o\.o\.))(?![\w/])"
)
_COMPANY_PATTERNS = (
    (
        6,
        re.compile(
            r"^\s*(?i:company|employer|organi[sz]ation|hiring company|client)\s*:\s*" + _COMPANY + r"\s*$",
            re.MULTILINE,
        ),
    ),
    (2, re.compile(r"(?<=[A-Za-z])\s+@\s+" + _COMPANY)),
    (
        4,
        re.compile(
            r"\b(?i:role|position|opening|job|vacancy|post|team|interviews?|opportunity|career|stage|onsite|on-site|loop|"
            r"visit|final|process)(?:\s*\([^()\n]{1,40}\))?\s+(?i:at|with|chez|bei)\s+(?:the\s+)?" + _COMPANY
        ),
    ),
    (
        4,
        re.compile(
            r"\b(?i:the team at|here at|join(?:ing)?|interest in|applying (?:to|with)(?: the)?|"
            r"applied (?:to|with)(?: the)?|application to|greetings from|"
            r"on behalf of(?: the)?|welcome to|everyone at|people at|folks at|au sein de|au sein d'|"
            # a recruiter naming the client: "the client is X", "the position is with X"
            r"(?:the|our) client(?: is|,)?|"
            r"(?:the )?(?:role|position|job|post|opportunity) is (?:with|at))\s+" + _COMPANY
        ),
    ),
    (2, _LEGAL_NAME),
    (4, re.compile(r"\b(?i:position|role|post|vacancy) of [^.\n]{3,60}? (?i:at|with) (?:the )?" + _COMPANY)),
    # "the Fish Biologist position (GS-0482-11) under vacancy announcement R5-1187 with the U.S. ..."
    (3, re.compile(r"\b(?i:position|role|post|vacancy)\b[^.\n]{0,80}? (?i:with) the " + _COMPANY)),
    (2, re.compile(r"\bat\s+" + _COMPANY + r"(?=\s*[!.(]|,?\s+(?:on|in|for|next|this|tomorrow)\b)")),
    # "Good news - Halden & Frost would like to invite you"
    (
        3,
        re.compile(
            r"(?:^|[-–—:!,]\s+)(?P<company>[A-ZÀ-Þ][\w'&-]*(?:\s+(?:&|and|of|[A-Z0-9À-Þ][\w'&-]*)){0,4})"
            r"(?:\s+\([^()\n]{1,60}\))?\s+(?:(?:would like|would love|is pleased|are pleased|wants?) to|"
            r"wants? you|would like you|(?:is|are) keen|(?:has|have) shortlisted|loved you|liked you|"
            r"invites you|is inviting you|"
            r"(?:has|have) (?:confirmed|sent|asked|invited|scheduled|arranged|booked))\b",
            re.MULTILINE,
        ),
    ),
    # "Organiser: Recruitment – Crown & Anchor Brewing": a calendar's organiser is the firm's team.
    (
        3,
        re.compile(
            r"^\s*(?i:organi[sz]er)\s*:\s*"
            r"(?:(?i:recruitment|recruiting|talent(?: acquisition)?|hr|people|careers)\s*[–—-]\s*)"
            + _COMPANY
            + r"\s*$",
            re.MULTILINE,
        ),
    ),
    # "at Ember & Oak, 1420 W Fulton Market": a name, then its street.
    (2, re.compile(r"\bat\s+" + _COMPANY + r",\s+\d{1,5}\s+[A-Z]")),
    # "Redwood Ledger's CFO, Martin Alvarez": a firm's officer.
    (
        2,
        re.compile(
            r"\b(?P<company>[A-ZÀ-Þ][\w&-]*(?:\s+(?:&|and|[A-ZÀ-Þ][\w&-]*)){1,4})'s\s+"
            r"(?:C[A-Z]O|CTO|VP|SVP|EVP|Chief|Head|Director|Founder|Co-founder|President|Managing Director)\b"
        ),
    ),
    # "el cargo de Jefe de Mantenimiento en Cordillera Mining Services": the role's "at" in other languages.
    (
        4,
        re.compile(
            r"\b(?i:cargo|puesto|posición|vacante|vaga|posição|poste|stelle)\s+(?:de\s+|como\s+|als\s+)?"
            r"[^.\n]{2,60}?\s+(?i:en|na|no|em|chez|bei)\s+" + _COMPANY
        ),
    ),
)
#: "Cheers, Kylie - Pilbara Iron Services": a sign-off, a first name and the company on one line.
_SIGN_OFF_COMPANY = re.compile(
    r"^(?i:cheers|thanks|best|regards|thank you|many thanks|kind regards|best regards|warm regards)"
    r"[,!]?[ \t]+[A-Z][\w'-]+[ \t]+[-–—|][ \t]+" + _COMPANY + r"[ \t]*$",
    re.MULTILINE,
)
#: The team words a sender's display name ends with ("Mercy Ridge Health Careers").
_SENDER_TEAM = re.compile(
    r"(?:\s+(?:careers?|jobs|recruiting|recruitment|talent(?: acquisition)?|hiring(?: team)?|hr|"
    r"notifications?|no-?reply|team|people(?: team)?))+\s*$",
    re.IGNORECASE,
)
#: A business's name on its own line above its street address ("Crumb & Co. Bakery" /
#: "2210 E Indian School Rd"), as a signature or a visiting note writes it.
_NAME_OVER_ADDRESS = re.compile(
    r"^(?P<company>[A-ZÀ-Þ][\w'&.-]*(?:[ ]+(?:&|and|of|de|[A-Z0-9À-Þ][\w'&.-]*)){0,5})[ \t]*\n"
    r"[ \t]*\d{1,5}[A-Za-z]?[ ,-]+[A-ZÀ-Þ]",
    re.MULTILINE,
)
#: The same on one line: "Umhlanga Sands Hotel, 44 Lagoon Drive, Umhlanga Rocks".
_NAME_BEFORE_ADDRESS = re.compile(
    r"^[ \t]*(?P<company>[A-ZÀ-Þ][\w'&.-]*(?:[ ]+(?:&|and|of|de|[A-Z0-9À-Þ][\w'&.-]*)){0,5}),[ \t]*"
    r"\d{1,5}[A-Za-z]?[ ,-]+[A-ZÀ-Þ]",
    re.MULTILINE,
)
_INTERVIEW_WORDS = re.compile(
    r"\b(?:re|fwd?|fw|aw|invitation|invite|interviews?|final|second|third|next|round|stage|onsite|on-site|panel|"
    r"schedule[ds]?|details|confirmation|confirmed|agenda|itinerary|steps?|your|with|for|tomorrow'?s?|peer|"
    r"technical|working|session|case|presentation|portfolio|review|visit|site|campus|loop|and|demo|lesson|"
    r"new|date|time|rescheduled|updated?|virtual|chat|call|2nd|1st|3rd|arrangements|scheduled|einladung|"
    r"entretien|convocatoria|entrevista|neuer|termin|nouveau|moving|forward|about|tomorrow|today|zweites|"
    r"invitación|invitacion|convite|convocação|citación|superday|call letter|letter|"
    r"gespräch|vorstellungsgespräch|erstes|drittes|premier|second|deuxième|segunda|primera|"
    # a subject's flags: "Shortlisted – ...", "... – CONFIDENTIAL", "Reminder: ...", "Term Position"
    r"shortlisted|confidential|correction|corrected|reminder|urgent|important|term|position|"
    # a calendar's reply: "Accepted: Second-round interview"
    r"accepted|declined|tentative)\b",
    re.IGNORECASE,
)
#: Recruiting and HR teams in other languages: "Reclutamiento y Selección", "Atracción de Talento".
_RECRUITING_ABROAD = (
    r"pessoas|equipe|equipo|rh|recursos humanos|talento humano|personalabteilung|reclutamiento|selecci[oó]n|"
    r"recrutement|recrutamento|sele[cç][aã]o|ressources humaines|gesti[oó]n humana|capital humano|"
    r"risorse umane|kadry|insan kaynaklar[ıi]|atracci[oó]n|atra[cç][aã]o"
)
#: Words of a recruiter's or a hiring team's name: "Harlow Bridge Recruitment", "Acme HR".
_HIRING_WORDS = re.compile(
    r"\b(?:team|recruit(?:ing|ment)|talent|acquisition|human resources|hr|people|resourcing|staffing|search|"
    r"personas|talentos?|rrhh|" + _RECRUITING_ABROAD + r")\b",
    re.IGNORECASE,
)
_TEAM_WORDS = re.compile(
    r"\b(?:team|recruit(?:ing|ment)|talent|acquisition|human resources|hr|people|culture|resourcing|services|"
    r"operations|department|office|talentos|staffing|abteilung|" + _RECRUITING_ABROAD + r")\b",
    re.IGNORECASE,
)
_NOT_COMPANY = re.compile(
    r"^(?:zoom|microsoft teams|teams|google meet|meet|webex|linkedin|the team|us|you|me|our|the panel|"
    r"we|they|i|he|she|it|this|that|everyone|all of us|the hiring team|"
    r"(?:zoom|microsoft teams|teams|google meet|webex|skype|jitsi|whereby)(?: video)? (?:meeting|call|link)|"
    r"google calendar|outlook|whatsapp|slack|sms|text message|imessage|signal|telegram|wechat|line|"
    r"teams chat|linkedin inmail|inmail|"
    r"interview|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
    re.IGNORECASE,
)


#: A greeting read as a name ("Hi Aoibhinn").
_GREETED = re.compile(r"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b", re.IGNORECASE)

_SENT_BY_TOOL = re.compile(
    r"^\W*(?:powered by|sent (?:via|from|with|by|using)|scheduled (?:via|with|through)|invitation from|"
    r"this (?:message|email|interview) was)\b",
    re.IGNORECASE,
)
_SIGNED_BY_TEAM = re.compile(
    r"\b(?:talent|recruiting|recruitment|people|hr|hiring)(?:\s+\w+)?\s+team$", re.IGNORECASE
)
_LOWER_IN_NAMES = frozenset(
    {
        "&",
        "and",
        "of",
        "de",
        "du",
        "del",
        "do",
        "da",
        "dos",
        "das",
        "di",
        "la",
        "the",
        "for",
        "von",
        "van",
        "der",
        "y",
        "e",
    }
)
#: A signature line naming a parent group, not the employer ("Part of the Kirra Hotel Group").
_PARENT_LINE = re.compile(
    r"^(?:part of|a member of|member of|a subsidiary of|a division of|a brand of)\b", re.I
)
#: A legal form at the end of a name: "Pte. Ltd.", "(Pty) Ltd", "Inc.", "GmbH".
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:\(pty\)|pty|pte\.?|pvt\.?|ltd\.?|ltda\.?|limited|inc\.?|llc|llp|gmbh|ag|plc|corp\.?|"
    r"co\.?|s\.a\.?|sas|b\.v\.|oyj?|ab|asa|a/s|aps|n\.?v\.|s\.p\.a\.?|s\.r\.l\.?|sp\. z o\.o\.|"
    r"sp\. [jk]\.?))+$"
)
#: A parent group named as such: "(a subsidiary of Al-Sayegh Holding Co.)".
_PARENT_OF = re.compile(
    r"\b(?i:(?:a )?subsidiary of|part of|a division of|a member of|a brand of)\s+(?:the\s+)?" + _COMPANY
)
#: A signature line that is a place: "Toronto, ON", "Austin, TX".
_CITY_LINE = re.compile(r"^[A-ZÀ-Þ][\w .'-]*,\s*[A-Z]{2}\.?$")
#: A labelled venue line whose first part names the building's organisation
#: ("Venue: Protea Park Primary School, 21 Jacaranda Avenue").
_VENUE_LINE = re.compile(
    r"^\s*(?i:venue|where|location|address|place)\s*:\s*"
    r"(?P<company>[A-ZÀ-Þ][\w'&.-]*(?:[ ]+(?:&|and|of|de|[A-Z0-9À-Þ][\w'&.-]*)){0,5})[ \t]*,",
    re.MULTILINE,
)


def _capitalised(piece: str) -> bool:
    """True when every word of ``piece`` is capitalised, as company names are; a legal
    form at the end may be written in lower case ("Sokół Advisory sp. k.", "Norvale inc.")."""
    legal = _LEGAL_FORM.search(piece.lower())
    piece = piece[: legal.start()] if legal and legal.start() else piece
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _LOWER_IN_NAMES for w in piece.split())


def _is_unit(text: str) -> bool:
    """True for a unit inside an organisation ("School of Nursing", "Acute Medical Unit"):
    the employer is named elsewhere."""
    words = text.lower().split()
    starts = len(words) >= 3 and words[0] in word_set("unit_heads") and words[1] == "of"
    return starts or (len(words) >= 2 and words[-1] in word_set("unit_tails"))


def _names_the_meeting(text: str) -> bool:
    """True for a subject's name of the meeting ("Telephone Interview", "Oral Board Interview")."""
    words = text.lower().split()
    return (
        len(words) >= 2
        and words[-1] in word_set("meeting_nouns")
        and all(w in word_set("meeting_modes") for w in words[:-1])
    )


def _is_person_piece(piece: str, following: str) -> bool:
    """True when a signature line starts with a person's name: two to four
    capitalised words followed by a job title or a team ("Jess Thompson | People & Culture Advisor")."""
    words = piece.split()
    if not 2 <= len(words) <= 4 or not _capitalised(piece) or any(is_title_word(w) for w in words):
        return False
    return is_title(following) or bool(_TEAM_WORDS.search(following)) or is_department(following)


#: A recruiter writing for an employer: "our client", "on behalf of".
_FOR_A_CLIENT = re.compile(r"\b(?:our|my|the|your)\s+client\b|\bon behalf of\b", re.IGNORECASE)
#: What a search firm's name holds, even inside a word ("Talentbridge", "Northsearch").
_AGENCY = re.compile(r"talent|recruit|search|staffing|headhunt|resourcing|personnel|executive partners")
#: A person and their firm in brackets, as chats and calendar guests show them:
#: "Johanna (Fjällbo) 3:12 PM", "Teams chat – Sanne de Vries (Brightwater Logistics)".
_PERSON_FIRM = re.compile(
    r"(?P<who>\b[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de|van|von|da|[A-ZÀ-Þ][\w'’-]+)){0,3})\s+"
    r"\((?P<company>[A-ZÀ-Þ][^(),\n]{1,40})\)"
)
#: A title and a company in brackets after a name: "Ville (CTO, Saunalabs)".
_TITLE_COMPANY_BRACKETS = re.compile(r"\((?P<title>[^(),\n]{2,50}),\s*(?P<company>[^(),\n]{2,50})\)")
#: A label or a dash before a line that signs someone: "Organizer: ", "– ".
_SIGNING_LEAD = re.compile(r"^\s*(?:(?i:organi[sz]er|from|sender|contact)\s*:\s*|[–—-]\s+)")


def _titled_companies(body: str) -> Iterator[tuple[str, float]]:
    """Companies that close a person's title on one line of the body, as a signature inside
    the text writes them: "Katrin Vogel | Engineering Manager, Platform | Tannwerk",
    "Organizer: Deepa Rao, Recruiting Coordinator, Lumen Streaming", "(CTO, Saunalabs)".
    A comma alone does not part a title from a company ("Head of Data, Payments Core" is a
    team): the line needs a bar, or a label or dash that marks it as signing someone. In
    brackets the second part is as often a team ("Engineering Manager, Ranking"), so it
    weighs little: enough where nothing else names the company."""
    for m in _TITLE_COMPANY_BRACKETS.finditer(body):
        if is_title(m.group("title")) or _HIRING_WORDS.search(m.group("title")):
            yield m.group("company"), 1.0
    for line in body.splitlines():
        signing = _SIGNING_LEAD.match(line)
        line = line[signing.end() :].strip() if signing else line.strip()
        if len(line) > 100 or re.search(r"[.!?:;]\s|\d", line):
            continue  # a sentence, a clock or a phone number, not a signing line
        if (not signing and " | " not in line) or "(" in line:
            continue  # brackets are read above
        parting = r"\s*\|\s*" if " | " in line else r",\s+|\s+[–—-]\s+"  # bars part titles with commas
        pieces = [p.strip() for p in re.split(parting, line) if p.strip()]
        if len(pieces) >= 2 and (is_title(pieces[-2]) or _HIRING_WORDS.search(pieces[-2])):
            yield pieces[-1], 3.0


def _clean_company(text: str) -> str:
    # A full stop ends the name, unless it closes "Co." or "Inc.".
    text = re.split(
        r"(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bPvt)(?<!\bPte)(?<!\bSt)(?<!\bsp)\.\s", text.strip()
    )[0]
    text = re.sub(r"['’]s$", "", text.strip())
    text = re.sub(r"\s+(?:and|&|of|for|de)$", "", text)
    text = re.sub(r"^(?:and|&)\s+", "", text)
    return (
        text.strip(" .,;:-")
        if not text.endswith(("Co.", "Inc.", "Ltd.", "Corp.", "sp. k.", "sp. j."))
        else text.strip()
    )


def _unshouted(text: str) -> str:
    """A name written in capitals, in the case it is read in: "MWANGAZA HOSPITAL" ->
    "Mwangaza Hospital"; short words stay as acronyms ("NHS", "PLC")."""
    return " ".join(w.capitalize() if len(w) > 3 else w for w in text.split())


def _company_key(name: str) -> str:
    """One key for the ways a company is written: "Loop and Lantern Pte. Ltd." and
    "Loop & Lantern" are the same firm; "The" in front counts for nothing."""
    key = name.lower().removeprefix("the ").replace(" & ", " and ")
    return _LEGAL_FORM.sub("", key) or key


def _subject_parts(subject: str) -> list[str]:
    subject = re.sub(r"^(?:\s*(?:re|fwd?|fw|aw)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    parts = re.split(r"\s+[-–—|]\s+|:\s+|\s+@\s+|[\[\]【】]|\s+/\s+|\s+\+\s+|\s*<>\s*", subject)
    return [p.strip() for p in parts if p and p.strip()]


def _strip_interview_words(part: str) -> str:
    words = part.split()
    while words and _INTERVIEW_WORDS.fullmatch(words[0].strip(",:")):
        if len(words) > 1 and words[1] in ("&", "and"):
            break  # "Loop & Lantern": a word joined by "&" is part of a name
        # "Site Reliability Engineer": a title word that starts a title stays.
        if (
            len(words) > 1
            and is_title_word(words[0])
            and not _INTERVIEW_WORDS.fullmatch(words[1].strip(",:"))
        ):
            break
        words = words[1:]
    return " ".join(words)


def _looks_like_a_person(text: str) -> bool:
    """ "Ada Mensah", "Dr": a known given name and a surname, or an honorific, is no company."""
    words = text.split()
    if words and words[0].lower().strip(".") in word_set("honorifics"):
        return len(words) <= 4  # "Dr", "Mrs S. Pillay"
    if len(words) == 1:
        return words[0].lower() in word_set("given_names")  # a signed "Rachel", "joining Hannah"
    return (
        len(words) in (2, 3)
        and words[0].lower() in word_set("given_names")
        and all(is_name_word(w) for w in words)
    )


def _reads_as_role(text: str) -> bool:
    """True for a job title, or a trade written in lower case ("line cook", "apprentice plumber")."""
    return is_title(text) or (text.islower() and text.split()[-1] in word_set("trades"))


def read_role(subject: str, body: str) -> str | None:
    """The job title the invitation is for, or None when it names none.

    A "Position:" line or a phrase like "for the X role", "the position of X"
    wins over a part of the subject line that reads as a job title.
    """
    best: tuple[int, int, str] | None = None
    for weight, pattern in _ROLE_PATTERNS:
        for m in pattern.finditer(body):
            role = re.split(r"\.\s", m.group("role"))[0].strip(" ,.")
            if _reads_as_role(role) and len(role.split()) <= 12 and not is_cue_phrase(role):
                key = (weight, -m.start(), role)
                if best is None or key[:2] > best[:2]:
                    best = key
    if best:
        return best[2]
    labelled = re.findall(
        r"^\s*(?:event|meeting|title|service)\s*:\s*(.+)$", body, re.IGNORECASE | re.MULTILINE
    )
    for part in [p for line in [subject, *labelled] for p in _subject_parts(line)]:
        part = re.sub(r"\((?:ref|req|reference|job)[^)]*\)", "", part, flags=re.IGNORECASE).strip()
        part = re.split(r"\s+(?:at|with|chez|bei)\s+", part)[0]
        part = re.sub(
            r"\s*\((?:final round|second round|[^)]*interview[^)]*)\)", "", part, flags=re.IGNORECASE
        )
        role = _strip_interview_words(part)
        lower = re.sub(r"\s+(?:job|position|positon|role|vacancy|post)$", "", role)
        if lower.islower() and len(lower.split()) <= 4 and _reads_as_role(lower):
            return lower  # "re: shift supervisor", "florist job"
        for m in re.finditer(_ROLE, role):
            candidate = m.group("role").strip(" ,.")
            if is_title(candidate) and not _INTERVIEW_WORDS.fullmatch(candidate.split()[-1]):
                return (
                    re.sub(r"\s*\([^)]*\)$", "", candidate)
                    if "(" in candidate and not is_title(candidate.split("(")[0])
                    else candidate
                )
    return None


def _company_from_address(signature: Sequence[str]) -> str | None:
    """Last resort: the sender's mail domain ("sam@orbitpay.com" -> "Orbitpay")."""
    for line in signature:
        m = re.search(r"[\w.+-]+@([\w-]+)\.[\w.-]+", line)
        if m and m.group(1).lower() not in _MAIL_PROVIDERS:
            return m.group(1).capitalize()
    return None


def read_company(
    subject: str,
    body: str,
    signature: Sequence[str],
    people: Iterable[str] = (),
    sender: str | None = None,
    titles: Iterable[str] = (),
) -> str | None:
    """The company the invitation comes from, or None when nothing names it.

    Phrases in the body ("the role at X", "interest in X"), parts of the
    subject that are not a job title, the signature's company line and a
    sender that is an organisation ("Fairmont Public Library <noreply@...>")
    each vote; people's names never count, nor words of the role or of an
    interviewer's title ``titles`` ("Assistant Manager – Patient Services").
    """
    names = {p.lower() for p in people} | {p.split()[0].lower() for p in people if p.split()}
    in_titles = " | ".join(_company_key(t) for t in titles)
    in_titles_raw = " | ".join(titles)
    votes: dict[str, float] = {}
    spelled: dict[str, str] = {}

    def vote(text: str, weight: float) -> None:
        text = _clean_company(text)
        if text.isupper() and " " in text:
            text = _unshouted(text)  # "MWANGAZA HOSPITAL" on a formal letter's last line
        key = _company_key(text)
        if not text or _NOT_COMPANY.match(text) or key in names or _GREETED.match(text):
            return
        if _LEGAL_FORM.fullmatch(" " + text.lower().strip(" .,")):
            return  # "Co., Ltd." split from its name
        if len([w for w in text.split() if w.lower() not in _LOWER_IN_NAMES]) > 8:
            return
        if text.split()[0].lower() in word_set("site_places") or key in place_zones():
            return  # "Gate A", "Building 40", "Toronto", "Brazil"
        if re.search(r"\d|@|://", text) or (text.isupper() and len(text) <= 4):
            return
        # "Go" (a language), "Finance" (a department), "Niamh" (a first name), "London-based".
        alone = " " not in key
        if (
            len(text) <= 2
            or (alone and is_department(text))
            or key in word_set("given_names")
            or key.endswith("-based")
        ):
            return
        organisation = any(w in word_set("organisation_words") and not is_title_word(w) for w in key.split())
        if is_title(text) and not organisation and not re.search(r"\b(?:Inc|LLC|LLP|Ltd|GmbH|AG|Co)\b", text):
            return  # "Senior Analyst", but not "Red Sea Specialist Hospital"
        if _looks_like_a_person(text) or _is_unit(text) or _names_the_meeting(text):
            return
        votes[key] = votes.get(key, 0.0) + weight
        if key not in spelled or (
            _LEGAL_FORM.search(spelled[key].lower()) and not _LEGAL_FORM.search(text.lower())
        ):
            spelled[key] = text  # the brand before its legal form: "Loop & Lantern", not "... Pte. Ltd."

    for weight, pattern in _COMPANY_PATTERNS:
        for m in pattern.finditer(body):
            vote(m.group("company"), weight)
    for pattern in (_TEAM_OF, _POSSESSIVE):
        for m in pattern.finditer(f"{subject}\n{body}"):
            # "the Recruitment team", "the Talent Acquisition team": a function, not a company.
            words = m.group("company").split()
            if not all(
                is_title_word(w) or _TEAM_WORDS.fullmatch(w) or w.lower() in ("the", "our") for w in words
            ):
                vote(m.group("company"), 3)
    firms: set[str] = set()  # a chat repeats "Neha (TalentBridge)" on every line: it counts once
    text = f"{subject}\n{body}"
    for m in _PERSON_FIRM.finditer(text):
        who, firm = m.group("who"), m.group("company")
        if is_title(firm) or is_department(firm) or firm in firms:
            continue
        heads_a_line = re.search(r"(?:^|\n)(?:\[[^\]\n]*\]\s*)?$", text[: m.start()]) is not None
        if heads_a_line or who.split()[0].lower() in word_set("given_names") or who.lower() in names:
            firms.add(firm)
            vote(firm, 1)
    for part in _subject_parts(subject):
        chat = _PERSON_FIRM.fullmatch(part)
        if chat and chat.group("company") in firms:
            continue  # "Sanne de Vries (Brightwater Logistics)": the firm is voted above
        for inner in re.findall(r"\(([^)]*)\)", part):
            if f"({inner})" in in_titles_raw:
                continue  # "Senior Accountant (Financial Reporting)": the role's own team
            # "Operations Analyst (Trade Support)", "(Kapolei)": after a role, a team or a place.
            before = part.split("(")[0].strip()
            # "(correction)", "(Final Round)", "(from WhatsApp)": a flag, not a team.
            if _strip_interview_words(inner) and inner[:1].isupper():
                vote(inner, 0.5 if is_title(before) or not before else 2)
        part = re.sub(r"\([^)]*\)", "", part).strip()
        with_at = re.split(r"\s+(?:at|with|chez|bei)\s+", part)
        if len(with_at) > 1:
            vote(re.split(r"\s+[a-z]", with_at[-1])[0], 2)
        pieces = [p.strip() for p in part.split(",")]
        if (
            len(pieces) > 1
            and is_title(pieces[0])
            and (len(pieces[-1].split()) > 1 or pieces[-1].endswith("."))
        ):
            vote(pieces[-1], 1.5)
        bare = _strip_interview_words(part)
        capitalised = all(
            w[:1].isupper() or w[:1].isdigit() or w in ("&", "and", "of", "de", "the") for w in bare.split()
        )
        if bare and bare == part and not is_title(bare) and capitalised:
            # "Second interview – Patient Services": a department the subject names, weighed low.
            vote(bare, 0.5 if is_department(bare) else 2)
    lines = list(signature[1:])
    if signature and re.search(r"\s[|,]\s?|,.*\s@\s", signature[0]):
        # "Wendy Zhao | Talent Partner | Maplewood Capital", "Sasha, CTO @ Brindle" on one line.
        lines.insert(0, re.split(r"\s*[|,]\s*", signature[0], maxsplit=1)[1])
    elif signature and re.search(r"\s@\s", signature[0]):
        lines.insert(0, re.split(r"\s+@\s+", signature[0], maxsplit=1)[1])  # "Tom @ Koalify"
    elif signature and _SIGNED_BY_TEAM.search(signature[0]):
        lines.insert(0, signature[0])  # "The Solent Insurance Talent Team"
    elif len(signature) == 1 and _TEAM_WORDS.search(re.split(r"\s+[–—-]\s+", signature[0])[0]):
        lines.insert(0, signature[0])  # a team's only line: "People Team – Jabuticaba Labs"
    for line in lines:
        # "Siyakhula Children's Trust | NPC 2011/004512/08": a field holding a number is no name.
        line = " | ".join(f for f in re.split(r"\s+\|\s+", line) if not re.search(r"\d{3}", f))
        line = _unshouted(line) if line.isupper() and " " in line else line
        if re.search(r"\S@\S+\.\w", line) or re.search(r"\d{3}", line) or line.startswith("http"):
            continue
        if not line or _SENT_BY_TOOL.match(line) or _PARENT_LINE.match(line) or _CITY_LINE.match(line):
            continue
        pieces = [p.strip() for p in re.split(r"\s*[,|@–—·]\s*|\s+-\s+", line) if p.strip()]
        for index, piece in enumerate(pieces):
            if index == 0 and len(pieces) > 1 and _is_person_piece(piece, pieces[1]):
                continue  # "Katherine Lim, Talent Acquisition, Orchid Cloud"
            piece = re.sub(r"^The\s+", "The ", piece)
            # "Maplewood Talent Team", "Tulip Commerce recruiting", "Talent Acquisition at Fjällvind".
            trimmed = re.sub(
                r"\s+(?:talent|recruiting|recruitment|people|hr)(?:\s+\w+)?\s+team$"
                r"|\s+(?-i:recruiting|recruitment|careers|hiring)$",
                "",
                piece,
                flags=re.IGNORECASE,
            )
            at = re.match(r"(?P<who>.+?)\s+at\s+(?P<firm>[A-ZÀ-Þ].*)$", piece)
            if at and (is_title(at.group("who")) or _TEAM_WORDS.search(at.group("who"))):
                trimmed = at.group("firm")
            if trimmed != piece:
                vote(re.sub(r"^the\s+", "", trimmed, flags=re.IGNORECASE), 3)
                continue
            # "People Services" is a team; "Meridian Rail Services", named first, is the company.
            words = piece.split()
            named = (
                len(words) > 1
                and words[-1].lower() in word_set("organisation_words")
                and not (is_title_word(words[0]) or _TEAM_WORDS.fullmatch(words[0]))
                and not _HIRING_WORDS.search(piece)
            )
            if is_title(piece) or (_TEAM_WORDS.search(piece) and not named) or is_department(piece):
                continue
            if not _capitalised(piece):
                continue
            vote(piece, 3)
            break
    for found, strength in _titled_companies(body):
        if _capitalised(found) and not (is_title(found) or is_department(found) or _TEAM_WORDS.search(found)):
            vote(found, strength)
    for m in _NAME_OVER_ADDRESS.finditer(body):
        vote(m.group("company"), 3)
    for m in _SIGN_OFF_COMPANY.finditer("\n".join([body, *signature])):
        vote(m.group("company"), 3)
    for line in signature:
        for m in _LEGAL_NAME.finditer(line):
            vote(m.group("company"), 2)
    for place_weight, place in ((3.0, _NAME_BEFORE_ADDRESS), (1.5, _VENUE_LINE)):
        for m in place.finditer("\n".join([body, *signature])):
            venue = m.group("company")
            if not (_TEAM_WORDS.search(venue) or is_department(venue) or is_title(venue)):
                vote(venue, place_weight)
    if sender and len(sender.split()) >= 2 and not _looks_like_a_person(sender):
        vote(_SENDER_TEAM.sub("", sender), 3)
    parents = {
        _company_key(_clean_company(m.group("company")))
        for m in _PARENT_OF.finditer("\n".join([body, *signature]))
    }
    if any(key not in parents for key in votes):
        votes = {key: weight for key, weight in votes.items() if key not in parents}
    if not votes:
        return _company_from_address(signature)
    everything = f"{subject}\n{body}".lower()
    for key in votes:
        spellings = {key, key.replace(" and ", " & ")}
        votes[key] += 0.5 * sum(everything.count(spelling) for spelling in spellings)
    for key in votes:
        if re.search(rf"(?<![\w&]){re.escape(key)}(?![\w&])", in_titles):
            votes[key] *= 0.25  # a team the role names ("Senior Associate, Transaction Services")
    if _FOR_A_CLIENT.search(body):
        for key in votes:
            if _AGENCY.search(key):
                votes[key] *= 0.3  # the search firm that writes for its client ("Talentbridge Asia Pte Ltd")
    # On a tie, a name that reads as an organisation ("... NHS Foundation Trust") wins over
    # a subject's fragment ("Antimicrobial Stewardship").
    organisation = word_set("organisation_words")
    best = max(votes, key=lambda k: (votes[k], any(w in organisation for w in k.split())))
    return spelled[best]
