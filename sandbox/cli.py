"""Serving the sandbox from a terminal: shared by `scrapy sandbox` and `python -m sandbox`."""

from __future__ import annotations

import argparse
import errno
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

import orjson

from sandbox.antara import AntaraSite
from sandbox.faults import FAULTS, FaultInjector, FaultSet
from sandbox.server import Sandbox
from sandbox.site import Site
from sandbox.sites import CHOICES, MultiSite, UnknownSite, build

DEFAULT_ARTICLES = 300
DEFAULT_SEED = 0


def write_truth(site: Site | AntaraSite | MultiSite, base_url: str, path: Path,
                faults: FaultInjector | None = None) -> None:
    """Under faults (MINA only) each record also says its `fault` mode (or null) and `outcome`:
    "exported", "forbidden" (robots.txt) or the reason the crawler counts it as failed."""
    base = base_url.rstrip("/")
    outcomes = faults.expectations(base) if faults else None
    with path.open("wb") as out:
        for record in site.truth_records(base):  # one record at a time: 20,000 records are ~80 MB of JSON
            if outcomes is not None:
                url = record["canonical_url"]
                record["fault"] = outcomes.modes.get(url)
                record["outcome"] = outcomes.failed.get(url) or ("forbidden" if url in outcomes.forbidden
                                                                  else "exported")
            out.write(orjson.dumps(record) + b"\n")


class CannotListen(Exception):
    """The sandbox's port cannot be bound (in use, privileged); `str()` is one line saying what to do."""


def check_options(site: str, faults: str | None, port: int = 0, articles: int = DEFAULT_ARTICLES) -> str | None:
    """The one-line complaint about `--site`/`--faults`/`--port`/`--articles`, or None when they are usable."""
    if not 0 <= port <= 65535:
        return f"--port {port}: takes a TCP port 0-65535 (0 picks a free one)"
    if articles < 0:
        return f"--articles {articles}: takes a whole number >= 0"
    if site not in CHOICES:
        return str(UnknownSite(site))
    if faults and site != "mina":
        return "--faults applies to the MINA site only"
    if faults:
        try:
            FaultSet.parse(faults)
        except ValueError as error:
            return str(error)
    return None


def serve(port: int, articles: int = DEFAULT_ARTICLES, seed: int = DEFAULT_SEED, truth: Path | None = None,
          out: TextIO = sys.stdout, faults: str | None = None, site_name: str = "mina") -> int:
    """Serve until SIGINT/SIGTERM; print the one `sandbox: serving ...` line scripts wait for.
    `faults` (MINA only): "all" or a comma list of sandbox.faults.FAULTS (ValueError for unknown names).
    `site_name`: "mina" (the line as it always was), "antara" or "all" (the line ends `site=<name>`)."""
    fault_set = FaultSet.parse(faults, seed=seed) if faults else None
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        site = build(site_name, articles, seed)
        injector = FaultInjector(site, fault_set) if fault_set else None
        try:
            sandbox = Sandbox(site, port=port, faults=injector).start()
        except OSError as error:
            raise CannotListen(listen_problem(port, error)) from None
        try:
            if truth is not None:
                write_truth(site, sandbox.base_url, truth, injector)
            shown = f" faults={','.join(sorted(fault_set.groups))}" if fault_set else ""
            shown += f" site={site_name}" if site_name != "mina" else ""
            out.write(f"sandbox: serving {sandbox.base_url} articles={len(site.articles)} seed={seed}{shown}\n")
            out.flush()
            while not stop.wait(0.5):
                pass
        finally:
            sandbox.stop()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def listen_problem(port: int, error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return f"--port {port}: 127.0.0.1:{port} is already in use; choose another port (0 picks a free one)"
    if error.errno == errno.EACCES:
        return f"--port {port}: not allowed to listen on 127.0.0.1:{port}; use a port above 1023 (0 picks a free one)"
    return f"--port {port}: cannot listen on 127.0.0.1:{port}: {error.strerror or error}"


def check_startup(articles: int, seed: int) -> str:
    """Time building a site and answering its first pages (the figure for big `--articles`)."""
    started = time.perf_counter()
    site = Site(articles=articles, seed=seed)
    built = time.perf_counter()
    with Sandbox(site) as sandbox:
        listening = time.perf_counter()
        for path in ("/id/", "/en/sitemap_index.xml", "/id/post-sitemap.xml"):
            site.handle(path, sandbox.base_url)
        first_pages = time.perf_counter()
    return (f"articles={len(site.articles)} build={built - started:.2f}s listening={listening - started:.2f}s "
            f"first_pages={first_pages - listening:.3f}s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox", description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--truth", type=Path)
    parser.add_argument("--faults", help=f"fault modes (MINA only): all, or a comma list of {','.join(FAULTS)}")
    parser.add_argument("--site", default="mina", help=f"which site: {', '.join(CHOICES)} (all: each under /<name>)")
    parser.add_argument("--check-startup", action="store_true", help="measure startup time and exit")
    args = parser.parse_args(argv)
    if args.check_startup:
        print(check_startup(args.articles, args.seed))
        return 0
    problem = check_options(args.site, args.faults, args.port, args.articles)
    if problem:
        parser.exit(2, f"{parser.prog}: error: {problem}\n")  # one line: no usage screen
    try:
        return serve(args.port, args.articles, args.seed, args.truth, faults=args.faults, site_name=args.site)
    except CannotListen as problem:
        parser.exit(1, f"{parser.prog}: error: {problem}\n")
