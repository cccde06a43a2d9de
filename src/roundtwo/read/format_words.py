"""What a sentence says of the interview's formats, word by word.

Cue phrases from the lexicon ("system design", "case study", "back-to-back")
and patterns for the forms no list can hold ("a short budget variance case",
"an Excel skills assessment", "with me and Pete"). Words that only look like
a cue ("both will be present", "the room has a whiteboard"), sentences that
look back ("thanks for completing the design exercise") and formats ruled
out by name ("none of these are technical") say nothing.
"""

from __future__ import annotations

import functools
import re

from roundtwo.content.vocabulary import FORMATS
from roundtwo.read.invite_lexicon import lexicon, phrases

#: Cue words that may stand in the plural ("technical interviews", "separate calls").
_COUNTABLE = re.compile(
    r"(?:interview|round|session|discussion|exercise|assessment|test|task|challenge|screen|review|"
    r"dive|conversation|call|demo|talk|lesson|panel|case)$"
)


@functools.cache
def _cue_pattern(kind: str) -> re.Pattern[str]:
    parts = []
    for phrase in phrases("format_cues", kind):
        left = r"\b" if phrase[:1].isalnum() else ""
        right = r"(?![\w-])" if phrase[-1:].isalnum() else ""
        if right and _COUNTABLE.search(phrase.lower()):
            right = r"(?:e?s)?" + right
        parts.append(left + re.escape(phrase) + right)
    return re.compile("|".join(parts), re.IGNORECASE)


