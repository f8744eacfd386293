"""Fault modes for the sandbox: what a hostile or broken server does to a crawler, with the truth of it.

    faults = FaultInjector(site, FaultSet.parse("all", seed=0))
    with Sandbox(site, faults=faults) as sandbox:
        expected = faults.expectations(sandbox.base_url)   # exported / failed-by-reason / forbidden
        ...crawl...
        faults.retry_gaps("429")                            # seconds between a 429 and its retry

A `FaultSet` names fault groups (`FAULT_GROUPS`); a `FaultInjector` picks the affected articles of a
site (stable for a seed), answers requests through the site with the faults applied, and records
when each faulty article was requested, so tests measure retry delays on the server side.
Articles are picked among single-page, non-legacy articles, each with at most one fault.
"""

from __future__ import annotations

import random
import threading
import time
import zlib
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import parse_qs, unquote, urlsplit

from sandbox.site import Response, Site

# Per-article fault modes: group -> modes. A mode's outcome is in OUTCOMES.
FAULT_GROUPS: dict[str, tuple[str, ...]] = {
    "5xx": ("burst-503", "broken-500"),
    "429": ("too-many-requests",),
    "slow": ("slow", "hang"),
    "reset": ("reset-once", "reset-always"),
    "truncated": ("cut-transfer", "cut-html"),
    "charset": ("cp1252-as-utf8", "utf8-as-latin1", "no-charset"),
    "redirects": ("redirect-chain", "redirect-loop"),
    "oversize": ("oversize",),
    "bad-xml": (),  # a broken post sitemap and feed: discovery documents only
    "gzip-bomb": (),  # sitemap index entries that decompress far beyond DOWNLOAD_MAXSIZE
    "offsite": ("offsite-redirect",),  # plus links to other hosts on every edition home
    "robots": ("robots-disallowed",),
}
FAULTS = tuple(FAULT_GROUPS)

# What a correct crawler makes of an article with this mode: "exported", "forbidden" (never
# requested: robots.txt), or the failure reason it counts (`article/failed/<reason>`).
OUTCOMES: dict[str, str] = {
    "burst-503": "exported", "broken-500": "http_500",
    "too-many-requests": "exported",
    "slow": "exported", "hang": "timeout",
    "reset-once": "exported", "reset-always": "connection_lost",
    "cut-transfer": "exported", "cut-html": "exported",
    "cp1252-as-utf8": "exported", "utf8-as-latin1": "exported", "no-charset": "exported",
    "redirect-chain": "exported", "redirect-loop": "redirect_loop",
    "oversize": "too_large",
    "offsite-redirect": "offsite",
    "robots-disallowed": "forbidden",
}
BURST = 2  # 503s before a burst article answers; below RETRY_TIMES
REDIRECT_HOPS = 3  # a chain within REDIRECT_MAX_TIMES
OFFSITE_HOST = "example.invalid"
BOMB_SITEMAP = "post-sitemap-archive.xml.gz"  # a gzip file: the spider gunzips it itself
BOMB_ENCODED = "post-sitemap-archive.xml"  # Content-Encoding: gzip: Scrapy's middleware decodes it
HTML_UTF8 = "text/html; charset=UTF-8"


@dataclass(frozen=True)
class FaultSet:
    """Which fault groups are on, and their knobs. Deterministic: same seed, same victims."""

    groups: frozenset[str]
    seed: int = 0
    per_mode: int = 2  # articles per mode
    slow_seconds: float = 0.3  # "slow": answered late, within any sane DOWNLOAD_TIMEOUT
    hang_seconds: float = 35.0  # "hang": longer than DOWNLOAD_TIMEOUT (30 s by default; tests set 1 s)
    retry_after: int = 1  # seconds in the 429's Retry-After
    oversize_bytes: int = 17 * 1024 * 1024  # above the default DOWNLOAD_MAXSIZE (16 MiB)
    bomb_bytes: int = 128 * 1024 * 1024  # what the gzip bomb expands to
    other_port: int = 1  # "offsite": the other local host's port (nothing should ever reach it)

    @classmethod
    def parse(cls, spec: str, **knobs) -> FaultSet:
        """`"all"` or a comma list of FAULT_GROUPS names; ValueError names the unknown ones."""
        names = set(FAULTS) if spec.strip() == "all" else {n.strip() for n in spec.split(",") if n.strip()}
        unknown = sorted(names - set(FAULTS))
        if unknown:
            raise ValueError(f"unknown fault(s) {', '.join(unknown)}: choose from {', '.join(FAULTS)}, all")
        return cls(frozenset(names), **knobs)

    @property
    def modes(self) -> tuple[str, ...]:
        return tuple(mode for group in FAULTS if group in self.groups for mode in FAULT_GROUPS[group])


