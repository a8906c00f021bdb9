"""Classes of real reporting from every theatre, one sentence each (our own sentences, never an outlet's)."""

import datetime as dt

import pytest

from geo import extract_events
from tests.common import gazetteer, profile

PUB = dt.date(2024, 5, 14)


def read(text, prof):
    return extract_events(text, gazetteer(), profile(prof), PUB, article="t")


@pytest.mark.parametrize("text, prof, places", [
    # a compass word between two places: the second only says where the first is
    ("قصفت المدفعية قرية كفرنبودة شمال حماة صباح اليوم.", "syria", {"Kafr Nabudah"}),
    ("استهدفت غارة جوية بلدة سراقب شرقي إدلب.", "syria", {"Saraqib"}),
    ("قصف الجيش بلدة طمون جنوب طوباس بطائرة مسيرة.", "gaza", {"Tammun"}),
    ("شن الطيران غارة على بلدة عيتا الشعب على بعد كيلومترين شمال الحدود قرب بنت جبيل.", "israel_lebanon",
     {"Aita al-Shaab"}),
    # a country before "near" a village: the village is the place
    ("قالت الوزارة إن مروحية أسقطت فوق الأراضي الأرمينية، قرب قرية يراسخ.", "karabakh", {"Yeraskh"}),
    # alone, the compass phrase is the target
    ("قصفت المدفعية الإسرائيلية جنوب لبنان.", "israel_lebanon", {"South Lebanon"}),
])
def test_a_place_after_a_compass_word_is_a_reference_point(text, prof, places):
    got = {e.place_en for e in read(text, prof)}
    assert {g.split(" (")[0] for g in got} == places


def test_two_places_listed_are_two_events_even_when_one_is_a_region():
    got = {e.place_en for e in read("وقالت الوزارة إن صواريخ استهدفت منطقتي خيزي وأبشيرون أمس.", "karabakh")}
    assert len(got) == 2 and any("Absheron" in g for g in got)


def test_our_correspondent_is_the_outlets_own_voice_not_the_party_he_names():
    evs = read("وأفاد مراسلنا بأن قوات الاحتلال اقتحمت مخيم جنين فجر اليوم.", "gaza")
    assert [(e.claimant, e.attacker) for e in evs] == [("Other", "Israel")]


def test_a_word_that_names_a_region_in_one_war_is_a_common_word_in_another():
    """الضفة is the West Bank in Gaza's news and a river's bank in Ukraine's."""
    evs = read("وقالت الإدارة العسكرية إن مسيرة روسية أصابت مبنى في حي سكني على الضفة اليسرى لنهر دنيبرو.", "ukraine")
    assert all("West Bank" not in e.place_en for e in evs)
    assert any("West Bank" in e.place_en for e in read("قصفت مسيرة إسرائيلية مخيما في الضفة.", "gaza"))
