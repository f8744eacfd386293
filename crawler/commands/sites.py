"""`scrapy sites`: each spider's site, editions and `-a` arguments (what `scrapy crawl -h` cannot list).

    scrapy sites                 # every spider, as text
    scrapy sites antara          # one spider
    scrapy sites --json          # the same as one JSON document, for scripts
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.parsing.profile import SiteProfile


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False  # reads spider classes: no crawl, no reactor
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[SPIDER ...] [--json]"

    def short_desc(self) -> str:
        return "List each spider's site, editions and -a arguments (accepted values, defaults)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="print one JSON document")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        loader = get_spider_loader(self.settings)
        names = args or sorted(loader.list())
        unknown = [name for name in names if name not in loader.list()]
        if unknown:
            raise UsageError(f"no spider named {', '.join(unknown)}: choose from {', '.join(sorted(loader.list()))}")
        spiders = [describe(name, loader.load(name)) for name in names]
        text = (json.dumps({"spiders": spiders}, ensure_ascii=False, indent=2) if opts.json
                else "\n\n".join(as_text(spider) for spider in spiders))
        try:
            print(text)
            sys.stdout.flush()
        except BrokenPipeError:  # `scrapy sites | head`: the reader has all it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def describe(name: str, spidercls: type) -> dict:
    """A spider as data: its site (agency, editions) when it has a fixed profile, and its arguments."""
    profile = getattr(spidercls, "profile", None)
    site = None
    if isinstance(profile, SiteProfile) and profile.editions:  # (a spider for any site has none)
        site = {"name": profile.name, "agency": profile.agency,
                "editions": [{"code": e.code, "language": e.language, "base_url": e.base_url}
                             for e in profile.editions.values()]}
    # A spider module's docstring says what it crawls (the class itself is a name and a profile).
    summary = (sys.modules[spidercls.__module__].__doc__ or spidercls.__doc__ or "").strip().splitlines()
    return {"spider": name, "summary": summary[0] if summary else "", "site": site,
            "arguments": [{"name": a.name, "default": a.default, "accepts": a.accepts}
                          for a in getattr(spidercls, "spider_arguments", ())],
            "crawl": f"scrapy crawl {name} -a name=value ..."}


def as_text(spider: dict) -> str:
    lines = [f"{spider['spider']}: {spider['summary']}" if spider["summary"] else spider["spider"]]
    site = spider["site"]
    if site:
        lines.append(f"  agency: {site['agency'] or '-'}")
        lines.append(f"  editions ({len(site['editions'])}; -a edition=CODE, a comma list, or all):")
        width = max((len(e["code"]) for e in site["editions"]), default=0)
        lines += [f"    {e['code']:<{width}}  {e['language']:<3} {e['base_url']}" for e in site["editions"]]
    if spider["arguments"]:
        lines.append("  arguments (-a name=value; default in brackets):")
        width = max(len(a["name"]) for a in spider["arguments"])
        lines += [f"    {a['name']:<{width}}  {a['accepts']} [{a['default'] or 'none'}]"
                  for a in spider["arguments"]]
    return "\n".join(lines)
