"""``geo serve``: the events as OGC API - Features, through pygeoapi, plus the alert feeds.

pygeoapi reads its configuration and OpenAPI document from files named by environment variables
when its Flask app is imported, so ``build_app`` writes both (generated from the store URL, the
host and the port) into a private folder first, then imports the app and adds our own routes:
``/alerts`` (JSON list) and ``/alerts/{id}.atom``. ``run`` serves it with waitress. Read-only:
no transactions (create, update, delete) are enabled.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from .errors import GeoInputError

__all__ = ["pygeoapi_config", "build_app", "run", "COLLECTION"]

COLLECTION = "events"


def pygeoapi_config(store_url: str, *, base_url: str, host: str, port: int, max_items: int = 10_000) -> dict:
    """The pygeoapi configuration of one collection, ``events``, served by ``geo.ogcapi.EventProvider``."""
    return {
        "server": {
            "bind": {"host": host, "port": port},
            "url": base_url,
            "mimetype": "application/json; charset=UTF-8",
            "encoding": "utf-8",
            "gzip": False,
            "languages": ["en-US"],
            "cors": True,
            "pretty_print": False,
            "limits": {"default_items": 10, "max_items": max_items},
            "map": {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                    "attribution": "&copy; OpenStreetMap contributors"},
            "admin": False,
        },
        "logging": {"level": "ERROR"},
        "metadata": {
            "identification": {
                "title": {"en": "conflictmap"},
                "description": {"en": "Strikes and attacks claimed in Arabic-language news, each located with "
                                      "conflictmap's gazetteer and coloured by the party that claims it."},
                "keywords": {"en": ["conflict", "events", "OSINT", "Arabic news"]},
                "keywords_type": "theme",
                "terms_of_service": "https://creativecommons.org/licenses/by/4.0/",
                "url": base_url,
            },
            "license": {"name": "CC-BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
            "provider": {"name": "conflictmap", "url": base_url},
            "contact": {"name": "conflictmap", "position": "maintainer", "address": "", "city": "",
                        "stateorprovince": "", "postalcode": "", "country": "", "phone": "", "fax": "",
                        "email": "", "url": base_url, "hours": "", "instructions": "", "role": "pointOfContact"},
        },
        "resources": {
            COLLECTION: {
                "type": "collection",
                "title": {"en": "Claimed strikes and attacks"},
                "description": {"en": "One feature per event (reports of the same claim merged). Filters: bbox, "
                                      "datetime (days; an undated event is in no interval), claimant, attacker, "
                                      "event_type, stance, precision, profile; a comma means any of "
                                      "(claimant=Armenia,Azerbaijan)."},
                "keywords": {"en": ["strike", "attack", "claim"]},
                "links": [],
                "extents": {
                    "spatial": {"bbox": [-180, -90, 180, 90],
                                "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"},
                },
                "providers": [{
                    "type": "feature",
                    "name": "geo.ogcapi.EventProvider",
                    "data": store_url,
                    "id_field": "event_id",
                    "time_field": "date",
                    "title_field": "place_en",
                }],
            },
        },
    }


def build_app(store_url: str, *, host: str = "127.0.0.1", port: int = 8000, base_url: str | None = None,
              workdir: str | Path | None = None):
    """pygeoapi's Flask app over the store at ``store_url``, with the alert routes added."""
    import yaml

    base_url = (base_url or f"http://{host}:{port}").rstrip("/")
    folder = Path(workdir or tempfile.mkdtemp(prefix="conflictmap-serve-"))
    folder.mkdir(parents=True, exist_ok=True)
    cfg = pygeoapi_config(store_url, base_url=base_url, host=host, port=port)
    cfg_path, oas_path = folder / "pygeoapi-config.yml", folder / "openapi.json"
    _atomic_write(cfg_path, yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False))
    from pygeoapi.openapi import get_oas

    _atomic_write(oas_path, json.dumps(get_oas(cfg), ensure_ascii=False))
    os.environ["PYGEOAPI_CONFIG"], os.environ["PYGEOAPI_OPENAPI"] = str(cfg_path), str(oas_path)
    if "pygeoapi.flask_app" in sys.modules:
        raise GeoInputError("pygeoapi's app is already loaded in this process; one geo serve per process")
    _html_safe_json()
    _safe_csv()
    from pygeoapi import flask_app

    app = flask_app.APP
    _add_query_checks(app)
    _add_alert_routes(app, store_url, base_url)
    return app


