"""When an interview is: its day, start, end, time zone and agenda slots.

The reader finds every date, time, zone and duration phrase (``when``),
sets aside the ones the context rules out (an earlier round, the old time
of a reschedule, "arrive by 8:45", a deadline, a conversion "(that's noon
for you)"), picks the interview's day, and reads the start and end from
the agenda, the times beside that day, "finish by", or a duration.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from roundtwo.read.email_text import BULLET, text_units, unit_at
from roundtwo.read.format_words import says_sequential
from roundtwo.read.formats import ORDER
from roundtwo.read.lengths import count_before, duration_kind, people_count, says_whole, session_count
from roundtwo.read.when import (
    DateMention,
    TimeMention,
    find_dates,
    find_durations,
    find_times,
)
from roundtwo.read.zones import conversion_spans, find_zones, resolve_zone, zone_of_time

_OLD = re.compile(
    # "at our office instead of Zoom": a change of place or medium, not of time.
    r"\b(?:instead of(?!\s+(?:zoom|teams|google meet|webex|skype|video|phone|online|remote|virtual|"
    r"in[- ]person|on[- ]?site|a (?:video |phone )?call|the (?:video |phone )?call))|"
    r"originally|previously|was set for|was scheduled|had been|moved from|rather than|"
    r"was planned|was booked|were scheduled|postponed? from|in place of|initially|"
    r"(?:previous|old|original|former)\s+(?:time|date|slot|booking)|cancell?ed|"
    # A label before the old details: "Previous: Tuesday, April 21, 2:00 PM".
    r"(?:previous|old|original|former)(?=\s*:)|"
    # "is no longer available on March 5": the day given up.
    r"no longer (?:available|free|possible)|"
    # The past perfect of a plan names the plan being changed: "we'd pencilled in Wednesday".
    r"(?:had|'d|’d) (?:pencill?ed in|planned|pencill?ed|arranged|agreed))\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    # "meeting" alone looks ahead as often as back ("you'll be meeting ..."): only "great meeting".
    # "Thank you for accepting our invitation" looks ahead, not back.
    r"\b(?:(?:thanks?|thank you) (?:again )?for"
    r"(?! accepting| confirming| agreeing| your (?:interest|application))|"
    r"met|spoke|"
    r"(?:great|nice|lovely|good|pleasure) (?:meeting|speaking|chatting|talking)|"
    r"first interview|first round|attended|attending|enjoyed|talked|last|yesterday|earlier|sent you|"
    r"we sent)\b",
    re.IGNORECASE,
)
#: A sentence about the journey: its times are a flight's, a train's or a pickup's, not the interview's.
_TRAVEL = re.compile(
    r"\b(?:flights?|(?:the|by|a|your) train|gets? (?:in|into)|lands|boarding|pick-?ups?|"
    # "a company shuttle bus from Bac Ninh city at 7:45 AM"
    r"transport(?:ation)? (?:to|from|back)|"
    # "A shuttle runs from Joo Koon MRT at 1.45pm"
    r"shuttle(?: bus| van| coach)? (?:to|from|back|leaves|departs|runs|operates|goes))\b"
    r"(?![^.]*\binterview)",
    re.IGNORECASE,
)
#: "Mr. Tanaka now has a customer visit on Thursday 17 September", "a un empêchement le vendredi 6
#: novembre à 10h": the day (and time) someone cannot make, right after what keeps them.
_BUSY_ON = re.compile(
    r"\b(?:has|have|had) (?:an? |another )?(?:[\w-]+ ){0,2}?(?:visit|meeting|conflict|clash|commitment|trip|"
    r"engagement) on\s+(?:the\s+)?$|\b(?:a|ont|avait) un empêchement\s+(?:le\s+)?$"
    # "Ms. Gao will be travelling on Wednesday 19 August, so we are moving ...": away that day.
    r"|\b(?:will be|is|are|'s|’s)\s+(?:travell?ing|away|out of (?:the )?office|on leave|unavailable|"
    r"not available)\s+on\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: What joins a day to its time: "le vendredi 6 novembre à 10h", "Thursday, at 3pm".
_DAY_TO_TIME = re.compile(r"[\s,]*(?:à|at|um|alle|a las|às)?\s*", re.IGNORECASE)
#: A correction's struck value: "is at 11am, not 10am", "Tuesday 31st (not Monday)".
_STRUCK = re.compile(r"(?:,|\(|\s-|\s–)\s*not\s+(?:the\s+|on\s+|at\s+)?$", re.IGNORECASE)
#: "originally scheduled for" names the old time, though "scheduled for" alone names the new one.
_NOT_AFTER_OLD = r"(?<!was )(?<!originally )(?<!initially )(?<!previously )"
_NEW = re.compile(
    r"\b(?:now|new|revised|updated(?=\s*:)|mov(?:ed|ing) to|rescheduled (?:to|for)|instead(?! of)|"
    r"(?:shift(?:ed)?|moved?|push(?:ed)?|bring|brought|rescheduled?|changed?) "
    # "we've moved your second interview to", "move it forward to"
    r"(?:it|this|that|(?:your|the|our) (?:[\w-]+ ){0,3}?(?:interview|call|meeting|session|conversation|chat|"
    r"catch-up|visit|appointment)) (?:back |forward )?to|"
    r"will (?:now )?(?:be|take place|run)|"
    # "nous propose de le décaler au lundi 9 novembre": French "move it to".
    r"(?:décal|report|déplac)(?:er|é|ée)\s+(?:au|à)|"
    r"like to (?:see|meet|invite)|invite you|(?:are|is|'re|have been|has been) invited|confirmed? (?:for|on)|"
    + _NOT_AFTER_OLD
    + r"scheduled (?:for|on)|"
    + _NOT_AFTER_OLD
    + r"booked (?:for|on)|"
    + _NOT_AFTER_OLD
    + r"set for|is on|takes? place|are on|is (?:confirmed|scheduled|booked)|"
    r"(?:can|could) (?:you|we) (?:do|make|join)|are you (?:free|available))\b",
    re.IGNORECASE,
)
#: Words offering days to pick from: "which of these slots works best", "choose one of the following".
_CHOICE = re.compile(
    r"\b(?:which (?:of (?:these|those|the following|them)|one|option|slot|time|day|date)s?\b"
    r"|(?:choose|pick|select) (?:one|a slot|a time|a date|from|between|whichever)"
    r"|(?:these|the following|following|some|a few|two|three) (?:options|slots|time slots|dates|times)\b"
    r"|(?:works|suits) (?:you )?best\b|your (?:preferred|preference))",
    re.IGNORECASE,
)
#: What joins two days offered as alternatives: "Thursday or Friday", "Monday, or else on Tuesday".
_OR_BETWEEN = re.compile(r",?\s+or(?:\s+else)?\s+(?:on\s+)?", re.IGNORECASE)
#: A new day named before its cue, in the same sentence: "Thursday 5th at 11:00 instead?".
_NEW_AFTER = re.compile(r"[^.!?]{0,40}?\binstead\b(?! of)", re.IGNORECASE)
_INTERVIEW_WORDS = re.compile(
    r"\b(?:interviews?|meet|meeting|session|visit|round|onsite|on-site|call|conversation|schedule[ds]?|"
    r"appointment|itinerary|agenda|panel|date|when|time|confirm(?:ed)?|invite|loop|campus)\b",
    re.IGNORECASE,
)
_SEND = re.compile(
    r"\b(?:email you|send you|we'll send|will send|receive|submit|reply|send (?:me|us|over)|"
    # "Let me know and I'll confirm with them today": the sender's own follow-up.
    r"confirm with (?:them|him|her|the (?:client|team|panel))|let me know)\b",
    re.IGNORECASE,
)
_END_CUE = re.compile(
    # "should wrap by 3:30": "wrap" alone, as "wrap up".
    # "Elliot has a hard stop at 8:15": the interviewer leaves when it is over.
    # "still at 10:30am" is no "till"; "the weekend at" no "end".
    r"(?<![\w'’])(?:finish(?:es|ed|ing)?|complete(?:d)?|end(?:s|ing)?|wrap(?:s|ped|ping)?(?: up)?|done|"
    r"conclude[sd]?|hard stop|"
    r"close[sd]?|over|until|till|wind(?:s)? down|depart(?:ure)?|término|termino|termina|"
    # "jusqu'à 12h" (French), "hasta las 14:00 hrs" (Spanish), "bis ca. 12 Uhr" (German)
    r"jusqu['’]à|\bhasta|\bbis)\s+"
    # "all wrapped up by around 12:15pm"
    r"(?:(?:by|at|around|about|no later than|before|às|as|a las|las|vers)\s+)?"
    # "until approx. 12:30"
    r"(?:approximately\s+|about\s+|around\s+|approx\.\s*|ca\.\s*|aprox\.\s*)?$"
    r"|\b(?:end|finish)(?:ing)?\s+time\s*:\s*$"
    # "You should be out by 15:00": the candidate leaves when the interview is over.
    # "you'll be back by noon": the candidate is back where they set out from when it is over.
    r"|\b(?:be|get|head|heading)\s+(?:out|back)\s+(?:by|at|around|before)\s+(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
#: A calendar's "End: Tue 31.03.2026 15:30" (Italian "Fine:", German "Ende:", Spanish "Fin:"): the
#: line's label, and the date, before the end time.
#: "Fin prévue : vers 11h00", "Término aproximado: 9:30 am": a word or two may follow the label.
_END_LINE = re.compile(
    r"[ \t]*(?:End|Ends|Finish|Ende|Fine|Fin|Fim|Término|Termino)(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:[^\n:]{0,30}"
)
_ARRIVE_CUE = re.compile(
    r"\b(?:arriv(?:e|al)|check(?:-|\s)?in|report (?:to|at|by)|reporting time|be at (?:the )?reception|"
    # "Please be at the Building C security desk at 7:30": where the candidate waits to be collected.
    # "Please visit the security gate at 12:40 for a visitor badge."
    # "Please check in at our 22nd-floor reception at 9:15 a.m."
    # "Please come to the Porters' Lodge at 2pm, where you will be met"
    r"(?:be at|visit|go to|come to|stop by|head to|check in at) (?:the |our |your )?(?:[\w'’-]+ ){0,3}?"
    r"(?:reception|desk|lobby|entrance|gate|foyer|security|lodge)|"
    r"be there|doors open|registration|accreditation|sign-in|"
    # "Reception on the 1st floor opens at 13:30": the reception's place may come between.
    r"(?:reception|the office|the building|the lobby)"
    r"(?: (?:on|at|in) (?:the )?[\w'’-]+(?: [\w'’-]+)?)? opens|"
    r"admits? you|waiting room|parking|please be|get there|come (?:to reception|in) (?:at|by)|"
    # "I will pick you up at the lobby at 9:45"; "Accueil : 8h45" (French: the welcome)
    r"pick you up|accueil|"
    # "I'll meet you there at 7:20 and walk you up": someone collects the candidate on arrival.
    r"meet you (?:there|downstairs|outside|(?:at|in) (?:the )?(?:[\w-]+ ){0,3}?(?:reception|lobby|front desk|"
    r"entrance|door|gate|foyer)))\b[^.;]{0,30}$",
    re.IGNORECASE,
)
#: "Please collect your visitor badge at the reception of Building 1 at 13:15": the pass is
#: picked up on arrival, however long the place said between it and the time.
_BADGE_CUE = re.compile(
    r"\b(?:collect|pick up|get|obtain)\s+(?:your\s+|a\s+)?(?:visitor(?:['’]s)?\s+|security\s+|guest\s+)?"
    r"(?:badge|pass)\b[^.;!?]{0,60}$",
    re.IGNORECASE,
)
#: "arrive by 09:15 for a 09:30 start": the later clock, after "for a", is the start.
_FOR_START = re.compile(r"[ \t]+for[ \t]+(?:an?|the)[ \t]+$", re.IGNORECASE)
_START_WORD = re.compile(r"\s*(?:start|begin|beginning|kick-?off)\b", re.IGNORECASE)
#: A sentence that opens with the candidate's arrival ("Please check in at ...", "Kindly report to ...").
_ARRIVE_OPENS = re.compile(
    r"\W*(?:(?:please|kindly)\s+)?(?:check[- ]?in|arrive|report)\s+(?:at|to|by|on)\b", re.IGNORECASE
)
#: What turns such a sentence to the interview itself ("...; your interview starts at 10").
_NOT_ARRIVAL = re.compile(r";|\b(?:interviews?|start|starts|begin|begins|meet|session)\b", re.IGNORECASE)
#: An agenda line's words after its time that say the candidate arrives ("08:45  Arrival and
#: registration", "8:30 Registration, security badge and coffee"); a "check-in with" someone is a talk.
_ARRIVE_AFTER = re.compile(
    r"[ \t]*(?-i:[A-Z]{2,5}\b)?[ \t]*[-–—|:)]*[ \t]*(?:arrival|arrive|registration|register|sign[- ]?in|"
    r"check[- ]?in(?![ \t]+with)|doors open|"
    # "08:45  Welcome and coffee": coffee on arrival, before the first part.
    r"welcome(?:[ \t]+(?:and|&|with))?[ \t]+coffee|coffee[ \t]+(?:and|&)[ \t]+welcome|"
    # "Jess will meet you at 9:15 and bring you up": someone collects the candidate first.
    r"and[ \t]+(?:bring|take|walk|escort)[ \t]+you[ \t]+(?:up|upstairs|over|in|down))\b",
    re.IGNORECASE,
)
_CLOCK_CHANGE = re.compile(
    r"\b(?:clocks? (?:go(?:es)?|went|spring|fall|move|change)|daylight sav\w*|"
    r"(?:summer|winter) time (?:starts|begins|ends)|(?:DST|daylight time) (?:starts|begins|ends)|"
    r"the time change (?:is|happens|takes place))\b",
    re.IGNORECASE,
)
#: The hours a place keeps, not the interview's: "our office hours are 9:00 to 14:00".
_HOURS_CUE = re.compile(
    r"\b(?:office|opening|working|business|visiting|reception) hours\b[^.;]{0,20}$", re.IGNORECASE
)
#: A time the candidate may skip ("an optional tour at 12.45, should you wish") starts nothing.
_OPTIONAL = re.compile(r"\b(?:optional|optionally|should you wish|if you wish)\b", re.IGNORECASE)
#: What joins an arrival to the start it is for: "08:30 for 09:00", "8.45 for a 9.00 start".
_FOR_TIME = re.compile(r"[ \t]+for[ \t]+(?:an?[ \t]+)?", re.IGNORECASE)
_DEADLINE_CUE = re.compile(r"\b(?:by|before|no later than)\s+$", re.IGNORECASE)
#: "At 1:00 p.m. you will receive a short case scenario by email": the time something is sent to the
#: candidate, before the interview, not the interview's start.
_SENT_AT = re.compile(
    r"[\s,]*(?:\([^()\n]{0,30}\)\s*)?(?:you|we)\s+(?:will|['’]ll|shall)\s+"
    r"(?:receive|send|e-?mail|be\s+(?:sent|e-?mailed|given))\b",
    re.IGNORECASE,
)
#: "fixed for Tuesday by 11am prompt": a time said sharp is when things begin, not a deadline.
_PROMPT = re.compile(r"\s*(?:prompt|sharp|promptly)\b", re.IGNORECASE)
#: A day things must be done by ("send your slides by Friday"); "come by Thursday" is a visit.
#: What stands between a deadline's clock and its day: "by 12 noon on Monday".
_DEADLINE_TO_DAY = re.compile(r"[\s,]*(?:on\s+)?(?:the\s+)?", re.IGNORECASE)
_BY_DAY = re.compile(
    r"(?:\b(?<!come )(?<!stop )(?<!drop )(?<!swing )(?<!pop )(?<!pass )(?<!call )by|\bbefore|\buntil|"
    # "Bitte geben Sie mir bis Mittwoch kurz Bescheid" (German "by")
    r"\bno later than|\bbis)\s*$",
    re.IGNORECASE,
)
_AGENDA_LABEL = re.compile(
    # "Date of Interview   : 06.11.2026 (Friday)", "Interview date:"
    r"^\s*(?:date\s*(?:&|and|/)\s*time|date/time|time|when|date(?:\s+of\s+(?:the\s+)?interview)?|"
    r"interview\s+date)\s*:",
    re.IGNORECASE,
)
_MOVED_FROM = re.compile(
    # "a trial shift this fri from 5 to 10": a shift after its article is the work, not a move.
    # "we're moving your interview from 10:30 to 1:30 PM CT": the verb in its -ing form too.
    r"\b(?:moved|changed|shifted|pushed|brought forward|rescheduled|postponed|move|change|"
    r"moving|changing|shifting|pushing|rescheduling|postponing|"
    r"(?<!\ba )(?<!\bthe )(?<!\btrial )(?<!\bday )(?<!\bnight )shift)\s+(?:[\w']+\s+){0,4}from\s+$",
    re.IGNORECASE,
)
#: "move your interview with Bapak Hendra (Director of ...) from Tuesday, 18 August to Thursday":
#: a move with more words between it and "from", for a day a "to" and another day follow.
_MOVE_VERB = r"mov(?:e|ed|ing)|shift(?:ed|ing)?|push(?:ed|ing)?|reschedul(?:e|ed|ing)|postpon(?:e|ed|ing)"
_MOVED_FROM_DAY = re.compile(
    rf"\b(?:{_MOVE_VERB}|chang(?:e|ed|ing)|brought forward|bring forward)\b[^.!?]{{0,120}}\bfrom\s+$",
    re.IGNORECASE,
)
#: A move's verb right before a day said as the owner of what moves ("move today's 3pm").
_MOVED_OWN = re.compile(rf"\b(?:{_MOVE_VERB}|bring|brought|cancel(?:l?ed|l?ing)?)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_END_LABEL = re.compile(
    r"^[\s|:–—-]*(?:depart(?:ure)?|end(?: of (?:the )?(?:day|visit|interviews?))?|finish|close|leave|"
    r"wrap[- ]?up"
    # "12:15 p.m. — I'll walk you out": the candidate is seen out when it is over.
    r"|(?:i['’]ll\s+|we['’]ll\s+|i\s+will\s+|we\s+will\s+)?(?:walk|see|show|escort)\s+you\s+out)\b",
    re.IGNORECASE,
)


#: A line's label before its value ("Waktu        : ", "Time: ").
_LINE_LABEL = re.compile(r"[ \t]*[^\W\d_][\w/&. \t-]{0,24}:[ \t]*")

#: The label of a numbered agenda slot before its time ("Interview 2: ", "Session 3 — ").
_SLOT_NUMBER = re.compile(r"\s*[^\W\d_]+(?: [^\W\d_]+)?\s+\d{1,2}\s*[:–—-]\s*")


#: A sentence about the trip to the interview: its day ("your flight on Wednesday, June 24") is
#: the journey's, and the interview day's agenda may follow it.
_JOURNEY = re.compile(r"\b(?:flights?|departure|e-ticket|airport|hotel|check-?out)\b", re.IGNORECASE)

#: A weekday said alone ("Thursday", "thurs"), with no date or "next" to it.
_BARE_WEEKDAY = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun", re.IGNORECASE
)

#: The end of a sentence: its stop, or an emoji written in its place.
_SENTENCE_END = re.compile(r"[.!?]\s+|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s+")

#: What opens a restatement of the same moment on another clock: "(= Wednesday, February 25, ...)".
_SAME_MOMENT = re.compile(r"\(\s*(?:=|i\.e\.,?|so|which is)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Slot:
    """One agenda item: minutes after midnight, the text it covers, and the
    indexes of the people (as given to :func:`read_schedule`) met in it."""

    first: int
    last: int | None
    span: tuple[int, int]
    people: tuple[int, ...]
    label: str


@dataclass(frozen=True)
class Schedule:
    """The interview's day, start and end (aware datetimes), zone and slots."""

    day: date | None
    start: datetime | None
    end: datetime | None
    timezone: str
    slots: tuple[Slot, ...]
    tzinfo: tzinfo | None = None

    def at(self, minutes: int | None) -> datetime | None:
        """The datetime ``minutes`` after midnight on the interview day."""
        if minutes is None or self.day is None or self.tzinfo is None:
            return None
        return datetime.combine(self.day, time(0), tzinfo=self.tzinfo) + timedelta(minutes=minutes)


