"""The extractor's word knowledge is data: data/lang/ar.json, loaded by geo.extract.lexicon."""

from __future__ import annotations

import json

import pytest

from geo.extract import extract_events
from geo.extract.lexicon import DEFAULT_PATH, Lexicon, LexiconError, noun_forms, verb_forms
from tests.common import gazetteer, profile

PUB = "2020-10-14"
# "دكت" (pounded) is no attack word of the project's lexicon.
POUNDED = "قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية دكت مدينة ترتر."


def test_every_group_has_a_note_and_words():
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    for name, group in data["groups"].items():
        assert group["note"].strip(), name
        assert group.get("words") or group.get("verbs") or group.get("nouns"), name
    for ty, group in data["attack_words"]["types"].items():
        assert group.get("words") or group.get("verbs") or group.get("nouns"), ty


def test_a_new_attack_word_in_a_copy_of_the_lexicon_is_a_new_event(tmp_path):
    assert extract_events(POUNDED, gazetteer(), profile(), PUB) == []
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    data["attack_words"]["types"]["shelling"].setdefault("verbs", []).append({"past": "دك", "present": "يدك"})
    copy = tmp_path / "ar.json"
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (e,) = extract_events(POUNDED, gazetteer(), profile(), PUB, lexicon=Lexicon.load(copy))
    assert (e.place_en, e.event_type, e.claimant, e.attacker) == ("Tartar", "shelling", "Azerbaijan", "Armenia")
    # the default lexicon is untouched
    assert extract_events(POUNDED, gazetteer(), profile(), PUB) == []


@pytest.mark.parametrize("past, present, forms", [
    ("قصف", "يقصف", {"قصف", "قصفت", "قصفوا", "قصفا", "قصفتا", "يقصف", "تقصف", "يقصفون", "تقصفان", "يقصفان"}),
    ("دك", "يدك", {"دك", "دكت", "دكوا", "يدك", "تدك", "يدكون"}),
])
def test_verb_forms_are_generated_from_the_lemma(past, present, forms):
    assert forms <= verb_forms(past, present)


def test_noun_forms_take_the_article_and_the_dual():
    assert {"غارة", "الغارة", "غارات", "الغارات", "غارتين", "غارتان"} <= noun_forms("غارة", "غارات")


def test_months_and_weekdays_come_from_the_lexicon():
    lex = Lexicon.load()
    assert lex.months["ايلول"] == 9 and lex.months["سبتمبر"] == 9 and lex.weekdays["الاحد"] == 6


@pytest.mark.parametrize("content, expected", [
    ("not json", "cannot read"),
    ('{"groups": {}}', "not a lexicon"),
    ('{"groups": {"x": ["a"]}}', "expected an object"),
])
def test_a_bad_lexicon_file_is_a_clear_error(tmp_path, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=expected):
        Lexicon.load(bad)


def test_no_arabic_literal_in_the_logic_outside_the_word_shape_module():
    # every word the stages test is data (data/lang/ar.json); only shape.py spells out letters of Arabic
    # word shape (clitics, article, affixes). Docstrings and comments may quote Arabic examples.
    import ast
    import re
    from pathlib import Path

    arabic = re.compile("[\u0600-\u06ff]")
    folder = Path(__file__).resolve().parents[2] / "geo" / "extract"
    found = []
    for path in sorted(folder.glob("*.py")):
        if path.name == "shape.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body and \
                    isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
                docs.add(id(node.body[0].value))
        found += [f"{path.name}:{node.lineno} {node.value!r}" for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                  and arabic.search(node.value)]
    assert found == []


def test_reporting_verbs_are_lemmas_whose_dual_noun_lookalikes_are_left_out():
    lx = Lexicon.load()
    assert {"ذكروا", "اشاروا", "نقلوا", "رصدنا", "وثقت"} <= lx.attr_verbs
    assert not {"نقلا", "ذكرا"} & lx.attr_verbs  # "نقلا عن": quoting, not "the two relayed"
