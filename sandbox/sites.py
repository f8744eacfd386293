"""The sandbox's sites by name, and `all`: every site on one server under its own path prefix.

    build_site(articles=300, seed=0, site="mina")     # MINA, exactly as before
    build_site(site="antara")                          # ANTARA (sandbox/antara/)
    build_site(site="outlet")                          # an outlet of no profile (sandbox/outlet/, `scrapy crawl news`)
    build_site(site="all")                             # the agencies: /mina/{edition}/..., /antara/{edition}/...
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from sandbox.antara import AntaraSite
from sandbox.antara.model import EDITIONS as ANTARA_EDITIONS
from sandbox.outlet import OutletSite
from sandbox.site import EDITIONS as SITE_EDITIONS
from sandbox.site import Response, Site

# `all` serves the news agencies, whose site spiders crawl them under a prefix; the outlet (no profile,
# `scrapy crawl news`) is served on its own.
AGENCIES = ("mina", "antara")
SITES = (*AGENCIES, "outlet")
CHOICES = (*SITES, "all")
HTML = "text/html; charset=UTF-8"


class UnknownSite(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"unknown site {name!r}: choose one of {', '.join(CHOICES)}")


def editions(name: str) -> tuple[str, ...]:
    """The editions the sandbox of site `name` serves: a crawl of it names these (`-a edition=id,en,jatim,bali`);
    the real site has more (ANTARA's thirty-odd bureaus), whose roots the sandbox answers with 404."""
    if name == "mina":
        return SITE_EDITIONS
    if name == "antara":
        return tuple(ANTARA_EDITIONS)
    raise UnknownSite(name)


def build(name: str, articles: int, seed: int) -> Site | AntaraSite | OutletSite | MultiSite:
    if name == "mina":
        return Site(articles=articles, seed=seed)
    if name == "antara":
        return AntaraSite(articles=articles, seed=seed)
    if name == "outlet":
        return OutletSite(articles=articles, seed=seed)
    if name == "all":
        return MultiSite({n: build(n, articles, seed) for n in AGENCIES})
    raise UnknownSite(name)


def _prefixed_robots(texts: dict[str, str]) -> str:
    """One robots.txt from each site's own: rule paths move under the site's prefix, groups merge
    by user agent, `Sitemap:` lines (already absolute) are kept."""
    groups: dict[str, list[str]] = {}
    sitemaps: list[str] = []
    for prefix, robots in texts.items():
        agents: list[str] = []
        in_rules = False
        for line in robots.splitlines():
            field, _, value = line.partition(":")
            field, value = field.strip().lower(), value.strip()
            if field == "user-agent":
                agents = [value] if in_rules else [*agents, value]
                in_rules = False
                groups.setdefault(value, [])
            elif field in ("allow", "disallow"):
                in_rules = True
                for agent in agents:
                    groups[agent].append(f"{line.split(':')[0]}: /{prefix}{value}")
            elif field == "sitemap":
                sitemaps.append(f"Sitemap: {value}")
    out = []
    for agent, rules in groups.items():
        out += [f"User-agent: {agent}", *rules, ""]
    return "\n".join(out + sitemaps) + "\n"


class MultiSite:
    """Every site under `/<name>`: a site at `base` answers `/<name>/<path>` as it answers `<path>` at
    `base/<name>`, so its links, feeds and truth carry the prefix."""

    name = "all"

    def __init__(self, sites: dict[str, Site | AntaraSite]) -> None:
        self.sites = sites
        self.seed = next(iter(sites.values())).seed

    @property
    def articles(self) -> list:
        return [a for site in self.sites.values() for a in site.articles]

    def truth_records(self, base_url: str) -> Iterator[dict]:
        base = base_url.rstrip("/")
        for name, site in self.sites.items():
            yield from site.truth_records(f"{base}/{name}")

    def truth(self, base_url: str) -> list[dict]:
        return list(self.truth_records(base_url))

    def handle(self, raw_path: str, base: str) -> Response:
        if raw_path == "/robots.txt":
            texts = {n: s.handle("/robots.txt", f"{base}/{n}").body.decode() for n, s in self.sites.items()}
            return Response(200, "text/plain; charset=UTF-8", _prefixed_robots(texts).encode())
        name, _, rest = raw_path.lstrip("/").partition("/")
        site = self.sites.get(name.partition("?")[0])
        if site is not None and (rest or raw_path.endswith("/")):
            return site.handle("/" + rest, f"{base}/{name}")
        if site is not None:
            return Response(301, HTML, b"", {"Location": f"{base}/{name}/"})
        if raw_path in ("/", ""):
            rows = "".join(f'<li><a href="{base}/{n}/">{escape(n)}</a></li>' for n in self.sites)
            page = f'<!DOCTYPE html>\n<html><head><title>sandbox</title></head><body><ul>{rows}</ul></body></html>\n'
            return Response(200, HTML, page.encode())
        return Response(404, HTML, b"<!DOCTYPE html>\n<html><body><h1>404</h1></body></html>\n")