@dataclass
class Reply:
    """How the server answers one request: a response, possibly late, cut short, or a reset."""

    response: Response | None  # None: reset the connection without answering
    delay: float = 0.0
    send_bytes: int | None = None  # send only this many body bytes (Content-Length stays whole), then close


@dataclass
class Expectations:
    exported: set[str]  # canonical URLs exported exactly once
    failed: dict[str, str]  # canonical URL -> failure reason
    forbidden: set[str]  # canonical URLs never requested (robots.txt)
    modes: dict[str, str] = field(default_factory=dict)  # canonical URL -> fault mode

    @property
    def reachable(self) -> int:
        return len(self.exported) + len(self.failed)

    def failed_by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for reason in self.failed.values():
            counts[reason] = counts.get(reason, 0) + 1
        return counts


class FaultInjector:
    """Answers requests for `site` with the faults of `faults` applied (thread-safe)."""

    def __init__(self, site: Site, faults: FaultSet) -> None:
        self.site = site
        self.faults = faults
        self._lock = threading.Lock()
        self.requests: dict[int, list[float]] = {}  # article index -> monotonic times of its requests
        self.victims: dict[int, str] = self._pick_victims()

    def _pick_victims(self) -> dict[int, str]:
        eligible = [a.index for a in self.site.articles if a.pages == 1 and not a.legacy_path]
        random.Random(f"{self.faults.seed}:faults").shuffle(eligible)
        victims, pool = {}, iter(eligible)
        for mode in self.faults.modes:
            for _ in range(self.faults.per_mode):
                index = next(pool, None)
                if index is None:
                    raise ValueError("too few articles for these faults: add articles or lower per_mode")
                victims[index] = mode
        return victims

    # ----- truth -----
    def expectations(self, base_url: str) -> Expectations:
        base = base_url.rstrip("/")
        exported, failed, forbidden, modes = set(), {}, set(), {}
        for article in self.site.articles:
            url = self.site.article_url(base, article)
            mode = self.victims.get(article.index)
            outcome = OUTCOMES[mode] if mode else "exported"
            if mode:
                modes[url] = mode
            if outcome == "exported":
                exported.add(url)
            elif outcome == "forbidden":
                forbidden.add(url)
            else:
                failed[url] = outcome
        return Expectations(exported, failed, forbidden, modes)

    def requested(self, mode: str) -> dict[int, list[float]]:
        """Request times per article of `mode` (articles never requested are left out)."""
        with self._lock:
            return {i: list(t) for i, t in self.requests.items() if self.victims.get(i) == mode}

    def retry_gaps(self, mode: str) -> list[list[float]]:
        """Per article of `mode`: seconds between consecutive requests (the crawler's retry delays)."""
        return [[b - a for a, b in zip(times, times[1:])] for times in self.requested(mode).values()]

    # ----- answering -----
    def handle(self, raw_path: str, base: str) -> Reply:
        split = urlsplit(raw_path)
        path = split.path or "/"
        if path == "/robots.txt" and "robots" in self.faults.groups:
            return Reply(self._robots(base))
        edition, _, rest = path.lstrip("/").partition("/")
        rest = "/" + rest
        if edition in ("id", "en", "ar"):
            document = self._document(edition, rest, base)
            if document is not None:
                return document
            found = self.site.routes.get((edition, unquote(rest)))
            if found and found[0] in self.victims:
                return self._article(found[0], self.victims[found[0]], raw_path, base)
        response = self.site.handle(raw_path, base)
        if "offsite" in self.faults.groups and edition in ("id", "en", "ar") and rest == "/" and not split.query:
            response.body = response.body.replace(b"</body>", self._offsite_links(edition).encode() + b"</body>")
        return Reply(response)

    def _count(self, index: int) -> int:
        """Record a request for article `index`; returns how many came before it."""
        with self._lock:
            times = self.requests.setdefault(index, [])
            times.append(time.monotonic())
            return len(times) - 1

    def _article(self, index: int, mode: str, raw_path: str, base: str) -> Reply:
        before = self._count(index)
        article = self.site.articles[index]
        if mode == "burst-503" and before < BURST or mode == "broken-500" or mode == "offsite-redirect" and not before:
            status = 500 if mode == "broken-500" else 503
            return Reply(Response(status, HTML_UTF8, f"<html><body><h1>{status}</h1></body></html>".encode()))
        if mode == "too-many-requests" and before == 0:
            return Reply(Response(429, HTML_UTF8, b"<html><body><h1>429 Too Many Requests</h1></body></html>",
                                  {"Retry-After": str(self.faults.retry_after)}))
        if mode == "reset-always" or mode == "reset-once" and before == 0:
            return Reply(None)
        if mode in ("redirect-chain", "redirect-loop"):
            hop = int(parse_qs(urlsplit(raw_path).query).get("hop", ["0"])[0] or 0)
            if mode == "redirect-loop" or hop < REDIRECT_HOPS:
                target = hop % 2 + 1 if mode == "redirect-loop" else hop + 1
                location = f"{self.site.article_url(base, article)}?hop={target}"
                return Reply(Response((301, 302, 307)[hop % 3], HTML_UTF8, b"", {"Location": location}))
        if mode == "offsite-redirect":  # after one 503: the retry, not the first request, is redirected
            host = OFFSITE_HOST if index % 2 else f"localhost:{self.faults.other_port}"
            return Reply(Response(302, HTML_UTF8, b"", {"Location": f"http://{host}/{article.edition}/{article.slug}"}))
        response = self.site.handle(raw_path, base)
        if mode == "hang":
            return Reply(response, delay=self.faults.hang_seconds)
        if mode == "slow":
            return Reply(response, delay=self.faults.slow_seconds)
        if mode == "cut-transfer" and before == 0:
            return Reply(response, send_bytes=len(response.body) // 2)
        if mode == "cut-html":  # a whole HTTP answer whose document stops before the footer
            cut = response.body.find(b"<footer")
            response.body = response.body[:cut if cut > 0 else len(response.body) * 9 // 10]
        elif mode == "cp1252-as-utf8":  # smart quotes and accents as single bytes, label says UTF-8
            response.body = response.body.decode().encode("cp1252", errors="xmlcharrefreplace")
        elif mode == "utf8-as-latin1":
            response.content_type = "text/html; charset=ISO-8859-1"
        elif mode == "no-charset":
            response.content_type = "text/html"
        elif mode == "oversize":
            padding = max(0, self.faults.oversize_bytes - len(response.body))
            response.body = response.body.replace(b"</body>", b"<!--" + b" " * padding + b"--></body>")
        return Reply(response)

    # ----- discovery documents -----
    def _robots(self, base: str) -> Response:
        response = self.site.handle("/robots.txt", base)
        rules = []
        for index, mode in sorted(self.victims.items()):
            if mode == "robots-disallowed":
                article = self.site.articles[index]
                path = f"/{article.edition}{article.path(False)}"
                rules.append(f"Disallow: {path}$\nDisallow: {path}/\n")
        response.body = response.body.replace(b"User-agent: *\n", ("User-agent: *\n" + "".join(rules)).encode(), 1)
        return response

    def _document(self, edition: str, rest: str, base: str) -> Reply | None:
        groups = self.faults.groups
        if "gzip-bomb" in groups:
            if rest == f"/{BOMB_SITEMAP}":
                return Reply(Response(200, "application/x-gzip", self._bomb))
            if rest == f"/{BOMB_ENCODED}":
                return Reply(Response(200, "application/xml; charset=UTF-8", self._bomb,
                                      {"Content-Encoding": "gzip"}))
            if rest == "/sitemap_index.xml":
                response = self.site.handle(f"/{edition}{rest}", base)
                entries = "".join(f"<sitemap><loc>{base}/{edition}/{name}</loc></sitemap>\n"
                                  for name in (BOMB_SITEMAP, BOMB_ENCODED))
                response.body = response.body.replace(b"</sitemapindex>", entries.encode() + b"</sitemapindex>")
                return Reply(response)
        if "bad-xml" in groups and rest in ("/post-sitemap.xml", "/feed", "/feed/"):
            response = self.site.handle(f"/{edition}{rest}", base)
            body = response.body
            if rest == "/post-sitemap.xml":  # a stray ampersand, a control character and no end tags
                middle = body.find(b"<url>", len(body) // 2)
                body = body[:middle] + b"<url><loc>R&D \x0b</loc>" + body[middle:]
                body = body[:body.rfind(b"</url>")]
            else:  # an undefined HTML entity, a bare `<` and a truncated end
                body = body.replace(b"<channel>", b"<channel><title>MINA &nbsp; news < feed</title>", 1)
                body = body[:body.rfind(b"</item>")]
            response.body = body
            return Reply(response)
        return None

    def _offsite_links(self, edition: str) -> str:
        return (f'<div class="partners"><a href="http://{OFFSITE_HOST}/{edition}/partner-news">Partner</a> '
                f'<a href="http://localhost:{self.faults.other_port}/{edition}/mirror-news">Mirror</a></div>')

    @cached_property
    def _bomb(self) -> bytes:
        """A sitemap that gzips to ~1/1000 of `bomb_bytes`: an XML head, then whitespace."""
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: a gzip container
        parts = [packer.compress(b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset>')]
        chunk = b" " * (1024 * 1024)
        for _ in range(self.faults.bomb_bytes // len(chunk)):
            parts.append(packer.compress(chunk))
        parts.append(packer.compress(b"</urlset>\n") + packer.flush())
        return b"".join(parts)

