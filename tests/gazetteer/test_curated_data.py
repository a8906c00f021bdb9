"""The curated gazetteer files agree with themselves: one row per id, a facility on its own row and
not as an alias of its town, and one name in one theatre is one place unless a curator says it is two."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from tests.common import ROOT

CURATED = sorted(Path(ROOT / "data" / "gazetteer").glob("*.csv"))


def _rows():
    for path in CURATED:
        with path.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                yield path.name, n, row


def test_every_curated_file_is_read():
    assert {p.name for p in CURATED} >= {"world.csv", "syria.csv", "sudan.csv", "ukraine.csv", "iraq.csv"}


def test_ids_are_unique_across_all_curated_files():
    seen: dict[str, list[str]] = defaultdict(list)
    for name, n, row in _rows():
        seen[row["id"].strip()].append(f"{name}:{n}")
    twice = {pid: where for pid, where in seen.items() if len(where) > 1}
    # a second row under an id silently replaces the first one's point when the index is built
    assert not twice, twice


# The theatres (south, west, north, east) inside which a shared name must mean one place.
THEATRE_BOXES = {
    "karabakh": (38.8, 44.7, 41.0, 47.5), "syria": (32.3, 35.6, 37.4, 42.4),
    "israel_lebanon": (29.4, 34.2, 34.7, 36.7), "gaza": (29.4, 34.2, 33.4, 35.6),
    "yemen": (11.5, 41.5, 19.0, 53.2), "sudan": (8.6, 21.8, 22.3, 38.7), "iraq": (29.0, 38.7, 37.4, 48.7),
    "libya": (19.5, 9.3, 33.2, 25.2), "ukraine": (44.3, 22.1, 52.5, 42.0),
}

#: Rows that share an Arabic name in one theatre and lie far apart because they are two places.
DISTINCT_NAMESAKES = {
    frozenset({"gn:146969", "gn:616438"}): "Martuni in Karabakh (Khojavend) and Martuni in Gegharkunik",
    frozenset({"kb:sos-martuni", "kb:sus-lachin"}): "the villages of Sos (Martuni) and Sus (Lachin)",
    frozenset({"ps:aqraba-ps", "sy:aqraba-sy"}): "Aqraba by Nablus and Aqraba south of Damascus",
    frozenset({"gn:167880", "iq:rabia"}): "Rabia of the Latakia countryside and Rabia on the Iraqi border",
    frozenset({"gn:165757", "iq:qahtaniya"}): "Al-Qahtaniyah of Hasakah (Tirbespiye) and Al-Qahtaniya of Sinjar",
    frozenset({"ps:kafr-dan", "lb:kfardan"}): "Kafr Dan by Jenin and Kfardan west of Baalbek (each theatre reads its own)",
    frozenset({"sy:resafa", "iq:rusafa"}): "Resafa south-west of Raqqa and Baghdad's Rusafa side (each theatre reads its own)",
    frozenset({"ps:duma", "gn:170592"}): "Duma south-east of Nablus and Douma in Rif Dimashq (each theatre reads its own)",
}


def _km(lat1, lon1, lat2, lon2):
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _in_box(box, lat, lon):
    s, w, n, e = box
    return s <= lat <= n and w <= lon <= e


def test_a_name_shared_by_two_rows_of_one_theatre_is_one_place_unless_listed_as_two():
    from itertools import combinations

    from gazetteer.normalize import normalize

    by_name: dict[str, list] = defaultdict(list)
    for _file, _n, row in _rows():
        for name in row["names_ar"].split("|"):
            if name.strip():
                by_name[normalize(name)].append((row["id"], float(row["lat"]), float(row["lon"])))
    far = {}
    for name, rows in by_name.items():
        for a, b in combinations(rows, 2):
            if a[0] == b[0] or frozenset({a[0], b[0]}) in DISTINCT_NAMESAKES:
                continue
            if any(_in_box(box, *a[1:]) and _in_box(box, *b[1:]) for box in THEATRE_BOXES.values()):
                d = _km(*a[1:], *b[1:])
                if d > 10:
                    far[(name, a[0], b[0])] = round(d)
    assert not far, far


def test_the_allow_list_of_namesakes_names_rows_that_exist():
    ids = {row["id"] for _f, _n, row in _rows()}
    for pair in DISTINCT_NAMESAKES:
        assert pair <= ids, pair


#: Crossings that are no border crossing of their country (a front-line crossing inside it).
INTERNAL_CROSSINGS = {
    "sy:abu-zendeen": "between the Syrian army's and the opposition's areas by Al-Bab",
    "w:sy-tanf": "a garrison 17 km inside Syria named after the Tanf crossing it guards",
}


def _countries():
    import json

    from shapely.geometry import shape

    data = json.loads((ROOT / "data" / "basemap" / "countries.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["iso_a2"]: shape(f["geometry"]) for f in data["features"]}


def test_a_border_crossing_lies_at_its_countrys_border():
    from shapely.geometry import Point

    from gazetteer.gazetteer import normalize

    shapes = _countries()
    crossing_words = {normalize("معبر"), normalize("منفذ")}
    wrong = {}
    for _f, _n, row in _rows():
        names = [normalize(x) for x in row["names_ar"].split("|") if x.strip()]
        if row["id"] in INTERNAL_CROSSINGS or not ("crossing" in row["name_en"].lower() or
                                                   any(n.split(" ")[0] in crossing_words for n in names)):
            continue
        country = shapes[row["country"]]
        point = Point(float(row["lon"]), float(row["lat"]))
        km = country.boundary.distance(point) * 111  # degrees to km: plenty for "a few km"
        inside = country.contains(point)
        # (Natural Earth's border is generalised: a post a few km off it is within its error; a
        # post on a highway may stand some km inside; one 9 km inside the neighbour is misplaced)
        if km > (10 if inside else 7):
            wrong[row["id"]] = (round(km, 1), "inside" if inside else "outside")
    assert not wrong, wrong


#: English words that say a row is itself a facility (then its bare name may be the facility's too:
#: حميميم is the air base).
FACILITY_EN = re.compile(
    r"(?i)\b(base|airbase|airport|air ?field|port|crossing|camps?|prison|field|dam|reservoir|refinery|station|"
    r"bridges?|market|checkpoint|barracks|garrison|hospital|terminal|plant|hq|headquarters|corps|fortress|"
    r"castle|gate|complex|compound|factory|cent(?:er|re)|steelworks|site|post|jail|detention|roundabout|"
    r"square|maidan|street|harbou?r|naval|military|industries|facility|mosque|shrine|university)\b")


def test_a_facility_is_no_alias_of_the_place_it_is_named_after():
    from gazetteer.gazetteer import FACILITY_WORDS, QUALIFIERS, TYPE_WORDS
    from gazetteer.normalize import normalize

    def core(name):  # the name without a type word printed before it
        first, _, rest = name.partition(" ")
        return rest if rest and first in TYPE_WORDS else name

    wrong = []
    for file, n, row in _rows():
        if FACILITY_EN.search(row["name_en"]):
            continue
        names = [normalize(x) for x in row["names_ar"].split("|") if x.strip()]
        cores = {core(x) for x in names if x.split(" ")[0] not in FACILITY_WORDS}
        for name in names:
            words = name.split(" ")
            while len(words) > 2 and words[-1] in QUALIFIERS:
                words.pop()
            # "سجن صيدنايا" on Saydnaya's row, "مطار الطبقة" beside "مدينة الطبقة": the town would
            # answer for its prison or airport (they get rows of their own)
            if words[0] in FACILITY_WORDS and len(words) > 1 and " ".join(words[1:]) in cores:
                wrong.append(f"{file}:{n} {row['id']} ({row['name_en']}): {name}")
    assert not wrong, wrong


@pytest.mark.parametrize("printed, facility, town", [
    ("سجن صيدنايا", "sy:saydnaya-prison", "gn:164717"),
    ("مطار الطبقة العسكري", "sy:tabqa-airbase", "gn:172374"),
    ("سد الطبقة", "sy:euphrates-dam", "gn:172374"),
    ("قاعدة القيارة", "iq:qayyarah-airbase", "gn:99003"),
    ("مطار تفتناز", "sy:taftanaz-airbase", "gn:163799"),
    ("محطة تشيرنوبل", "ua:chernobyl-npp", "ua:chernobyl"),
    ("ميناء المخا", "ye:mocha-port", "gn:78751"),
])
def test_a_facility_name_resolves_to_the_facility_not_its_town(printed, facility, town):
    from tests.common import gazetteer

    gz = gazetteer()
    assert gz.lookup(printed).id == facility
    assert gz.get(town) is not None and gz.lookup(gz.get(town).name_ar).id == town
