"""`scrapy extract`: read saved article pages as a crawl would, one JSON line per page on standard output.

    scrapy extract page.html --url https://www.antaranews.com/berita/527615/slug
    scrapy extract saved/*.html                 # each page's URL: its declared canonical (og:url, microdata)
    scrapy extract page.html --site antara      # read with a site's profile whatever the URL
    curl -s URL | scrapy extract - --url URL    # a page on standard input

The site profile is the one of the page's URL (`crawler.sites`), else the generic reading of the `news`
spider. A line holds the fields `crawler.parsing.parse_article` gives (the exported item without the
fields of the state: version, near-copy, first sighting). A page that cannot be read is one error line and
exit status 1 once every other page is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.parsing.html import decode_html, parse_html, select
from crawler.parsing.urls import is_home_page
from crawler.sites import SITES

_DECLARED_URL = ("link[rel=canonical]::attr(href)", "meta[property='og:url']::attr(content)")


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False  # parsing only: no crawler, no reactor
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "FILE [FILE ...] [--url URL] [--site SITE]"

    def short_desc(self) -> str:
        return "Read saved article pages (files, or - for standard input) and print one JSON line per page"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", help="the page's address (one page only); default: the URL the page declares")
        parser.add_argument("--site", help=f"read with this site's profile: {', '.join(sorted(SITES))}")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args:
            raise UsageError("name at least one saved page (a file, or - for standard input)")
        if opts.url is not None and len(args) > 1:
            raise UsageError("--url names one page's address: give one file with it")
        if opts.url is not None and not opts.url.startswith(("http://", "https://")):
            raise UsageError(f"--url {opts.url}: an http(s) URL")
        if opts.site is not None and opts.site not in SITES:
            raise UsageError(f"--site {opts.site}: unknown site; choose from {', '.join(sorted(SITES))}")
        profile = SITES[opts.site] if opts.site else None
        fetched_at = datetime.now(timezone.utc)
        failed = False
        for name in args:
            try:
                html = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            except OSError as error:
                print(f"scrapy extract: error: {name}: {error.strerror or error}", file=sys.stderr)
                failed = True
                continue
            url = opts.url or declared_url(html)
            if url is None:
                print(f"scrapy extract: {name}: the page declares no address: read as a page of no known site "
                      "unless --site names one (--url gives its address)", file=sys.stderr)
                url = Path(name).resolve().as_uri() if name != "-" else ""
            item = read_article(html, url, profile, fetched_at)
            print(json.dumps(item, ensure_ascii=False), flush=True)
        if failed:
            self.exitcode = 1


def read_article(html: bytes, url: str, profile, fetched_at: datetime) -> dict:
    # Imported here: Scrapy loads every command's module for any `scrapy` command, a poll's `scrapy crawl` too.
    from crawler.parsing import parse_article

    return parse_article(html, url, profile=profile, fetched_at=fetched_at)


def declared_url(html: bytes) -> str | None:
    """The absolute http(s) address a page declares for itself (canonical link, else `og:url`, else the `url`
    property of its article's microdata, as ANTARA's 2015-2017 pages give it)."""
    root = parse_html(decode_html(html))
    if root is None:
        return None
    values = [value for selector in _DECLARED_URL for value in select(root, selector)]
    values += [element.get("href") or element.get("content") for element in select(root, "[itemprop=url]")
               if _property_of_an_article(element)]
    addresses = [value.strip() for value in values
                 if isinstance(value, str) and value.strip().startswith(("http://", "https://"))]
    # A template may declare the site's home page first (a Blogger theme's two canonical links).
    return next((address for address in addresses if not is_home_page(address)), addresses[0] if addresses else None)


def _property_of_an_article(element) -> bool:
    """The microdata item `element` is a property of is an Article (not its author, a Person)."""
    scope = next((node for node in element.iterancestors() if node.get("itemscope") is not None), None)
    return scope is not None and "Article" in (scope.get("itemtype") or "")
