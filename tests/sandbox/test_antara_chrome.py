"""The ANTARA sandbox's page chrome: template A pages carry the 2015-2017 markup of the real pages (header boxes,
mega menu, right column, footer, group logos), every other HTML page the 2018+ Bootstrap one; sizes in the range
of the real pages, no chrome text a parser could take for the article's, every link on the sandbox and served."""

from __future__ import annotations

import urllib.error
import urllib.request
from html import unescape
from urllib.parse import urlsplit

import lxml.html
import pytest
from sandbox_http import fetch

from sandbox import AntaraSite, Sandbox, build_site
from sandbox.antara import words

BASE = "http://127.0.0.1:1"
# The real template A pages we hold: 35-50 KB, 420-510 elements, 100-160 links, 19-31 scripts.
ELEMENTS = (400, 550)
LINKS = (100, 165)
SCRIPTS = (15, 31)
KILOBYTES = (30, 55)
OFF_SITE_ASSETS = ".example"  # style sheets, scripts, widgets: `//static.example/...`, never fetched as pages
CHROME_A = ("div.hdbox", "div.mn", "div.right", "div.footer_bg", "div.bottom_logo", "div#box_fly")
CHROME = ("div.topbar", "header.header-bar", "nav.navbar", "aside.sidebar", "footer.footer")


@pytest.fixture(scope="module")
def site() -> AntaraSite:
    return build_site(articles=300, seed=0, site="antara")


def tree(site: AntaraSite, path: str, base: str = BASE):
    response = site.handle(path, base)
    assert response.status == 200, path
    return response.body, lxml.html.fromstring(response.body)


def articles(site: AntaraSite, template: str) -> list:
    """A few articles of the template from every edition that has one, and two of sub-sections."""
    out = []
    for code in ("id", "en", "jatim", "bali"):
        out += [i for i in site.articles if i.template == template and i.edition.code == code][:3]
    out += [i for i in site.articles if i.template == template and len(i.section.path) > 1][:2]
    assert any(len(i.section.path) > 1 for i in out)
    return out


