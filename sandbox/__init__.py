"""A local MINA-like site (three editions, two themes, feeds, sitemaps) with its ground truth.

    site = build_site(articles=300, seed=0)
    with Sandbox(site) as sandbox:
        truth = site.truth(sandbox.base_url)
        ...crawl sandbox.base_url...
"""

from __future__ import annotations

from sandbox.server import Sandbox
from sandbox.site import Site


def build_site(articles: int = 300, seed: int = 0) -> Site:
    """A deterministic site: the same seed gives the same pages, byte for byte."""
    return Site(articles=articles, seed=seed)


__all__ = ["Sandbox", "Site", "build_site"]
