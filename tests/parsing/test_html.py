"""HTML helpers (crawler/parsing/html.py): decoding, text nodes joined first, blocks, selectors."""

from __future__ import annotations

import pytest

from crawler.parsing.html import (
    DocumentIndex,
    blocks_of,
    decode_html,
    element_text,
    fold,
    lines_before,
    parse_html,
)


def test_fold_treats_invisible_fillers_as_space():
    assert fold(" 2.415\u00a0Views\u3164 \u200b x\n") == "2.415 Views x"


@pytest.mark.parametrize(("data", "expected"), [
    ('<meta charset="windows-1252"><p>Caf\u00e9</p>'.encode("cp1252"), "Caf\u00e9"),
    ("<p>Caf\u00e9</p>".encode(), "Caf\u00e9"),
    (b"\xef\xbb\xbf<p>x</p>", "x"),
    ('<meta charset="no-such-codec"><p>x</p>'.encode(), "x"),
])
def test_decoding(data, expected):
    root = parse_html(decode_html(data))
    assert element_text(root.find(".//p")) == expected


def test_text_nodes_are_joined_before_folding():
    root = parse_html('<p>JAKARTA, 26 Ok<img src="x.jpg">tober 2012 (MINA) – Teks</p>')
    assert element_text(root.find(".//p")) == "JAKARTA, 26 Oktober 2012 (MINA) – Teks"


def test_blocks_follow_paragraphs_then_line_breaks():
    root = parse_html('<div id="a"><p>Satu <a href="/x">dua</a></p><p>tiga<br>empat</p><script>x()</script></div>'
                      '<div id="b">lima<br>enam<div>tujuh</div></div>')
    first = blocks_of(root.find(".//div[@id='a']"), "https://minanews.net/")
    assert [b.text for b in first] == ["Satu dua", "tiga empat"]
    assert [(link.text, link.url) for link in first[0].links] == [("dua", "https://minanews.net/x")]
    second = blocks_of(root.find(".//div[@id='b']"), "https://minanews.net/")
    assert [b.text for b in second] == ["lima", "enam", "tujuh"]


def test_a_block_inside_a_link_is_that_link_s():
    """A teaser card: `<a><div><img></div><h3>Title</h3></a>` gives the title's block the link."""
    root = parse_html('<div><p>Teks.</p><ul><li><a href="/berita/1"><div class="thumb"><img src="x.jpg"></div>'
                      '<h3>Judul berita lain</h3></a></li></ul><p>Teks <b>lagi</b>.</p></div>')
    blocks = blocks_of(root.find(".//div"), "https://example.co.id/")
    assert [b.text for b in blocks] == ["Teks.", "Judul berita lain", "Teks lagi."]
    assert [[(link.text, link.url) for link in b.links] for b in blocks] == [
        [], [("Judul berita lain", "https://example.co.id/berita/1")], []]


def test_styles_and_scripts_are_not_parsed_but_json_ld_is_kept():
    root = parse_html('<html><head><style>p{}</style><script>var a = "<p>no</p>";</script>'
                      '<script type="application/ld+json">{"@type": "NewsArticle"}</script></head>'
                      '<body><p>yes</p><style>unclosed')
    assert [element_text(p) for p in root.iter("p")] == ["yes"]
    assert [s.text for s in root.iter("script")] == ['{"@type": "NewsArticle"}']


def test_lines_before_stop_at_the_body():
    root = parse_html("<body><div>Rana - Jumat, 15 Februari 2019 - 23:14 WIB</div><main><p>Teks</p></main></body>")
    assert lines_before(root.find("body"), root.find(".//main")) == ["Rana - Jumat, 15 Februari 2019 - 23:14 WIB"]


def test_lines_before_keep_their_order_and_lines():
    root = parse_html("<body><header><nav><a>Home</a> | <a>News</a></nav><div>By <b>Rana</b><br>Jumat, 15 Februari "
                      "2019</div><span class='sr-only'>Reporter</span><h1>Judul</h1></header><main><p>Teks</p></main>"
                      "</body>")
    body, main = root.find("body"), root.find(".//main")
    unread = {root.find(".//span")}
    assert lines_before(body, main, unread=unread) == ["Home | News", "By Rana", "Jumat, 15 Februari 2019", "Judul"]
    assert lines_before(body, main, limit=2, unread=unread) == ["Jumat, 15 Februari 2019", "Judul"]
    assert lines_before(body, main) == ["Home | News", "By Rana", "Jumat, 15 Februari 2019", "Reporter", "Judul"]
    assert lines_before(body, None, unread=unread)[-1] == "Teks"


def test_lines_before_a_text_under_a_huge_header_are_the_lines_over_it():
    # The walk is bounded, and it starts at the text: a header of many thousands of elements costs only its last lines.
    menu = "".join(f"<li><a>Menu {number}</a></li>" for number in range(30_000))
    root = parse_html(f"<body><ul>{menu}</ul><p>Rana - 15 Februari 2019</p><main><p>Teks</p></main></body>")
    assert lines_before(root.find("body"), root.find(".//main"), limit=2) == ["Menu 29999", "Rana - 15 Februari 2019"]


@pytest.mark.parametrize(("selector", "expected"), [
    (".entry-content", ["content"]),
    ("div.entry-content", ["content"]),
    ("article .entry-meta a", ["author"]),
    (".post-tags a[rel~=tag]", ["tag1", "tag2"]),
    ("a[rel~=category]", ["category"]),
    ("h1.missing", []),
    ("table .entry-content", []),
    ("div > p", ["para"]),  # not a descendant chain: answered through XPath
    (".post-tags a", ["tag1", "tag2"]),
    ("article a", ["author", "tag1", "tag2", "category"]),
    ("[id]", ["author", "content", "para", "tag1", "tag2", "category"]),
    ("article [rel~=tag]", ["tag1", "tag2", "category"]),
])
def test_index_answers_selectors_like_css(selector, expected):
    root = parse_html(
        '<html><body><article><div class="entry-meta x"><a id="author">A</a></div>'
        '<div class="entry-content" id="content"><p id="para">P</p></div>'
        '<div class="post-tags"><a rel="tag" id="tag1">t</a><a rel="tag nofollow" id="tag2">u</a></div>'
        '<a rel="category tag" id="category">c</a></article><a class="entry-meta">outside</a></body></html>')
    index = DocumentIndex(root)
    assert [e.get("id") for e in index.select(root, selector)] == expected


def test_index_lists_descendants_of_nested_containers_once_in_document_order():
    root = parse_html('<body><div class="box"><a id="1">a</a><div class="box"><a id="2">b</a></div>'
                      '<a id="3">c</a></div><a id="4">d</a></body>')
    assert [e.get("id") for e in DocumentIndex(root).select(root, ".box a")] == ["1", "2", "3"]


def test_index_selects_within_a_scope():
    root = parse_html('<body><article><p class="x" id="in">a</p></article><p class="x" id="out">b</p></body>')
    index = DocumentIndex(root)
    assert [e.get("id") for e in index.select(root.find(".//article"), ".x")] == ["in"]
