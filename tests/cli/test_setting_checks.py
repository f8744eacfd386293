"""`-s NAME=VALUE` values are checked before a crawl is built: a value of the wrong kind is one line naming the
setting and what it takes (exit 2, no traceback, nothing written); a misspelt name is a warning."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.settings import Settings, default_settings

import crawler.settings as project_settings
from crawler.runtime.setting_checks import review

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def project(monkeypatch):
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "crawler.settings")


def given(**values) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(values, priority="cmdline")
    return settings


@pytest.mark.parametrize("name, value, takes", [
    ("CONCURRENT_REQUESTS", "abc", "takes a number"),  # Scrapy's int
    ("DOWNLOAD_DELAY", "0.5s", "takes a number"),  # Scrapy's, an int default read as a float
    ("AUTOTHROTTLE_ENABLED", "maybe", "takes true or false"),
    ("LOG_LEVEL", "LOUD", "takes CRITICAL, ERROR, WARNING, INFO or DEBUG"),
    ("LOG_LEVEL", "info", "takes CRITICAL"),  # logging knows upper case names only
    ("FRONTIER_MEMORY_REQUESTS", "many", "takes a number"),  # the project's own
    ("REPORT_ARTICLES", "all", "takes a number"),
    ("ARTICLE_VERSIONS", "yes please", "takes true or false"),
    ("MONITOR_FIELD_COVERAGE", "title=1", "takes a JSON object"),
    ("MONITOR_FIELD_COVERAGE", "[1, 2]", "takes a JSON object"),
    ("MONITOR_MIN_ARTICLES", "some", "takes a number, or one per mode as JSON"),
    ("PARSE_PROCESSES", "lots", "takes auto or a whole number >= 0"),
    ("PARSE_PROCESSES", "-1", "takes auto or a whole number >= 0"),
    ("PARSE_WORKER_START", "thread", "takes auto, fork or spawn"),
    ("STATE_MISSING_RUN_FILES", "maybe", "takes forget or keep"),
    ("WEBHOOK_URL", "example.com/hook", "takes an http(s) URL"),
    ("ALERT_WEBHOOK_URL", "ftp://example.com", "takes an http(s) URL"),
    ("STATE_URL", "reddis://127.0.0.1:6379/0", "takes redis://host:port/db, sqlite:///path or a file path"),
    ("REDIS_URL", "127.0.0.1:6379", "takes redis://host:port/db"),
])
def test_a_value_of_the_wrong_kind_is_named_with_what_it_takes(name, value, takes):
    problem, _ = review(given(**{name: value}))
    assert problem is not None and problem.startswith(f"{name}={value}: {takes}")


@pytest.mark.parametrize("values", [
    {"CONCURRENT_REQUESTS": "8", "DOWNLOAD_DELAY": "0.5", "AUTOTHROTTLE_ENABLED": "false", "LOG_LEVEL": "DEBUG"},
    {"PARSE_PROCESSES": "auto", "STATE_MISSING_RUN_FILES": "keep", "WEBHOOK_URL": "", "ARTICLE_VERSIONS": "0"},
    {"PARSE_PROCESSES": "2", "MONITOR_MIN_ARTICLES": "5", "WEBHOOK_URL": "https://hooks.example.com/news"},
    {"MONITOR_MIN_ARTICLES": '{"full": 10, "monitor": 1}', "MONITOR_FIELD_COVERAGE": '{"title": 0.9}'},
    {"OUTPUT_DIR": "/data/news", "USER_AGENT": "any text", "MONITOR_FINISH_REASONS": "finished,shutdown"},
    {"STATE_URL": "redis://127.0.0.1:6379/0", "REDIS_URL": "rediss://cache.example.com:6380/1"},
    {"STATE_URL": "sqlite:////var/lib/news/state.sqlite"}, {"STATE_URL": "state/mina.sqlite"},
    {"SOME_ADDON_SETTING": "whatever"},  # another add-on's setting: not ours to judge
])
def test_values_of_the_right_kind_pass(values):
    assert review(given(**values)) == (None, [])


def test_only_the_command_line_is_judged():
    settings = Settings()
    settings.set("CONCURRENT_REQUESTS", "abc", priority="spider")  # a spider's or a test's own choice
    assert review(settings) == (None, [])


def test_a_name_spelt_almost_like_a_known_one_is_a_warning():
    problem, warnings = review(given(PARSE_PROCESS="0", CONCURENT_REQUESTS="4"))
    assert problem is None
    assert warnings == ["-s PARSE_PROCESS: no such setting, it changes nothing; did you mean PARSE_PROCESSES?",
                        "-s CONCURENT_REQUESTS: no such setting, it changes nothing; did you mean CONCURRENT_REQUESTS?"]


def test_every_setting_the_project_reads_has_its_default_in_the_settings_module():
    """The kinds come from the defaults: a setting read with a fallback in code and missing from
    `crawler/settings.py` would go unchecked, and a fallback that differs would be a second default."""
    read = re.compile(r"settings\.get(?:int|float|bool|list|dict)?\(\s*\"([A-Z][A-Z0-9_]+)\"(?:\s*,\s*([^()]+?))?\)")
    known = set(dir(default_settings)) | set(dir(project_settings))
    for path in [*ROOT.glob("crawler/**/*.py"), *ROOT.glob("pipelines/**/*.py")]:
        for name, fallback in read.findall(path.read_text(encoding="utf-8")):
            assert name in known, f"{path.relative_to(ROOT)} reads {name}, which crawler/settings.py does not set"
            try:
                literal = ast.literal_eval(fallback) if fallback else None
            except (ValueError, SyntaxError):
                continue  # a named constant
            if literal is not None and hasattr(project_settings, name):
                assert getattr(project_settings, name) == literal, f"{path.relative_to(ROOT)}: {name}"


def test_the_crawl_stops_before_it_starts_with_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "mina", "-s", "CONCURRENT_REQUESTS=abc",
                             "-s", f"OUTPUT_DIR={tmp_path / 'out'}"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["scrapy crawl mina: error: CONCURRENT_REQUESTS=abc: takes a number"]
    assert not (tmp_path / "out").exists()


def test_a_bad_log_level_is_one_line_too(tmp_path):
    """Scrapy sets logging up with the level before the command runs: unchecked, a traceback."""
    result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "mina", "-L", "LOUD",
                             "-s", f"OUTPUT_DIR={tmp_path / 'out'}"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("scrapy crawl mina: error: LOG_LEVEL=LOUD: takes CRITICAL")
