"""Article in, events out: glue between reading, the gazetteer and the extractor.

The one place where a failure of the extractor on one article becomes an error naming that article
(``ExtractionError``), so that a batch goes on with its other articles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gazetteer import Gazetteer, GazetteerError

from .articles import Article, check_profile_name
from .errors import ExtractionError, GeoError, GeoInputError
from .extract import Extraction, extract
from .model import parse_date
from .profile import Profile, load_profile

__all__ = ["extract_article", "UNDATED_PLACEHOLDER"]

#: Stand-in publication day for an extractor that cannot read without one; its dates are dropped.
UNDATED_PLACEHOLDER = dt.date(2000, 1, 1)


def extract_article(article: Article, gazetteer: Gazetteer, *, profile: Profile | None = None,
                    published: dt.date | str | None = None) -> Extraction:
    """Events of one article. ``published`` overrides the article's own date.

    An article with no date is read all the same: its events have ``date=None`` and
    ``date_precision="unknown"`` unless the text itself dates them. Bad input is a ``GeoInputError``;
    anything else that goes wrong in the extractor is an ``ExtractionError`` naming the article.
    """
    pub = parse_date(published, what="published") if published is not None else article.published
    prof = profile or load_profile(check_profile_name(article.profile or "karabakh", f"{article.name}: profile"))
    try:
        if pub is not None:
            return _extract(article, gazetteer, prof, pub)
        try:
            return _extract(article, gazetteer, prof, None)
        except (GeoInputError, TypeError, AttributeError):
            # An extractor that needs a publication day: read with a stand-in, keep no date from it.
            ex = _extract(article, gazetteer, prof, UNDATED_PLACEHOLDER)
            events = [replace(e, date=None, date_precision="unknown", event_id="") for e in ex.events]
            return replace(ex, events=events)
    except GeoError:
        raise
    except GazetteerError as err:
        raise ExtractionError(f"{article.name}: gazetteer: {err}") from err
    except (ArithmeticError, ValueError, TypeError, LookupError, AttributeError, RecursionError,
            MemoryError) as err:  # a bug met by this article's text: name the article, keep the batch going
        raise ExtractionError(f"{article.name}: the extractor failed on this article "
                              f"({type(err).__name__}: {str(err)[:200]})") from err


def _extract(article: Article, gazetteer: Gazetteer, prof: Profile, pub) -> Extraction:
    return extract(article.text, gazetteer, prof, pub, article=article.name, source=article.source,
                   url=article.url, title=article.title)
