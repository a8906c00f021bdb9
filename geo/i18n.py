"""Interface strings in English and Arabic (the app switches; Arabic is laid out right-to-left)."""

from __future__ import annotations

LANGUAGES = {"en": "English", "ar": "العربية"}

_STRINGS = {
    "title": ("Claimed strikes in Arabic news", "الضربات المُعلنة في الأخبار العربية"),
    "first_run": ("First run: the map was filled from {origin}.", "التشغيل الأول: مُلئت الخريطة من {origin}."),
    "data": ("Data: {n} article(s) in {url}. Colours show who *claims* each event.",
             "البيانات: {n} مقال في {url}. الألوان تبيّن الجهة التي *تدّعي* كل حدث."),
    "filters": ("Filters", "المرشّحات"),
    "dates": ("Date range", "الفترة"),
    "claimants": ("Claimed by", "الجهة المُعلِنة"),
    "attackers": ("Attacker", "المهاجم"),
    "types": ("Event type", "نوع الحدث"),
    "precisions": ("Location precision", "دقة الموقع"),
    "place": ("Place (Arabic or Latin)", "المكان (بالعربية أو اللاتينية)"),
    "shown": ("Events shown", "الأحداث المعروضة"),
    "country_level": ("Country-level", "على مستوى الدولة"),
    "none": ("none", "لا شيء"),
    "table_cap": ("The first {shown} of {n} events by date; narrow the filters, or download them all below.",
                  "أول {shown} من {n} حدث حسب التاريخ؛ ضيّق المرشّحات أو نزّلها كلها أدناه."),
    "move": ("Move an event: pick it, then click its true place on the map",
             "انقل حدثًا: اختره ثم انقر موقعه الصحيح على الخريطة"),
    "moved": ("{place} will be saved at {lat}, {lon} (a correction).", "سيُحفظ {place} في {lat}، {lon} (تصحيح)."),
    "more": ("…and {n} more (all are in the table)", "…و{n} غيرها (كلها في الجدول)"),
    "per_claimant": ("Per claimant", "حسب الجهة"),
    "per_day": ("Events per day", "الأحداث يوميًا"),
    "table": ("Filtered events (select a row to focus the map)", "الأحداث المختارة (اختر صفًا لتركيز الخريطة)"),
    "dl_geojson": ("Download GeoJSON", "تنزيل GeoJSON"),
    "dl_csv": ("Download CSV", "تنزيل CSV"),
    "dl_gpkg": ("Download GeoPackage", "تنزيل GeoPackage"),
    "tab_map": ("Map", "الخريطة"),
    "tab_add": ("Add articles", "إضافة مقالات"),
    "paste": ("Paste an Arabic article", "الصق مقالًا عربيًا"),
    "upload": ("…or upload .txt / .html / .jsonl files", "…أو ارفع ملفات ‎.txt / .html / .jsonl"),
    "published": ("Publication date", "تاريخ النشر"),
    "profile": ("Conflict profile", "ملف النزاع"),
    "read": ("Read the article", "اقرأ المقال"),
    "found": ("{n} event(s) found in {name}", "عُثر على {n} حدث في {name}"),
    "save": ("Save with my corrections", "احفظ مع تصحيحاتي"),
    "saved": ("Saved {n} event(s), {c} correction(s).", "حُفظ {n} حدث و{c} تصحيح."),
    "unresolved": ("Names that did not resolve", "أسماء لم يُعثر عليها"),
    "add_place": ("Add to my gazetteer", "أضف إلى معجمي الجغرافي"),
    "place_added": ("Added {name} to {path}.", "أُضيف {name} إلى {path}."),
    "area": ("Area drawn on the map: {bbox}", "المنطقة المرسومة على الخريطة: {bbox}"),
    "clear_area": ("Clear the area", "امسح المنطقة"),
    "language": ("Language / اللغة", "Language / اللغة"),
}


def t(key: str, lang: str = "en", **kw) -> str:
    """The interface string ``key`` in ``lang`` (en | ar), formatted with ``kw``."""
    en, ar = _STRINGS[key]
    return (ar if lang == "ar" else en).format(**kw)


#: Right-to-left layout for the Arabic interface (our own constant CSS, no user text in it).
RTL_CSS = """<style>
.stApp, .stApp [data-testid="stSidebar"] { direction: rtl; text-align: right; }
.stApp iframe, .stApp [data-testid="stDataFrame"] { direction: ltr; }
</style>"""
