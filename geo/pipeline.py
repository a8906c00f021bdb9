"""Article in, events out: glue between reading, the gazetteer and the extractor."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from gazetteer import Gazetteer

from .articles import Article
from .extract import Extraction, extract
from .model import parse_date
from .profile import Profile, load_profile, load_profiles
from .theatre import Detection, Run, detect_runs

__all__ = ["ArticleExtraction", "extract_article"]

_OFFSETS = ("evidence_start", "evidence_end", "place_start", "place_end")


@dataclass
class ArticleExtraction(Extraction):
    """An article's events, with how its profile was chosen.

    ``profile_from`` is "argument" (``--profile``), "header" (the article's ``profile:`` line) or
    "detected"; ``detection`` is the theatre detection of the whole article (None unless detected)
    and ``runs`` its runs of paragraphs by theatre (one run unless the report moves between wars).
    """

    profile_from: str = ""
    detection: Detection | None = None
    runs: tuple[Run, ...] = ()


def extract_article(article: Article, gazetteer: Gazetteer, *, profile: Profile | None = None,
                    published: dt.date | str | None = None,
                    profiles: Sequence[Profile] | None = None) -> ArticleExtraction:
    """Events of one article. ``published`` overrides the article's own date; with neither, the article is read undated.

    The profile: ``profile`` when given, else the article's ``profile:`` header, else detected from
    the text among ``profiles`` (default: every profile in ``data/profiles/``), run by run when the
    report moves between wars; event offsets stay offsets into the whole ``article.text``.
    """
    pub = parse_date(published, what="published") if published is not None else article.published
    meta = dict(article=article.name, source=article.source, url=article.url, title=article.title)
    if profile is not None or article.profile:
        prof = profile or load_profile(article.profile)
        ex = extract(article.text, gazetteer, prof, pub, **meta)
        return ArticleExtraction(ex.events, ex.unresolved, "argument" if profile is not None else "header")
    detection, runs = detect_runs(article.text, gazetteer, tuple(profiles) if profiles else load_profiles(),
                                  title=article.title)
    if len(runs) == 1:
        ex = extract(article.text, gazetteer, load_profile(detection.profile), pub, **meta)
        return ArticleExtraction(ex.events, ex.unresolved, "detected", detection, runs)
    events, unresolved = [], set()
    for run in runs:
        ex = extract(article.text[run.start:run.end], gazetteer, load_profile(run.profile), pub, **meta)
        unresolved.update(ex.unresolved)
        for ev in ex.events:
            shift = {k: getattr(ev, k) + run.start for k in _OFFSETS if getattr(ev, k) >= 0}
            events.append(dataclasses.replace(ev, **shift) if shift else ev)
    return ArticleExtraction(events, sorted(unresolved), "detected", detection, runs)
