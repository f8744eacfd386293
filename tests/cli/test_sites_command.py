"""`scrapy sites`: every spider's site, editions and `-a` arguments with accepted values and defaults."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path

from crawler.sites import SITES
from crawler.spiders.arguments import ARGUMENTS
from crawler.spiders.base import NewsSpider

ROOT = Path(__file__).resolve().parents[2]


def sites(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "sites", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_the_listed_defaults_are_the_spiders_defaults():
    signature = inspect.signature(NewsSpider.__init__).parameters
    for argument in ARGUMENTS:
        default = signature[argument.name].default
        assert argument.default == ("" if default is None else str(default).lower()), argument.name


def test_json_lists_each_site_with_its_real_editions_and_arguments():
    result = sites("--json")
    assert result.returncode == 0, result.stderr
    spiders = {spider["spider"]: spider for spider in json.loads(result.stdout)["spiders"]}
    for name in ("mina", "antara"):
        site = spiders[name]["site"]
        profile = SITES[name]
        assert site["agency"] == profile.agency
        assert [(e["code"], e["language"], e["base_url"]) for e in site["editions"]] == [
            (e.code, e.language, e.base_url) for e in profile.editions.values()]
        arguments = {a["name"]: a for a in spiders[name]["arguments"]}
        assert arguments["mode"] == {"name": "mode", "default": "full", "accepts": "full | monitor | backfill"}
        assert arguments["edition"]["default"] == "id"
        assert set(arguments) >= {"base_url", "since", "until", "recheck", "max_listing_pages"}
    assert {"code": "en", "language": "en", "base_url": "https://en.minanews.net"} in spiders["mina"]["site"]["editions"]


def test_text_for_one_spider():
    result = sites("mina")
    assert result.returncode == 0
    text = result.stdout
    assert text.startswith("mina: ") and "agency: MINA" in text
    assert "https://ar.minanews.net" in text and "antaranews" not in text
    assert "recheck" in text and "true or false" in text and "[false]" in text


def test_an_unknown_spider_is_a_usage_error():
    result = sites("nope")
    assert result.returncode == 2 and "no spider named nope" in result.stderr and "Traceback" not in result.stderr


def test_a_closed_pipe_is_quiet():
    listing = subprocess.Popen([sys.executable, "-m", "scrapy", "sites", "--json"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    listing.stdout.close()  # the reader is gone before anything is written
    _, errors = listing.communicate(timeout=120)
    assert b"Traceback" not in errors


def test_scrapy_crawl_help_points_to_scrapy_sites():
    result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "-h"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0 and "scrapy sites" in " ".join(result.stdout.split())
