"""The mock interviewers: who they are, what they listen for and how they talk.

Default personas and their phrasing live in ``content/personas.yaml``. When
the real interviewers are known, they become the personas: their own names,
titles and kinds, with the focus and a speaking style of their kind.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from roundtwo.content.vocabulary import KINDS
from roundtwo.practice.data import personas_data


@dataclass(frozen=True)
class Persona:
    """One interviewer of a mock session.

    ``style`` is one of the styles in ``personas.yaml`` (warm, direct,
    analytical, challenging); ``real`` marks a person from the candidate's
    interview, ``stand_in`` a default persona added to fill a panel.
    """

    name: str
    title: str
    kind: str
    focus: str
    style: str
    real: bool = False
    stand_in: bool = False

    @property
    def label(self) -> str:
        """The name with the kind, as the scorecard speaks of them: "Ana Ruiz (peer)"."""
        return f"{self.name} ({kind_label(self.kind)})"

    def to_dict(self) -> dict[str, Any]:
        """The persona as JSON-ready data (the contract's name, title, kind first)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Persona:
        """The persona that :meth:`to_dict` wrote."""
        return cls(**{key: data[key] for key in cls.__dataclass_fields__ if key in data})


def kind_label(kind: str) -> str:
    """How the scorecard names a kind: "hiring manager", "peer", ... (unknown kinds: "interviewer")."""
    kinds = personas_data()["kinds"]
    return str(kinds.get(kind, kinds["other"])["label"])


def kind_focus(kind: str) -> str:
    """What an interviewer of ``kind`` listens for, in one line."""
    kinds = personas_data()["kinds"]
    return str(kinds.get(kind, kinds["other"])["focus"])


def kind_attributes(kind: str) -> tuple[str, ...]:
    """The assessed attributes an interviewer of ``kind`` weighs most."""
    kinds = personas_data()["kinds"]
    return tuple(kinds.get(kind, kinds["other"])["attributes"])


def default_title(kind: str, role: str | None) -> str:
    """The invented title of a default persona of ``kind`` for role family ``role``."""
    titles = personas_data()["titles"].get(kind, personas_data()["titles"]["other"])
    return str(titles.get("by_family", {}).get(role, titles["default"]))


def default_cast(kinds: Sequence[str], role: str | None = None) -> list[Persona]:
    """Default personas for ``kinds`` in order; a kind asked twice gets its next persona.

    Titles follow the role family when ``role`` is given. An empty ``kinds``
    gives an empty cast.
    """
    pool = _defaults_by_kind()
    used: dict[str, int] = {}
    cast = []
    for kind in kinds:
        people = pool.get(kind) or pool["other"]
        index = used.get(kind, 0)
        used[kind] = index + 1
        entry = people[index % len(people)]
        cast.append(
            Persona(
                name=entry["name"],
                title=default_title(kind, role),
                kind=kind,
                focus=kind_focus(kind),
                style=entry["style"],
            )
        )
    return cast


def real_cast(interviewers: Iterable[Mapping[str, Any]], role: str | None = None) -> list[Persona]:
    """Personas for the real interviewers, each ``{"name", "title", "kind"}``.

    An unknown or missing kind reads as ``other``; a blank title takes the
    kind's default title; the style is the one a default persona of the same
    kind has (a second person of a kind gets the kind's next style). People
    without a name are left out.
    """
    styles = {kind: [p["style"] for p in people] for kind, people in _defaults_by_kind().items()}
    seen: dict[str, int] = {}
    cast = []
    for person in interviewers:
        name = str(person.get("name") or "").strip()
        if not name:
            continue
        kind = str(person.get("kind") or "other")
        kind = kind if kind in KINDS else "other"
        options = styles.get(kind) or styles["other"]
        index = seen.get(kind, 0)
        seen[kind] = index + 1
        title = str(person.get("title") or "").strip() or default_title(kind, role)
        cast.append(Persona(name, title, kind, kind_focus(kind), options[index % len(options)], real=True))
    return cast


def fill_panel(cast: Sequence[Persona], kinds: Sequence[str], role: str | None = None) -> list[Persona]:
    """``cast`` sized to a panel (``panel_size`` in personas.yaml, 3 to 5 people).

    A smaller cast is filled with default personas of the kinds in ``kinds``
    it lacks (then any kind), marked ``stand_in``; a larger one keeps its
    first members.
    """
    low, high = personas_data()["panel_size"]
    chosen = list(cast[:high])
    present = {p.kind for p in chosen}
    wanted = [k for k in kinds if k not in present] + [
        k for k in KINDS if k not in present and k not in kinds
    ]
    names = {p.name for p in chosen}
    for persona in default_cast(wanted, role):
        if len(chosen) >= low:
            break
        if persona.name not in names:
            chosen.append(Persona(**{**persona.to_dict(), "stand_in": True}))
    return chosen


def opening(persona: Persona) -> str:
    """The line with which ``persona`` introduces themself."""
    return _style(persona)["opening"].format(name=persona.name, title=persona.title)


def transition(persona: Persona, rng: random.Random) -> str:
    """A short line ``persona`` says before a new question (chosen with ``rng``)."""
    return rng.choice(_style(persona)["transitions"])


def probe_lead(persona: Persona, rng: random.Random) -> str:
    """A short line ``persona`` says before a follow-up on their own question."""
    return rng.choice(_style(persona)["probes"])


def handoff(persona: Persona, asker: Persona) -> str:
    """How ``persona`` picks up a question another panelist, ``asker``, asked."""
    return _style(persona)["handoff"].format(asker=asker.name)


def pressure_lead(persona: Persona) -> str:
    """How ``persona`` announces a pressure question."""
    return str(_style(persona)["pressure"])


def _style(persona: Persona) -> dict[str, Any]:
    styles = personas_data()["styles"]
    return styles.get(persona.style) or styles["direct"]


def _defaults_by_kind() -> dict[str, list[dict[str, str]]]:
    grouped: dict[str, list[dict[str, str]]] = {}
    for entry in personas_data()["personas"]:
        grouped.setdefault(entry["kind"], []).append(entry)
    return grouped
