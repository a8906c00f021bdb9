"""Optional online fallback: OpenStreetMap's Nominatim through geopy. Off by default.

Nominatim's usage policy asks for at most one request a second, an honest User-Agent and
caching; ``NominatimFallback`` does all three (geopy's ``RateLimiter``, a JSON cache on disk).
Tests point ``domain`` at a stand-in server on 127.0.0.1: no test touches the internet.
"""

from __future__ import annotations

import json
import math
import os
import threading
from pathlib import Path

from .errors import GeocoderServiceError, GazetteerInputError
from .gazetteer import Place
from .normalize import normalize

__all__ = ["NominatimFallback", "USER_AGENT"]

USER_AGENT = "conflictmap/0.1 (open-source Arabic conflict-news mapper; offline-first, cached, 1 req/s)"

_KIND = {"country": "country", "state": "region", "region": "region", "county": "district",
         "district": "district", "municipality": "district", "province": "district"}


class NominatimFallback:
    """Resolve a name online when the local gazetteer has nothing; every answer is cached."""

    def __init__(self, *, cache_path: str | Path, user_agent: str = USER_AGENT, domain: str = "nominatim.openstreetmap.org",
                 scheme: str = "https", min_delay_seconds: float = 1.0, timeout: float = 10.0):
        if not user_agent or "python" in user_agent.lower() and "/" not in user_agent:
            raise GazetteerInputError(f"an honest, specific user_agent is required, got {user_agent!r}")
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        self._geocoder = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme, timeout=timeout)
        self._geocode = RateLimiter(self._geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1,
                                    swallow_exceptions=False)
        self.cache_path = Path(cache_path)
        self._lock = threading.Lock()
        self._cache: dict[str, dict | None] = {}
        try:  # a damaged cache (not JSON, not an object, a pipe, binary) is started afresh, never fatal
            import stat

            if stat.S_ISREG(os.stat(self.cache_path).st_mode):
                cached = json.loads(self.cache_path.read_text(encoding="utf-8"))
                self._cache = {k: v for k, v in cached.items() if v is None or _place(v) is not None} \
                    if isinstance(cached, dict) else {}
        except (OSError, ValueError):
            self._cache = {}

    def geocode(self, name: str, *, country_codes: list[str] | None = None) -> Place | None:
        """The first Nominatim answer for ``name`` as a ``Place`` (id ``osm:<type>/<id>``), or None."""
        key = normalize(name) + "|" + ",".join(sorted(country_codes or []))
        if key in self._cache:
            return _place(self._cache[key])
        from geopy.exc import GeopyError

        try:
            loc = self._geocode(name, exactly_one=True, language="en", addressdetails=True,
                                country_codes=country_codes or None)
        except GeopyError as err:
            raise GeocoderServiceError(f"Nominatim failed for {name!r}: {err}") from err
        except (ValueError, TypeError, KeyError, AttributeError) as err:  # geopy on an answer it cannot parse
            raise GeocoderServiceError(f"Nominatim gave an unusable answer for {name!r}: {err}") from err
        raw = None
        if loc is not None:
            raw = _answer(name, loc)
        with self._lock:
            self._cache[key] = raw
            tmp = self.cache_path.with_suffix(f".{os.getpid()}.tmp")
            try:  # temp file beside it, renamed over it; a full disk keeps the old cache and the answer
                self.cache_path.parent.mkdir(parents=True, exist_ok=True)
                tmp.write_text(json.dumps(self._cache, ensure_ascii=False), encoding="utf-8")
                os.replace(tmp, self.cache_path)
            except OSError as err:
                import warnings

                tmp.unlink(missing_ok=True) if tmp.is_file() else None
                warnings.warn(f"{self.cache_path}: the Nominatim cache was not saved ({err.strerror or err})",
                              RuntimeWarning, stacklevel=2)
        return _place(raw)


def _answer(name: str, loc) -> dict:
    """The cached form of one Nominatim answer; an answer without usable coordinates is a GeocoderServiceError."""
    try:
        r = loc.raw if isinstance(loc.raw, dict) else {}
        lat, lon = float(loc.latitude), float(loc.longitude)
    except (TypeError, ValueError, AttributeError) as err:
        raise GeocoderServiceError(f"Nominatim answered {name!r} with coordinates that are not numbers: {err}") from err
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise GeocoderServiceError(f"Nominatim answered {name!r} with coordinates out of range: {lat}, {lon}")
    address = r.get("address") if isinstance(r.get("address"), dict) else {}
    cc = str(address.get("country_code") or "").upper()[:2]
    return {"id": f"osm:{r.get('osm_type', '?')}/{r.get('osm_id', '?')}", "name": str(r.get("name") or loc.address),
            "lat": lat, "lon": lon, "country": cc,
            "kind": _KIND.get(str(r.get("addresstype") or r.get("type") or ""), "settlement")}


def _place(raw: dict | None) -> Place | None:
    """The place of a cached answer; None for no answer or an entry that is not one (a damaged cache)."""
    if not isinstance(raw, dict):
        return None
    try:
        lat, lon = float(raw["lat"]), float(raw["lon"])
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        return Place(str(raw["id"]), str(raw["name"]), lat, lon, str(raw["country"]), str(raw["kind"]), 0, None,
                     None, "", "OpenStreetMap Nominatim (ODbL)", False)
    except (KeyError, TypeError, ValueError):
        return None
