"""Hostile input for the pure parsers: the pieces dates, URLs and pages are made of (to fuzz with), and
adversarial pages of about 1 MB each, what a broken or hostile server could send in place of an article.

The fuzz tests check that the parsers answer them well-formed; `bench/bench_hostile.py` times them.
"""

from __future__ import annotations

MB = 1024 * 1024

# Date and dateline pieces of MINA pages, and odd characters.
DATE_PIECES = (
    "Senin", "Jum'at", "Jum’at", "Ahad", "Monday", "الاثنين", "22", "4", "2019", "1440", "April", "Desember",
    "Rabiul", "Akhir", "Shafar", "H", "M", "WIB", "WITA", "WIT", "10:15", "-", "/", "(", ")", ",", ".", "|",
    "(MINA)", "MINA", "JAKARTA", "Gaza", "jam", "menit", "yang", "lalu", "hours", "ago", "T", "Z", "+07:00",
    "&amp;", "&#8211;", "\u00a0", "\u200b", "0", "99999999999999999999", "٢٢", "١٤٤٠",
)
URL_PIECES = (
    "http://", "https://", "HTTP://", "//", "www.", "minanews.net", "en.minanews.net", "127.0.0.1", ":8000",
    ":80", ":443", ":99999", "/", "/id", "/slug", "/2/", ".html", "?", "&", "=", "utm_source=rss", "p=12",
    "fbclid=x", "#", "%", "%2F", "%zz", "..", "@", "[::1]", "[", " ", "\t", "\n", "é", "ع", "\x00",
)
PAGE_PIECES = (
    "<html>", "<head>", "<body>", "<article>", "</article>", "<div class='entry-content'>", "</div>", "<p>",
    "</p>", "<h1 class='entry-title'>", "</h1>", "<time datetime='2024-02-30T25:00:00+07:00'>", "</time>",
    "<meta property='article:published_time' content='2019-04-22T10:15:00+07:00'>",
    "<script type='application/ld+json'>{\"@type\": [\"NewsArticle\"], \"datePublished\": 7}</script>",
    "<script type='application/ld+json'>{</script>", "<a href='/id/x/2'>2</a>", "<a href='javascript:x'>",
    "<link rel='canonical' href='::'>", "<br>", "<!--", "-->", "<![CDATA[", "]]>", "<?xml?>", "&", "&#0;",
    "&#x110000;", "<", ">", "<table><tr><td>", "<svg><script>", "<iframe>", "\x00", "\ufeff",
)

ADVERSARIAL_PAGES = {
    "deep nesting": "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000,
    "one text node": "<html><body><p>" + "a " * (MB // 2) + "</p>",
    "many paragraphs": "<html><body><article>" + "<p>JAKARTA, Senin (22/4) (MINA) - x</p>" * (MB // 40),
    "many links": "<html><body>" + "<a href='/id/x?p=1'>x</a>" * (MB // 25),
    "unclosed tags": "<p><b><i><span>" * (MB // 16),
    "huge attribute": "<html><body><div class='" + "x" * MB + "'>t</div>",
    "dates everywhere": "<html><body><article>" + "<time>Senin, 22 April 2019 - 10:15 WIB</time>" * (MB // 45),
    "many JSON-LD blocks": "<html><head>" + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script>"
                           * (MB // 70),
}
