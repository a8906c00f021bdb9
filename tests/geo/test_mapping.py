"""The map builder: untrusted text stays inert on the server and in the page; offline Leaflet; the
column data the canvas draws; selections as bitmaps; data files for the app."""

import base64
import datetime as dt
import json
import re

import pytest

from geo.mapping import (DATA_PREFIX, KEEP_DATA_FILES, STATIC_PREFIX, WEB_FILES, _script_json, all_parties, base_map,
                         build_map, install_static_assets, legend_data, map_bounds, map_data, selection_bits,
                         selection_layer, web_asset_dir, write_map_data)
from geo.model import Event, events_frame
from tests.common import profile


def event(**kw):
    base = dict(date=dt.date(2020, 10, 14), claimant="Azerbaijan", attacker="Armenia", event_type="shelling",
                place_ar="ترتر", place_en="Tartar", lat=40.342, lon=46.932, precision="settlement")
    base.update(kw)
    return Event(**base)


def test_article_text_is_never_evaluated_as_a_jinja_template_on_the_server():
    evil = "marker-{{ 7*7 }}-{{ lipsum.__module__ }}-{% if 1 %}x{% endif %}-{# c #}-end"
    html = build_map([event(evidence=evil, title="{{ 8*8 }}", source="{% raw %}")], profile()).get_root().render()
    assert "marker-49" not in html and "jinja2" not in html
    assert "marker-\\u007b{ 7*7 }}" in html  # the text itself, escaped, reads back unchanged in the browser


def test_script_json_reads_back_identical_and_cannot_close_the_script():
    value = {"t": "</script><script>alert(1)</script> {{x}} {%y%} {#z#} & «قره باغ»"}
    text = _script_json(value)
    assert "</script>" not in text and "{{" not in text and "{%" not in text and "{#" not in text
    assert json.loads(text) == value


def test_article_text_reaches_the_page_only_as_data_and_links_only_http():
    evs = [event(evidence='<img src=x onerror=alert(1)>', url="javascript:alert(2)", source="<b>x</b>"),
           event(place_en="Barda", url="https://example.org/a?b=1&c=2", lat=40.37, lon=47.12)]
    html = build_map(evs, profile()).get_root().render()
    assert "<img" not in html and "<b>x</b>" not in html and "javascript:alert" not in html
    assert "innerHTML" not in html  # the page's script is data; the browser code builds text nodes
    d = map_data(evs, profile())["details"]
    assert d["url"] == ["", "https://example.org/a?b=1&c=2"]
    assert d["ev"][0] == '<img src=x onerror=alert(1)>'  # kept as text: the browser makes it a text node


def test_leaflet_comes_from_the_app_not_a_cdn():
    html = build_map([event()], profile()).get_root().render()
    assert f"{STATIC_PREFIX}/leaflet.js" in html
    assert not re.search(r"cdn\.jsdelivr|unpkg\.com|cdnjs", html)


def test_country_level_events_are_not_drawn_and_districts_are_circles():
    evs = [event(), event(place_en="Armenia", precision="country", lat=40.07, lon=45.04),
           event(place_en="Kalbajar", precision="district", lat=40.11, lon=46.04, radius_km=20.0),
           event(place_en="Jabrayil district", precision="district", lat=39.4, lon=47.03)]
    pts = map_data(evs, profile())["points"]
    assert pts["n"] == 4
    assert pts["lat"] == [40.342, None, 40.11, 39.4] and pts["lon"] == [46.932, None, 46.04, 47.03]  # never flipped
    assert pts["r"] == [0, 0, 20000, 15000]  # a district without its own radius gets the default 15 km
    assert map_bounds({"points": pts}) == [[39.4, 46.04], [40.342, 47.03]]


def test_events_all_at_one_place_get_a_first_view_around_it_not_a_point():
    pts = map_data([event(), event(event_type="drone"), event(lon=46.98)], profile())["points"]
    (s, w), (n, e) = map_bounds({"points": pts})
    assert n - s == pytest.approx(0.1) and (s + n) / 2 == pytest.approx(40.342)
    assert e - w == pytest.approx(0.1) and (w + e) / 2 == pytest.approx(46.956)
    assert map_bounds({"points": map_data([event()], profile())["points"]}) is None


def test_colours_come_from_the_profile_and_unknown_claimants_are_grey():
    prof = profile()
    pts = map_data([event(), event(claimant="Armenia"), event(claimant="Somebody")], prof)["points"]
    assert [pts["palette"][c] for c in pts["c"]] == [prof.color("Azerbaijan"), prof.color("Armenia"), "#7f7f7f"]
    assert pts["names"][pts["c"][2]] == "Somebody"


