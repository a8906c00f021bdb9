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

from geo import service
from geo.mapping import (base_map, build_map, install_static_assets, legend_html, map_bounds, map_data, selection_bits,
                         selection_layer, write_map_data)
from geo.service import (DEFAULT_PROFILE, EVENT_TYPES, KINDS, LANGUAGES, PRECISIONS, RTL_CSS, EventFilter, EventStore,
                         Gazetteer, GeoError, available_profiles, default_url, export, load_profile, t, timeline_svg)

HERE = Path(__file__).resolve().parent
COUNTRY_ROWS = 50  # country-level events listed beside the map (the table has them all)
#: Rows of the table (the first by date): a page of 50,000 rows would slow every filter change
#: for nobody; the downloads hold every filtered event.
TABLE_ROWS = 2000
st.set_page_config(page_title="Conflict map: claimed strikes from Arabic news", layout="wide")


@st.cache_resource
def gazetteer(user_file: str, user_file_mtime: float) -> Gazetteer:
    return Gazetteer.load(extra_files=[user_file] if user_file_mtime else [])


def current_gazetteer() -> Gazetteer:
    user = service.user_gazetteer_path()
    return gazetteer(str(user), user.stat().st_mtime if user.exists() else 0.0)


@st.cache_resource
def store_and_seed(url: str):
    install_static_assets(HERE / "static")
    store = EventStore(url)
    # The gazetteer is loaded only to fill an empty store (and later to read new articles).
    report = service.seed_store(store, current_gazetteer()) if not store.stats().articles else None
    return store, report


@st.cache_resource(max_entries=4)
def catalogue(url: str, revision: str, _store: EventStore) -> service.Catalogue:
    """Every event of the store at this revision, as columns (filters pick rows of it)."""
    return service.Catalogue.load(_store)


@st.cache_resource(max_entries=8)
def map_files(url: str, revision: str, lang: str, _cat: service.Catalogue):
    """The catalogue's map data as two files the browser fetches (and caches) once per revision."""
    data = map_data(_cat.frame, profile, lang=lang)
    return write_map_data(HERE / "static", f"{url}|{revision}|{profile.id}|{lang}", data), map_bounds(data)


@st.cache_resource(max_entries=4)
def stats(url: str, revision: str, _store: EventStore):
    return _store.stats()


lang = st.sidebar.radio(t("language"), list(LANGUAGES), format_func=LANGUAGES.get, key="lang", horizontal=True)
if lang == "ar":
    st.markdown(RTL_CSS, unsafe_allow_html=True)
profile = load_profile(DEFAULT_PROFILE)
store, seeded = store_and_seed(default_url())
revision = store.revision()
cat = catalogue(store.url, revision, store)

st.title(t("title", lang))
if seeded is not None:
    st.info(t("first_run", lang, origin=seeded.origin), icon="ℹ️")
st.caption(t("data", lang, n=stats(store.url, revision, store).articles, url=store.url))
tab_map, tab_add = st.tabs([t("tab_map", lang), t("tab_add", lang)])

# ---- filters (state mirrored in the page URL so a view can be shared)
try:
    initial = service.filter_from_params(st.query_params.to_dict())
except GeoError as err:
    st.warning(f"Ignoring the filters in the link: {err}")
    initial = EventFilter()
lo, hi = cat.date_range or (dt.date.today(), dt.date.today())
with st.sidebar:
    st.header(t("filters", lang))
    date_range = st.date_input(t("dates", lang), value=(initial.date_from or lo, initial.date_to or hi), key="dates")
    present = cat.claimants
    claimants = st.multiselect(t("claimants", lang), options=list(profile.party_ids), key="claimants",
                               default=[c for c in (initial.claimants or present) if c in profile.party_ids])
    attackers = st.multiselect(t("attackers", lang), options=list(profile.party_ids), key="attackers",
                               default=[a for a in initial.attackers if a in profile.party_ids])
    types = st.multiselect(t("types", lang), options=list(EVENT_TYPES), default=list(initial.event_types), key="types")
    precisions = st.multiselect(t("precisions", lang), options=list(PRECISIONS), default=list(initial.precisions),
                                key="precisions")
    place = st.text_input(t("place", lang), value=initial.place or "", key="place")
    # The area drawn on the map (▭ button), kept until cleared; a shared link may carry one too.
    drawn = service.bbox_of_drawing((st.session_state.get("map") or {}).get("last_active_drawing"))
    if drawn and drawn != st.session_state.get("area_seen"):
        st.session_state["area_seen"] = drawn
        st.session_state["area"] = drawn
    area = st.session_state.get("area", initial.bbox)
    if area:
        st.caption(t("area", lang, bbox=", ".join(f"{x:.2f}" for x in area)))
        if st.button(t("clear_area", lang), key="clear_area"):
            st.session_state["area"] = area = None

d_from, d_to = (date_range if isinstance(date_range, (list, tuple)) and len(date_range) == 2 else (lo, hi))
current = EventFilter(date_from=d_from, date_to=d_to, claimants=tuple(claimants), attackers=tuple(attackers),
                      event_types=tuple(types), precisions=tuple(precisions), place=place or None, bbox=area)
