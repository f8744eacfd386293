"""URL canonicalization: one spelling per article.

`canonicalize_url` folds the variants one article is reachable under (scheme,
`www.` or a mobile host's `m.`, port, fragment, tracking parameters, percent-encoding case, trailing
slash) into one string; `article_root_url` additionally maps page N of a
multi-page article (`/<slug>/3`, `/<slug>?page=3`), its whole-article views (`?page=all`, `?single=1`,
`/<slug>/full`, `/<slug>/full&view=ok`), its AMP copy (`/<slug>/amp`, `/amp/<path>`) and the pages of its comments
(`/<slug>/comment-page-2/`) to its first page. Slugs ending in `-1`, `-2`
are different articles and are never merged. What a site adds (https hosts, host
aliases, its slash form, path rewrites) arrives as its profile's `UrlRules`;
`article_identity` gives the canonical URL and id of an article for parser and
spider alike.
"""

from __future__ import annotations

import hashlib
import re
import string
from functools import lru_cache
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from crawler.parsing.profile import Edition, SiteProfile, UrlRules

# Query parameters that only say where a click came from.
_TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ttclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok",
    "amp", "share", "ref_src", "_ga", "_gl", "spm", "s_cid",
    "tag_from", "referer",  # Detik's links name the box they sit in (`?tag_from=wp_cb_mostPopular_list&referer=...`)
    # Kompas's links name theirs (`?source=headline`) and its recommendations (`?jxrecoid=`): its robots.txt
    # disallows both as copies of the article
    "source", "jxrecoid",
    "amp_js_v", "amp_gsa", "usqp",  # the AMP cache viewer's (`...tribunnews.com/amp/...?amp_js_v=a6&usqp=...`)
    "__twitter_impression",  # Twitter's mark on AMP links opened from a tweet (`/slug/amp/?__twitter_impression=true`)
    "mibextid",  # Facebook's app's mark on a shared link
    # Facebook's comments plugin's link to one comment under the page (Merdeka's robots.txt disallows
    # `/*?fb_comment_id=` as a copy of the article)
    "fb_comment_id",
    # Google One Tap's sign-in mark on the page a reader returns to (Kompas: `?lgn_method=google&google_btn=onetap`)
    "lgn_method", "google_btn",
    # Cxense's recommendation boxes (`?cx_testId=3&cx_testVariant=cx_5&cx_artPos=6#cxrecs_s`)
    "cx_testid", "cx_testvariant", "cx_artpos", "cx_experienceid", "cx_experienceactionid", "cxrecs_s",
    # WordPress's "Reply" link under a comment (`/<post>/?replytocom=23#respond`) opens the same post with the reply
    # form under that comment; SEO plugins strip it and robots.txt guides disallow it as a copy of the post
    "replytocom",
})
_TRACKING_PREFIXES = ("utm_",)
# Blogger's switch between its mobile and desktop views of one post (`post.html?m=1`, `?m=0`); WordPress's
# `?m=201605` (a month's archive) is no such switch and stays. Detik's `?device=desktop` (disallowed in its
# robots.txt) is the desktop view of the page. The AMP plugin's link out of its AMP view (`/<post>/?noamp=mobile`)
# is the post itself.
_VIEW_SWITCHES = frozenset({("m", "0"), ("m", "1"), ("device", "desktop"), ("device", "mobile"), ("noamp", "mobile")})
# Detik's links from its boxes name the box in `mtype` (`?mtype=mpt`, `?mtype=mpt.ctr-boxccxmpcxmp-modelB`: its
# most-popular box); elsewhere `mtype` is a real parameter (`vmsglist?mtype=x`), so only a box's value goes.
_BOX_MARKERS = {"mtype": "mpt"}
# The pair `utm_medium` + `utm_campaign` written without its prefix: a network's links from its home page's boxes name
# the box and the click (`/read/3537205/<slug>?medium=Headline&campaign=Headline_click_1`, the same article as its
# bare link). Alone, either name may be a real parameter (`?campaign=<id>` of a page that shows one campaign), so
# only the two together go.
_UNPREFIXED_CAMPAIGN = frozenset({"medium", "campaign"})
# `&amp;` written into a link once too often leaves `amp;` before the next parameter's name
# (`?utm_source=x&amp;utm_medium=y` reads as `amp;utm_medium`).
_ESCAPED_AMPERSAND = "amp;"
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Last path segment of a file (`slug.html`): never gets a trailing slash.
_FILE_SEGMENT = re.compile(r"\.[A-Za-z0-9]{1,5}$")
# `/<slug>/<n>`: page n of a multi-page article (the slug must not be all digits,
# which keeps date paths such as `/2018/03` out; see `_page_split`).
_PAGE_SUFFIX = re.compile(r"/(\d{1,3})/?$")
# A plain word before a number is a route and the number an id (`/berita/detail/12`, `/news/read/12/`: small
# CMS sites, their first 999 articles), not a slug and its page: a slug joins its words (`sejarah-masjid/2`,
# `Menteri.Yuddy`, `slug.html/2`) or is percent-encoded.
_ROUTE_WORD = re.compile(r"[A-Za-z0-9]+")
# `?page=<n>`: page n of an article on outlets that page by query (Kompas, Tribun, Okezone, Suara).
_PAGE_PARAMETER = "page"
_PAGE_VALUE = re.compile(r"\d{1,3}|all")  # `page=all`: Kompas's whole article on one page, the same article
# Sindonews's `?showpage=<n>` / `?showpage=all`, Poskota's and Beritasatu's `?view=<n>` / `?view=all`: pages only
# with a page's value (`?view=print` is no page).
_PAGE_VIEW_PARAMETERS = frozenset({"showpage", "view"})
_WHOLE_ARTICLE = ("single", "1")  # `?single=1`: Detik's whole article on one page (its "show all" link)
# Other views of the article named after its slug: the whole article on one page (Kumparan's `/<slug>/full`, Tempo's
# `/<slug>/full&view=ok`, the view's switch written into the path) and its AMP copy (Detik's `/<slug>/amp`, WordPress's
# `/<slug>/amp/`)
_ARTICLE_VIEW_SEGMENTS = ("/full", "/full&view=ok", "/amp")
# WordPress's pages of a post's comments (`/<post>/comment-page-2/`, `/<post>.html/comment-page-13`): the whole post
# again with another page of its comments, whatever the post's address (a page's too: `/zipai/comment-page-1/`).
_COMMENT_PAGE = re.compile(r"/comment-page-\d{1,5}/?$")
# The AMP copy named by a leading segment, the article's own path after it (Tribun's
# `sumsel.tribunnews.com/amp/2020/05/14/<slug>`, `/amp/seleb/2023/10/12/<slug>`; Al Jazeera's `/amp/news/2026/7/26/<slug>`):
# the article. Two segments at least after it: `/amp/<one word>` may be a page of its own.
_LEADING_AMP = re.compile(r"/amp(/[^/]+/[^/].*)")
_MAX_URL_LENGTH = 8192
_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
_PATH_SAFE = "/:@!$&'()*+,;=%"  # RFC 3986 path characters, and `%` so existing escapes survive
_QUERY_SAFE = "=&%"
# Text made only of characters `quote` keeps as they are, per `safe` set, and no `%`.
_PLAIN = {safe: re.compile(rf"[A-Za-z0-9_.~{re.escape(safe.replace('%', ''))}-]*") for safe in (_PATH_SAFE, _QUERY_SAFE)}
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_IP_ADDRESS = re.compile(r"[\d.]+|\[[0-9a-fA-F:.]+\]|[0-9a-fA-F:]+")
_SECOND_LEVEL = frozenset({"co", "or", "ac", "go", "sch", "my", "web", "com", "net", "org", "gov", "edu"})


