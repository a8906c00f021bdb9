"""Guards of the extractor's speed that time nothing: the work done per article is counted.

``bench/bench_cli_extract.py`` measures the speed; these tests fail when a class of cost it was rid
of comes back (the profile folder read for every article, a deep copy of every event written, names
looked up again in every article, a sentence split that no longer matches the plain rule).
"""

import dataclasses
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import geo.profile
import geo.theatre
from geo.__main__ import main
from geo.articles import read_articles
from geo.extract import shape
from geo.extract.casualties import _totals_start
from geo.extract.tokens import _SENT_SPLIT
from geo.pipeline import extract_article
from tests.common import SEED


def _copies(tmp_path, n):
    """n distinct copies of the seed article, in one .jsonl file, with no profile: detected."""
    text = read_articles(SEED)[0].text
    path = tmp_path / "copies.jsonl"
    path.write_text("".join(json.dumps({"name": f"seed{i}", "text": f"{text}\n\n{i}", "published": "2020-10-14"},
                                       ensure_ascii=False) + "\n" for i in range(n)), encoding="utf-8")
    return path


def test_cli_reads_the_profile_folder_once_per_run_and_writes_events_without_deep_copies(tmp_path, monkeypatch,
                                                                                          capsys):
    listed = []
    real = geo.profile.available_profiles
    monkeypatch.setattr(geo.profile, "available_profiles", lambda: listed.append(1) or real())

    def no_asdict(*_a, **_k):
        raise AssertionError("an event written through dataclasses.asdict (a deep copy per event)")

    monkeypatch.setattr(dataclasses, "asdict", no_asdict)
    assert main(["extract", str(_copies(tmp_path, 4))]) == 0
    features = json.loads(capsys.readouterr().out)["features"]
    assert len(features) == 4 * 8
    assert {f["properties"]["profile"] for f in features} == {"karabakh"}  # detected in each article
    assert len(listed) == 1  # the profiles, for theatre detection: once for the run, not once per article


def test_a_second_article_naming_the_same_places_looks_none_of_them_up_again(gazetteer, monkeypatch):
    seed = read_articles(SEED)[0]
    copy = dataclasses.replace(seed, name="copy", text=seed.text + "\n\n1")
    extract_article(seed, gazetteer, published="2020-10-14")  # every name of the seed met once
    asked = []
    knows, shares = type(gazetteer).knows, geo.theatre._place_shares
    monkeypatch.setattr(type(gazetteer), "knows", lambda self, key: asked.append(key) or knows(self, key))
    monkeypatch.setattr(geo.theatre, "_place_shares", lambda *a: asked.append(a[1]) or shares(*a))
    got = extract_article(copy, gazetteer, published="2020-10-14")
    assert len(got.events) == 8
    assert asked == []  # place stage and theatre detection: each name is looked up once per run


def test_the_run_memo_of_names_is_emptied_with_the_gazetteers_answers(gazetteer):
    memo = gazetteer.memo(("a test", 1))
    memo["x"] = 1
    assert gazetteer.memo(("a test", 1)) is memo and gazetteer.memo(("a test", 2)) is not memo
    gazetteer._memo.clear()  # as Gazetteer.add does
    assert gazetteer.memo(("a test", 1)) == {}


_END = re.escape(shape.SENTENCE_END)
#: The sentence rule as first written: a full stop and spaces, a line end, or a full stop run into the
#: next word after two letters. The split in use looks for the full stop first (faster), same splits.
_PLAIN = re.compile(rf"(?<=[{_END}])\s+|\n+|(?<=[{shape.LETTERS}]{{2}}[{_END}])(?=[{shape.LETTERS}])")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \n\t.!?؟،ابتقصفمدينةولاa1\u00a0", max_size=60))
def test_the_sentence_split_is_the_plain_rule(text):
    assert _SENT_SPLIT.split(text) == _PLAIN.split(text)


class _Counted(frozenset):
    """A lexicon group that counts the words looked up in it one at a time (``word in group``)."""

    def __new__(cls, words):
        group = super().__new__(cls, words)
        group.asked = 0
        return group

    def __contains__(self, word):
        self.asked += 1
        return super().__contains__(word)


#: Groups whose rules scan a whole sentence token by token; each is tried only when the sentence has
#: one of its words (the sentence's set of words, made once, shares none with the group otherwise).
_GATED = ("since", "denied_it")


class _Unread:
    def __getattr__(self, name):
        raise AssertionError(f"token read ({name})")


def _counted_lexicon():
    import copy

    from geo.extract.lexicon import Lexicon

    lx = copy.copy(Lexicon.load())
    object.__setattr__(lx, "cache", {})
    for name in _GATED:
        object.__setattr__(lx, name, _Counted(getattr(lx, name)))
    return lx


