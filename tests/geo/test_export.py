"""Exports from the store read back through real files: GeoJSON, CSV, GeoPackage, on both back ends."""

from __future__ import annotations

import datetime as dt
import json

import geopandas as gpd
import pandas as pd
import pytest

from geo.articles import Article
from geo.export import FORMATS, PROPERTIES, write
from geo.model import Event
from geo.store import EventFilter

TARTAR = (40.34201, 46.93161)  # (lat, lon): lat 40 < lon 46, so a swap is visible
EVENTS = [
    dict(article="a1", claimant="Azerbaijan", attacker="Armenia", event_type="shelling", place_ar="ترتر",
         place_en="Tartar", at=TARTAR, killed=1, evidence="الجيش الأرميني شن هجمات مكثفة بالمدفعية على ترتر"),
    dict(article="a2", claimant="Azerbaijan", attacker="Armenia", event_type="shelling", place_ar="ترتر",
         place_en="Tartar", at=(40.3425, 46.9320), killed=None, evidence="قصف على ترتر"),
    dict(article="a3", claimant="Armenia", attacker="Azerbaijan", event_type="drone", place_ar="ستيباناكيرت",
         place_en="Stepanakert", at=(39.8153, 46.7519), killed=None, evidence="طائرة مسيرة فوق ستيباناكيرت"),
    dict(article="a4", claimant="Armenia", attacker="Azerbaijan", event_type="shelling", place_ar="ترتر",
         place_en="Tartar", at=(40.3430, 46.9330), killed=2, evidence="نفت أرمينيا"),
]


def _event(d: dict) -> Event:
    lat, lon = d["at"]
    return Event(date=dt.date(2020, 10, 14), claimant=d["claimant"], attacker=d["attacker"],
                 event_type=d["event_type"], place_ar=d["place_ar"], place_en=d["place_en"], lat=lat, lon=lon,
                 precision="settlement", place_id=f"test:{d['place_en']}", country="AZ", killed=d["killed"],
                 evidence=d["evidence"], article=d["article"], profile="karabakh", sources=(d["article"],))


@pytest.fixture
def filled(store):
    for d in EVENTS:
        store.add_article(Article(d["article"], f"نص {d['article']}"), [_event(d)])
    return store


def _read(path, fmt):
    if fmt == "csv":
        return pd.read_csv(path, dtype={"event_id": str})
    if fmt == "gpkg":
        return gpd.read_file(path, layer="events", engine="pyogrio")
    return gpd.read_file(path, engine="pyogrio")


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_round_trip(filled, tmp_path, fmt):
    events = filled.events()
    assert len(events) == 3  # a1 and a2 merged; a4 contests them
    path = write(tmp_path / f"events.{fmt}", events, fmt)
    back = _read(path, fmt)
    assert len(back) == len(events)
    by_id = {e.event_id: e for e in events}
    for _, row in back.iterrows():
        e = by_id[row["event_id"]]
        if fmt == "csv":
            assert (row["latitude"], row["longitude"]) == (pytest.approx(e.lat), pytest.approx(e.lon))
            assert row["claimant"] == e.claimant and row["place_ar"] == e.place_ar
            assert row["n_sources"] == e.n_sources and bool(row["contested"]) == e.contested
            assert (None if pd.isna(row["fatalities"]) else row["fatalities"]) == e.killed  # unknown stays empty
        else:
            assert (row.geometry.x, row.geometry.y) == (pytest.approx(e.lon), pytest.approx(e.lat))  # x = lon
            assert row["claimant"] == e.claimant and row["place_ar"] == e.place_ar
            assert row["evidence"] == e.evidence  # Arabic text intact
            assert row["n_sources"] == e.n_sources and bool(row["contested"]) == e.contested
            sources = row["sources"]  # GDAL writes the JSON list as a GeoJSON array, GPKG keeps the text
            assert (json.loads(sources) if isinstance(sources, str) else list(sources)) == list(e.sources)
            assert row["merged_because"] == e.merged_because or (pd.isna(row["merged_because"])
                                                                 and not e.merged_because)
    if fmt != "csv":
        assert back.crs.to_epsg() == 4326
        assert set(PROPERTIES) <= set(back.columns)
    merged = next(e for e in events if e.n_sources == 2)
    assert merged.sources == ("a1", "a2") and merged.contested


def test_geojson_is_rfc7946_lon_lat(filled, tmp_path):
    events = filled.events(EventFilter(place="ستيباناكيرت"))
    path = write(tmp_path / "one.geojson", events)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc  # RFC 7946: WGS 84 implied
    (feature,) = doc["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [pytest.approx(46.7519), pytest.approx(39.8153)]}
    assert feature["properties"]["place_en"] == "Stepanakert"


@pytest.mark.parametrize("fmt", FORMATS)
def test_filtered_export_holds_only_matches(filled, tmp_path, fmt):
    flt = EventFilter(claimants=("Armenia",), event_types=("drone",))
    events = filled.events(flt)
    path = write(tmp_path / f"drone.{fmt}", events, fmt)
    back = _read(path, fmt)
    assert len(back) == 1
    col = "our_event_type" if fmt == "csv" else "event_type"
    assert back.iloc[0][col] == "drone"


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_export_is_a_valid_file(store, tmp_path, fmt):
    path = write(tmp_path / f"empty.{fmt}", store.events(), fmt)
    assert len(_read(path, fmt)) == 0
