"""HTML of the ANTARA sandbox: article pages in three template generations, AMP, video/photo pages,
listings, home, static pages, 404. Class names follow agency-formats.md §1.4 (A: 2015-2017 real markup,
B: 2018-2022 and C: 2023-2026 as scrapers select them)."""

from __future__ import annotations

import json
import random
from html import escape
from typing import TYPE_CHECKING

from sandbox.antara import dates, words
from sandbox.antara.content import Content, Insert
from sandbox.antara.model import EDITIONS, Edition, Item

if TYPE_CHECKING:
    from sandbox.antara.site import AntaraSite

RELATED_UTM = "?utm_source=antaranews&utm_medium=desktop&utm_campaign=related_news"
POPULAR_UTM = "?utm_source=populer_home&utm_medium=populer&utm_campaign=news"
ADS = ('<div style="width:336px;margin: 10px auto;"><script async src="//pagead2.example/adsbygoogle.js"></script>'
       '<ins class="adsbygoogle" style="display:inline-block;width:336px;height:280px"></ins>'
       "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>")


def text(value: str) -> str:
    return escape(value, quote=False)


def attr(value: str) -> str:
    return escape(value, quote=True)


class Renderer:
    """Renders pages of one site reachable at `base` (editions are path prefixes under it)."""

    def __init__(self, site: AntaraSite, base: str) -> None:
        self.site = site
        self.base = base

    # ----- links -----
    def link(self, item: Item, slug: str | None = None, amp: bool = False) -> str:
        return f"{self.base}/{item.edition.code}{item.path(slug, amp)}"

    def section_link(self, edition: Edition, path: str) -> str:
        return f"{self.base}/{edition.code}/{path}"

    # ----- chrome -----
    def _head(self, edition: Edition, title: str, extra: str = "") -> str:
        feed = "/rss/news.xml" if edition.language == "en" else "/rss/terkini.xml"
        return (f'<!DOCTYPE html>\n<html lang="{edition.language}">\n<head>\n<meta charset="utf-8">\n'
                f"<title>{text(title)}</title>\n"
                f'<link rel="alternate" type="application/rss+xml" title="ANTARA News - Terkini" '
                f'href="{self.base}/{edition.code}{feed}">\n{extra}</head>\n')

    def _top(self, edition: Edition, active: str | None = None) -> str:
        menu = "".join(
            f'<li class="nav-item{" active" if s.slug_path == active else ""}">'
            f'<a href="{self.section_link(edition, s.slug_path)}">{text(s.name)}</a></li>'
            for s in edition.sections if len(s.path) == 1)
        return (f'<body>\n<div class="topbar"><span class="top-date">{dates.today(self.site.now, edition.language)}</span>'
                f'</div>\n<nav class="navbar"><a class="logo" href="{self.base}/{edition.code}/">ANTARA</a>'
                f'<ul class="navbar-nav">{menu}</ul></nav>\n')

    def _footer(self, edition: Edition) -> str:
        links = "".join(f'<li><a href="{self.base}/{edition.code}/{slug}">{name}</a></li>'
                        for slug, name in words.STATIC_PAGES)
        return (f'<footer class="footer"><ul class="footer-links">{links}</ul>'
                f"<p>Copyright &copy; {self.site.now.year} ANTARA</p></footer>\n</body>\n</html>\n")

    def _cards(self, items: list[Item], heading: str, css: str, utm: str = "") -> str:
        rows = "".join(
            f'<li><a href="{self.link(i)}{utm}">{text(i.title)}</a> '
            f'<span class="text-secondary">{dates.card(i.published, i.edition.language, self.site.now)}</span></li>'
            for i in items)
        return f'<div class="{css}"><h4 class="box_header">{heading}</h4><ul>{rows}</ul></div>\n'

    def _around(self, item: Item) -> str:
        """Related and popular lists: other articles with their own times (not this article's)."""
        english = item.edition.language == "en"
        related = self._cards(self.site.neighbours(item, 4), "Related News" if english else "Berita Terkait",
                              "terkait_bottom", RELATED_UTM)
        popular = self._cards(self.site.newest(item.edition.code, 5, articles_only=True),
                              "Most Popular" if english else "Terpopuler", "terpopuler", POPULAR_UTM)
        return related + popular

    # ----- article pieces -----
    def _crumbs(self, item: Item, li_attributes: str) -> str:
        """Breadcrumb items of the article's section path (parent first)."""
        out = []
        for depth, name in enumerate(item.section.names, start=1):
            href = self.section_link(item.edition, "/".join(item.section.path[:depth]))
            out.append(f'<li{li_attributes}><a href="{href}">{text(name)}</a></li>')
        return "".join(out)

    def _json_ld(self, item: Item, url: str) -> str:
        iso = item.published.isoformat()
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": item.title,
                "url": url, "mainEntityOfPage": url, "datePublished": iso, "dateCreated": iso, "dateModified": iso,
                "author": {"@type": "Person", "name": item.editor},  # the site names the EDITOR here
                "creator": {"@type": "Person", "name": item.reporter}, "articleSection": "News",
                "keywords": ["News:", f"Editor:{item.editor}"], "inLanguage": item.edition.language}
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'

    def _meta(self, item: Item, content: Content, canonical: str) -> str:
        keywords = ", ".join(item.tags) + ", " + words.KEYWORD_BOILERPLATE
        out = [f'<meta name="keywords" content="{attr(keywords)}">']
        if item.template == "A" and item.published.year == 2017:  # the real 2017 page leaves both empty
            out += ['<link rel="canonical" href="" />', '<meta property="og:url" content="" />']
        elif item.template != "A":
            out += [f'<link rel="canonical" href="{canonical}">', f'<meta property="og:url" content="{canonical}">']
        out.append(f'<meta property="og:title" content="{attr(item.title)} - ANTARA News">')
        out.append(f'<link rel="amphtml" href="{self.link(item, amp=True)}">')
        if item.article_meta:
            out.append(f'<meta property="article:published_time" content="{item.published.isoformat()}">')
        if content.image:
            out.append(f'<meta property="og:image" content="{self.image_url(item, content)}">')
        head = "\n".join(out) + "\n"
        return head + (self._json_ld(item, canonical) if item.json_ld else "")

    def image_url(self, item: Item, content: Content) -> str:
        p = item.published
        if item.template == "A":
            return f"{self.base}/img/new/{p:%Y}/{p:%m}/ori/{content.image.file}.jpg"
        return f"{self.base}/img/cache/1200x800/{p:%Y}/{p:%m}/{p:%d}/{content.image.file}.jpg"

    def _insert(self, insert: Insert, style: str) -> str:
        target = self.site.items[insert.target]
        anchor = f'<a href="{self.link(target)}">{text(target.title)}</a>'
        if style == "bold":
            return f"<b>{insert.label} {anchor}</b>"
        if style == "plain":
            return f"<p>{insert.label} {anchor}</p>"
        return f'<p><span class="baca-juga"><b>{insert.label} </b>{anchor}</span></p>'

    def _opening(self, content: Content, first: str, br: str) -> str:
        if content.dateline is None:
            return text(first)
        joint = f"{br}\n" if content.dateline.line_break else " "
        return f"{text(content.dateline.raw)}{joint}{text(first)}"

    def _credit_lines(self, item: Item, content: Content) -> list[str]:
        english = item.edition.language == "en"
        editor_label = "Editor :" if item.edition.bureau else "Editor:"
        holder = content.copyright_holder or ""
        return [f"{'Reporter' if english else 'Pewarta'}: {text(item.reporter)}", f"{editor_label} {text(item.editor)}",
                f"Copyright © {holder + ' ' if holder else ''}{item.published.year}"]

    # ----- template A: 2015-2017 -----
    def _body_a(self, item: Item, content: Content) -> str:
        paragraphs = content.paragraphs
        rng = random.Random(item.index)
        if content.press_release:
            spacer = '<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n'
            parts = ["<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->\n",
                     f'<p class="MsoNormal">{text(content.dateline.raw)}<o:p></o:p></p>\n', spacer]
            for paragraph in paragraphs:
                parts += [f'<p class="MsoNormal">{text(paragraph)}<o:p></o:p></p>\n', spacer]
            body = "".join(parts)
        else:
            first = self._opening(content, paragraphs[0], "<br />")
            if rng.random() < 0.2:
                first = f'<div style="text-align: justify;">{first}</div>'
            body = "<br />\n<br />\n".join([first, *(text(p) for p in paragraphs[1:])])
        holder = content.copyright_holder
        copyright_line = (f'COPYRIGHT &copy; <span itemprop="copyrightHolder">{holder}</span> '
                          if holder else "COPYRIGHT &copy; ")
        itemprop = ' itemprop="articleBody"' if rng.random() < 0.9 else ""
        return (f'<div id="content_news"{itemprop}>\n{body}'
                f'<p class="mt10">Editor: <span itemprop="editor">{text(item.editor)}</span></p>'
                f'<p class="date">{copyright_line}<span itemprop="copyrightYear">{item.published.year}</span></p>'
                f"{ADS}<div class=\"cl\"></div>\n</div>\n")

    def _byline_a(self, item: Item, content: Content) -> str:
        label = "Reporter" if item.edition.language == "en" else "Pewarta"
        name = text(item.reporter)
        form = content.byline_form
        if form == "oleh":
            return f'<div class="byline">Oleh <span itemprop="author">{name}</span></div>'
        if form == "plain":
            return f'<div class="byline">{label}: {name}</div>'
        if form == "open-span":  # the real markup leaves this span open
            return f'<div class="byline">{label}: <span itemprop="author">{name}</div>'
        return f'<div class="byline">{label}: <span itemprop="author">{name}</span></div>'

    def _image_a(self, item: Item, content: Content) -> str:
        if not content.image:
            return ""
        return (f'<div class="pbrt"><div id="image_news"><img src="{self.image_url(item, content)}" '
                f'alt="{attr(item.title)}" class="img_default" /><div id="caption_news">'
                f"{text(content.image.caption)} {text(content.image.credit)}</div></div></div>\n")

    def article_a(self, item: Item, content: Content, canonical: str) -> str:
        stamp = dates.header(item.published, item.edition.language)
        shown = (f'<time itemprop="datePublished" datetime="{item.published.isoformat()}">{stamp}</time>'
                 if item.time_tag else stamp)
        scope = (' itemscope itemtype="http://schema.org/NewsArticle"' if random.Random(-item.index).random() < 0.85
                 else "")
        return (self._head(item.edition, f"{item.title} - ANTARA News", self._meta(item, content, canonical))
                + self._top(item.edition, item.section.path[0])
                + f'<div class="bjbrt"{scope}>\n<h1 class="title" itemprop="headline"><strong>{text(item.title)}'
                f'</strong></h1>\n<div class="date mt10">{shown} | {dates.views(item.views)} Views</div>\n'
                f'<span itemprop="keywords" style="display:none">{attr(", ".join(item.tags))}</span>\n'
                f'<a itemprop="url" href="{canonical}"></a>\n{self._byline_a(item, content)}\n'
                + self._image_a(item, content) + self._body_a(item, content)
                + '<blockquote class="pull-quote">' + text(content.paragraphs[-1][:80]) + "</blockquote>\n"
                + self._around(item) + "</div>\n" + self._footer(item.edition))

    # ----- template B: 2018-2022 -----
    def _body_b(self, item: Item, content: Content) -> str:
        rng = random.Random(f"b:{item.index}")
        br_mode = rng.random() < 0.5
        pieces = []
        first_done = False
        for block in content.blocks:
            if isinstance(block, Insert):
                pieces.append(self._insert(block, "bold" if br_mode else "span"))
                continue
            shown = self._opening(content, block, "<br />") if not first_done else text(block)
            first_done = True
            pieces.append(shown if br_mode else f"<p>{shown}</p>")
        body = "<br /><br />\n".join(pieces) if br_mode else "\n".join(pieces)
        credits = "<br />".join(self._credit_lines(item, content))
        return (f'<div class="post-content clearfix font17">\n{body}\n'
                f'<p class="text-muted small mt10">{credits}</p>\n</div>\n')

    def article_b(self, item: Item, content: Content, canonical: str) -> str:
        pad = random.Random(f"pad:{item.index}").random() < 0.7
        english = item.edition.language == "en"
        home = "Home" if english else "Beranda"
        stamp = dates.header(item.published, item.edition.language, pad_hour=pad)
        image = ""
        if content.image:
            image = (f'<div class="post-image"><img src="{self.image_url(item, content)}" alt="{attr(item.title)}">'
                     f'<p class="wp-caption-text">{text(content.image.caption)} {text(content.image.credit)}</p></div>\n')
        tags = "".join(f'<a href="{self.base}/{item.edition.code}/tag/{t.replace(" ", "-")}">{text(t)}</a>'
                       for t in item.tags)
        crumbs = self._crumbs(item, "")
        return (self._head(item.edition, f"{item.title} - ANTARA News", self._meta(item, content, canonical))
                + self._top(item.edition)
                + f'<ol class="breadcrumb"><li><a href="{self.base}/{item.edition.code}/">{home}</a></li>{crumbs}</ol>\n'
                f'<article class="post-wrapper">\n<header class="post-header"><h1 class="post-title">{text(item.title)}</h1>'
                f'\n<p class="simple-here"><span class="article-date"><i class="fa fa-clock-o"></i> {stamp}</span>'
                f' <span class="views">{dates.views(item.views)} {"views" if english else "dilihat"}</span></p></header>\n'
                + image + self._body_b(item, content)
                + f'<footer class="post-meta"><div class="tags-wrapper"><span itemprop="author">{text(item.reporter)}'
                f"</span> {tags}</div></footer>\n</article>\n" + self._around(item) + self._footer(item.edition))

    # ----- template C: 2023-2026 -----
    def _body_c(self, item: Item, content: Content) -> str:
        pieces = []
        for n, block in enumerate(content.blocks):
            if isinstance(block, Insert):
                pieces.append(self._insert(block, "span"))
            else:
                pieces.append(f"<p>{self._opening(content, block, '<br>') if n == 0 else text(block)}</p>")
        credits = "<br>".join(self._credit_lines(item, content))
        licence = f'<p class="text-muted small">{words.LICENCE}</p>\n' if content.licence else ""
        return ('<div class="wrap__article-detail-content post-content">\n' + "\n".join(pieces)
                + f'\n<p class="text-muted mt-2 small">{credits}</p>\n{licence}</div>\n')

    def article_c(self, item: Item, content: Content, canonical: str) -> str:
        stamp = dates.header(item.published, item.edition.language)
        image = ""
        if content.image:
            image = (f'<div class="wrap__article-detail-image"><figure><img src="{self.image_url(item, content)}" '
                     f'alt="{attr(item.title)}"><figcaption>{text(content.image.caption)} '
                     f"{text(content.image.credit)}</figcaption></figure></div>\n")
        crumbs = self._crumbs(item, ' class="breadcrumbs__item"')
        tags = "".join(f'<li><a href="{self.base}/{item.edition.code}/tag/{t.replace(" ", "-")}">#{text(t)}</a></li>'
                       for t in item.tags)
        share = random.Random(f"share:{item.index}").randrange(3, 400)
        return (self._head(item.edition, f"{item.title} - ANTARA News", self._meta(item, content, canonical))
                + self._top(item.edition)
                + f'<ul class="breadcrumbs"><li class="breadcrumbs__item"><a href="{self.base}/{item.edition.code}/">'
                f"Beranda</a></li>{crumbs}</ul>\n"
                f'<div class="wrap__article-detail">\n<h1 class="wrap__article-detail-title">{text(item.title)}</h1>\n'
                f'<div class="wrap__article-detail-info"><ul class="list-inline">'
                f'<li class="list-inline-item mr-2"><span class="share-count">{share} shares</span></li>'
                f'<li class="list-inline-item mr-2"><span>{stamp}</span></li></ul></div>\n'
                + image + self._body_c(item, content)
                + f'<ul class="blog-tags">{tags}</ul>\n</div>\n' + self._around(item) + self._footer(item.edition))

    def article(self, item: Item, content: Content) -> str:
        canonical = self.link(item)
        render = {"A": self.article_a, "B": self.article_b, "C": self.article_c}[item.template]
        return render(item, content, canonical)

    # ----- AMP duplicate -----
    def amp(self, item: Item, content: Content) -> str:
        parts = []
        for n, block in enumerate(content.blocks):
            if isinstance(block, Insert):
                parts.append(self._insert(block, "plain"))
            else:
                parts.append(f"<p>{self._opening(content, block, '<br>') if n == 0 else text(block)}</p>")
        credits = "<br>".join(self._credit_lines(item, content))
        image = ""
        if content.image:
            image = (f'<amp-img src="{self.image_url(item, content)}" width="1200" height="800" layout="responsive">'
                     f'</amp-img><p class="amp-caption">{text(content.image.caption)} {text(content.image.credit)}</p>')
        return (f'<!doctype html>\n<html amp lang="{item.edition.language}">\n<head>\n<meta charset="utf-8">\n'
                f"<title>{text(item.title)} - ANTARA News</title>\n"
                f'<link rel="canonical" href="{self.link(item)}">\n</head>\n<body>\n'
                f'<header class="amp-header"><a href="{self.base}/{item.edition.code}/">ANTARA</a></header>\n'
                f'<article class="amp-article"><h1 class="amp-title">{text(item.title)}</h1>\n'
                f'<div class="amp-date">{dates.header(item.published, item.edition.language)}</div>\n{image}\n'
                f'<div class="amp-article-body">\n' + "\n".join(parts)
                + f'\n<p class="amp-credit">{credits}</p>\n</div></article>\n</body>\n</html>\n')

    # ----- video and photo pages (not text articles) -----
    def media(self, item: Item) -> str:
        rng = random.Random(f"media:{item.index}")
        year = item.published.year
        if item.kind == "video":
            crew = "/".join(rng.sample(words.PHOTOGRAPHERS, 3))
            inner = (f'<div class="video-embed"><iframe src="{self.base}/embed/{item.item_id}"></iframe></div>\n'
                     f"<p>ANTARA - {text(rng.choice(words.FACTS_ID).replace('{n}', '40'))} ({crew})</p>\n"
                     f'<p class="text-muted mt-2 small">Copyright © ANTARA {year}</p>')
            kind_ld = "VideoObject"
        else:
            shots = "".join(f'<figure><img src="{self.base}/img/cache/1200x800/{year}/{n}-{item.item_id}.jpg">'
                            f"<figcaption>{text(rng.choice(words.CAPTIONS_ID).format(place='Surabaya', day='Senin', d=2, m=3))}"
                            f" ANTARA FOTO/{rng.choice(words.PHOTOGRAPHERS)}/foc/{year % 100:02d}.</figcaption></figure>"
                            for n in range(3))
            editor = "Editor :" if item.edition.bureau else "Editor:"
            credit = f"Pewarta: <br>{editor} " if item.edition.bureau else f"Pewarta: {item.reporter}<br>{editor} {item.editor}"
            inner = (f'<div class="foto-gallery">{shots}</div>\n'
                     f'<p class="text-muted mt-2 small">{credit}<br>Copyright © ANTARA {year}</p>')
            kind_ld = "ImageGallery"
        ld = json.dumps({"@context": "https://schema.org", "@type": kind_ld, "name": item.title,
                         "uploadDate": item.published.isoformat()}, ensure_ascii=False)
        return (self._head(item.edition, f"{item.title} - ANTARA News",
                           f'<script type="application/ld+json">{ld}</script>\n')
                + self._top(item.edition)
                + f'<div class="wrap__article-detail {item.kind}-detail">\n'
                f'<h1 class="wrap__article-detail-title">{text(item.title)}</h1>\n'
                f'<div class="wrap__article-detail-info"><span>{dates.header(item.published, "id")}</span></div>\n'
                f"{inner}\n</div>\n" + self._footer(item.edition))

    # ----- listings -----
    def listing(self, edition: Edition, heading: str, items: list[Item], path: str, page: int, pages: int) -> str:
        cards = []
        for item in items:
            mark = f'<p class="slug">{item.kind.title()}</p>' if not item.is_article else ""
            cards.append(
                f'<div class="card__post card__post-list card__post__transition mt-30"><div class="card__post__content">'
                f'{mark}<h2 class="post_title"><a href="{self.link(item)}">{text(item.title)}</a></h2>'
                f'<span class="text-secondary">{dates.card(item.published, edition.language, self.site.now)}</span>'
                f"</div></div>")
        url = f"{self.base}/{edition.code}{path}"
        links, nav = [], []
        if page > 1:
            links.append(f'<link rel="prev" href="{url}?page={page - 1}">')
            nav.append(f'<li class="page-item"><a class="page-link" href="{url}?page={page - 1}">&laquo;</a></li>')
        nav += [f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="{url}?page={n}">{n}</a></li>'
                for n in range(max(1, page - 2), min(pages, page + 2) + 1)]
        if page < pages:
            links.append(f'<link rel="next" href="{url}?page={page + 1}">')
            nav.append(f'<li class="page-item"><a class="page-link" href="{url}?page={page + 1}">&raquo;</a></li>')
        return (self._head(edition, f"{heading} - ANTARA News", "\n".join(links) + "\n") + self._top(edition)
                + f'<h1 class="listing-title">{text(heading)}</h1>\n<div class="wrapper__list__article">'
                + "\n".join(cards) + f'</div>\n<ul class="pagination pagination-sm">{"".join(nav)}</ul>\n'
                + self._footer(edition))

    def home(self, edition: Edition) -> str:
        newest = self.site.newest(edition.code, 20)
        page = self.listing(edition, edition.home_title, newest, "/terkini", 1, 1)
        popular = self._cards(self.site.newest(edition.code, 5, articles_only=True), "Terpopuler", "terpopuler",
                              POPULAR_UTM)
        return page.replace('<footer class="footer">', popular + '<footer class="footer">', 1)

    def static(self, edition: Edition, title: str) -> str:
        return (self._head(edition, f"{title} - ANTARA News") + self._top(edition)
                + f'<div class="static-page"><h1>{title}</h1><p>Perum LKBN ANTARA, Wisma Antara, Jakarta.</p></div>\n'
                + self._footer(edition))

    def not_found(self, edition: Edition | None = None) -> str:
        edition = edition or EDITIONS["id"]
        return (self._head(edition, "Halaman tidak ditemukan - ANTARA News") + self._top(edition)
                + '<div class="error-404"><h1>404</h1><p>Halaman tidak ditemukan</p></div>\n' + self._footer(edition))

    def landing(self) -> str:
        rows = "".join(f'<li><a href="{self.base}/{e.code}/">{text(e.home_title)}</a></li>' for e in EDITIONS.values())
        return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>ANTARA sandbox</title></head>'
                f"<body><ul>{rows}</ul></body></html>\n")
