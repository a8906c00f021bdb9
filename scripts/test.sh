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

python3 -m pytest "$@"