def served_status(url: str) -> int:
    """The answer's status (a page or an image: the body is not decoded)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - the loopback sandbox
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def path_of(item) -> str:
    return f"/{item.edition.code}{item.path()}"


def one(root, selector: str):
    found = root.cssselect(selector)
    assert len(found) == 1, (selector, len(found))
    return found[0]


def assert_real_size(body: bytes, root) -> None:
    elements = sum(1 for e in root.iter() if isinstance(e.tag, str))
    scripts = root.findall(".//script")
    inline = sum(len(s.text or "") for s in scripts if not s.get("src"))
    assert KILOBYTES[0] <= len(body) / 1024 <= KILOBYTES[1]
    assert ELEMENTS[0] <= elements <= ELEMENTS[1]
    assert LINKS[0] <= len(root.findall(".//a")) <= LINKS[1]
    assert SCRIPTS[0] <= len(scripts) <= SCRIPTS[1]
    assert inline >= 1500  # analytics, ad pushes, a jQuery-ready block
    assert 20 <= len(root.findall("head/link")) <= 32


@pytest.mark.parametrize("template", ["A", "B", "C"])
def test_article_pages_have_chrome_of_the_real_pages_size(site: AntaraSite, template: str) -> None:
    for item in articles(site, template):
        body, root = tree(site, path_of(item))
        assert_real_size(body, root)


def test_listing_and_home_pages_have_the_same_chrome(site: AntaraSite) -> None:
    for path in ("/id/", "/jatim/terkini?page=2", "/en/world", "/id/ekonomi/bisnis"):
        body, root = tree(site, path)
        assert_real_size(body, root)
        for selector in CHROME:
            one(root, selector)
        assert root.cssselect("div.wrapper__list__article h2.post_title a")


def test_template_a_carries_the_2015_2017_chrome(site: AntaraSite) -> None:
    for item in articles(site, "A"):
        _, root = tree(site, path_of(item))
        for selector in CHROME_A:
            one(root, selector)
        one(root, "div.hdbox div.hd div.rsrc form.searchform")
        assert len(root.cssselect("div.hdbox div.tmenu a")) >= 4
        menu = one(root, "div.mn > div.cbox > ul#topnav")
        sections = [s for s in item.edition.sections if len(s.path) == 1]
        assert len(menu.cssselect("li > span > div.menu_bg")) == len(sections)
        # As on the real pages: the section is the active item, a sub-section the active link of its sub-menu.
        active = menu.cssselect("ul#topnav > li.active > a")
        assert [a.get("href") for a in active] == [f"{BASE}/{item.edition.code}/{item.section.path[0]}"]
        sub = menu.cssselect("li.active div.menu_bg a.active")
        expected = [f"{BASE}/{item.edition.code}/{item.section.slug_path}"] if len(item.section.path) > 1 else []
        assert [a.get("href") for a in sub] == expected
        assert len(menu.cssselect("a.active")) == len(expected)
        for submenu in menu.cssselect("li span div.menu_bg"):
            assert 4 <= len(submenu.findall("a")) <= 7
        assert len(root.cssselect("div.ik728 div.ads_top_728 script")) == 4
        right = one(root, "div.right")
        assert len(right.cssselect("div.ads_300x250")) == 3 and len(right.cssselect("div.w300.mt10")) >= 3
        assert right.cssselect("div.w300 div.terpopuler li a")
        bjbrt = one(root, "div.bjbrt")
        for selector in ("div.sharebox", "div.terkait_bottom", "div#boxKomentar"):
            one(bjbrt, selector)
        assert len(root.cssselect("div.footer_bg div.footer div.left_footer")) == 1
        assert len(root.cssselect("div.footer_bg div.right_footer div.footer_link")) == 4
        assert len(root.cssselect("div.bottom_logo ul li")) >= 4
        assert not root.cssselect("nav.navbar, aside.sidebar")


@pytest.mark.parametrize("template", ["B", "C"])
def test_templates_b_and_c_carry_the_bootstrap_chrome(site: AntaraSite, template: str) -> None:
    for item in articles(site, template):
        _, root = tree(site, path_of(item))
        for selector in CHROME:
            one(root, selector)
        dropdowns = root.cssselect("nav.navbar li.nav-item.dropdown")
        assert len(dropdowns) == len([s for s in item.edition.sections if len(s.path) == 1])
        for dropdown in dropdowns:
            assert 4 <= len(dropdown.cssselect("div.dropdown-menu a.dropdown-item")) <= 7
        assert not root.cssselect("li.nav-item.active")  # B and C name their section in the breadcrumb
        sidebar = one(root, "div.row > aside.col-md-4")
        assert sidebar.cssselect("div.terpopuler li a") and sidebar.cssselect("div.widget-latest li a")
        one(root, "div.col-md-8 div.terkait_bottom")
        footer_links = [a.text for a in root.cssselect("footer.footer ul.footer-links a")]
        assert footer_links == [name for _, name in words.STATIC_PAGES]


def test_every_link_stays_on_the_sandbox(site: AntaraSite) -> None:
    paths = [path_of(i) for t in "ABC" for i in articles(site, t)] + ["/id/", "/bali/terkini", "/en/redaksi"]
    for path in paths:
        _, root = tree(site, path)
        for anchor in root.iter("a"):
            href = anchor.get("href")
            if href is None or href == "#" or href.startswith("javascript:"):
                continue
            assert href.startswith(BASE + "/"), (path, href)
        for element, name in ((e, "src") for e in root.iter("img", "script", "iframe")):
            source = element.get(name)
            if source and not source.startswith("data:"):
                assert source.startswith(BASE + "/") or urlsplit(source).hostname.endswith(OFF_SITE_ASSETS), source
        for link in root.iter("link"):
            href = link.get("href")
            if href:
                assert href.startswith(BASE + "/") or urlsplit(href).hostname.endswith(OFF_SITE_ASSETS), href


def test_chrome_says_nothing_a_parser_could_take_for_the_article(site: AntaraSite) -> None:
    for template, selectors in (("A", CHROME_A), ("B", CHROME), ("C", CHROME)):
        for item in articles(site, template):
            _, root = tree(site, path_of(item))
            for selector in selectors:
                for element in root.cssselect(selector):
                    for script in element.iter("script"):
                        script.getparent().remove(script)
                    shown = unescape(element.text_content())
                    for noise in ("Baca juga", "Also read", "Pewarta", "Reporter", "Editor", "(ANTARA", "WIB",
                                  item.reporter, item.editor):
                        assert noise.lower() not in shown.lower(), (item.index, selector, noise)
            assert not root.cssselect("time:not([itemprop])")  # a <time> in the chrome would be taken for its date
            assert len(root.cssselect("h1")) == 1


def test_chrome_is_the_same_bytes_for_every_request(site: AntaraSite) -> None:
    item = articles(site, "A")[0]
    again = build_site(articles=300, seed=0, site="antara")
    for path in (path_of(item), path_of(articles(site, "C")[0]), "/jatim/"):
        assert site.handle(path, "http://127.0.0.1:2").body == again.handle(path, "http://127.0.0.1:2").body
    # Another base URL (another Host header) gets its own links, not the first base's.
    other = site.handle(path_of(item), "http://127.0.0.1:3").body.decode()
    assert "127.0.0.1:2" not in other and "127.0.0.1:3" in other


def test_every_linked_sandbox_url_is_served() -> None:
    site = build_site(articles=300, seed=0, site="antara")
    with Sandbox(site) as server:  # loopback only, stopped on leaving
        base = server.base_url
        pages = ([path_of(i) for t in "ABC" for i in articles(site, t)[::3]]
                 + ["/id/", "/en/", "/jatim/terkini?page=2", "/bali/olahraga", "/id/tag/banjir", "/id/redaksi"])
        linked = set()
        for path in pages:
            status, _, html = fetch(base + path)
            assert status == 200, path
            root = lxml.html.fromstring(html)
            targets = [a.get("href") for a in root.iter("a")] + [i.get("src") for i in root.iter("img")]
            targets += [link.get("href") for link in root.iter("link")]
            linked.update(t.split("#", 1)[0] for t in targets if t and t.startswith(base + "/"))
        assert len(linked) > 200
        failed = [url for url in sorted(linked) if served_status(url) != 200]
        assert failed == []
