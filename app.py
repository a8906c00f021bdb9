"""Streamlit shell: widgets, caching and rendering over ``geo``; no logic of its own.

    streamlit run app.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
import threading
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import service
from geo.mapping import (all_parties, base_map, build_map, install_static_assets, legend_data, map_bounds, map_data,
                         selection_bits, selection_layer, write_map_data, write_place_labels,
                         place_labels_current, written_map_data)
from geo.service import (DEFAULT_PROFILE, DISPLAY_STANCES, EVENT_TYPES, KINDS, LANGUAGES, PRECISIONS, RTL_CSS,
                         EventFilter, EventStore, Gazetteer, GeoError, available_profiles, default_url, export,
                         load_profile, t, term)

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


def write_labels() -> None:
    """The offline map's place labels, from the gazetteer (written beside the base layers; the map
    fetches them once its events are drawn, so this never holds up a first render)."""
    if place_labels_current(HERE / "static", service.label_sources()):
        return  # written by an earlier start from the same data
    boxes = [b for b in (load_profile(p).theatre.bbox for p in available_profiles()) if b]
    write_place_labels(HERE / "static", Gazetteer.load().places, boxes)


#: What the map data are made with besides the store (the code and profiles), once per process.
DATA_VERSION = st.cache_resource(service.data_version)()


@st.cache_resource
def store_and_seed(url: str):
    install_static_assets(HERE / "static")
    threading.Thread(target=write_labels, daemon=True, name="place-labels").start()
    store = EventStore(url)
    # The gazetteer is loaded only to fill an empty store (and later to read new articles).
    report = service.seed_store(store, current_gazetteer()) if not store.stats().articles else None
    return store, {"report": report}  # the notice is taken (shown) once, by the first page after seeding


@st.cache_resource(max_entries=4)
def catalogue(url: str, revision: str, _store: EventStore) -> service.Catalogue:
    """Every event of the store at this revision, as columns (filters pick rows of it); kept on disk,
    so that the first visitor after a restart over the same store does not wait for it."""
    return service.cached_catalogue(_store)


@st.cache_resource(max_entries=8)
def map_files(url: str, revision: str, lang: str, _cat: service.Catalogue):
    """The catalogue's map data as files the browser fetches (and caches) once per revision; those an
    earlier start wrote for this store revision (and code and profiles) are used as they are."""
    key = f"{url}|{revision}|all|{lang}|{DATA_VERSION}"
    done = written_map_data(HERE / "static", key)
    if done is not None:
        return done
    data = map_data(_cat.frame, PARTIES, lang=lang)
    # (the details, which no first render needs, are written after the page has its points)
    return write_map_data(HERE / "static", key, data, background=True), map_bounds(data)


@st.cache_resource(max_entries=4)
def stats(url: str, revision: str, _store: EventStore):
    return _store.stats()


lang = st.sidebar.radio(t("language"), list(LANGUAGES), format_func=LANGUAGES.get, key="lang", horizontal=True)
if lang == "ar":
    st.markdown(RTL_CSS, unsafe_allow_html=True)
# Text typed or pasted takes the direction of its own first letters (Arabic right to left, a name in
# Latin letters or a negative number left to right) in either interface. The date picker's range
# ("2020/10/01 – 2020/10/14", digits only) is laid out left to right, as the map's timeline writes
# it: in a right-to-left page its two dates, and the parts of each, came out swapped.
st.markdown("<style>.stApp textarea { unicode-bidi: plaintext; text-align: start; } "
            ".stApp input[type='text'] { unicode-bidi: plaintext; } "
            ".stApp [data-testid='stDateInputField'] { direction: ltr; unicode-bidi: isolate; }"
            "</style>", unsafe_allow_html=True)
#: Every party of every theatre, one stable colour each (the map shows all theatres at once).
PARTIES = all_parties()
PARTY_BY_ID = {p.id: p for p in PARTIES}
store, seed_box = store_and_seed(default_url())
revision = store.revision()
cat = catalogue(store.url, revision, store)


def party_name(pid):
    p = PARTY_BY_ID.get(pid)
    return ((p.label_ar if lang == "ar" else p.label_en) or p.label_en or pid) if p else pid


st.title(t("title", lang))
# The first-run notice only on the first page after the store was seeded (its slot is always there,
# so that its going away does not move, and remount, the map below it).
notice = st.empty()
seeded = seed_box.pop("report", None)
if seeded is not None:
    st.session_state["seeded_notice"] = seeded.origin
if st.session_state.get("seeded_notice") and not st.session_state.get("notice_seen_run"):
    notice.info(t("first_run", lang, origin=st.session_state["seeded_notice"]), icon="ℹ️")
    st.session_state["notice_seen_run"] = True
st.caption(t("data", lang, n=stats(store.url, revision, store).articles, url=store.url))
tab_map, tab_add = st.tabs([t("tab_map", lang), t("tab_add", lang)])

# The choice widgets of each language are their own widgets, built from the link (which holds the
# current filters): the browser keeps a widget's chips as text, in the language they were made in.
LANG_KEY = "" if lang == "en" else f"_{lang}"

# ---- filters (state mirrored in the page URL so a view can be shared)
try:
    initial = service.filter_from_params(st.query_params.to_dict())
except GeoError as err:
    st.warning(t("bad_link", lang, err=err))
    initial = EventFilter()
lo, hi = cat.date_range or (dt.date.today(), dt.date.today())
theatres = sorted({p for p in cat.frame["profile"].tolist() if p}) if cat.n else []
theatre_options = ["all"] + sorted(set(theatres) | set(available_profiles()))
with st.sidebar:
    st.header(t("filters", lang))
    picked = (initial.profiles or ("all",))[0]

    def theatre_label(pid):
        if pid == "all":
            return t("all_theatres", lang)
        prof = load_profile(pid)
        return (prof.name_ar if lang == "ar" else prof.name_en) or prof.name_en or pid

    theatre = st.selectbox(t("theatre", lang), theatre_options, key="theatre" + LANG_KEY, format_func=theatre_label,
                           index=theatre_options.index(picked) if picked in theatre_options else 0)
    # What the map reports as a "drawing": an area (▭), or a marker standing for a request: review
    # an event (a popup's button), or filter by the dates brushed on the map's timeline.
    last = (st.session_state.get("map") or {}).get("last_active_drawing")
    props = ((last or {}).get("properties") or {}) if isinstance(last, dict) else {}
    if props.get("conflictmap") in ("review", "dates"):
        if props != st.session_state.get("report_seen"):
            st.session_state["report_seen"] = props
            if props["conflictmap"] == "review":
                st.session_state["review_event"] = str(props.get("event_id"))
            else:
                try:
                    st.session_state["dates"] = (dt.date.fromisoformat(str(props.get("from"))),
                                                 dt.date.fromisoformat(str(props.get("to"))))
                except ValueError:
                    pass
        last = None
    # The date picker spans the events of the theatre chosen (every theatre's for "all"): choosing a
    # theatre sets the range to its first and last days. The first page takes the link's dates as
    # they are (the picker then reaches them too, so that a shared view is the same view).
    here = cat.frame if theatre == "all" else cat.frame[cat.frame["profile"] == theatre]
    lo, hi = service.date_bounds(here) or (lo, hi)
    theatre_changed = "dates_for" in st.session_state and st.session_state["dates_for"] != theatre
    if st.session_state.get("dates_for") != theatre:
        st.session_state["dates_for"] = theatre
        st.session_state["dates"] = (lo, hi) if theatre_changed else (initial.date_from or lo, initial.date_to or hi)
    # (the link holds the dates in effect, but those of the theatre before when it changed)
    linked = [d for d in (initial.date_from, initial.date_to) if d and not theatre_changed]
    date_range = st.date_input(t("dates", lang), key="dates", min_value=min([lo, *linked]), max_value=max([hi, *linked]))
    # (asked only when the store holds undated events)
    # (the link's ``undated=exclude`` unticks it; "only" is the CLI's, here it keeps them too)
    undated = st.checkbox(t("with_undated", lang), key="undated",
                          value=initial.undated != "exclude") if cat.has_undated else False
    # Parties: those of the events in the store (of the theatre picked), in the shared party order.
    present = set(here["claimant"].tolist()) if len(here) else set()
    party_ids = [p.id for p in PARTIES if p.id in present] + sorted(present - set(PARTY_BY_ID))
    attacker_ids = sorted({a for a in here["attacker"].tolist() if isinstance(a, str)} if len(here) else set(),
                          key=lambda a: (a not in PARTY_BY_ID, a))

    if theatre_changed:  # another theatre: every party of it claimed (chips of the last one would stay)
        st.session_state["claimants" + LANG_KEY] = party_ids

    def choose(key, options, default, fmt):
        """A multiselect of the sidebar: labels in the interface's language, "any" when empty."""
        if key + LANG_KEY in st.session_state:  # its state holds the choice (a default would be ignored, and warned of)
            default = None
        return st.multiselect(t(key, lang), options=options, default=default, key=key + LANG_KEY,
                              placeholder=t("choose", lang), format_func=fmt)

    claimants = choose("claimants", party_ids, [c for c in (initial.claimants or party_ids) if c in party_ids],
                       party_name)
    attackers = choose("attackers", sorted(set(attacker_ids) | set(initial.attackers)), list(initial.attackers),
                       party_name)
    stances = choose("stances", list(DISPLAY_STANCES),
                     [k for k in st.query_params.get("stance", "").split(",") if k in DISPLAY_STANCES],
                     lambda k: term("stances", k, lang))
    types = choose("types", list(EVENT_TYPES), list(initial.event_types), lambda k: term("types", k, lang))
    precisions = choose("precisions", list(PRECISIONS), list(initial.precisions),
                        lambda k: term("precisions", k, lang))
    place = st.text_input(t("place", lang), value=initial.place or "", key="place")
    # The area drawn on the map (▭ button), kept until cleared; a shared link may carry one too.
    drawn = service.bbox_of_drawing(last)
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
                      event_types=tuple(types), precisions=tuple(precisions), place=place or None, bbox=area,
                      # a place is searched as a place (its gazetteer ids), and as printed
                      place_ids=service.place_ids_for(place, current_gazetteer()) if place else (),
                      profiles=() if theatre == "all" else (theatre,),
                      undated="include" if undated or not cat.has_undated else "exclude")