def test_evidence_highlight_offsets_are_relative_to_the_sentence():
    e = event(evidence="قصفت القوات مدينة ترتر", evidence_start=100, evidence_end=122, place_start=118, place_end=122)
    bad = event(evidence="short", evidence_start=0, evidence_end=5, place_start=40, place_end=44)
    d = map_data([e, bad], profile())["details"]
    a, b = d["hl"][0]
    assert e.evidence[a:b] == "ترتر" and d["hl"][1] is None


def test_data_from_a_frame_equals_data_from_events():
    evs = [event(), event(claimant="Armenia", killed=2, injured=None, contested=True)]
    assert map_data(evs, profile()) == map_data(events_frame(evs), profile())


@pytest.mark.parametrize("positions, n", [([], 5), ([0], 1), ([0, 3, 7, 8], 9), (list(range(0, 50000, 3)), 50000)])
def test_selection_bitmap_round_trip(positions, n):
    raw = base64.b64decode(selection_bits(positions, n))
    assert len(raw) == (n + 7) // 8
    assert [i for i in range(n) if raw[i >> 3] >> (i & 7) & 1] == positions


def test_selection_of_everything_is_none_and_bad_positions_are_refused():
    assert selection_bits(None, 10) is None
    with pytest.raises(ValueError, match=r"\[0, 3\)"):
        selection_bits([0, 3], 3)


def test_legend_is_data_counts_per_claimant_stance_and_type():
    evs = [event(), event(), event(claimant="<script>x</script>", event_type="drone", stance="denial")]
    lg = legend_data(evs, profile())
    assert lg["parties"] == [["Azerbaijan", profile().color("Azerbaijan"), 2], ["<script>x</script>", "#7f7f7f", 1]]
    assert ["drone", "▼", 1] in lg["types"]
    assert dict(lg["stances"]) == {"accusation": 2, "denial": 1}  # Azerbaijan blames Armenia: an accusation
    assert legend_data(evs, profile(), lang="ar")["parties"][0][0] == profile().party("Azerbaijan").label_ar


def test_every_theatre_has_its_parties_with_one_distinct_colour_each():
    from geo.profile import available_profiles, load_profile

    parties = all_parties()
    ids = [p.id for p in parties]
    assert len(ids) == len(set(ids))
    assert len({p.color for p in parties}) == len(parties)  # distinct colours across theatres
    for name in available_profiles():
        assert set(load_profile(name).party_ids) <= set(ids)
    assert all_parties() == parties  # stable
    # The colour of a party does not depend on which theatres are shown together.
    colour = {p.id: p.color for p in parties}
    assert all(colour[p.id] == p.color for p in all_parties(["karabakh"]))
    # Events of several theatres are drawn in their own parties' colours, none grey.
    pts = map_data([event(), event(claimant="Syria", attacker="Opposition", profile="syria", lat=36.2, lon=37.1)],
                   parties)["points"]
    assert [pts["palette"][c] for c in pts["c"]] == [colour["Azerbaijan"], colour["Syria"]]


def test_the_map_code_is_a_static_file_and_the_page_passes_data_only(tmp_path):
    html = build_map([event()], profile()).get_root().render()
    assert "/app/static/vendor/conflictmap/conflictmap.js" in html and "conflictmap.css" in html
    assert "conflictmap.init(" in html and "EventCanvas" not in html and "function" not in html.split("conflictmap.init(")[1][:2000]
    install_static_assets(tmp_path)
    for name in WEB_FILES:
        assert (tmp_path / "vendor" / "conflictmap" / name).read_bytes() == (web_asset_dir() / name).read_bytes()


def test_stance_review_status_and_opposing_claims_in_the_map_data():
    evs = [event(), event(claimant="Armenia", attacker="Azerbaijan", contested=True, lat=40.35, lon=46.93),
           event(stance="denial", place_en="Barda", lat=40.37, lon=47.12),
           event(claimant="Azerbaijan", attacker=None, contested=True, place_en="X", lat=40.345, lon=46.935,
                 corrected=True)]
    data = map_data(evs, profile())
    pts, d = data["points"], data["details"]
    # accusation, accusation, denial, and a counter-claim: the later of two contested rival claims
    assert pts["k"] == [1, 1, 2, 3]
    assert d["opp"][1][0][:2] == [3, profile().party("Azerbaijan").label_en]
    assert pts["q"][3] == 3 and d["status"][3] == "corrected"


