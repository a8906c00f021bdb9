"""Places: the names in the scope of an attack word, with their slots (after a target preposition or a
type word), containers ("X في إقليم Y"), origins of fire ("من أراضي"), places named before the
attack word and anaphors ("للقاعدة"); all looked up in the gazetteer."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import attrgetter

from gazetteer import Gazetteer, Place, normalize
from gazetteer.gazetteer import DIRECTION_ADJECTIVES, FACILITY_WORDS, TYPE_WORDS, _km, km_to_box
from gazetteer.normalize import clitic_splits, strip_article

from . import shape
from .lexicon import Lexicon
from .tokens import _Tok, _after_clitic, _boundary, _ends_name, passive
from .mentions import CONDUIT, PARTY, PlaceMatch, PlaceSpan


_NAMES: dict[int, tuple] = {}
_NORM = attrgetter("norm")


class _Names:
    """What the extractor derives from a gazetteer's index of Arabic names, once per gazetteer: may a
    name (or a name after a clitic) start with this word? Most words of a sentence cannot, and are
    then not looked up at all; and the names tried that the index does not know (``nameless``: name
    -> its first word), which need no second look."""

    def __init__(self, index: dict | None):
        self.index = index
        self.size = len(index) if index is not None else -1
        # first words of the multi-word names
        self.heads = {k.partition(" ")[0] for k in index if " " in k} if index is not None else set()
        self.memo: dict[str, bool] = {}
        self.nameless: dict[str, str] = {}
        self.classes: dict[frozenset[str], dict] = {}  # ``_places``'s words -> token -> its class (``_token_class``)

    def startable(self, word: str) -> bool:
        if self.index is None:
            return True  # an index we cannot read: look every word up
        ok = self.memo.get(word)
        if ok is None:
            if len(self.memo) > 200_000:
                self.memo.clear()
            w = word.partition(" ")[0]
            heads, index = self.heads, self.index
            ok = self.memo[word] = w in heads or w in index or (
                w[:1] in shape.CLITIC_LETTERS and (_after_clitic(w, heads) or _after_clitic(w, index)))
        return ok


def _names(gz: Gazetteer) -> _Names:
    index = getattr(gz, "_ar", None)
    if not isinstance(index, dict):
        index = None
    got = _NAMES.get(id(gz))
    if got is not None and got[0] is gz and got[1].size == (len(index) if index is not None else -1):
        return got[1]  # (a gazetteer that grew, gz.add(), gets new tables)
    names = _Names(index)
    if len(_NAMES) > 4:
        _NAMES.clear()
    _NAMES[id(gz)] = (gz, names)
    return names


#: A quarter of a city lies within this distance of its centre; a namesake farther off is another city's.
_QUARTER_KM = 30.0
#: A settlement at least this populous is a city with quarters (``ReadState.city``).
_CITY_POPULATION = 50_000


def _near(lx: Lexicon, toks, i: int) -> bool:
    """The place at token i is named as the surroundings of the target ("قرب X", "محيط مدينة X",
    "بالقرب من مدينة X")."""
    if i > 1 and toks[i - 1].stem in lx.prep_from and toks[i - 2].stem in lx.near:
        return True
    if i > 2 and toks[i - 2].stem in lx.prep_from and toks[i - 3].stem in lx.near and toks[i - 1].stem in TYPE_WORDS:
        return True
    near = i > 0 and (toks[i - 1].stem in lx.near or (i > 1 and toks[i - 2].stem in lx.near and toks[i - 1].stem in TYPE_WORDS))
    if near is False and i > 0 and toks[i - 1].stem in TYPE_WORDS and i > 1:
        near = toks[i - 2].stem in lx.near or (i > 2 and toks[i - 3].stem in lx.near)
    return near


def _count_of_ten(lx: Lexicon, toks, k: int) -> bool:
    """A count of ten or more attack things at token k ("61 مسيرة"، "عشرات الصواريخ")."""
    counted = k + 1 < len(toks) and bool(toks[k + 1].ty) and not toks[k + 1].brk  # "140 هجوما"، "عشرات الغارات"
    return counted and ten_or_more(lx, toks[k].stem)


def _countryside_of(lx: Lexicon, toks, at: int) -> bool:
    """The container at token ``at`` is named as a town's countryside ("في ريف درعا"، "بريف حلب")."""
    return any(toks[k].stem in lx.countryside or strip_article(toks[k].stem) in lx.countryside
               or toks[k].stem[1:] in lx.countryside for k in range(max(0, at - 1), at + 1))


def ten_or_more(lx: Lexicon, w: str) -> bool:
    """A word that counts ten or more: a number in figures or words, or a word of multitude ("عشرات")."""
    n = int(w) if w.isdigit() else lx.num_words.get(w)
    return (n is not None and n >= 10) or w in lx.multitude


#: How far (km) from the town it is said to lie in ("قرية X في ريف Y") a namesake X is no longer that village.
_FAR_FROM_CONTAINER_KM = 200.0
#: How far a place may lie from the town of the district it is printed in ("بمديرية بني حشيش").
_DISTRICT_KM = 40.0
#: How far (km) outside its theatre's area a camp, quarter or village named with its type word may lie.
_LOCAL_ABROAD_KM = 300.0


def _road_ends(lx: Lexicon, toks, spans: list) -> list:
    """The towns a road is named by ("على طريق دير الزور - الميادين قرب بلدة موحسن"): where a place near
    which it happened follows in the clause, the road's ends are no places of the event."""
    drop = set()
    for n, sp in enumerate(spans):
        i = sp[1]
        if i == 0 or shape.strip_b(toks[i - 1].stem) not in lx.road_words and toks[i - 1].stem not in lx.road_words:
            continue
        ends = [n]
        while ends[-1] + 1 < len(spans) and spans[ends[-1] + 1][1] == spans[ends[-1]][2] and toks[spans[ends[-1] + 1][1]].dash:
            ends.append(ends[-1] + 1)  # "طريق بعقوبة - خانقين": the other end, after a dash
        last = spans[ends[-1]]
        after = next((m for m in range(ends[-1] + 1, len(spans)) if spans[m][1] - last[2] <= 3
                      and not any(toks[q].brk for q in range(last[2], spans[m][1] + 1))
                      and toks[spans[m][1] - 1].stem in lx.near), None)
        if after is not None:
            drop.update(ends)
    return [sp for n, sp in enumerate(spans) if n not in drop] if drop else spans


def _unit_word(lx: Lexicon, tok: _Tok) -> bool:
    """Whether a container is printed with the word of a unit below a province ("بمديرية"، "قضاء"، "ناحية")."""
    return tok.stem in lx.district_units or any(st in lx.district_units for _p, st in clitic_splits(tok.norm))


def _common_with_article(gz: Gazetteer, theatre, form: str) -> bool:
    """Whether a name read by dropping the article is, with its article, an everyday word."""
    cands = gz.candidates(form, 1, theatre=theatre, fuzzy=False)
    return bool(cands) and any(r.startswith("common word") for r in cands[0].reasons)


def _bare_common(c) -> bool:
    """An everyday word that is a name only with (or without) the article: "على راعي أغنام" (الراعي)."""
    return "article" in c.reasons and any(r.startswith("common word") for r in c.reasons)


def _alike(tok, cand) -> bool:
    """A spelling variant counts only when it still looks like the place's name (مسافة is no Masyaf)."""
    if not cand.reasons[0].startswith("variant"):
        return True
    from rapidfuzz import fuzz

    names = [normalize(cand.place.name_ar)] if cand.place.name_ar else []
    stems = [tok.norm] + [stem for _p, stem in clitic_splits(tok.norm)]
    return any(fuzz.ratio(a, b) >= 75 for a in stems for b in names)


def _printed(span: list[_Tok], stem: str | None) -> str:
    """The place as printed, with a stripped clitic removed from the raw text."""
    raw = " ".join(t.raw for t in span)
    if stem is None:
        return raw.strip("«»\"'“”")
    first = span[0].raw
    j = _stem_start(first, stem)
    if j is not None:
        rest = " ".join(t.raw for t in span[1:])
        return (first[j:] + (" " + rest if rest else "")).strip("«»\"'“”")
    return raw


@lru_cache(maxsize=1 << 14)
def _stem_start(first: str, stem: str) -> int | None:
    """Where the stem of a printed word begins, past its clitic ("وبمدينة" -> 3): normalised suffix by
    suffix, so once per word form and stem, not at every mention."""
    for j in range(len(first)):
        if normalize(first[j:]) == stem or normalize(shape.ARTICLE + first[j:]) == stem:
            return j
    return None


def _contains(lx: Lexicon, toks, inner, outer) -> bool:
    """Whether the place ``outer`` (place, start, end, ...) is printed as the container of ``inner``
    right after it: "X في إقليم Y", "X التابعة لمحافظة Y", "X بمحافظة Y" (not a list "X وY")."""
    rank = {"settlement": 0, "district": 1, "region": 2, "country": 3}
    between = {toks[k].stem for k in range(inner[2], outer[1])}
    listed = any(toks[k].raw.startswith(shape.CONJ) for k in range(inner[2], outer[1] + 1))
    return bool((between & lx.container or toks[outer[1]].norm.startswith(shape.PREP_BI)) and rank[outer[0].kind] >= rank[inner[0].kind]
                and not (between & {shape.CONJ}) and not listed)


#: An area no wider than this (km) is placed by a compass phrase after it like a town ("المواصي غرب خان يونس").
_SMALL_AREA_KM = 15.0


def _reference(lx: Lexicon, toks, a: int, b: int) -> bool:
    """Whether the words from ``a`` to ``b`` make the place after them a reference point of the one
    before: only compass, nearness and distance words (and numbers), at least one of the first two."""
    k = a
    while k < min(b - 1, a + 2) and not toks[k].brk and toks[k].stem not in lx.compass and (
            toks[k].stem.startswith(shape.PREP_LI) or (
                toks[k].norm.startswith(shape.ARTICLE) and shape.is_adjective_form(toks[k].norm)
                and toks[k].norm not in DIRECTION_ADJECTIVES)):
        k += 1  # "مخيم أبو شوك للنازحين شمال الفاشر"، "بلدة الزربة الاستراتيجية جنوب غربي حلب": a complement
    a = k
    if b <= a:
        return False
    words = [toks[k] for k in range(a, b)]
    if any(t.brk and not t.comma for t in words[:-1]):
        return False
    if not any(t.stem in lx.compass or t.stem in lx.near or t.stem in lx.border for t in words) and \
            not (a > 0 and toks[a - 1].stem in lx.border):  # "معبر نصيب الحدودي مع الأردن"
        return False
    return all(t.stem in lx.compass or t.stem in lx.near or t.stem in lx.border or t.stem in lx.distance
               or t.stem.isdigit() for t in words)


