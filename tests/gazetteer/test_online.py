"""The optional Nominatim fallback, against a stand-in server on 127.0.0.1 (never the internet)."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from gazetteer import Gazetteer, GazetteerInputError, GeocoderServiceError, Place
from gazetteer.online import USER_AGENT, NominatimFallback


class _StandIn(BaseHTTPRequestHandler):
    requests: list = []
    fail = False

    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        q = parse_qs(url.query)
        type(self).requests.append({"path": url.path, "q": q, "ua": self.headers.get("User-Agent")})
        if type(self).fail:
            self.send_response(500)
            self.end_headers()
            return
        body = []
        if q.get("q", [""])[0] == "قرية بعيدة":
            body = [{"place_id": 1, "osm_type": "node", "osm_id": 42, "lat": "40.5", "lon": "46.5",
                     "display_name": "Faraway, Azerbaijan", "name": "Faraway", "addresstype": "village",
                     "address": {"country_code": "az"}}]
        if q.get("q", [""])[0] == "مكان غريب":  # a hostile or broken answer (issue 13)
            body = [{"place_id": 2, "osm_type": "node", "osm_id": 43, "lat": "north", "lon": "46.5",
                     "display_name": "Odd", "name": "Odd", "address": "not an object"}]
        if q.get("q", [""])[0] == "مكان بعيد جدا":
            body = [{"place_id": 3, "osm_type": "node", "osm_id": 44, "lat": "91", "lon": "400",
                     "display_name": "Far", "name": "Far"}]
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def standin():
    _StandIn.requests = []
    _StandIn.fail = False
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def fallback(standin, tmp_path, **kw):
    return NominatimFallback(cache_path=tmp_path / "nominatim.json", domain=standin, scheme="http",
                             min_delay_seconds=0.0, **kw)


def test_geocodes_through_the_standin_with_an_honest_user_agent(standin, tmp_path):
    place = fallback(standin, tmp_path).geocode("قرية بعيدة", country_codes=["az"])
    assert place is not None and place.id == "osm:node/42"
    assert place.lat == pytest.approx(40.5) and place.lon == pytest.approx(46.5)
    assert place.country == "AZ" and place.kind == "settlement"
    req = _StandIn.requests[0]
    assert req["path"] == "/search" and req["ua"] == USER_AGENT
    assert req["q"]["countrycodes"] == ["az"]


def test_answers_are_cached_on_disk_including_misses(standin, tmp_path):
    fb = fallback(standin, tmp_path)
    fb.geocode("قرية بعيدة")
    fb.geocode("لا شيء هنا")
    assert len(_StandIn.requests) == 2
    again = fallback(standin, tmp_path)  # a new process reads the cache file
    assert again.geocode("قرية بعيدة").id == "osm:node/42"
    assert again.geocode("لا شيء هنا") is None
    assert len(_StandIn.requests) == 2


def test_rate_limited_calls_are_spaced(standin, tmp_path):
    import time

    fb = NominatimFallback(cache_path=tmp_path / "c.json", domain=standin, scheme="http", min_delay_seconds=0.3)
    t = time.monotonic()
    fb.geocode("أ ب")
    fb.geocode("ج د")
    assert time.monotonic() - t >= 0.3


def test_service_failure_is_a_clear_error(standin, tmp_path):
    _StandIn.fail = True
    with pytest.raises(GeocoderServiceError, match="Nominatim failed"):
        fallback(standin, tmp_path).geocode("قرية بعيدة")


def test_off_by_default_and_used_only_when_nothing_local_matches(standin, tmp_path):
    gz = Gazetteer([(Place("x:1", "Tartar", 40.34, 46.93, "AZ"), ["ترتر"], ["Tartar"])])
    assert gz.online is None
    assert gz.candidates("قرية بعيدة") == []
    gz.online = fallback(standin, tmp_path)
    got = gz.candidates("قرية بعيدة")
    assert got[0].place.id == "osm:node/42" and got[0].reasons == ("online (Nominatim)",)
    assert gz.lookup("ترتر").id == "x:1"
    assert all(r["q"]["q"] != ["ترتر"] for r in _StandIn.requests)


def test_a_user_agent_is_required(tmp_path):
    with pytest.raises(GazetteerInputError, match="user_agent"):
        NominatimFallback(cache_path=tmp_path / "c.json", user_agent="")


@pytest.mark.parametrize("name, message", [("مكان غريب", "unusable answer|not numbers"),
                                           ("مكان بعيد جدا", "out of range|range")])
def test_an_answer_without_usable_coordinates_is_a_clear_error(standin, tmp_path, name, message):
    fb = fallback(standin, tmp_path)
    with pytest.raises(GeocoderServiceError, match=message):
        fb.geocode(name)
    assert not (tmp_path / "nominatim.json").exists()  # nothing unusable is cached


@pytest.mark.parametrize("damage", [b"\xff\xfe\x00binary", b"[1, 2]", b'{"x|": {"id": 1}, "y|": "z"}', b"{"])
def test_a_damaged_cache_is_started_afresh_and_a_full_disk_keeps_the_answer(standin, tmp_path, damage, monkeypatch):
    (tmp_path / "nominatim.json").write_bytes(damage)
    fb = fallback(standin, tmp_path)  # was a UnicodeDecodeError or a TypeError on the first lookup
    assert fb.geocode("قرية بعيدة").id == "osm:node/42"
    assert json.loads((tmp_path / "nominatim.json").read_text(encoding="utf-8"))
    import gazetteer.online as online

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(online.Path, "write_text", full)
    with pytest.warns(RuntimeWarning, match="No space left"):
        assert fb.geocode("لا شيء هنا") is None  # the answer all the same; the previous cache file stays
    assert "osm:node/42" in (tmp_path / "nominatim.json").read_text(encoding="utf-8")
