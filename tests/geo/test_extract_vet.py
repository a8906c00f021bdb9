"""The vetting stage (geo/extract/vet.py): a learned model weighs each event the rules found."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from geo import extract_events
from geo.errors import GeoInputError
from geo.extract import SETTINGS
from geo.extract.reader import read_rows
from geo.extract.vet import DEFAULT_MODEL_PATH, MIN_WORDS, VetModel, VetModelError, features, scored, vet
from geo.articles import read_articles
from tests.common import SEED, SEED_PUBLISHED, gazetteer, profile

ROOT = Path(__file__).resolve().parents[2]
PUB = "2020-10-14"
TARTAR = "قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر بالمدفعية."
# the same report in an article's length (the model weighs texts of MIN_WORDS words and more)
FILLER = " وتحدث المسؤول مطولا عن الأوضاع الإنسانية الصعبة للسكان وعن حاجتهم الملحة إلى المساعدات والأدوية."
ARTICLE = TARTAR + FILLER * 12


def _seed():
    article = read_articles(SEED)[0]
    return article.text


def test_the_setting_is_in_the_one_table():
    names = {name: default for name, default, _ in SETTINGS}
    assert 0 < names["min_event_score"] < 1


def test_the_projects_model_loads_and_keeps_the_seeds_events():
    model = VetModel.load()
    assert model.weights and isinstance(model.intercept, float)
    rows, reader = read_rows(_seed(), gazetteer(), profile(), SEED_PUBLISHED)
    got = scored(rows, _seed(), reader.published, model, fallback=profile().fallback_party,
                 own_voice=reader.voice != profile().fallback_party)
    assert len(got) == 8
    # every seed event scores above the default threshold (but the country, which is not weighed), and
    # its features are ones the model knows
    assert all(s >= dict((n, d) for n, d, _ in SETTINGS)["min_event_score"] for r, s, _ in got
               if r.place.kind != "country")
    assert all(sum(f in model.weights for f in feats) >= 5 for _, _, feats in got)


def test_a_model_that_distrusts_a_feature_drops_its_events():
    assert len(ARTICLE.split()) >= MIN_WORDS
    # a model that gives every settlement-level event a score near 0
    harsh = VetModel(5.0, {"prec=settlement": -20.0})
    kept = extract_events(ARTICLE, gazetteer(), profile(), PUB, vet_model=harsh)
    assert kept == []
    # ... unless the setting turns the stage off
    all_ = extract_events(ARTICLE, gazetteer(), profile(), PUB, vet_model=harsh, min_event_score=0)
    assert [e.place_en for e in all_] == ["Tartar"]
    # the same model, trusting: the event stays
    assert len(extract_events(ARTICLE, gazetteer(), profile(), PUB, vet_model=VetModel(5.0, {}))) == 1


def test_a_short_text_is_left_to_the_rules():
    # a ticker item or a lone sentence: no article around its events for the model to weigh
    harsh = VetModel(5.0, {"prec=settlement": -20.0})
    assert [e.place_en for e in extract_events(TARTAR, gazetteer(), profile(), PUB, vet_model=harsh)] == ["Tartar"]


def test_features_name_the_cues_of_the_event():
    rows, reader = read_rows(TARTAR, gazetteer(), profile(), PUB)
    (row, _, feats), = scored(rows, TARTAR, reader.published, VetModel(0.0, {}), fallback=profile().fallback_party,
                              own_voice=False)
    assert "prec=settlement" in feats and "type=shelling" in feats and "spoken" in feats
    assert "stance=claim" in feats and "age<=0" in feats
    assert any(f.startswith("trigger=") for f in feats)  # the attack word, without its clitics
    assert "typeword=مدينه" in feats  # the place's type word, normalised
    assert row.trace.gap >= 1 and row.trace.of == 1


def test_the_lexicons_groups_are_features_of_the_sentence_and_of_the_words_before_the_place():
    text = "وقالت الوزارة إن القصف الذي استهدف مدينة ترتر أمس أجبر عائلات على النزوح نحو مدينة بردعة."
    rows, reader = read_rows(text, gazetteer(), profile(), PUB)
    got = {r.printed: feats for r, _, feats in scored(rows, text, reader.published, VetModel(0.0, {}), fallback="Other",
                                                       own_voice=False, lexicon=reader.lx)}
    assert got and all("sent:movement" in feats for feats in got.values())
    assert all(not f.startswith("near:movement") for f in got.get("ترتر", []))


def test_vet_keeps_everything_at_zero_and_nothing_of_an_empty_article():
    rows, reader = read_rows(TARTAR, gazetteer(), profile(), PUB)
    assert vet(rows, TARTAR, reader.published, VetModel(-50.0, {}), 0, fallback="Other", own_voice=False) == rows
    assert vet([], "", None, VetModel(0.0, {}), 0.9, fallback="Other", own_voice=False) == []


@pytest.mark.parametrize("content, what", [
    ("not json", "cannot read"),
    ('{"intercept": "x", "weights": {}}', "must be an object"),
    ('{"intercept": 0.1, "weights": {"a": "b"}}', "must be an object"),
    ("[]", "must be an object"),
])
def test_a_bad_model_file_is_a_clear_error(tmp_path, content, what):
    path = tmp_path / "vet.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(VetModelError, match=what) as err:
        VetModel.load(path)
    assert isinstance(err.value, GeoInputError) and isinstance(err.value, ValueError)
    assert str(path) in str(err.value)


def test_a_missing_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(VetModelError, match="cannot read the vetting model"):
        VetModel.load(tmp_path / "none.json")


def test_the_model_file_round_trips(tmp_path):
    model = VetModel(-0.25, {"prec=district": 0.5, "before0=قرب": -1.25})
    path = tmp_path / "m.json"
    path.write_text(model.to_json(about="test"), encoding="utf-8")
    back = VetModel.load(path)
    assert back == model
    assert json.loads(path.read_text(encoding="utf-8"))["about"] == "test"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="قصفتمدينةترراليهوفب ،.0123456789", max_size=200))
def test_scores_are_probabilities_on_any_text(text):
    rows, reader = read_rows(text, gazetteer(), profile(), PUB)
    for _, s, feats in scored(rows, text, reader.published, VetModel.load(), fallback="Other", own_voice=False):
        assert 0.0 <= s <= 1.0 and all(isinstance(f, str) for f in feats)


def test_training_writes_a_model_the_extractor_reads(tmp_path):
    out = tmp_path / "vet.json"
    got = subprocess.run([sys.executable, "bench/train_vet.py", "--range", "1-40", "--no-held-out", "--out", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert got.returncode == 0, got.stderr
    assert "cross-validated on 1-40" in got.stdout and "| 0.40 |" in got.stdout
    model = VetModel.load(out)
    assert model.weights and json.loads(out.read_text(encoding="utf-8"))["trained_on"].endswith("1-40")
    assert oct(out.stat().st_mode & 0o777) == "0o644"
    assert extract_events(ARTICLE, gazetteer(), profile(), PUB, vet_model=model, min_event_score=0.01)


def test_the_default_model_path_is_in_the_data_folder():
    assert DEFAULT_MODEL_PATH == ROOT / "data" / "lang" / "vet.json"
    assert DEFAULT_MODEL_PATH.is_file()
