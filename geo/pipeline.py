"""Article in, events out: glue between reading, the gazetteer and the extractor.

The one place where a failure of the extractor on one article becomes an error naming that article
(``ExtractionError``), so that a batch goes on with its other articles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from gazetteer import Gazetteer, GazetteerError

from .articles import Article, check_profile_name
from .errors import ExtractionError, GeoError
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
    """Events of one article. ``published`` overrides the article's own date.

    An article with no date is read all the same: its events have ``date=None`` and
    ``date_precision="unknown"`` unless the text itself dates them. The profile: ``profile`` when
    given, else the article's ``profile:`` header, else detected from the text among ``profiles``
    (default: every profile in ``data/profiles/``), run by run when the report moves between wars;
    event offsets stay offsets into the whole ``article.text``. Bad input is a ``GeoInputError``;
    anything else that goes wrong in the extractor is an ``ExtractionError`` naming the article.
    """
    pub = parse_date(published, what="published") if published is not None else article.published
    try:
        return _extract_article(article, gazetteer, profile, pub, profiles)
    except GeoError:
        raise
    except GazetteerError as err:
        raise ExtractionError(f"{article.name}: gazetteer: {err}") from err
    except (ArithmeticError, ValueError, TypeError, LookupError, AttributeError, RecursionError,
            MemoryError) as err:  # a bug met by this article's text: name the article, keep the batch going
        raise ExtractionError(f"{article.name}: the extractor failed on this article "
                              f"({type(err).__name__}: {str(err)[:200]})") from err


def _extract_article(article: Article, gazetteer: Gazetteer, profile: Profile | None, pub: dt.date | None,
                     profiles: Sequence[Profile] | None) -> ArticleExtraction:
    meta = dict(article=article.name, source=article.source, url=article.url, title=article.title)
    if profile is not None or article.profile:
        prof = profile or load_profile(check_profile_name(article.profile, f"{article.name}: profile"))
        ex = extract(article.text, gazetteer, prof, pub, **meta)
        return ArticleExtraction(ex.events, ex.unresolved, "argument" if profile is not None else "header")
    profs = tuple(profiles) if profiles else load_profiles()
    detection, runs = detect_runs(article.text, gazetteer, profs, title=article.title)
    if len(runs) == 1:
        ex = extract(article.text, gazetteer, _profile(profs, detection.profile), pub, **meta)
        return ArticleExtraction(ex.events, ex.unresolved, "detected", detection, runs)
    events, unresolved = [], set()
    for run in runs:
        ex = extract(article.text[run.start:run.end], gazetteer, _profile(profs, run.profile), pub, **meta)
        unresolved.update(ex.unresolved)
        for ev in ex.events:
            shift = {k: getattr(ev, k) + run.start for k in _OFFSETS if getattr(ev, k) >= 0}
            events.append(dataclasses.replace(ev, **shift) if shift else ev)
    return ArticleExtraction(events, sorted(unresolved), "detected", detection, runs)


def _profile(profiles: tuple[Profile, ...], name: str) -> Profile:
    """The detected profile: the one of ``profiles`` with that id (no look-up on disk), else loaded
    (the default profile when detection found no evidence)."""
    for p in profiles:
        if p.id == name:
            return p
    return load_profile(name)
