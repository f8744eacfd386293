"""NewsSpider: discovery and request priorities shared by every news-site spider.

A concrete spider names a `SiteProfile` and its `Discovery` (crawler/sites/discovery.py);
this class finds the articles as the discovery data says: robots.txt sitemaps (by lastmod, news
sitemaps first), RSS feeds (and those the home page advertises), the home page and its section listings
(or its menu's), the latest listing and its pages, newest first.
Article pages go to `crawler.parsing.page_kind.read_page` (extraction and page kind, in a worker process,
see `crawler.runtime.parser_pool`): a page is exported only when its own evidence says it is an article,
whatever its URL looks like. The spider adds nothing but crawl context (stats on which strategy found
each field, `article/skipped/<kind>` for the pages that are none).
"""

from __future__ import annotations

import hashlib
import ipaddress
from importlib import import_module
from collections import OrderedDict
from functools import cached_property, lru_cache, partial
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.gz import gunzip

from crawler.runtime.failures import failure_reason
from crawler.runtime.frontier import KeySet, frontier_folder
from crawler.items import Article
from crawler.parsing.feeds import parse_feed, parse_sitemap, robots_sitemaps
from crawler.parsing.listing import listing_links
from crawler.parsing.urls import article_identity, article_root_url, canonicalize_url
from crawler.parsing.profile import SiteProfile
from crawler.sites.discovery import Discovery
from crawler.state.base import id_key
from crawler.spiders import arguments

if TYPE_CHECKING:
    from crawler.parsing.page_kind import PageKind
    from crawler.runtime.parser_pool import ParserPool
    from crawler.runtime.runstate import RunState

# Request priorities: discovery documents first, then articles (fresher higher),
# then deeper navigation (older listing pages, tags, authors).
PRIORITY_DISCOVERY = 300
PRIORITY_LISTING = 200
PRIORITY_ARTICLE = 100  # + freshness bonus, see article_priority()
PRIORITY_DEEP_LISTING = 0

# Feed autodiscovery on a home page, and its navigation (where section links sit).
FEED_LINKS = ('//link[contains(concat(" ", normalize-space(@rel), " "), " alternate ")]'
              '[@type="application/rss+xml" or @type="application/atom+xml"]/@href')
MENU_LINKS = ('//nav//a/@href | //header//a/@href'
              ' | //*[contains(@class, "menu") or contains(@class, "nav")]//a/@href')
MAX_ADVERTISED_FEEDS = 10

# Run labels name lock, state and run files (at most 64 characters, see crawler.runtime.paths),
# with room for a worker's host and slot suffix.
MAX_LISTED_LABEL = 32

# Listings repeat the same sidebar and menu links on every page: the latest links are remembered
# (canonical form, and what they were when first listed); older ones are simply looked at again.
# Bounded, so a backfill of millions of links keeps its memory flat.
RECENT_LINKS = 4096


def run_label(spider_name: str, codes: list[str], every: bool) -> str:
    """`<spider>_<edition>_<edition>...` (`mina_id_en_ar`); when too many to list in a file name (ANTARA's
    bureaus): `<spider>_all` for every edition, else `<spider>_<n>-editions-<digest of the codes>`."""
    label = "_".join([spider_name, *codes])
    if len(label) <= MAX_LISTED_LABEL:
        return label
    if every:
        return f"{spider_name}_all"
    return f"{spider_name}_{len(codes)}-editions-{hashlib.sha1(','.join(sorted(codes)).encode()).hexdigest()[:8]}"


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bare(host: str | None) -> str:
    return (host or "").removeprefix("www.")


def article_priority(published: datetime | None, now: datetime) -> int:
    """Newer articles first: a small bonus by age bucket (a few buckets keep the scheduler cheap)."""
    if published is None:
        return PRIORITY_ARTICLE
    age_days = (now - published).total_seconds() / 86400
    for bonus, limit in ((50, 1), (40, 7), (30, 31), (20, 366)):
        if age_days <= limit:
            return PRIORITY_ARTICLE + bonus
    return PRIORITY_ARTICLE + 10