#: "a technical portion", "technical accounting questions", "a technical demo": any part of the
#: interview called technical (job titles such as "Technical Recruiter" are masked before this).
_TECHNICAL_PART = re.compile(
    r"\b(?:technical|tech)\s+(?:[\w-]+\s+){0,2}?(?:interview|round|session|discussion|question|portion|part|"
    r"demo|exercise|assessment|test|task|challenge|deep[- ]dive|conversation|screen|problem|stage|component|"
    r"segment|section|walkthrough|review)s?\b"
    # "a live exercise", "live problem-solving": work done in front of the interviewers.
    r"|\blive\s+(?:[\w-]+\s+)?(?:exercise|problem|build|task|debugging|modell?ing|troubleshooting)s?\b"
    # A work trial: "a trial for the stylist position", "trial shift", "a roasting test", "see how u work".
    r"|\b(?:a|the|paid|working|skills?|kitchen|trade|short|quick)\s+trial\b(?!\s+(?:period|version|account))"
    r"|\b(?:cook|bake|build)-?offs?\b|\b(?:cooking|baking|driving|styling|barista|bar|floor|shop)\s+trials?\b"
    r"|\b(?:bench|trade|road|driving|practical)\s+tests?\b|\bwhile\s+(?:you|u)\s+work\b"
    r"|\btrial\s+(?:day|shift|session|run|service|cut)s?\b|\b(?!reasoning)[a-z]+ing\s+test\b|\bfor\s+a\s+(?:short\s+|quick\s+)?test\b"
    r"|\b(?:see|watch)\s+(?:how\s+)?(?:you|u)\s+(?:work|do|get on|cook|cut|drive)\b|\bon\s+the\s+line\b"
    # Said of the conversation: "it'll be technical", "fairly technical", "(technical)", "in some
    # technical depth", "a technical presentation", "pair on some code".
    r"|\b(?:be|is|fairly|very|more|quite|pretty|highly|largely|mostly)\s+technical\b(?!\s+(?:recruiter|writer))"
    r"|\(technical\)|\btechnical:\s|\btechnical\s+(?:depth|presentation|case|focus|problem-solving)\b"
    r"|\bpair(?:ing)?\s+(?:on|session|exercise)\b"
    # The same in other languages: "entretien technique", "revisión técnica", "questions techniques".
    r"|\b(?:entretien|entrevista|entrevue|revisi[oó]n|revis[aã]o|questions?|preguntas?|perguntas?|prueba|"
    r"prova|teste|exercice|[ée]preuve|colloquio|rozmowa|conversa|conversaci[oó]n|charla)\s+(?:[\w-]+\s+)?"
    r"(?:t[eé]cni(?:c|qu)[oa]?s?|techniques?|tecnic[oa]|techniczna)\b"
    r"|\btechnische[sn]?\s+(?:gespräch|interview|fragen|aufgabe)\b|\bfachgespräch\b",
    re.IGNORECASE,
)
#: "an Excel skills assessment", "a diagnostic exercise", "your art test": a work sample to do.
_SKILLS_TEST = re.compile(
    r"\b(?:skills?|practical|aptitude|proficiency|typing|excel|diagnostic|modell?ing|coding|programming|"
    r"art|design|trade|hands-on|work[- ]sample|clinical|software|computer|numeracy|sql)\s+"
    r"(?:[\w-]+\s+)?(?:assessment|test|check|task|challenge|evaluation)s?\b"
    r"|\bwritten\s+(?:skills\s+)?assessments?\b|\bpractical\s+(?:exam|examination|test)s?\b"
    # "un petit exercice pratique", "una prueba práctica", "eine praktische Aufgabe".
    r"|\b(?:exercice|ejercicio|exerc[ií]cio|prueba|prova|caso)\s+pr[aá]ti(?:que|c[oa])\b"
    r"|\bpraktische[n]?\s+(?:aufgabe|übung|prüfung)\b"
    r"|\b(?:skills?|aptitude|proficiency|typing|diagnostic|modell?ing|coding|programming|art|design|"
    r"hands-on|work[- ]sample|clinical|software|computer|numeracy|sql|excel|spreadsheet|take-?off|"
    r"inspection|drafting|estimating|calculation|lab|laboratory|fault-finding|dispensing|prescription)"
    r"\s+exercises?\b",
    re.IGNORECASE,
)
#: The writer and someone else at once: "with me and Pete", "Arjun and I would like to meet you",
#: "we'll both have a chat", "walk us both through it".
_WRITER_AND_ANOTHER = re.compile(
    r"\b(?:with|be|meet|see)\s+me\s+(?:and|&|\+|n)\s+(?:my\s+|our\s+)?[A-Za-z]"
    r"|\b[A-Z][\w-]+\s+and\s+I\s+(?:will|would|'ll|'d|are|want|both)\b"
    r"|\b(?:we(?:'ll| will)?\s+both|both\s+of\s+us|us\s+both)\b"
    # "with Ioana Pop, our QA Manager, and myself".
    r"|\b(?:with|by)\s+\S[^.!?\n]{2,60}?\band\s+myself\b"
    # "60 minutes with Priyanka and Josh together".
    r"|\b[A-Z][\w-]+\s+and\s+[A-Z][\w-]+\s+together\b",
)
#: "an interview with two members of the pricing team", "all 3 on one call": several at once.
_COUNTED_PANEL = re.compile(
    r"\b(?:interview(?:ed)?|conversation|session|call|meeting)\s+(?:with|by)\s+(?:two|three|four|five|[2-5])\s+"
    r"(?:members|people|colleagues|interviewers|panell?ists|of\s+(?:us|our|the|my))\b"
    r"|\ball\s+(?:three|four|five|[3-5])(?:\s+of\s+us)?\s+(?:on|in)\s+(?:one|the\s+same)\s+(?:call|room)\b"
    # "a peer interview with several of our staff nurses"
    r"|\b(?:interview|conversation|session|call|meeting)\s+with\s+(?:several|a\s+few|a\s+couple)\s+of\s+(?:our|the|my)\b",
    re.IGNORECASE,
)
#: "a short practical", "second interview and practical": the noun, not "a practical example".
_A_PRACTICAL = re.compile(
    r"(?<!\bas )(?<!\bvery )(?<!\bmore )(?<!\bmost )\bpractical"
    r"(?=\s*(?:[–—:;()]|-\s|\n|$)|\s+(?:at|in|on|with|where|and|will|is|lasting|component|portion|"
    r"section|stage|round|session|part|demonstration)\b)",
    re.IGNORECASE,
)


