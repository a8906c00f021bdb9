"""Conflict profiles: the parties of a conflict, their Arabic cues and colours, as data.

A profile is a JSON file in ``data/profiles/``; no party name lives in Python. ``common.json``
beside them lists the news outlets, which are conduits of claims, never claimants. ``parties.json``
is the shared party table: one id, label and colour per party in every theatre (so colours stay
distinct and stable when several theatres share one map), with the cues, capitals, spokespeople
and institutions that name the party everywhere. A profile lists its parties by id; its own cues
for a party come first and the shared ones are added after them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from gazetteer import Theatre, normalize
from gazetteer.gazetteer import DATA_DIR, _km  # (the gazetteer's great-circle distance)

from .errors import ProfileError

__all__ = ["Party", "Profile", "load_profile", "load_profiles", "available_profiles", "shared_parties", "PROFILE_DIR",
           "DEFAULT_PROFILE"]

#: The profile an article is read with when it names none and nothing is detected (the first theatre).
DEFAULT_PROFILE = "karabakh"

PROFILE_DIR = DATA_DIR / "profiles"
#: Files in ``PROFILE_DIR`` that are not profiles.
_NOT_PROFILES = frozenset({"common", "parties"})
_LISTS = ("cues", "metonyms", "speakers", "institutions", "local_cues", "outlets")


@dataclass(frozen=True)
class Party:
    id: str
    label_en: str
    label_ar: str
    color: str
    cues: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    default_type: str | None = None  # the usual form of its attacks when a report only says "struck"
    #: Cues that name the party only once the theatre is known (الجيش، المقاومة، التحالف): the extractor
    #: reads them like ``cues``; theatre detection does not count them.
    local_cues: tuple[str, ...] = ()
    #: News outlets the party owns (a state agency, a state or party channel: سانا، تاس، المسيرة): an
    #: article whose ``source:`` line names one is told in the party's voice where nobody is named.
    #: Not cues: "وفق تاس" in a sentence still names only a conduit.
    outlets: tuple[str, ...] = ()
    #: Every outlet described by the party's nationality ("وكالة أنباء روسية") is the party's.
    state_media: bool = False


#: The party of a cue of ``shared_institutions``: the outlet's side, known only when an article is read.
OUTLET_SIDE = "@outlet"

#: How far from the nearest town a profile's ``governs_near`` lists that town still tells who governs.
GOVERNS_NEAR_KM = 120.0


@dataclass(frozen=True, eq=False)
class Profile:
    """One conflict: its parties, theatre, outlets and descriptive names."""

    id: str
    name_en: str
    name_ar: str
    theatre: Theatre
    parties: tuple[Party, ...]
    fallback_party: str
    descriptions: dict[str, str] = field(default_factory=dict)
    #: country code -> the party whose offices govern that country's places: "قال حاكم مقاطعة ساراتوف"
    #: speaks for Russia (only where one party governs the whole country in this war)
    governs: dict[str, str] = field(default_factory=dict)
    conduits: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: where one country is governed by two parties (Iraq's federal government and the Kurdistan
    #: Region, Sanaa and Aden, the Gaza Strip and the West Bank): party -> (lat, lon, country or None)
    #: of the towns it governs; a place is governed by the party of the nearest such town of its own
    #: country within ``governs_near_km``, before ``governs`` is asked
    governs_near: dict[str, tuple[tuple[float, float, str | None], ...]] = field(default_factory=dict)
    governs_near_km: float = GOVERNS_NEAR_KM
    contested_areas_by_country: bool = False
    #: country codes whose municipalities (mayors, councils) speak for themselves, not for the party
    #: that governs their place (a south Lebanese village's mayor): the fallback party's voice
    municipal_own: frozenset[str] = frozenset()
    #: where both sides name officials of the same provinces (Yemen's governors and deputies in Sanaa and
    #: in Aden or Marib): an outlet of one side, or placed in one side's capital, quotes its own side's
    parallel_offices: bool = False
    #: institutions both rival governments have under one name ("وزارة الصحة العامة والسكان" in Sanaa and in
    #: Aden): named bare, they speak for the side of the outlet that quotes them (its owner, or the capital its
    #: source line places it in), else for nobody the profile names
    shared_institutions: tuple[str, ...] = ()

    @property
    def has_offices(self) -> bool:
        """Whether an office of a place speaks for someone the profile names: the party that governs it, or
        (``municipal_own``) nobody's but its own voice."""
        return bool(self.governs or self.governs_near or self.municipal_own)

    def office_party(self, place, municipal: bool = False) -> str | None:
        """The party an office of ``place`` speaks for: its governor, unless the office is a
        municipality's in a country whose municipalities the profile says speak for themselves."""
        if municipal and getattr(place, "country", None) in self.municipal_own:
            return self.fallback_party
        return self.governor(place)

    def governor(self, place) -> str | None:
        """The party whose offices govern ``place`` (a gazetteer Place), or None: the party of the
        nearest listed town of the place's country. An area (a place with a radius: a province, a
        district) whose listed towns inside are all one party's is that party's; where the profile says
        ``contested_areas_by_country`` (a state that keeps its own administration for a province split
        by the front line, while the other side names its appointees as such), an area with towns of
        several parties inside is governed as its country is."""
        if self.governs_near:
            country = getattr(place, "country", None)
            towns = [(_km(place.lat, place.lon, lat, lon), party) for party, points in self.governs_near.items()
                     for lat, lon, cc in points if cc is None or cc == country]
            radius = getattr(place, "radius_km", None)
            if radius:
                inside = {party for d, party in towns if d <= radius}
                if len(inside) == 1:
                    return inside.pop()
                if inside and self.contested_areas_by_country:
                    return self.governs.get(country)
            best = min(towns, default=None)
            if best is not None and best[0] <= self.governs_near_km:
                return best[1]
        return self.governs.get(place.country)

    @property
    def party_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.parties)

    def party(self, party_id: str) -> Party:
        for p in self.parties:
            if p.id == party_id:
                return p
        raise ProfileError(f"profile {self.id!r} has no party {party_id!r}; parties: {list(self.party_ids)}")

    def color(self, party_id: str | None) -> str:
        for p in self.parties:
            if p.id == party_id:
                return p.color
        return "#7f7f7f"

    @property
    def colors(self) -> dict[str, str]:
        return {p.id: p.color for p in self.parties}

    # Token-sequence tables built once per profile (normalised keys).
    @property
    def cue_table(self) -> dict[tuple[str, ...], tuple[str, str]]:
        """normalised token tuple -> (party id, role) with role cue | metonym | speaker | institution."""
        return _cue_table(self)

    @property
    def conduit_table(self) -> dict[tuple[str, ...], str]:
        return _conduit_table(self)

    @property
    def outlet_table(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """normalised token tuple of an outlet's name -> the ids of the parties that own it, in the
        profile's order (two for an outlet two rival governments run)."""
        return _outlet_table(self)

    @property
    def local_keys(self) -> frozenset[tuple[str, ...]]:
        """Normalised token tuples of the parties' ``local_cues`` (not evidence of the theatre)."""
        return _local_keys(self)


def _toks(phrase: str) -> tuple[str, ...]:
    return tuple(normalize(phrase).split())


@lru_cache(maxsize=None)
def _cue_table(profile: Profile) -> dict[tuple[str, ...], tuple[str, str]]:
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for p in profile.parties:
        for role, phrases in (("speaker", p.speakers), ("institution", p.institutions),
                              ("metonym", p.metonyms), ("cue", p.cues), ("cue", p.local_cues)):
            for ph in phrases:
                t = _toks(ph)
                if t and t not in table:
                    table[t] = (p.id, role)
    for ph in profile.shared_institutions:
        table.setdefault(_toks(ph), (OUTLET_SIDE, "institution"))
    # A one-word nationality cue in its definite form is a cue without the article too ("الحوثي":
    # "قصف حوثي"، "الروسية": "مسيرة روسية"), unless that form is another party's.
    from geo.extract import shape  # (the word-shape rules of Arabic; imported here to keep profile light)
    for t, (pid, role) in list(table.items()):
        if len(t) == 1 and role == "cue" and t[0].startswith(shape.ARTICLE) and len(t[0]) > 4 and \
                t[0].endswith(shape.ADJ_ENDINGS):
            table.setdefault((t[0][len(shape.ARTICLE):],), (pid, role))
    # ... and a masculine one in the accusative too ("هجوما حوثيا"، "قصفا أرمنيا")
    for t, (pid, role) in list(table.items()):
        if len(t) == 1 and role == "cue" and len(t[0]) > 3 and t[0].endswith(shape.NISBA) and \
                not t[0].startswith(shape.ARTICLE):
            table.setdefault((t[0] + shape.ACC_ENDING,), (pid, role))
    # ... and a feminine one is a cue in the dual too ("أمريكية": "غارتين أمريكيتين"، "مسيرتان إسرائيليتان")
    for t, (pid, role) in list(table.items()):
        if len(t) == 1 and role == "cue" and len(t[0]) > 4 and t[0].endswith(shape.NISBA + shape.TA_MARBUTA[1]):
            for ending in shape.DUAL_SUFFIXES:
                table.setdefault((t[0][:-1] + shape.TA + ending,), (pid, role))
    return table


@lru_cache(maxsize=None)
def _outlet_table(profile: Profile) -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for p in profile.parties:
        for name in p.outlets:
            t = _toks(name)
            if t and p.id not in table.get(t, ()):
                table[t] = table.get(t, ()) + (p.id,)
    return table


@lru_cache(maxsize=None)
def _local_keys(profile: Profile) -> frozenset[tuple[str, ...]]:
    table = profile.cue_table
    return frozenset(t for p in profile.parties for t in map(_toks, p.local_cues) if t and table.get(t, ("",))[0] == p.id)


@lru_cache(maxsize=None)
def _conduit_table(profile: Profile) -> dict[tuple[str, ...], str]:
    table = {}
    for label, names in profile.conduits.items():
        for n in names:
            t = _toks(n)
            if t:
                table[t] = label
    return table


def available_profiles() -> list[str]:
    return sorted(p.stem for p in PROFILE_DIR.glob("*.json") if p.stem not in _NOT_PROFILES)


def load_profiles() -> tuple[Profile, ...]:
    """Every profile in ``data/profiles/``, sorted by id."""
    return tuple(load_profile(name) for name in available_profiles())


@lru_cache(maxsize=1)
def shared_parties() -> dict[str, dict]:
    """The shared party table of ``parties.json``: id -> label_en, label_ar, color, cue lists."""
    path = PROFILE_DIR / "parties.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        table = data["parties"]
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as err:
        raise ProfileError(f"shared party table {str(path)!r} is not readable: {err!r}; "
                           "expected JSON with a 'parties' object of id -> {label_en, label_ar, color, ...}") from err
    if not isinstance(table, dict) or not all(isinstance(v, dict) and "color" in v for v in table.values()):
        raise ProfileError(f"shared party table {str(path)!r}: every party needs a 'color'")
    return table


def _party(p: dict, where: str) -> Party:
    """One party of a profile, completed from the shared table (its colour always comes from there)."""
    base = shared_parties().get(p["id"], {})
    color = base.get("color")
    if color is None:
        color = p["color"]
    elif p.get("color", color) != color:
        raise ProfileError(f"{where}: party {p['id']!r} has colour {p['color']!r} but the shared table "
                           f"parties.json gives it {color!r}; a party keeps one colour in every theatre")
    lists = {}
    for key in _LISTS:
        merged = list(p.get(key, ()))
        seen = set(merged)
        merged += [x for x in base.get(key, ()) if x not in seen]
        lists[key] = tuple(merged)
    return Party(p["id"], p.get("label_en", base.get("label_en", p["id"])), p.get("label_ar", base.get("label_ar", "")),
                 color, lists["cues"], lists["metonyms"], lists["speakers"], lists["institutions"],
                 p.get("default_type", base.get("default_type")), lists["local_cues"], lists["outlets"],
                 bool(p.get("state_media", base.get("state_media", False))))


def load_profile(name_or_path: str | Path = DEFAULT_PROFILE) -> Profile:
    """Load a profile by name (``karabakh``) or path; errors list the profiles there are."""
    path = Path(name_or_path)
    if path.suffix != ".json":
        path = PROFILE_DIR / f"{name_or_path}.json"
    return _load(str(path.resolve()))


@lru_cache(maxsize=16)
def _load(path_s: str) -> Profile:
    path = Path(path_s)
    if not path.exists():
        raise ProfileError(f"no conflict profile {path.stem!r} (looked for {path}); available: {available_profiles()}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        common = json.loads((PROFILE_DIR / "common.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ProfileError(f"conflict profile {str(path)!r} is not readable JSON: {err}") from err
    try:
        parties = tuple(_party(p, f"conflict profile {str(path)!r}") for p in data["parties"])
        conduits = {k: tuple(v) for k, v in common.get("conduits", {}).items()}
        conduits.update({k: tuple(v) for k, v in data.get("conduits", {}).items()})
        profile = Profile(
            id=data["id"], name_en=data.get("name_en", data["id"]), name_ar=data.get("name_ar", ""),
            theatre=Theatre.from_dict(data.get("theatre", {})), parties=parties,
            fallback_party=data.get("fallback_party", "Other"),
            descriptions=dict(data.get("descriptions", {})), conduits=conduits,
            governs={str(k): str(v) for k, v in data.get("governs", {}).items()},
            governs_near={str(k): tuple((float(t["lat"]), float(t["lon"]), t.get("country")) for t in v)
                          for k, v in data.get("governs_near", {}).items()},
            governs_near_km=float(data.get("governs_near_km", GOVERNS_NEAR_KM)),
            contested_areas_by_country=bool(data.get("contested_areas_by_country", False)),
            municipal_own=frozenset(str(c) for c in data.get("municipal_own", ())),
            parallel_offices=bool(data.get("parallel_offices", False)),
            shared_institutions=tuple(str(x) for x in data.get("shared_institutions", ())),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise ProfileError(f"conflict profile {str(path)!r} is malformed: {err!r}; "
                           "each party needs an id, and a color unless parties.json gives one") from err
    from .model import EVENT_TYPES

    for p in profile.parties:
        if p.default_type is not None and p.default_type not in EVENT_TYPES:
            raise ProfileError(f"profile {profile.id!r}, party {p.id!r}: default_type {p.default_type!r} "
                               f"is not one of {EVENT_TYPES}")
    ids = profile.party_ids
    if len(set(ids)) != len(ids):
        raise ProfileError(f"profile {profile.id!r} lists a party twice: {list(ids)}")
    for party in profile.governs_near:
        if party not in profile.party_ids:
            raise ProfileError(f"profile {profile.id!r}: governs_near names {party!r}, which is not one of its "
                               f"parties {list(profile.party_ids)}")
    for cc, party in profile.governs.items():
        if party not in profile.party_ids:
            raise ProfileError(f"profile {profile.id!r}: governs {cc!r} by {party!r}, which is not one of its "
                               f"parties {list(profile.party_ids)}")
    if profile.fallback_party not in profile.party_ids:
        raise ProfileError(f"profile {profile.id!r}: fallback_party {profile.fallback_party!r} "
                           f"is not one of its parties {list(profile.party_ids)}")
    return profile