class NewsSpider(scrapy.Spider):
    profile: SiteProfile  # set by subclasses
    discovery: Discovery  # set by subclasses
    # The `-a` arguments `__init__` takes (listed by `scrapy sites`); a subclass taking others names its own.
    spider_arguments: tuple[arguments.Argument, ...] = arguments.ARGUMENTS

    def __init__(self, edition: str = "id", base_url: str | None = None, mode: str = "full",
                 max_listing_pages: str | int = 0, since: str | None = None, until: str | None = None,
                 recheck: str | bool = False, *args, **kwargs):
        # Each value is checked here, before anything opens: a bad one is one line (crawler/spiders/arguments.py).
        arguments.no_unknown(kwargs, self.spider_arguments)
        super().__init__(*args, **kwargs)
        codes = arguments.edition_codes(edition, tuple(self.profile.editions))
        base_url = arguments.base_url(base_url, codes)
        self.mode = arguments.choice("mode", mode, arguments.MODES)
        self.since = arguments.day("since", since)
        self.until = arguments.day("until", until)
        arguments.window(self.since, self.until)
        if self.mode == "backfill" and self.since is None:
            raise arguments.SpiderArgumentError("mode", mode, "backfill needs -a since=YYYY-MM-DD")
        if self.mode != "monitor":
            # A crawl parses its first article pages here, until its parsing worker is ready: the article parsers
            # (~0.15 s of regular expressions) load now, before the engine starts. A monitor poll reads a feed and
            # a listing, and loads them only if it finds an article (`crawler.parsing`'s lazy names).
            import_module("crawler.parsing.page_kind")
        # Fetch known articles again even when nothing says they changed (sites without lastmod).
        self.recheck = arguments.yes_no("recheck", recheck)
        self.max_listing_pages = arguments.count("max_listing_pages", max_listing_pages)  # 0: to the end
        # Edition code -> root URL of that edition, without a trailing slash.
        self.roots = {
            code: (base_url.replace("{edition}", code) if base_url else self.profile.editions[code].base_url
                   ).rstrip("/")
            for code in codes
        }
        self.run_label = run_label(self.name, codes, every=set(codes) == set(self.profile.editions))
        # Per edition: (host, port) and root path + "/", split once: scope checks run per link.
        self.scopes = {code: ((urlsplit(root).hostname, urlsplit(root).port), urlsplit(root).path + "/")
                       for code, root in self.roots.items()}
        rules = self.profile.url_rules
        self.canonical = lru_cache(maxsize=RECENT_LINKS)(partial(canonicalize_url, rules=rules))
        self.root_url = lru_cache(maxsize=RECENT_LINKS)(partial(article_root_url, rules=rules))
        self.scope_of = lru_cache(maxsize=RECENT_LINKS)(self._scope)
        self.listed_links: OrderedDict[str, bool] = OrderedDict()  # link -> an article unknown when first listed
        self.walked_pages: OrderedDict[str, None] = OrderedDict()  # listing pages after the first asked for lately
        self.allowed_domains = sorted({urlsplit(root).hostname for root in self.roots.values()}
                                      | ({*self.profile.domains} if not base_url else set()))
        self.started_at = datetime.now(timezone.utc)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if all(is_loopback(root) for root in spider.roots.values()):
            # A local sandbox: no need for politeness delays (settings are still mutable here).
            crawler.settings.set("AUTOTHROTTLE_ENABLED", False, priority="spider")
            crawler.settings.set("DOWNLOAD_DELAY", 0, priority="spider")
            crawler.settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 16, priority="spider")
        return spider

    # The run's components (see EXTENSIONS in crawler/settings.py) hand themselves out on the crawler.

    @property
    def run_state(self) -> RunState | None:
        """The run lock and state store (`crawler.extensions.runstate`); None when the lock was not ours."""
        return self.crawler.run_state

    @property
    def parsers(self) -> ParserPool:
        """The parsing worker pool (`crawler.runtime.parser_pool`)."""
        return self.crawler.parsers

    # Per-run sets of article ids, on disk in the run's frontier folder (crawler/runtime/frontier.py):
    # a backfill's millions of ids cost no memory. They only spare requests and count stats once;
    # the state store and the dedup pipeline are what export each article once.

    @cached_property
    def requested_articles(self) -> KeySet:
        """Articles requested this run (ids as `crawler.state.base.id_key` numbers them)."""
        return self._key_set("requested_articles")

    @cached_property
    def skipped_articles(self) -> KeySet:
        """Known articles not requested (yet) this run."""
        return self._key_set("skipped_articles")

    @cached_property
    def skipped_media(self) -> KeySet:
        """Videos and photo stories: never requested."""
        return self._key_set("skipped_media")

    def _key_set(self, name: str) -> KeySet:
        folder = frontier_folder(self.crawler)
        return KeySet(folder / f"{name}.sqlite" if folder else None)

    def closed(self, reason: str) -> None:
        for name in ("requested_articles", "skipped_articles", "skipped_media"):
            if name in self.__dict__:  # opened (cached_property) this run
                self.__dict__[name].close()

    # -- scope -------------------------------------------------------------

    def edition_of(self, url: str) -> str | None:
        """The crawled edition whose root contains `url`, or None when the URL is out of scope."""
        return self.scope_of(url)[0]

    def _scope(self, url: str) -> tuple[str | None, str]:
        """(`edition_of`, `relative_path`) of `url`: a link is asked about several times in a row (media? article?
        fetched from which host?), and splitting it once (`scope_of`, a bounded cache) spares most of the work."""
        parts = urlsplit(url)
        # `www.` or not, one host: canonical URLs drop it, sites redirect one form to the other.
        host, path = (_bare(parts.hostname), parts.port), parts.path + "/"
        for code, ((root_host, root_port), root_path) in self.scopes.items():
            if host == (_bare(root_host), root_port) and path.startswith(root_path):
                return code, parts.path[len(root_path) - 1:] or "/"
        return None, parts.path or "/"

    def fetch_url(self, url: str) -> str:
        """`url` (canonical, so without `www.`) spelt on its edition root's own host: a site served from
        `www.` would answer the bare host with a redirect per request."""
        code = self.edition_of(url)
        if code is None:
            return url
        (root_host, _), _ = self.scopes[code]
        parts = urlsplit(url)
        if root_host and root_host != parts.hostname and _bare(root_host) == parts.hostname:
            return parts._replace(netloc=parts.netloc.replace(parts.hostname, root_host, 1)).geturl()
        return url

    def relative_path(self, url: str) -> str:
        """`url`'s path below its edition's root (the whole path out of scope)."""
        return self.scope_of(url)[1]

    def looks_like_article(self, url: str) -> bool:
        if self.edition_of(url) is None:
            return False
        path = self.relative_path(url)
        parts = urlsplit(url)
        if path == "/" and parts.query:
            return False  # ?s=, ?p= shortlinks: the linked permalink is crawled instead
        return path != "/" and self.discovery.is_article_path(path)

    def skip_if_media(self, url: str) -> bool:
        """A video or photo story (no text article): counted once, never fetched."""
        if self.edition_of(url) is None or not self.discovery.media_paths.search(self.relative_path(url)):
            return False
        if self.skipped_media.add(id_key(self.article_key(url))):
            self.crawler.stats.inc_value("discovery/skipped_media")
        return True

    def article_key(self, url: str) -> str:
        """One key per article whatever URL form links to it (slash, utm, page N): its id."""
        return self.article_id(url)

    # -- discovery ----------------------------------------------------------

    async def start(self):
        if self.run_state is None:
            return
        discovery = self.discovery
        # A monitor poll stays within robots.txt, the latest feed and the latest listing.
        everything = self.mode != "monitor"
        if everything:
            # A full run or a backfill parses hundreds of pages at least: its parsing workers load while robots.txt
            # and the sitemaps download, and its first articles are not parsed on the crawl thread (a poll starts
            # them only once it has many pages to parse: PARSE_INLINE_SECONDS, PARSE_WORKERS_AFTER_REQUESTS).
            self.parsers.start_soon()
        for code, root in self.roots.items():
            if everything:
                parts = urlsplit(root)
                yield self.discovery_request(f"{parts.scheme}://{parts.netloc}/robots.txt", self.parse_robots,
                                             priority=PRIORITY_DISCOVERY, cb_kwargs={"root": root})
            for path in discovery.feeds(code, sections=everything):
                yield self.discovery_request(f"{root}{path}", self.parse_feed, priority=PRIORITY_DISCOVERY)
            if everything and discovery.home != discovery.latest_listing:
                yield self.discovery_request(f"{root}{discovery.home}", self.parse_listing, priority=PRIORITY_LISTING,
                                             cb_kwargs={"home": True})
            yield self.discovery_request(f"{root}{discovery.latest_listing}", self.parse_listing,
                                         priority=PRIORITY_LISTING,
                                         cb_kwargs={"home": discovery.home == discovery.latest_listing})

    def parse_robots(self, response, root: str):
        # A Sitemap line should be absolute; some sites write the path alone (`Sitemap: /sitemap.xml`).
        sitemaps = [url for line in robots_sitemaps(response.text) if self.edition_of(url := response.urljoin(line))]
        if not sitemaps:  # no Sitemap line: the site's conventional sitemaps, if it has any
            sitemaps = [f"{root}{path}" for path in self.discovery.sitemap_fallback]
        for url in sitemaps:
            # A news sitemap (the last days' articles) is read before the archive's sitemaps.
            news = "news" in urlsplit(url).path.rsplit("/", 1)[-1].lower()
            yield self.discovery_request(url, self.parse_sitemap, priority=PRIORITY_DISCOVERY + 10 * news)

    def parse_sitemap(self, response):
        body = response.body
        if body[:2] == b"\x1f\x8b":  # a .xml.gz sitemap: unpacked here, never beyond DOWNLOAD_MAXSIZE
            try:
                body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            except ValueError:  # the size limit (a gzip bomb)
                self.crawler.stats.inc_value("discovery/sitemap/too_large")
                return
            except (OSError, EOFError):
                body = b""
        kind, entries = parse_sitemap(body)
        self.crawler.stats.inc_value(f"discovery/sitemap/{kind or 'unreadable'}")
        if kind == "sitemapindex":
            # Newest sitemaps first; page/category/tag/author sitemaps hold no articles.
            for entry in sorted(entries, key=lambda e: e.time or self.started_at, reverse=True):
                name = urlsplit(entry.url).path.rsplit("/", 1)[-1]
                if any(word in name for word in self.discovery.sitemap_skip_words):
                    continue
                if self.edition_of(entry.url):
                    news = "news" in name.lower()
                    yield self.discovery_request(entry.url, self.parse_sitemap, priority=PRIORITY_DISCOVERY + 10 * news)
        elif kind == "urlset":
            for entry in entries:
                if self.since and entry.time and entry.time.date() < self.since:
                    continue  # not modified since the window opened: not published in it either
                yield from self.article_request(entry.url, entry.time, "sitemap")

    def parse_feed(self, response):
        entries = parse_feed(response.body, response.url)
        self.crawler.stats.inc_value("discovery/feed/documents")
        for entry in entries:
            yield from self.article_request(entry.url, entry.time, "feed")

    async def parse_listing(self, response, home: bool = False, page: int = 1):
        if not isinstance(response, TextResponse):  # (hasattr "text" would decode the whole page here)
            return
        self.crawler.stats.inc_value("discovery/listing/pages")
        links, next_page = await self.parsers.run(listing_links, response.body, response.url)
        bonus = 40 if page == 1 else 0  # the first page of a listing is its newest
        unknown = 0
        linked = set()
        sections: set[str] = set()
        if home:
            for request in self.advertised_feeds(response):
                yield request
            if self.discovery.menu_sections:
                sections = self.menu_links(response)
        for link in links:
            url = self.canonical(link)
            linked.add(url)
            if url in self.listed_links:
                self.listed_links.move_to_end(url)
                unknown += self.listed_links[url]
                continue
            if len(self.listed_links) >= RECENT_LINKS:
                self.listed_links.popitem(last=False)
            if url in sections:  # a section of the site's menu: a listing, whatever its path looks like
                self.listed_links[url] = False
                if self.mode != "monitor":  # a monitor poll reads the home page only
                    # A menu also links featured articles under the same shallow paths: where the path could be
                    # an article's, the page's own evidence decides (any other page is read as the section listing).
                    if self.looks_like_article(url):
                        yield self.discovery_request(self.fetch_url(url), self.parse_article, priority=PRIORITY_LISTING,
                                                     meta={"menu_section": True})
                    else:
                        yield self.discovery_request(self.fetch_url(url), self.parse_listing, priority=PRIORITY_LISTING)
                continue
            if self.skip_if_media(url):
                self.listed_links[url] = False
                continue
            is_article = self.looks_like_article(url)
            self.listed_links[url] = is_article and not self.is_known(url) and not self.is_not_article(url)
            unknown += self.listed_links[url]
            if is_article:
                for request in self.article_request(url, None, "listing", PRIORITY_ARTICLE + bonus):
                    yield request
            elif home and self.mode != "monitor" and self.is_category(url):
                yield self.discovery_request(self.fetch_url(url), self.parse_listing, priority=PRIORITY_LISTING)
        if self.mode != "full" and not unknown:
            # Newest first: a page of known articles means the rest of the listing is known too.
            self.crawler.stats.inc_value("discovery/listing/stopped_at_known")
            return
        if next_page is None:  # no declared next page: a link to page N+1 in the site's pagination form
            numbered = self.canonical(self.discovery.pagination.page_url(response.url, page + 1))
            next_page = numbered if numbered in linked else None
        pages = []
        if next_page and self.edition_of(next_page) and (
                not self.max_listing_pages or page < self.max_listing_pages):
            pages.append((page + 1, next_page))
        if self.mode == "full":
            # A full run walks every page of a listing: the other pages its pagination links (`1 … 4 5 6 7 … 57`)
            # are fetched as well, so that a long listing is walked from both ends and several pages at a time,
            # not one page a round trip. (The other modes stop at the first page of known articles.)
            pages += self.numbered_pages(response.url, linked, page)
        for number, url in pages:
            # Each page is linked from several others: asked for once (a page forgotten since is the scheduler's
            # to filter).
            if (key := self.canonical(url)) not in self.walked_pages:
                if len(self.walked_pages) >= RECENT_LINKS:
                    self.walked_pages.popitem(last=False)
                self.walked_pages[key] = None
                yield self.discovery_request(self.fetch_url(url), self.parse_listing, priority=PRIORITY_DEEP_LISTING,
                                             cb_kwargs={"page": number})

    def numbered_pages(self, listing_url: str, linked: set[str], page: int) -> list[tuple[int, str]]:
        """The pages of the listing at `listing_url` (page `page`) that `linked` holds, but the first, this one and
        the next, with their numbers; from the first page, also every page between them and the last one it links
        (`1 2 3 … 57`): a full run reads them all, so they are asked for at once and fetched several at a time, not
        each a round trip after the page linking it. None past `max_listing_pages`."""
        pagination = self.discovery.pagination
        marker = f"{pagination.query}=" if pagination.query else f"/{pagination.segment}/"
        found = {}
        for url in linked:
            if marker not in url or (number := pagination.number(url)) is None or number in (1, page, page + 1):
                continue
            if self.max_listing_pages and number > self.max_listing_pages:
                continue
            if self.canonical(pagination.page_url(listing_url, number)) == url and self.edition_of(url):
                found[number] = url
        if page == 1 and found:
            for number in range(page + 2, max(found)):
                if number not in found:
                    found[number] = self.canonical(pagination.page_url(listing_url, number))
        return sorted(found.items())

    def advertised_feeds(self, response) -> list[scrapy.Request]:
        """The RSS/Atom feeds a home page names (`<link rel="alternate" type="application/rss+xml">`): every one
        in full runs, the first in a monitor poll (the site's main feed comes first)."""
        if not self.discovery.autodiscover_feeds:
            return []
        urls = [response.urljoin(href) for href in response.xpath(FEED_LINKS).getall()]
        urls = [url for url in dict.fromkeys(urls) if self.edition_of(url)]
        return [self.discovery_request(url, self.parse_feed, priority=PRIORITY_DISCOVERY)
                for url in urls[:1 if self.mode == "monitor" else MAX_ADVERTISED_FEEDS]]

    def menu_links(self, response) -> set[str]:
        """Section listings a home page's navigation links: same host, shallow paths (`is_section_path`)."""
        found = set()
        for href in response.xpath(MENU_LINKS).getall():
            url = self.canonical(response.urljoin(href))
            if self.edition_of(url) and self.discovery.is_section_path(self.relative_path(url)):
                found.add(url)
        return found

    def is_category(self, url: str) -> bool:
        """A section listing (its first page) of a crawled edition."""
        return self.edition_of(url) is not None and self.discovery.is_section_path(self.relative_path(url)) \
            and self.discovery.pagination.number(url) is None

    def article_id(self, url: str) -> str:
        """The id the parser will give the article at `url` (in the crawled edition's slash form)."""
        edition = self.profile.editions[self.edition_of(url)]
        return article_identity(url, self.profile, edition)[1]

    def is_known(self, url: str) -> bool:
        return self.article_id(url) in self.run_state.store

    def is_not_article(self, url: str) -> bool:
        """Fetched before and found not to be an article (a static page linked from every page)."""
        return self.run_state.store.is_not_article(self.article_id(url))

    def is_fresh(self, url: str, changed_at: datetime | None) -> bool:
        """Worth fetching: never exported, or changed since it was last seen, or a recheck run.
        A monitor poll skips known static pages too (full runs and backfills look again)."""
        if self.recheck:
            return True
        if not self.is_known(url):
            return self.mode != "monitor" or not self.is_not_article(url)
        if changed_at is None or self.mode == "monitor":
            return False
        known = self.run_state.store.get(self.article_id(url))
        last_seen = datetime.fromisoformat(known.last_seen)
        return changed_at > last_seen

    def article_request(self, url: str, published: datetime | None, source: str, priority: int | None = None):
        url = self.canonical(url)
        if self.skip_if_media(url) or not self.looks_like_article(url):
            return
        key = id_key(self.article_key(url))
        if key in self.requested_articles:
            return
        if not self.is_fresh(url, published):
            # Not marked requested: a later mention (a sitemap lastmod) may still date a change.
            if self.skipped_articles.add(key):
                self.crawler.stats.inc_value("discovery/skipped_known")
            return
        self.requested_articles.add(key)
        self.crawler.stats.inc_value(f"discovery/articles/{source}")
        if priority is None:
            priority = article_priority(published, self.started_at)
        yield scrapy.Request(self.fetch_url(self.root_url(url)), callback=self.parse_article, errback=self.article_failed,
                             priority=priority)

    # -- articles -----------------------------------------------------------

    async def parse(self, response, **kwargs):
        """Scrapy's default callback (`scrapy parse --spider <name> URL`): the page read as an article."""
        async for output in self.parse_article(response, **kwargs):
            yield output

    async def parse_article(self, response, pages: list[dict] | None = None, remaining: list[str] | None = None):
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("article/skipped/not_text")
            return
        from crawler.parsing.page_kind import read_page  # loaded by now, unless a monitor poll's first article

        extraction, kind = await self.parsers.run(read_page, response.body, response.url,
                                                  profile=self.parsing_profile, fetched_at=datetime.now(timezone.utc))
        for field, strategy in extraction.sources.items():
            self.crawler.stats.inc_value(f"extract/{field}/{strategy}")
        item = extraction.item
        if pages is None:  # first page: is it an article at all, and does it go on?
            if not self.is_article(kind):
                self.crawler.stats.inc_value("article/skipped/not_an_article")
                self.crawler.stats.inc_value(f"article/skipped/{kind.kind}")
                requested = response.meta.get("redirect_urls", [response.url])[0]
                self.run_state.store.mark_not_article(self.article_id(requested))
                if response.meta.get("menu_section"):
                    async for request in self.parse_listing(response):
                        yield request
                elif self.is_linked_home(response, kind):
                    async for request in self.parse_listing(response, home=True):
                        yield request
                return
            pages, remaining = [], extraction.page_links
        pages = [*pages, item]
        if remaining:
            yield scrapy.Request(remaining[0], callback=self.parse_article, errback=self.article_failed,
                                 priority=response.request.priority,
                                 cb_kwargs={"pages": pages, "remaining": remaining[1:]})
            return
        if len(pages) > 1:
            from crawler.parsing.article import merge_article_pages

            article = merge_article_pages(pages)
        else:
            article = item
        crawled_edition = self.edition_of(response.url)
        if crawled_edition and self.profile.edition_for_url(response.url) is None:
            # Off the site's hosts (a sandbox, a mirror) a page cannot name its edition (two bureaus
            # share a language): it is the edition whose root the spider found it under.
            article["edition"] = crawled_edition
        if not self.in_window(article.get("published_at")):
            self.crawler.stats.inc_value("article/skipped/outside_window")
            return
        self.crawler.stats.inc_value("article/parsed")
        yield Article(**article)

    def article_failed(self, failure):
        """Count an article request that gave up (after retries) by reason: `article/failed/<reason>`."""
        self.count_failure(failure, "article", "article")

    def discovery_request(self, url: str, callback, **kwargs) -> scrapy.Request:
        """A request for a page that leads to articles (robots.txt, a feed, a sitemap, a listing), counted by
        `discovery_failed` when it gives up."""
        return scrapy.Request(url, callback=callback, errback=self.discovery_failed, **kwargs)

    def discovery_failed(self, failure):
        """Count a discovery page that gave up (after retries) by reason, `discovery/failed/<reason>`, in one line:
        without an errback Scrapy logs each with a traceback."""
        self.count_failure(failure, "discovery", "discovery page")

    def count_failure(self, failure, kind: str, what: str) -> None:
        reason = failure_reason(failure.value)
        if reason == "robots_txt":  # never fetched, by the site's wish: not a failure
            self.crawler.stats.inc_value(f"{kind}/skipped/robots_txt")
            return
        self.crawler.stats.inc_value(f"{kind}/failed/{reason}")
        self.logger.warning("%s failed (%s): %s", what, reason, failure.request.url)

    def in_window(self, published_at: str | None) -> bool:
        """Within `since`/`until` (inclusive days, WIB) when a backfill window is set."""
        if not (self.since or self.until) or not published_at:
            return True
        day = datetime.fromisoformat(published_at).date()
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def is_linked_home(self, response, kind: PageKind) -> bool:
        """A listing the home page links under an article-like path (an edition's home below a site root, a
        section missing from the menu), on a site of unknown layout: read as a home page once per run."""
        return (kind.kind == "listing" and self.discovery.menu_sections and self.mode != "monitor"
                and response.meta.get("depth", 0) <= 1)

    @property
    def parsing_profile(self) -> SiteProfile:
        """The profile article pages are read with."""
        return self.profile

    @staticmethod
    def is_article(kind: PageKind) -> bool:
        """On page evidence (`crawler.parsing.page_kind`), never on the URL's shape: home, section, tag, author,
        archive, media and static pages share article URL shapes on many sites."""
        return kind.is_article
