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
    "per_week": ("Events per week", "الأحداث أسبوعيًا"),
    "per_month": ("Events per month", "الأحداث شهريًا"),
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
    "theatre": ("Theatre", "مسرح العمليات"),
    "choose": ("Any", "الكل"),
    "bad_link": ("Ignoring the filters in the link: {err}", "تُجوهلت المرشّحات في الرابط: {err}"),
    "with_undated": ("Include undated events", "اشمل الأحداث بلا تاريخ"),
    "place_pick": ("Place", "المكان"),
    "name_ar": ("Arabic name", "الاسم بالعربية"),
    "lat": ("Latitude", "خط العرض"),
    "lon": ("Longitude", "خط الطول"),
    "kind": ("Kind of place", "نوع المكان"),
    "no_date": ("The pasted article has no publication date: give one, or tick “The article has no date” "
                "(it is never taken to be today).",
                "المقال الملصوق بلا تاريخ نشر: أدخله، أو علّم «المقال بلا تاريخ» (لا يُعدّ تاريخ اليوم أبدًا)."),
    "all_theatres": ("All theatres", "كل المسارح"),
    "stances": ("Stance", "الموقف"),
    "events": ("Events", "الأحداث"),
    "undated": ("undated", "بلا تاريخ"),
    "review_queue": ("Review queue (least certain first)", "قائمة المراجعة (الأقل يقينًا أولًا)"),
    "review_pick": ("Pick an event in the queue, the table, or with “Review this event” in a map popup.",
                    "اختر حدثًا من القائمة أو الجدول أو عبر «راجع هذا الحدث» في نافذة الخريطة."),
    "reviewing": ("Reviewing:", "قيد المراجعة:"),
    "confidence": ("confidence", "الثقة"),
    "reviewer": ("Your name (reviewer)", "اسمك (المراجِع)"),
    "note": ("Note (optional)", "ملاحظة (اختيارية)"),
    "date": ("Date", "التاريخ"),
    "confirm": ("Confirm", "أكّد"),
    "reject": ("Reject", "ارفض"),
    "save_correction": ("Save the correction", "احفظ التصحيح"),
    "mark_review": ("Needs review", "بحاجة إلى مراجعة"),
    "review_saved": ("Saved: {status}.", "حُفظ: {status}."),
    "audit": ("Changes to this event", "التغييرات على هذا الحدث"),
    "when": ("When", "متى"),
    "before": ("Before", "قبل"),
    "after": ("After", "بعد"),
    "changes": ("What changed", "ما تغيّر"),
    "outlet": ("Outlet", "الوسيلة"),
    "url": ("Article URL", "رابط المقال"),
    "title_field": ("Title", "العنوان"),
    "undated_paste": ("The article has no date (stored as undated)", "المقال بلا تاريخ (يُحفظ بلا تاريخ)"),
    "correct_place": ("Correct the place", "صحّح المكان"),
    "place_query": ("Place name (Arabic, Latin or Azerbaijani spelling)", "اسم المكان (بالعربية أو اللاتينية أو الأذربيجانية)"),
    "place_candidates": ("Places of that name: pick one", "أماكن بهذا الاسم: اختر واحدًا"),
    "place_unknown": ("No place called “{query}” in the gazetteer: check the spelling, or type its coordinates.",
                      "لا مكان باسم «{query}» في المعجم الجغرافي: تحقّق من الإملاء أو أدخل إحداثياته."),
    "save_place": ("Move the event there", "انقل الحدث إلى هناك"),
    "place_needed": ("Type a place name and pick one of its places, or type a latitude and a longitude.",
                     "اكتب اسم مكان واختر أحد أماكنه، أو أدخل خط العرض وخط الطول."),
    "bad_point": ("Coordinates not saved: {err}.", "لم تُحفظ الإحداثيات: {err}."),
    "place_same": ("The event is already there: nothing changed.", "الحدث في هذا المكان أصلًا: لم يتغيّر شيء."),
    "user_gazetteer_problems": ("Your gazetteer file {path}: {n} row(s) skipped or changed:",
                                "ملف معجمك الجغرافي {path}: {n} صف/صفوف تُركت أو عُدّلت:"),
}


