"""The vocabulary of a site profile: what the parsers may know about one news site.

The parsing code names no site; everything site-specific reaches it in a `SiteProfile`
(the instances live in `crawler.sites`). A page of no known site is read with
`GENERIC`: no editions, no URL rules, no selectors, no endings, no agency.

Patterns (`site_names`, `credit_lines`, `boilerplate_lines`, the `agency_aliases`
spellings) are regular expressions, matched case-insensitively; `signature_codes` are
matched as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from datetime import tzinfo
from urllib.parse import urlsplit

from crawler.times import WIB


def _bare(host: str) -> str:
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


@dataclass(frozen=True)
class Edition:
    code: str  # "id", "en", "ar"
    language: str
    base_url: str  # the real site's root, no trailing slash
    trailing_slash: bool  # the edition's canonical article URLs end in "/"
    # Other hosts serving this edition (legacy or mirror hosts), `www.` optional.
    hosts: tuple[str, ...] = ()

    @cached_property
    def bare_hosts(self) -> frozenset[str]:
        """The base URL's host and `hosts`, lower case, without `www.`."""
        return frozenset({_bare(urlsplit(self.base_url).hostname or ""), *(_bare(h) for h in self.hosts)})


@dataclass(frozen=True)
class UrlRules:
    """How a site spells its canonical URLs. Hosts are compared without `www.`."""

    # Every host of the site (canonical, legacy, mobile): one family for `same_site`.
    hosts: frozenset[str] = frozenset()
    # Hosts whose canonical scheme is https (whatever scheme a link was written with).
    https_hosts: frozenset[str] = frozenset()
    # Alias host -> canonical host (`m.example.com` -> `example.com`).
    host_aliases: tuple[tuple[str, str], ...] = ()
    # Host -> whether its canonical article URLs end in "/"; hosts not listed keep the slash as written.
    trailing_slash: tuple[tuple[str, bool], ...] = ()
    # (pattern, replacement) applied in order to the path of a URL on one of `hosts`.
    path_rewrites: tuple[tuple[str, str], ...] = ()
    # (pattern, replacement) applied on top of `path_rewrites` to an article's identity only (its exported
    # `canonical_url` and `id`), never to the URL requested: a slug that identity ignores is still fetched as linked.
    identity_rewrites: tuple[tuple[str, str], ...] = ()

    def knows(self, host: str) -> bool:
        return _bare(host) in self.hosts

    def canonical_host(self, host: str) -> str:
        return dict(self.host_aliases).get(host, host)

    def slash_for(self, host: str) -> bool | None:
        return dict(self.trailing_slash).get(host)


# eq=False: profiles are singletons compared (and hashed, for caches) by identity.
@dataclass(frozen=True, eq=False)
class SiteProfile:
    name: str
    agency: str | None  # canonical agency name of the site's own articles
    editions: dict[str, Edition] = field(default_factory=dict)
    # Hosts that belong to the site (the spider never leaves them); legacy hosts included.
    domains: tuple[str, ...] = ()
    # Theme selectors per field, tried first, in order (CSS; `::attr()`/`::text` allowed).
    selectors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    url_rules: UrlRules = UrlRules()
    # Names the site goes by in titles (`<title> - <name>`): cut from the end of a title.
    site_names: tuple[str, ...] = ()
    # The site's closing credit line: the article ends there (later related inserts still count).
    credit_lines: tuple[str, ...] = ()
    # Lines of the site's own page furniture (slogans) dropped from the body.
    boilerplate_lines: tuple[str, ...] = ()
    # Regexes of the site's own editorial codes closing an article, inside their brackets
    # (`T(?:/\w+){1,4}` for `(T/RE1/P2)`); other outlets' `(gil/jpnn)` are known to every profile.
    signature_codes: tuple[str, ...] = ()
    # Canonical agency names the site's own text misspells (read by the dateline parser).
    agency_typos: tuple[str, ...] = ()
    # Extra canonical-name -> regex spellings of the site's own agency (read by the dateline parser).
    agency_aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    timezone: tzinfo = WIB  # the zone of the site's wall clocks

    def edition_for_url(self, url: str) -> Edition | None:
        """The edition served by the host of `url` (None for a host of no edition)."""
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            return None
        return self.edition_for_host(host)

    def __reduce_ex__(self, protocol: object) -> object:
        """A registered site's profile (`crawler.sites.SITES`) and `GENERIC` are pickled by name: a parsing worker
        then reads every page with its own registry instance, caches warm, instead of an unpickled copy per
        page. Any other profile is pickled by value."""
        from crawler.sites import SITES  # the registry sits above parsing

        if self is GENERIC:
            return "GENERIC"
        if SITES.get(self.name) is self:
            return registered_profile, (self.name,)
        return super().__reduce_ex__(protocol)

    def edition_for_host(self, host: str) -> Edition | None:
        return self._edition_by_host.get(_bare(host))

    @cached_property
    def _edition_by_host(self) -> dict[str, Edition]:
        """Each host (without `www.`) of an edition, with the first edition serving it: asked for every page."""
        by_host: dict[str, Edition] = {}
        for edition in self.editions.values():
            for host in edition.bare_hosts:
                by_host.setdefault(host, edition)
        return by_host

    def edition_for_language(self, language: str | None) -> Edition | None:
        """The edition written in `language`, else the site's first edition (None without editions)."""
        for edition in self.editions.values():
            if edition.language == language:
                return edition
        return next(iter(self.editions.values()), None)


GENERIC = SiteProfile(name="", agency=None)
"""A page of no known site: only the generic strategies apply."""


def registered_profile(name: str) -> SiteProfile:
    """The profile of the site `name` in the registry (how a registered profile is unpickled)."""
    from crawler.sites import SITES

    return SITES[name]
