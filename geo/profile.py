"""Conflict profiles: the parties of a conflict, their Arabic cues and colours, as data.

A profile is a JSON file in ``data/profiles/``; no party name lives in Python. ``common.json``
beside them lists the news outlets, which are conduits of claims, never claimants.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from gazetteer import Theatre, normalize
from gazetteer.gazetteer import DATA_DIR

from .errors import ProfileError

__all__ = ["Party", "Profile", "load_profile", "available_profiles", "PROFILE_DIR", "DEFAULT_PROFILE"]

#: The profile an article is read with when it names none (the first theatre).
DEFAULT_PROFILE = "karabakh"

PROFILE_DIR = DATA_DIR / "profiles"


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
    conduits: dict[str, tuple[str, ...]] = field(default_factory=dict)

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


def _toks(phrase: str) -> tuple[str, ...]:
    return tuple(normalize(phrase).split())


@lru_cache(maxsize=None)
def _cue_table(profile: Profile) -> dict[tuple[str, ...], tuple[str, str]]:
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for p in profile.parties:
        for role, phrases in (("speaker", p.speakers), ("institution", p.institutions),
                              ("metonym", p.metonyms), ("cue", p.cues)):
            for ph in phrases:
                t = _toks(ph)
                if t and t not in table:
                    table[t] = (p.id, role)
    return table


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
    return sorted(p.stem for p in PROFILE_DIR.glob("*.json") if p.stem != "common")


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
        parties = tuple(
            Party(p["id"], p.get("label_en", p["id"]), p.get("label_ar", ""), p["color"],
                  tuple(p.get("cues", ())), tuple(p.get("metonyms", ())), tuple(p.get("speakers", ())),
                  tuple(p.get("institutions", ())), p.get("default_type"))
            for p in data["parties"]
        )
        conduits = {k: tuple(v) for k, v in common.get("conduits", {}).items()}
        conduits.update({k: tuple(v) for k, v in data.get("conduits", {}).items()})
        profile = Profile(
            id=data["id"], name_en=data.get("name_en", data["id"]), name_ar=data.get("name_ar", ""),
            theatre=Theatre.from_dict(data.get("theatre", {})), parties=parties,
            fallback_party=data.get("fallback_party", "Other"),
            descriptions=dict(data.get("descriptions", {})), conduits=conduits,
        )
    except (KeyError, TypeError, ValueError) as err:
        raise ProfileError(f"conflict profile {str(path)!r} is malformed: {err!r}; "
                           "each party needs id and color") from err
    from .model import EVENT_TYPES

    for p in profile.parties:
        if p.default_type is not None and p.default_type not in EVENT_TYPES:
            raise ProfileError(f"profile {profile.id!r}, party {p.id!r}: default_type {p.default_type!r} "
                               f"is not one of {EVENT_TYPES}")
    if profile.fallback_party not in profile.party_ids:
        raise ProfileError(f"profile {profile.id!r}: fallback_party {profile.fallback_party!r} "
                           f"is not one of its parties {list(profile.party_ids)}")
    return profile
