"""Local news-agency sites with their ground truth: MINA (three editions, two themes, feeds, sitemaps)
and ANTARA (editions and bureaus, three template generations), alone or together (`site="all"`).

    site = build_site(articles=300, seed=0)            # site="mina" | "antara" | "all"
    with Sandbox(site) as sandbox:
        truth = site.truth(sandbox.base_url)
        ...crawl sandbox.base_url...
"""

from __future__ import annotations

from sandbox.antara import AntaraSite
from sandbox.server import Sandbox
from sandbox.site import Site
from sandbox.sites import CHOICES, MultiSite, UnknownSite, build, editions


def build_site(articles: int = 300, seed: int = 0, site: str = "mina") -> Site | AntaraSite | MultiSite:
    """A deterministic site: the same seed gives the same pages, byte for byte.
    `site`: "mina", "antara" or "all" (each site under `/<name>`); UnknownSite for other names."""
    return build(site, articles, seed)


__all__ = ["CHOICES", "AntaraSite", "MultiSite", "Sandbox", "Site", "UnknownSite", "build_site", "editions"]
