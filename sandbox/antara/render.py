"""HTML of the ANTARA sandbox: article pages in three template generations, AMP, video/photo pages,
listings, home, static pages, 404. Class names follow agency-formats.md §1.4 (A: 2015-2017 real markup,
B: 2018-2022 and C: 2023-2026 as scrapers select them)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from sandbox.antara import dates, words
from sandbox.antara.content import Content, Insert
from sandbox.antara.model import EDITIONS, Edition, Item, Section

if TYPE_CHECKING:
    from sandbox.antara.site import AntaraSite

RELATED_UTM = "?utm_source=antaranews&utm_medium=desktop&utm_campaign=related_news"
POPULAR_UTM = "?utm_source=populer_home&utm_medium=populer&utm_campaign=news"
STATIC = "//static.example/antara"  # style sheets, scripts and widgets: never fetched as pages
AD_CLIENT = "ca-pub-0000000000000000"
ACTIVE = ' class="active"'
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"  # until lazy-loaded
ADS = ('<div style="width:336px;margin: 10px auto;"><script async src="//pagead2.example/adsbygoogle.js"></script>'
       '<ins class="adsbygoogle" style="display:inline-block;width:336px;height:280px"></ins>'
       "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>")


def classic_ad(width: int, height: int, slot: str) -> str:
    """A 2015-era AdSense slot: its parameters in an inline script, then the loader."""
    return (f'<script type="text/javascript"><!--\ngoogle_ad_client = "pub-0000000000000000";\n'
            f"/* {width}x{height} */\ngoogle_ad_slot = \"{slot}\";\ngoogle_ad_width = {width};\n"
            f"google_ad_height = {height};\n//-->\n</script>\n"
            '<script type="text/javascript" src="//pagead2.example/pagead/show_ads.js"></script>')


AD_728 = classic_ad(728, 90, "4088310162")
AD_300 = classic_ad(300, 250, "5048708874")
ANALYTICS = """<script>
(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){
(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
})(window,document,'script','//analytics.example/analytics.js','ga');
ga('create', 'UA-0000000-12', 'auto');
ga('send', 'pageview');
</script>
"""
AUDIENCE_MEASURE = """<script type="text/javascript">
(function() {
	var em = document.createElement('script');
	em.type = 'text/javascript'; em.async = true;
	em.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://cdn') + '.measure.example/em.js';
	var s = document.getElementsByTagName('script')[0];
	s.parentNode.insertBefore(em, s);
})();
</script>
"""
FACEBOOK_SDK = """<script>(function(d, s, id) {
	var js, fjs = d.getElementsByTagName(s)[0];
	if (d.getElementById(id)) return;
	js = d.createElement(s); js.id = id;
	js.src = "//connect.example/sdk.js#xfbml=1";
	fjs.parentNode.insertBefore(js, fjs);
}(document, 'script', 'facebook-jssdk'));</script>
"""
TWITTER_WIDGET = """<script>!function(d,s,id){var js,fjs=d.getElementsByTagName(s)[0],
p=/^http:/.test(d.location)?'http':'https';
if(!d.getElementById(id)){js=d.createElement(s);js.id=id;js.src=p+"://platform.example/widgets.js";
fjs.parentNode.insertBefore(js,fjs);}}(document,"script","twitter-wjs");</script>
"""
# Template A's reader comments: loaded and posted by jQuery (the id is the article's).
COMMENTS_SCRIPT = """<script type="text/javascript">
$(document).ready(function() {
	var newsId = %(id)d;
	function loadingShow() {
		$('#loading_comment').fadeIn('fast');
	}
	function loadingHide() {
		$('#loading_comment').fadeOut();
	}
	function loadComments(page) {
		loadingShow();
		$.ajax({
			type: "GET",
			url: "/ajax/comment.php",
			dataType: "json",
			cache: false,
			data: "news_id=" + newsId + "&page=" + page,
			success: function(msg) {
				$("#comments").append(msg.comment);
				$("#paging_comment").html(msg.paging);
				loadingHide();
			}
		});
	}
	loadComments(1);
	$('#paging_comment').on('click', 'a', function() {
		$('#boxKomentar').focus();
		loadComments($(this).attr('rel'));
	});
	$('#comments').on('click', '.balas', function() {
		$('#parent').remove();
		$('#post_comment').append($('<input>', {type: 'hidden', id: 'parent', name: 'parent', value: this.id}));
		$('#comment').focus();
	});
	$('#post_comment').submit(function() {
		$("#btnComment").attr("disabled", true);
		var missing = 0;
		$('textarea.required').each(function() {
			if ($(this).val() == '') {
				$(this).css('border', '1px solid #f00');
				missing += 1;
			}
		});
		$('textarea.required').bind("change", function() {
			if ($(this).val() != '') {
				$(this).css('border', '1px solid #D5D5D5');
			}
		});
		if (missing > 0) {
			$("#btnComment").attr("disabled", false);
			return false;
		}
		var parent = $("#parent").val() || '';
		$.ajax({
			type: "POST",
			url: "/ajax/send_comment.php",
			data: {news_id: newsId, comment: $("#comment").val(), parent: parent},
			dataType: "json",
			success: function(msg) {
				if (msg.status == '1') {
					alert(msg.txt);
					$("#comment").val('');
				} else {
					alert('Problem Sending Comment!');
					$("#btnComment").attr("disabled", false);
				}
			}
		});
		return false;
	});
	$('#comment').bind('click', function() {
		$.ajax({
			type: "POST",
			url: "/ajax/cek_login.php",
			dataType: "json",
			success: function(msg) {
				if (parseInt(msg.status) == 0) {
					$.colorbox({href: "/ajax/login_form_frame.php?news_id=" + newsId, width: "50%%", height: "70%%", iframe: true});
				}
			}
		});
	});
	$("#comment").charsLeft({maxChars: 500, attachment: "after"});
});
</script>
"""
# Template A's closing block: tooltips on the lists, the scrolled box, the login pop-up.
READY_SCRIPT_A = """<script type="text/javascript">
	var panels = ['panel_bg1', 'panel_bg2'];
	var tabs = ['tab_satu1', 'tab_satu2'];
	function displayPanel(shown) {
		for (var i = 0; i < panels.length; i++) {
			document.getElementById(panels[i]).style.display = (shown - 1 == i) ? 'block' : 'none';
			document.getElementById(tabs[i]).className = (shown - 1 == i) ? 'tab_sel_satu' : 'tab_satu';
		}
	}
	$(document).ready(function() {
		$('.tooltip').qtip({
			content: {
				text: function(event, api) { return $(this).attr('data-tooltip'); },
				title: function(event, api) { return $(this).attr('title'); }
			},
			position: {target: 'mouse', adjust: {x: 10, y: 20}},
			show: {effect: function() { $(this).fadeTo(500, 1); }}
		});
		$('#terkini-scroll').perfectScrollbar({wheelSpeed: 8, scrollbarHeight: 150, includePadding: true,
			wheelPropagation: true});
		$('.fblogin').click(function() {
			var width = 800, height = 600;
			var left = ($(window).width() - width) / 2, top = ($(window).height() - height) / 2;
			window.open($(this).attr('href'), "Login", "location=1,scrollbars=1,width=" + width + ",height=" + height
				+ ",left=" + left + ",top=" + top);
			return false;
		});
	});