def is_tracking(name: str) -> bool:
    """`name` is a query parameter that only says where a click came from (`utm_source`, `fbclid`, ...)."""
    lowered = name.lower()
    return lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


@lru_cache(maxsize=4096)  # asked several times per page for the same few URLs
def bare_host(url: str) -> str:
    """Lower-cased host name without a leading `www.` ("" when there is none)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def is_home_page(url: str) -> bool:
    """`url` is a site's home page (no path, no query): a canonical link to it from an article is a template's
    mistake (a Blogger theme declares the blog's home first), never the article's address."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query


def same_site(url: str, other: str, *, rules: UrlRules | None = None) -> bool:
    """Same host, two hosts of one site (`rules.hosts`), or of one registrable family
    (`en.example.com` / `example.com`)."""
    first, second = bare_host(url), bare_host(other)
    if not first or not second:
        return False
    if first == second or (rules is not None and rules.knows(first) and rules.knows(second)):
        return True
    if _IP_ADDRESS.fullmatch(first):  # IP addresses have no family
        return False
    return _registrable(first) == _registrable(second)


def _is_mobile_alias(host: str) -> bool:
    """`host` is a site's mobile host, `m.` before the site's own name: it serves the site's articles under their own
    paths (`m.tribunnews.com/nasional/2021/12/28/<slug>`, `m.kumparan.com/kumparanbisnis/<slug>`), as `www.` does; not
    `m.` before a bare second-level domain (`m.co.id`)."""
    return len(host.split(".")) - 1 >= len(_registrable(host))


def _registrable(host: str) -> list[str]:
    """The registrable part of a host name: `en.example.com` → example.com, `x.example.co.id` → example.co.id."""
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return labels[-keep:]


def _apply_trailing_slash(path: str, trailing_slash: bool) -> str:
    if path in ("", "/"):
        return "/"
    if trailing_slash:
        last = path.rsplit("/", 1)[-1]
        if path.endswith("/") or _FILE_SEGMENT.search(last):
            return path
        return path + "/"
    return path.rstrip("/") or "/"


def canonicalize_url(url: str, *, trailing_slash: bool | None = None, rules: UrlRules | None = None) -> str:
    """Canonical spelling of `url`.

    Lower-case scheme and host, `www.` (and a mobile host's `m.`) and default ports dropped, fragment dropped,
    tracking parameters (`utm_*`, `fbclid`, `gclid`, `amp`, `share`, ...), view switches (Blogger's `m=1`,
    `device=desktop`) and box markers (`mtype=mpt`) removed, `amp;` left by an over-escaped `&amp;` taken off a
    parameter's name, the other parameters sorted, percent-encoding normalized (see `_normalize_escapes`).
    A site's `rules` add: its alias hosts renamed, `https` (and no port) for its https
    hosts, its path rewrites. `trailing_slash`: True adds one, False strips it, None keeps
    it, except on a host with its own slash form in `rules`.
    Input that is not an absolute URL comes back stripped.
    """
    if not isinstance(url, str):
        return ""
    url = url.strip()[:_MAX_URL_LENGTH]
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url
    if not parts.scheme or not host:
        return url
    scheme = parts.scheme.lower()
    if host.startswith("www."):
        host = host[4:]
    elif host.startswith("m.") and not (rules is not None and rules.knows(host)) and _is_mobile_alias(host):
        host = host[2:]
    path = parts.path or "/"
    if rules is not None and rules.knows(host):
        host = rules.canonical_host(host)
        if host in rules.https_hosts:
            scheme, port = "https", None
        for pattern, replacement in rules.path_rewrites:
            path = re.sub(pattern, replacement, path)
        if trailing_slash is None:
            trailing_slash = rules.slash_for(host)
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return url
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    pairs = [pair for pair in map(_unescaped_pair, parse_qsl(parts.query, keep_blank_values=True))
             if not is_tracking(pair[0]) and pair not in _VIEW_SWITCHES and not _names_a_box(*pair)]
    if len(pairs) >= 2 and _UNPREFIXED_CAMPAIGN <= {name.lower() for name, _ in pairs}:
        pairs = [pair for pair in pairs if pair[0].lower() not in _UNPREFIXED_CAMPAIGN]
    query = sorted(pairs)
    path = _normalize_escapes(path, _PATH_SAFE)
    if trailing_slash is not None:
        path = _apply_trailing_slash(path, trailing_slash)
    query_string = _query_string(query)
    return urlunsplit((scheme, netloc, path, query_string, ""))


def _names_a_box(name: str, value: str) -> bool:
    """(`name`, `value`) only names the box a link sat in (`mtype=mpt`, `mtype=mpt.ctr-box...`)."""
    marker = _BOX_MARKERS.get(name)
    return marker is not None and (value == marker or value.startswith(marker + "."))


def _unescaped_pair(pair: tuple[str, str]) -> tuple[str, str]:
    """(name, value) with the `amp;` an over-escaped `&amp;` left before the name removed."""
    name, value = pair
    while name[:4].lower() == _ESCAPED_AMPERSAND:
        name = name[4:]
    return name, value


def _query_string(pairs: list[tuple[str, str]]) -> str:
    """The query of `pairs` in canonical spelling ("" for none)."""
    return _normalize_escapes(urlencode(pairs, quote_via=quote), _QUERY_SAFE) if pairs else ""


def _normalize_escapes(text: str, safe: str) -> str:
    """Percent-encoding in one form: non-ASCII and unsafe characters escaped, escapes of
    unreserved characters decoded, the others in lower-case hex, the form WordPress stores
    and links (`%d9%8a`), so the site's own URLs are already canonical."""
    if _PLAIN[safe].fullmatch(text):  # nothing to escape or decode: most URLs
        return text
    text = quote(_STRAY_PERCENT.sub("%25", text), safe=safe)
    return _ESCAPE.sub(_escape_form, text)


def _escape_form(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char in _UNRESERVED else match.group(0).lower()


def _page_split(path: str) -> tuple[str, int] | None:
    """(`/<slug>`, n) for a path `/<slug>/<n>` (n is 1 for the article's other views, `/<slug>/full`,
    `/<slug>/amp`, `/amp/<section>/<slug>`, and for a page of its comments, `/<slug>/comment-page-2/`); None when the
    path is no page of an article."""
    leading_amp = _LEADING_AMP.fullmatch(path) if path.startswith("/amp/") else None
    if leading_amp is not None:
        return _page_split(leading_amp.group(1)) or (leading_amp.group(1), 1)
    comments = _COMMENT_PAGE.search(path) if "/comment-page-" in path else None
    if comments is not None:
        return (path[: comments.start()], 1) if comments.start() > 0 else None
    whole = path.rstrip("/")
    for segment in _ARTICLE_VIEW_SEGMENTS:
        if whole.endswith(segment):
            return _after_slug(whole[: -len(segment)], 1)
    match = _PAGE_SUFFIX.search(path)
    if match is None:
        return None
    return _after_slug(path[: match.start()], int(match.group(1)))


def _after_slug(root: str, number: int) -> tuple[str, int] | None:
    """(`root`, `number`) when `root` ends in an article's slug; None after a route word or a number (an id after
    `/berita/detail`, a date path's `/2018/03`)."""
    slug = root.rsplit("/", 1)[-1]
    if not slug or _ROUTE_WORD.fullmatch(slug):
        return None
    return root, number


def page_number(url: str) -> int:
    """Page number of a multi-page article URL (`/<slug>/3`, `/<slug>?page=3` → 3); 1 for any other URL."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return 1
    split = _page_split(parts.path) or _query_page_split(parts.query)
    return split[1] if split else 1


def article_root_url(url: str, *, trailing_slash: bool | None = None, rules: UrlRules | None = None) -> str:
    """Canonical URL of the first page of the article `url` is a page of.

    `/<slug>/2` → `/<slug>`, `/<slug>?page=2` → `/<slug>`; any other URL is only canonicalized.
    """
    canonical = canonicalize_url(url, trailing_slash=trailing_slash, rules=rules)
    try:
        parts = urlsplit(canonical)
    except ValueError:
        return canonical
    split = _page_split(parts.path)
    if split is not None:
        root = urlunsplit((parts.scheme, parts.netloc, split[0], parts.query, ""))
        keep_slash = trailing_slash if trailing_slash is not None else parts.path.endswith("/")
        # With the site's rules again: without them the host would lose the `www.` an alias gave it back.
        return canonicalize_url(root, trailing_slash=keep_slash, rules=rules)
    query_split = _query_page_split(parts.query)
    if query_split is None:
        return canonical
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query_split[0], ""))


def article_identity(url: str, profile: SiteProfile | None, edition: Edition | None = None) -> tuple[str, str]:
    """(canonical URL, id) of the article at `url` (any of its pages) on `profile`'s site.

    The slash form is the host's own (profile URL rules), else `edition`'s (a sandbox or
    mirror host serving that edition), else the URL's as written. The profile's path rewrites
    apply on its own hosts and, when `edition` is given, on any host serving it.
    """
    return _identity(url, profile.url_rules if profile is not None else None, edition)


# Keyed by the rules' value, not the profile: a parsing worker receives a copy of the profile per call.
@lru_cache(maxsize=4096)  # the spider asks for every link of a listing again on the next (its sidebar); bounded (~0.6 KB an entry, per process)
def _identity(url: str, rules: UrlRules | None, edition: Edition | None) -> tuple[str, str]:
    slash = None
    if edition is not None and not (rules is not None and rules.knows(bare_host(url))):
        slash = edition.trailing_slash
        if rules is not None and rules.path_rewrites:
            url = _rewrite_path(url, rules.path_rewrites)
    canonical = article_root_url(url, trailing_slash=slash, rules=rules)
    # On the first page's URL: page N (`/berita/<id>/<slug>/2`) has one segment more than the rewrite expects.
    if rules is not None and rules.identity_rewrites:
        canonical = _rewrite_path(canonical, rules.identity_rewrites)
    return canonical, article_id(canonical)


def identity_spelling(url: str, rules: UrlRules | None) -> str:
    """`url` canonicalized with the site's `rules`, identity rewrites included: one spelling per article
    whatever slug a link carries (the request de-duplication of many workers)."""
    canonical = canonicalize_url(url, trailing_slash=False, rules=rules)
    return _rewrite_path(canonical, rules.identity_rewrites) if rules is not None and rules.identity_rewrites \
        else canonical


def _rewrite_path(url: str, rewrites: tuple[tuple[str, str], ...]) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    path = parts.path
    for pattern, replacement in rewrites:
        path = re.sub(pattern, replacement, path)
    return urlunsplit(parts._replace(path=path))


def article_id(canonical_url: str) -> str:
    """The exported `id`: the first 16 hex digits of the SHA-1 of the canonical URL."""
    return hashlib.sha1(canonical_url.encode("utf-8", "replace")).hexdigest()[:16]


def _query_page_split(query: str) -> tuple[str, int] | None:
    """(the query without its page parameter, n) for a query holding `page=<n>` (or `showpage=<n>`, `view=<n>`)
    once; None for any other. `page=1` names the first page too, and `page=all` and `single=1` the whole article
    (n is 1 for them): their root is the query without it."""
    if _PAGE_PARAMETER not in query and "view" not in query and _WHOLE_ARTICLE[0] not in query:
        return None
    pairs = parse_qsl(query, keep_blank_values=True)
    whole = _WHOLE_ARTICLE in pairs
    if whole:
        pairs = [pair for pair in pairs if pair != _WHOLE_ARTICLE]
    pages = [(name, value) for name, value in pairs if name == _PAGE_PARAMETER
             or (name in _PAGE_VIEW_PARAMETERS and _PAGE_VALUE.fullmatch(value))]
    if whole and not pages:
        return _query_string(pairs), 1
    if len(pages) != 1 or not _PAGE_VALUE.fullmatch(pages[0][1]):
        return None
    number = 1 if pages[0][1] == "all" else int(pages[0][1])
    if number < 1:
        return None
    rest = [pair for pair in pairs if pair != pages[0]]
    return _query_string(rest), number