def _add_query_checks(app) -> None:
    """Parameters pygeoapi itself fails on with a 500 (an empty ``sortby`` entry), refused with a 400 naming them."""
    from flask import Response, request

    def check():
        value = request.args.get("sortby")
        if value is not None and any(not p.strip().lstrip("+-").strip() for p in value.split(",")):
            body = {"code": "InvalidParameterValue", "type": "InvalidParameterValue",
                    "description": f"sortby must list properties, each optionally prefixed by + or -, got {value!r}"}
            return Response(json.dumps(body), status=400, mimetype="application/json")
        return None

    app.before_request(check)


def _html_safe_json() -> None:
    """pygeoapi's HTML pages put features into a <script> as ``{{ data | to_json | safe }}``: an article
    sentence holding ``</script><script>...`` would run in the reader's browser. Article text is
    untrusted, so the JSON its templates embed escapes ``<``, ``>``, ``&`` and ``'`` as \\u escapes
    (the same JSON value). The templates look ``to_json`` up in ``pygeoapi.util`` at each render."""
    import pygeoapi.util as pu

    if getattr(pu.to_json, "_conflictmap_safe", False):
        return
    original = pu.to_json

    def to_json(dict_, pretty=False):
        text = original(dict_, pretty)
        return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("'", "\\u0027"))

    to_json._conflictmap_safe = True
    pu.to_json = to_json


def _safe_csv() -> None:
    """pygeoapi's ``?f=csv`` goes through ``geo.ogcapi.SafeCSVFormatter`` (no formulas, no crash on an
    event without coordinates): pygeoapi looks its CSV formatter up by name at each request."""
    from pygeoapi.plugin import PLUGINS

    PLUGINS["formatter"]["CSV"] = "geo.ogcapi.SafeCSVFormatter"


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _add_alert_routes(app, store_url: str, base_url: str) -> None:
    from flask import Response

    from .alerts import atom_feed, get_alert, list_alerts
    from .ogcapi import open_store

    def alerts_index():
        alerts = list_alerts(open_store(store_url))
        body = {"alerts": [{"id": a.id, "name": a.name, "filter": a.describe(),
                            "href": f"{base_url}/alerts/{a.id}.atom"} for a in alerts]}
        return Response(json.dumps(body, ensure_ascii=False), mimetype="application/json")

    def alert_atom(alert_id: str):
        store = open_store(store_url)
        try:
            alert = get_alert(store, alert_id)
        except GeoInputError:
            return Response(json.dumps({"code": "NotFound", "description": f"no alert {alert_id!r}"}),
                            status=404, mimetype="application/json")
        return Response(atom_feed(store, alert, base_url=base_url), mimetype="application/atom+xml")

    app.add_url_rule("/alerts", "conflictmap_alerts", alerts_index)
    app.add_url_rule("/alerts/<alert_id>.atom", "conflictmap_alert_atom", alert_atom)


def run(store_url: str, *, host: str = "127.0.0.1", port: int = 8000, threads: int = 8,
        base_url: str | None = None, shown_url: str | None = None) -> None:
    """Serve until SIGINT/SIGTERM; the generated configuration folder is removed at the end."""
    import shutil
    import signal

    from waitress import serve

    folder = Path(tempfile.mkdtemp(prefix="conflictmap-serve-"))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # unwind (and clean up) like Ctrl-C
    try:
        app = build_app(store_url, host=host, port=port, base_url=base_url, workdir=folder)
        print(f"serving OGC API - Features at {(base_url or f'http://{host}:{port}').rstrip('/')}/ "
              f"(store {shown_url or store_url})", flush=True)
        serve(app, host=host, port=port, threads=threads, ident="conflictmap", _quiet=True)
    except KeyboardInterrupt:
        pass
    finally:
        shutil.rmtree(folder, ignore_errors=True)
