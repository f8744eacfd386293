"""`scrapy sandbox`: serve a local sandbox site, MINA by default (see sandbox/README.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand

# The sandbox (its generator and word lists) loads only when this command runs: Scrapy imports
# every command module on every start-up, `scrapy crawl` included.


class Command(ScrapyCommand):
    requires_project = False
    requires_crawler_process = False  # a plain HTTP server: no crawler, no spider, no reactor
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "--port N [--site mina|antara|outlet|all] [--articles N] [--seed N] [--truth FILE] [--faults all|NAME,...]"

    def short_desc(self) -> str:
        return "Serve a local sandbox site (MINA, ANTARA, an outlet or all) until interrupted"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        from sandbox.cli import DEFAULT_ARTICLES, DEFAULT_SEED
        from sandbox.faults import FAULTS
        from sandbox.sites import CHOICES

        super().add_options(parser)
        parser.add_argument("--port", type=int, required=True, help="TCP port on 127.0.0.1 (0: pick a free one)")
        parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="number of articles")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed")
        parser.add_argument("--truth", type=Path, help="write ground-truth JSON lines here before serving")
        parser.add_argument("--faults", help=f"fault modes (MINA only): all, or a comma list of {', '.join(FAULTS)}")
        parser.add_argument("--site", default="mina",
                            help=f"which site: {', '.join(CHOICES)} (all: each under /<name>/)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        from sandbox.cli import CannotListen, check_options, serve

        problem = check_options(opts.site, opts.faults, opts.port, opts.articles)
        if problem:  # one line, no usage screen and no traceback
            print(f"scrapy sandbox: error: {problem}", file=sys.stderr)
            self.exitcode = 2
            return
        try:
            self.exitcode = serve(opts.port, opts.articles, opts.seed, opts.truth, faults=opts.faults,
                                  site_name=opts.site)
        except CannotListen as problem:  # a port in use: one line, exit 1
            print(f"scrapy sandbox: error: {problem}", file=sys.stderr)
            self.exitcode = 1