def test_a_rule_whose_words_are_absent_from_a_sentence_is_not_run(gazetteer):
    from geo.extract import extract_events
    from tests.common import profile

    plain = "قصفت القوات الأذربيجانية مدينة ستيباناكيرت اليوم، وفق وزارة الدفاع الأرمينية."
    lx = _counted_lexicon()
    events = extract_events(plain, gazetteer, profile("karabakh"), "2020-10-14", lexicon=lx)
    assert [e.place_en for e in events] == ["Khankendi (Stepanakert)"]
    assert {name: getattr(lx, name).asked for name in _GATED} == {name: 0 for name in _GATED}
    # (and a sentence with no toll word is not scanned for a toll's start: its tokens are not read)
    toks = [_Unread()] * 12
    assert _totals_start(lx, toks, frozenset(["قصفت", "القوات"])) == 12
    # with the words there, the rules run (and read them token by token)
    told = ("قصفت القوات الأذربيجانية مدينة ستيباناكيرت منذ الصباح، ما رفع حصيلة القتلى إلى 5، "
            "وهو ما نفته باكو.")
    lx = _counted_lexicon()
    extract_events(told, gazetteer, profile("karabakh"), "2020-10-14", lexicon=lx)
    assert all(getattr(lx, name).asked > 0 for name in _GATED), {name: getattr(lx, name).asked for name in _GATED}


def test_a_long_sentence_of_many_claims_is_read_in_linear_time(gazetteer):
    """The sentence-wide rules run once per sentence, not once per claim in it (a 0.5 MB sentence of
    claims with one 'منذ' took 27 s, quadratic, when a war's running count was read for every claim)."""
    from geo.extract import extract_events
    from tests.common import profile

    claim = "وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر وقرى بردعة وأغدام، "
    asked = {}
    for n in (4, 32):
        lx = _counted_lexicon()
        events = extract_events("منذ الصباح، " + claim * n, gazetteer, profile("karabakh"), "2020-10-14", lexicon=lx)
        assert len(events) == 3
        asked[n] = lx.since.asked
    assert asked[32] < 12 * asked[4], asked  # 8 times the words: about 8 times the look-ups, not 64


def test_detection_looks_at_each_word_form_once_and_explains_only_the_winner(gazetteer, monkeypatch):
    """Theatre detection reads a word form once per run (a second article calls no ``_Scanner.word``
    for the words it shares with the first), and writes the contributions of its reasons for the
    winning theatre alone (not one table per theatre with evidence)."""
    from geo.profile import load_profiles

    profiles = tuple(load_profiles())
    text = read_articles(SEED)[0].text
    geo.theatre.detect_runs(text, gazetteer, profiles)
    words, explained = [], []
    word, contrib = geo.theatre._Scanner.word, geo.theatre._contrib
    monkeypatch.setattr(geo.theatre._Scanner, "word", lambda self, raw: words.append(raw) or word(self, raw))
    monkeypatch.setattr(geo.theatre, "_contrib", lambda counted, pid: explained.append(pid) or contrib(counted, pid))
    det, runs = geo.theatre.detect_runs(text + "\n\nكلمةجديدة", gazetteer, profiles)
    assert det.profile == "karabakh" and len(runs) == 1
    assert words == ["كلمةجديدة"]  # only the word form never met before
    assert explained == ["karabakh"]  # seven theatres have evidence; one is explained
    assert len(det.scores) > 1


def _split_sentences(para):
    """The sentences as ``_SENT_SPLIT.split`` gives them, each with its offset in the paragraph."""
    pos, out = 0, []
    for piece in _SENT_SPLIT.split(para):
        idx = para.find(piece, pos)
        if piece.strip():
            out.append((idx, piece))
        pos = idx + len(piece)
    return out


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=" \n\t\r\u00a0\u2003.!?؟،ابتقصفمدينةولاa1ءي\u0620\u064b", max_size=50))
def test_sentences_are_found_from_the_full_stops_alone_as_the_split_finds_them(text):
    # (the split tries its look-behind at every character; _sentences looks only at full stops and line ends)
    from geo.extract.tokens import _sentences

    assert list(_sentences(text)) == _split_sentences(text)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=" \n\t\u00a0\u200b.!?؟،,:«»\"'()*–—-‹…ابتقصفمدينةولاa1\U0001f4a1", max_size=60))
def test_each_sentence_is_cut_from_the_split_of_the_whole_text_as_its_own_split_gives_it(text):
    # (the article is split into words once, for theatre detection and the reader alike)
    from geo.extract.tokens import _WORD_SPLIT, _paragraphs, _sentences, sentence_parts

    for para_start, para in _paragraphs(text):
        for s_start, sent in _sentences(para):
            assert sentence_parts(text, para_start + s_start, sent) == _WORD_SPLIT.split(sent)


def test_theatre_words_are_the_readers_but_where_the_reader_alone_breaks_a_word():
    # (so that detection may take its words from the reader's split of a text with none of those characters)
    from geo.extract.tokens import _TOKEN

    for c in map(chr, [*range(0x10000), 0x1F4A1, 0x10FFFF]):
        if geo.theatre._SPLITS_APART.fullmatch(c) is None:
            assert (geo.theatre._WORD.fullmatch(c) is None) == (_TOKEN.fullmatch(c) is None), hex(ord(c))