st.query_params.from_dict(service.filter_to_params(current))
positions = cat.select(store, current)
view = cat.view(positions)

with tab_map:
    st.metric(t("shown", lang), len(view))
    table = service.table_frame(view.iloc[:TABLE_ROWS])
    selected = (st.session_state.get("table") or {}).get("selection", {}).get("rows", [])
    row = selected[0] if selected and selected[0] < min(len(view), TABLE_ROWS) else None
    focus = view.iloc[row] if row is not None else None
    focused = focus is not None and focus["lat"] == focus["lat"] and focus["precision"] != "country"
    col_map, col_side = st.columns([3, 1])
    with col_map:
        # The map is the same page for every filter of this revision (no rebuild, the data stay
        # cached in the browser); a filter only swaps the selection layer, a bitmap of the rows.
        files, bounds = map_files(store.url, revision, lang, cat)
        fmap = base_map(profile, files=files, bounds=bounds, lang=lang)
        layer = selection_layer(selection_bits(positions, cat.n) if len(positions) < cat.n else None,
                                legend=legend_html(view, profile, lang=lang), bbox=area,
                                focus=int(positions[row]) if focused else None)
        st_folium(fmap, key="map", height=620, use_container_width=True, feature_group_to_add=layer,
                  center=(focus["lat"], focus["lon"]) if focused else None, zoom=11 if focused else None,
                  returned_objects=["last_active_drawing"])
    with col_side:
        st.subheader(t("country_level", lang))
        country = service.country_level(view)
        if not len(country):
            st.write(t("none", lang))
        else:  # one element for the whole list: fifty would each cost the page a component
            st.text("\n".join(f"{e.date} · {e.claimant} · {e.event_type} · {e.place_en}"
                              for e in country.head(COUNTRY_ROWS).itertuples()))
        if len(country) > COUNTRY_ROWS:
            st.caption(t("more", lang, n=len(country) - COUNTRY_ROWS))
        st.subheader(t("per_claimant", lang))
        st.table(pd.DataFrame(sorted(service.legend_counts(view).items()), columns=["claimant", "events"])
                 .set_index("claimant"))
    st.subheader(t("per_day", lang))
    chart = timeline_svg(service.timeline_rows(view), profile, lang=lang, title=t("per_day", lang))
    if chart:
        st.markdown(chart, unsafe_allow_html=True)  # our SVG: every text in it is escaped
    st.subheader(t("table", lang))
    if len(view) > TABLE_ROWS:
        st.caption(t("table_cap", lang, shown=f"{TABLE_ROWS:,}", n=f"{len(view):,}"))
    st.dataframe(table, hide_index=True, key="table", on_select="rerun", selection_mode="single-row")
    # Exports of exactly the filtered events; past a few thousand events they are made only when
    # the button is clicked (a callable), so a filter change does not pay for three files.
    lazy = len(view) > 5000

    def geojson_bytes(flt=current):
        return json.dumps(export.to_feature_collection(store.events(flt)), ensure_ascii=False).encode("utf-8")

    def csv_bytes(flt=current):
        return export.to_csv_frame(store.events(flt)).to_csv(index=False).encode("utf-8")

    def gpkg_bytes(flt=current):
        with tempfile.TemporaryDirectory() as tmp:
            return export.write(Path(tmp) / "events.gpkg", store.events(flt), "gpkg").read_bytes()

    c1, c2, c3 = st.columns(3)
    for col, label, key, fn, name, mime in (
            (c1, "dl_geojson", "dl_geojson", geojson_bytes, "events.geojson", "application/geo+json"),
            (c2, "dl_csv", "dl_csv", csv_bytes, "events.csv", "text/csv"),
            (c3, "dl_gpkg", "dl_gpkg", gpkg_bytes, "events.gpkg", "application/geopackage+sqlite3")):
        col.download_button(t(label, lang), data=fn if lazy else fn(), file_name=name, mime=mime, key=key)

