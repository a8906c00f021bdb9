"""Article in, events out: glue between reading, the gazetteer and the extractor."""

from __future__ import annotations

import datetime as dt

from gazetteer import Gazetteer

from .articles import Article
from .errors import GeoInputError
from .extract import Extraction, extract
from .model import parse_date
from .profile import DEFAULT_PROFILE, Profile, load_profile

__all__ = ["extract_article"]


def extract_article(article: Article, gazetteer: Gazetteer, *, profile: Profile | None = None,
                    published: dt.date | str | None = None) -> Extraction:
    """Events of one article. ``published`` overrides the article's own date; one of them must exist."""
    pub = parse_date(published, what="published") if published is not None else article.published
    if pub is None:
        raise GeoInputError(f"{article.name}: no publication date; give --published YYYY-MM-DD "
                            "or a 'published:' header line")
    prof = profile or load_profile(article.profile or DEFAULT_PROFILE)
    return extract(article.text, gazetteer, prof, pub, article=article.name, source=article.source,
                   url=article.url, title=article.title)
