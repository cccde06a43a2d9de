"""The follow-up question an interviewer asks next, chosen from what the answer lacks."""

from __future__ import annotations

from roundtwo.coach.reading import Reading

_DEEPEN = {
    "conflict": "Looking back, what would you do differently in that disagreement?",
    "priorities": "How did you decide what came first, and who did you have to say no to?",
    "failure": "What would you do differently if it happened again?",
    "leadership": "How did you bring along the people who disagreed with you?",
    "teamwork": "What did you do when the team did not agree?",
    "pressure": "What would you do differently with more time?",
    "technical": "What alternatives did you consider, and why did you rule them out?",
    "strategy": "What would you watch in the first 90 days to know it is working?",
    "motivation": "Where do you want to be in three years, and how does this role get you there?",
    "culture": "What do you do when a team's habits clash with your own?",
}


def choose_follow_up(reading: Reading) -> str | None:
    """The probe for the biggest gap in the answer, or a deepening question when none stands out.

    Order: hypothetical answer to a behavioural question, missing action,
    missing result, "we" without "I", the category's own demand (lesson,
    resolution, trade-offs, market, company interest), a result without a
    number, a claim without an example, missing context. An empty reading
    gives None.
    """
    if not reading.sentences:
        return None
    own = reading.ownership
    unmet = {d.kind for d in reading.demands if not d.met}
    if reading.behavioural and reading.hypothetical_sentences and own["i_actions"] <= 1:
        return "That is what you would do; can you tell me about a specific time you actually did it?"
    if not reading.part("A"):
        return "What exactly did you do yourself, step by step?"
    if not reading.part("R"):
        return "What was the measurable outcome?"
    if own["we_actions"] and not own["i_actions"]:
        return "What was your own part in that?"
    if reading.category == "failure" and ("lesson" in unmet or "applied_since" in unmet):
        return "What did you learn, and where have you applied it since?"
    if "own_mistake" in unmet:
        return "What part of that was your own mistake?"
    if "resolution" in unmet or "stakeholders" in unmet:
        return "Who exactly disagreed, and how did you bring them to an agreement?"
    if "justification" in unmet or "tradeoffs" in unmet:
        return "Why did you choose that approach over the alternatives, and what did it cost?"
    if "market" in unmet:
        return "How does that fit our market and what our competitors are doing?"
    if "company_interest" in unmet or reading.weak_motives:
        return "What is it about our work specifically that draws you here?"
    if not reading.metrics_in_part("R"):
        return "How did you measure that it worked?"
    if reading.claims:
        return "Can you give me a specific example of that?"
    if not reading.part("S") or not reading.part("T"):
        return "What was the situation, and what were you responsible for?"
    return _DEEPEN.get(reading.category or "", "What would you do differently next time?")
