"""Which words belong to names and which to job titles.

A name is made of capitalised words that are neither title or department
words ("Senior", "Engineering", "Director") nor common non-name words
("Zoom", "Monday", "Panel"); the lexicon holds the lists.
"""

from __future__ import annotations

import functools
import re

from roundtwo.read.invite_lexicon import word_set

#: Small words that may sit inside a title or a name ("Head of Buying").
CONNECTORS = frozenset({"of", "the", "and", "&", "for", "in", "to"})


#: Word endings that name a person's occupation ("Physiotherapist", "Radiographer", "Electrician",
#: "Auctioneer"), for the titles no list can hold in full.
_OCCUPATION = re.compile(
    r"^(?![a-z]*(?:qvist|kvist|quist)$)[a-z]{3,}(?:ist|ician|itian|grapher|eer)$"
    # German compounds end in their head: "Personalreferentin", "Vertriebsleiter".
    r"|^[a-zäöüß]{3,}(?:leiter|referent|berater|entwickler|ingenieur|manager|assistent|direktor|"
    r"bearbeiter|partner)(?:in)?$"
)
#: Words with those endings that are no occupation.
_NOT_OCCUPATIONS = frozenset(
    {"assist", "exist", "persist", "resist", "insist", "consist", "subsist", "desist", "twist", "wrist"}
    | {"checklist", "playlist", "shortlist", "waitlist", "wishlist", "blacklist", "whitelist", "career"}
    | {"christ", "tourist", "theorist", "pianist"}
)


def is_occupation(word: str) -> bool:
    """True for a word whose ending says it names an occupation."""
    bare = word.lower().strip(".,")
    return bool(_OCCUPATION.match(bare)) and bare not in _NOT_OCCUPATIONS


@functools.cache
def title_vocabulary() -> frozenset[str]:
    """Every title head and title word of the lexicon, lower case."""
    return word_set("title_heads") | word_set("title_words")


def is_title_word(word: str) -> bool:
    """True for a word of job titles or departments ("Senior", "Pharmacy", "CFO", "FP&A")."""
    bare = word.lower().strip(".")
    if bare in title_vocabulary() or is_occupation(bare):
        return True
    if "-" in bare and all(part in title_vocabulary() or part in CONNECTORS for part in bare.split("-")):
        return True
    # Acronyms ("SOC", "FP&A", "ED") are departments or titles, never names.
    return len(bare) >= 2 and word.replace("&", "").replace(".", "").isupper()


#: Organisation words that are common surnames too ("Denise Hall").
_SURNAMES_TOO = frozenset({"hall"})


def is_name_word(word: str) -> bool:
    """True for a capitalised word that can be part of a person's name."""
    if not word[:1].isupper() or is_title_word(word):
        return False
    bare = word.lower().strip(".")
    if (
        bare in word_set("not_name_words")
        or bare in word_set("honorifics")
        or (bare in word_set("organisation_words") and bare not in _SURNAMES_TOO)
        or (len(bare) >= 3 and bare in word_set("credentials"))  # "CPhT Tiffany Brooks", "PhD"
    ):
        return False
    return not any(ch.isdigit() for ch in word)


def is_department(text: str) -> bool:
    """True for a department written alone ("Clinical Data Operations", "Talent Acquisition"):
    every word a title or department word."""
    small = CONNECTORS | {"de", "du", "la", "von", "van", "der", "y", "e"}
    words = [w for w in re.findall(r"[\w&'-]+", text) if w.lower() not in small]
    return bool(words) and all(is_title_word(w) for w in words)


def is_title(text: str) -> bool:
    """True when ``text`` reads as a job title: it holds a title head word
    ("Manager", "Director", "VP", "editor-in-chief")."""
    words = re.findall(r"[\w&'-]+", text.lower())
    if words and words[-1] in ("office", "offices", "headquarters", "campus", "building", "site", "hq"):
        return False  # "Head Office" is a place
    heads = word_set("title_heads")
    return any(w in heads or is_occupation(w) or any(part in heads for part in w.split("-")) for w in words)


def is_function_title(text: str) -> bool:
    """True for an HR function a person gives as their whole title ("Talent
    Acquisition", "People Operations"): a title with no head word, so read
    only where a title is written alone (after "Name," or on its own line)."""
    return " ".join(re.findall(r"[\w&'-]+", text.lower())) in word_set("function_titles")


def is_cue_phrase(text: str) -> bool:
    """True for a kind cue written where a title could stand ("hiring manager",
    "your future manager"): it tells the kind, it is not a title."""
    lowered = text.lower().strip()
    lowered = re.sub(r"^(?:the|your|our|a)\s+", "", lowered)
    return lowered in (
        "hiring manager",
        "manager",
        "future manager",
        "line manager",
        "future line manager",
    ) or lowered.startswith(
        ("hiring manager", "your ", "future manager", "direct manager", "reporting manager")
    )