def _nearest_cue(text: str) -> str | None:
    """Which cue (old, past, new) stands last in ``text``."""
    best: tuple[int, int, str] | None = None
    for kind, pattern in (("old", _OLD), ("past", _PAST), ("new", _NEW)):
        for m in pattern.finditer(text):
            key = (m.end(), m.end() - m.start(), kind)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


#: A chat message's own stamp ("[11/05/26, 4:02 PM] Neha:", "14/09/2026, 10:21 - Dewi:"): when
#: it was sent, not when anything happens.
_CHAT_STAMP = re.compile(
    r"^[ \t>]*(?P<stamp>\[\s*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?\s+\d{1,2}[:.]\d\d(?:[:.]\d\d)?"
    r"(?:\s?[ap]\.?\s?m\.?)?\s*\]"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},\s+\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s?[ap]\.?\s?m\.?)?\s+[-–])"
    # The sender's name, then a colon ("09:00 AM - 09:45 AM CDT  Interview - Kevin" is an agenda line).
    r"[ \t]*[^\W\d_][^\n:]{0,59}:"
    # "[10:42] Sanne de Vries" (Teams): a bracketed clock, then the sender's name alone on its line.
    r"|^[ \t>]*(?P<stamp2>\[\s*\d{1,2}[:.]\d\d(?:\s?[ap]\.?\s?m\.?)?\s*\])[ \t]*"
    r"(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ \t]+[\w'’.()-]+){0,4}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


