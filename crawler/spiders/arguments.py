"""Spider arguments (`scrapy crawl <spider> -a name=value`): what each accepts, its default, and its check.

Every news spider takes the arguments of `ARGUMENTS`; `scrapy sites` lists them. A value that cannot be
used raises `SpiderArgumentError` from the spider's `__init__`, with a one-line message naming the
argument and what it accepts (`scrapy crawl` prints that line and exits 1, see crawler/commands/crawl.py).
One check per kind of value: a known name, a choice, edition codes, a day, a window of days, a yes/no, a count, a URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from crawler.runtime.paths import safe_name

MODES = ("full", "monitor", "backfill")
TRUE_WORDS = ("true", "yes", "1", "on")
FALSE_WORDS = ("false", "no", "0", "off", "")


class SpiderArgumentError(ValueError):
    """A spider argument that cannot be used; `str()` is the one line a person reads."""

    def __init__(self, name: str, value: object, problem: str):
        self.name = name
        super().__init__(f"-a {name}={value}: {problem}")


@dataclass(frozen=True)
class Argument:
    name: str
    default: str  # as a person would type it
    accepts: str


ARGUMENTS = (
    Argument("edition", "id", "an edition code, a comma list of codes, or all"),
    Argument("base_url", "", "an http(s) URL to crawl instead of the edition's real site "
                             "(with an {edition} placeholder for several editions)"),
    Argument("mode", "full", " | ".join(MODES)),
    Argument("since", "", "a day YYYY-MM-DD (required by mode=backfill)"),
    Argument("until", "", "a day YYYY-MM-DD, not before since"),
    Argument("recheck", "false", "true or false (also yes/no, 1/0, on/off)"),
    Argument("max_listing_pages", "0", "a whole number >= 0 (0: follow pagination to the end)"),
)


def no_unknown(given: dict[str, object], known: tuple[Argument, ...]) -> None:
    """A name the spider does not take (a typo would crawl with the default unnoticed). Names starting
    with `_` are a scheduler's, not the user's (scrapyd passes `-a _job=...`): let through."""
    for name, value in given.items():
        if not name.startswith("_"):
            raise SpiderArgumentError(name, value, f"unknown argument; this spider takes "
                                                   f"{', '.join(argument.name for argument in known)}")


def choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise SpiderArgumentError(name, value, f"unknown {name} {value!r}; choose from {', '.join(choices)}")
    return value


def edition_codes(value: str, editions: tuple[str, ...]) -> list[str]:
    """`all`, one code or a comma list of codes, each one of `editions` and safe in a file name (`id, en` and
    `id,id` as a person types them: the codes once each, in order)."""
    if value.strip() == "all":
        return list(editions)
    codes = list(dict.fromkeys(code.strip() for code in value.split(",")))
    for code in codes:
        try:
            safe_name(code, "edition")
        except ValueError as error:
            raise SpiderArgumentError("edition", value, str(error)) from None
        if code not in editions:
            raise SpiderArgumentError("edition", value,
                                      f"unknown edition {code!r}; choose from {', '.join(editions)}, all "
                                      "(or a comma list)")
    return codes


def day(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SpiderArgumentError(name, value, "takes a day as YYYY-MM-DD") from None


def window(since: date | None, until: date | None) -> None:
    if since and until and until < since:
        raise SpiderArgumentError("until", until, f"is before since={since}: the window would be empty")


def yes_no(name: str, value: str | bool) -> bool:
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise SpiderArgumentError(name, value, "takes true or false (also yes/no, 1/0, on/off)")


def count(name: str, value: str | int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if number < 0:
        raise SpiderArgumentError(name, value, "takes a whole number >= 0")
    return number


def base_url(value: str | None, codes: list[str]) -> str | None:
    """An http(s) URL with a host (and a port that is a number); `{edition}` is required for several
    editions and filled in for the check."""
    if not value:
        return None
    if len(codes) > 1 and "{edition}" not in value:
        raise SpiderArgumentError("base_url", value,
                                  "several editions need a base_url with an {edition} placeholder")
    try:
        parts = urlsplit(value.replace("{edition}", codes[0]))
        parts.port  # noqa: B018 (a port that is not a number raises here)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise SpiderArgumentError("base_url", value, "takes an http(s) URL such as http://127.0.0.1:8000/id")
    return value