def test_app_map_fetches_its_data_and_a_filter_only_swaps_the_selection(tmp_path):
    evs = [event(place_en=f"P{i}", claimant="Armenia" if i % 2 else "Azerbaijan") for i in range(5)]
    data = map_data(evs, profile())
    files = write_map_data(tmp_path, "store|rev1|karabakh|en", data, chunk=2)
    assert files.points_url.startswith(DATA_PREFIX + "/") and files.points_url.endswith("-points.json")
    folder = tmp_path / "mapdata"
    assert json.loads((folder / files.points_url.rsplit("/", 1)[1]).read_text()) == data["points"]
    chunks = [json.loads((folder / files.details_url.format(k=k).rsplit("/", 1)[1]).read_text()) for k in range(3)]
    assert [c["place_en"] for c in chunks] == [["P0", "P1"], ["P2", "P3"], ["P4"]]  # 2 rows a file
    assert sorted(chunks[0]) == sorted(data["details"])
    scripts = []
    for bits in (selection_bits([0], 5), selection_bits([1, 2], 5)):
        m = base_map(profile(), files=files, bounds=map_bounds(data))
        selection_layer(bits, legend=legend_data(evs, profile()), bbox=(39.0, 45.0, 41.0, 48.0)).add_to(m)
        html = m.get_root().render()
        assert json.dumps(files.points_url) in html and "P0" not in html  # no event data in the page
        scripts.append(re.sub(r"_[0-9a-f]{32}", "", html.split("window.conflictmapShow(feature_group")[0]))
        assert f"{bits}" in html
    assert scripts[0] == scripts[1]  # the map itself is the same page for both filters


def test_a_map_needs_its_data_or_its_files_and_chunks_are_positive(tmp_path):
    with pytest.raises(ValueError, match="either map data or the files"):
        base_map(profile())
    with pytest.raises(ValueError, match="chunk"):
        write_map_data(tmp_path, "k", map_data([event()], profile()), chunk=0)


def test_old_map_data_files_are_pruned(tmp_path):
    data = map_data([event()], profile())
    for i in range(KEEP_DATA_FILES + 3):
        write_map_data(tmp_path, f"key{i}", data)
    assert len(list((tmp_path / "mapdata").glob("*-points.json"))) == KEEP_DATA_FILES
    assert len(list((tmp_path / "mapdata").glob("*-details-0.json"))) == KEEP_DATA_FILES
    assert not list((tmp_path / "mapdata").glob("*.tmp"))


def test_two_sessions_writing_the_same_map_data_at_once_both_succeed(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    data = map_data([event(place_en=f"P{i}") for i in range(50)], profile())
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: write_map_data(tmp_path, "same key", data, chunk=7), range(16)))
    assert len(set(results)) == 1
    folder = tmp_path / "mapdata"
    assert json.loads((folder / results[0].points_url.rsplit("/", 1)[1]).read_text()) == data["points"]
    assert not list(folder.glob("*.tmp"))


def test_undated_events_from_a_frame_do_not_break_the_map_the_table_or_the_review_columns():
    """Undated events (date None, date_precision "unknown") come from the store as rows with no date."""
    from geo.service import Catalogue, review_columns, table_frame, timeline_rows

    frame = events_frame([event(), event(place_en="Barda", lat=40.37, lon=47.12)])
    frame["date"] = [frame["date"].iloc[0], None]
    frame["date_precision"] = ["day", "unknown"]
    df = review_columns(frame)
    assert df["confidence"].iloc[1] < df["confidence"].iloc[0]
    data = map_data(df, all_parties())
    assert data["details"]["date"] == ["2020-10-14", None] and data["points"]["d"][1] == -1
    assert table_frame(df, lang="en")["date"].tolist() == ["2020-10-14", ""]
    assert [r["date"] for r in timeline_rows(df)] == ["2020-10-14"]
    assert legend_data(df, all_parties())["parties"][0][2] == 2
    cat = Catalogue("r", df)
    assert cat.date_range == (dt.date(2020, 10, 14), dt.date(2020, 10, 14)) and cat.has_undated


def test_place_labels_are_written_again_only_when_their_sources_changed(tmp_path):
    import os

    from geo.mapping import place_labels_current, write_place_labels

    source = tmp_path / "places.csv"
    source.write_text("x", encoding="utf-8")
    assert not place_labels_current(tmp_path / "static", [source])  # none written yet
    target = write_place_labels(tmp_path / "static", [], [])
    os.utime(source, (target.stat().st_mtime - 10,) * 2)
    assert place_labels_current(tmp_path / "static", [source])
    os.utime(source, (target.stat().st_mtime + 10,) * 2)  # the data changed since
    assert not place_labels_current(tmp_path / "static", [source])
