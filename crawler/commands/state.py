"""`scrapy state show|forget|reset`: see and manage the crawl state store of each site (docs/state.md).

    scrapy state show [--site S] [-s OUTPUT_DIR=...]
    scrapy state forget --site S (--missing-files | --id ID [ID ...] | --since D)
    scrapy state reset --site S [--yes]

The store is the one a crawl of the site opens: SQLite `OUTPUT_DIR/state/<site>.sqlite`, or
Redis with `STATE_URL` (or `CRAWL_BACKEND=redis` and `REDIS_URL`).  Forgetting and resetting
refuse while a run of the site holds its lock.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.runtime import distributed
from crawler.runtime.lock import live_holders
from crawler.runtime.paths import output_dir, run_label_of, safe_name
from crawler.runtime.runstate import state_url
from crawler.state import (
    REDIS_URL_SCHEMES, StateStore, forget_run_files, missing_run_files, open_store, reconcile, redis_prefix,
)

ACTIONS = ("show", "forget", "reset")
FILES_LISTED = 10  # missing run files named one by one; beyond that only counted


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False  # store work only: no crawler, no reactor
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return ("show [--site S] | forget --site S (--missing-files | --id ID [ID ...] | --since D) "
                "| reset --site S [--yes]")

    def short_desc(self) -> str:
        return "Show the crawl state of each site (articles known, run files, outbox), forget or reset it"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--site", help="the site (spider name, e.g. mina); show: every site when omitted")
        forget = parser.add_argument_group("forget (the articles are exported again by the next run)")
        forget.add_argument("--missing-files", action="store_true",
                            help="the articles of run files the store refers to that are gone")
        forget.add_argument("--id", dest="ids", nargs="+", metavar="ID", help="these article ids (16 hex digits)")
        forget.add_argument("--since", type=_moment, metavar="D",
                            help="articles first seen on or after D (YYYY-MM-DD or ISO time; UTC)")
        parser.add_argument("--yes", action="store_true", help="reset: do not ask for confirmation")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1 or args[0] not in ACTIONS:
            raise UsageError(f"choose one action: {', '.join(ACTIONS)}")
        action = args[0]
        if action != "show" and not opts.site:
            raise UsageError(f"state {action} needs --site")
        if opts.site:
            try:
                safe_name(opts.site, "site")
            except ValueError as error:
                raise UsageError(str(error)) from None
        if action == "show":
            self.exitcode = self.show(opts.site)
        elif self.refuse_while_running(opts.site):
            self.exitcode = 1
        elif action == "forget":
            self.exitcode = self.forget(opts)
        else:
            self.exitcode = self.reset(opts.site, opts.yes)

    # -- the store ------------------------------------------------------------------------

    def store_url(self, site: str) -> str:
        if not self.settings.get("STATE_URL") and distributed.enabled(self.settings):
            return self.settings.get("REDIS_URL")  # as `crawler.runtime.distributed.configure` does for a crawl
        return state_url(self.settings, site)

    def is_redis(self, site: str) -> bool:
        return self.store_url(site).startswith(REDIS_URL_SCHEMES)

    def open(self, site: str) -> StateStore | None:
        """The site's store, or None for a SQLite store that does not exist (never created here)."""
        url = self.store_url(site)
        if not self.is_redis(site) and not Path(url).exists():
            return None
        return open_store(url, redis_prefix(self.settings, site))

    def sites(self) -> list[str]:
        """Every site with a store: SQLite files in OUTPUT_DIR/state/, or every spider with Redis."""
        from scrapy.spiderloader import get_spider_loader

        spiders = sorted(get_spider_loader(self.settings).list())
        if spiders and self.is_redis(spiders[0]):
            return spiders
        return sorted(path.stem for path in (output_dir(self.settings) / "state").glob("*.sqlite"))

    def runs_dir(self, site: str) -> Path:
        return output_dir(self.settings) / site

    def refuse_while_running(self, site: str) -> bool:
        running = sorted(label for label in live_holders(output_dir(self.settings) / "locks")
                         if label == site or label.startswith(f"{site}_"))
        if running:
            print(f"scrapy state: a run of {site} is in progress ({', '.join(running)}): try when it has finished",
                  file=sys.stderr)
        return bool(running)

    # -- actions --------------------------------------------------------------------------

    def show(self, only: str | None) -> int:
        sites = [only] if only else self.sites()
        if not sites:
            print(f"no crawl state under {output_dir(self.settings) / 'state'}")
        for site in sites:
            store = self.open(site)
            if store is None:
                print(f"{site}: no state ({self.store_url(site)} does not exist)")
                continue
            with store:
                print("\n".join(describe(site, store, self.runs_dir(site))))
        return 0

    def forget(self, opts: argparse.Namespace) -> int:
        chosen = [opts.missing_files, bool(opts.ids), opts.since is not None]
        if sum(chosen) != 1:
            raise UsageError("state forget needs one of --missing-files, --id ID..., --since D")
        store = self.open(opts.site)
        if store is None:
            print(f"{opts.site}: no state to forget ({self.store_url(opts.site)} does not exist)")
            return 0
        with store:
            # First record what the run files hold that the store has not read yet (a run's own
            # file is read at the next start-up): read later, it would bring the articles back.
            reconcile(store, self.runs_dir(opts.site))
            if opts.missing_files:
                missing = missing_run_files(store, self.runs_dir(opts.site))
                forgotten = forget_run_files(store, self.runs_dir(opts.site), missing)
                print(f"{opts.site}: forgot {len(missing)} missing run files and their {forgotten.articles} "
                      "articles: the next run exports them again")
            elif opts.ids:
                try:
                    count = store.forget_ids([_article_id(value) for value in opts.ids])
                except ValueError as error:
                    raise UsageError(str(error)) from None
                print(f"{opts.site}: forgot {count} of {len(opts.ids)} articles: the next run exports them again")
            else:
                count = store.forget_since(int(opts.since.timestamp()))
                print(f"{opts.site}: forgot {count} articles first seen since {opts.since.isoformat()}: "
                      "the next run exports them again")
        return 0

    def reset(self, site: str, confirmed: bool) -> int:
        if not confirmed:
            if not sys.stdin.isatty():
                raise UsageError("state reset forgets everything the store holds: add --yes")
            answer = input(f"Forget everything the state of {site} holds ({self.store_url(site)})? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("nothing changed")
                return 1
        store = self.open(site)
        if store is None:
            print(f"{site}: no state to reset")
            return 0
        with store:
            store.reset()
        print(f"{site}: state reset; the next run reads the run files still in {self.runs_dir(site)} back in "
              "and exports every article that is in none of them")
        return 0


def describe(site: str, store: StateStore, runs_dir: Path) -> list[str]:
    """The lines `scrapy state show` prints for one site."""
    summary = store.summary()
    per_label: Counter[str] = Counter()
    for name, count in summary.articles_per_file.items():
        per_label[(run_label_of(name) or name) if name else "(no run file)"] += count
    files = [name for name in summary.articles_per_file if name]
    missing = missing_run_files(store, runs_dir)
    lines = [f"{site}: {summary.articles} articles known, {summary.not_articles} pages known not to be articles",
             f"  store: {summary.size}"]
    lines += [f"  {label}: {count} articles" for label, count in sorted(per_label.items())]
    lines.append(f"  run files referenced: {len(files)} in {runs_dir}")
    if missing:
        listed = ", ".join(missing[:FILES_LISTED]) + (f" and {len(missing) - FILES_LISTED} more"
                                                      if len(missing) > FILES_LISTED else "")
        lines.append(f"  missing run files: {len(missing)} ({listed}); the next run exports their articles "
                     f"again, or now: scrapy state forget --site {site} --missing-files")
    else:
        lines.append("  missing run files: 0")
    lines.append(f"  webhook outbox: {summary.outbox} notifications waiting")
    return lines


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date or ISO time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _article_id(text: str) -> str:
    value = text.strip().lower()
    if len(value) != 16 or any(char not in "0123456789abcdef" for char in value):
        raise ValueError(f"not an article id (16 hex digits): {text!r}")
    return value
