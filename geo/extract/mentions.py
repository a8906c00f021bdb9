"""The typed records that pass between the stages: the role of a token (a party or a conduit), a
claim (who speaks, over which tokens), a mention of an attack (its type, trigger, attacker and
places), a place found in the text, a row (one event before it becomes an ``Event``), the event
still waiting for its place in the next sentence, and the extraction's result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from gazetteer import Place

from ..model import Event

__all__ = ["RoleKind", "PARTY", "CONDUIT", "Role", "Who", "SELF", "UNATTRIBUTED", "Stance", "CLAIM", "DENIAL",
           "PlaceSpan", "PlaceMatch", "Claim", "Mention", "Row", "Pending", "ReadState", "Extraction"]


class RoleKind(str, Enum):
    """What a span of tokens names: a party (a claimant or attacker) or a conduit (an outlet)."""

    PARTY = "party"
    CONDUIT = "conduit"


PARTY, CONDUIT = RoleKind.PARTY, RoleKind.CONDUIT


class Role(NamedTuple):
    """The role of a token: ``(PARTY, party id, cue kind)`` — cue kinds are the profile's (cue,
    metonym, speaker, institution) — or ``(CONDUIT, outlet label)``."""

    what: RoleKind
    id: str
    kind: str | None = None


class Who(str, Enum):
    """Sentinels among party ids: the speaker's own side, and a report nobody is named for yet."""

    SELF = "__self__"
    UNATTRIBUTED = "\x00unattributed"


SELF, UNATTRIBUTED = Who.SELF, Who.UNATTRIBUTED
_UNATTRIBUTED = UNATTRIBUTED


class Stance(str, Enum):
    """A party claims an attack, or denies it."""

    CLAIM = "claim"
    DENIAL = "denial"


CLAIM, DENIAL = Stance.CLAIM, Stance.DENIAL


class PlaceSpan(NamedTuple):
    """A place named in the sentence: tokens ``start:end``, as printed, and whether it is named as
    the surroundings of the target ("قرب X")."""

    place: Place
    start: int
    end: int
    printed: str
    near: bool


class PlaceMatch(NamedTuple):
    """A name matched from a token: the place, the token after the name, as printed, near."""

    place: Place
    end: int
    printed: str
    near: bool


@dataclass
class Claim:
    """Who speaks (``claimant``, None for nobody yet) and with which stance, over the tokens
    ``start:end``; ``attr_span`` the reporting words and the speaker's name ((0, 0): none)."""

    claimant: str | None
    stance: str
    source: str | None
    start: int  # token index where the claim's content starts
    end: int
    attr_span: tuple[int, int]
    responsibility: bool = False  # "تبنى التنظيم الهجوم": the speaker claims an attack told before
    accuses: bool = False  # "اتهمت أنقرة الوحدات الكردية بالوقوف وراء التفجير"
    set_against: bool = False  # what a party set against it with "فيما"/"بينما" follows in the sentence


@dataclass
class Mention:
    """One mention of an attack: its type, the index of its first attack word, its attacker (a
    party id, ``SELF`` or None) and the places it hit."""

    event_type: str
    trigger: int
    attacker: str | None
    places: list[PlaceSpan] = field(default_factory=list)
    typed: bool = True  # False when the type is only the attacker's usual one ("استهدف" alone)
    earlier: list["Mention"] = field(default_factory=list)  # unlocated mentions this one replaced
    negated: bool = False  # "لم نستهدف أي حي سكني"، "لا علاقة للقوات ... بالغارات": said not to have happened
    named: frozenset[str] = frozenset()  # the means of fire its words name ("بطائرتين مسيرتين وصاروخ": drone, missile)


_Claim, _Found = Claim, Mention


class Trace(NamedTuple):
    """How the reader found a row (what the vetting stage weighs): the attack word's stem ("" when it
    was in an earlier sentence), how many tokens after it the place comes, the place's rank among the
    attack's places and their number, whether a speaker was named, whether the place came from the
    next sentence, whether it was named as the surroundings ("قرب X") and whether nobody claimed it in
    its sentence."""

    trigger: str = ""
    gap: int = 0
    nth: int = 0
    of: int = 1
    spoken: bool = False
    carried: bool = False
    near: bool = False
    unattributed: bool = False  # nobody was named for it in its sentence (the article's voices decide)
    told: bool = False  # its sentence has a reporting word, whoever it names ("وفق ما أعلنه الحاكم العسكري للمقاطعة")