_ALIAS_KM = 5  # a name in parentheses this close to the place before it is that place's other name


def _drop_containers(lx: Lexicon, toks, places, containers: dict | None = None):
    """"X في إقليم Y": Y only contains X; keep the more precise place (and note in ``containers``
    that Y contains X, so that a headline naming only Y is the same event)."""
    if len(places) < 2:
        return places
    rank = {"settlement": 0, "district": 1, "region": 2, "country": 3}
    out = []
    for n, (p, i, j, printed, near) in enumerate(places):
        prev = places[n - 1] if n else None
        if prev is not None and toks[i].paren and i - prev[2] <= 1 and (p.id == prev[0].id or _km(
                p.lat, p.lon, prev[0].lat, prev[0].lon) <= max(prev[0].radius_km or 0, p.radius_km or 0, _ALIAS_KM)):
            continue  # "لمنطقة عين العرب (كوباني)": the same place again, in parentheses (the town that names the district)
        if prev is not None and p.id == prev[0].id and i - prev[2] <= 1 and not toks[i].brk:
            continue  # "العاصمة الليبية طرابلس": the capital named again by its name
        if prev is not None and i - prev[2] == 1 and toks[prev[2]].stem in lx.on_prep and toks[i].stem in lx.waters \
                and p.kind == "region":
            continue  # "محطة نفطية في ميناء توابسه على البحر الأسود": the sea locates the port
        if prev is not None:
            between = {toks[k].stem for k in range(prev[2], i)}
            listed = any(toks[k].raw.startswith(shape.CONJ) and toks[k].stem not in lx.compass  # (not "وسط")
                         and not (toks[k].stem in TYPE_WORDS and toks[k].stem.startswith(shape.CONJ))  # (nor "ولاية":
                         # a و of the word itself)
                         for k in range(prev[2], i + 1))  # "X وقرى في محافظة Y"
            if not listed and (rank[prev[0].kind] <= rank["district"] or (
                    prev[0].kind == "region" and (p.kind in ("district", "region") or (
                        prev[0].radius_km is not None and prev[0].radius_km <= _SMALL_AREA_KM)))) \
                    and (_reference(lx, toks, prev[2], i) or (i == prev[2] and toks[i].stem in lx.compass)):
                # (and "وادي حوران غربي الأنبار": an area off another; "منطقة النبطية جنوب لبنان"، "المنطقة
                # الخضراء وسط بغداد": a name read with its compass word)
                # "بلدة طمون جنوب طوباس"، "X على بعد 5 كم شرق Y": Y only places X (and is no container:
                # a report at Y is not this one told again)
                continue
            described = prev[2] < len(toks) and toks[prev[2]].comma and toks[prev[2]].norm in lx.capital_of  # "ود مدني، عاصمة ولاية الجزيرة"
            # (a town printed as its province, "بمنطقة جازان"، "بمحافظة صعدة", ranks as the province)
            printed_kind = next((TYPE_WORDS[w] for w in (shape.strip_b(toks[q].stem) for q in (i - 1, i) if 0 <= q < len(toks))
                                 if w in TYPE_WORDS and TYPE_WORDS[w] in ("district", "region")), None)
            if i > 1 and toks[i - 1].stem in lx.operations and toks[i - 2].stem in lx.sector_heads:
                printed_kind = "region"  # "في وادي زغيتون ضمن قاطع عمليات كركوك": the command's sector, not the city
            p_rank = max(rank[p.kind], rank[printed_kind]) if printed_kind else rank[p.kind]
            # (not one more target added after a comma: "على مطار حماة، إضافة إلى بنى تحتية في منطقة برزة")
            far = not between.isdisjoint(lx.additive) and any(toks[k].comma for k in range(prev[2], i))
            # ("بلدة الزرارية قضاء صيدا"، "قرية بارة ناحية سنجار": a district's word right after the place)
            unit = i - prev[2] <= 1 and prev[2] < len(toks) and _unit_word(lx, toks[prev[2]]) and not toks[prev[2]].brk
            if (between & lx.container or toks[i].norm.startswith(shape.PREP_BI) or described or unit) and \
                    p_rank >= rank[prev[0].kind] and not (between & {shape.CONJ}) and not listed and not far:
                if p_rank == rank[prev[0].kind] and not printed_kind and i - prev[2] <= 2 and between <= lx.container \
                        and not any(toks[k].brk for k in range(prev[2], i + 1)) \
                        and (p.population or 0) < (prev[0].population or 0) \
                        and out and out[-1].place.id == prev[0].id and _km(p.lat, p.lon, prev[0].lat, prev[0].lon) <= max(
                            prev[0].radius_km or 0, _QUARTER_KM):
                    # the town first, then the quarter or village in it ("في مدينة غزة في حي الشجاعية"، "في إدلب في
                    # سرمين"): the smaller place is where it happened, the first only contains it
                    out.pop()
                    if containers is not None:
                        containers.setdefault(p.id, set()).update((prev[0].id, *normalize(prev[3]).split()))
                    out.append(PlaceSpan(p, i, j, printed, near))
                    continue
                if containers is not None:  # by id and by the words printed ("ريف إدلب الجنوبي")
                    containers.setdefault(prev[0].id, set()).update((p.id, *normalize(printed).split()))
                continue
        out.append(PlaceSpan(p, i, j, printed, near))
    return out


def _destination(lx: Lexicon, toks, a: int) -> bool:
    """Token ``a`` names where people or traffic went ("نزحوا نحو مدينة الحسكة"، "تحويل الرحلات إلى مطار
    مصراتة"): a preposition of direction before it, after a word of moving."""
    return a > 1 and toks[a - 1].stem in lx.direction_preps and any(_moving(lx, toks, q) for q in range(max(0, a - 5), a - 1))


def _moving(lx: Lexicon, toks, q: int) -> bool:
    """Token ``q`` is a word of moving, not its homograph after an attack word ("كمين غادر": a treacherous
    ambush, where "غادر" is "left" elsewhere) or a noun ("حافلة نقل")."""
    if toks[q].stem not in lx.movement:
        return False
    if q == 0 or toks[q].brk:
        return True
    prev = toks[q - 1]
    # (nor a verbal noun in construct: "حافلة نقل عام في مدينة كراماتورسك" is a bus, not a transfer)
    return not (prev.ty0 or prev.ty or (prev.stem[:1] == shape.PREP_LI and prev.stem[1:] in lx.triggers)
                or prev.stem in lx.construct_heads)


_UNSET = object()  # (no anaphor's place was saved)

#: The lexicon groups ``PlacesStage._places`` tests a word's stem (or form) against, besides its
#: roles and flags: a word in none of them, outside a slot, is passed over at once. (A test of a new
#: group in that loop must add the group here.)
_PLACES_GROUPS = ("aims", "appeal_verbs", "outage", "model_words", "river", "stationed", "adjacent", "located", "approaching",
                  "dispute", "over", "between", "fire_sources", "origin", "impact", "movement", "direction_preps",
                  "locatives", "target_preps", "near", "dual_types", "name_heads", "condemn", "attr_preps",
                  "arrest_nouns", "heard", "published", "situation", "unmentioned", "speech_participles", "family_words")


def _quiet_words(lx: Lexicon, desc_firsts: frozenset[str]) -> frozenset[str]:
    """Every word ``_places`` reads as more than a word that may start a name: the groups above, the
    type words, the plural type words and the first words of the profile's descriptions (once per
    lexicon and profile)."""
    key = ("places: words", desc_firsts)
    got = lx.cache.get(key)
    if got is None:
        got = lx.cache[key] = frozenset().union(*(getattr(lx, g) for g in _PLACES_GROUPS), TYPE_WORDS,
                                                 lx.type_plurals, desc_firsts)
    return got


#: A token's class in ``_places``, found once per token (tokens are shared by the occurrences of a form
#: after one kind of gap): plain (in no group, no attack word or boundary, and no name starts with it),
#: grouped (a word of one of the groups), or neither.
_PLAIN, _GROUPED, _OTHER = 0, 1, 2