params = service.filter_to_params(current)
# A shared link's map view is used by the first page of the session; the map keeps it up to date after.
link_view = service.view_from_params(st.query_params.to_dict()) if not st.session_state.get("view_used") else None
if link_view:
    params["view"] = ",".join(str(x) for x in link_view)
if stances:
    params["stance"] = ",".join(stances)
st.query_params.from_dict(params)
positions = cat.select(store, current)
if stances:  # the stance shown (claim, accusation, denial, counter-claim) is the catalogue's, not the store's
    positions = positions[pd.Series(cat.frame["shown_stance"].to_numpy()[positions]).isin(stances).to_numpy()]
view = cat.view(positions)



def review_panel(view, table_row):
    """Review: the queue (least certain first), and confirm / reject / correct one event, with the
    reviewer's name and a note; every change goes to the store's audit trail."""
    st.subheader(t("review_queue", lang))
    done = st.session_state.pop("review_done", None)
    if done:
        st.success(done)
    queue = service.review_queue(cat.frame)
    if len(queue):
        qt = service.table_frame(queue, lang=lang, parties=PARTIES)[["confidence", "status", "date", "claimant",
                                                                     "event_type", "place_en", "evidence", "event_id"]]
        st.dataframe(qt, hide_index=True, key="queue", on_select="rerun", selection_mode="single-row",
                     column_config={c: term("columns", c, lang) for c in qt.columns}, height=220)
    else:
        st.write(t("none", lang))
    picked = (st.session_state.get("queue") or {}).get("selection", {}).get("rows", [])
    if picked and picked[0] < len(queue):
        eid = queue.iloc[picked[0]]["event_id"]
        if eid != st.session_state.get("queue_seen"):
            st.session_state["queue_seen"] = st.session_state["review_event"] = eid
    if table_row is not None and view.iloc[table_row]["event_id"] != st.session_state.get("table_seen"):
        st.session_state["table_seen"] = st.session_state["review_event"] = view.iloc[table_row]["event_id"]
    eid = st.session_state.get("review_event")
    hit = cat.frame[cat.frame["event_id"] == eid] if eid else cat.frame.iloc[:0]
    if not len(hit):
        st.caption(t("review_pick", lang))
        return
    ev = hit.iloc[0]
    st.markdown(f"**{t('reviewing', lang)}** <bdi>{html.escape(str(ev['place_ar']))}</bdi> · "
                f"<bdi>{html.escape(str(ev['place_en']))}</bdi> · {html.escape(str(ev['date'] or ''))} · "
                f"<bdi>{html.escape(party_name(ev['claimant']))}</bdi> · "
                f"{html.escape(term('types', ev['event_type'], lang))} · "
                f"{t('confidence', lang)} {round(100 * ev['confidence'])}% · "
                f"{html.escape(term('statuses', ev['status'], lang))}", unsafe_allow_html=True)
    st.markdown(f'<div dir="rtl" lang="ar">{html.escape(str(ev["evidence"] or ""))}</div>', unsafe_allow_html=True)
    r1, r2 = st.columns(2)
    # The reviewer's name is kept for the session (the widget's own state goes when it is not drawn).
    who = r1.text_input(t("reviewer", lang), key="reviewer", value=st.session_state.get("reviewer_name", ""))
    st.session_state["reviewer_name"] = who
    note = r2.text_input(t("note", lang), key="review_note")
    c1, c2, c3 = st.columns(3)
    claimant_opts = [p.id for p in PARTIES]
    new_claimant = c1.selectbox(t("claimants", lang), claimant_opts, key="rv_claimant", format_func=party_name,
                                index=claimant_opts.index(ev["claimant"]) if ev["claimant"] in claimant_opts else 0)
    new_type = c2.selectbox(t("types", lang), EVENT_TYPES, index=EVENT_TYPES.index(ev["event_type"]), key="rv_type",
                            format_func=lambda k: term("types", k, lang))
    new_date = c3.date_input(t("date", lang), value=ev["date"], key="rv_date")
    b1, b2, b3, b4 = st.columns(4)
    action = None
    if b1.button(t("confirm", lang), key="rv_confirm"):
        action = ("confirmed", {})
    if b2.button(t("reject", lang), key="rv_reject"):
        action = ("rejected", {})
    if b3.button(t("save_correction", lang), key="rv_correct"):
        changes = {k: v for k, v in (("claimant", new_claimant), ("event_type", new_type), ("date", new_date))
                   if v != ev[k]}
        action = (None, changes) if changes else None
    if b4.button(t("mark_review", lang), key="rv_needs"):
        action = ("needs_review", {})
    # The place: a name looked up in the gazetteer (any spelling), one of its candidates picked, or
    # coordinates typed; saved as a correction through the same review (and audit) as the rest.
    st.markdown(f"**{t('correct_place', lang)}**")
    p1, p2, p3 = st.columns([2, 1, 1])
    place_q = p1.text_input(t("place_query", lang), key="rv_place_q")
    lat_text = p2.text_input(t("lat", lang), key="rv_lat", placeholder="40.3420")
    lon_text = p3.text_input(t("lon", lang), key="rv_lon", placeholder="46.9320")
    choices, pick = [], None
    if place_q.strip():
        gaz = current_gazetteer()
        try:
            ev_theatre = load_profile(ev["profile"]).theatre if ev["profile"] in available_profiles() else None
        except GeoError:
            ev_theatre = None
        choices = service.place_choices(place_q, gaz, theatre=ev_theatre)
        if choices:
            pick = st.radio(t("place_candidates", lang), range(len(choices)), key="rv_place_pick",
                            format_func=lambda i: service.place_choice_label(choices[i].place, gaz, lang=lang))
        else:
            st.warning(t("place_unknown", lang, query=place_q.strip()))
    if st.button(t("save_place", lang), key="rv_place_save"):
        try:
            if lat_text.strip() or lon_text.strip():
                try:
                    changes = service.place_changes(ev, point=(lat_text, lon_text))
                except GeoError as err:
                    raise GeoError(t("bad_point", lang, err=err)) from err
            elif pick is not None:
                changes = service.place_changes(ev, place=choices[pick].place)
            else:
                raise GeoError(t("place_needed", lang))
            if changes:
                action = (None, changes)
                for k in ("rv_place_q", "rv_lat", "rv_lon", "rv_place_pick"):
                    st.session_state.pop(k, None)
            else:
                st.info(t("place_same", lang))
        except GeoError as err:
            st.error(str(err))
    if action:
        try:
            store.review(eid, action[0], reviewer=who.strip(), note=note.strip(), changes=action[1] or None,
                         was=ev["status"])
            st.session_state["review_done"] = t("review_saved", lang,
                                                status=term("statuses", action[0] or "corrected", lang))
            st.rerun()
        except GeoError as err:
            st.error(str(err))
    trail = ev["audit"] or []
    if trail:
        st.caption(t("audit", lang))
        st.table(pd.DataFrame(trail, columns=[t(k, lang) for k in ("when", "reviewer", "before", "after", "changes",
                                                                   "note")]))