@dataclass
class Row:
    """One event as the reader found it, before the article-level merging makes it an ``Event``."""

    date: dt.date | None
    dprec: str
    own_date: bool  # the date is named in the sentence itself
    claimant: str
    attacker: str | None
    type: str
    typed: bool
    place: Place
    printed: str
    precision: str
    killed: int | None
    injured: int | None
    stance: str
    evidence: str
    ev_start: int
    ev_end: int
    p_start: int
    p_end: int
    source: str | None
    toll: bool = False  # ``killed`` is a toll that rose since
    summary: bool = False  # the container of unnamed places ("مدنا وقرى في قضاءي صور وبنت جبيل")
    side: float | None = None  # the side of the place the event lies on, as a bearing ("ريف إدلب الغربي": 270)
    side_km: float | None = None  # how far off the place on that side, when the text says ("على بعد 50 ميلا بحريا")
    rural: bool = False  # on that side in the town's countryside ("ريف إدلب الغربي"), not just off it ("غرب إدلب")
    again: bool = False  # told as done again ("عاود استهداف"): a second attack, not the first retold
    headline: bool = False  # told in the headline
    set_against: bool = False  # unattributed, before a party's clause set against it ("..., فيما أعلنت الوزارة")
    trace: Trace = Trace()  # how the reader found it


@dataclass
class Pending:
    """An event of the previous sentence still without a place (the next sentence may give it)."""

    claimant: str
    find: Mention
    claim: Claim
    date: tuple[dt.date | None, str]
    own: bool
    sent: str
    abs: int
    killed: int | None
    injured: int | None


@dataclass
class ReadState:
    """What the reader carries from one sentence to the next within an article (one per article)."""

    unresolved: list[str] = field(default_factory=list)  # names that looked like places and resolved to none
    claimants_seen: list[str] = field(default_factory=list)  # the article's voices, in order (not its headline's)
    voices_at: list[tuple[int, str]] = field(default_factory=list)  # ... with where their sentence starts
    headline: bool = False  # the current paragraph is the headline
    headline_voice: str | None = None  # who spoke when the current paragraph began (a headline's own items)
    last_attacker: dict[str, str] = field(default_factory=dict)  # claimant -> the attacker it named last
    last_claimant: str | None = None  # who spoke last: "وقالت الوزارة" carries it over
    alleged_by: str | None = None  # ... when an outlet relayed it as an allegation ("وزعم جيش الاحتلال"): for its sentence only
    interview: bool = False  # the headline is an interview's ("حوار | X: ...")
    interviewee: str | None = None  # whose answers an interview's "ج:" paragraphs are ("حوار | X: ...")
    transcript: bool = False  # the outlet's people speak in turns ("المذيعة: ..."، "المراسل: ..."): a broadcast transcript
    asked: bool = False  # an interview's question was seen as a paragraph of its own: the next one answers
    turn_voice: str | None = None  # who tells what nobody is named for in the current turn of a transcript
    guests: dict[tuple[str, int], str] = field(default_factory=dict)  # a turn label's last word (and length) -> its party
    named_by: dict[str, str] = field(default_factory=dict)  # a word of a speaker's name ("وزاره"، "الدفاع") -> its party
    containers: dict[str, set[str]] = field(default_factory=dict)  # place id -> ids of the places named as containing it
    last_found: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # claimant -> (type, attacker) told last
    kinds: dict[str, set[str]] = field(default_factory=dict)  # attacker -> the kinds of attack the article named for it
    all_rows: list[Row] = field(default_factory=list)  # every event found so far
    base_date: tuple[dt.date | None, str] | None = None  # the article's base date: its first date, or a later statement's
    event_date: tuple[dt.date | None, str] | None = None  # the date of the event told last
    typed: dict[str, Place] = field(default_factory=dict)  # type noun (مخيم، مدينة) -> the place named after it last
    named: dict[str, Place] = field(default_factory=dict)  # a name read after a town's type word ("حي الجنينة") -> its place
    placed_in: dict[str, Place] = field(default_factory=dict)
    city: Place | None = None  # the last city named: where a quarter no one knows ("حي السريان") lies
    town_toks: list | None = None  # the tokens of the sentence that named a town (a city, a camp, a village) last  # a name known only as a far namesake -> its printed container


@dataclass
class Extraction:
    """What one article gave: its events and the names that did not resolve."""

    events: list[Event]
    unresolved: list[str]
