"""The `news` spider: any news site, no profile.

    scrapy crawl news -a site_url=https://www.example.co.id
    scrapy crawl news -a site_url=https://a.example.co.id,https://b.example.com     # several sites, one run
    scrapy crawl news -a site_url=http://127.0.0.1:8000/outlet                      # a sandbox (a path root)

Discovery is `crawler.sites.discovery.ANY_SITE`: robots.txt sitemaps (news sitemaps first), the feeds the
home page advertises and the usual feed paths, the home page and the sections of its menu, newest first.
Whether a page is an article is decided by the page (`crawler.parsing.page_kind`), never by its URL.

Pages are read with `GENERIC` (no site profile): an item's `site` and `edition` are null and its id is
the generic canonical URL's. Each site is one "edition" of the run, coded by its host (`example.co.id`,
`127.0.0.1-8000`); output, state and reports live under `OUTPUT_DIR/news/`, labelled
`news_<host>` (several sites: `news_<n>-sites-<digest>`). Other arguments as for every news spider:
`mode=full|monitor|backfill`, `since`/`until`, `recheck`, `max_listing_pages`; `edition` does not apply.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from crawler.parsing.profile import GENERIC, Edition, SiteProfile
from crawler.parsing.urls import article_identity
from crawler.sites.discovery import ANY_SITE
from crawler.spiders import arguments
from crawler.spiders.arguments import SpiderArgumentError
from crawler.spiders.base import MAX_LISTED_LABEL, NewsSpider

_UNSAFE = re.compile(r"[^A-Za-z0-9_.+-]+")
SITE_URL = arguments.Argument("site_url", "", "the site's http(s) address, or a comma list of them (required)")


def site_roots(value: str | None) -> list[str]:
    """The http(s) roots of `-a site_url=` (a comma list), without trailing slashes; ValueError (one line)
    when missing or not http(s) URLs."""
    if not value or not value.strip():
        raise SpiderArgumentError("site_url", value or "", "required: the news site's address, e.g. "
                                                           "https://www.example.co.id (a comma list for several sites)")
    roots = []
    for raw in value.split(","):
        url = raw.strip()
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError:
            parts = None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise SpiderArgumentError("site_url", url, "not an http(s) URL (e.g. https://www.example.co.id)")
        roots.append(f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/"))
    return list(dict.fromkeys(roots))


def site_code(root: str) -> str:
    """A file-name-safe code naming a site by its host (and port and path, when it has them)."""
    parts = urlsplit(root)
    host = (parts.hostname or "").removeprefix("www.")
    return _UNSAFE.sub("-", "-".join(p for p in (host, str(parts.port or ""), parts.path.strip("/")) if p))


def sites_profile(roots: list[str]) -> SiteProfile:
    """The crawl's scope: one edition per site (what the shared discovery walks). Pages are never read with it."""
    editions = {site_code(root): Edition(site_code(root), "", root, trailing_slash=False) for root in roots}
    return SiteProfile(name="", agency=None, editions=editions,
                       domains=tuple(sorted({urlsplit(root).hostname for root in roots})))


class AnySiteSpider(NewsSpider):
    name = "news"
    profile = GENERIC
    discovery = ANY_SITE
    spider_arguments = (SITE_URL, *(a for a in arguments.ARGUMENTS if a.name not in ("edition", "base_url")))

    def __init__(self, site_url: str | None = None, edition: str = "all", base_url: str | None = None,
                 *args, **kwargs):
        if edition != "all":
            raise SpiderArgumentError("edition", edition, "the news spider has no editions; name sites with -a site_url=")
        if base_url:
            raise SpiderArgumentError("base_url", base_url, "does not apply to the news spider; use -a site_url=")
        roots = site_roots(site_url)
        self.profile = sites_profile(roots)
        super().__init__(*args, edition="all", **kwargs)
        self.run_label = run_label(roots)

    @property
    def parsing_profile(self) -> SiteProfile:
        return GENERIC

    def article_id(self, url: str) -> str:
        """The id the generic parser gives the page at `url` (its canonical URL's, with no site rules), or the id
        another spelling of it was exported under: with no profile the slash form and the scheme are the site's,
        as linked, and a site links both (`/slug/` from its feed, `/slug` from a sidebar; `http://` from old
        copy on an https site)."""
        written = article_identity(url, GENERIC)[1]
        if self.run_state is None or written in self.run_state.store:
            return written
        for spelling in _other_spellings(url):
            other = article_identity(spelling, GENERIC)[1]
            if other in self.run_state.store:
                return other
        return written

    def article_key(self, url: str) -> str:
        """One request per article and run whichever slash form or scheme links it."""
        parts = urlsplit(url)
        scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
        return article_identity(parts._replace(scheme=scheme, path=parts.path.rstrip("/") or "/").geturl(), GENERIC)[1]


def _other_spellings(url: str) -> list[str]:
    """`url` with the other slash form, the other of http and https, and both."""
    parts = urlsplit(url)
    slash = parts._replace(path=parts.path[:-1] if parts.path.endswith("/") else parts.path + "/")
    spellings = [slash]
    if parts.scheme in ("http", "https"):
        other_scheme = "http" if parts.scheme == "https" else "https"
        spellings += [parts._replace(scheme=other_scheme), slash._replace(scheme=other_scheme)]
    return [spelling.geturl() for spelling in spellings]


def run_label(roots: list[str]) -> str:
    """`news_<site code>` for one site, `news_<n>-sites-<digest of the roots>` for several."""
    label = f"news_{site_code(roots[0])}"
    if len(roots) == 1 and len(label) <= MAX_LISTED_LABEL:
        return label
    digest = hashlib.sha1(",".join(sorted(roots)).encode()).hexdigest()[:8]
    return f"news_{len(roots)}-sites-{digest}"