#: Labels of the codes of each vocabulary (event types, precisions, stances, review statuses ...).
VOCAB = {
    "types": {"shelling": ("shelling", "قصف مدفعي"), "airstrike": ("airstrike", "غارة جوية"),
              "missile": ("missile strike", "ضربة صاروخية"), "drone": ("drone strike", "ضربة بطائرة مسيّرة"),
              "ground_attack": ("ground attack", "هجوم بري"), "destruction": ("destruction", "تدمير"),
              "other": ("other", "أخرى")},
    "precisions": {"settlement": ("town or village", "بلدة أو قرية"), "district": ("district", "قضاء/منطقة"),
                   "region": ("region", "إقليم"), "country": ("country", "دولة")},
    "date_precisions": {"day": ("day", "يوم"), "week": ("week", "أسبوع"), "month": ("month", "شهر"),
                        "unknown": ("undated", "بلا تاريخ")},
    "stances": {"claim": ("claim", "ادعاء"), "accusation": ("accusation", "اتهام"), "denial": ("denial", "نفي"),
                "counter": ("counter-claim", "ادعاء مضاد")},
    "statuses": {"machine": ("machine reading", "قراءة آلية"), "needs_review": ("needs review", "بحاجة إلى مراجعة"),
                 "confirmed": ("confirmed", "مؤكَّد"), "corrected": ("corrected", "مصحَّح"),
                 "rejected": ("rejected", "مرفوض")},
    "columns": {"date": ("Date", "التاريخ"), "claimant": ("Claimed by", "الجهة المُعلِنة"),
                "attacker": ("Attacker", "المهاجم"), "event_type": ("Type", "النوع"),
                "place_ar": ("Place (Arabic)", "المكان (بالعربية)"), "place_en": ("Place", "المكان"),
                "precision": ("Precision", "الدقة"), "killed": ("Killed", "القتلى"), "injured": ("Injured", "الجرحى"),
                "stance": ("Stance", "الموقف"), "n_sources": ("Sources", "عدد المصادر"),
                "contested": ("Contested", "متنازع عليه"), "source": ("Outlet", "الوسيلة"),
                "article": ("Article", "المقال"), "evidence": ("Evidence", "الدليل"), "event_id": ("Event id", "المعرّف"),
                "confidence": ("Confidence", "الثقة"), "status": ("Status", "الحالة"), "profile": ("Theatre", "المسرح")},
}

#: Words of the map's popups and legend.
_MAP_WORDS = {
    "claimed_by": ("claimed by", "الجهة المُعلِنة:"), "attacker": ("attacker", "المهاجم"),
    "unknown": ("unknown", "غير معروف"), "killed": ("killed", "قتلى"), "injured": ("injured", "جرحى"),
    "contested": ("contested: another party claims otherwise", "متنازع عليه: جهة أخرى تروي خلاف ذلك"),
    "sources": ("sources", "المصادر"), "article": ("article", "المقال"), "legend": ("Claimed by", "الجهة المُعلِنة"),
    "type": ("Type", "النوع"), "stance": ("Stance", "الموقف"),
    "note": ("dashed circle = district/region precision; black ring = contested; hollow = denial; "
             "small square: dark = corrected, yellow = needs review",
             "دائرة متقطعة = دقة على مستوى القضاء/الإقليم؛ حلقة سوداء = متنازع عليه؛ شكل مفرغ = نفي؛ "
             "مربع صغير: داكن = مصحَّح، أصفر = بحاجة إلى مراجعة"),
    "here": ("events here", "أحداث في هذا الموضع"), "previous": ("previous event here", "الحدث السابق هنا"),
    "next": ("next event here", "الحدث التالي هنا"), "undated": ("undated", "بلا تاريخ"),
    "confidence": ("confidence", "الثقة"), "status": ("status", "الحالة"), "anonymous": ("anonymous", "مجهول"),
    "review": ("Review this event", "راجع هذا الحدث"), "show_together": ("Show the opposing claims together",
                                                                          "اعرض الروايات المتعارضة معًا"),
    "fold": ("Fold the legend", "اطوِ المفتاح"),
    "play": ("Play the days one by one", "اعرض الأيام يومًا بعد يوم"), "stop": ("Stop", "أوقف"),
    "brush": ("Drag across the bars to filter by those dates", "اسحب فوق الأعمدة للتصفية بتلك التواريخ"),
    "timeline_day": ("events per day", "الأحداث يوميًا"), "timeline_week": ("events per week", "الأحداث أسبوعيًا"),
    "timeline_month": ("events per month", "الأحداث شهريًا"), "unfold": ("Show the legend", "اعرض المفتاح"), "comma": (", ", "، "),
}


def term(kind: str, code, lang: str = "en") -> str:
    """The label of ``code`` in the vocabulary ``kind`` (``VOCAB``); unknown codes as they are."""
    pair = VOCAB[kind].get(code)
    if pair is None:
        return "" if code is None else str(code).replace("_", " ")
    return pair[1] if lang == "ar" else pair[0]


def map_words(lang: str = "en") -> dict:
    """Every word of the map in ``lang``, vocabularies as dicts of code -> label."""
    i = 1 if lang == "ar" else 0
    out = {k: v[i] for k, v in _MAP_WORDS.items()}
    for kind in ("types", "precisions", "date_precisions", "stances", "statuses"):
        out[kind] = {code: pair[i] for code, pair in VOCAB[kind].items()}
    return out


def t(key: str, lang: str = "en", **kw) -> str:
    """The interface string ``key`` in ``lang`` (en | ar), formatted with ``kw``."""
    en, ar = _STRINGS[key]
    return (ar if lang == "ar" else en).format(**kw)


#: Right-to-left layout for the Arabic interface (our own constant CSS, no user text in it).
RTL_CSS = """<style>
.stApp, .stApp [data-testid="stSidebar"] { direction: rtl; text-align: right; }
.stApp iframe, .stApp [data-testid="stDataFrame"] { direction: ltr; }
.stApp textarea, .stApp input[type="text"] { direction: rtl; text-align: right; }
</style>"""
