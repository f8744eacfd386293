"""Where an article comes from: `canonical_url` (and `id`), `site`, `agency`, `edition`, `language`.

* `canonical_url`: the page's `<link rel=canonical>`, else `og:url`, when on the same site (and not the
  site's home page, which a template may declare for every article), else the URL itself; spelled by
  `crawler.parsing.urls.article_identity` (the spider asks it too, so both give one id).
* `edition`: a profile page's edition is its host's; on another host (a sandbox or mirror)
  the edition whose code is the URL's first path segment (`/jatim/berita/...`: a mirror
  lays editions out as path prefixes), else the edition written in the page's language,
  else the site's first. A page of no profile
  has no edition.
* `language`: the text's language when the text says it clearly and `<html lang>` says
  another (shared templates mislabel editions), else the markup's, else the edition's.
* `agency`: the profile's agency, else the dateline's agency, else the publisher the article's header prints
  (an aggregator names the outlet it took the article from: LINE Today's `<dd itemprop="publisher">CNN
  Indonesia</dd>`), else `og:site_name` (its last part when a theme wrote the whole page title there, its first part
  when that is the host's name before a tagline, the outlet a URL's host names when the theme wrote its address
  there: `crawler.parsing.fields.title.site_name`), else null.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler.parsing.agencies import agency_name
from crawler.parsing.dateline import Dateline
from crawler.parsing.html import absolute, element_text
from crawler.parsing.language import page_language
from crawler.parsing.page import Page, before_body
from crawler.parsing.profile import Edition, SiteProfile
from crawler.parsing.urls import article_identity, is_home_page, same_site


def edition_and_language(profile: SiteProfile, url: str, markup: str | None,
                         sample: str) -> tuple[Edition | None, str | None]:
    language = page_language(markup, sample)
    edition = profile.edition_for_url(url)
    if edition is None and profile.editions:
        edition = profile.editions.get(_first_segment(url)) or profile.edition_for_language(language)
    if language is None and edition is not None:
        language = edition.language
    return edition, language


def _first_segment(url: str) -> str:
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    return path.lstrip("/").split("/", 1)[0]


def canonical_url(page: Page, edition: Edition | None) -> tuple[str, str, str]:
    """(canonical URL, id, strategy): the declared canonical when it is on the page's site."""
    rules = page.profile.url_rules
    candidates = [(href, "html") for link in page.index.by_tag["link"]
                  if "canonical" in (link.get("rel") or "").split() and (href := link.get("href")) is not None]
    if page.meta.get("og:url"):
        candidates.append((page.meta["og:url"], "meta"))
    article_page = not is_home_page(page.url)
    for href, source in candidates:
        link = absolute(page.url, href)
        if link and same_site(link, page.url, rules=rules) and not (article_page and is_home_page(link)):
            return (*article_identity(link, page.profile, edition), source)
    return (*article_identity(page.url, page.profile, edition), "url")


def agency(profile: SiteProfile, dateline: Dateline | None, og_site_name: str | None) -> str | None:
    if profile.agency:
        return profile.agency
    if dateline is not None and dateline.agency:
        return dateline.agency
    return og_site_name or None


_MAX_PUBLISHER_CHARS = 40


def printed_publisher(page: Page) -> str | None:
    """The publisher named in print before the body: an element marked `itemprop=publisher` holding only the
    outlet's name (`<dd class="publisher" itemprop="publisher">Okezone.com</dd>`), spelled as the agency table
    spells it. A publisher marked up as an organization (`itemscope`, its name and logo in elements of their own)
    is the site itself: no reading here."""
    if page.container is None:
        return None
    body_path = {page.container, *page.container.iterancestors()}
    for element in page.index.with_attribute("itemprop"):
        value = element.get("itemprop", "")
        if "ublisher" not in value or "publisher" not in value.lower().split():
            continue
        if element.get("itemscope") is not None or not before_body(element, body_path) \
                or any(inner.get("itemprop") is not None or inner.tag == "img" for inner in element.iterdescendants()):
            return None
        text = element_text(element)
        if not 1 < len(text) <= _MAX_PUBLISHER_CHARS or any(c.isdigit() for c in text):
            return None
        return agency_name(text) or text
    return None