</script>
<script type="text/javascript">
	if (!window.slider) var slider = {};
	slider.data = [];
</script>
"""
GTAG = """<script async src="//tagmanager.example/gtag/js?id=G-SANDBOX01"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-SANDBOX01');
</script>
"""
# 2018+ ad slots (Google Publisher Tag): defined in the head, each displayed where it stands.
AD_SLOTS = (("leaderboard", "[[728, 90], [970, 90]]"), ("mr1", "[[300, 250], [300, 600]]"), ("mr2", "[300, 250]"),
            ("mr3", "[300, 250]"), ("inarticle", "[[336, 280], [300, 250]]"), ("bottom", "[728, 90]"))
GPT = ('<script async src="//securepubads.example/tag/js/gpt.js"></script>\n<script>\n'
       "window.googletag = window.googletag || {cmd: []};\ngoogletag.cmd.push(function() {\n"
       + "".join(f"  googletag.defineSlot('/0000000/antaranews/{name}', {sizes}, 'div-gpt-ad-{name}')"
                 ".addService(googletag.pubads());\n" for name, sizes in AD_SLOTS)
       + "  googletag.pubads().enableSingleRequest();\n  googletag.pubads().collapseEmptyDivs();\n"
       "  googletag.enableServices();\n});\n</script>\n"
       f'<script async src="//pagead2.example/pagead/js/adsbygoogle.js?client={AD_CLIENT}"></script>\n')


def gpt_slot(name: str, css: str) -> str:
    return (f'<div class="{css}" id="div-gpt-ad-{name}"><script>googletag.cmd.push(function() '
            f"{{ googletag.display('div-gpt-ad-{name}'); }});</script></div>\n")


def adsense(slot: str, css: str) -> str:
    return (f'<div class="{css}"><ins class="adsbygoogle" style="display:block" data-ad-client="{AD_CLIENT}" '
            f'data-ad-slot="{slot}" data-ad-format="auto" data-full-width-responsive="true"></ins>'
            "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>\n")


# 2018+ closing block: sticky menu, lazy images, the back-to-top button, the share pop-ups.
READY_SCRIPT = """<script>
$(document).ready(function() {
	var $nav = $('.navbar');
	var offset = $nav.offset().top;
	$(window).on('scroll', function() {
		$nav.toggleClass('sticky', $(window).scrollTop() > offset);
		$('#back-to-top').toggle($(window).scrollTop() > 400);
	});
	$('#back-to-top').on('click', function(event) {
		event.preventDefault();
		$('html, body').animate({scrollTop: 0}, 600);
	});
	$('.dropdown').hover(function() {
		$(this).find('.dropdown-menu').stop(true, true).fadeIn(150);
	}, function() {
		$(this).find('.dropdown-menu').stop(true, true).fadeOut(150);
	});
	$('.btn-share').on('click', function(event) {
		event.preventDefault();
		var network = $(this).data('network');
		var target = encodeURIComponent(window.location.href.split('?')[0]);
		var endpoints = {facebook: 'https://share.example/facebook?u=', twitter: 'https://share.example/twitter?url=',
			whatsapp: 'https://share.example/whatsapp?text=', telegram: 'https://share.example/telegram?url='};
		if (endpoints[network]) {
			window.open(endpoints[network] + target, 'share', 'width=600,height=480');
		}
	});
	$('img.lazyload').each(function() {
		if (!('loading' in HTMLImageElement.prototype)) {
			$(this).attr('src', $(this).data('src'));
		}
	});
});
</script>
"""
# 2018+ web-push prompt: the push service's loader, unless the reader declined it.
PUSH_SCRIPT = """<script>
(function() {
	function declined() {
		try { return window.localStorage.getItem('antara_push') === 'no'; } catch (error) { return false; }
	}
	window.addEventListener('load', function() {
		if (!('serviceWorker' in navigator) || declined()) { return; }
		var push = document.createElement('script');
		push.async = true;
		push.src = '//push.example/sdk/v1/loader.js';
		push.onload = function() {
			if (window.pushService) {
				window.pushService.init({site: 'antaranews', prompt: 'slidedown', delay: 15, welcome: false});
			}
		};
		document.body.appendChild(push);
	});
})();
</script>
"""
PAGE_METER = """<script>
var _comscore = _comscore || [];
_comscore.push({c1: "2", c2: "00000000"});
(function() {
	var s = document.createElement("script"), el = document.getElementsByTagName("script")[0];
	s.async = true;
	s.src = "//sb.scorecard.example/cs/00000000/beacon.js";
	el.parentNode.insertBefore(s, el);
})();
</script>
"""


def text(value: str) -> str:
    return escape(value, quote=False)


def attr(value: str) -> str:
    return escape(value, quote=True)


class Renderer:
    """Renders pages of one site reachable at `base` (editions are path prefixes under it)."""

    def __init__(self, site: AntaraSite, base: str) -> None:
        self.site = site
        self.base = base
        self._pieces: dict[tuple, str] = {}

    # ----- links -----
    def link(self, item: Item, slug: str | None = None, amp: bool = False) -> str:
        return f"{self.base}/{item.edition.code}{item.path(slug, amp)}"

    def section_link(self, edition: Edition, path: str) -> str:
        return f"{self.base}/{edition.code}/{path}"

    # ----- chrome: the page around the content, modelled on the real pages -----
    # Template A pages carry the 2015-2017 chrome (`div.hdbox`, `div.mn ul#topnav`, `div.right`, `div.footer_bg`);
    # every other page the 2018+ Bootstrap one (`nav.navbar` with dropdowns, `aside.col-md-4`, `footer.footer`).
    # Pieces that do not depend on the item are built once per edition (the site keeps one renderer per base).
    def _piece(self, key: tuple, build: Callable[[], str]) -> str:
        piece = self._pieces.get(key)
        if piece is None:
            piece = self._pieces[key] = build()
        return piece

    def _img(self, path: str) -> str:
        return f"{self.base}/img/{path}"

    def _thumb(self, item: Item, classic: bool = False) -> str:
        p = item.published
        if classic:
            return self._img(f"new/{p:%Y}/{p:%m}/thumb/{item.item_id}.jpg")
        return self._img(f"cache/270x180/{p:%Y}/{p:%m}/{p:%d}/{item.slug[:40]}-{item.item_id}.jpg")

    def _labels(self, edition: Edition) -> dict[str, str]:
        return words.CHROME_LABELS[edition.language]

    def _top_sections(self, edition: Edition) -> list[Section]:
        """Top-level sections the site serves a listing for (a small sandbox may leave one empty)."""
        return [s for s in edition.sections if len(s.path) == 1 and (edition.code, s.slug_path) in self.site.by_section]

    def _tags(self, edition: Edition) -> list[str]:
        names = words.TAGS_EN if edition.language == "en" else words.TAGS_ID
        return [t for t in names if (edition.code, t.replace(" ", "-")) in self.site.by_tag]

    def _tag_link(self, edition: Edition, tag: str) -> str:
        return self.section_link(edition, f"tag/{tag.replace(' ', '-')}")

    def _child_sections(self, edition: Edition) -> list[Section]:
        """Second-level sections the site serves a listing for."""
        return [s for s in edition.sections if len(s.path) == 2 and (edition.code, s.slug_path) in self.site.by_section]

    def _submenu(self, edition: Edition, section: Section) -> list[tuple[str, str]]:
        """A main menu item's 4-7 sub-links: its child sections, then topics (tag listings)."""
        children = [(self.section_link(edition, s.slug_path), s.name) for s in self._child_sections(edition)
                    if s.path[0] == section.path[0]]
        rng = random.Random(f"menu:{edition.code}:{section.slug_path}")
        tags = self._tags(edition)
        topics = rng.sample(tags, min(len(tags), max(0, rng.randint(4, 7) - len(children))))
        return children + [(self._tag_link(edition, t), t.title()) for t in topics]

    def _other_edition(self, edition: Edition) -> tuple[str, str]:
        return (f"{self.base}/id/", "Indonesia") if edition.language == "en" else (f"{self.base}/en/", "English")

    def _feeds(self, edition: Edition, every: bool) -> str:
        """The edition's latest feed; `every`: also its sections' and the other language's latest."""
        latest = "/rss/news.xml" if edition.language == "en" else "/rss/terkini.xml"
        feeds = [(f"/{edition.code}{latest}", "Terkini")]
        if every:
            feeds += [(f"/{edition.code}/rss/{s.slug_path}.xml", s.name) for s in self._top_sections(edition)]
            feeds.append(("/id/rss/terkini.xml", "Indonesia") if edition.language == "en" else ("/en/rss/news.xml", "English"))
        return "".join(f'<link rel="alternate" type="application/rss+xml" title="ANTARA News - {attr(name)}" '
                       f'href="{self.base}{path}">\n' for path, name in feeds)

    def _section_newest(self, edition: Edition, section: Section, count: int) -> list[Item]:
        out = []
        for index in reversed(self.site.by_section[(edition.code, section.slug_path)]):
            if self.site.items[index].is_article:
                out.append(self.site.items[index])
                if len(out) == count:
                    break
        return out

    def _head(self, edition: Edition, title: str, extra: str = "", classic: bool = False) -> str:
        head = (self._piece(("head-a", edition.code), lambda: self._head_a(edition)) if classic
                else self._piece(("head", edition.code), lambda: self._head_modern(edition)))
        return (f'<!DOCTYPE html>\n<html lang="{edition.language}">\n<head>\n<meta charset="utf-8">\n'
                f"<title>{text(title)}</title>\n{extra}{head}</head>\n")

    def _head_a(self, edition: Edition) -> str:
        sheets = ("reset.css", "css.css", "src.css", "tab_pop.css", "main_menu.css", "slideshow.css", "css_ekonomi.css",
                  "style.css?v=1.22", "perfect-scrollbar.css", "jquery.qtip.min.css", "colorbox.css", "print.css",
                  "fonts.css")
        scripts = ("jquery-1.10.2.min.js", "scripts.js")
        return ('<meta name="copyright" content="Antara News Agency" />\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
                '<meta property="fb:app_id" content="000000000000000"/>\n'
                f'<link rel="shortcut icon" href="{self._img("favicon.ico")}" />\n' + self._feeds(edition, True)
                + "".join(f'<link rel="stylesheet" type="text/css" href="{STATIC}/css/{s}">\n' for s in sheets)
                + "".join(f'<script type="text/javascript" src="{STATIC}/js/{s}"></script>\n' for s in scripts))

    def _head_modern(self, edition: Edition) -> str:
        hosts = ("//static.example", "//pagead2.example", "//securepubads.example")
        icons = "".join(f'<link rel="apple-touch-icon" sizes="{n}x{n}" href="{self._img(f"icon/apple-icon-{n}x{n}.png")}">\n'
                        for n in words.TOUCH_ICON_SIZES)
        icons += "".join(f'<link rel="icon" type="image/png" sizes="{n}x{n}" href="{self._img(f"icon/favicon-{n}x{n}.png")}">\n'
                         for n in words.FAVICON_SIZES)
        sheets = ("bootstrap.min.css", "font-awesome.min.css", "owl.carousel.min.css", "style.css?v=3.4.1",
                  "responsive.css?v=3.4.1")
        return ('<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n'
                '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
                '<meta name="robots" content="index, follow, max-image-preview:large">\n'
                '<meta property="og:site_name" content="ANTARA News">\n'
                '<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:site" content="@antaranews">\n'
                '<meta name="theme-color" content="#1e4389">\n<meta name="msapplication-TileColor" content="#1e4389">\n'
                f'<meta name="msapplication-TileImage" content="{self._img("icon/ms-icon-144x144.png")}">\n'
                f'<meta property="og:locale" content="{"en_US" if edition.language == "en" else "id_ID"}">\n'
                '<meta property="fb:app_id" content="000000000000000">\n'
                + "".join(f'<link rel="dns-prefetch" href="{h}">\n' for h in hosts)
                + '<link rel="preconnect" href="//static.example" crossorigin>\n'
                '<link rel="preconnect" href="//fonts.example" crossorigin>\n'
                f'<link rel="preload" href="{STATIC}/fonts/roboto-v20-latin-regular.woff2" as="font" type="font/woff2" '
                'crossorigin>\n'
                f'<link rel="preload" href="{STATIC}/css/bootstrap.min.css" as="style">\n'
                f'<link rel="shortcut icon" href="{self._img("favicon.ico")}">\n' + icons
                + f'<link rel="manifest" href="{STATIC}/manifest.json">\n'
                + "".join(f'<link rel="stylesheet" href="{STATIC}/css/{s}">\n' for s in sheets)
                + self._feeds(edition, False) + GTAG + GPT + PUSH_SCRIPT)

    # -- template A (2015-2017): header boxes, mega menu, right column, fly box, footer, group logos --
    def _top_a(self, edition: Edition, active: tuple[str, ...]) -> str:
        return self._piece(("top-a", edition.code, active), lambda: self._build_top_a(edition, active))

    @staticmethod
    def menu_section(item: Item) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Template A's section as its menu shows it (names, slugs): the active main item and, for an article of a
        sub-section, the active link of its sub-menu (every served child section is in it)."""
        return item.section.names[:2], item.section.path[:2]

    def _build_top_a(self, edition: Edition, active: tuple[str, ...]) -> str:
        label = self._labels(edition)
        e = f"{self.base}/{edition.code}"
        other, other_name = self._other_edition(edition)
        sections = self._top_sections(edition)
        tmenu = " |\n".join(f'<a href="{href}" title="{name} ANTARA News">{name.upper()}</a>' for href, name in (
            (f"{e}/terkini", label["latest"]), (f"{e}/{sections[0].slug_path}", sections[0].name),
            (other, other_name), (f"{e}/rss/{'news' if edition.language == 'en' else 'terkini'}.xml", "RSS")))
        chosen = self.section_link(edition, "/".join(active)) if len(active) > 1 else None
        items = []
        for s in sections:
            here = s.path[0] == active[0]
            # As on the real pages: the active item shows its sub-menu, the sub-section's link marked active.
            links = "".join(f'<a href="{href}" title="{attr(s.name)}"{ACTIVE if here and href == chosen else ""}>'
                            f"{text(name)}</a>" for href, name in self._submenu(edition, s))
            anchor = f'<a href="{self.section_link(edition, s.slug_path)}" title="{attr(s.name)}">{text(s.name)}</a>'
            shown = ' style="display:block"' if here else ""
            items.append(f'<li{ACTIVE if here else ""}>\n{anchor}<span{shown}><div class="menu_bg">{links}'
                         "</div></span></li>")
        static = dict(words.STATIC_PAGES)
        return ('<body>\n<div class="hdbox"><div class="hd">\n<div class="lefthd fl">\n'
                f'<div class="tmenu">\n{tmenu}\n</div>\n'
                f'<div class="lcon"><a href="{e}/kode-etik" title="{static["kode-etik"]}">{static["kode-etik"]}</a></div>\n'
                f'<div class="lcon"><a href="{e}/tentang-kami" title="{static["tentang-kami"]}">{static["tentang-kami"]}'
                '</a></div>\n</div>\n'
                f'<div class="logo"><a href="{e}/" title="ANTARA News"><img src="{self._img("antaranews.com.png")}" '
                'alt="ANTARA News"></a></div>\n<div class="righthd fr">\n<div class="rcon tmenu">\n'
                '<a href="javascript:void(0)" title="Twitter ANTARA News"> TWITTER </a> |\n'
                '<a href="javascript:void(0)" title="Facebook ANTARA News"> Facebook </a> |\n<span id="user_menu">'
                '<a href="javascript:void(0)" title="Register" class="aref">REGISTER</a> | '
                '<a href="javascript:void(0)" title="Login" class="aref">SIGN IN</a></span>\n</div>\n'
                f'<div class="rsrc">\n<div class="fr"><form action="{e}/search" class="searchform" method="get">\n'
                f'<input class="searchfield" id="q" name="q" value="{label["search"]}" type="text">\n'
                '<input class="searchbutton" value="" type="submit">\n</form></div>\n'
                f'<div class="rtgl fr"><span class="top-date">{dates.today(self.site.now, edition.language)}</span>'
                '</div>\n</div>\n</div>\n</div></div>\n'
                '<div class="mn"><div class="cbox">\n<ul id="topnav">\n'
                f'<li><a class="home" href="{e}/" title="ANTARA News Home">Home</a></li>\n' + "\n".join(items)
                + f'\n<li><a href="{e}/terkini" title="{label["latest"]}">{label["latest"]}</a></li>\n'
                f'<li><a href="{other}" title="{other_name}">{other_name}</a></li>\n</ul>\n</div></div>\n')

    def _share_a(self) -> str:
        return ('<div class="sharebox">\n<div class="addthis_toolbox addthis_default_style ">\n'
                '<a class="addthis_button_facebook_like" href="javascript:void(0)"></a>\n'
                '<a class="addthis_button_tweet" href="javascript:void(0)"></a>\n'
                '<a class="addthis_counter addthis_pill_style" href="#"></a>\n</div>\n'
                '<script type="text/javascript">var addthis_config = {"data_track_clickback":true};</script>\n'
                '<script type="text/javascript" src="//s7.addthis.example/js/250/addthis_widget.js"></script>\n'
                '<div class="cl"></div>\n</div>\n')

    def _comments_a(self, item: Item) -> str:
        label = self._labels(item.edition)
        return (f'<div id="boxKomentar" class="mt10">\n<div class="box_header">{label["comments"]}</div>\n'
                f'<link rel="stylesheet" type="text/css" media="all" href="{STATIC}/css/form.css" />\n'
                '<a href="javascript:void(0)" class="fblogin"></a>\n<form id="post_comment" name="register" method="POST">\n'
                '<textarea name="comment" id="comment" class="field mt10 required" style="width:620px;border:1px solid #eee;" '
                f'placeholder="{label["comment_hint"]}" required></textarea>\n'
                '<input name="submit" id="btnComment" type="submit" value="Submit" class="btn">\n</form>\n'
                '<div id="comments"></div>\n'
                f'<div class="tac" id="loading_comment"><img src="{self._img("loading.gif")}"></div>\n'
                '<div class="pagination" id="paging_comment" style="text-align:right"></div>\n</div>\n'
                f'<div class="mt20">\n{FACEBOOK_SDK}<fb:comments href="{self.link(item)}" width="630" num_posts="10">'
                f'</fb:comments>\n</div>\n<script src="{STATIC}/js/charleft-min.js" type="text/javascript"></script>\n'
                + COMMENTS_SCRIPT % {"id": item.item_id})

    def _right_a(self, edition: Edition) -> str:
        return self._piece(("right-a", edition.code), lambda: self._build_right_a(edition))

    def _build_right_a(self, edition: Edition) -> str:
        label = self._labels(edition)
        sections = self._top_sections(edition)
        first, second = sections[-1], sections[min(2, len(sections) - 1)]
        e = f"{self.base}/{edition.code}"

        def header(href: str, name: str) -> str:
            return (f'<div class="box_header">\n<a href="{href}" title="{attr(name)}">{text(name)}</a>\n'
                    f'<a href="{href}" title="{attr(name)}" class="btn_index"></a>\n</div>\n')

        def rows(items: list[Item], with_time: bool = False) -> str:
            out = []
            for i in items:
                title = attr(i.title)
                when = (f' <span class="date">{dates.card(i.published, edition.language, self.site.now)}</span>'
                        if with_time else "")
                out.append(f'<div class="cl mb10"><a href="{self.link(i)}" title="{title}">\n<img class="img_thumb fl" '
                           f'title="{title}" alt="{title}" src="{self._thumb(i, classic=True)}"></a>\n'
                           f'<a title="{title}" href="{self.link(i)}" class="fl w200 ml10">{text(i.title)}</a>{when}'
                           '<div class="cl"></div></div>')
            return "".join(out)

        lead = self._section_newest(edition, first, 3)
        boxed = ""
        if lead:
            boxed = (f'<a href="{self.link(lead[0])}" title="{attr(lead[0].title)}"><img src="{self._thumb(lead[0], True)}" '
                     f'class="w300" alt="{attr(lead[0].title)}" title="{attr(lead[0].title)}"></a>\n'
                     + "".join(f'<a class="box_link" href="{self.link(i)}" title="{attr(i.title)}">{text(i.title)}</a>'
                               for i in lead))
        topics = "".join(f'<a class="box_link" href="{self._tag_link(edition, t)}" title="{attr(t.title())}">\n'
                         f'# <h3 class="inline"><strong>{text(t.title())}</strong></h3></a>' for t in self._tags(edition)[:8])
        popular = self._cards(self.site.newest(edition.code, 5, articles_only=True), label["popular"], "terpopuler",
                              POPULAR_UTM)
        ad = f'<div class="ads_300x250 mt15">\n<div style="margin-bottom:10px">\n{AD_300}\n</div>\n</div>\n'
        return ('<div class="right">\n<div class="mb0">\n' + header(self.section_link(edition, first.slug_path), first.name)
                + f'<div class="box_content">{boxed}</div></div>\n' + ad
                + f'<div class="w300 mt10">\n<div class="box_header">\n{label["topics"]}\n</div>\n'
                f'<div class="box_content">{topics}</div></div>\n'
                + '<div class="mt10">\n' + header(self.section_link(edition, second.slug_path), second.name)
                + f'<div class="box_content">\n{rows(self._section_newest(edition, second, 5))}</div>\n'
                '<div class="cl"></div>\n</div>\n' + ad + f'<div class="w300 mt10">\n{popular}</div>\n' + ad
                + '<div class="w300 mt10">\n' + header(f"{e}/terkini", label["latest"])
                + f'<div class="box_content">\n{rows(self.site.newest(edition.code, 5, articles_only=True), True)}</div>\n'
                '</div>\n<div class="mt10">\n'
                f'<iframe src="{STATIC}/plugins/likebox.html?width=300&amp;height=213" scrolling="no" frameborder="0" '
                'style="border:none; overflow:hidden; width:300px; height:213px;"></iframe>\n</div>\n'
                f'<div class="mt10">\n{TWITTER_WIDGET}</div>\n<div class="cl"></div>\n</div>\n')

    def _fly_a(self, item: Item, picks: list[Item]) -> str:
        label = self._labels(item.edition)
        boxes = "".join(
            '<div class="fall mb10" itemscope itemtype="http://schema.org/WebPage">\n'
            f'<div class="boxpic"><div class="pic">\n<img alt="{attr(i.title)}" src="{self._thumb(i, classic=True)}" '
            'itemprop="thumbnailUrl" /></div></div>\n'
            f'<div class="boxtxt"><h2 itemprop="name"><a href="{self.link(i)}?utm_source=fly&amp;utm_medium=related&amp;'
            f'utm_campaign=news" itemprop="relatedLink" title="{attr(i.title)}">{text(i.title)}</a></h2></div>\n'
            '<div class="cl"></div>\n</div>' for i in picks)
        return (f'<script type="text/javascript" src="{STATIC}/js/fly.js"></script>\n'
                '<div id="flybox">\n<div class="buka">\n<div id="fly_open" class="pointer"></div>\n</div>\n</div>\n'
                f'<div id="box_fly">\n<div id="fly_close" class="pointer" title="{label["close"]}"></div>\n'
                f'<div id="fly_min" class="pointer" title="{label["minimise"]}"></div>\n'
                f'<div id="fly_top" class="pointer" title="{label["top"]}"></div>\n'
                f'<div class="ttl">{label["picks"]}</div>\n{boxes}</div>\n')

    def _footer_a(self, edition: Edition) -> str:
        return self._piece(("footer-a", edition.code), lambda: self._build_footer_a(edition))

    def _build_footer_a(self, edition: Edition) -> str:
        label = self._labels(edition)
        e = f"{self.base}/{edition.code}"
        sections = self._top_sections(edition)
        children = self._child_sections(edition)
        columns = [
            [(f"{e}/terkini", label["latest"])] + [(self.section_link(edition, s.slug_path), s.name) for s in sections[:5]],
            [(self.section_link(edition, s.slug_path), s.name) for s in sections[5:] + children]
            + [(self._tag_link(edition, t), t.title()) for t in self._tags(edition)[:max(0, 6 - len(sections[5:] + children))]],
            [(f"{self.base}/{code}/", other.home_title) for code, other in EDITIONS.items() if code != edition.code]
            + [(f"{e}/rss/{'news' if edition.language == 'en' else 'terkini'}.xml", "RSS")],
            [(f"{e}/{slug}", name) for slug, name in words.STATIC_PAGES] + [(f"{e}/", label["home"])],
        ]
        links = "".join('<div class="footer_link">\n' + "\n".join(
            f'<a href="{href}" title="{attr(name)}">{text(name)}</a>' for href, name in column) + "\n</div>\n"
            for column in columns)
        logos = (f'<li><a href="{e}/" title="ANTARA News">\n<img width="110" height="18" alt="ANTARA News" '
                 f'src="{self._img("logo_antara_news_small.gif")}"></a></li>\n'
                 + "".join(f'<li><img width="{w}" height="{h}" alt="{name}" src="{self._img(file)}"></li>\n'
                           for name, file, w, h in words.GROUP_LOGOS))
        return ('<div class="footer_bg">\n<div class="footer">\n<div class="left_footer">\n'
                f'<a title="ANTARA News" href="{e}/">\n<img title="ANTARA News" alt="ANTARA News" '
                f'src="{self._img("logo-footer.gif")}">\n</a>\n<div class="copy">\n'
                f'<a title="ANTARA News" href="{e}/">antaranews.com</a><br>\n'
                f'Copyright &copy; {self.site.now.year} ANTARA</div>\n</div>\n<div class="right_footer">\n{links}</div>\n'
                f'<div class="cl"></div>\n</div>\n<div class="cl"></div>\n</div>\n<div class="bottom_logo">\n<ul>\n{logos}'
                "</ul>\n</div>\n"
                + "".join(f'<script type="text/javascript" src="{STATIC}/js/{s}"></script>\n' for s in (
                    "jquery.qtip.min.js", "jquery.mousewheel.js", "perfect-scrollbar.js", "jquery.colorbox-min.js"))
                + READY_SCRIPT_A + ANALYTICS + AUDIENCE_MEASURE
                + '<noscript>\n<img src="//measure.example/em_image" alt="" style="position:absolute;left:-5px;" />\n'
                "</noscript>\n</div>\n</body>\n</html>\n")

    # -- 2018+ (templates B and C, listings, home, media, static, 404): navbar, sidebar, footer --
    def _top(self, edition: Edition) -> str:
        return self._piece(("top", edition.code), lambda: self._build_top(edition))

    def _build_top(self, edition: Edition) -> str:
        label = self._labels(edition)
        e = f"{self.base}/{edition.code}"
        other, other_name = self._other_edition(edition)
        quick = [(f"{e}/terkini", label["latest"]), *((f"{e}/{slug}", name) for slug, name in words.STATIC_PAGES[:2]),
                 (other, other_name), (f"{e}/rss/{'news' if edition.language == 'en' else 'terkini'}.xml", "RSS")]
        quick_links = "".join(f'<li class="list-inline-item"><a href="{href}">{text(name)}</a></li>' for href, name in quick)
        menu = []
        for s in self._top_sections(edition):
            sub = "".join(f'<a class="dropdown-item" href="{href}" title="{attr(name)}">{text(name)}</a>'
                          for href, name in self._submenu(edition, s))
            menu.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" '
                        f'href="{self.section_link(edition, s.slug_path)}">{text(s.name)}</a>'
                        f'<div class="dropdown-menu">{sub}</div></li>\n')
        return (f'<body>\n<div class="topbar"><div class="container"><span class="top-date">'
                f'{dates.today(self.site.now, edition.language)}</span>\n'
                f'<ul class="list-inline topbar-links">{quick_links}</ul></div></div>\n'
                f'<header class="header-bar"><div class="container"><a class="header-logo" href="{e}/">'
                f'<img src="{self._img("antaranews-logo.png")}" alt="ANTARA News" width="240" height="50"></a>\n'
                + gpt_slot("leaderboard", "ads-leaderboard") + "</div></header>\n"
                f'<nav class="navbar navbar-expand-lg"><a class="logo" href="{e}/">ANTARA</a>\n'
                '<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainmenu">'
                '<span class="navbar-toggler-icon"></span></button>\n<div class="collapse navbar-collapse" id="mainmenu">\n'
                f'<ul class="navbar-nav">\n<li class="nav-item"><a class="nav-link" href="{e}/">{label["home"]}</a></li>\n'
                + "".join(menu)
                + f'<li class="nav-item"><a class="nav-link" href="{e}/terkini">{label["latest"]}</a></li>\n'
                f'<li class="nav-item"><a class="nav-link" href="{other}">{other_name}</a></li>\n</ul>\n'
                f'<form class="form-inline search-form" action="{e}/search" method="get"><input class="form-control" '
                f'type="search" name="q" placeholder="{label["search"]}"><button class="btn" type="submit">'
                '<i class="fa fa-search"></i></button></form>\n</div></nav>\n')

    def _share(self, edition: Edition) -> str:
        label = self._labels(edition)
        buttons = "".join(f'<a class="btn-share btn-{n}" data-network="{n}" href="javascript:void(0)" title="{label["share"]}">'
                          f'<i class="fa fa-{n}"></i></a>' for n in ("facebook", "twitter", "whatsapp", "telegram"))
        return (f'<div class="share-box"><span class="share-label">{label["share"]}</span>{buttons}</div>\n'
                + gpt_slot("inarticle", "ads-inarticle")
                + f'<div class="comments-box"><h4 class="box_header">{label["comments"]}</h4>\n{FACEBOOK_SDK}'
                '<div class="fb-comments" data-width="100%" data-numposts="5"></div></div>\n')

    def _sidebar(self, edition: Edition) -> str:
        return self._piece(("sidebar", edition.code), lambda: self._build_sidebar(edition))

    def _build_sidebar(self, edition: Edition) -> str:
        label = self._labels(edition)
        now = self.site.now

        def widget(css: str, heading: str, href: str, items: list[Item], with_time: bool) -> str:
            rows = "".join(
                f'<li class="media"><a href="{self.link(i)}" title="{attr(i.title)}"><img class="lazyload" '
                f'src="{PLACEHOLDER}" data-src="{self._thumb(i)}" alt="{attr(i.title)}" width="90" height="60"></a>'
                f'<div class="media-body"><h3 class="post_title"><a href="{self.link(i)}" title="{attr(i.title)}">'
                f"{text(i.title)}</a></h3>"
                + (f'<span class="text-secondary">{dates.card(i.published, edition.language, now)}</span>' if with_time else "")
                + "</div></li>" for i in items)
            return (f'<div class="widget {css}"><h4 class="widget-title"><a href="{href}">{text(heading)}</a></h4>'
                    f'<ul class="list-unstyled">{rows}</ul></div>\n')

        recent = self.site.newest(edition.code, 60)
        media = {kind: [i for i in recent if i.kind == kind][:4] for kind in ("video", "foto")}
        sections = self._top_sections(edition)
        boxes = []
        for n, (kind, name) in enumerate((("video", label["video"]), ("foto", label["photo"]))):
            if media[kind]:
                boxes.append(widget(f"widget-{kind}", name, f"{self.base}/{edition.code}/terkini", media[kind], False))
            elif sections:  # an edition without videos or photo stories (English): a section's newest instead
                s = sections[n % len(sections)]
                boxes.append(widget("widget-section", s.name, self.section_link(edition, s.slug_path),
                                    self._section_newest(edition, s, 4), False))
        topics = "".join(f'<li class="list-inline-item"><a class="topic-link" href="{self._tag_link(edition, t)}">'
                         f"#{text(t)}</a></li>" for t in self._tags(edition)[:8])
        popular = self._cards(self.site.newest(edition.code, 5, articles_only=True), label["popular"], "terpopuler",
                              POPULAR_UTM)
        return (gpt_slot("mr1", "ads_300x250 mb-3") + popular + adsense("5048708874", "ads_300x250 mb-3")
                + widget("widget-latest", label["latest"], f"{self.base}/{edition.code}/terkini",
                         self.site.newest(edition.code, 6, articles_only=True), True)
                + "".join(boxes) + gpt_slot("mr2", "ads_300x250 mb-3")
                + f'<div class="widget widget-topics"><h4 class="widget-title">{label["topics"]}</h4>'
                f'<ul class="list-inline">{topics}</ul></div>\n' + gpt_slot("mr3", "ads_300x250 sticky-ad"))

    def _footer(self, edition: Edition) -> str:
        return self._piece(("footer", edition.code), lambda: self._build_footer(edition))

    def _build_footer(self, edition: Edition) -> str:
        label = self._labels(edition)
        e = f"{self.base}/{edition.code}"
        sections = self._top_sections(edition)
        children = self._child_sections(edition)
        social = "".join(f'<li class="list-inline-item"><a href="javascript:void(0)" title="{n}">'
                         f'<i class="fa fa-{n.lower()}"></i></a></li>' for n in words.SOCIAL_NETWORKS)

        def column(heading: str, links: list[tuple[str, str]]) -> str:
            rows = "".join(f'<li><a href="{href}">{text(name)}</a></li>' for href, name in links)
            return f'<div class="col-md-3"><h5 class="footer-title">{heading}</h5><ul class="list-unstyled">{rows}</ul></div>\n'

        static = "".join(f'<li><a href="{e}/{slug}">{name}</a></li>' for slug, name in words.STATIC_PAGES)
        return ('<footer class="footer"><div class="container"><div class="row">\n'
                f'<div class="col-md-3"><a href="{e}/"><img src="{self._img("logo-footer.png")}" alt="ANTARA" '
                'width="180" height="40"></a><p class="small">Perum LKBN ANTARA</p>'
                f'<ul class="list-inline social-links">{social}</ul></div>\n'
                + column(label["channels"], [(self.section_link(edition, s.slug_path), s.name) for s in sections])
                + column(label["subchannels"], [(self.section_link(edition, s.slug_path), s.name) for s in children]
                         + [(self._tag_link(edition, t), t.title()) for t in self._tags(edition)[:6]])
                + column(label["network"], [(f"{self.base}/{code}/", other.home_title) for code, other in EDITIONS.items()])
                + f'</div>\n<ul class="footer-links">{static}</ul>'
                f"<p>Copyright &copy; {self.site.now.year} ANTARA</p></div></footer>\n"
                + gpt_slot("bottom", "ads-bottom")
                + '<a id="back-to-top" href="#" class="btn-back-to-top"><i class="fa fa-angle-up"></i></a>\n'
                + "".join(f'<script src="{STATIC}/js/{s}"></script>\n' for s in (
                    "jquery-3.3.1.min.js", "popper.min.js", "bootstrap.min.js", "lazysizes.min.js", "main.js?v=3.4.1"))
                + READY_SCRIPT + PAGE_METER + "</body>\n</html>\n")

    def _page(self, edition: Edition, title: str, extra: str, main: str) -> str:
        """A 2018+ page: the chrome around `main` (the content column)."""
        return (self._head(edition, title, extra) + self._top(edition)
                + '<div class="container main-content">\n<div class="row">\n<div class="col-md-8">\n' + main
                + '</div>\n<aside class="col-md-4 sidebar">\n' + self._sidebar(edition) + "</aside>\n</div>\n</div>\n"
                + self._footer(edition))

    def _cards(self, items: list[Item], heading: str, css: str, utm: str = "") -> str:
        rows = "".join(
            f'<li><a href="{self.link(i)}{utm}">{text(i.title)}</a> '
            f'<span class="text-secondary">{dates.card(i.published, i.edition.language, self.site.now)}</span></li>'
            for i in items)
        return f'<div class="{css}"><h4 class="box_header">{heading}</h4><ul>{rows}</ul></div>\n'

    def _related(self, item: Item, neighbours: list[Item]) -> str:
        """Related news: other articles with their own times (not this article's)."""
        heading = "Related News" if item.edition.language == "en" else "Berita Terkait"
        return self._cards(neighbours, heading, "terkait_bottom", RELATED_UTM)

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
            if item.template == "A":
                out.append(f'<link rel="image_src" href="{self.image_url(item, content)}" />')
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
        edition = item.edition
        neighbours = self.site.neighbours(item, 6)  # the last four are the related news, the others fly in
        return (self._head(edition, f"{item.title} - ANTARA News", self._meta(item, content, canonical), classic=True)
                + self._top_a(edition, self.menu_section(item)[1])
                + '<div class="outside">\n<div class="pagewrapper">\n<div class="main">\n'
                f'<div class="ik728 mt10"><div class="ads_top_728">\n{AD_728}\n</div></div>\n'
                + f'<div class="bjbrt"{scope}>\n<h1 class="title" itemprop="headline"><strong>{text(item.title)}'
                f'</strong></h1>\n<div class="date mt10">{shown} | {dates.views(item.views)} Views</div>\n'
                f'<span itemprop="keywords" style="display:none">{attr(", ".join(item.tags))}</span>\n'
                f'<a itemprop="url" href="{canonical}"></a>\n{self._byline_a(item, content)}\n'
                + self._image_a(item, content) + self._body_a(item, content)
                + '<blockquote class="pull-quote">' + text(content.paragraphs[-1][:80]) + "</blockquote>\n"
                + self._share_a() + self._related(item, neighbours[-4:]) + self._comments_a(item)
                + '<div class="cl"></div>\n</div>\n' + self._right_a(edition)
                + f'<div class="cl"></div>\n<div class="ik728"><div class="ads_top_728">\n{AD_728}\n</div></div>\n'
                '<div class="cl"></div>\n</div>\n</div>\n' + self._fly_a(item, neighbours[:-4]) + self._footer_a(edition))

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
        main = (f'<ol class="breadcrumb"><li><a href="{self.base}/{item.edition.code}/">{home}</a></li>{crumbs}</ol>\n'
                f'<article class="post-wrapper">\n<header class="post-header"><h1 class="post-title">{text(item.title)}</h1>'
                f'\n<p class="simple-here"><span class="article-date"><i class="fa fa-clock-o"></i> {stamp}</span>'
                f' <span class="views">{dates.views(item.views)} {"views" if english else "dilihat"}</span></p></header>\n'
                + image + self._body_b(item, content)
                + f'<footer class="post-meta"><div class="tags-wrapper"><span itemprop="author">{text(item.reporter)}'
                f"</span> {tags}</div></footer>\n</article>\n" + self._share(item.edition)
                + self._related(item, self.site.neighbours(item, 4)))
        return self._page(item.edition, f"{item.title} - ANTARA News", self._meta(item, content, canonical), main)

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
        main = (f'<ul class="breadcrumbs"><li class="breadcrumbs__item"><a href="{self.base}/{item.edition.code}/">'
                f"Beranda</a></li>{crumbs}</ul>\n"
                f'<div class="wrap__article-detail">\n<h1 class="wrap__article-detail-title">{text(item.title)}</h1>\n'
                f'<div class="wrap__article-detail-info"><ul class="list-inline">'
                f'<li class="list-inline-item mr-2"><span class="share-count">{share} shares</span></li>'
                f'<li class="list-inline-item mr-2"><span>{stamp}</span></li></ul></div>\n'
                + image + self._body_c(item, content)
                + f'<ul class="blog-tags">{tags}</ul>\n</div>\n' + self._share(item.edition)
                + self._related(item, self.site.neighbours(item, 4)))
        return self._page(item.edition, f"{item.title} - ANTARA News", self._meta(item, content, canonical), main)

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
        main = (f'<div class="wrap__article-detail {item.kind}-detail">\n'
                f'<h1 class="wrap__article-detail-title">{text(item.title)}</h1>\n'
                f'<div class="wrap__article-detail-info"><span>{dates.header(item.published, "id")}</span></div>\n'
                f"{inner}\n</div>\n" + self._share(item.edition))
        return self._page(item.edition, f"{item.title} - ANTARA News",
                          f'<script type="application/ld+json">{ld}</script>\n', main)

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
        main = (f'<h1 class="listing-title">{text(heading)}</h1>\n<div class="wrapper__list__article">'
                + "\n".join(cards) + f'</div>\n<ul class="pagination pagination-sm">{"".join(nav)}</ul>\n')
        return self._page(edition, f"{heading} - ANTARA News", "\n".join(links) + "\n", main)

    def home(self, edition: Edition) -> str:
        """The 20 newest items; the sidebar holds the popular list."""
        return self.listing(edition, edition.home_title, self.site.newest(edition.code, 20), "/terkini", 1, 1)

    def static(self, edition: Edition, title: str) -> str:
        return self._page(edition, f"{title} - ANTARA News", "",
                          f'<div class="static-page"><h1>{title}</h1><p>Perum LKBN ANTARA, Wisma Antara, Jakarta.</p></div>\n')

    def not_found(self, edition: Edition | None = None) -> str:
        edition = edition or EDITIONS["id"]
        return self._page(edition, "Halaman tidak ditemukan - ANTARA News", "",
                          '<div class="error-404"><h1>404</h1><p>Halaman tidak ditemukan</p></div>\n')

    def landing(self) -> str:
        rows = "".join(f'<li><a href="{self.base}/{e.code}/">{text(e.home_title)}</a></li>' for e in EDITIONS.values())
        return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>ANTARA sandbox</title></head>'
                f"<body><ul>{rows}</ul></body></html>\n")