#: "a short budget variance case", "a digital lending case": a case named by its subject
#: (not "a use case", "a test case" or "an edge case").
_A_CASE = re.compile(
    r"\ban?\s+(?!(?:use|edge|test|worst|best|court|special|corner|this|that)\b)(?:[\w-]+\s+){0,2}"
    r"(?!(?:use|edge|test|worst|best|court|special|corner)\s)[\w-]+\s+case\b(?!\s+(?:of|by|you|we|if|that)\b)",
    re.IGNORECASE,
)
#: "a short clinical scenario", "a case scenario", "the scenario (a weekend surge ...)": a situation
#: to work through, as case studies are (not "a worst-case scenario").
_A_SCENARIO = re.compile(
    r"\b(?:an?|the)\s+(?!(?:worst|best)[- ]case\b)(?:[\w-]+\s+){0,2}scenarios?\b(?!\s+(?:where|in which)\b)",
    re.IGNORECASE,
)
#: A problem handed over to work through, as cases are: "we'll give you a sample group booking
#: problem", "you'll receive a data pack", "a short brief from one of our clients", "a design
#: challenge", "a brief fact pattern" (not a coding challenge, which is technical).
_WORKED_PROBLEM = re.compile(
    r"\b(?:give|giving|given|send|sending|email|handed|hand|receive|share|work(?:ing)?\s+through|solve|crack|"
    r"analy[sz]e|talk\s+(?:thru|through)|walk\s+through|draft)\b[^.;!?]{0,60}?"
    r"\b(?:an?|the|your|some)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?<!design\s)problem|brief|fact\s+pattern|data\s?(?:pack|packet|set)|dataset|situation\s+pack|"
    r"(?<!coding\s)(?<!technical\s)(?<!programming\s)challenge)s?\b(?!\s+(?:you|us|them|him|her)\b)"
    r"|\b(?:live|short|mini|business|written|real)\s+case\b|\bcase\s+workshop\b"
    r"|\b(?:design|whiteboard|merchandising|strategy|business)\s+challenge\b",
    re.IGNORECASE,
)
#: "we'll email you a case", "we'll share a product scenario": a case handed to the candidate to work on.
_HANDED_CASE = re.compile(
    r"\b(?:send|email|e-mail|share|give|given|hand|receive|provided\s+with)\s+(?:you\s+)?an?\s+(?:[\w-]+\s+){0,2}"
    r"(?:case|scenario)\b"
    r"(?!\s+(?:of|where|when|that|if)\b)",
    re.IGNORECASE,
)
#: Words that look like a format's cue and are none: "both will be present", "no slides needed",
#: "present a photo ID", "on presentation of receipts", "on behalf of the Search Committee".
_FALSE_CUES = re.compile(
    r"\b(?:be|are|is|were|was|been)\s+present\b"
    r"|\bno\s+(?:slides|deck)(?:\s+(?:are\s+)?(?:needed|required|necessary))?"
    r"|\b(?:slides|a deck)\s+(?:are|is)\s*(?:not|n't)\s+(?:needed|required|necessary|expected)"
    r"|\bpresent\s+(?:a\s+|your\s+)?(?:valid\s+)?(?:[\w-]+\s+){0,2}?(?:id|identification|passport|badge)\b"
    r"|\bon\s+presentation\s+of\b|\bpresent\s+yourself\b"
    # The room's kit, not a whiteboard session: "the room has a projector and whiteboard".
    r"|\b(?:projector|screen|flip\s?chart)s?\s+and\s+(?:a\s+)?whiteboard|\bwhiteboard\s+and\s+(?:a\s+)?projector"
    # One conversation alone is no run of one-on-ones: "a one-on-one with Rosa".
    r"|\ba\s+(?:short\s+|quick\s+|final\s+)?(?:one-on-one|one-to-one|1:1)(?!s)\b"
    # "On behalf of the Search Committee": who writes, not who interviews.
    r"|\bon\s+behalf\s+of\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}committee\b"
    r"|\bpresent\s+(?:employer|role|position|company|job|organi[sz]ation|salary|post)\b"
    r"|\b(?:person|someone|people|parent|guardian|interpreter)\s+present\b|\bat\s+present\b"
    # a room's name: "Venue: Seminar Room 2"
    r"|\bseminar\s+(?:room|suite|hall)\b",
    re.IGNORECASE,
)
#: "talk the panel through", "talk us through": a presentation, unless what is talked through is a
#: case or scenario handed over on the day.
_TALK_THROUGH = re.compile(
    r"\b(?:talk|walk)\s+(?:the\s+(?:panel|team|group|committee)|us|them|him|her)\s+(?:both\s+)?(?:through|thru)\b"
    # "a 15-minute walkthrough of your reel", "... of two or three pieces from your portfolio"
    r"|\bwalk-?through\s+of\s+(?:[\w-]+\s+){0,5}?(?:from\s+)?your\b"
    # "walk Achieng and Brian through your analysis": the names masked, only "and" between
    r"|\bwalk\s+(?:and\s+|\s)+through\s+your\b",
    re.IGNORECASE,
)
#: A format ruled out by name: "no technical test", "none of these are technical", "rather than a
#: formal case study", "you don't need to present".
_RULED_OUT = re.compile(
    r"\b(?:no|not|none\s+of\s+(?:these|them|this)\s+(?:is|are)|isn't|aren't|won't\s+be|rather\s+than|"
    r"instead\s+of|without|(?:do\s+not|don't|doesn't|won't)\s+need\s+to)\s+(?:an?\s+|any\s+|the\s+)?"
    r"(?:formal\s+|real\s+|live\s+)?(?P<what>technical|coding|case|present|panel)",
    re.IGNORECASE,
)
_RULED_OUT_KINDS = {
    "technical": "technical",
    "coding": "technical",
    "case": "case_study",
    "present": "presentation",
    "panel": "panel",
}
#: What :func:`formats_said` returns for a talk-through; the whole email decides what it was.
TALKED_THROUGH = "talked_through"
_AHEAD = re.compile(
    r"\b(?:you'll|you will|you'd|will be|please prepare|prepare a|next round|next step|invite you|"
    r"like to invite|we'll|we will|would like you to)\b"
)


