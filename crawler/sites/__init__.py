"""The sites the crawler knows, one profile each (`crawler/sites/<site>.py`).

A profile is data (see `crawler.parsing.profile`): adding a site is adding a module
here and its name to `SITES`.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from crawler.parsing.profile import SiteProfile
from crawler.sites.antara import ANTARA
from crawler.sites.mina import MINA

SITES: dict[str, SiteProfile] = {profile.name: profile for profile in (MINA, ANTARA)}


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile of the site whose hosts serve `url`, None for a host of no known site."""
    try:
        host = (urlsplit(url).hostname or "").lower() if isinstance(url, str) else ""
    except ValueError:
        return None
    return _profile_for_host(host.removeprefix("www."))


@lru_cache(maxsize=1024)
def _profile_for_host(host: str) -> SiteProfile | None:
    for profile in SITES.values():
        if profile.url_rules.knows(host) or host in {d.removeprefix("www.") for d in profile.domains}:
            return profile
    return None
