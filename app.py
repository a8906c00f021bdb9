"""Streamlit shell: widgets, caching and rendering over ``geo``; no logic of its own.

    streamlit run app.py
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from gazetteer import Gazetteer
from geo import export, load_profile, service
from geo.errors import GeoError
from geo.mapping import build_map, install_static_assets
from geo.model import EVENT_TYPES, PRECISIONS
from geo.store import EventFilter, EventStore

HERE = Path(__file__).resolve().parent
st.set_page_config(page_title="Conflict map: claimed strikes from Arabic news", layout="wide")


@st.cache_resource
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@st.cache_resource
def store_and_seed():
    install_static_assets(HERE / "static")
    store = EventStore()
    report = service.seed_store(store, gazetteer())
    return store, report


profile = load_profile("karabakh")
store, seeded = store_and_seed()
all_events = store.events()

st.title("Claimed strikes in Arabic news")
if seeded is not None:
    st.info(f"First run: the map was filled from {seeded.origin}.", icon="ℹ️")
st.caption(f"Data: {store.stats().articles} article(s) in {store.url}. Colours show who *claims* each event.")

# ---- filters (state mirrored in the page URL so a view can be shared)
try:
    initial = service.filter_from_params(st.query_params.to_dict())
except GeoError as err:
    st.warning(f"Ignoring the filters in the link: {err}")
    initial = EventFilter()
dates = [e.date for e in all_events] or [dt.date.today()]
lo, hi = min(dates), max(dates)
with st.sidebar:
    st.header("Filters")
    date_range = st.date_input("Date range", value=(initial.date_from or lo, initial.date_to or hi), key="dates")
    present = sorted({e.claimant for e in all_events})
    claimants = st.multiselect("Claimed by", options=list(profile.party_ids), key="claimants",
                               default=[c for c in (initial.claimants or present) if c in profile.party_ids])
    attackers = st.multiselect("Attacker", options=list(profile.party_ids), key="attackers",
                               default=[a for a in initial.attackers if a in profile.party_ids])
    types = st.multiselect("Event type", options=list(EVENT_TYPES), default=list(initial.event_types), key="types")
    precisions = st.multiselect("Location precision", options=list(PRECISIONS), default=list(initial.precisions),
                                key="precisions")
    place = st.text_input("Place (Arabic or Latin)", value=initial.place or "", key="place")

d_from, d_to = (date_range if isinstance(date_range, (list, tuple)) and len(date_range) == 2 else (lo, hi))
current = EventFilter(date_from=d_from, date_to=d_to, claimants=tuple(claimants), attackers=tuple(attackers),
                      event_types=tuple(types), precisions=tuple(precisions), place=place or None)
st.query_params.from_dict(service.filter_to_params(current))
events = store.events(current)

# ---- the map and what cannot be pinned
st.metric("Events shown", len(events), help="events matching the filters (merged across sources)")
col_map, col_side = st.columns([3, 1])
with col_map:
    st_folium(build_map(events, profile), key="map", height=620, use_container_width=True, returned_objects=[])
with col_side:
    st.subheader("Country-level")
    country = [e for e in events if e.precision == "country" or e.lat is None]
    if not country:
        st.write("none")
    for e in country:
        st.markdown(f"- {e.date} · **{e.claimant}** · {e.event_type} · {e.place_en}")
    st.subheader("Per claimant")
    st.dataframe(pd.DataFrame(sorted(service.legend_counts(events).items()), columns=["claimant", "events"]),
                 hide_index=True)

st.subheader("Events per day")
timeline = pd.DataFrame(service.timeline_rows(events), columns=["date", "claimant", "events"])
if not timeline.empty:
    st.bar_chart(timeline, x="date", y="events", color="claimant")

st.subheader("Filtered events")
st.dataframe(pd.DataFrame(service.table_rows(events), columns=list(service.TABLE_COLUMNS)), hide_index=True,
             key="table")

# ---- exports of exactly the filtered events
c1, c2, c3 = st.columns(3)
c1.download_button("Download GeoJSON", data=json.dumps(export.to_feature_collection(events), ensure_ascii=False),
                   file_name="events.geojson", mime="application/geo+json", key="dl_geojson")
c2.download_button("Download CSV", data=export.to_csv_frame(events).to_csv(index=False).encode("utf-8"),
                   file_name="events.csv", mime="text/csv", key="dl_csv")
with tempfile.TemporaryDirectory() as tmp:
    gpkg = export.write(Path(tmp) / "events.gpkg", events, "gpkg").read_bytes()
c3.download_button("Download GeoPackage", data=gpkg, file_name="events.gpkg",
                   mime="application/geopackage+sqlite3", key="dl_gpkg")
