"""HTML of the sandbox pages: the current theme, the 2018 theme, listings, static and error pages.

Markup is plain string joins (no template engine) so a crawl is never server-bound.
The class names are this sandbox's invention for the current theme (the real ones are unknown)
and the exact 2018 markup for the 2018 theme; sandbox/README.md documents both.
"""

from __future__ import annotations

import json
import random
import re
from datetime import timedelta
from html import escape
from typing import TYPE_CHECKING

from sandbox.calendars import EN_MONTHS, ID_MONTHS, header_date, iso_wib, listing_date, relative_time, theme2018_date, ticker_time
from sandbox.content import Content, Insert
from sandbox.datelines import UPLOADS_TOKEN
from sandbox.model import Article
from sandbox.words import IMAGE_CREDITS, INLINE_CAPTIONS, STATIC_PAGES, Category

if TYPE_CHECKING:
    from sandbox.site import Site

LANG_ATTR = {"id": "id-ID", "en": "en-US", "ar": "ar"}
EDITION_NAMES = {"id": "Indonesia", "en": "English", "ar": "العربية"}
SLOGAN = {"id": "Damai di Palestina = Damai di Dunia", "en": "Peace in Palestine = Peace in the World",
          "ar": "Peace in Palestine = Peace in the World"}
LABELS = {
    "id": {"popular": "Terpopuler", "latest": "Terbaru", "related": "Berita Terkait", "pages": "Halaman:",
           "prev": "&laquo; Sebelumnya", "next": "Selanjutnya &raquo;", "404": "Halaman tidak ditemukan"},
    "en": {"popular": "Popular", "latest": "Latest", "related": "Related news", "pages": "Pages:",
           "prev": "&laquo; Previous", "next": "Next &raquo;", "404": "Page not found"},
    "ar": {"popular": "الأكثر قراءة", "latest": "Latest", "related": "أخبار ذات صلة", "pages": "الصفحات:",
           "prev": "&laquo; السابق", "next": "التالي &raquo;", "404": "الصفحة غير موجودة"},
}
HANGUL_FILLER = "\u3164"
# Class names of the current theme, and of the redesign `Site.redesign()` switches to (selectors break,
# WordPress conventions such as rel="tag", rel="category tag" and the metadata stay).
CURRENT_CLASSES = {
    "header": "post-header", "category": "post-category", "title": "post-title", "meta": "post-meta",
    "author": "post-author", "editor": "post-editor", "date": "post-date", "meta_bottom": "post-meta-bottom",
    "date_full": "post-date-full", "views": "post-views", "thumbnail": "post-thumbnail",
    "content": "post-content entry-content", "tags": "post-tags", "tags_title": "tags-title",
    "related": "related-posts", "recommendation": "recommendation", "item": "post-item",
    "item_heading": "h2", "item_title": "post-title", "excerpt": "post-excerpt",
}
REDESIGN_CLASSES = {
    "header": "td-post-header", "category": "td-category", "title": "tdb-title-text", "meta": "td-module-meta-info",
    "author": "td-post-author-name", "editor": "td-post-editor", "date": "td-post-date",
    "meta_bottom": "td-post-sub-meta", "date_full": "td-post-date-full", "views": "td-post-views",
    "thumbnail": "td-post-featured-image", "content": "td-post-content tagdiv-type", "tags": "td-post-source-tags",
    "tags_title": "td-tags-title", "related": "td-related-posts", "recommendation": "td-recommended",
    "item": "td_module_flex", "item_heading": "h3", "item_title": "entry-title td-module-title",
    "excerpt": "td-excerpt",
}
# Page weight like a real WordPress theme (~40 KB pages): inline CSS and the usual scripts.
_CSS_BLOCKS = ("header", "top-bar", "ticker", "menu", "post", "post-meta", "sidebar", "widget", "footer", "ads")
INLINE_CSS = "<style id='mina-inline-css'>\n" + "\n".join(
    f".{block}-{n}{{margin:{n % 7}px {n % 5 * 2}px;padding:{n % 3}px;font-size:{12 + n % 6}px;"
    f"line-height:1.{n % 9};color:#{(n * 2654435761) % 0xFFFFFF:06x};border-bottom:1px solid #eee}}"
    for block in _CSS_BLOCKS for n in range(24)) + "\n</style>\n"
