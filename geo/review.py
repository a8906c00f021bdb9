"""Review: how sure the machine is of an event, its review status, and its stance against others.

Pure functions of an event's own fields (an ``Event`` or a row of ``EventStore.frame``), so that the
same numbers come out of the app, an export or a script, and the extractor's own evidence can feed
them later (``place_score``, ``attribution``) without changing their callers.
"""

from __future__ import annotations

import math
from typing import Mapping, Sequence

__all__ = ["outlet_of", "confidence", "confidence_column", "status_of", "stance_of", "opposing", "STATUSES", "DISPLAY_STANCES",
           "NEEDS_REVIEW_BELOW"]

#: Review statuses, in the order a queue shows them after "needs review".
STATUSES = ("machine", "needs_review", "confirmed", "corrected", "rejected")
#: How an event stands to the others: the claimant's own action (claim), blame of another party
#: (accusation), a denial, or an accusation/claim answering another party's claim of that day and
#: place (counter).
DISPLAY_STANCES = ("claim", "accusation", "denial", "counter")
#: Below this confidence an event nobody reviewed waits in the review queue.
NEEDS_REVIEW_BELOW = 0.6

#: What lowers (or raises) the confidence, and by how much: (reason, weight).
_PENALTIES = {
    "claimant_fallback": 0.35,   # nobody was found to attribute the report to: the profile's fallback party
    "no_attacker": 0.1,          # the report names no attacker
    "type_other": 0.15,          # the kind of attack was not recognised
    "precision_region": 0.1,     # only a province or region
    "precision_country": 0.25,   # only a country
    "undated": 0.15,             # no date could be read
    "place_unresolved": 0.3,     # no coordinates
}
_BONUS_PER_SOURCE = 0.05  # each further article reporting it, up to three


def outlet_of(source: str | None, url: str | None, article: str | None = None) -> str:
    """Who published an article: its outlet header, else its URL's domain, else its file name."""
    from urllib.parse import urlsplit

    if isinstance(source, str) and source.strip():
        return source.strip()
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        host = (urlsplit(url).hostname or "").lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    return article or ""


def _get(ev, name, default=None):
    if isinstance(ev, Mapping):
        return ev.get(name, default)
    return getattr(ev, name, default)


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v == ""


def confidence(ev, *, fallback_party: str | None = "Other", place_score: float | None = None,
               attribution: str | None = None) -> tuple[float, tuple[str, ...]]:
    """(confidence in [0, 1], the reasons that lowered or raised it) of one event.

    ``ev``: an ``Event`` or a mapping of its fields (a frame row). ``fallback_party``: the party of
    the event's profile that stands for "no one found" (``Profile.fallback_party``). ``place_score``:
    the gazetteer's score of the place picked, when known (0..1). ``attribution``: the extractor's
    word on the claimant ("found", "carried" over from an earlier sentence, "fallback"), when known.
    """
    score, why = 1.0, []

    def lower(reason):
        nonlocal score
        score -= _PENALTIES[reason]
        why.append(reason)

    claimant = _get(ev, "claimant")
    if attribution == "fallback" or (attribution is None and fallback_party and claimant == fallback_party):
        lower("claimant_fallback")
    elif attribution == "carried":
        score -= 0.1
        why.append("claimant_carried")
    if _missing(_get(ev, "attacker")):
        lower("no_attacker")
    if _get(ev, "event_type") == "other":
        lower("type_other")
    precision = _get(ev, "precision")
    if precision == "region":
        lower("precision_region")
    elif precision == "country":
        lower("precision_country")
    if _missing(_get(ev, "date")) or _get(ev, "date_precision") == "unknown":
        lower("undated")
    if _missing(_get(ev, "lat")) and precision != "country":
        lower("place_unresolved")
    if place_score is not None and not _missing(place_score):
        ps = min(1.0, max(0.0, float(place_score)))
        if ps < 0.8:
            score -= (0.8 - ps) * 0.5
            why.append("place_score_low")
    n = _get(ev, "n_sources")
    if n is None:
        n = len(_get(ev, "sources", ()) or ()) or 1
    extra = min(3, max(0, int(n) - 1))
    if extra:
        score += extra * _BONUS_PER_SOURCE
        why.append("several_sources")
    if _get(ev, "corrected"):
        score = max(score, 0.95)  # a person fixed it
        why.append("corrected")
    return round(min(1.0, max(0.0, score)), 3), tuple(why)


