"""Whether a sentence seats a person on the panel, rules them out, or names a contact.

"Naomi won't join this session", "Bas replaces Ilse", "thanks for meeting
Andrea last week" rule a person out; "contact my colleague Jane Smith" or
"greeted at reception by Tim Lowe" name someone who is not interviewing.
"""

from __future__ import annotations

import re

from roundtwo.read.names import is_name_word, is_title

_NEGATIVE_BEFORE = re.compile(
    r"\b(?:replac(?:es|ing|e)|instead of|in place of|covering for|stands? in for|you met|met with|"
    r"spoke (?:with|to)|your (?:first|previous|earlier|last) (?:interview|conversation|call|chat) with|"
    r"thanks? (?:you )?for (?:meeting|speaking (?:with|to)|chatting (?:with|to)))\s+$",
    re.IGNORECASE,
)
_CONTACT_BEFORE = re.compile(
    r"\b(?:greeted (?:\w+ ){0,3}by|escorted by|contact|reach out to|ask for|email|call|connect with|"
    r"check in with|copying|cc(?:'d|ing)?|cc:)"
    r"(?:\s+(?:my|our|the|your)?\s*(?:colleague|coordinator|assistant|team member|receptionist),?)?\s+$"
    r"|\b(?:contact|reach out to|email|call|ask for)\s+(?:my|our|the|your)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:recruiter|coordinator|colleague|assistant|contact|partner|consultant),?\s+$"
    # A guide shows the candidate around without interviewing: "Tour of the simulation lab with".
    r"|\btour\s+(?:of\s+(?:the\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}\s+)?(?:with|led by|given by)\s+$",
    re.IGNORECASE,
)
_CONTACT_AFTER = re.compile(
    r"^\s*(?:[-–—(]\s*)?organi[sz]er\b|"
    r"^(?:[^.;]|(?<=Sr|Jr|Dr|Mr|Ms|St)\.){0,60}?\b(?:will greet you|greet you|meet you at reception|"
    r"bring you up|escort you|"
    r"meet you (?:at|in) the (?:[\w-]+ ){0,2}(?:entrance|lobby|front desk|gate)|"
    r"on linkedin|if you have (?:any )?questions|(?:will be |is )?your (?:main |first )?point of contact|"
    r"(?:will be |is )?your contact (?:person )?for)",
    re.IGNORECASE,
)
_NEGATIVE_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:won't|will not|can't|cannot|can no longer|no longer|unable to|isn't able to|"
    r"is not able to|not be (?:joining|available|able)|is ill|is sick|is off|on holiday|on vacation|on leave|"
    r"out of (?:the )?office|met (?:with )?you|interviewed you|spoke (?:with|to) you|cc'd|copied|"
    r"is away|won't be able|will not be able|can't make it|cannot make it|is unable|"
    # In the room without interviewing: a note-taker, an observer, an adviser to the panel.
    r"(?:take|taking|takes) (?:the )?(?:notes|minutes)|note-?tak(?:er|ing)|as (?:an? )?observer|"
    r"(?:will|to) observe|observing only|in attendance|in an advisory capacity|"
    r"not (?:be )?(?:on|part of|sitting on) the panel|not (?:be )?interviewing|"
    r"not (?:be )?asking (?:any )?questions)",
    re.IGNORECASE,
)


def says_absent(text: str, unit: tuple[int, int], start: int, end: int) -> bool:
    """True when the sentence ``unit`` says the person named at ``start``:``end``
    will not interview: "won't join", "replaces X", "you met X", "contact X"."""
    before = text[unit[0] : start]
    after = text[end : unit[1]]
    if _NEGATIVE_BEFORE.search(before[-40:]):
        return True
    m = _NEGATIVE_AFTER.match(after)
    if m is None:
        return False
    # The cue must speak of this person, not of a later one in the sentence; the person's
    # own title between commas ("K. Dunn, Head of Medical Workforce, will ...") names no one.
    appositive = re.match(r"\s*,\s*([^,.;]{2,60}),", after)
    skip = appositive.end() if appositive and is_title(appositive.group(1)) else 0
    between = after[skip : max(skip, m.end() - 12)]
    return not any(is_name_word(w) for w in re.findall(r"\b[A-Z][\w'-]+", between))


def is_contact(text: str, unit: tuple[int, int], start: int, end: int) -> bool:
    """True when the sentence names the person as someone to contact or who greets
    you ("contact my colleague Jane Smith", "greeted by Tim Lowe, who will bring you up")."""
    before = text[unit[0] : start][-50:]
    return bool(_CONTACT_BEFORE.search(before) or _CONTACT_AFTER.match(text[end : unit[1]]))