with tab_add:
    text = st.text_area(t("paste", lang), key="paste_text", height=180)
    uploads = st.file_uploader(t("upload", lang), type=["txt", "html", "htm", "jsonl"], accept_multiple_files=True,
                               key="uploads")
    a1, a2 = st.columns(2)
    published = a1.date_input(t("published", lang), value=dt.date.today(), key="published")
    prof_name = a2.selectbox(t("profile", lang), available_profiles(), key="profile_name")
    if st.button(t("read", lang), key="read"):
        try:
            arts = []
            if text.strip():
                arts.append(service.article_from_text(text, name=f"pasted-{dt.datetime.now():%Y%m%d-%H%M%S}",
                                                      published=published, profile=prof_name))
            for up in uploads or []:
                arts.extend(service.articles_from_upload(up.name, up.getvalue(), published=published))
            st.session_state["reviews"] = [service.review_article(a, current_gazetteer()) for a in arts]
        except GeoError as err:
            st.error(str(err))
    for n, review in enumerate(st.session_state.get("reviews", [])):
        st.subheader(t("found", lang, n=len(review.events), name=review.article.name))
        prof = load_profile(review.article.profile or DEFAULT_PROFILE)
        changes = {}
        for m, e in enumerate(review.events):
            with st.expander(f"{e.date} · {e.claimant} · {e.event_type} · {e.place_ar} ({e.place_en})"):
                st.text(e.evidence)
                k = f"r{n}_{m}"
                cands = review.candidates.get(e.place_ar, [])
                labels = [f"{c.place.name_en} [{c.place.country}, {c.place.kind}] {c.score:.2f}: {', '.join(c.reasons)}"
                          for c in cands]
                b1, b2, b3 = st.columns(3)
                claimant = b1.selectbox("claimant", prof.party_ids, index=prof.party_ids.index(e.claimant)
                                        if e.claimant in prof.party_ids else 0, key=f"{k}_c")
                etype = b2.selectbox("event_type", EVENT_TYPES, index=EVENT_TYPES.index(e.event_type), key=f"{k}_t")
                edate = b3.date_input("date", value=e.date, key=f"{k}_d")
                pick = st.selectbox("place", range(len(labels)), format_func=lambda i, labels=labels: labels[i],
                                    key=f"{k}_p") if labels else None
                point = st.session_state.get(f"mv{n}_{m}")  # a point clicked on the map below
                changes[e.event_id] = service.corrections_for(
                    e, claimant=claimant, event_type=etype, date=edate,
                    place=cands[pick].place if pick is not None and cands[pick].place.id != e.place_id else None,
                    lat=point[0] if point else None, lon=point[1] if point else None)
        if review.events:  # move an event by clicking the map (when no candidate is right)
            mv = st.selectbox(t("move", lang), range(len(review.events)), key=f"mv{n}_pick",
                              format_func=lambda i, evs=review.events: f"{evs[i].place_ar} ({evs[i].place_en})")
            target = review.events[mv]
            here = st.session_state.get(f"mv{n}_{mv}") or ((target.lat, target.lon) if target.lat is not None else None)
            out = st_folium(build_map(list(review.events), prof, center=here, zoom=10 if here else None, lang=lang),
                            key=f"mv{n}_map", height=360, use_container_width=True, returned_objects=["last_clicked"])
            clicked = (out or {}).get("last_clicked")
            if clicked and clicked != st.session_state.get(f"mv{n}_seen"):
                st.session_state[f"mv{n}_seen"] = clicked
                st.session_state[f"mv{n}_{mv}"] = (round(clicked["lat"], 5), round(clicked["lng"], 5))
            moved = st.session_state.get(f"mv{n}_{mv}")
            if moved:
                st.caption(t("moved", lang, place=target.place_ar, lat=moved[0], lon=moved[1]))
        if st.button(t("save", lang), key=f"save_{n}"):
            try:
                saved, corrected = service.save_review(store, review, changes)
                st.success(t("saved", lang, n=saved, c=corrected))
            except GeoError as err:
                st.error(str(err))
        if review.unresolved:
            st.markdown(f"**{t('unresolved', lang)}**")
            with st.form(f"add_place_{n}"):
                name_ar = st.selectbox("name_ar", review.unresolved, key=f"u{n}_name")
                f1, f2, f3 = st.columns(3)
                lat = f1.number_input("lat", -90.0, 90.0, 40.0, format="%.5f", key=f"u{n}_lat")
                lon = f2.number_input("lon", -180.0, 180.0, 46.5, format="%.5f", key=f"u{n}_lon")
                kind = f3.selectbox("kind", KINDS, key=f"u{n}_kind")
                if st.form_submit_button(t("add_place", lang)):
                    try:
                        path = service.user_gazetteer_path()
                        service.add_user_place(path, name_ar=name_ar, lat=lat, lon=lon, kind=kind)
                        st.success(t("place_added", lang, name=name_ar, path=path))
                    except GeoError as err:
                        st.error(str(err))

# ---- alerts (issue 15): the current filter saved as an alert; `geo serve` publishes /alerts/{id}.atom
with tab_map, st.expander("Alerts / تنبيهات"):
    from geo import alerts as _alerts

    with st.form("alert_form"):
        alert_name = st.text_input("Alert name", key="alert_name")
        alert_hook = st.text_input("Webhook URL (optional)", key="alert_webhook")
        st.caption("Saves the area drawn, claimants and types chosen above, in the karabakh theatre.")
        if st.form_submit_button("Save alert"):
            try:
                saved_alert = _alerts.save_alert(store, _alerts.Alert(
                    alert_name, area, None, tuple(claimants), tuple(types), "karabakh", alert_hook.strip() or None))
                st.success(f"Saved alert {saved_alert.id}: /alerts/{saved_alert.id}.atom")
            except GeoError as err:
                st.error(str(err))
    for a in _alerts.list_alerts(store):
        st.markdown(f"`{a.id}` **{a.name}** — {a.describe()} — `/alerts/{a.id}.atom`")
