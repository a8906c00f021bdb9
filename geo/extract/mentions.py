"""The typed records that pass between the stages: a claim (who speaks, from where to where), a
mention of an attack (its type, trigger, attacker and places) and the extraction's result."""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer import Place

from ..model import Event



_UNATTRIBUTED = "\x00unattributed"


@dataclass
class _Claim:
    claimant: str | None
    stance: str
    source: str | None
    start: int  # token index where the claim's content starts
    end: int
    attr_span: tuple[int, int]
    responsibility: bool = False  # "تبنى التنظيم الهجوم": the speaker claims an attack told before
    accuses: bool = False  # "اتهمت أنقرة الوحدات الكردية بالوقوف وراء التفجير"


@dataclass
class _Found:
    event_type: str
    trigger: int
    attacker: str | None
    places: list[tuple[Place, int, int, str, bool]] = field(default_factory=list)  # place, i, j, printed, near
    typed: bool = True  # False when the type is only the attacker's usual one ("استهدف" alone)
    earlier: list = field(default_factory=list)  # unlocated mentions this one replaced


@dataclass
class Extraction:
    """What one article gave: its events and the names that did not resolve."""

    events: list[Event]
    unresolved: list[str]