@functools.cache
def _walk_through() -> re.Pattern[str]:
    objects = "|".join(re.escape(str(o)) for o in lexicon()["presentation_objects"])
    return re.compile(
        rf"\bwalk(?:ing)?\s+(?!you\b)(?:[\w-]+\s+){{0,3}}through\s+(?:[\w-]+\s+){{0,6}}?(?:{objects})\b"
        rf"|\b(?:{objects})\s+(?:[\w-]+\s+){{0,3}}to\s+walk\s+(?:[\w-]+\s+)?through\b",
        re.IGNORECASE,
    )


def says_sequential(text: str) -> bool:
    """True when ``text`` says the interviews are one at a time ("back-to-back",
    "individually", "one-on-one")."""
    return bool(_cue_pattern("sequential").search(text))


@functools.cache
def _any_cue() -> re.Pattern[str]:
    """Every format cue in one pattern: most sentences hold none, and one search says so."""
    parts = [_cue_pattern(kind).pattern for kind in FORMATS] + [
        _walk_through().pattern,
        _TALK_THROUGH.pattern,
        _COUNTED_PANEL.pattern,
        _WRITER_AND_ANOTHER.pattern,
        _TECHNICAL_PART.pattern,
        _SKILLS_TEST.pattern,
        _A_PRACTICAL.pattern,
        _A_CASE.pattern,
        _HANDED_CASE.pattern,
        _A_SCENARIO.pattern,
        _WORKED_PROBLEM.pattern,
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


def formats_said(sentence: str) -> set[str]:
    """The formats one sentence names."""
    if not _any_cue().search(sentence):
        return set()
    sentence = _FALSE_CUES.sub("", sentence)
    lowered = sentence.lower()
    # "the case study we sent last week" looks back, but "you'll present" still looks ahead.
    past = [lowered.find(p) for p in lexicon()["past_cues"] if p in lowered]
    if past:
        ahead = _AHEAD.search(lowered)
        if not ahead:
            return set()
        if min(past) < ahead.start():
            # "Further to your technical round, we'd like to invite you to ...": what follows counts.
            sentence, lowered = sentence[ahead.start() :], lowered[ahead.start() :]
    said = {
        kind
        for kind in FORMATS
        if kind not in ("sequential", "panel") and _cue_pattern(kind).search(sentence)
    }
    for kind in ("sequential", "panel"):
        if _cue_pattern(kind).search(sentence):
            said.add(kind)
    if _walk_through().search(sentence):
        said.add("presentation")
    if _COUNTED_PANEL.search(sentence) or (
        _WRITER_AND_ANOTHER.search(sentence) and not _cue_pattern("sequential").search(sentence)
    ):
        said.add("panel")
    if _TECHNICAL_PART.search(sentence) or _SKILLS_TEST.search(sentence) or _A_PRACTICAL.search(sentence):
        said.add("technical")
    # A scenario or a problem to work through is a case unless the sentence makes it a technical
    # task or a presentation's topic.
    worked = _A_SCENARIO.search(sentence) or _WORKED_PROBLEM.search(sentence)
    if (
        _A_CASE.search(sentence)
        or _HANDED_CASE.search(sentence)
        or (worked and not said & {"technical", "presentation"})
    ):
        said.add("case_study")
    if _TALK_THROUGH.search(sentence):
        said.add(TALKED_THROUGH)
    portfolio = re.search(
        r"case stud(?:y|ies)[^.]{0,40}\b(?:your|my|own)\s+portfolio"
        r"|\b(?:your|my|own)\s+portfolio[^.]{0,40}case stud|\bportfolio\s+case\s+stud",
        lowered,
    )
    if portfolio and not re.search(r"\bcase (?:interview|exercise|round|pack)\b", lowered):
        said.discard("case_study")  # "two case studies from your portfolio" is a presentation
    if re.search(r"\bin case\b", lowered) and not re.search(r"case (?:study|interview|exercise)", lowered):
        said.discard("case_study")
    if any(n in lowered for n in lexicon()["format_negations"]):
        return set()
    # "None of these are technical", "rather than a formal case study": that format only is ruled out.
    for m in _RULED_OUT.finditer(sentence):
        said -= {kind for word, kind in _RULED_OUT_KINDS.items() if m.group("what").lower().startswith(word)}
    return said
