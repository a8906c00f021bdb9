"""Run by Debian's /usr/bin/python3 with python3-qgis (QT_QPA_PLATFORM=offscreen), never imported by pytest.

``qgis_probe.py oapif URL COLLECTION MINX MINY MAXX MAXY`` loads an OGC API - Features layer and
counts all its features and those of the bbox; ``qgis_probe.py file PATH`` opens a vector file
(GeoPackage, GeoJSON) with the OGR provider. Prints one JSON object.
"""

import json
import os
import sys

from qgis.core import QgsApplication, QgsFeatureRequest, QgsRectangle, QgsVectorLayer


def describe(layer, rect=None) -> dict:
    if not layer.isValid():
        err = layer.dataProvider().error().summary() if layer.dataProvider() else "no provider"
        return {"valid": False, "error": err}
    feats = list(layer.getFeatures())
    out = {"valid": True, "count": len(feats), "fields": [f.name() for f in layer.fields()],
           "crs": layer.crs().authid(), "points": sorted([round(f.geometry().asPoint().x(), 4),
                                                          round(f.geometry().asPoint().y(), 4)] for f in feats)}
    if rect is not None:
        req = QgsFeatureRequest().setFilterRect(QgsRectangle(*rect))
        out["in_bbox"] = sorted(str(f["place_en"]) for f in layer.getFeatures(req))
    return out


def main(argv) -> None:
    app = QgsApplication([], False)
    app.initQgis()
    if argv[0] == "oapif":
        url, collection = argv[1], argv[2]
        rect = [float(v) for v in argv[3:7]]
        uri = f"url='{url}' typename='{collection}' pagingEnabled='true'"
        result = describe(QgsVectorLayer(uri, collection, "OAPIF"), rect)
    else:
        result = describe(QgsVectorLayer(argv[1], "file", "ogr"))
    print(json.dumps(result, ensure_ascii=False), flush=True)
    # QGIS 3.22 may crash while tearing its providers down: the answer is printed, leave at once
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
