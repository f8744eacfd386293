"""How the title tests read a headline: a page whose head holds the `<title>` (and whatever `head` adds: og:title,
og:site_name, JSON-LD), over a plain body with no `<h1>` unless one is given, through `parse_article`."""

from __future__ import annotations

from crawler.parsing import parse_article

BODY = "<p>Paragraf pertama berita ini cukup panjang untuk menjadi badan artikel yang sebenarnya.</p>" * 3


def title_of(title: str | None, url: str, head: str = "", *, h1: str = "", site_name: str = "") -> str:
    """The title `parse_article` reads; `title` None writes no `<title>` element (the head says it all)."""
    title_element = "" if title is None else f"<title>{title}</title>"
    meta = f"<meta property='og:site_name' content='{site_name}'>" if site_name else ""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    html = f"<html><head>{title_element}{head}{meta}</head><body><article>{heading}{BODY}</article></body></html>"
    return parse_article(html.encode(), url)["title"]
