"""QGIS (Debian python3-qgis, headless) reads ``geo serve`` as an OAPIF layer and opens our exports."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.service import EXPECTED, ROOT, fill, serving
from geo.export import write

QGIS_PYTHON = "/usr/bin/python3"
PROBE = ROOT / "tests" / "qgis_probe.py"


def qgis(*argv) -> dict:
    """Run the probe under Debian's Python with QGIS; a missing python3-qgis fails, naming the package."""
    e = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PYENV"))}
    e.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(Path("/tmp") / f"qgis-runtime-{os.getuid()}"))
    Path(e["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    proc = subprocess.run([QGIS_PYTHON, str(PROBE), *argv], env=e, capture_output=True, text=True, timeout=180)
    if "No module named 'qgis'" in proc.stderr:
        pytest.fail("QGIS is not installed: apt-get install -y --no-install-recommends python3-qgis "
                    "(scripts/test.sh does it)", pytrace=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("store_url", ["sqlite", "postgis"], indirect=True)
def test_qgis_loads_the_oapif_layer_and_counts_a_bbox(store, gazetteer):
    fill(store, gazetteer)
    with serving(store._url.render_as_string(hide_password=False)) as base:
        got = qgis("oapif", base, "events", "46.8", "40.2", "47.2", "40.5")
    assert got["valid"], got
    assert got["count"] == len(EXPECTED)
    assert got["in_bbox"] == ["Barda", "Tartar"]
    assert {"claimant", "event_type", "place_en", "date"} <= set(got["fields"])


def test_qgis_opens_our_geopackage_and_geojson_exports(store, gazetteer, tmp_path):
    fill(store, gazetteer)
    events = store.events()
    want = sorted([round(e.lon, 4), round(e.lat, 4)] for e in events)
    for fmt, suffix in (("gpkg", "gpkg"), ("geojson", "geojson")):
        path = tmp_path / f"events.{suffix}"
        write(path, events, fmt)
        got = qgis("file", str(path))
        assert got["valid"] and got["count"] == len(events), got
        assert got["crs"] == "EPSG:4326" and got["points"] == want  # x = lon, y = lat
        assert {"claimant", "event_type", "place_en"} <= set(got["fields"])
