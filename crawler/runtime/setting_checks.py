"""Settings given on the command line (`-s NAME=VALUE`, `-L LEVEL`), checked before the crawl is built.

A value of the wrong kind is one line naming the setting (`CONCURRENT_REQUESTS=abc: takes a number`)
instead of `invalid literal for int()` from whichever component reads it first, a logging traceback, or
a value that quietly means something else (`STATE_MISSING_RUN_FILES=maybe` read as "forget"). The kind
of a setting is the kind of its default, in Scrapy's defaults or the project's `crawler/settings.py`;
a few of the project's text settings take one of a set of words. A name neither of them knows is a
warning when it is close to one they know (`PARSE_PROCESS` for `PARSE_PROCESSES`): a typo that would
otherwise change nothing, silently. Other unknown names (another add-on's settings) pass.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
from collections.abc import Callable
from urllib.parse import urlsplit

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings, Settings

_COMMAND_LINE = SETTINGS_PRIORITIES["cmdline"]


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _is_whole(value: str) -> bool:
    return value.strip().isdecimal()


def _is_flag(value: str) -> bool:
    try:
        BaseSettings({"flag": value}).getbool("flag")
    except ValueError:
        return False
    return True


def _is_json_object(value: str) -> bool:
    try:
        return isinstance(json.loads(value), dict)
    except ValueError:
        return False


def _is_http_url(value: str) -> bool:
    """An http(s) URL, or nothing (the feature off)."""
    if value == "":
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _is_redis_url(value: str) -> bool:
    from crawler.state import REDIS_URL_SCHEMES  # here: every scrapy command imports this module's caller

    return value == "" or value.startswith(REDIS_URL_SCHEMES)


def _is_state_url(value: str) -> bool:
    """A Redis URL, `sqlite:///<path>`, a path, or nothing (SQLite in OUTPUT_DIR): a path holds no `://`, so
    `reddis://host` is a typo, not a file to create in the working directory."""
    return _is_redis_url(value) or value.startswith("sqlite:///") or "://" not in value


# What a value given as text must look like, by the kind of the setting's default.
_KINDS: dict[type, tuple[Callable[[str], bool], str]] = {
    bool: (_is_flag, "takes true or false (or 1, 0)"),
    int: (_is_number, "takes a number"),
    float: (_is_number, "takes a number"),
    dict: (_is_json_object, 'takes a JSON object, e.g. \'{"name": 1}\''),
}
_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
# Settings whose default alone does not say what they take.
_WORDS: dict[str, tuple[Callable[[str], bool], str]] = {
    "LOG_LEVEL": (lambda value: value in logging.getLevelNamesMapping(),
                  "takes " + ", ".join(_LOG_LEVELS[:-1]) + f" or {_LOG_LEVELS[-1]}"),
    "PARSE_PROCESSES": (lambda value: value in ("", "auto") or _is_whole(value), "takes auto or a whole number >= 0"),
    "PARSE_WORKER_START": (lambda value: value in ("", "auto", "fork", "spawn"), "takes auto, fork or spawn"),
    "STATE_MISSING_RUN_FILES": (lambda value: value in ("forget", "keep"), "takes forget or keep"),
    "MONITOR_MIN_ARTICLES": (lambda value: _is_number(value) or _is_json_object(value),
                             'takes a number, or one per mode as JSON: \'{"full": 1, "monitor": 0}\''),
    "STATE_URL": (_is_state_url, "takes redis://host:port/db, sqlite:///path or a file path"),
    "REDIS_URL": (_is_redis_url, "takes redis://host:port/db (or rediss://, unix://)"),
    "WEBHOOK_URL": (_is_http_url, "takes an http(s) URL"),
    "ALERT_WEBHOOK_URL": (_is_http_url, "takes an http(s) URL"),
}


def review(settings: BaseSettings) -> tuple[str | None, list[str]]:
    """Of the settings given on the command line: the first whose value is not of its kind, as one line (None
    when all are), and a warning for each name Scrapy and the project do not know but spell almost alike."""
    given = {name: settings[name] for name in settings if settings.getpriority(name) == _COMMAND_LINE}
    if not given:
        return None, []
    baseline = _defaults()
    problem, warnings = None, []
    for name, value in given.items():
        if name not in baseline:
            close = difflib.get_close_matches(name, list(baseline.keys()), n=1, cutoff=0.85)
            if close:
                warnings.append(f"-s {name}: no such setting, it changes nothing; did you mean {close[0]}?")
        if problem is None and isinstance(value, str):  # not set from Python: typed by a person
            check = _WORDS.get(name)
            if check is None:
                default = baseline.get(name)
                check = _KINDS.get(dict if isinstance(default, BaseSettings) else type(default))
            if check is not None and not check[0](value):
                problem = f"{name}={value}: {check[1]}"
    return problem, warnings


def _defaults() -> Settings:
    """Scrapy's defaults with the project's settings module over them: what a crawl starts from."""
    baseline = Settings()
    module = os.environ.get("SCRAPY_SETTINGS_MODULE")
    if module:
        baseline.setmodule(module, priority="project")
    return baseline
