"""Markup habits the pages vary per post, and the chrome around the text."""

from __future__ import annotations

import re

from sandbox import build_site


def _pages(count: int = 300) -> list[str]:
    site = build_site(count, seed=0)
    base = "http://127.0.0.1:1"
    return [site.handle(r["url"][len(base):], base).body.decode() for r in site.truth(base)]


def test_markup_varies_per_post_like_a_real_newsroom() -> None:
    pages = _pages()
    assert any(re.search(r"<p><strong>[^<]*MINA &#8211;</strong> ", p) for p in pages)
    assert any('class="wp-caption aligncenter"' in p for p in pages)
    assert any("<p>&nbsp;</p>" in p for p in pages)
    assert any(".&nbsp; " in p for p in pages)
    assert any(re.search(r"<p><strong>Baca Juga:</strong> <a ", p) for p in pages)
    assert any(re.search(r"<p>Baca Juga: <a ", p) for p in pages)
    assert any("<p><strong>Mi’raj" in p for p in pages)


def test_pages_weigh_like_wordpress_pages_and_carry_noise() -> None:
    pages = _pages(60)
    average = sum(len(p.encode()) for p in pages) / len(pages)
    assert 25_000 < average < 70_000
    current = [p for p in pages if 'class="post-title"' in p]
    for page in current:
        for noise in ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Select Language", "Tags:",
                      "Recommendation for you", "Comments: 0"):
            assert noise in page
    assert any("Views\u3164" in p for p in current)
