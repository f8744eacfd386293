"""HTTP helpers for sandbox tests (no redirects followed, so 301s stay visible)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from xml.etree import ElementTree


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with _OPENER.open(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")


def hrefs(html: str, css_class: str) -> list[str]:
    """hrefs of `<a>` whose class attribute contains all words of `css_class`."""
    out = []
    for tag in re.findall(r"<a\b[^>]*>", html):
        classes = re.search(r'class="([^"]*)"', tag)
        href = re.search(r'href="([^"]*)"', tag)
        if classes and href and set(css_class.split()) <= set(classes.group(1).split()):
            out.append(href.group(1))
    return out


def locs(xml: str) -> list[tuple[str, str | None]]:
    """(loc, lastmod) of every `<url>` or `<sitemap>` entry."""
    root = ElementTree.fromstring(xml)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    out = []
    for entry in [*root.findall("s:url", ns), *root.findall("s:sitemap", ns)]:
        lastmod = entry.find("s:lastmod", ns)
        out.append((entry.find("s:loc", ns).text, lastmod.text if lastmod is not None else None))
    return out