def status_of(reviewed: str | None, *, corrected: bool, confidence: float) -> str:
    """The review status shown: what a person said, else corrected, else needs review (below
    ``NEEDS_REVIEW_BELOW``), else machine."""
    if reviewed and reviewed != "machine":
        return reviewed
    if corrected:
        return "corrected"
    return "needs_review" if confidence < NEEDS_REVIEW_BELOW else "machine"


def stance_of(stance: str, claimant: str, attacker: str | None, *, answers: bool = False) -> str:
    """One of ``DISPLAY_STANCES``: a denial; else a counter-claim when it ``answers`` an earlier
    claim of another party at that place and day; else an accusation when it blames another party;
    else the claimant's own claim."""
    if stance == "denial":
        return "denial"
    if answers:
        return "counter"
    if attacker and not _missing(attacker) and attacker != claimant:
        return "accusation"
    return "claim"


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def opposing(dates: Sequence, claimants: Sequence[str], lats: Sequence, lons: Sequence,
             contested: Sequence[bool], *, km: float = 5.0) -> dict[int, list[int]]:
    """Row -> the rows of other claimants that contest it: contested rows of the same date within
    ``km`` of it (the store's merge distance), nearest first. Rows are positions in the sequences."""
    by_date: dict = {}
    for i, (d, x, la) in enumerate(zip(dates, contested, lats)):
        if x and not _missing(la) and not _missing(d):
            by_date.setdefault(d, []).append(i)
    out: dict[int, list[int]] = {}
    for rows in by_date.values():
        for i in rows:
            near = []
            for j in rows:
                if j != i and claimants[j] != claimants[i]:
                    dist = _km(lats[i], lons[i], lats[j], lons[j])
                    if dist <= km:
                        near.append((dist, j))
            if near:
                out[i] = [j for _, j in sorted(near)]
    return out


def confidence_column(frame, fallback_of: Mapping[str, str | None]):
    """``confidence`` of every row of an events frame at once (numpy; the same numbers, for the
    tens of thousands of rows of a map): ``fallback_of`` maps a row's profile to its fallback party."""
    import numpy as np
    import pandas as pd

    n = len(frame)
    if not n:
        return np.zeros(0)
    fallback = frame["profile"].map(lambda p: fallback_of.get(p)).to_numpy(dtype=object)
    claimant = frame["claimant"].to_numpy(dtype=object)
    attacker = frame["attacker"]
    precision = frame["precision"].to_numpy(dtype=object)
    score = np.ones(n)
    score -= _PENALTIES["claimant_fallback"] * ((claimant == fallback) & pd.notna(fallback))
    score -= _PENALTIES["no_attacker"] * (attacker.isna() | (attacker == "")).to_numpy()
    score -= _PENALTIES["type_other"] * (frame["event_type"].to_numpy(dtype=object) == "other")
    score -= _PENALTIES["precision_region"] * (precision == "region")
    score -= _PENALTIES["precision_country"] * (precision == "country")
    undated = frame["date"].isna().to_numpy()
    if "date_precision" in frame:
        undated = undated | (frame["date_precision"].to_numpy(dtype=object) == "unknown")
    score -= _PENALTIES["undated"] * undated
    score -= _PENALTIES["place_unresolved"] * (frame["lat"].isna().to_numpy() & (precision != "country"))
    sources = frame["n_sources"].to_numpy(dtype=float) if "n_sources" in frame else np.ones(n)
    score += _BONUS_PER_SOURCE * np.clip(sources - 1, 0, 3)
    corrected = frame["corrected"].to_numpy(dtype=bool) if "corrected" in frame else np.zeros(n, dtype=bool)
    score = np.where(corrected, np.maximum(score, 0.95), score)
    return np.round(np.clip(score, 0.0, 1.0), 3)