#: A reply's attribution line ("On Mon, Jan 26, 2026 at 9:41 AM Claudia Reyes wrote:"): when the
#: quoted message was sent, not when anything happens.
_WROTE_STAMP = re.compile(r"^[ \t>]*(?P<stamp>on\b[^\n]{5,200}\bwrote:)[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _outside_asides(text: str) -> str:
    """``text`` without what brackets set aside: "(Superintendent, who you'd report to) this
    Thursday at 6:00" speaks of the reporting line, not of where to report on arrival."""
    text = re.sub(r"\([^()]*\)", " ", text)
    return text[text.rfind(")") + 1 :]


class _Reader:
    """The phrases of one email and the decisions taken on them."""

    def __init__(self, text: str, today: date, tz: str, people: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.today = today
        self.tz = tz
        self.people = list(people)
        self.units = text_units(text)
        # A conversion restates a time; a chat stamp says when a message was sent.
        self.conversions = conversion_spans(text) + [
            m.span("stamp") if m.group("stamp") else m.span("stamp2")
            for pattern in (_CHAT_STAMP, _WROTE_STAMP)
            for m in pattern.finditer(text)
        ]
        # "(that's Thursday morning for you)" restates the day; it does not name another one.
        self.dates = [d for d in find_dates(text, today, tz) if not self._converted(d.start)]
        self.moved: set[int] = set()  # where a "moved from A to B" time stands
        # "on 21.05 at 16:00": a date's digits are no clock.
        self.times = [
            self._moved(t)
            for t in find_times(text)
            if not self._converted(t.start) and not any(d.start <= t.start < d.end for d in self.dates)
        ]
        self.zones = [z for z in find_zones(text) if not self._converted(z.start)]
        self.durations = find_durations(text)
        self.roles = {id(t): "start" if t.start in self.moved else self._time_role(t) for t in self.times}
        self.given_up: set[int] = set()  # the days a move or a clash gives up, once scored

    def _moved(self, mention: TimeMention) -> TimeMention:
        """ "moved from 10am to 3pm" names an old and a new time, not a range: keep the new one."""
        before = self.text[max(0, mention.start - 60) : mention.start]
        if mention.last is None or not _MOVED_FROM.search(before):
            return mention
        self.moved.add(mention.start)
        return TimeMention(mention.start, mention.end, mention.last, None, mention.text)

    def _converted(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.conversions)

    def _time_role(self, mention: TimeMention) -> str:
        unit_start, unit_end = unit_at(self.text, mention.start)
        before = self.text[max(unit_start, mention.start - 60) : mention.start]
        clause = re.split(r"[;,]\s", before)[-1] if before else ""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        if _END_CUE.search(before[-40:]) or _END_LINE.fullmatch(self.text, line_start, mention.start):
            return "end"
        if self._start_for(mention):
            return "start"
        if _ARRIVE_CUE.search(_outside_asides(clause)) or _ARRIVE_CUE.search(_outside_asides(before[-25:])):
            return "arrive"
        if _BADGE_CUE.search(self.text, unit_start, mention.start):
            return "arrive"
        if self._arrival_sentence(unit_start, mention):
            return "arrive"
        if _ARRIVE_AFTER.match(self.text, mention.end, unit_end) or self._for_later(mention):
            return "arrive"
        if _DEADLINE_CUE.search(before[-16:]) and not _PROMPT.match(self.text, mention.end):
            return "deadline"
        if _SENT_AT.match(self.text, mention.end, unit_end):
            return "sent"
        if _HOURS_CUE.search(clause):
            return "hours"
        if _OPTIONAL.search(self.text[unit_start:unit_end]):
            return "optional"
        if _nearest_cue(self.text[unit_start : mention.start]) == "old" or _STRUCK.search(before):
            return "old"
        if self._busy_day_time(mention):
            return "old"
        if self._by_day_time(mention):
            return "deadline"
        if _TRAVEL.search(self.text[unit_start:unit_end]):
            return "travel"
        return "start"

    def _start_for(self, mention: TimeMention) -> bool:
        """ "Please arrive by 09:15 for a 09:30 start": the clock after "for a", said as the start,
        after an earlier clock, begins the interview however the sentence opens."""
        if not _START_WORD.match(self.text, mention.end):
            return False
        return any(
            t.end <= mention.start
            and t.first < mention.first
            and _FOR_START.fullmatch(self.text, t.end, mention.start) is not None
            for t in self.times
        )

    def give_up_other_days(self, chosen: DateMention, scope: tuple[int, int]) -> None:
        """Read the start times said right after another day than ``chosen`` as old ones, when a
        start of ``chosen``'s own stays in ``scope``."""
        starts = [t for t in self.times if scope[0] <= t.start < scope[1] and self.roles[id(t)] == "start"]
        other = [t for t in starts if self.other_day_time(t, chosen)]
        if len(other) < len(starts):
            for t in other:
                self.roles[id(t)] = "old"

    def other_day_time(self, mention: TimeMention, chosen: DateMention) -> bool:
        """True when ``mention`` is the time of another day than ``chosen``, said right after it
        ("the interview planned for Friday 23 October at 10:00 is cancelled and we move it to
        Tuesday 27 October at 16:30"; "from Wed 17 June, 11:00 AM to Friday 19 June at 3:00 PM")."""
        for day in self.dates:
            if day.end <= mention.start and _DAY_TO_TIME.fullmatch(self.text, day.end, mention.start):
                return day.day != chosen.day
        return False

    def _arrival_sentence(self, unit_start: int, mention: TimeMention) -> bool:
        """ "Please check in at reception at 333 Bay Street, Suite 3800, Toronto, ON M5H 2R2 at 9:45
        a.m.": the first time of a sentence that opens with the arrival, however long the address
        between them."""
        sentence = _SENTENCE_END.split(self.text[unit_start : mention.start])[-1]
        at = mention.start - len(sentence)
        if not _ARRIVE_OPENS.match(sentence) or _NOT_ARRIVAL.search(sentence):
            return False
        return not any(at <= t.start < mention.start for t in self.times)

    def _busy_day_time(self, mention: TimeMention) -> bool:
        """True when ``mention`` is the time of a day someone cannot make ("a un empêchement le
        vendredi 6 novembre à 10h")."""
        for day in self.dates:
            if day.end <= mention.start and _DAY_TO_TIME.fullmatch(self.text, day.end, mention.start):
                return _BUSY_ON.search(self.text, max(0, day.start - 80), day.start) is not None
        return False

    def _by_day_time(self, mention: TimeMention) -> bool:
        """True when ``mention`` is the time of a day said with "by" ("send your slides to me by
        Wednesday noon"): a deadline, not the interview."""
        for day in self.dates:
            if day.end <= mention.start and _DAY_TO_TIME.fullmatch(self.text, day.end, mention.start):
                return _BY_DAY.search(self.text, max(0, day.start - 20), day.start) is not None
        return False

    def _for_later(self, mention: TimeMention) -> bool:
        """ "08:30 for 09:00" (the British habit): the first clock is the arrival, for a start at
        the second, later one."""
        m = _FOR_TIME.match(self.text, mention.end)
        return m is not None and any(
            t.start == m.end() and t.first > mention.first and mention.last is None for t in self.times
        )

    # -- the day -------------------------------------------------------------

    def _date_score(self, mention: DateMention) -> int:
        unit_start, unit_end = unit_at(self.text, mention.start)
        unit = self.text[unit_start:unit_end]
        # Cues count within the sentence: lower-case writing can leave a whole paragraph one unit.
        # An emoji ends a sentence as a full stop does: "loved chatting yesterday 🙂 for the ... role".
        before = _SENTENCE_END.split(self.text[unit_start : mention.start])[-1]
        score = 1 if mention.explicit else 0
        if mention.day < self.today:
            score -= 10
        if not before.strip(" \t-•*|:"):
            before = self._heading(unit_start)  # "PREVIOUS TIME (cancelled)" on the line above
        moved = bool(_MOVED_FROM.search(before)) or self._moved_from(mention, before, unit_end)
        # "Can we move today's 3pm to tomorrow?": the day whose interview is moved is given up.
        moved = moved or bool(_MOVED_OWN.search(before) and _POSSESSIVE.match(self.text, mention.end))
        cue = "old" if moved else None
        cue = cue or _nearest_cue(before)
        if cue in ("old", "past") or _STRUCK.search(before) or _BUSY_ON.search(before):
            score -= 8
            if cue != "past":
                self.given_up.add(id(mention))
        elif cue == "new" or self._instead_after(mention, unit_end):
            score += 3  # "come in on Thursday 5th February at 11:00 instead?"
        if self._alternative(mention):
            score -= 4  # "could you do Thursday or Friday?": a day offered, not one fixed
        if _CLOCK_CHANGE.search(before):
            score -= 8  # "the clocks go forward the night before (Sunday 29th)" names the change
        if _BY_DAY.search(before):
            score -= 6
        if any(unit_start <= t.start < unit_end and self.roles[id(t)] == "start" for t in self.times):
            score += 3
        elif self._time_on_next_line(unit_end):
            score += 3  # "Wednesday, June 10, 2026" with "1:00 PM - 2:30 PM EDT" below it
        if _INTERVIEW_WORDS.search(unit):
            score += 2
        if _SEND.search(unit) and not re.search(r"\binterview", unit, re.IGNORECASE):
            score -= 4
        if _AGENDA_LABEL.match(self.text[unit_start : unit_start + 40]):
            score += 2
        return score

    def _moved_from(self, mention: DateMention, before: str, unit_end: int) -> bool:
        """ "we need to move your interview with ... from Tuesday, 18 August to Thursday, 20 August":
        the day after "from" in a move, with "to" and another day after it, is the one given up."""
        if not _MOVED_FROM_DAY.search(before):
            return False
        to = re.match(r"[^.!?;]{0,40}?\bto\s+", self.text[mention.end : unit_end], re.IGNORECASE)
        return to is not None and any(
            d.start == mention.end + to.end() and d.day != mention.day for d in self.dates
        )

    def _alternative(self, mention: DateMention) -> bool:
        """True when ``mention`` and another day are joined by "or" ("Thursday or Friday",
        "Monday, or else Tuesday"): days to choose from, none of them fixed yet."""
        for other in self.dates:
            if other.start >= mention.end:
                gap = self.text[mention.end : other.start]
            elif other.end <= mention.start:
                gap = self.text[other.end : mention.start]
            else:
                continue
            if other.day != mention.day and _OR_BETWEEN.fullmatch(gap):
                return True
        return False

    def _instead_after(self, mention: DateMention, unit_end: int) -> bool:
        """ "Thursday 5th at 11:00 instead?": "instead" follows the day, with no other day between
        ("move tomorrow's catch-up to Thursday instead" moves away from tomorrow)."""
        m = _NEW_AFTER.match(self.text, mention.end, unit_end)
        return m is not None and not any(mention.end <= d.start < m.end() for d in self.dates)

    def _heading(self, line_start: int) -> str:
        """The line above ``line_start`` when it is a short heading with no date or time of its own."""
        above_end = self.text.rfind("\n", 0, line_start)
        if above_end < 0:
            return ""
        above_start = self.text.rfind("\n", 0, above_end) + 1
        heading = self.text[above_start:above_end]
        dated = any(above_start <= d.start < above_end for d in self.dates) or any(
            above_start <= t.start < above_end for t in self.times
        )
        return "" if dated or len(heading.strip()) > 40 else heading

    def _time_on_next_line(self, unit_end: int) -> bool:
        """True when the line after a date's own line (blank lines skipped) starts with a start time."""
        if self.text[unit_end : unit_end + 1] != "\n" and "\n" not in self.text[unit_end : unit_end + 2]:
            return False
        line_start = self.text.find("\n", unit_end - 1) + 1
        while self.text[line_start : line_start + 1] == "\n":
            line_start += 1
        line_end = self.text.find("\n", line_start)
        line_end = len(self.text) if line_end < 0 else line_end
        # "Waktu        : 09.00 WIB": the time may follow its line's label.
        label = _LINE_LABEL.match(self.text, line_start, line_end)
        lead = line_start + (label.end() - label.start() if label else 0) + 12
        return any(
            line_start <= t.start < min(line_end, lead) and self.roles[id(t)] == "start" for t in self.times
        )

    def choose_day(self) -> DateMention | None:
        best: tuple[int, int, DateMention] | None = None
        scores = [self._date_score(mention) for mention in self.dates]
        for index, (mention, score) in enumerate(zip(self.dates, scores, strict=True)):
            if score < 0:
                continue
            if best is None or score > best[0]:
                best = (score, index, mention)
        if best is None:
            return None
        tied = [m for m, score in zip(self.dates, scores, strict=True) if score == best[0]]
        if len({m.day for m in tied}) > 1 and self._offers_choice(tied):
            return None  # "which of these slots works best for you?": no day is fixed yet
        chosen = self._same_week(self._dated_below(best[2], scores))
        if not self._timed(chosen):
            # The subject names the day; the body names it again above the times.
            same = [
                m for m, score in zip(self.dates, scores, strict=True) if m.day == chosen.day and score >= 0
            ]
            chosen = next((m for m in same if self._timed(m)), chosen)
        return chosen

    def _dated_below(self, chosen: DateMention, scores: list[int]) -> DateMention:
        """ "we are moving your second round to Wednesday instead:" then "Wednesday 13 May 2026,
        4:00pm": a weekday named alone, then, shortly after, the first full date is that weekday's:
        the full date names it (the weekday alone may read as another week)."""
        if chosen.explicit or not _BARE_WEEKDAY.fullmatch(chosen.text):
            return chosen
        for mention, score in zip(self.dates, scores, strict=True):
            if mention.start < chosen.end or not mention.explicit:
                continue
            same = mention.day.weekday() == chosen.day.weekday() and mention.day >= self.today
            if same and score >= 0 and mention.start - chosen.end <= 200:
                return mention
            break
        return chosen

    def _same_week(self, chosen: DateMention) -> DateMention:
        """ "Kenji has a client trip on Tuesday [the 14th], so we're moving your interview to Thursday
        instead": a weekday named alone as the new day, with the day given up later than the one it
        reads as, is the weekday of the given-up day's week (the 16th, not tomorrow the 9th)."""
        if chosen.explicit or not _BARE_WEEKDAY.fullmatch(chosen.text):
            return chosen
        later = [d for d in self.dates if id(d) in self.given_up and d.day > chosen.day]
        if not later:
            return chosen
        old = later[0].day
        day = old - timedelta(days=old.weekday()) + timedelta(days=chosen.day.weekday())
        if day < self.today or day == old:
            return chosen
        return DateMention(chosen.start, chosen.end, day, False, chosen.text)

    def _timed(self, mention: DateMention) -> bool:
        """True when the text about ``mention``'s day holds a start time."""
        lo, hi = self.scope(mention)
        return any(lo <= t.start < hi and self.roles[id(t)] == "start" for t in self.times)

    def _offers_choice(self, tied: list[DateMention]) -> bool:
        """True when the days ``tied`` are options the candidate picks from, asked around them."""
        lo = unit_at(self.text, tied[0].start)[0]
        hi = unit_at(self.text, tied[-1].start)[1]
        return _CHOICE.search(self.text, max(0, lo - 200), min(len(self.text), hi + 200)) is not None

    def scope(self, chosen: DateMention) -> tuple[int, int]:
        """The text that speaks about ``chosen``'s day: its unit onwards, up to
        the unit of the next mention of another day."""
        start, _ = unit_at(self.text, chosen.start)
        end = len(self.text)
        for mention in self.dates:
            if mention.start > chosen.end and mention.day != chosen.day and mention.explicit:
                if _SAME_MOMENT.search(self.text, max(0, mention.start - 6), mention.start):
                    continue  # "(= Wednesday, February 25, 4:00 PM PST)": the same moment restated
                if self._deadline_day(mention):
                    continue  # "email your slides by 12 noon on Monday 26 October": a deadline's day
                other_start, other_end = unit_at(self.text, mention.start)
                if _JOURNEY.search(self.text, other_start, other_end):
                    continue  # "arrive at DEN 90 minutes before departure on Wednesday": the trip's day
                if other_start > start:
                    end = other_start
                    break
        return start, end

    def _deadline_day(self, mention: DateMention) -> bool:
        """True when ``mention`` is the day of a deadline: "by Monday", or after a deadline's
        clock ("by 12 noon on Monday 26 October")."""
        if _BY_DAY.search(self.text, max(0, mention.start - 20), mention.start):
            return True
        return any(
            self.roles[id(t)] == "deadline" and _DEADLINE_TO_DAY.fullmatch(self.text, t.end, mention.start)
            for t in self.times
            if t.end <= mention.start
        )

    # -- agenda ---------------------------------------------------------------

    def _agenda_time(self, line_start: int, line: str) -> TimeMention | None:
        """The time that makes a line an agenda item, if it is one."""
        inside = [t for t in self.times if line_start <= t.start < line_start + len(line)]
        if len(inside) != 1 or _AGENDA_LABEL.match(line):
            return None
        mention = inside[0]
        at = mention.start - line_start
        head = BULLET.sub("", line[:at])
        tail = line[mention.end - line_start :]
        # "09:00", "Day 1 (09:00", or a numbered slot's label: "Interview 2: 10:00", "Round 1 — 10:00".
        leading = (
            not head.strip()
            or re.fullmatch(r"[\w\s]{0,14}\(\s*", head) is not None
            or _SLOT_NUMBER.fullmatch(head) is not None
        )
        cells = re.search(r"\||\t| {2,}", line) is not None
        trailing = (
            re.fullmatch(r"\s*(?:[A-Z]{2,4}\.?)?\s*", tail) is not None
            and re.search(r"[|–—-]\s*$", head) is not None
        )
        if leading or cells or trailing:
            return mention if self.roles[id(mention)] in ("start", "end") else None
        return None

    def agenda_slots(self, scope: tuple[int, int]) -> list[Slot]:
        slots: list[tuple[TimeMention, int, int]] = []
        offset = 0
        lines = self.text.split("\n")
        starts = []
        for line in lines:
            starts.append(offset)
            offset += len(line) + 1
        index = 0
        while index < len(lines):
            line_start = starts[index]
            if not scope[0] <= line_start < scope[1]:
                index += 1
                continue
            mention = self._agenda_time(line_start, lines[index])
            if mention is None:
                index += 1
                continue
            if _restated_line(lines[index], mention, slots):
                # "5:00 PM – 6:30 PM CEST" then "(11:00 AM – 12:30 PM ET for the team in New York)":
                # the same range on another clock, in brackets on the next line, is no second slot.
                index += 1
                continue
            end = line_start + len(lines[index])
            follow = index + 1
            # A time alone on its line heads a block ("Interviewer: ...").
            while (
                follow < len(lines)
                and lines[follow].strip()
                and self._agenda_time(starts[follow], lines[follow]) is None
                and not BULLET.match(lines[follow])
                and not self.people_in(line_start, end)
            ):
                end = starts[follow] + len(lines[follow])
                follow += 1
            slots.append((mention, line_start, end))
            index = follow
        return self._ordered(slots)

    def _ordered(self, found: list[tuple[TimeMention, int, int]]) -> list[Slot]:
        """Slots in order, with afternoon hours made monotone (12:30, then 1:30)."""
        result: list[Slot] = []
        previous = -1
        for mention, start, end in found:
            first, last = mention.first, mention.last
            while first < previous and first + 12 * 60 < 24 * 60:
                first += 12 * 60
                last = last + 12 * 60 if last is not None and last < first else last
            previous = first
            label = self.text[start:end].strip()
            result.append(Slot(first, last, (start, end), self.people_in(start, end), label))
        filled: list[Slot] = []
        for i, slot in enumerate(result):
            last = slot.last
            if last is None and i + 1 < len(result):
                last = result[i + 1].first
            filled.append(Slot(slot.first, last, slot.span, slot.people, slot.label))
        return filled

    def people_in(self, start: int, end: int) -> tuple[int, ...]:
        """Indexes of the people named between ``start`` and ``end``."""
        return tuple(i for i, (s, _e) in enumerate(self.people) if start <= s < end)

    def prose_slots(self, scope: tuple[int, int], taken: list[Slot]) -> list[Slot]:
        """Slots said in sentences: "at 10:00 with Élodie ..., and at 11:00 with Hugo"."""
        found: list[Slot] = []
        used = {p for slot in taken for p in slot.people}
        for unit_start, unit_end in self.units:
            if not scope[0] <= unit_start < scope[1]:
                continue
            if any(s.span[0] <= unit_start < s.span[1] for s in taken):
                continue
            times = [
                t for t in self.times if unit_start <= t.start < unit_end and self.roles[id(t)] == "start"
            ]
            people = [i for i in self.people_in(unit_start, unit_end) if i not in used]
            if not times or not people:
                continue
            forward = times[0].start < self.people[people[0]][0]
            if len(times) == 1 and len(people) > 1 and says_sequential(self.text[unit_start:unit_end]):
                continue  # "A and B will meet you individually": one time, separate sessions
            if len(times) == 1 and forward:
                turns = self._turns(unit_start, unit_end, people)
                if len(turns) >= 2:
                    found.extend(self._consecutive(times[0], turns))
                    continue
            for index, mention in enumerate(times):
                if forward:
                    lo = mention.start
                    hi = times[index + 1].start if index + 1 < len(times) else unit_end
                else:
                    lo = times[index - 1].end if index else unit_start
                    hi = mention.end
                members = tuple(p for p in people if lo <= self.people[p][0] < hi)
                if members:
                    found.append(
                        Slot(mention.first, mention.last, (lo, hi), members, self.text[lo:hi].strip())
                    )
        if not taken and len(found) == 1 and self._others_after(found[0], scope):
            return []  # "Tasha wants you back - does Friday at 3 work? You'd sit down with Tasha and Luis"
        return found

    def _others_after(self, slot: Slot, scope: tuple[int, int]) -> bool:
        """True when a later sentence in ``scope``, with no start time of its own, names the slot's
        own person together with others ("does Friday at 3 work? You'd sit down with Tasha and
        Luis"): the one time is the whole interview's, not its first person's slot."""
        for unit_start, unit_end in self.units:
            if unit_start < slot.span[1] or unit_start >= scope[1]:
                continue
            if any(unit_start <= t.start < unit_end and self.roles[id(t)] == "start" for t in self.times):
                return False
            named = self.people_in(unit_start, unit_end)
            again = [i for i in named if self._same_person(i, slot.people)]
            others = [i for i in named if i not in again]
            if any(self._joined(one, two) for one in again for two in others):
                return True
        return False

    def _joined(self, one: int, two: int) -> bool:
        """True when mention ``one`` and the later ``two`` are met together: "with Tasha and our
        Director of Rooms, Luis Ortega"."""
        between = self.text[self.people[one][1] : self.people[two][0]]
        return _JOINED.fullmatch(between) is not None and not ORDER.search(between)

    def _same_person(self, index: int, among: tuple[int, ...]) -> bool:
        """True when the mention ``index`` names one of ``among`` again ("Tasha" after "Tasha Greene")."""
        words = self.text[slice(*self.people[index])].split()
        return bool(words) and any(
            self.text[slice(*self.people[other])].split()[:1] == words[:1] for other in among
        )

    def _turns(self, start: int, end: int, people: list[int]) -> list[tuple[tuple[int, ...], int, int]]:
        """People a sentence meets in turn ("first with A; then ... B; and finally C"),
        each with the stretch of the sentence that speaks of them."""
        cuts = [start + m.start() for m in ORDER.finditer(self.text[start:end])]
        edges = [start, *cuts, end]
        turns = []
        for lo, hi in itertools.pairwise(edges):
            members = tuple(p for p in people if lo <= self.people[p][0] < hi)
            if members:
                turns.append((members, lo, hi))
        return turns

    def _consecutive(self, mention: TimeMention, turns: list[tuple[tuple[int, ...], int, int]]) -> list[Slot]:
        """Back-to-back slots from one start time, when each one's length is stated."""
        each = self.durations_by_kind((0, len(self.text))).get("each")
        slots = []
        clock = mention.first
        for members, lo, hi in turns:
            label = self.text[lo:hi].strip(" ;,")
            if not each:
                return [Slot(clock, None, (lo, hi), members, label)]
            slots.append(Slot(clock, clock + each[0], (lo, hi), members, label))
            clock += each[0]
        return slots

    # -- durations ------------------------------------------------------------

    def durations_by_kind(self, scope: tuple[int, int]) -> dict[str, list[int]]:
        """The lengths stated up to the end of ``scope``, by what they measure."""
        kinds: dict[str, list[int]] = {}
        for mention in self.durations:
            if mention.start < scope[1]:
                unit = unit_at(self.text, mention.start)
                kinds.setdefault(duration_kind(self.text, unit, mention), []).append(mention.minutes)
        return kinds


def read_schedule(
    text: str,
    today: date,
    tz: str,
    people: Sequence[tuple[int, int]] = (),
    interviewers: int = 0,
    day: date | None = None,
) -> Schedule:
    """The interview's day, start, end, zone and slots as ``text`` states them.

    ``people`` are the text spans of the interviewers' mentions (``interviewers``
    of them, when known: "each conversation is 30 minutes" counts them); slots list
    the indexes of the ones met in each. A day the text does not give leaves
    ``day``, ``start`` and ``end`` None; a day without a time leaves
    ``start`` and ``end`` None; an end is read only from a range, "finish
    by", the agenda, or a stated duration — never assumed. ``day``, when
    given, is the day a thread's earlier message set: a text naming no day of
    its own ("the start time is 9:30, not 9:00") is read on it.
    """
    reader = _Reader(text, today, tz, people)
    chosen = reader.choose_day()
    if chosen is None and day is not None:
        chosen = DateMention(0, 0, day, False, "")  # a reply that moves the time only keeps the day
    if chosen is None:
        home, name = resolve_zone(None, tz, today)
        return Schedule(None, None, None, name, (), home)
    scope = reader.scope(chosen)
    reader.give_up_other_days(chosen, scope)
    slots = reader.agenda_slots(scope)
    slots += reader.prose_slots(scope, slots)
    slots.sort(key=lambda s: s.first)
    starts = [t for t in reader.times if scope[0] <= t.start < scope[1] and reader.roles[id(t)] == "start"]
    if not starts and not slots:
        # Only "Reporting time: 10:30 AM" is given: the day starts when the candidate arrives.
        starts = [
            t for t in reader.times if scope[0] <= t.start < scope[1] and reader.roles[id(t)] == "arrive"
        ]
    slots = _anchored(slots, starts)
    first_mention = min(starts, key=lambda t: t.first) if starts else None
    first = min([t.first for t in starts] + [s.first for s in slots], default=None)
    clocks = [(t.start, t.end) for t in reader.times]
    at = (first_mention.start, first_mention.end) if first_mention else None
    unit = unit_at(reader.text, first_mention.start) if first_mention else None
    anchor = first_mention.start if first_mention else (slots[0].span[0] if slots else len(text))
    zone_mention = zone_of_time(text, reader.zones, clocks, at, unit, anchor)
    zone, zone_name = resolve_zone(zone_mention, tz, chosen.day)
    schedule = Schedule(chosen.day, None, None, zone_name, (), zone)
    if first is None:
        return schedule
    slots = _duration_slots(reader, scope, first, slots)
    last = _end_minutes(reader, scope, first, starts, slots, interviewers)
    slots = _close_last_slot(reader, scope, slots, last)
    first, last, slots = _corrected(reader, chosen.day, first, last, slots)
    return Schedule(chosen.day, schedule.at(first), schedule.at(last), zone_name, tuple(slots), zone)


def _corrected(
    reader: _Reader, day: date, first: int, last: int | None, slots: list[Slot]
) -> tuple[int, int | None, list[Slot]]:
    """ "please plan for 11:00 AM rather than 10:00 AM" in a note above a forwarded confirmation
    that still says 10:00 – 11:00: a sentence striking the start read and giving another time for
    the same day moves the start there, and the end and the slots with it."""
    for unit_start, unit_end in reader.units:
        times = [t for t in reader.times if unit_start <= t.start < unit_end]
        struck = [t for t in times if reader.roles[id(t)] == "old" and t.first == first]
        new = [t for t in times if reader.roles[id(t)] == "start"]
        other_day = any(unit_start <= d.start < unit_end and d.day != day for d in reader.dates)
        if not struck or len(new) != 1 or other_day or new[0].first == first:
            continue
        delta = new[0].first - first
        end: int | None = last + delta if last is not None else None
        end = new[0].last if new[0].last is not None else end
        moved = [
            Slot(
                s.first + delta,
                s.last + delta if s.last is not None else None,
                s.span,
                s.people,
                s.label,
            )
            for s in slots
        ]
        return new[0].first, end, moved
    return first, last, slots


def _anchored(slots: list[Slot], starts: list[TimeMention]) -> list[Slot]:
    """ "Start at 6:30 AM", then an agenda "6:30 – 7:30, 7:30 – 8:15": the agenda's unmarked
    hours, read as afternoon, are the morning the stated start says."""
    if not slots or not any(t.first == slots[0].first - 12 * 60 for t in starts):
        return slots
    shift = 12 * 60
    return [
        Slot(
            s.first - shift if s.first >= shift else s.first,
            s.last - shift if s.last is not None and s.last >= shift else s.last,
            s.span,
            s.people,
            s.label,
        )
        for s in slots
    ]


def _duration_slots(reader: _Reader, scope: tuple[int, int], first: int, slots: list[Slot]) -> list[Slot]:
    """Agenda lines led by a length ("- 45 minutes with Theresa ...") laid end to end."""
    if slots:
        return slots
    found: list[Slot] = []
    clock = first
    offset = 0
    for line in reader.text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if not scope[0] <= line_start < scope[1] or not BULLET.match(line):
            continue
        lead = [d for d in reader.durations if line_start <= d.start < line_start + 16]
        people = reader.people_in(line_start, line_start + len(line))
        if lead and people:
            found.append(Slot(clock, clock + lead[0].minutes, (line_start, offset - 1), people, line.strip()))
            clock += lead[0].minutes
    return found if len(found) >= 2 else slots


def _end_minutes(
    reader: _Reader,
    scope: tuple[int, int],
    first: int,
    starts: list[TimeMention],
    slots: list[Slot],
    interviewers: int = 0,
) -> int | None:
    """The end in minutes: the start's own range, "finish by", an agenda's end or
    "Depart" line, the slots' lengths, a stated total, or sessions x each length."""
    # A slot without an end of its own ("from 3 to 4:30 p.m. You'll first meet Gabriel ..., then
    # Sarah": the first of two turns) leaves its clock's range the end of the whole.
    in_agenda = {
        id(t)
        for t in starts
        for s in slots
        if s.span[0] <= t.start < s.span[1] and s.last is not None and not _spans_agenda(s, slots)
    }
    for mention in starts:
        if id(mention) not in in_agenda and mention.first == first and mention.last is not None:
            return _chained_end(reader.text, starts, mention.start, mention.last)
    ends = [t for t in reader.times if scope[0] <= t.start < scope[1] and reader.roles[id(t)] == "end"]
    if ends:
        return max(_after_start(t, first) for t in ends)
    kinds = reader.durations_by_kind(scope)
    each = kinds.get("each", [])
    closing = [s for s in slots if not s.people and _END_LABEL.match(_after_time(reader.text, s))]
    if closing:
        return closing[-1].first
    if slots and slots[-1].last is not None and (len(slots) > 1 or slots[-1].first == first):
        return _chained_end(
            reader.text, starts, slots[-1].span[0], max(s.last for s in slots if s.last is not None)
        )
    if each and kinds.get("part") and not kinds.get("total"):
        # "start at 9:00am with a 45-minute presentation ... After that you'll have two 30-minute
        # one-on-ones": a part, then sessions of a length each, said in turn, add up to the end.
        in_turn = _parts_in_turn(reader, scope, first)
        if in_turn is not None:
            return in_turn
    if slots and each:
        # "- 1:00pm ET start, 3 x 45-min interviews back to back": one line holding every session.
        count = session_count(slots[0].label) if len(slots) == 1 else None
        return slots[-1].first + each[0] * (count or 1)
    later = _later_start_length(reader, scope, first, starts)
    if later is not None:
        return later
    # "Two conversations, 45 minutes each: ... plan on about 15 minutes of showing": a length
    # shorter than one session is a part of it, never the whole.
    totals = [t for t in kinds.get("total", []) if not each or t >= max(each)]
    if totals:
        # "45 minutes with me, then 30 minutes with Kabir": a length said as one of the parts
        # in turn ("an interview of around an hour", after an exercise) is no total.
        in_turn = _parts_in_turn(reader, scope, first)
        return in_turn if in_turn is not None else first + max(totals)
    if each:
        # "You'll meet with both of us one after another": the people said, when more are said
        # than named.
        met = max(interviewers, people_count(reader.text) or 0)
        count = (
            session_count(reader.text)
            or (len(slots) if len(slots) > 1 else None)
            or (met if met > 1 and _one_by_one(reader, scope) else None)
        )
        if count:
            return first + each[0] * count + _break_between(reader, scope) * (count - 1)
    in_turn = _parts_in_turn(reader, scope, first)
    if in_turn is not None:
        return _later_range_end(reader.text, starts, in_turn)
    same = _same_slot(reader, starts, first)
    return same if same is not None else _converted_range(reader, starts, first)


def _later_range_end(text: str, starts: list[TimeMention], end: int) -> int:
    """ "a 25-minute presentation, followed by 20 minutes of questions. At 10:15 you will meet ...
    lunch from 11:45 to 1:00": parts that add up to an end before later clocks of the day give
    way to the range said last, when it begins after that end."""
    later = [
        t
        for t in starts
        if t.first >= end and not _restates(text, t, starts) and not _restated(text, t, starts)
    ]
    if not later:
        return end
    last = max(later, key=lambda t: t.first)
    if last.last is None or last.last <= last.first or any(t.start > last.start for t in starts):
        return end
    return last.last


#: What turns a range into the candidate's own clock on the line after it: "※ This is Friday 9:00 AM
#: in Toronto", "which is 9:00 AM your time", "= 9:00 AM for you".
_CONVERTED = re.compile(
    r"[^\w\n]*(?:this|that|which|it)\s+(?:is|will be|would be|means)\b|[^\w\n]*=",
    re.IGNORECASE,
)


def _converted_range(reader: _Reader, starts: list[TimeMention], first: int) -> int | None:
    """ "22:00 ~ 22:50 (Korea Standard Time)", then "※ This is Friday 9:00 AM in Toronto": the start
    restated on the candidate's clock keeps the length of the range it restates."""
    begun = [t for t in starts if t.first == first and t.last is None]
    for mention in begun:
        line_start = reader.text.rfind("\n", 0, mention.start) + 1
        if not _CONVERTED.match(reader.text, line_start, mention.start):
            continue
        above = [t for t in starts if t.last is not None and t.end <= line_start]
        if not above:
            continue
        ranged = max(above, key=lambda t: t.end)
        if "\n" in reader.text[ranged.end : line_start - 1] or ranged.last is None:
            continue
        length = (ranged.last - ranged.first) % (24 * 60)
        if 0 < length <= 12 * 60:
            return first + length
    return None


def _restated_line(line: str, mention: TimeMention, slots: list[tuple[TimeMention, int, int]]) -> bool:
    """True when ``line`` is in brackets and holds a range as long as the slot read just above it:
    "(11:00 AM – 12:30 PM ET for the team in New York)" under "5:00 PM – 6:30 PM CEST"."""
    if not slots or not line.strip().startswith("(") or mention.last is None:
        return False
    above = slots[-1][0]
    return above.last is not None and above.last - above.first == mention.last - mention.first


#: "three 45-minute conversations with 15-minute breaks in between": a pause between sessions.
_BREAK_BETWEEN = re.compile(
    r"[\s-]*(?:\w+\s+)?(?:breaks?|pauses?|gaps?)\s+(?:in\s+)?between\b", re.IGNORECASE
)


def _break_between(reader: _Reader, scope: tuple[int, int]) -> int:
    """The length of the break said between sessions, or 0."""
    for mention in reader.durations:
        if scope[0] <= mention.start < scope[1] and _BREAK_BETWEEN.match(reader.text, mention.end):
            return mention.minutes
    return 0


#: What joins two people met together: " and our Director of Rooms, ".
_JOINED = re.compile(r"\s*,?\s*(?:and|&)\s+[^.;!?\n]{0,40}", re.IGNORECASE)


def _spans_agenda(slot: Slot, slots: list[Slot]) -> bool:
    """True when ``slot`` is the day's whole range above its agenda ("2:00 PM – 4:30 PM", then
    "2:00 PM Karim", "2:50 PM Leena", "3:40 PM Omar"): two or more other slots, each beginning
    within it."""
    assert slot.last is not None
    others = [s for s in slots if s is not slot]
    return len(others) >= 2 and all(
        slot.first <= s.first < slot.last and (s.last is None or s.last <= slot.last) for s in others
    )


#: "rescheduled to Monday 15 June, same time (10:30 AM)": the slot kept, only its day moved.
_SAME_TIME = re.compile(r"\b(?:same|usual)\s+time\b", re.IGNORECASE)


def _same_slot(reader: _Reader, starts: list[TimeMention], first: int) -> int | None:
    """The end of a move to another day at the "same time": the range the earlier day's slot
    gave ("Time: 10:30 AM – 12:00 PM"), when it began at that same start."""
    said = any(
        t.first == first and _SAME_TIME.search(reader.text, *unit_at(reader.text, t.start)) for t in starts
    )
    if not said:
        return None
    return next((t.last for t in reader.times if t.first == first and t.last is not None), None)


def _chained_end(text: str, starts: list[TimeMention], after: int, end: int) -> int:
    """ "first with me from 9:00 to 10:00, then with Allen from 10:00 to 10:45": a range said
    after ``after`` that begins where the one ending at ``end`` ends (or within half an hour:
    "Written exercise: 9.30–10.30 • Interview: 11.00–12.00", on a line of its own: "It will be
    17:00–18:30 in Sydney" restates the same time) carries the end on."""
    for later in sorted(starts, key=lambda t: t.start):
        if later.start <= after or later.last is None or later.last <= end:
            continue
        gap = later.first - end
        if gap == 0 or (0 < gap <= 30 and "\n" in text[after : later.start]):
            end, after = later.last, later.start
    return end


#: A clock that says whether it is morning or afternoon ("9pm", "09:00", "21:00").
_MARKED_CLOCK = re.compile(r"[ap]\.?\s?m\b|(?<!\d)0\d|(?<!\d)(?:1[3-9]|2[0-3])[:.h]", re.IGNORECASE)


def _after_start(mention: TimeMention, first: int) -> int:
    """An end clock, read after the start: "shift starts at 3pm and runs till about 9" ends at
    21:00, an unmarked hour before the start being the same afternoon or evening."""
    end = mention.first
    if end <= first < end + 12 * 60 < 24 * 60 and not _MARKED_CLOCK.search(mention.text):
        return end + 12 * 60
    return end


def _later_start_length(
    reader: _Reader, scope: tuple[int, int], first: int, starts: list[TimeMention]
) -> int | None:
    """ "11am: two hours in the edit bay. At 1pm Marisol will sit down with you for half an
    hour": the last part's own start and the length said after it in its sentence end the day."""
    later = [
        t
        for t in starts
        if t.first > first
        and t.last is None
        and not _restates(reader.text, t, starts)
        and not _restated(reader.text, t, starts)
    ]
    if not later:
        return None
    last = max(later, key=lambda t: t.first)
    if any(t.first > last.first for t in starts):
        return None
    unit = unit_at(reader.text, last.start)
    for mention in reader.durations:
        if not last.end <= mention.start < min(unit[1], scope[1]) or mention.minutes > 180:
            continue
        if duration_kind(reader.text, unit, mention) == "total":
            return last.first + mention.minutes
    return None


#: What stands between a time and its restatement in another zone: "10 am Pacific / 1 pm Eastern",
#: "8:00 AM PDT / 8:30 PM IST", "15:00 CET (14:00 UK)".
_RESTATED_BETWEEN = re.compile(r"\s*(?:[^\W\d_]+\.?\s*){0,2}[/|=(]\s*$")


def _restates(text: str, mention: TimeMention, starts: list[TimeMention]) -> bool:
    """True when ``mention`` follows another start with only its zone and a slash between:
    the same moment on another clock, not a later part."""
    return any(
        t.end <= mention.start and _RESTATED_BETWEEN.fullmatch(text, t.end, mention.start) for t in starts
    )


def _restated(text: str, mention: TimeMention, starts: list[TimeMention]) -> bool:
    """True when another start follows ``mention`` with only a zone and a slash between ("3pm BST /
    10am ET"): ``mention`` is the same moment on another clock, not a later part."""
    return any(
        mention.end <= t.start and _RESTATED_BETWEEN.fullmatch(text, mention.end, t.start) for t in starts
    )


def _one_by_one(reader: _Reader, scope: tuple[int, int]) -> bool:
    """True when the interviewers are met one at a time: "back-to-back", or a length for each
    said with the order they come in ("first with A and then with B, 40 minutes each")."""
    if says_sequential(reader.text):
        return True
    for mention in reader.durations:
        unit = unit_at(reader.text, mention.start)
        each = mention.start < scope[1] and duration_kind(reader.text, unit, mention) == "each"
        if each and ORDER.search(reader.text, unit[0], unit[1]):
            return True
        # "First you'll talk with me and then with Ricardo. Each interview lasts about 40 minutes.":
        # the order said in the sentence just before the length.
        if each and unit[0] > 0:
            before = unit_at(reader.text, unit[0] - 1)
            if before[1] <= unit[0] and ORDER.search(reader.text, before[0], before[1]):
                return True
    return False


#: Words that put the parts of an interview one after another.
_IN_TURN = re.compile(
    # "followed immediately by a panel interview (45 minutes)"
    r"\b(?:then|after that|afterwards|followed (?:immediately |directly |straight )?by|"
    r"and finish(?:ing)? with|finish with|next)\b",
    re.IGNORECASE,
)
_NOT_DURING = re.compile(
    # "a 30-minute oral interview before a panel": the people faced, not a time ahead.
    r"^\W*(?:\w+\s+){0,2}?(?:before(?!\s+(?:a|the|our|an)\s+(?:[\w-]+\s+)?(?:panel|committee|board|jury))|"
    r"ahead|prior|beforehand|in advance|earlier|to prepare|notice|of prep)\b",
    re.IGNORECASE,
)


def _parts_in_turn(reader: _Reader, scope: tuple[int, int], first: int) -> int | None:
    """ "45 minutes with Maria, then an hour-long pairing session, and finish with 30
    minutes": parts said one after another add up to the end (a count multiplies its
    part: "two 30-minute one-on-ones")."""
    parts = []
    for mention in reader.durations:
        if mention.start >= scope[1] or mention.minutes > 180:
            continue
        if _NOT_DURING.match(reader.text[mention.end : mention.end + 40]):
            continue
        unit = unit_at(reader.text, mention.start)
        count = count_before(reader.text[unit[0] : mention.start]) or 1
        parts.append((mention.start, mention.minutes * count))
    if len(parts) < 2 or not (
        _IN_TURN.search(reader.text, parts[0][0], parts[-1][0])
        or _listed_in_turn(reader, parts)
        or _added(reader, parts)
    ):
        return None
    # A length said apart from the parts, or said as the whole ("Plan for 90 minutes all up",
    # "still 90 minutes"), is the whole, not a part.
    for mention in reader.durations:
        if mention.start >= scope[1]:
            continue
        unit = unit_at(reader.text, mention.start)
        if duration_kind(reader.text, unit, mention) != "total":
            continue
        if not parts[0][0] <= mention.start <= parts[-1][0] or says_whole(reader.text, unit, mention):
            return None
    return first + sum(minutes for _start, minutes in parts)


#: What adds one length to the one before it: "~45 mins for your pitch + 15 mins of questions".
#: "presentation (20 min) + Q&A (25 min)": or the next part's name, its length in brackets.
_PLUS = re.compile(
    r"[^.;!?\n]{0,30}(?:\s\+|\bplus)\s*(?:[\w&/-]+\s*){0,3}\(\s*|[^.;!?\n]{0,30}(?:\s\+|\bplus)\s*",
    re.IGNORECASE,
)


def _added(reader: _Reader, parts: list[tuple[int, int]]) -> bool:
    """True when each length after the first follows a "+" or "plus" said after the one before."""
    for (one, _), (two, _) in itertools.pairwise(parts):
        after = next(d.end for d in reader.durations if d.start == one)
        if not _PLUS.fullmatch(reader.text, after, two):
            return False
    return True


#: A numbered list item's number: "1. ", "2) ".
_NUMBERED = re.compile(r"\s*(\d{1,2})[.)]\s")


def _listed_in_turn(reader: _Reader, parts: list[tuple[int, int]]) -> bool:
    """ "1. Deep technical session (90 min) with Noa ... 2. Leadership conversation (45 min) with
    Yoav": each length on a list item of its own that names who is met, one item after another.
    Items numbered 1, 2, 3 ("1. Case briefing (30 minutes) 2. Preparation (60 minutes)") come in
    turn whoever they name."""
    lines = []
    numbers = []
    named = True
    for at, _minutes in parts:
        line_start = reader.text.rfind("\n", 0, at) + 1
        line_end = reader.text.find("\n", at)
        line_end = len(reader.text) if line_end < 0 else line_end
        line = reader.text[line_start:line_end]
        if not BULLET.match(line):
            return False
        named = named and bool(reader.people_in(line_start, line_end))
        number = _NUMBERED.match(line)
        numbers.append(int(number.group(1)) if number else 0)
        lines.append(line_start)
    if len(set(lines)) != len(lines):
        return False
    return named or numbers == list(range(1, len(numbers) + 1))


def _after_time(text: str, slot: Slot) -> str:
    """The words of an agenda line after its last clock ("Depart", "End of visit")."""
    line = text[slot.span[0] : slot.span[1]]
    rest = line
    for m in re.finditer(r"\d(?:\s*[ap]\.?\s?m\b\.?)?", line, re.IGNORECASE):
        rest = line[m.end() :]
    return rest


def _close_last_slot(
    reader: _Reader, scope: tuple[int, int], slots: list[Slot], last: int | None
) -> list[Slot]:
    """Give the last slot an end: its own length ("each 45 minutes") or the day's end."""
    if not slots or slots[-1].last is not None:
        return slots
    each = reader.durations_by_kind(scope).get("each", [])
    tail = slots[-1]
    end = tail.first + each[0] if each else last
    return [*slots[:-1], Slot(tail.first, end, tail.span, tail.people, tail.label)]
