"""ANTARA, Indonesia's national news agency (Perum LKBN ANTARA): antaranews.com.

Editions: `id` (www.antaranews.com; antaranews.com and m.antaranews.com serve the same
articles), `en` (en.antaranews.com) and the regional bureaus (`<region>.antaranews.com`),
each bureau with its own id sequence. `-a edition=all` crawls every edition listed here.
An article is its host's numeric id: `/berita/<id>/<any slug or none>`, its AMP copy
`/amp/berita/<id>/...` and tracking variants are one article.
"""

from __future__ import annotations

from crawler.parsing.profile import Edition, SiteProfile, UrlRules

# Regional bureaus seen serving articles (agency-formats.md 1.1); each is an edition of its own.
BUREAUS = ("bali", "jabar", "jatim", "jogja", "kepri", "kupang", "papua", "papuatengah", "sumbar", "sumsel",
           "sumut")

EDITIONS = {
    "id": Edition("id", "id", "https://www.antaranews.com", trailing_slash=False,
                  hosts=("antaranews.com", "m.antaranews.com")),
    "en": Edition("en", "en", "https://en.antaranews.com", trailing_slash=False),
    **{bureau: Edition(bureau, "id", f"https://{bureau}.antaranews.com", trailing_slash=False)
       for bureau in BUREAUS},
}

# -- identity and discovery (hosts, URL rules, listings, feeds): see the crawl helpers' section --

# -- extraction (selectors, site names, credit lines): see the parsing section --

ANTARA = SiteProfile(
    name="antara",
    agency="ANTARA",
    editions=EDITIONS,
    domains=("antaranews.com", "www.antaranews.com", "m.antaranews.com", "en.antaranews.com",
             *(f"{bureau}.antaranews.com" for bureau in BUREAUS)),
    url_rules=UrlRules(),  # TODO(crawl helper): hosts, https, host aliases, AMP/slug path rules
)
