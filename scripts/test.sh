#!/usr/bin/env bash
# The README's test command: installs everything the tests need, then runs them.
# Debian packages: chromium (browser tests, driven by Playwright; never a downloaded browser build)
# PostgreSQL 15 + PostGIS 3 (the store's server tests start a private cluster themselves) and
# python3-qgis (QGIS 3.22 run headless by Debian's /usr/bin/python3: it reads `geo serve` as an OAPIF
# layer and opens our exports; ~60 s to install after apt-get update).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql-15)
[ -f /usr/share/postgresql/15/extension/postgis.control ] || need_apt+=(postgresql-15-postgis-3 postgresql-15-postgis-3-scripts)
[ -f /usr/lib/python3/dist-packages/qgis/core/__init__.py ] || need_apt+=(python3-qgis)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

python3 -m pip install -q --disable-pip-version-check -r requirements.txt -r requirements-test.txt

# pygeoapi's wheel (0.19-0.21) also installs its own test suite as a top-level package `tests` in
# site-packages, which shadows this repository's tests/ (`from tests.common import ...`). Remove
# that stray package (only when it is pygeoapi's, as its RECORD says).
python3 - <<'PY'
import importlib.metadata as md, shutil
try:
    dist = md.distribution("pygeoapi")
except md.PackageNotFoundError:
    raise SystemExit(0)
if any(str(f).startswith("tests/") for f in dist.files or ()):
    stray = dist.locate_file("tests")
    if stray.is_dir():
        shutil.rmtree(stray)
        print(f"removed pygeoapi's stray test package {stray}")
PY

python3 -m pytest "$@"
