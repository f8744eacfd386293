"""`scrapy sandbox`: serve the local MINA-like site (see sandbox/README.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

# The sandbox (its generator and word lists) loads only when this command runs: Scrapy imports
# every command module on every start-up, `scrapy crawl` included.


class Command(ScrapyCommand):
    requires_project = False
    requires_crawler_process = False  # a plain HTTP server: no crawler, no spider, no reactor
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "--port N [--articles N] [--seed N] [--truth FILE] [--faults all|NAME,...]"

    def short_desc(self) -> str:
        return "Serve the local MINA-like sandbox site until interrupted"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        from sandbox.cli import DEFAULT_ARTICLES, DEFAULT_SEED
        from sandbox.faults import FAULTS

        super().add_options(parser)
        parser.add_argument("--port", type=int, required=True, help="TCP port on 127.0.0.1 (0: pick a free one)")
        parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="number of articles")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed")
        parser.add_argument("--truth", type=Path, help="write ground-truth JSON lines here before serving")
        parser.add_argument("--faults", help=f"fault modes: all, or a comma list of {', '.join(FAULTS)}")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        from sandbox.cli import serve
        from sandbox.faults import FaultSet

        if opts.faults:
            try:
                FaultSet.parse(opts.faults)
            except ValueError as error:
                raise UsageError(str(error)) from None
        self.exitcode = serve(opts.port, opts.articles, opts.seed, opts.truth, faults=opts.faults)