class PlacesStage:
    """The place stage of the reader (a mixin of ``Reader``; uses its gazetteer, profile, lexicon and state)."""

    def _token_class(self, classes: dict, quiet: frozenset[str], t) -> int:
        if len(classes) > 200_000:
            classes.clear()
        if t.stem in quiet or t.norm in quiet:
            c = _GROUPED
        elif not t.ty and not t.brk and not self.startable(t.norm):
            c = _PLAIN
        else:
            c = _OTHER
        classes[t] = c
        return c

    _blocked: tuple | None = None  # (tokens, i, j): a local place abroad named at i:j, not to be read again
    _matched: tuple | None = None  # (tokens, [(i, PlaceMatch)]): the places matched in the sentence read now

    # -------------------------------------------------------------- places
    def _places(self, toks, roles, lo: int, hi: int, agent: str | None = None,
                slot: bool = False, own: str | None = None) -> list[PlaceSpan]:
        """The places named after an attack word, up to ``hi``. ``agent``: the party that attacks,
        when known; a capital that stands for another party ("ستيباناكيرت"، "باكو") is then the
        target when it is the attack's object: "إن القوات الأذربيجانية قصفت ستيباناكيرت". ``slot``:
        the first word is where a place goes (the subject of a passive verb). ``own``: the claimant;
        its own capital after an attack word with no named attacker is hit, not attacking ("قالت
        سلطات الإقليم إن القصف طال ستيباناكيرت")."""
        lx = self.lx
        out: list[PlaceSpan] = []
        i = lo
        # slot: after a target preposition, type word or list conjunction
        origin = False
        stationed = False  # "وحداتنا العاملة في X": X is where the attacker stands
        between = 0  # after "بين": 1 for the first place (kept, as its surroundings), 2 for the others
        list_type = None  # after a plural type word ("أحياء X وY"): its singular, read before every item
        overhead = False
        near_list = False  # after the dual of a word of surroundings ("ريفي إدلب وحماة"): every item is near
        moving = False  # after a word of people moving ("نزحوا"، "فرارا"): a place after "نحو/إلى" is where they go
        if lo > 2 and (toks[lo - 2].stem in lx.after_words or toks[lo - 2].stem in lx.cause_words) and any(
                _moving(lx, toks, q) and not any(toks[x].brk for x in range(q + 1, lo)) for q in range(max(0, lo - 6), lo - 2)):
            moving = True  # "غادرت عشر عائلات الحي بعد التفجير إلى صور": the attack is when they left, not where
        elif lo > 0 and lo < hi and toks[lo - 1].stem in lx.advance and toks[lo].stem in lx.heading:
            moving = True  # "قالت الدعم السريع إن قواتها تتقدم نحو الأبيض": where forces head, not where they fought
        heading = False  # ... and so is every place listed after it, up to a comma or an attack word
        heard = False  # after a word of hearing ("وسُمعت أصوات الانفجارات في"): where it was heard, up to a comma
        # a verb of landing was read, also just before the attack word ("سقط صاروخ أطلق من لبنان قرب كريات شمونة")
        landed = any(toks[k].stem in lx.impact for k in range(max(0, lo - 3), lo))
        quiet = _quiet_words(lx, self.desc_firsts)
        classes = self.names.classes.get(quiet)
        if classes is None:
            classes = self.names.classes[quiet] = {}
        while i < hi:
            t = toks[i]
            c = classes.get(t)
            if c is None:
                c = self._token_class(classes, quiet, t)
            if not slot and c == _PLAIN and not roles[i]:
                # most words: none of the tests below is true of them, and outside a slot no name starts
                # here (the loop would only step on)
                i += 1
                continue
            # (a word in none of the groups, ``quiet``, fails every group test below: only its gap counts)
            grouped = c == _GROUPED
            if grouped and i > lo and t.comma and t.stem in lx.speech_participles:
                break  # "...، مطالبا المجلس الرئاسي في طرابلس بوقف ...": the speaker goes on, of something else
            if grouped and i > lo and (t.stem in lx.appeal_verbs or t.norm in lx.appeal_verbs):
                break  # "...، ودعت الحكومة الاتحادية في بغداد إلى تحمل مسؤولياتها": the seat of those called on
            if grouped and i > lo and (t.stem in lx.condemn or (t.stem in lx.attr_preps and t.stem not in lx.statement)):
                break  # "...، وفق ما أكدته مديرية الصحة في درعا"، "فيما دانت وزارة الخارجية في دمشق الاعتداءات":
                # the source's or the condemner's seat, not a place hit
            if grouped and i > lo and (t.stem in lx.aims or t.norm in lx.outage or t.stem in lx.arrest_nouns):
                break  # "الضربات تهدف إلى إضعاف قدرتهم على تهديد الملاحة في البحر الأحمر": a purpose or a threat,
                # no place hit (and arrests: "واقتحام مخيم عقبة جبر واعتقالات في بيت أمر")
                # (nor a service cut: "وانقطاع الكهرباء عن أجزاء من السليمانية وأربيل")
            if i > lo and t.comma and not t.raw.startswith(shape.CONJ):
                origin = False
                stationed = False
                between = 0
                overhead = False
                near_list = False
                moving = False
                heading = False
                heard = False
            if grouped and (t.stem in lx.heard or t.stem in lx.published or t.stem in lx.situation or (t.stem in lx.unmentioned and any(
                    toks[q].stem in lx.not_before for q in range(max(lo, i - 3), i)))):
                heard = True  # (and what a statement did not name: "من دون أن تشير إلى مخمور"; where a text went
                # out: "والمعلومات المنشورة في باكو"; where a situation is: "والوضع الأمني في كركوك")
                i += 1
                continue
            if grouped and t.stem in lx.model_words and i + 1 < hi:
                # "بصاروخ باليستي نوع فلسطين 2"، "من طراز شاهد": the word after is a weapon's model, no place
                i += 2
                while i < hi and toks[i].stem.isdigit():
                    i += 1
                continue
            if grouped and t.stem in lx.family_words and i + 1 < hi and not toks[i + 1].brk and toks[i + 1].stem not in TYPE_WORDS:
                # "لعائلتي الكعابنة والرشايدة": a family's name, and the one joined to it, no place
                i += 2
                if i < hi and toks[i].raw.startswith(shape.CONJ) and not toks[i].brk and toks[i].stem not in TYPE_WORDS:
                    i += 1
                continue
            if grouped and t.stem in lx.river and not (i > lo and toks[i - 1].stem in lx.type_plurals):
                # "الضفة اليسرى لنهر دنيبرو"، "ضفاف نهر الفرات": the name after it is a river's, not a town's
                # (not a province named after one in a list: "ولايتي نهر النيل والشمالية")
                while i + 1 < hi and toks[i + 1].stem in lx.river:
                    i += 1
                m = self._match_place(toks, i + 1, hi, True, roles[i + 1]) if i + 1 < hi else None
                i = m[1] if m is not None else i + 2
                continue
            if grouped and (t.stem in lx.stationed or t.stem in lx.adjacent or (t.stem in lx.located and out and not (
                    i + 1 < hi and toks[i + 1].stem in lx.locatives)) or (
                    t.stem in lx.approaching and any(
                    toks[k].ty and toks[k].stem not in lx.attack_verbs for k in range(max(lo, i - 4), i))) or (
                    t.stem in lx.dispute and i + 1 < hi and toks[i + 1].stem in lx.target_preps)):
                # (and "النزاع على X": what the war is about; "المستوطنات القريبة من غزة": near what was hit;
                # "منطقة الحمادي الواقعة على الطريق بين الدلنج والأبيض": what only locates the place before
                # (not "قرية لوزوفا الواقعة في مقاطعة سومي": a container, read as one);
                # "مسيرة كانت تقترب من مطار أربيل": where the weapon was heading; not "استهدفت قافلة كانت
                # متجهة إلى سد تشرين": where the target was going locates it)
                stationed = True
                i += 1
                continue
            if grouped and t.stem in lx.over:
                # "أسقطت 47 مسيرة فوق مقاطعات بريانسك وكورسك": the airspace of provinces, up to a comma
                # (also "فوق أراضي مقاطعات ..."، "فوق أجواء محافظات ...": the lands or skies of provinces)
                at = i + 2 if i + 2 < hi and (toks[i + 1].stem in lx.origin_nouns or toks[i + 1].stem in lx.over) else i + 1
                overhead = 2 if at < hi and (toks[at].stem in lx.place_plurals
                                             or toks[at].stem in lx.province_duals) else 1
                if any(_count_of_ten(lx, toks, k) for k in range(max(0, i - 7), i)) or \
                        any(toks[k].stem.isdigit() for k in range(max(lo, i - 2), i)):
                    overhead = 2  # "أسقطت الدفاعات 61 مسيرة فوق العاصمة كييف"، "52 مسيرة، منها 18 فوق مقاطعة
                    # بيلغورود و12 فوق موسكو": a night's summary, no place hit
                i += 1
                continue
            if grouped and t.stem in lx.between and i + 1 < hi and not (i > lo and toks[i - 1].stem in lx.prep_from):
                between = 1  # "على الطريق بين الدلنج والأبيض": somewhere between, near the first
                if out and out[-1].end >= i - 3:
                    between = 2  # "في منطقة مطيبيجة على الحدود بين صلاح الدين وديالى": only where the place named lies
                i += 1
                continue
            if i > lo and t.brk and not t.comma:
                slot = False  # a colon, semicolon or quote ends a list ("في قره باغ: باكو تنشر")
                near_list = False
                heard = False
                if t.quote and origin == 1:
                    origin = False  # a quote closed on "من" ("واقتربا من القوات" شرقي بيت حانون): the place after
                    # it is where the quoted attack was, no origin
                if heading:
                    heading = stationed = False
            if grouped and t.stem in lx.fire_sources:
                origin = 2  # "قال الدفاع المدني إن مصدرها مواقع قوات النظام في كفرنبل": where the fire came from
                i += 1
                continue
            if grouped and t.stem in lx.origin and i + 1 < hi:
                nxt = toks[i + 1].stem
                if t.stem in lx.prep_from and (nxt in lx.month_words or nxt in lx.day_parts):
                    i += 1  # "في الثاني من تشرين الأول"، "الساعة السادسة من صباح أمس": a date or time, no origin
                    continue
                if t.stem in lx.prep_from and (i > lo and (toks[i - 1].stem in lx.near or toks[i - 1].stem in lx.partitive)
                                       or nxt.startswith(tuple(lx.between))
                                       or any(toks[k].stem in lx.parts for k in range(max(lo, i - 3), i))):
                    slot = True  # "بالقرب من X", "عددا من القرى", "من بينها X", "أحياء من مدينة X": no origin
                elif t.stem in lx.prep_from and i > lo and not toks[i].brk and (
                        toks[i - 1].stem in lx.operating or shape.in_group(toks[i - 1].stem, lx.approach_verbs)):
                    slot = True  # "استهدف مسلحا كان يعمل من داخل مجمع مدرسي في منطقة الشاطئ": where the target was
                    # (and "مسلحين ... اقتربوا من القوات شرق البريج": whom they approached, where they were)
                elif t.stem in lx.launching or nxt in lx.origin_nouns or (i > lo and toks[i - 1].stem[:4] in lx.launch_prefixes):
                    # "انطلاقا من مواقعها قرب X", "من منطقة X في Y", "أطلقها مسلحون من ...": the origin
                    # of fire, up to a comma or a word of direction (على، باتجاه، نحو).
                    origin = 2
                elif t.stem in lx.prep_from and i > lo and toks[i - 1].ty and (
                        (roles[i + 1] and roles[i + 1][0] == PARTY and roles[i + 1][2] != "metonym")
                        or shape.in_group(nxt, lx.forces)):
                    pass  # "لقصف مدفعي من الميليشيا المتمردة شمال الأبيض": by whom, no origin; the place after is hit
                elif origin != 2:
                    origin = 1  # "أطلقت من أراضي ...": up to the next preposition
                i += 1
                continue
            if grouped and t.stem in lx.impact:
                origin = False  # "صاروخ أطلق من لبنان سقط قرب كريات شمونة": where it landed follows
                landed = True
            elif grouped and origin and landed and t.stem in lx.near:
                origin = False  # the verb of landing first: "سقط صاروخ أطلق من لبنان قرب كريات شمونة"
            if grouped and t.stem in lx.movement and _moving(lx, toks, i):
                moving = True  # "نزحوا نحو مدينة الحسكة": where people go (not "الفرار عبر طريق X": where they were)
                if i + 1 < hi and toks[i + 1].norm.startswith(shape.PREP_LI) and not toks[i + 1].brk:
                    stationed = heading = True  # "ونقل لمستشفى طوباس": the ل of direction on the next word
                    moving = False
            elif grouped and moving and (t.stem in lx.direction_preps or t.stem in lx.locatives):
                stationed = True
                moving = False
                heading = True  # the rest of the list is where they went too ("نحو مدينة صور ومراكز الإيواء في صيدا")
                i += 1
                continue
            if grouped and (t.stem in lx.target_preps or t.stem in lx.near):
                near_list = t.stem in lx.near_duals
                if origin == 1 or (origin and t.stem in lx.toward
                                   and not (t.stem in lx.direction and toks[i - 1].stem in lx.prep_from)
                                   # ("من مواقع القوات الأرمينية في اتجاه منطقة باساركيتشار": where the positions lie)
                                   and not (origin == 2 and t.stem in lx.direction and toks[i - 1].stem in lx.prep_in)
                                   and not toks[i - 1].stem in lx.located):  # ("من القاعدة المقامة على قمة")
                    origin = False
                slot = True
                i += 1
                continue
            r = roles[i]
            if r and r[0] == CONDUIT:
                i += 1
                continue
            if r and r[0] == PARTY and r[2] in ("speaker", "institution"):
                i += 1
                continue
            if t.ty:  # an attack word ("بقصف مدينة بردعة بصواريخ ..."): no place, and it ends a slot
                slot = False  # (and an origin: "قصفا من الأراضي الأرمينية استهدف مدينة ترتر")
                if heading:  # (and a list of where people went)
                    heading = stationed = False
                if t.stem in lx.attack_verbs:
                    origin = False
                i += 1
                continue
            typed_before = _UNSET
            if r and r[0] == PARTY and r[2] == "metonym" and (agent or own) and \
                    all((roles[k] and roles[k][0] == PARTY) or toks[k].ty for k in range(lo, i)) and \
                    ((agent and agent != r[1]) or (not agent and own == r[1] and _ends_name(toks, i, hi))):
                # the other side's capital as the attack's object: "بقصف ستيباناكيرت"، "قصفت القوات
                # الأذربيجانية ستيباناكيرت" (elsewhere it is a party: "داعيا واشنطن إلى")
                m = self._match_place(toks, i, hi, True, r)
            elif slot or t.stem in TYPE_WORDS or t.stem in self.desc_firsts or self.startable(t.norm):
                typed_before = self.state.typed.get(t.stem) if t.stem in lx.anaphor_far else _UNSET
                m = self._match_place(toks, i, hi, slot, r)
            else:
                m = None  # no name starts with this word (see _match_place)
            if m is not None and m[1] < hi and (toks[m[1]].stem in lx.title_complements or toks[m[1]].stem in lx.made_words):
                m = None  # "استدعت القائم بالأعمال التركي": an office, not the town of al-Qaim ("مسيّرة تركية الصنع": a maker)
            if list_type is not None and slot and not t.ty0:
                # "أحياء بستان القصر والكلاسة والسكري": an item read with the list's type word ("حي السكري")
                bare = t.norm[1:] if shape.starts_with_conj(t.raw) and len(t.norm) > 3 else t.norm
                for L in (2, 1):
                    if i + L <= hi and not any(toks[k].sep for k in range(i + 1, i + L)):
                        key = " ".join([list_type, bare, *(x.norm for x in toks[i + 1:i + L])])
                        place, printed_stem = self._resolve_exactish(key, list_type, True)
                        if place is None and L == 1 and bare.startswith(shape.ARTICLE):
                            # an adjective's name takes the article on its type word: "ولايتي الخرطوم
                            # والشمالية" is "الولاية الشمالية"
                            place, printed_stem = self._resolve_exactish(shape.ARTICLE + key, list_type, True)
                        if place is not None and list_type in lx.local_units and self._abroad(place):
                            place = None  # (a quarter or village of a list lies where the report is: "أحياء
                            # الدرجة الأولى وأولاد الريف والتضامن" in El Fasher, not Damascus's Tadamon)
                        if place is not None and (m is None or m[1] <= i + L):
                            m = PlaceMatch(place, i + L, _printed(toks[i:i + L], bare if bare != t.norm else None),
                                           False)  # (even over
                            break  # a plain reading: "حيي المشهد" is Aleppo's quarter, not Mashhad)
            if m is None:
                if t.stem in lx.type_plurals or t.norm in lx.type_plurals:
                    list_type = lx.type_plurals.get(t.stem) or lx.type_plurals.get(t.norm)
                elif t.brk and not t.comma:
                    list_type = None
                if t.stem in TYPE_WORDS or t.stem in lx.dual_types or list_type and t.stem in lx.type_plurals:
                    slot = True  # "مدينة X", "مدينتي X وY"
                elif t.stem not in lx.stop and not t.stem.isdigit() and not (slot and (
                        t.stem in lx.distance or t.stem in lx.compass or t.stem in lx.km_units
                        or t.stem in lx.mile_units or t.stem in lx.nautical)):
                    # (a distance keeps the slot: "على بعد 54 ميلا بحريا جنوب شرقي عدن")
                    slot = False if len(t.stem) > 1 else slot
                if t.stem in lx.name_heads and i + 1 < hi and not toks[i + 1].sep and not toks[i + 1].brk:
                    i += 2  # "ناحية أبو راسين" unknown: not a place called "راسين"
                    continue
                i += 1
                continue
            place, j, printed, near = m
            if out and out[-1].end == i and t.dash and (place.kind != "settlement" or self.gz.inside(out[-1].place, place)):
                pass  # "في خراج بلدة سردا - مرجعيون": the district after a dash is where the village lies
            elif not origin and not stationed and not heard and between != 2 and not (
                    overhead == 2 or (overhead and place.kind in ("region", "country"))):
                out.append(PlaceSpan(place, i, j, printed, near or near_list or between == 1))
            elif t.stem in lx.anaphor_far and typed_before is not _UNSET:
                # a place that was not hit is not what "المطار" names later ("تحويل الرحلات إلى مطار
                # مصراتة بعد سقوط قذائف على مدرج المطار": Mitiga's runway)
                if typed_before is None:
                    self.state.typed.pop(t.stem, None)
                else:
                    self.state.typed[t.stem] = typed_before
            stationed = heading
            between = 2 if between else 0
            i = j
            slot = True  # lists: "مدن أ وب وج"
        # a country across a border ("عبر الحدود مع الأردن") is where the border runs, no target
        # (and both countries a border runs between: "على الحدود بين أرمينيا وأذربيجان")
        # (looked for only when a country was read: this runs for every slot of a sentence)
        between_at = next((k for k, t in enumerate(toks) if t.stem in lx.between and k > 0 and toks[k - 1].stem in lx.border),
                          None) if any(s.place.kind == "country" for s in out) else None
        out = [s for s in out if not (s.place.kind == "country" and s.start > 1 and (
            (toks[s.start - 1].stem in lx.border_with and toks[s.start - 2].stem in lx.border)
            or (between_at is not None and between_at < s.start <= between_at + 4)))]
        if not lx.road_words.isdisjoint(self._seen) and len(out) > 1:
            out = _road_ends(lx, toks, out)
        return _drop_containers(lx, toks, self._within(toks, out), self.state.containers)

    def _within(self, toks, places):
        """Places read with their containers (the gazetteer's ``resolve_in``): "بلدة X في منطقة Y"
        takes the X that lies in Y when several places are called X; "قرية X التابعة لمدينة Y" with
        X unknown is an event somewhere around Y (district precision), not in Y itself."""
        lx = self.lx
        out = list(places)
        more: list[PlaceSpan] = []
        for n, (p, i, j, printed, near) in enumerate(places):
            nxt = places[n + 1] if n + 1 < len(places) else None
            if nxt is not None and _contains(lx, toks, (p, i, j), nxt):
                # (memoised per pair of printed names for the run, as the names alone are)
                key = ("in", printed, _printed(toks[nxt[1]:nxt[2]], None))
                c = self.resolutions.get(key, _UNSET)
                if c is _UNSET:
                    c = self.resolutions[key] = self.gz.resolve_in(key[1], key[2], theatre=self.profile.theatre)
                if c is not None and c.place.id not in (p.id, nxt[0].id) and c.precision == c.place.kind:
                    out[n] = PlaceSpan(c.place, i, j, printed, near)
                elif c is not None and c.place.id == nxt[0].id and p.kind == "settlement" and ((
                        nxt[0].kind in ("district", "region") and not self.gz.inside(p, nxt[0])) or (
                        _countryside_of(lx, toks, nxt[1]) and ((p.country != nxt[0].country and nxt[0].country is not None)
                                                               or _km(p.lat, p.lon, nxt[0].lat, nxt[0].lon) > _FAR_FROM_CONTAINER_KM))
                        or ((toks[i].stem in lx.quarter_words or (i > 0 and toks[i - 1].stem in lx.quarter_words))
                            and nxt[0].kind == "settlement"
                            and _km(p.lat, p.lon, nxt[0].lat, nxt[0].lon) > _QUARTER_KM)
                        or (_unit_word(lx, toks[nxt[1]]) and _km(p.lat, p.lon, nxt[0].lat, nxt[0].lon) > _DISTRICT_KM)):
                    # (and a district the gazetteer knows by its town: "منطقة الرحبة بمديرية بني حشيش" is no Rahabah
                    # in Marib, 90 km away)
                    # (and a quarter of the city after it: "حي الرياض في مدينة الضعين" is no Khartoum's Riyadh)
                    # (and a town's countryside: "قرية صيدا في ريف درعا" is no Sidon, in another country)
                    # "قرية ستاريتسا في مقاطعة خاركيف" with only a namesake far from Kharkiv known: the
                    # village is somewhere in its container, under its own name, not the namesake
                    out[n] = PlaceSpan(nxt[0], i, j, printed, True)
                    self.state.placed_in[normalize(printed)] = nxt[0]
                continue
            prev = places[n - 1] if n else None
            if prev is not None and prev[2] >= i - 3:
                continue  # listed after another place, or its container: already read
            # "قرية زغلولستان التابعة لمدينة ترتر": a village word, a name no one knows, a container word
            back = [toks[k] for k in range(max(0, i - 5), i + 1)]  # Y's own first word may be "بمدينة"
            if back[-1].norm not in lx.container_types and back[-1].stem not in lx.container_types:
                back.pop()
            vill = [k for k, t in enumerate(back) if t.stem in lx.village_words or t.norm in lx.village_words
                    or strip_article(t.stem) in lx.site_nouns]
            cont = [k for k, t in enumerate(back) if (t.stem in lx.container or t.norm in lx.container_types
                                                      or t.stem in lx.container_types or t.stem in lx.located)
                    and (not vill or k > vill[-1])]
            bi = not cont and toks[i].norm.startswith(shape.PREP_BI) and not toks[i].brk
            if bi:
                cont = [len(back)]  # "سوق بانت بأم درمان": the ب on the container's own name
            if cont and vill and vill[-1] + 1 < cont[0]:
                base = max(0, i - 5)
                xa, xb = base + vill[-1] + 1, base + cont[0]  # X's words, after its village word
                while xb - 1 > xa and toks[xb - 1].stem in lx.compass:
                    xb -= 1  # "بلدة المزروب غربي بارا": the compass word is no part of the name
                if any(toks[k].ty or toks[k].attr for k in range(xa, xb)):
                    continue  # a new clause, not a name: "قصف على قرية عابدين وتوغل في بلدة نوى"
                if all(toks[k].stem in lx.place_adj or toks[k].stem in lx.not_a_name for k in range(xa, xb)) or (
                        bi or strip_article(back[vill[-1]].stem) in lx.site_nouns) and (
                        toks[xa].norm.startswith(shape.PREP_LI) or (shape.is_nisba(toks[xa].norm)
                                                                   and not toks[xa].raw.endswith(shape.ALIF_MAQSURA))
                        or toks[xa].norm.endswith(shape.ACC_ADJ_ENDING) or toks[xa].stem in lx.facility_complements):
                    # "أي حي سكني في مدينة درعا"، "سوق شعبي في"، "محطة لضخ المياه": no name, the town itself
                    continue
                ya = i if bi else base + cont[-1] + (0 if back[cont[-1]].norm in lx.container_types
                                                     or back[cont[-1]].stem in lx.container_types else 1)  # "لمدينة Y" or "Y"
                c = self.gz.resolve_in(" ".join(t.raw for t in toks[xa - 1:xb]), _printed(toks[ya:j], None),
                                       theatre=self.profile.theatre)
                if c is not None and c.place.id != p.id and c.precision == c.place.kind and \
                        not any(r.startswith("stands in for") for r in c.reasons):
                    # X is known with its village word ("بلدة سوس" in Lachin district, not Sos in Martuni)
                    out[n] = PlaceSpan(c.place, xa, xb, _printed(toks[xa:xb], None), near)
                elif p.kind in ("settlement", "district", "region"):
                    # placed around its container, under its own name ("قرية بهرافا" near Sinjar; "بلدة
                    # إيليينكا في جمهورية دونيتسك الشعبية": somewhere in the province, at its precision)
                    out[n] = PlaceSpan(p, i, j, _printed(toks[xa:xb], None), True)
                    if strip_article(back[vill[-1]].stem) in lx.site_nouns:
                        more.extend(self._sites_listed_after(toks, j, p, {q[1] for q in places}))
        return out + more if more else out

    def _sites_listed_after(self, toks, k: int, town: Place, taken: set[int]) -> list[PlaceSpan]:
        """The sites listed after one placed in a town ("سوق بانت بأم درمان، والمستشفى الصيني، وضاحية
        الثورة"): each unknown one is in the same town, under its own name (a known place is read as
        itself, as the list's other items are)."""
        lx = self.lx
        out: list[PlaceSpan] = []
        while len(out) < 6 and k + 1 < len(toks) and toks[k].comma and shape.starts_with_conj(toks[k].raw):
            head = toks[k].stem[1:] if toks[k].stem[:1] == shape.CONJ else toks[k].stem
            if strip_article(head) not in lx.site_nouns or k in taken:
                break
            end = k + 1
            while end < min(len(toks), k + 3) and not toks[end].brk and not toks[end].ty and \
                    toks[end].stem not in lx.target_preps and toks[end].stem not in lx.stop:
                end += 1
            printed = _printed(toks[k:end], None)
            out.append(PlaceSpan(town, k, end, printed[1:] if printed.startswith(shape.CONJ) else printed, True))
            k = end
        return out

    def _jurisdiction(self, toks, roles, lo: int, first: int, clitic: bool = False) -> list[PlaceSpan]:
        """The place its speaker governs, named with the office in the attribution, for an attack its
        words place nowhere else: "قال حاكم منطقة بيلغورود إن شخصين قتلا في هجوم بمسيرة على سيارة"،
        "أعلنت الإدارة العسكرية في مقاطعة خاركيف أن مدنيين أصيبوا جراء قصف" (the name right after the
        office or after its "في"; not a party's capital in between: "المعينة من قبل موسكو")."""
        lx = self.lx
        heads = lx.jurisdiction_heads_conj  # (``shape.in_group`` of jurisdiction_heads)
        for k in range(lo, min(first, lo + 12)):
            if toks[k].stem not in heads and not (k == lo and toks[k].stem in lx.admin_units):
                continue
            if k + 1 < first and toks[k].stem in lx.state_authorities and roles[k + 1] and \
                    roles[k + 1][0] == PARTY and (roles[k + 1][2] == "metonym" or (
                        roles[k] is roles[k + 1] and (k + 2 >= len(toks) or roles[k + 2] is not roles[k]))) and \
                    not shape.is_nisba(toks[k + 1].norm):
                break  # "وقالت سلطات صنعاء إن القصف متعمد": the Houthis' government, not Sanaa's office (not
                # "السلطات الروسية في زابوريجيا"، "السلطات المعينة من قبل موسكو في منطقة زابوريجيا": the
                # authorities a party installed in a region govern it)
            k0 = k
            while k + 1 < first and k < k0 + 2 and (toks[k + 1].stem in lx.office_domains or (
                    k == k0 and toks[k + 1].stem in lx.municipal_heads)) and not toks[k + 1].brk:
                k += 1  # "مدير أمن الخوخة"، "مدير عام صحة تعز"، "المجلس البلدي غريان": the office's domain, then its place
            for a in range(k + 1, min(first, k + 16)):
                if a > k + 1 and toks[a].brk:
                    break
                if a > k + 1 and toks[a - 1].stem not in lx.locatives and not (
                        clitic and a <= k + 6 and toks[a].norm[:1] in shape.STEM_PREFIXES):
                    continue  # (for a speaker, also a name with its preposition on it: "مكتب الصحة بمحافظة صعدة")
                m = self._match_place(toks, a, first, True, roles[a])
                if m is not None and m[0].kind != "country":
                    place, j, printed, near = m
                    return [PlaceSpan(place, a, j, printed, near)]
            break
        return []

    def _place_before(self, toks, roles, lo: int, first: int, hi: int, denial: bool = False):
        """The place of an event named before its attack word, when none follows it: a fronted
        locative ("وفي ريف إدلب، قصفت ..."، "أن في X ...") or the antecedent of an anaphor such as
        "للقاعدة" ("مركز المصالحة في قاعدة حميميم أن الدفاعات الجوية للقاعدة أسقطت ...")."""
        lx = self.lx
        if not lx.subjecting.isdisjoint(self._seen) and (toks[first].norm[:1] == shape.LI or (
                first > 0 and toks[first - 1].norm[:1] == shape.LI and toks[first - 1].stem[1:] in lx.fire_verbs)):
            # "أخضعت الوحدات مواقع الجيش في منطقة صدرك لإطلاق نار": what was subjected to the attack is named
            # between the verb and the attack
            v = next((k for k in range(first - 1, max(lo, first - 18) - 1, -1) if toks[k].stem in lx.subjecting), None)
            if v is not None and not _boundary(toks, v, first - 1):
                got = _drop_containers(lx, toks, self._places(toks, roles, v + 1, first))
                if got:
                    return got
        anaphors = lx.anaphors
        # (the anaphors among the words, found in C)
        for k in list(compress(range(lo, hi), map(anaphors.__contains__, map(_NORM, toks[lo:hi])))):
            base = anaphors[toks[k].norm]
            named_here = False
            for a in range(k - 1, -1, -1):
                if toks[a].norm == base or any(st == base for _p, st in clitic_splits(toks[a].norm)):
                    if _destination(lx, toks, a):
                        continue  # "وتحويلها إلى مطار مصراتة، بعد سقوط قذائف على مدرج المطار": not Misrata's
                    named_here = True
                    for start in (a, a + 1):  # "قاعدة حميميم" as one name, else the name after the noun
                        m = self._match_place(toks, start, len(toks), True, roles[start]) if start < len(toks) else None
                        if m is not None:
                            place, j, printed, _near = m
                            return [PlaceSpan(place, start, j, printed, False)]
                    break
            if not named_here and k > first:
                # named after the same noun in an earlier sentence: "مخيم بلاطة ... اقتحمت المخيم"
                place = self.state.typed.get(base)
                if place is not None:
                    return [PlaceSpan(place, k, k + 1, toks[k].raw, False)]
                if lo > 0 and base in lx.area_anaphors and self._matched is not None and self._matched[0] is toks and (
                        toks[k - 1].stem in lx.prep_in or toks[k - 1].stem in lx.target_preps
                        or toks[k].norm[:1] in shape.STEM_PREFIXES):
                    # "... لمركبة في بلدة طمون، فيما زعم جيش الاحتلال أنه استهدف خلية في المنطقة": a second voice's
                    # area is the place named before it in the sentence (a town for "المدينة"، "البلدة")
                    before = [m for a, m in self._matched[1] if m.end <= lo and (
                        TYPE_WORDS.get(base) != "settlement" or m.place.kind == "settlement")]
                    if before:
                        m = before[-1]
                        return [PlaceSpan(m.place, k, k + 1, toks[k].raw, False)]
                if base in lx.village_words and toks[first].stem in lx.capture:
                    # named bare before the verb in its clause: "دخلت قواتنا أم صميمة وسيطرت على البلدة"
                    got = [p for p in self._places(toks, roles, max(lo, first - 10), first) if p.place.kind == "settlement"]
                    if got and not _boundary(toks, got[-1].end, first):
                        return got[-1:]
        if not lx.around_it.isdisjoint(self._seen):
            k = next((k for k in range(first + 1, min(hi, first + 7)) if toks[k].stem in lx.around_it), None)
            if k is not None:
                # "تواصل الدفاع عن هولياي بولي، وإنها صدت 14 هجوما روسيا في محيطها": around the place
                # named before it in the claim
                seen = self._matched[1] if self._matched is not None and self._matched[0] is toks else []
                spans = {(a, m.end): PlaceSpan(m.place, a, m.end, m.printed, m.near)
                         for a, m in seen if lo <= a and m.end <= first}
                spans.update({(p.start, p.end): p for p in self._places(toks, roles, lo, first)})
                spans = sorted(spans.values(), key=lambda x: x.start)
                got = _drop_containers(self.lx, toks, spans)
                if got:
                    p = got[-1]  # (not the container after it: "غولياي بولي في مقاطعة زابوروجيه")
                    return [PlaceSpan(p.place, p.start, p.end, p.printed, True)]
        c = next((q for q in range(first - 1, max(lo, first - 4) - 1, -1)
                  if toks[q].stem in lx.cause_words or toks[q].stem in lx.after_words), None)
        if c is None and first > lo and toks[first].stem[:1] == shape.PREP_BI and toks[first].ty:
            c = first  # the attack word with its ب of cause: "قتل مدنيان في مدينة دونيتسك بقصف أوكراني"
        if c is not None and lx.since.isdisjoint(self._seen):
            # "اندلاع حريق في مصفاة النفط بمدينة توابسي، إثر سقوط حطام طائرة مسيرة"، "أصيب سبعة في بلدة
            # الزوايدة بعد قذائف سقطت على خيام النازحين": the effect, told first with its place, is where
            # the attack after "إثر/جراء/بعد" struck (after "بعد", only the dead and wounded; not a war's
            # toll, "قتل 46 مدنيا في ريفي إدلب وحلب منذ مطلع تشرين الأول جراء القصف")
            e = next((q for q in range(max(lo, c - 30), c) if toks[q].cas or (
                toks[c].stem in lx.cause_words and toks[q].stem in lx.effects)), None)
            if e is not None:
                got = self._places(toks, roles, e + 1, c)
                if got:
                    return got[:1]
        if first > lo and first + 1 < len(toks) and toks[first + 1].stem in lx.on_it and toks[first].stem in lx.capture_verbs:
            # "قواتنا دخلت أم صميمة صباح اليوم وسيطرت عليها بالكامل": what was taken is the place named before
            # (a verb: not "اندلاع حريق في ريني تمت السيطرة عليه", a fire brought under control)
            got = self._places(toks, roles, max(lo, first - 10), first)
            if got:
                return got[-1:]
        if first > lo and toks[first].stem.endswith(shape.OBJECT_SUFFIXES) and toks[first].stem in lx.attack_verbs:
            # "من منزل في مخيم البريج، قصفته طائرات الاحتلال": the verb's pronoun is the place named before it
            got = self._places(toks, roles, max(lo, first - 8), first)
            if got and got[-1].end >= first - 2:
                return got[-1:]
        if not lx.detect.isdisjoint(self._seen):
            # (the verb may open the claim itself: "إن قواته رصدت مسلحا ...")
            d = next((k for k in range(first - 1, max(lo - 1, first - 30, 0) - 1, -1) if toks[k].stem in lx.detect), None)
            if d is not None:
                # "رصدت مسلحا اقترب من القوات في منطقة معن جنوب شرق خان يونس، وقامت بتصفيته": where those
                # detected were is where they were struck
                got = _drop_containers(lx, toks, self._places(toks, roles, d + 1, first))
                if not got:
                    # (also where the forces they approached operate: "رصدت مخربين اقتربا من القوات العاملة في
                    # منطقة الشجاعية، وجرى القضاء عليهما")
                    got = self._loose_places(toks, roles, d + 1, first)
                if got:
                    return got[:1]
        verb = first - 1 if first > 0 and toks[first - 1].stem in lx.under else first
        if passive(lx, toks[first]) or verb < first:
            # "أن مدينة ترتر تعرضت لقصف"، "ستيباناكيرت تتعرض لقصف"، "فوفتشانسك تحت القصف": the place
            # that underwent the attack is the passive verb's (or the state's) subject, named right before
            # it (after a verb of becoming: "باتت تتعرض"), and so is every place of a list it ends
            # ("قرى أ، ب، ج، ود باتت تتعرض لإطلاق النار")
            while verb - 1 > lo and toks[verb - 1].stem in lx.become and not toks[verb - 1].brk:
                verb -= 1
            spans: list[PlaceSpan] = []
            end, skipped = verb, 0
            clause = False
            last_w = toks[verb - 1].stem if verb - 1 > lo else ""
            if verb - 2 > lo and (last_w in lx.others or (shape.starts_with_conj(last_w) and last_w[1:] in lx.others)):
                # "العاصمة ستيباناكيرت وتجمعات سكنية أخرى تعرضت لهجمات"، "مدينة ترتر والقرى المحيطة بها
                # تعرضت"، "ترتر وضواحيها تعرضت": past the unnamed rest of the list
                q = next((q for q in range(verb - 1, max(lo, verb - 5), -1) if shape.starts_with_conj(toks[q].raw)), None)
                if q is not None:
                    end = q
            for q in range(verb - 1, max(lo, verb - 8), -1):
                if toks[q].brk:
                    if toks[q].comma and (toks[q].stem in lx.located or toks[q].norm in lx.capital_of) and q - 1 > lo:
                        # "مدينة سنار، الواقعة جنوب الجزيرة، تعرضت"، "مدينة دوما، كبرى مدن الغوطة، تحت القصف":
                        # the place before the clause that locates or describes it
                        end, clause = q, True
                    break
            while True:
                found = None
                for a in range(end - 1, max(lo - 1, end - 5), -1):
                    if _boundary(toks, a, end - 1 if spans or clause else end) and not (
                            not spans and toks[end].comma and toks[a].comma and not _boundary(toks, a, end - 1)):
                        break  # (not a name in apposition: "المدينة الرئيسية في المقاطعة، زابوريجيا، تعرضت")
                    m = self._match_place(toks, a, end, True, roles[a])
                    if m is not None and m[1] == end:
                        found = (a, m)
                        break
                if found is None:
                    if spans and skipped < 2 and end - 1 > lo and toks[end - 1].brk:
                        end, skipped = end - 1, skipped + 1  # an item no gazetteer knows ("الكوت"): over it
                        continue
                    if not spans and not skipped and end - 2 > lo and toks[end - 2].stem in lx.compass \
                            and not toks[end - 1].brk:
                        end, skipped = end - 2, 2  # "منطقة الماية غرب العاصمة تحت القصف": over its locator
                        continue
                    break
                a = found[0]
                b = a - 1 if a - 1 > lo and toks[a - 1].stem in TYPE_WORDS else a  # "مدينة غزة"
                c = b
                while b - 1 > lo and (toks[b - 1].stem in lx.compass or toks[b - 1].stem in lx.near
                                      or toks[b - 1].stem in lx.container):
                    b -= 1  # (and a container: "جزيرة كمران في محافظة الحديدة تعرضت")
                for a2 in (range(b - 1, max(lo - 1, b - 5), -1) if b < c else ()):
                    # "مخيم المغازي وسط القطاع يتعرض لقصف": the place before the compass word
                    m2 = self._match_place(toks, a2, b, True, roles[a2])
                    if m2 is not None and m2[1] == b:
                        found = (a2, m2)
                        break
                a, (place, j, printed, near) = found
                spans.insert(0, PlaceSpan(place, a, j, printed, near))
                if not (toks[a].brk or shape.starts_with_conj(toks[a].raw)):
                    break  # the list goes on only over a comma or a و
                end = a
            if spans:
                return self._within(toks, spans)  # ("ناحية سليمان بيك في قضاء الطوز تعرضت لهجوم")
        for k in range(max(lo, first - 10), first):
            if toks[k].stem in lx.witness and not _boundary(toks, k, first):
                # "شهدت مدينة الباب تفجيرا"، "وكانت مدينة الباب قد شهدت تفجيرا": the place that saw it
                # (the attack word is the verb's object, in the same clause)
                for a in [*range(k + 1, min(first, k + 3)), *range(k - 1, max(lo - 1, k - 5), -1)]:
                    m = self._match_place(toks, a, first, True, roles[a])
                    if m is not None:
                        place, j, printed, near = m
                        return [PlaceSpan(place, a, j, printed, near)]
        if toks[first].stem in lx.capture_verbs:
            # "إن القوات الأذربيجانية في كاراباخ استولت على أكثر من 60 موقعا": ground taken where the
            # forces that took it are
            for k in range(first - 1, max(lo - 1, first - 6), -1):
                if toks[k].brk and k < first - 1:
                    break
                if toks[k].stem in lx.locatives and k + 1 < first:
                    m = self._match_place(toks, k + 1, first, True, roles[k + 1])
                    if m is not None and m[1] == first:
                        place, j, printed, near = m
                        return [PlaceSpan(place, k + 1, j, printed, near)]
        # (a sentence-initial locative before the speaker too, and one with a short locator after the
        # name: "وفي خاركيف بشرق البلاد، أفاد الحاكم أن غارة روسية طالت مبنى سكنيا")
        for k in ([0] if lo > 0 else []) + list(range(lo, first)):
            if denial and any(toks[a].stem in lx.denial_verbs for a in range(k + 1, first)):
                break  # before a denier: "وفي كييف، نفت هيئة الأركان ..." is where the denial was made
            w = toks[k].stem
            if w not in lx.locatives_conj:
                continue  # (no locative, with or without و / ف: most words)
            if w[:1] in shape.CONJUNCTIONS and w[1:] in lx.locatives:
                w = w[1:]  # "وفي"
            if w not in lx.locatives or not (k == 0 or k == lo or toks[k - 1].stem in lx.that or (
                    k - 1 in (0, lo) and toks[k - 1].stem in lx.topic)):  # (and "أما في X، فقد ...")
                continue
            end = first if k >= lo else lo
            m = self._match_place(toks, k + 1, end, True, roles[k + 1]) if k + 1 < end else None
            if m is not None and (m[1] == end or toks[m[1]].brk or _boundary(toks, m[1], min(m[1] + 2, end - 1))):
                # the locative ends its phrase
                place, j, printed, near = m
                return [PlaceSpan(place, k + 1, j, printed, near)]
        if lo == 0 and first > 1 and not self.state.headline and \
                ":" in "".join(self._parts[2:2 * self._kidx[first - 1] + 1:2]):
            # a list item headed by its place ("- حي أولاد الريف: 6 قتلى و12 جريحا جراء قصف بطائرة مسيرة"):
            # the place that ends at the colon
            m = self._match_place(toks, 0, first, True, roles[0])
            # (and a word or two of description before the colon: "- مخيم أبو شوك للنازحين:")
            if m is not None and any(q < first and ":" in self._parts[2 * self._kidx[q]] and not any(
                    toks[x].ty or toks[x].brk for x in range(m[1], q)) for q in range(m[1], m[1] + 3)):
                place, j, printed, near = m
                return [PlaceSpan(place, 0, j, printed, near)]
        return []

    def _loose_places(self, toks, roles, lo: int, hi: int):
        """Places named in ``toks[lo:hi]`` after داخل / في, outside any threat (given for an event of the
        previous sentence)."""
        lx = self.lx
        trig = [i for i in range(lo, hi) if toks[i].ty]
        out = []
        for i in range(lo, hi):
            if toks[i].stem not in lx.locatives or i + 1 >= hi:
                continue
            if any(t < i and (i - t) < 8 and not _boundary(toks, t, i) for t in trig):
                continue  # the place of another (here hypothetical) trigger
            m = self._match_place(toks, i + 1, hi, True, roles[i + 1])
            if m and self.profile.theatre.prior(m[0])[1] is not None:  # not "a meeting in Washington"
                place, j, printed, near = m
                out.append(PlaceSpan(place, i + 1, j, printed, near))
        return _drop_containers(lx, toks, out)

    def _match_place(self, toks, i: int, hi: int, slot: bool, role) -> PlaceMatch | None:
        lx = self.lx
        blocked = self._blocked
        if blocked is not None and blocked[0] is toks and blocked[1] < i < blocked[2]:
            return None  # the name of a local place abroad read after its type word (below)
        stem_i = toks[i].stem
        if not slot and stem_i not in TYPE_WORDS and stem_i not in self.desc_firsts and \
                not self.startable(toks[i].norm):
            return None  # no name starts with this word, and outside a slot nothing else is tried
        if stem_i in lx.street_words and i + 1 < hi and toks[i + 1].stem not in TYPE_WORDS:
            # a street, roundabout or square: named after a person or a town ("شارع صلاح الدين" in Gaza is
            # no Salah al-Din province), it is the whole name the gazetteer holds, else somewhere in the
            # city the article named last (never the place its name recalls)
            m = self._with_type_word(toks, i, hi, exact=True)
            if m is not None:
                return m
            j = i + 1
            while j < min(hi, i + 4) and not (j > i + 1 and (toks[j].sep or toks[j].brk or toks[j].ty or toks[j].attr
                                                             or toks[j].stem in lx.near or toks[j].stem in lx.compass
                                                             or (toks[j].norm[:1] in shape.STEM_PREFIXES
                                                                 and toks[j].norm[1:3] == shape.ARTICLE))):
                j += 1
            self._blocked = (toks, i, j)
            return self._in_city(toks, i + 1, j)
        if stem_i in TYPE_WORDS and i + 1 < hi:
            m = self._match_name(toks, i, hi, slot, role, typed=True)
            if m is not None and m.place.kind == "country" and m.end == i + 2 and shape.is_nisba(toks[i + 1].norm) \
                    and not toks[i + 1].norm.startswith(shape.ARTICLE):
                return None  # "اقتحم محتجون قاعدة تركية": the base's adjective, not the country
            if m is not None and stem_i in lx.local_units and self._abroad(m.place):
                # "مخيم السويداء للنازحين" in a report from Marib: a camp, quarter or village is named
                # where it lies, so a namesake far outside the theatre is not it (nor is its bare name)
                self._blocked = (toks, i, m.end)
                return None
            if m is not None and stem_i in lx.anaphor_far:
                self.state.typed[stem_i] = m.place  # "مخيم بلاطة": "المخيم" later is Balata
            if m is not None and (TYPE_WORDS[stem_i] == "settlement" or stem_i in lx.named_with_type) and m.end - i <= 4:
                # (and "منطقة الخانق" told before, then "في الخانق": the area of that name)
                self.state.named[" ".join(t.norm for t in toks[i + 1:m.end])] = m.place
        else:
            m = self._match_name(toks, i, hi, slot, role)
            if m is not None and m.place.kind == "country" and m.end == i + 1 and i > 0 and \
                    shape.is_nisba(toks[i].norm) and toks[i].norm[:1] not in shape.CLITIC_LETTERS and not toks[i].brk and \
                    not toks[i - 1].ty and toks[i - 1].stem not in lx.target_preps and toks[i - 1].stem not in lx.locatives:
                # "أطلقت النار على مواقع أرمينية": a nationality's adjective after its noun, not the country
                # spelled the same ("أرمينية" in older usage)
                return None
            if (m is None or self._abroad(m.place)) and self.state.named and slot:
                # "حي الجنينة" told before, then "بما جرى في الجنينة": the article's own place of that name,
                # not nothing nor a namesake abroad (El Geneina in Sudan)
                for L in (3, 2, 1):
                    key = " ".join(t.norm for t in toks[i:i + L]) if i + L <= hi else None
                    if key is not None and (place := self.state.named.get(key)) is not None and \
                            not any(toks[q].sep for q in range(i + 1, i + L)):
                        m = PlaceMatch(place, i + L, _printed(toks[i:i + L], None), _near(lx, toks, i))
                        break
        if m is not None and m.end < len(toks) and toks[m.end].norm in lx.river_of and not toks[m.end].sep:
            return None  # "على الضفة الغربية للنهر": a river's bank, not the place of that name
        if m is not None:
            if self._matched is None or self._matched[0] is not toks:
                self._matched = (toks, [])
            self._matched[1].append((i, m))  # (the sentence's places, for "في محيطها")
        if m is not None and m.place.kind == "settlement":
            self.state.town_toks = toks  # (where a quarter no one knows lies: ``_in_city``)
            if m.place.population >= _CITY_POPULATION:
                self.state.city = m.place
        return m

    def _match_name(self, toks, i: int, hi: int, slot: bool, role, typed: bool = False) -> PlaceMatch | None:
        lx = self.lx
        stem_i = toks[i].stem
        kind_hint = None
        start = i
        if typed:
            kind_hint = TYPE_WORDS[stem_i]
            slot = True
            start = i + 1
            if stem_i in FACILITY_WORDS or stem_i in lx.named_with_type:
                # a place named with its type word ("مطار طرابلس الدولي"، "قاعدة عين الأسد"، "مخيم جنين"،
                # "جمهورية دونيتسك الشعبية"): the whole name first, then the name after the type word
                m = self._with_type_word(toks, i, hi)
                if m is not None:
                    # (not when a longer name follows the type word: "منطقة الشيخ عجلين" is Gaza's Sheikh Ijlin,
                    # not a place named "منطقة الشيخ")
                    longer = self._match_name(toks, i + 1, hi, True, role) if m.end < hi else None
                    return longer if longer is not None and longer.end > m.end else m
                while start < hi - 1 and toks[start].stem in lx.facility_complements and not toks[start].sep:
                    start += 1  # "محطة كهرباء الخضيرة": the power station of Hadera
        elif i > 0 and toks[i - 1].stem in TYPE_WORDS:
            kind_hint = TYPE_WORDS[toks[i - 1].stem]
        # Descriptions: "ثاني كبرى مدن أذربيجان" -> Ganja (from the type word too: "عاصمة المنطقة المتنازع عليها").
        for s0 in ((i, start) if typed and i < start else (start,)):
            for key, name in (self.descriptions.items() if s0 < hi and toks[s0].stem in self.desc_firsts else ()):
                L = len(key)
                if s0 + L <= hi and tuple(t.stem for t in toks[s0:s0 + L]) == key:
                    place = self.gz.lookup(name, theatre=self.profile.theatre)
                    if place:
                        return PlaceMatch(place, s0 + L, " ".join(t.raw for t in toks[s0:s0 + L]), _near(lx, toks, i))
        # Longest name first; a separator (comma, full stop, colon) inside the span ends a name.
        top = min(self.opts["max_words_per_place"], hi - start)
        for k in range(start + 1, start + top):
            if toks[k].sep:
                top = k - start
                break
        t0 = toks[start] if start < hi else None
        first = t0.norm if t0 is not None else ""
        if top > 0 and self.startable(first):
            keys = [first]
            for k in range(start + 1, start + top):
                keys.append(keys[-1] + " " + toks[k].norm)
            memo = self.resolutions
            nameless = self.nameless
            for L in range(top, 0, -1):
                if L == 1 and (t0.noname or len(first) < 3) and not (
                        typed and t0.ty0 and t0.ty0 != "generic" and t0.stem not in lx.attack_verbs and len(first) > 3):
                    continue  # (after its type word an attack word may be a name: "بلدة جويا" is Jwaya, not "aerial")
                key = keys[L - 1]
                if key in nameless and first == nameless[key]:
                    continue  # neither the name nor its clitic readings is a gazetteer name
                got = memo.get((key, first, slot))
                if got is None:
                    if len(memo) > 200_000:
                        memo.clear()
                    got = memo[(key, first, slot)] = self._resolve_exactish(key, first, slot)
                place, printed_stem = got
                if place is None:
                    continue
                if role and role[0] == PARTY and role[2] == "metonym" and start + L < len(toks) and \
                        not (toks[start + L].brk and shape.starts_with_conj(toks[start + L].raw)) and (
                        toks[start + L].stem in lx.attr_verbs or toks[start + L].stem in lx.denial_verbs):
                    return None  # "وباكو تعلن"، "ويريفان تنفي"، "وفي بغداد، أكد المتحدث": the capital speaks or
                    # frames the speaker, it is not hit (not "... جنوب شرقي عدن، وقالت إن": the speaker goes on)
                if role and role[0] == PARTY and role[2] in ("cue", "metonym") and not slot and not (
                        role[2] == "metonym" and first.startswith(shape.PREP_BI) and printed_stem
                        and self._object_before(toks, start)) and not (
                        # a capital right after an attack noun, in construct or with ب: "اشتباكات طرابلس"،
                        # "في اشتباكات بطرابلس" (a noun: after a verb it may be its subject, "هاجمت صنعاء")
                        role[2] == "metonym" and start > 0 and toks[start - 1].ty and not toks[start].brk
                        and toks[start - 1].stem not in lx.attack_verbs and toks[start - 1].stem not in lx.present_attack):
                    return None  # a party word used as a party ("أكدت أذربيجان"; not "مقر الشركة بطرابلس")
                tw = i if typed else i - 1 if kind_hint is not None else None
                if tw is not None and toks[tw].stem not in FACILITY_WORDS and toks[tw].stem not in lx.named_with_type \
                        and self._abroad(place):
                    # "ناحية الرياض" in an Iraqi report: the sub-district the gazetteer knows with its type word,
                    # not the Saudi capital its bare name is
                    m = self._with_type_word(toks, tw, hi, exact=True)
                    if m is not None and not self._abroad(m.place):
                        return m
                return PlaceMatch(place, start + L, _printed(toks[start:start + L], printed_stem), _near(lx, toks, i))
        if typed and stem_i not in FACILITY_WORDS and stem_i not in lx.named_with_type:
            # a unit known by name only with its type word ("مديرية الزهرة": bare الزهرة is an everyday word)
            m = self._with_type_word(toks, i, hi, exact=True)
            if m is not None:
                return m
        if slot and start < hi:
            # Inside a place slot, spelling variants, transliteration and typos are allowed.
            t = toks[start]
            if t.noname or len(t.norm) < 4 or (role and role[0] == PARTY and role[2] != "metonym"):
                return None
            # (a list item with its و: the word without it first, "وغورنياك" is غورنياك)
            for norm in ([t.norm[1:], t.norm] if shape.starts_with_conj(t.raw) and len(t.norm) > 4 else [t.norm]):
                cands = self.gz.candidates(norm, 1, theatre=self.profile.theatre, kind=kind_hint, fuzzy=False)
                if cands and cands[0].score >= self.opts["min_place_score"] + 0.25 and \
                        self.profile.theatre.prior(cands[0].place)[1] is not None and _alike(t, cands[0]) and \
                        not _bare_common(cands[0]):
                    return PlaceMatch(cands[0].place, start + 1, _printed([t], norm if norm != t.norm else None),
                                      _near(lx, toks, i))
            if kind_hint and not t.ty0 and t.stem not in lx.near and t.stem not in lx.place_adj \
                    and t.stem not in lx.facility_complements:
                self.state.unresolved.append(t.raw.strip("«»\"'“”"))
                if typed and stem_i in lx.quarter_words and not t.brk and t.norm not in lx.in_it and (
                        t.norm.startswith(shape.ARTICLE) or not t.norm.endswith(shape.PRONOUN_ENDINGS)):
                    # a quarter no one knows, with no town after it ("استهدفت قذائف حي السريان")
                    return self._in_city(toks, start, start + 1)
        return None

    def _in_city(self, toks, a: int, b: int) -> PlaceMatch | None:
        """A quarter or street no one knows, named ``toks[a:b]`` with no town after it nor before it in its
        sentence: in the city an earlier sentence named last (a city of the theatre), around it, under its
        own name."""
        city = self.state.city
        if city is None or self.state.town_toks is toks or self.profile.theatre.prior(city)[1] is None:
            return None  # (a town named in this sentence: the quarter is its own, "تعرضت النبطية ... في حي البياض")
        if b < len(toks) and not toks[b].brk and self.startable(toks[b].norm):
            return None  # (or named right after it: "حي ستاري كراماتورسك" is a quarter of Kramatorsk)
        lx = self.lx
        if any((toks[k].stem in lx.village_words or toks[k].stem in lx.anaphor_far) and toks[k].stem not in lx.quarter_words
               for k in range(a - 1)):
            return None  # (nor a town's or camp's word: "مخيم الفارعة محاصر، وإن القناصة ... في حي المقبرة")
        return PlaceMatch(city, b, _printed(toks[a:b], None), True)

    def _with_type_word(self, toks, i: int, hi: int, exact: bool = False) -> PlaceMatch | None:
        """The longest name, read with the type word at ``i`` ("مطار طرابلس الدولي"، "مديرية الزهرة");
        ``exact``: only a name the gazetteer holds as written, type word included."""
        top = min(self.opts["max_words_per_place"], hi - i)
        key = toks[i].stem if toks[i].stem in TYPE_WORDS else toks[i].norm  # "وشارع المنصورة": the name without its و
        found = None
        for k in range(i + 1, i + top):
            if toks[k].sep:
                break
            key += " " + toks[k].norm
            if exact and not self.gz.knows_typed(key):
                continue
            got = self.resolutions.get((key, toks[i].norm, True))
            if got is None:
                got = self.resolutions[(key, toks[i].norm, True)] = self._resolve_exactish(key, toks[i].norm, True)
            if got[0] is not None:
                found = (got, k + 1)
        if found is None:
            return None
        (place, printed_stem), j = found
        if printed_stem is None and key.split(" ", 1)[0] != toks[i].norm:
            printed_stem = toks[i].stem  # (printed without the clitic its key was read without)
        return PlaceMatch(place, j, _printed(toks[i:j], printed_stem), _near(self.lx, toks, i))

    def _abroad(self, place: Place) -> bool:
        """A place outside the theatre's countries and far from its area."""
        theatre = self.profile.theatre
        return theatre.bbox is not None and place.country not in theatre.countries and \
            km_to_box(place.lat, place.lon, theatre.bbox) > _LOCAL_ABROAD_KM

    def _object_before(self, toks, i: int) -> bool:
        """Whether an attack's object is named just before token ``i`` ("قصف مقر شركة جرمة بطرابلس"،
        "مواقع بباكو"), with no break or verb between (not "السفير الإيراني بدمشق"، "الطريق الذي
        يربطها بستيباناكيرت")."""
        lx = self.lx
        for k in range(i - 1, max(-1, i - 5), -1):
            t = toks[k]
            if t.brk or t.stem in lx.relatives or t.stem in lx.attack_verbs:
                return False
            if t.stem in lx.military_targets or t.stem in lx.target_nouns or t.stem in FACILITY_WORDS:
                return True
        return False

    def _resolve_exactish(self, key: str, first: str, slot: bool) -> tuple[Place | None, str | None]:
        """The place a name (or the name without a clitic on its first word) exactly denotes."""
        lx = self.lx
        gz = self.gz
        theatre = self.profile.theatre
        rest = key[len(first):]  # "" or " " + the other words
        known = False
        fallback = None
        for k, stem in ((key, None), *((stem + rest, stem) for _p, stem in clitic_splits(first))):
            if gz.knows_typed(k):
                if stem is not None and first[:len(first) - len(stem)].endswith(shape.ARTICLE) and \
                        _common_with_article(gz, theatre, shape.ARTICLE + stem + rest):
                    continue  # "الصبر والسلوان": solace, not Silwan (سلوان) with an article it never takes
                known = True
                cands = gz.candidates(k, 1, theatre=theatre, fuzzy=False)
                if not cands:
                    continue
                best = cands[0]
                if "type word" not in best.reasons and "facility of" not in best.reasons and not gz.knows(k):
                    continue  # (a name known only after another town word answers only as that town; a
                    # facility word is one: "سوق الحزم" is the market of the town of الحزم)
                p = best.place
                in_theatre = theatre.prior(p)[1] is not None
                if (" " not in k and k in lx.stop) or (len(k) < 4 and not in_theatre):
                    continue
                if not in_theatre and (stem or first) in lx.front_words:
                    continue  # "محور صلاح الدين" in Tripoli: a front of this war, not a namesake abroad
                # Outside a place slot only the theatre's places and countries are read as places;
                # inside one ("على X", "مدينة X", lists) well-known places anywhere are too.
                if not slot and not (in_theatre or p.kind == "country"):
                    continue
                if slot and not (in_theatre or p.kind == "country" or p.curated or p.population >= 50_000):
                    continue
                if slot and stem is not None and first[:1] == shape.CONJ and not in_theatre and p.kind != "country" \
                        and p.population < _CITY_POPULATION:
                    continue  # "... شرق التفاح وأزال التهديد": a verb after "و", not a small place abroad (Azal in Sanaa)
                if best.score < self.opts["min_place_score"]:
                    continue
                if _bare_common(best):
                    continue
                if not in_theatre and p.kind != "country" and p.population < _CITY_POPULATION and \
                        not any(r.endswith("as printed") for r in best.reasons) and gz.is_common(k):
                    continue  # "... في اتجاه زنغيلان"، معربة عن استعدادها": an everyday word after a list's comma,
                    # not a village of another theatre (Maariyah in Daraa)
                if not slot and p.population < _CITY_POPULATION and any(r.startswith("common word") for r in best.reasons):
                    continue  # "صاروخا أطلقته فصائل فلسطينية": an everyday word, a village's name, with no word of
                    # place before it (a city is read: "الأبيض"، "الزاوية")
                if stem is not None and not in_theatre and fallback is None and p.kind != "country":
                    fallback = (p, stem)  # (a reading without more clitics may be the theatre's own: "وكردفان" is
                    continue  # Kordofan, not و+ك+ردفان, Radfan in Yemen)
                return p, stem
        if fallback is not None:
            return fallback
        if not known and slot and rest:
            # a name of two words whose second is printed with the article or without it ("رأس الكثيب" for the
            # station held as "رأس كثيب"): the other spelling, if the gazetteer holds it
            alt = gz.respelt_second_article(key)
            if alt is not None:
                place, _stem = self._resolve_exactish(alt, first, slot)
                if place is not None and theatre.prior(place)[1] is not None:
                    return place, None
        if not known:
            if len(self.nameless) > 200_000:
                self.nameless.clear()
            self.nameless[key] = first
        return None, None
