"""Run health: the exit code a scheduler (cron, systemd, a CI job) acts on after a crawl.

| code | meaning |
|---|---|
| 0 | healthy |
| 1 | the crawl could not start (bad spider argument, crash at start-up) — Scrapy's own |
| 2 | usage error: an unknown option (Scrapy's own), a `-s` value of the wrong kind (`CONCURRENT_REQUESTS=abc`) |
| 3 | monitors failed (see the `monitors/failed` stat and the log) |
| 4 | nothing fetched: the site is down or every request failed |
| 75 | another live run holds the lock for this spider and edition (EX_TEMPFAIL: try later) |
"""

EXIT_OK = 0
EXIT_MONITORS_FAILED = 3
EXIT_NOTHING_FETCHED = 4
EXIT_LOCK_HELD = 75
# What each code a finished crawl exits with says, in the run's closing summary.
EXIT_MEANINGS = {
    EXIT_OK: "healthy",
    EXIT_MONITORS_FAILED: "monitors failed",
    EXIT_NOTHING_FETCHED: "nothing fetched: the site is down or every request failed",
    EXIT_LOCK_HELD: "another run holds the lock",
}


def exit_code(stats: dict) -> int:
    """The exit code for a finished crawl, from its final stats."""
    if stats.get("finish_reason") == "lock_held":
        return EXIT_LOCK_HELD
    if not stats.get("response_received_count"):
        return EXIT_NOTHING_FETCHED
    if stats.get("monitors/failed"):
        return EXIT_MONITORS_FAILED
    return EXIT_OK