with tab_map:
    st.metric(t("shown", lang), len(view))
    table = service.table_frame(view.iloc[:TABLE_ROWS], lang=lang, parties=PARTIES)
    selected = (st.session_state.get("table") or {}).get("selection", {}).get("rows", [])
    row = selected[0] if selected and selected[0] < min(len(view), TABLE_ROWS) else None
    focus = view.iloc[row] if row is not None else None
    focused = focus is not None and focus["lat"] == focus["lat"] and focus["precision"] != "country"
    col_map, col_side = st.columns([3, 1])
    with col_map:
        # The map is the same page for every filter of this revision (no rebuild, the data stay
        # cached in the browser); a filter only swaps the selection layer, a bitmap of the rows.
        files, bounds = map_files(store.url, revision, lang, cat)
        fmap = base_map(None, files=files, bounds=bounds, lang=lang)
        box = load_profile(theatre).theatre.bbox if theatre != "all" else None
        layer = selection_layer(selection_bits(positions, cat.n) if len(positions) < cat.n else None,
                                legend=legend_data(view, PARTIES, lang=lang), bbox=area,
                                focus=int(positions[row]) if focused else None,
                                frame=None if focused else ([[box[0], box[1]], [box[2], box[3]]] if box else True),
                                view=link_view)
        st.session_state["view_used"] = True
        st_folium(fmap, key="map", height=620, use_container_width=True, feature_group_to_add=layer,
                  center=(focus["lat"], focus["lon"]) if focused else None, zoom=11 if focused else None,
                  returned_objects=["last_active_drawing"])
    with col_side:
        st.subheader(t("country_level", lang))
        country = service.country_level(view)
        if not len(country):
            st.write(t("none", lang))
        else:  # one element for the whole list: fifty would each cost the page a component
            # Each part isolated (U+2068 ... U+2069) so Arabic and Latin parts keep their order.
            st.text("\n".join(" · ".join(f"\u2068{x}\u2069" for x in (
                e.date or t("undated", lang), party_name(e.claimant), term("types", e.event_type, lang),
                e.place_ar if lang == "ar" else e.place_en) if x) for e in country.head(COUNTRY_ROWS).itertuples()))
        if len(country) > COUNTRY_ROWS:
            st.caption(t("more", lang, n=len(country) - COUNTRY_ROWS))
        st.subheader(t("per_claimant", lang))
        st.table(pd.DataFrame([(party_name(c), n) for c, n in sorted(service.legend_counts(view).items())],
                              columns=[t("claimants", lang), t("events", lang)]).set_index(t("claimants", lang)))
    st.subheader(t("table", lang))
    if len(view) > TABLE_ROWS:
        st.caption(t("table_cap", lang, shown=f"{TABLE_ROWS:,}", n=f"{len(view):,}"))
    st.dataframe(table, hide_index=True, key="table", on_select="rerun", selection_mode="single-row",
                 column_config={c: term("columns", c, lang) for c in table.columns})
    review_panel(view, row)
    # Exports of exactly the filtered events; past a few thousand events they are made only when
    # the button is clicked (a callable), so a filter change does not pay for three files.
    lazy = len(view) > 5000

    def geojson_bytes(flt=current):
        return json.dumps(export.to_feature_collection(store.events(flt)), ensure_ascii=False).encode("utf-8")

    def csv_bytes(flt=current):  # UTF-8 with a byte order mark; cells that a spreadsheet would run are escaped
        return export.to_bytes(store.events(flt), "csv")

    def gpkg_bytes(flt=current):
        return export.to_bytes(store.events(flt), "gpkg")

    c1, c2, c3 = st.columns(3)
    for col, label, key, fn, name, mime in (
            (c1, "dl_geojson", "dl_geojson", geojson_bytes, "events.geojson", "application/geo+json"),
            (c2, "dl_csv", "dl_csv", csv_bytes, "events.csv", "text/csv"),
            (c3, "dl_gpkg", "dl_gpkg", gpkg_bytes, "events.gpkg", "application/geopackage+sqlite3")):
        col.download_button(t(label, lang), data=fn if lazy else fn(), file_name=name, mime=mime, key=key)

