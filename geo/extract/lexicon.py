"""The extractor's word knowledge, loaded from one data file per language (``data/lang/ar.json``).

Every group of words has a role (reporting verbs, attack words by type, words of threat ...) and a
note saying it. A group lists forms as they are (``words``) and lemmas whose forms are generated
here when the file is loaded (``verbs``: ``{"past": "قصف", "present": "يقصف"}``, with ``"not"``
listing generated forms that are other words; ``nouns``:
``{"sg": "غارة", "pl": "غارات"}``), never per word at run time. Words are normalised with
``gazetteer.normalize`` on loading, so the stages compare normalised forms only.

``Lexicon.load()`` is the default lexicon (cached); ``Lexicon.load(path)`` reads another file, for
instance a copy with one more attack word: pass it to ``extract(..., lexicon=...)``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from gazetteer import normalize

from ..errors import GeoInputError
from . import shape

__all__ = ["Lexicon", "LexiconError", "DEFAULT_PATH", "verb_forms", "noun_forms"]

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "lang" / "ar.json"


class LexiconError(GeoInputError):
    """A lexicon file that cannot be read or lacks a group the stages need."""


# ---------------------------------------------------------------- form generation
_PAST_SUFFIXES = shape.PAST_SUFFIXES
_PRESENT_PREFIXES = shape.PRESENT_PREFIXES
_PRESENT_SUFFIXES = shape.PRESENT_SUFFIXES


def verb_forms(past: str, present: str | None = None, *, objects: bool = False) -> set[str]:
    """The forms of a verb entered by its past and present (third person): past he / she / they /
    the two; present he / she / they / the two (``يقصف`` -> يقصف تقصف يقصفون تقصفون يقصفان تقصفان);
    with ``objects``, each also with an object pronoun (``استهدفته``، ``قصفوها``، ``يستهدفونه``: a
    relative clause's "منزل استهدفته الطائرات")."""
    out = {past + s for s in _PAST_SUFFIXES}
    if present:
        out |= present_forms(present)
    if objects:
        # (the ا of "وا" is dropped before a pronoun: "قصفوا" -> "قصفوه")
        out |= {(f[:-1] if f.endswith(shape.THEY_PAST) else f) + o for f in out for o in shape.OBJECT_SUFFIXES}
    return out


def present_forms(present: str) -> set[str]:
    """The present-tense forms of a verb entered by its present (third person): he / she / we, singular,
    plural and dual."""
    stem = present[1:] if present[:1] in _PRESENT_PREFIXES else present
    return {p + stem + s for p in _PRESENT_PREFIXES for s in _PRESENT_SUFFIXES}


def noun_forms(sg: str, pl: str | None = None, *, article: bool = True, dual: bool = True) -> set[str]:
    """A noun's forms: singular, its plural if given, the dual (``غارتين``/``غارتان`` from ``غارة``),
    each also with the article when ``article``."""
    base = [sg] + ([pl] if pl else [])
    if dual:
        d = sg[:-1] + shape.TA if sg.endswith(shape.TA_MARBUTA) else sg
        base += [d + s for s in shape.DUAL_SUFFIXES]
    out = set(base)
    if article:
        out |= {shape.ARTICLE + w for w in base}
    return out


def _group_forms(name: str, group: dict) -> set[str]:
    if not isinstance(group, dict) or "note" not in group:
        raise LexiconError(f"group {name!r}: expected an object with a 'note' and 'words', 'verbs' or 'nouns'")
    forms = set(group.get("words", ()))
    for v in group.get("verbs", ()):
        # "not": generated forms that are other words ("تدمر" is Palmyra, not "she destroys")
        forms |= verb_forms(v["past"], v.get("present"), objects=v.get("objects", False)) - set(v.get("not", ()))
    for n in group.get("nouns", ()):
        forms |= noun_forms(n["sg"], n.get("pl"), article=n.get("article", True), dual=n.get("dual", True))
    return forms


def _n(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


# ---------------------------------------------------------------- the lexicon
@dataclass(frozen=True, eq=False)
class Lexicon:
    """The word groups of one language, normalised, by role (an attribute per group of the data
    file, a frozenset of forms), with the tables derived from them."""

    path: Path
    groups: dict[str, frozenset[str]]
    triggers: dict[str, str]  # attack word -> event type (or "generic")
    num_words: dict[str, int]
    toll_pairs: frozenset[tuple[str, str]]
    months: dict[str, int]  # normalised month name -> month
    weekdays: dict[str, int]  # normalised weekday -> weekday (Monday 0)
    anaphors: dict[str, str]  # "للقاعده" -> "قاعده"
    dates: dict[str, Any]  # the date expressions as the file gives them (ordinals, patterns), read by dates.py
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # per-lexicon tables of the stages
    type_plurals: dict[str, str] = field(default_factory=dict)  # "احياء" -> "حي": a list's items read with the singular

    def __post_init__(self) -> None:
        # Every group a plain attribute: the stages read them in their inner loops. (No __getattr__:
        # CPython does not specialise attribute reads on a class that has one, which made every
        # ``lx.<group>`` a slow generic look-up, some 8% of the extractor's time.)
        # (Each name interned: a group's name read from the data file is a new string, and CPython's
        # specialised attribute read compares the name it looks for with the instance dict's key by
        # identity; with the file's string as the key it missed, fell back to the generic look-up, and
        # gave up specialising for a while, at every ``lx.<group>`` of the stages.)
        for name, words in self.groups.items():
            if name not in self.__dict__:
                object.__setattr__(self, sys.intern(name), words)

    @staticmethod
    def load(path: str | Path | None = None) -> "Lexicon":
        """The lexicon of a data file (default ``data/lang/ar.json``), read and generated once per path."""
        return _load(Path(path).resolve() if path is not None else DEFAULT_PATH)


@lru_cache(maxsize=8)
def _load(path: Path) -> Lexicon:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise LexiconError(f"{path}: cannot read the lexicon ({err})") from err
    try:
        groups = {name: _n(_group_forms(name, g)) for name, g in data["groups"].items()}
        triggers: dict[str, str] = {}
        present: set[str] = set()  # the present-tense forms of the attack verbs ("يشن"، "تقصف"): ongoing
        verbs: set[str] = set()  # every form of the attack verbs ("استهدف"، "قصفت"، "يشن")
        for ty, g in data["attack_words"]["types"].items():
            for w in _group_forms(ty, {"note": "", **g}):
                triggers[normalize(w)] = ty
            verbs |= _n(_group_forms(ty, {"note": "", "verbs": g.get("verbs", [])}))
            for v in g.get("verbs", ()):
                if v.get("present"):
                    present |= {normalize(f) for f in present_forms(v["present"])}
        # possessive forms of the weapons and aircraft ("طيراننا"، "مدفعيتها"): read as the bare noun, and
        # as the speaker's own side
        for bare in groups["possessed_arms"]:
            owned = frozenset(shape.possessed(bare, suffix) for suffix in shape.POSSESSIVES)
            for name in ("aircraft", "weapons", "unmanned"):
                if bare in groups[name]:
                    groups[name] = groups[name] | owned
            groups["own_forces"] = groups["own_forces"] | owned
            if bare in triggers:
                for w in owned:
                    triggers.setdefault(w, triggers[bare])
        # what a party said, with "its" or "his" on it ("بيانها"، "تقريره"): the statement of the party named before
        groups["owned_reports"] = frozenset(shape.possessed(n, suffix) for n in groups["report_nouns"]
                                            if not n.startswith(shape.ARTICLE) for suffix in shape.POSSESSIVES[1:3])
        groups["present_attack"] = frozenset(present)
        groups["attack_verbs"] = frozenset(verbs)
        num_words = {normalize(k): int(v) for k, v in data["number_words"]["values"].items()}
        # (toll pairs and date words are compared as written: tokens are normalised, so "حتى" and
        # "مساء" never match as written — kept so for identical results, see the data file's note)
        toll_pairs = frozenset((a, b) for a, b in data["toll_pairs"]["pairs"])
        months = {normalize(n): int(m) for m, names in data["months"]["names"].items() for n in names}
        weekdays = {normalize(n): int(d) for n, d in data["weekdays"]["names"].items()}
        data["date_expressions"]["patterns"]  # (checked here: a file without them is no lexicon)
        for extra in ("anaphor_nouns", "was", "launch_prefixes", "past_verbs"):
            groups[extra] = _n(_group_forms(extra, data[extra]))
        groups["date_words"] = frozenset(_group_forms("date_words", data["date_words"]))
    except (KeyError, TypeError, AttributeError) as err:
        raise LexiconError(f"{path}: not a lexicon file ({err!r} missing or malformed)") from err
    bases = groups["anaphor_nouns"]
    anaphors = {pre + shape.ARTICLE + b: b for b in bases for pre in shape.ANAPHOR_PREFIXES} | {
        pre + shape.PREP_LI + b: b for b in bases for pre in shape.ANAPHOR_LI_PREFIXES}
    month_firsts = frozenset(m.split()[0] for m in months)
    groups["month_words"] = month_firsts | groups["month_word"]
    ago = data["date_expressions"].get("ago", {})
    groups["date_words"] = groups["date_words"] | frozenset(weekdays) | month_firsts | frozenset(
        _n([*ago.get("units", ()), *ago.get("duals", ())]))  # "قبل 10 أيام" may date an event
    groups["toll_firsts"] = frozenset(a for a, _b in toll_pairs)
    groups["own_arm_firsts"] = frozenset(p.partition(" ")[0] for p in groups["own_arm"])  # (a cheap test first)
    # the words a token's casualty flag comes from (``tokens._tok_info``: also after ب, "بمقتل")
    hurt = groups["killed"] | groups["injured"]
    groups["casualty_forms"] = hurt | frozenset(shape.PREP_BI + w for w in hurt)
    # the weapons also with the instrument ب on them ("بالمدفعية"): ``shape.strip_b(w) in weapons or w in weapons``
    # as one set look-up
    groups["weapons_b"] = groups["weapons"] | frozenset(
        shape.PREP_BI + w for w in groups["weapons"] if len(shape.PREP_BI + w) > 3)
    groups["armour_b"] = groups["armour"] | frozenset(shape.PREP_BI + w for w in groups["armour"])  # (a test first)
    # the office words and the locatives also with a و or ف on them: ``shape.in_group`` as one set look-up
    for name in ("jurisdiction_heads", "locatives"):
        groups[name + "_conj"] = groups[name] | frozenset(c + w for c in shape.CONJUNCTIONS for w in groups[name])
    g = groups
    g["attr_any"] = (g["attr_verbs"] | g["denial_verbs"] | g["attr_preps"] | g["conduit_heads"] | g["statement"]
                     | g["accusing_participles"] | g["answer_marks"] | g["question_marks"]
                     | g["statement_objects"])  # (a document handed over names the voice of what it says)
    from gazetteer.gazetteer import TYPE_WORDS

    g["known_words"] = (g["attr_verbs"] | g["denial_verbs"] | g["attr_preps"] | g["generic_sources"] | g["hypo"]
                        | g["target_preps"] | g["near"] | frozenset(TYPE_WORDS) | g["killed"] | g["injured"]
                        | g["own_forces"] | g["conduit_heads"] | g["comes_after"] | g["movement"] | g["overflight"]
                        | g["intercepted_it"])
    g["not_a_name"] = (g["known_words"] | frozenset(triggers) | g["stop"] | g["person"] | frozenset(num_words)
                       | g["date_words"] | g["total_words"] | g["forces"] | g["capture"] | g["purpose"]
                       | g["passive"] | g["be"] | g["origin"] | g["common"] | g["claim_openers"])  # ("بأنه" is no Baneh)
    g["vocab"] = (g["attr_any"] | g["not_a_name"] | g["killed"] | g["injured"] | g["total_words"] | g["kill_verbs"] | g["outbreak"]
                  | g["control_present"]
                  | g["start_of"] | g["topic_nouns"]
                  | g["toll_firsts"] | g["date_words"] | frozenset(triggers))
    plurals = {normalize(k): normalize(v) for k, v in data.get("type_plurals", {}).get("pairs", {}).items()}
    lex = Lexicon(path, groups, triggers, num_words, toll_pairs, months, weekdays, anaphors, data["date_expressions"],
                  type_plurals=plurals)
    return lex
