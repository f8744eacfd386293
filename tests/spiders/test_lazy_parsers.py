"""The article parsers load only where articles are read: not with `crawler.parsing`, the sites, the spiders or the
commands, nor in a monitor poll's spider; a crawl's spider loads them before its engine starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ARTICLE_PARSERS = ("crawler.parsing.article", "crawler.parsing.dateline", "crawler.parsing.text")
# The checkout under test, not whichever copy of the package the interpreter has installed.
PROJECT_ROOT = str(Path(__file__).resolve().parents[2])


def loaded_after(code: str) -> set[str]:
    """The article parser modules a fresh interpreter holds after running `code`."""
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {ARTICLE_PARSERS!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True,
                            env={**os.environ, "PYTHONPATH": PROJECT_ROOT})
    return set(result.stdout.split())


def spider_code(mode: str) -> str:
    return ("from scrapy.crawler import Crawler\nfrom scrapy.settings import Settings\n"
            "from crawler.spiders.mina import MinaSpider\n"
            "settings = Settings(); settings.setmodule('crawler.settings', priority='project')\n"
            f"MinaSpider.from_crawler(Crawler(MinaSpider, settings), mode={mode!r})")


def test_the_package_sites_spiders_and_commands_load_no_article_parser():
    assert loaded_after("import crawler.parsing, crawler.parsing.feeds, crawler.parsing.listing, crawler.sites\n"
                        "import crawler.spiders.mina, crawler.spiders.antara, crawler.spiders.news\n"
                        "import crawler.commands.extract") == set()


def test_a_public_name_loads_its_module_on_first_use():
    assert loaded_after("from crawler.parsing import parse_article") == set(ARTICLE_PARSERS)
    assert loaded_after("import crawler.parsing\ncrawler.parsing.parse_dateline('Jakarta, MINA - x')") == {
        "crawler.parsing.dateline"}


def test_a_monitor_poll_leaves_them_unloaded_and_a_crawl_loads_them_before_it_starts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the spider opens its state under ./output
    assert loaded_after(spider_code("monitor")) == set()
    assert loaded_after(spider_code("full")) == set(ARTICLE_PARSERS)