with tab_add:
    # Rows of the user's own gazetteer file that were skipped or changed when it was read (a bad row
    # never stops the others); only looked at when there is such a file.
    if service.user_gazetteer_path().exists():
        problems = service.user_gazetteer_problems(current_gazetteer())
        if problems:
            st.warning(t("user_gazetteer_problems", lang, path=service.user_gazetteer_path(), n=len(problems)))
            st.text("\n".join(problems[:50]))  # as plain text: the rows are the user's file, not markup
    text = st.text_area(t("paste", lang), key="paste_text", height=180)
    uploads = st.file_uploader(t("upload", lang), type=["txt", "html", "htm", "jsonl"], accept_multiple_files=True,
                               key="uploads")
    m1, m2, m3 = st.columns(3)
    paste_url = m1.text_input(t("url", lang), key="paste_url")
    paste_outlet = m2.text_input(t("outlet", lang), key="paste_outlet")
    paste_title = m3.text_input(t("title_field", lang), key="paste_title")
    a1, a2 = st.columns(2)
    # No default date: an article whose date nobody gave is not dated today. One said to have no
    # date is stored undated (its events dated only by dates written in the text).
    published = a1.date_input(t("published", lang), value=None, key="published")
    no_date = a1.checkbox(t("undated_paste", lang), key="undated_paste")
    profile_names = available_profiles()
    prof_name = a2.selectbox(t("profile", lang), profile_names, key="profile_name" + LANG_KEY,
                             format_func=theatre_label, index=profile_names.index(DEFAULT_PROFILE) if DEFAULT_PROFILE in profile_names else 0)
    if st.button(t("read", lang), key="read"):
        reviews, errors = [], []
        if text.strip():
            try:
                if published is None and not no_date:
                    raise GeoError(t("no_date", lang))
                art = service.article_from_text(text, name=f"pasted-{dt.datetime.now():%Y%m%d-%H%M%S}",
                                                published=None if no_date else published, profile=prof_name,
                                                url=paste_url.strip() or None, title=paste_title.strip() or None,
                                                source=paste_outlet.strip() or None)
                reviews.append(service.review_article(art, current_gazetteer()))
            except GeoError as err:
                errors.append(str(err))
        # Every uploaded file read on its own: a bad file (or JSON Lines record) is one line naming it,
        # and the good files of the batch are still read.
        got, bad = service.review_uploads([(up.name, up.getvalue()) for up in uploads or []], current_gazetteer(),
                                          published=None if no_date else published)
        st.session_state["reviews"] = reviews + got
        st.session_state["read_errors"] = errors + bad
    for msg in st.session_state.get("read_errors", []):
        st.error(msg)
    for n, review in enumerate(st.session_state.get("reviews", [])):
        st.subheader(t("found", lang, n=len(review.events), name=review.article.name))
        prof = load_profile(review.article.profile or DEFAULT_PROFILE)
        changes = {}
        for m, e in enumerate(review.events):
            with st.expander(" · ".join(f"\u2068{x}\u2069" for x in (
                    e.date or t("undated", lang), party_name(e.claimant), term("types", e.event_type, lang), e.place_ar,
                    e.place_en))):
                st.text(e.evidence)
                k = f"r{n}_{m}"
                cands = review.candidates.get(e.place_ar, [])
                labels = [f"{c.place.name_en} [{c.place.country}, {c.place.kind}] {c.score:.2f}: {', '.join(c.reasons)}"
                          for c in cands]
                b1, b2, b3 = st.columns(3)
                claimant = b1.selectbox(t("claimants", lang), prof.party_ids, format_func=party_name,
                                        index=prof.party_ids.index(e.claimant)
                                        if e.claimant in prof.party_ids else 0, key=f"{k}_c")
                etype = b2.selectbox(t("types", lang), EVENT_TYPES, index=EVENT_TYPES.index(e.event_type), key=f"{k}_t",
                                     format_func=lambda k: term("types", k, lang))
                edate = b3.date_input(t("date", lang), value=e.date, key=f"{k}_d")
                pick = st.selectbox(t("place_pick", lang), range(len(labels)), format_func=lambda i, labels=labels: labels[i],
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
                name_ar = st.selectbox(t("name_ar", lang), review.unresolved, key=f"u{n}_name")
                f1, f2, f3 = st.columns(3)
                lat = f1.number_input(t("lat", lang), -90.0, 90.0, 40.0, format="%.5f", key=f"u{n}_lat")
                lon = f2.number_input(t("lon", lang), -180.0, 180.0, 46.5, format="%.5f", key=f"u{n}_lon")
                kind = f3.selectbox(t("kind", lang), KINDS, key=f"u{n}_kind",
                                    format_func=lambda k: term("precisions", k, lang))
                if st.form_submit_button(t("add_place", lang)):
                    try:
                        path = service.user_gazetteer_path()
                        service.add_user_place(path, name_ar=name_ar, lat=lat, lon=lon, kind=kind)
                        st.success(t("place_added", lang, name=name_ar, path=path))
                    except GeoError as err:
                        st.error(str(err))

# ---- alerts (issue 15): the current filter saved as an alert; `geo serve` publishes /alerts/{id}.atom
with tab_map, st.expander("Alerts / تنبيهات"):
    _alerts = service.alerts

    with st.form("alert_form"):
        alert_name = st.text_input("Alert name", key="alert_name")
        alert_hook = st.text_input("Webhook URL (optional)", key="alert_webhook")
        st.caption("Saves the area drawn, claimants and types chosen above, in the theatre chosen (or all).")
        if st.form_submit_button("Save alert"):
            try:
                saved_alert = _alerts.save_alert(store, _alerts.Alert(
                    alert_name, area, None, tuple(claimants), tuple(types), None if theatre == "all" else theatre,
                    alert_hook.strip() or None))
                st.success(f"Saved alert {saved_alert.id}: /alerts/{saved_alert.id}.atom")
            except GeoError as err:
                st.error(str(err))
    for a in _alerts.list_alerts(store):
        st.markdown(f"`{a.id}` **{a.name}** — {a.describe()} — `/alerts/{a.id}.atom`")