EMOJI_SCRIPT = (
    "<script type=\"text/javascript\">\nwindow._wpemojiSettings = {\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core"
    "\\/emoji\\/12.0.0-1\\/72x72\\/\",\"ext\":\".png\",\"svgUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji"
    "\\/12.0.0-1\\/svg\\/\",\"svgExt\":\".svg\",\"source\":{\"concatemoji\":\"wp-includes\\/js\\/wp-emoji-release.min.js"
    "?ver=5.2.4\"}};\n!function(a,b,c){var d,e,f;function g(a){var c=b.createElement(\"script\");c.src=a,"
    "c.defer=c.type=\"text/javascript\",b.getElementsByTagName(\"head\")[0].appendChild(c)}}(window,document,"
    "window._wpemojiSettings);\n</script>\n"
    "<script async src=\"https://www.googletagmanager.com/gtag/js?id=UA-47581253-1\"></script>\n"
    "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
    "gtag('js', new Date());gtag('config', 'UA-47581253-1');</script>\n")
ESCAPED_EN_DASH = "&amp;#8211;"


def esc(text: str) -> str:
    """Escape for text and double-quoted attributes; apostrophes stay literal, as WordPress leaves them."""
    return escape(text, quote=False).replace('"', "&quot;")


class Renderer:
    """Renders pages of one site for one request base URL (`http://127.0.0.1:N`)."""

    def __init__(self, site: Site, base: str) -> None:
        self.site = site
        self.base = base
        self.cls = REDESIGN_CLASSES if site.redesigned else CURRENT_CLASSES

    # ----- URLs -----
    def home_url(self, edition: str) -> str:
        return f"{self.base}/{edition}/"

    def category_url(self, category: Category, depth: int | None = None) -> str:
        path = category.path if depth is None else category.path[:depth]
        return f"{self.base}/{category.edition}/category/{'/'.join(path)}/"

    def tag_url(self, edition: str, tag: str) -> str:
        return f"{self.base}/{edition}/tag/{self.site.tag_slug(tag)}/"

    def author_url(self, edition: str, login: str) -> str:
        return f"{self.base}/{edition}/author/{login}/"

    def link(self, article: Article) -> str:
        return self.site.article_url(self.base, article, slash=article.listing_slash)

    # ----- shared chrome -----
    def head(self, edition: str, title: str, extra: str = "") -> str:
        direction = ' dir="rtl"' if edition == "ar" else ""
        return (f'<!DOCTYPE html>\n<html lang="{LANG_ATTR[edition]}"{direction}>\n'
                f'<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>{esc(title)}</title>\n{extra}"
                f'<link rel="alternate" type="application/rss+xml" title="MINA &raquo; Feed" href="{self.base}/{edition}/feed">\n'
                f"<link rel='stylesheet' id='mina-style-css' href='{self.base}/{edition}/wp-content/themes/mina/style.css?ver=5.2' media='all' />\n"
                f"<link rel='https://api.w.org/' href='{self.base}/{edition}/wp-json/' />\n"
                f"{EMOJI_SCRIPT}{INLINE_CSS}</head>\n")

    def header(self, edition: str) -> str:
        newest = self.site.newest(edition, 6)
        now = self.site.now
        ticker = "".join(
            f'<li><a href="{self.link(a)}">{esc(a.shown_title)}</a> <span class="ticker-time">'
            f"{ticker_time(now - a.published + timedelta(minutes=37))}</span></li>" for a in newest)
        switch = "".join(f'<li><a href="{self.home_url(e)}" hreflang="{e}">{EDITION_NAMES[e]}</a></li>'
                         for e in ("id", "en", "ar"))
        menu = "".join(f'<li class="menu-item"><a href="{self.category_url(c, 1)}">{esc((c.parent_names or (c.name,))[0])}</a></li>'
                       for c in self.site.top_categories(edition))
        return (f'<header id="masthead" class="site-header">\n<div class="top-bar"><div class="lang-switcher">'
                f'<span class="gt-label">Select Language</span><ul>{switch}</ul></div>'
                f'<div class="breaking-ticker"><span class="ticker-label">{LABELS[edition]["latest"]}</span><ul>{ticker}</ul></div></div>\n'
                f'<div class="site-branding"><a href="{self.home_url(edition)}" rel="home" class="custom-logo-link">'
                f'<img src="{self.base}/{edition}/wp-content/uploads/2019/01/logo-mina.png" alt="MINA"></a>'
                f'<p class="site-slogan">{SLOGAN[edition]}</p></div>\n'
                f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav>\n</header>\n')

    def sidebar(self, edition: str) -> str:
        pool = self.site.newest(edition, 60)
        popular = sorted(pool, key=lambda a: (-a.views, a.index))[:5]
        items = "".join(f'<li><a href="{self.link(a)}">{esc(a.shown_title)}</a><span class="post-date">'
                        f"{listing_date(a.published, edition)}</span></li>" for a in popular)
        return (f'<aside id="secondary" class="widget-area"><section class="widget widget-popular">'
                f'<h3 class="widget-title">{LABELS[edition]["popular"]}</h3><ol>{items}</ol></section>'
                f'<section class="widget widget-ads"><span class="ads-label">ADVERTISEMENT</span></section></aside>\n')

    def footer(self, edition: str) -> str:
        cats = "".join(f'<li><a href="{self.category_url(c)}">{esc(c.name)}</a></li>'
                       for c in self.site.categories[edition])
        pages = "".join(f'<li><a href="{self.base}/{edition}/{slug}">{esc(name)}</a></li>'
                        for slug, name in STATIC_PAGES[edition])
        return (f'<footer id="colophon" class="site-footer"><div class="footer-categories"><ul>{cats}</ul></div>'
                f'<div class="footer-pages"><ul>{pages}</ul></div><div class="site-info">'
                f"Copyright &copy; Mi&#8217;raj News Agency (MINA). {SLOGAN[edition]}</div></footer>\n"
                f"<script src='{self.base}/{edition}/wp-includes/js/wp-embed.min.js?ver=5.2'></script>\n</body>\n</html>\n")

    # ----- article pages -----
    def meta_tags(self, article: Article, content: Content) -> str:
        m, e = article.meta, article.edition
        canonical = self.site.article_url(self.base, article)
        title = article.shown_title
        out = []
        description = esc(" ".join(content.paragraphs[0].split()[:30])) if content.paragraphs else ""
        if m.canonical:
            out.append(f'<link rel="canonical" href="{canonical}" />')
        if m.shortlink:
            out.append(f"<link rel='shortlink' href='{self.base}/{e}/?p={article.post_id}' />")
        if m.keywords:
            out.append(f'<meta name="keywords" content="{esc(", ".join(article.tags))}" />')
        if m.og:
            og_title = title + (m.title_suffix if m.og_title_suffix else "")
            out += [f'<meta property="og:locale" content="{LANG_ATTR[e].replace("-", "_")}" />',
                    '<meta property="og:type" content="article" />',
                    f'<meta property="og:title" content="{esc(og_title)}" />',
                    f'<meta property="og:description" content="{description}" />',
                    f'<meta property="og:url" content="{canonical}" />',
                    '<meta property="og:site_name" content="MINA News Agency" />']
            if article.image:
                out.append(f'<meta property="og:image" content="{self.base}/{e}{article.image.path}" />')
        if m.article_times:
            out.append(f'<meta property="article:published_time" content="{iso_wib(article.published)}" />')
            out.append(f'<meta property="article:modified_time" content="{iso_wib(article.modified)}" />')
            out.append(f'<meta property="article:section" content="{esc(article.category.name)}" />')
        if m.json_ld:
            data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                    "datePublished": iso_wib(article.published), "dateModified": iso_wib(article.modified),
                    "author": {"@type": "Person", "name": self.site.author_name(article, content)},
                    "publisher": {"@type": "Organization", "name": "MINA"},
                    "mainEntityOfPage": canonical}
            if article.image:
                data["image"] = f"{self.base}/{e}{article.image.path}"
            out.append('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>")
        return "\n".join(out) + "\n"

    def paragraph_html(self, text: str, linked: set[str], tags: tuple[str, ...], edition: str) -> str:
        """Escape one paragraph and auto-link the first occurrence of each tag name, as MINA does."""
        spans = []
        for tag in tags:
            if tag in linked:
                continue
            m = re.search(r"(?<!\w)" + re.escape(tag) + r"(?!\w)", text)
            if m and not any(m.start() < e and s < m.end() for s, e, _ in spans):
                spans.append((m.start(), m.end(), tag))
                linked.add(tag)
        spans.sort()
        out, at = [], 0
        for start, end, tag in spans:
            out.append(esc(text[at:start]))
            out.append(f'<a href="{self.tag_url(edition, tag)}">{esc(text[start:end])}</a>')
            at = end
        out.append(esc(text[at:]))
        return "".join(out)

    def insert_html(self, insert: Insert, style: str) -> str:
        target = self.site.articles[insert.target]
        url = self.site.article_url(self.base, target)
        link = f'<a href="{url}">{esc(target.shown_title)}</a>'
        label = esc(insert.label)
        if style == "label-strong":
            return f"<p><strong>{label.rstrip()}</strong>{label[len(label.rstrip()):]}{link}</p>"
        if style == "plain":
            return f"<p>{label}{link}</p>"
        return f"<p><strong>{label}{link}</strong></p>"

    def inline_image(self, article: Article, rng: random.Random) -> str:
        """A second photo inside the body, with its WordPress caption (not body text)."""
        e = article.edition
        credit = rng.choice(IMAGE_CREDITS[e])
        src = f"{self.base}/{e}/wp-content/uploads/{article.published:%Y/%m}/inline-{article.post_id}.jpg"
        caption = esc(f"{rng.choice(INLINE_CAPTIONS[e])} {credit}")
        return (f'<div id="attachment_{article.post_id + 1}" style="width: 710px" class="wp-caption aligncenter">'
                f'<img aria-describedby="caption-attachment-{article.post_id + 1}" class="size-full wp-image-{article.post_id + 1}" '
                f'src="{src}" alt="" width="700" height="400" /><p id="caption-attachment-{article.post_id + 1}" '
                f'class="wp-caption-text">{caption}</p></div>')

    def body_blocks(self, article: Article, content: Content, page: int) -> list[str]:
        """The `<p>` blocks of one page of the article, inserts and ending included."""
        e = article.edition
        bounds = (0, *content.page_breaks, len(content.paragraphs))
        first, stop = bounds[page - 1], bounds[page]
        last_page = page == len(bounds) - 1
        linked: set[str] = set()
        for text in content.paragraphs[:first]:  # tags linked on earlier pages stay plain here
            self.paragraph_html(text, linked, article.tags, e)
        blocks = []
        # Editors' markup habits vary per post: bold datelines, insert styles, stray &nbsp;, extra photos.
        rng = random.Random(f"markup:{article.post_id}")
        strong_dateline = rng.random() < 0.3
        insert_style = rng.choice(("strong", "strong", "label-strong", "plain"))
        nbsp = rng.random() < 0.25
        empty_after = rng.randrange(len(content.paragraphs)) if rng.random() < 0.15 else None
        image_after = rng.randrange(1, 4) if rng.random() < 0.15 and e != "ar" else None
        credit_strong = rng.random() < 0.3
        colon = rng.choice(("Oleh: ", "Oleh: ", "Oleh : "))
        if page == 1 and content.byline:
            name, login, role = content.byline
            if e == "id":
                who = f'<a href="{self.author_url(e, login)}">{esc(name)}</a>' if login else esc(name)
                blocks.append(f"<p><strong>{colon}{who}{', ' + esc(role) if role else ('' if login else '*')}</strong></p>")
            elif e == "en":
                who = f'<a href="{self.author_url(e, login)}">{esc(name)}</a>' if login else esc(name)
                blocks.append(f"<p><strong>By {who}{', ' + esc(role) if role else ''}</strong></p>")
            else:
                blocks.append(f"<p><strong>بقلم: {esc(name)}</strong></p>")
        for i in range(first, stop):
            html = self.paragraph_html(content.paragraphs[i], linked, article.tags, e)
            if nbsp:
                html = re.sub(r"\. (?=[A-Z“])", ".&nbsp; ", html, count=2)
            if i == 0 and content.dateline:
                dateline = content.dateline.html.replace(UPLOADS_TOKEN, f"{self.base}/{e}")
                prefix = (f"<strong>{dateline}</strong>" if strong_dateline else dateline) + content.dateline.glue
                if content.caption_prefix:
                    prefix = f"<em>{esc(content.caption_prefix)}</em> " + prefix
                html = prefix + html
            if i == len(content.paragraphs) - 1 and content.signature:
                html += (" " if content.signature.spaced else "") + esc(content.signature.raw)
            blocks.append(f"<p>{html}</p>")
            if i == 1:
                blocks.append('<div class="mina-inline-ads"><span>SCROLL TO CONTINUE WITH CONTENT</span>'
                              '<div class="ads-label">ADVERTISEMENT</div></div>')
            if i == empty_after:
                blocks.append("<p>&nbsp;</p>")
            if i == image_after:
                blocks.append(self.inline_image(article, rng))
            for insert in content.inserts:
                if insert.after == i:
                    blocks.append(self.insert_html(insert, insert_style))
        if last_page:
            if content.credit:
                credit = esc(content.credit)
                blocks.append(f"<p><strong>{credit}</strong></p>" if credit_strong else f"<p>{credit}</p>")
            if content.trailing:
                blocks.append(self.insert_html(content.trailing, insert_style))
        if len(bounds) > 2:
            links = []
            for n in range(1, len(bounds)):
                if n == page:
                    links.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>')
                else:
                    href = self.site.article_url(self.base, article, page=n)
                    links.append(f'<a href="{href}" class="post-page-numbers">{n}</a>')
            blocks.append(f'<div class="page-links">{LABELS[e]["pages"]} {" ".join(links)}</div>')
        return blocks

    def image_html(self, article: Article, theme: str) -> str:
        image = article.image
        if not image:
            return ""
        src = f"{self.base}/{article.edition}{image.path}"
        caption = " ".join(x for x in (image.caption, image.credit) if x)
        if theme == "2018":
            cap = f'<p class="wp-caption-text">{esc(caption)}</p>' if caption else ""
            return (f'<div class="entry-thumbnail"><div class="wp-caption alignnone"><img width="750" height="430" '
                    f'src="{src}" class="attachment-post-thumbnail wp-post-image" alt="" />{cap}</div></div>\n')
        cap = f"<figcaption>{esc(caption)}</figcaption>" if caption else ""
        return (f'<figure class="{self.cls["thumbnail"]}"><img width="800" height="450" src="{src}" '
                f'class="attachment-full size-full wp-post-image" alt="{esc(article.shown_title)}" loading="lazy">{cap}</figure>\n')

    def related_section(self, article: Article, label: str, css: str, skip: int = 0) -> str:
        picks = self.site.neighbours(article, 4 + skip)[:4]
        items = "".join(f'<li><a href="{self.link(a)}">{esc(a.shown_title)}</a></li>' for a in picks)
        return f'<section class="{css}"><h3 class="section-title">{label}</h3><ul>{items}</ul></section>\n'

    def article_page(self, article: Article, page: int) -> str:
        content = self.site.content(article)
        e = article.edition
        title = article.shown_title
        head = self.head(e, title + article.meta.title_suffix, self.meta_tags(article, content))
        blocks = "\n".join(self.body_blocks(article, content, page))
        cat = article.category
        cat_links = ", ".join(
            f'<a href="{self.category_url(cat, d)}" rel="category tag">{esc(name)}</a>'
            for d, name in enumerate((*cat.parent_names, cat.name), start=1))
        tags = " ".join(f'<a href="{self.tag_url(e, t)}" rel="tag">{esc(t)}</a>' for t in article.tags)
        if article.theme == "2018":
            main = self.article_2018(article, title, cat_links, tags, blocks)
            body_class = f"post-template-default single single-post postid-{article.post_id} single-format-standard"
            return (head + f'<body class="{body_class}">\n<div id="page" class="hfeed site">\n'
                    f'<header id="masthead" class="site-header"><h1 class="site-title"><a href="{self.home_url(e)}" rel="home">'
                    f"Mi&#8217;raj Islamic News Agency</a></h1></header>\n{main}{self.footer(e)}")
        header_meta = self.header_meta(article, content)
        views = f"{article.views} Views" + (HANGUL_FILLER if e == "en" else "")
        c = self.cls
        main = (f'<main id="main" class="site-main">\n<article id="post-{article.post_id}" class="post-{article.post_id} post '
                f'type-post status-publish format-standard{" has-post-thumbnail" if article.image else ""} '
                f'category-{cat.path[-1]}">\n<div class="{c["header"]}">\n<div class="{c["category"]}">{cat_links}</div>\n'
                f'<h1 class="{c["title"]}">{esc(title)}</h1>\n{header_meta}'
                f'<div class="{c["meta_bottom"]}">{self.date_line(article)}<span class="{c["views"]}">{views}</span></div>\n</div>\n'
                f'<div class="mina-ads-top"><span>ADVERTISEMENT</span></div>\n'
                f"{self.image_html(article, 'current')}"
                f'<div class="{c["content"]}">\n{blocks}\n</div>\n'
                f'<div class="{c["tags"]}"><span class="{c["tags_title"]}">Tags:</span> {tags}</div>\n'
                f'<div class="post-slogan">{SLOGAN[e]}</div>\n'
                + self.related_section(article, LABELS[e]["related"], c["related"])
                + self.related_section(article, "Recommendation for you", c["recommendation"], skip=4)
                + '<div class="comments-area"><h3 class="comments-title">Comments: 0</h3></div>\n</article>\n</main>\n')
        body_class = f"post-template-default single single-post postid-{article.post_id}"
        return head + f'<body class="{body_class}">\n' + self.header(e) + '<div class="site-content">\n' + main + self.sidebar(e) + "</div>\n" + self.footer(e)

    def header_meta(self, article: Article, content: Content) -> str:
        e = article.edition
        author = article.author
        c = self.cls
        editor = (f' <span class="{c["editor"]}">Editor : {esc(article.editor.name)}</span>' if article.editor else "")
        if article.relative_header:
            age = relative_time(self.site.now - article.published)
            return (f'<div class="{c["meta"]}"><span class="{c["author"]}"><a href="{self.author_url(e, author.login)}">'
                    f'{esc(author.login)}</a></span>{editor} - <span class="{c["date"]}">{age}</span></div>\n')
        rng = random.Random(article.post_id)
        when = header_date(article.published, "id" if e == "id" else "en", rng)
        return (f'<div class="{c["meta"]}"><span class="{c["author"]}"><a href="{self.author_url(e, author.login)}">'
                f'{esc(author.name)}</a></span>{editor} - <span class="{c["date"]}">{when}</span></div>\n')

    def date_line(self, article: Article) -> str:
        if article.relative_header:
            return ""
        rng = random.Random(article.post_id)
        return f'<span class="{self.cls["date_full"]}">{header_date(article.published, "id" if article.edition == "id" else "en", rng)}</span> '

    def entry_meta_2018(self, article: Article) -> str:
        wrong_offset = article.published.replace(tzinfo=None).isoformat() + "+00:00"  # WIB clock, UTC label
        return (f'<div class="entry-meta"><span class="entry-author vcard"><a class="url fn n" '
                f'href="{self.author_url(article.edition, article.author.login)}">{esc(article.author.name)}</a></span> '
                f'<span class="entry-date updated"><time datetime="{wrong_offset}">{theme2018_date(article.published)}'
                f"</time></span></div>")

    def archive_widget(self, article: Article) -> str:
        e, month = article.edition, article.published
        name = (ID_MONTHS if e == "id" else EN_MONTHS)[month.month - 1]
        return (f'<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">'
                f'{"Arsip" if e == "id" else "Archives"}</h3><ul><li><a href="{self.base}/{e}/{month:%Y/%m}/">'
                f"{name} {month.year}</a></li></ul></aside>\n")

    def article_2018(self, article: Article, title: str, cat_links: str, tags: str, blocks: str) -> str:
        e = article.edition
        return (f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n'
                f'<article id="post-{article.post_id}" class="post-{article.post_id} post type-post status-publish format-standard hentry">\n'
                f'<header class="entry-header"><span class="cat-links">{cat_links}</span>\n'
                f'<h1 class="entry-title">{esc(title)}</h1>\n{self.entry_meta_2018(article)}'
                f"</header>\n{self.image_html(article, '2018')}"
                f'<div class="entry-content">\n{blocks}\n</div>\n'
                f'<footer class="entry-footer"><span class="tags-links">Tags: {tags}</span></footer>\n</article>\n'
                + self.related_section(article, LABELS[e]["related"], "related-posts")
                + "</main></div>\n" + self.archive_widget(article) + "</div>\n")

    # ----- listings -----
    def excerpt(self, article: Article, escaped_dash: bool = False) -> str:
        content = self.site.content(article)
        lead = content.paragraphs[0] if content.paragraphs else ""
        words = lead.split()
        text = esc(" ".join(words[:28])) + (" [&hellip;]" if len(words) > 28 else "")
        if content.dateline:
            dateline = esc(content.dateline.raw)
            if escaped_dash or article.theme == "2018":
                dateline = dateline.replace("–", ESCAPED_EN_DASH)  # the 2018 homepage's double-escaped entity
            text = dateline + content.dateline.glue + text
        return text

    def listing_item(self, article: Article) -> str:
        e = article.edition
        url = self.link(article)
        thumb = (f'<div class="post-thumb"><a href="{url}"><img src="{self.base}/{e}{article.image.path}" alt=""></a></div>'
                 if article.image else "")
        c = self.cls
        return (f'<article class="{c["item"]} post-{article.post_id}">{thumb}<div class="{c["item"]}-body">'
                f'<span class="{c["category"]}"><a href="{self.category_url(article.category)}">{esc(article.category.name)}</a></span>'
                f'<{c["item_heading"]} class="{c["item_title"]}"><a href="{url}" rel="bookmark">{esc(article.shown_title)}</a></{c["item_heading"]}>'
                f'<div class="{c["meta"]}"><span class="{c["author"]}">{esc(article.author.name)}</span> '
                f'<span class="{c["date"]}">{listing_date(article.published, e)}</span></div>'
                f'<p class="{c["excerpt"]}">{self.excerpt(article)}</p></div></article>\n')

    def listing_item_2018(self, article: Article) -> str:
        """Exact mirajnews.com markup: `h3.entry-title > a[rel=bookmark]`, author, wrong-offset date."""
        return (f'<article id="post-{article.post_id}" class="post-{article.post_id} post type-post status-publish '
                f'format-standard hentry"><header class="entry-header"><h3 class="entry-title">'
                f'<a href="{self.link(article)}" rel="bookmark">{esc(article.shown_title)}</a></h3>'
                f"{self.entry_meta_2018(article)}</header>"
                f'<div class="entry-summary"><p>{self.excerpt(article, escaped_dash=True)}</p></div></article>\n')

    def archive_page_2018(self, edition: str, heading: str, items: list[Article], base_path: str, page: int,
                          pages: int) -> str:
        """A month archive (`E/YYYY/MM/`) as the 2018 theme rendered listings."""
        head = self.head(edition, f"{heading} - Mi’raj Islamic News Agency")
        listing = "".join(self.listing_item_2018(a) for a in items)
        return (head + '<body class="archive date">\n<div id="page" class="hfeed site">\n'
                f'<header id="masthead" class="site-header"><h1 class="site-title"><a href="{self.home_url(edition)}" '
                f'rel="home">Mi&#8217;raj Islamic News Agency</a></h1></header>\n<div id="content" class="site-content">'
                f'<main id="main" class="site-main"><header class="page-header"><h1 class="page-title">{esc(heading)}</h1>'
                f"</header>\n{listing}" + self.pagination(edition, base_path, page, pages) + "</main></div>\n"
                + self.footer(edition))

    def pagination(self, edition: str, base_path: str, page: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def href(n: int) -> str:
            return f"{self.base}{base_path}" + ("" if n == 1 else f"page/{n}/")

        parts = []
        if page > 1:
            parts.append(f'<a class="prev page-numbers" href="{href(page - 1)}">{LABELS[edition]["prev"]}</a>')
        shown = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
        previous = 0
        for n in shown:
            if n - previous > 1:
                parts.append('<span class="page-numbers dots">&hellip;</span>')
            if n == page:
                parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            else:
                parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
            previous = n
        if page < pages:
            parts.append(f'<a class="next page-numbers" href="{href(page + 1)}">{LABELS[edition]["next"]}</a>')
        return '<nav class="navigation pagination" role="navigation"><div class="nav-links">' + "\n".join(parts) + "</div></nav>\n"

    def listing_page(self, edition: str, heading: str, items: list[Article], base_path: str, page: int,
                     pages: int, feed_path: str | None = None) -> str:
        extra = []
        if page > 1:
            extra.append(f'<link rel="prev" href="{self.base}{base_path}{"" if page == 2 else f"page/{page - 1}/"}" />')
        if page < pages:
            extra.append(f'<link rel="next" href="{self.base}{base_path}page/{page + 1}/" />')
        if feed_path:
            extra.append(f'<link rel="alternate" type="application/rss+xml" href="{self.base}{feed_path}" />')
        head = self.head(edition, f"{heading} - MINA News" + (f" - Page {page}" if page > 1 else ""),
                         "\n".join(extra) + ("\n" if extra else ""))
        listing = "".join(self.listing_item(a) for a in items)
        return (head + '<body class="archive">\n' + self.header(edition)
                + f'<div class="site-content"><main id="main" class="site-main"><header class="page-header">'
                f'<h1 class="page-title">{esc(heading)}</h1></header>\n<div class="post-list">\n{listing}</div>\n'
                + self.pagination(edition, base_path, page, pages) + "</main>\n" + self.sidebar(edition) + "</div>\n"
                + self.footer(edition))

    def home_page(self, edition: str) -> str:
        items = self.site.newest(edition, 20)
        head = self.head(edition, "MINA News - Mi’raj News Agency")
        listing = "".join(self.listing_item(a) for a in items)
        return (head + '<body class="home blog">\n' + self.header(edition)
                + f'<div class="site-content"><main id="main" class="site-main"><section class="latest-news">'
                f'<h2 class="section-title">{LABELS[edition]["latest"]}</h2>\n{listing}</section></main>\n'
                + self.sidebar(edition) + "</div>\n" + self.footer(edition))

    def static_page(self, edition: str, name: str) -> str:
        head = self.head(edition, f"{name} - MINA News", f'<link rel="canonical" href="{self.base}/{edition}/" />\n')
        text = ("Kantor Berita Islam Mi’raj (Mi’raj News Agency/MINA) adalah kantor berita yang berkantor di Bogor, Jawa Barat."
                if edition == "id" else "Mi’raj News Agency (MINA) is an Islamic news agency based in Indonesia.")
        return (head + '<body class="page-template-default page">\n' + self.header(edition)
                + f'<main id="main" class="site-main"><article class="page type-page"><h1 class="page-title">{esc(name)}</h1>'
                f'<div class="page-content"><p>{esc(text)}</p><p>Redaksi: redaksi@minanews.net</p></div></article></main>\n'
                + self.footer(edition))

    def not_found(self, edition: str) -> str:
        return (self.head(edition, f"{LABELS[edition]['404']} - MINA News") + '<body class="error404">\n'
                + self.header(edition) + f'<main id="main" class="site-main"><section class="error-404 not-found">'
                f'<h1 class="page-title">{LABELS[edition]["404"]}</h1><p>404</p></section></main>\n'
                + self.footer(edition))

    def landing(self) -> str:
        links = "".join(f'<li><a href="{self.home_url(e)}" hreflang="{e}">MINA {EDITION_NAMES[e]}</a></li>'
                        for e in ("id", "en", "ar"))
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>MINA News Agency</title></head>"
                f"<body><h1>Mi&#8217;raj News Agency (MINA)</h1><ul>{links}</ul></body></html>\n")
