"""HTML of the outlet's pages: articles in four markup families, home, sections, labels, authors, static pages.

Every page carries the furniture real outlets have around an article: a navigation menu of sections, a
"Terpopuler" sidebar with other articles' times, a footer of static pages. Links are absolute.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape

from sandbox.antara.words import DAYS_ID, MONTHS_ID
from sandbox.outlet.model import OUTLET, SECTIONS, STATIC_PAGES, Article

SHORT_MONTHS = tuple(m[:3] if m != "Desember" else "Des" for m in MONTHS_ID)
EXCERPT_WORDS = 18
POPULAR = 5


def clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def day_month_year(moment: datetime) -> str:
    return f"{moment.day} {SHORT_MONTHS[moment.month - 1]} {moment.year}"


def label_slug(tag: str) -> str:
    return tag.replace(" ", "-")


def author_slug(name: str) -> str:
    return name.lower().replace(" ", "-")


class Renderer:
    def __init__(self, site, base: str) -> None:
        self.site = site
        self.base = base

    def url(self, article: Article) -> str:
        return f"{self.base}{article.path}"

    # ----- furniture -----
    def head(self, title: str, *, og_type: str, canonical: str, extra: str = "") -> str:
        return (f'<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
                f'<link rel="canonical" href="{canonical}">\n'
                f'<meta property="og:type" content="{og_type}">\n<meta property="og:site_name" content="{OUTLET}">\n'
                f'<link rel="alternate" type="application/rss+xml" title="{OUTLET} - Terbaru" '
                f'href="{self.base}/rss/terbaru">\n{extra}</head>\n')

    def menu(self) -> str:
        items = "".join(f'<li class="navbar__item"><a href="{self.base}/{slug}">{name}</a></li>' for slug, name in SECTIONS)
        return (f'<header class="header"><div class="logo"><a href="{self.base}/">{OUTLET}</a></div>\n'
                f'<nav class="navbar"><ul><li class="navbar__item"><a href="{self.base}/">Beranda</a></li>{items}'
                f'</ul></nav></header>\n')

    def popular(self) -> str:
        rows = "".join(
            f'<li><a href="{self.url(a)}">{escape(a.title)}</a> <span class="box__date">'
            f'{day_month_year(a.published)} {clock(a.published)} WIB</span></li>'
            for a in self.site.popular()[:POPULAR])
        return f'<aside class="sidebar"><div class="box"><h3 class="box__title">Terpopuler</h3><ul>{rows}</ul></div></aside>\n'

    def footer(self) -> str:
        links = " | ".join(f'<a href="{self.base}/{slug}">{name}</a>' for slug, name in STATIC_PAGES)
        return (f'<footer class="footer"><div class="footer__links">{links}</div>'
                f'<p class="copyright">Copyright &copy; 2025 {OUTLET}. All rights reserved.</p></footer>\n'
                '</body>\n</html>\n')

    # ----- articles -----
    def page_url(self, article: Article, page: int) -> str:
        """Page `page` of a paged article: `?page=N`, the first page's own link included (Kompas-like)."""
        return self.url(article) + (f"?page={page}" if article.pages > 1 else "")

    def article(self, a: Article, page: int = 1) -> str:
        extra = ""
        if a.jsonld:
            data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                    "datePublished": a.published.isoformat(), "author": {"@type": "Person", "name": a.author},
                    "publisher": {"@type": "Organization", "name": OUTLET}}
            extra = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
        og_type = "article" if a.jsonld or a.index % 3 else "website"  # some pages declare nothing useful
        canonical = self.page_url(a, page) if page > 1 else self.url(a)
        head = self.head(f"{a.title} - {OUTLET}", og_type=og_type, canonical=canonical, extra=extra)
        body = self._read(a, page) if a.template == "read" else getattr(self, f"_{a.template}")(a)
        body_class = {"page": f' class="articles show category-{a.section[0]}"', "detail": ' class="detail"'}
        return (head + f"<body{body_class.get(a.template, '')}>\n" + self.menu() + '<div class="container">\n'
                + body + self.popular() + "</div>\n" + self.footer())

    def _related(self, a: Article, opener: str) -> list[str]:
        return [f'{opener} <a href="{self.url(self.site.articles[i])}">{escape(self.site.articles[i].title)}</a>'
                for i in a.related]

    def _tags(self, a: Article, css: str) -> str:
        links = "".join(f'<a href="{self.base}/label/{label_slug(t)}">{escape(t)}</a>' for t in a.tags)
        return f'<div class="{css}">{links}</div>\n'

    def _paragraphs_with_inserts(self, a: Article, insert: str, numbers: range | None = None) -> list[str]:
        """Paragraph HTML (the first led by the dateline) with `Baca juga` inserts after the 2nd, 4th... paragraph;
        `numbers`: the paragraphs of one page (all by default)."""
        inserts = self._related(a, "Baca juga:")
        out = []
        for n in numbers if numbers is not None else range(len(a.paragraphs)):
            text = a.paragraphs[n]
            out.append(f"<p>{escape(text)}</p>" if n else f"<p><strong>{escape(a.dateline[:-2])}</strong> - {escape(text)}</p>")
            if n % 2 == 1 and (n - 1) // 2 < len(inserts):
                out.append(insert.format(inserts[(n - 1) // 2]))
        return out

    def _pager(self, a: Article, page: int) -> str:
        """Kompas-like pagination under a paged article's text: every page's number, and the next page's link."""
        links = "".join(f'<a class="paging__link{" paging__link--active" if n == page else ""}" '
                        f'href="{self.page_url(a, n)}">{n}</a>' for n in range(1, a.pages + 1))
        if page < a.pages:
            links += f'<a class="paging__link paging__link--next" href="{self.page_url(a, page + 1)}">Selanjutnya</a>'
        return f'<div class="paging"><div class="paging__wrap">Halaman: {links}</div></div>\n'

    def _detail(self, a: Article) -> str:  # Detik-like
        paragraphs = self._paragraphs_with_inserts(
            a, '<table class="linksisip"><tr><td><div class="lihatjg">{}</div></td></tr></table>')
        when = a.published
        return (f'<article class="detail">\n<div class="detail__header">\n'
                f'<div class="page__breadcrumb"><a href="{self.base}/">Home</a> &gt; '
                f'<a href="{self.base}/{a.section[0]}">{a.section[1]}</a></div>\n'
                f'<h1 class="detail__title">{escape(a.title)}</h1>\n'
                f'<div class="detail__author">{escape(a.author)} - {OUTLET}</div>\n'
                f'<div class="detail__date">{DAYS_ID[when.weekday()]}, {day_month_year(when)} {clock(when)} WIB</div>\n'
                f'</div>\n<div class="detail__body-text itp_bodycontent">\n' + "\n".join(paragraphs) + "\n</div>\n"
                + self._tags(a, "detail__body-tag nav") + "</article>\n")

    def _read(self, a: Article, page: int = 1) -> str:  # Kompas-like: a logo heading first, credits under the headline
        paragraphs = self._paragraphs_with_inserts(a, '<p><strong>{}</strong></p>', a.page_paragraphs(page))
        when = a.published
        return (f'<h1 class="logo-channel"><a href="{self.base}/{a.section[0]}">{a.section[1]}</a></h1>\n'
                f'<div class="read__header"><h1 class="read__title">{escape(a.title)}</h1>\n'
                f'<div class="read__time">{OUTLET} - {when:%d/%m/%Y}, {clock(when)} WIB</div>\n'
                f'<div class="read__credit"><div class="read__credit__item">Penulis: <a href="{self.base}/profil/'
                f'{author_slug(a.author)}">{escape(a.author)}</a></div>'
                f'<div class="read__credit__item">Editor: {escape(a.editor)}</div></div></div>\n'
                f'<div class="read__content"><div class="clearfix">\n' + "\n".join(paragraphs) + "\n</div></div>\n"
                + (self._pager(a, page) if a.pages > 1 else "") + self._tags(a, "tag__article__wrap"))

    def _page(self, a: Article) -> str:  # Liputan6-like: a machine-readable time in the header
        paragraphs = self._paragraphs_with_inserts(a, '<div class="baca-juga"><p>{}</p></div>')
        when = a.published
        return (f'<article class="hentry main">\n<header class="read-page--header">\n'
                f'<h1 class="read-page--header--title entry-title">{escape(a.title)}</h1>\n'
                f'<div class="read-page--header--author"><a href="{self.base}/profil/{author_slug(a.author)}">'
                f'<span class="read-page--header--author__name fn">{escape(a.author)}</span></a>\n'
                f'<time class="read-page--header--author__datetime updated" datetime="{when:%Y-%m-%d %H:%M:%S}">'
                f'{day_month_year(when)}, {clock(when)} WIB</time></div>\n</header>\n'
                f'<div class="article-content-body__item-content">\n' + "\n".join(paragraphs) + "\n</div>\n"
                + self._tags(a, "tags--snippet") + "</article>\n")

    def _column(self, a: Article) -> str:  # Republika-like: `<br>`-separated text, Rep/Red credits
        lines = [f"<strong>{escape(a.dateline[:-2])}</strong> -- {escape(a.paragraphs[0])}",
                 *map(escape, a.paragraphs[1:])]
        when = a.published
        related = "".join(f"<li>{link}</li>" for link in self._related(a, ""))
        return (f'<div class="breadcome"><a href="{self.base}/">Home</a> &gt; '
                f'<a href="{self.base}/{a.section[0]}">{a.section[1]}</a></div>\n'
                f'<div class="read-title"><h1>{escape(a.title)}</h1></div>\n'
                f'<div class="date-detail">{DAYS_ID[when.weekday()]} {day_month_year(when)} {clock(when)} WIB</div>\n'
                f'<div class="reporter">Rep: {escape(a.author)}/ Red: {escape(a.editor)}</div>\n'
                f'<div class="article-content">' + "<br><br>\n".join(lines) + "</div>\n"
                + f'<div class="related"><h3>Berita Terkait</h3><ul>{related}</ul></div>\n'
                + self._tags(a, "tag-box"))

    # ----- listings and static pages -----
    def listing(self, title: str, articles: list[Article], page: int, pages: int, path: str,
                body_class: str = "") -> str:
        def page_url(n: int) -> str:
            return f"{self.base}{path}" + (f"?page={n}" if n > 1 else "")

        extra = f'<link rel="next" href="{page_url(page + 1)}">\n' if page < pages else ""
        rows = "\n".join(
            f'<article class="list-content__item"><h3 class="list-content__title"><a href="{self.url(a)}">'
            f'{escape(a.title)}</a></h3><p class="list-content__excerpt">'
            f'{escape(" ".join(a.paragraphs[0].split()[:EXCERPT_WORDS]))}...</p>'
            f'<time datetime="{a.published.isoformat()}">{day_month_year(a.published)} {clock(a.published)} WIB</time>'
            f'</article>' for a in articles)
        pager = "".join(f'<a class="pagination__item" href="{page_url(n)}">{n}</a>' for n in range(1, pages + 1))
        if page < pages:
            pager += f'<a class="pagination__item next" href="{page_url(page + 1)}">Selanjutnya</a>'
        head = self.head(f"{title} - {OUTLET}", og_type="website", canonical=page_url(page), extra=extra)
        opening = f'<body class="{body_class}">\n' if body_class else "<body>\n"
        return (head + opening + self.menu() + f'<div class="container"><h1 class="list-title">{escape(title)}</h1>\n'
                f'<div class="list-content">\n{rows}\n</div>\n<div class="pagination">{pager}</div>\n'
                + self.popular() + "</div>\n" + self.footer())

    def static(self, slug: str, name: str) -> str:
        data = {"@context": "https://schema.org", "@type": "AboutPage" if slug == "tentang-kami" else "WebPage",
                "name": name}
        extra = f'<script type="application/ld+json">{json.dumps(data)}</script>\n'
        text = (f"{OUTLET} adalah media siber yang menyajikan berita nasional dan daerah secara cepat, akurat dan "
                "berimbang. Redaksi bekerja sesuai Kode Etik Jurnalistik dan Pedoman Pemberitaan Media Siber. "
                "Pembaca dapat menyampaikan koreksi, hak jawab dan pengaduan melalui alamat surel redaksi yang "
                "tercantum di halaman ini. Halaman ini diperbarui 2 Januari 2025.")
        return (self.head(f"{name} - {OUTLET}", og_type="website", canonical=f"{self.base}/{slug}", extra=extra)
                + "<body>\n" + self.menu() + f'<div class="container"><h1>{escape(name)}</h1>\n'
                f"<div class=\"static-content\"><p>{escape(text)}</p><p>{escape(text)}</p></div></div>\n"
                + self.footer())

    def not_found(self) -> str:
        return (self.head(f"Halaman tidak ditemukan - {OUTLET}", og_type="website", canonical=f"{self.base}/")
                + "<body>\n<h1>404</h1><p>Halaman tidak ditemukan.</p>\n" + self.footer())
