"""Scrapy settings for the MINA crawler: safe for production crawls of the real site.

Every value here can be overridden per run with `-s NAME=VALUE`.
"""

import importlib.util
import warnings

BOT_NAME = "mina"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# Where every file the crawler writes goes: outputs under OUTPUT_DIR/<spider>/, later state and reports.
OUTPUT_DIR = "output"

# Politeness: a descriptive agent, robots.txt obeyed, AutoThrottle for real sites.
# (Spiders turn AutoThrottle off when pointed at a loopback sandbox.)
USER_AGENT = "news-crawler/0.1 (news archive crawler; Scrapy)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 3
# Retries wait (crawler/middlewares.py): the server's Retry-After up to RETRY_AFTER_MAX seconds,
# else RETRY_BACKOFF_BASE * 2**(n-1) seconds before the n-th retry, up to RETRY_BACKOFF_MAX.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # Redirects and retries carry dont_filter, which Scrapy's offsite filter lets through.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.StrictOffsiteMiddleware": 50,
    "crawler.middlewares.RedirectLoopMiddleware": 650,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.RedirectMiddleware": 600,  # no warning about the Referer this crawl does not send
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtMiddleware": 100,
    # Public news pages need no credentials: one component less on every request.
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
}
# Depth is not used for limits or priorities here (priorities come from the page kind).
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "crawler.runtime.distributed.SharedSeeds": 10,  # CRAWL_BACKEND=redis: one worker seeds the crawl
}
# Public, anonymous pages: no session cookies to keep, no meta-refresh pages, and no Referer to send
# (Scrapy's referer middleware works on every request a page yields: ~4% of the crawl thread).
REFERER_ENABLED = False
COOKIES_ENABLED = False
METAREFRESH_ENABLED = False
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 30.0
RETRY_AFTER_MAX = 120.0
# A redirect chain longer than this is a loop or a trap (Scrapy's default is 20).
REDIRECT_MAX_TIMES = 5

# A news page is ~40 KB; anything near these sizes is not an article.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024

# Worker processes that parse article pages off the crawl thread (see crawler/runtime/parser_pool.py):
# "auto" is one worker on a multi-core machine, 0 parses inline.
PARSE_PROCESSES = "auto"
# How a worker starts: "fork" (a copy of the crawl, its parsers loaded: ready at once), "spawn" (a fresh
# interpreter that imports them), "auto": fork on Linux, spawn elsewhere.
PARSE_WORKER_START = "auto"
# Seconds of parsing done inline before the workers start: a scheduled poll (a listing, a few
# articles) never pays a worker's start-up; a large crawl starts them after its first pages.
PARSE_INLINE_SECONDS = 0.05
# ...or as soon as the crawl has scheduled this many requests (a sitemap's articles): the worker then
# loads while the first pages download. 0: only the inline budget starts them. (Full runs and backfills,
# large by nature, start them as they start: see the spiders' `start`.)
PARSE_WORKERS_AFTER_REQUESTS = 100

# One item per page: Scrapy spawns CONCURRENT_ITEMS worker tasks for every response, however few
# items it yields (the default of 100 was ~19% of the crawl thread; 8 still ~4%).
CONCURRENT_ITEMS = 1
# Scrapy's memory stats without the per-attribute deprecation shim (see crawler/runtime/stats.py).
STATS_CLASS = "crawler.runtime.stats.StatsCollector"

# Newest first within a priority: FIFO queues keep the order in which listings yield links.
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
SCHEDULER_DISK_QUEUE = "crawler.runtime.frontier.PickleFifoDiskQueue"
# The request fingerprints, and the waiting requests beyond FRONTIER_MEMORY_REQUESTS, on disk in the
# run's scratch folder OUTPUT_DIR/frontier/<run label>/ (crawler/runtime/frontier.py): a backfill's
# memory stays flat however many URLs the archive has. (CRAWL_BACKEND=redis shares Redis's instead.)
SCHEDULER = "crawler.runtime.frontier.DiskScheduler"
DUPEFILTER_CLASS = "crawler.runtime.frontier.DiskDupeFilter"
FRONTIER_MEMORY_REQUESTS = 4096

# Off unless a user asks: RemoteControl runs Python code over HTTP; telnet is the same risk.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 100,
    # The export step (dedup) adds the bookkeeping fields before the whole item is validated.
    "pipelines.dedup.DedupPipeline": 200,
    "pipelines.validate.ValidatePipeline": 300,
    "pipelines.jsonl.JsonLinesWriterPipeline": 900,
}
# A changed article (modified_at or body) is exported again as its next version; false: once only.
ARTICLE_VERSIONS = True
# A body within this many SimHash bits of a known one names it in `duplicate_of`; 0: no check.
NEAR_DUPLICATE_DISTANCE = 3

LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# uvloop's event loop (libuv, in C) under the reactor: the crawl thread spends ~12% less per page
# in loop bookkeeping and socket I/O. Where uvloop is not installed (Windows), asyncio's own loop.
if importlib.util.find_spec("uvloop") is not None:
    ASYNCIO_EVENT_LOOP = "uvloop.Loop"

# The run's lifecycle, built in this order before any pipeline opens or request leaves: the
# Redis worker (CRAWL_BACKEND=redis only) names the shared crawl after the spider's run label,
# then the run lock and state store are opened (`crawler.run_state`; a worker takes a slot's
# label), and the parsing worker pool (`crawler.parsers`, PARSE_PROCESSES) is made.
# Then scheduled runs: progress and article figures, webhooks, spidermon monitors, the run report
# (see crawler/monitors/monitors.py for each monitor's threshold setting). The order matters:
# figures are final before the monitors judge them, and the report comes last.
EXTENSIONS = {
    "crawler.extensions.log_level.LogLevel": 0,  # records below LOG_LEVEL are not even built
    "crawler.extensions.collector.CrawlGarbageCollection": 0,  # start-up's objects frozen (GC_FREEZE)
    "crawler.runtime.distributed.Worker": 10,
    "crawler.extensions.runstate.RunStateOpener": 20,
    "crawler.runtime.parser_pool.ParserPool": 30,
    "crawler.extensions.progress.ProgressWatch": 100,
    "crawler.extensions.articles.ArticleStats": 110,
    "crawler.extensions.webhook.WebhookNotifier": 120,
    # spidermon's suites, run without importing the rest of spidermon (crawler/monitors/extension.py)
    "crawler.monitors.extension.MonitorSuites": 500,
    "crawler.extensions.feed.AtomFeeds": 800,
    "crawler.extensions.report.RunReport": 900,
}
GC_FREEZE = True  # what start-up loaded is frozen for the crawl: no garbage collection walks it again
FEED_ENABLED = True
FEED_ENTRIES = 100  # entries per Atom feed, OUTPUT_DIR/feeds/<spider>.xml and all.xml (crawler/extensions/feed.py)
RUN_REPORT_ENABLED = True
REPORT_ARTICLES = 500  # articles listed by name in a run report; the rest are counted
REPORT_LATENCY_HOURS = 48  # publication latency is judged on articles published this recently
REPORTS_KEEP = 200  # run reports kept in OUTPUT_DIR/reports/, the oldest deleted (crawler/extensions/report.py)
SPIDERMON_ENABLED = True
# Spidermon 1.27 still calls Spider.log(), deprecated in Scrapy 2.19: a warning users cannot act on.
warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated", module="spidermon")
SPIDERMON_SPIDER_OPEN_MONITORS = []
SPIDERMON_SPIDER_CLOSE_MONITORS = ["crawler.monitors.suites.CloseSuite"]
SPIDERMON_ENGINE_STOP_MONITORS = []
# Stall check every 60 s: no response for STALL_TIMEOUT seconds while requests wait closes the run
# as `stalled` (a retried request can take DOWNLOAD_TIMEOUT x (RETRY_TIMES + 1) = 120 s).
SPIDERMON_PERIODIC_MONITORS = {"crawler.monitors.suites.StallSuite": 60}
STALL_TIMEOUT = 600
# The close monitors' thresholds (crawler/monitors/monitors.py, docs/monitoring.md).
MONITOR_FINISH_REASONS = ["finished"]
MONITOR_MIN_ARTICLES = {"full": 1, "backfill": 0, "monitor": 0}  # or one number for every mode
MONITOR_MAX_ERRORS = 0
MONITOR_MAX_HTTP_ERROR_RATE = 0.1
MONITOR_MAX_INVALID_RATE = 0.02
MONITOR_COVERAGE_MIN_ITEMS = 20
MONITOR_FIELD_COVERAGE = {"title": 1.0, "published_at": 0.95, "body": 0.95, "dateline": 0.8}
# A progress line (fetched, exported, queued, pages/s, ETA) every PROGRESS_INTERVAL seconds; 0: none.
PROGRESS_INTERVAL = 10
# Run files the state refers to that are gone (deleted by hand): "forget" their articles, so the
# next run exports them again, or "keep" them known (a warning only). See docs/state.md.
STATE_MISSING_RUN_FILES = "forget"
WEBHOOK_URL = ""  # a JSON POST per exported article in monitor mode, at least once (crawler/extensions/webhook.py)
WEBHOOK_FLUSH_TIMEOUT = 30.0  # seconds the close waits for deliveries (none once the endpoint is down)
WEBHOOK_CONCURRENCY = 4  # POSTs in flight at once
WEBHOOK_MODES = ["monitor"]  # the run modes that post
WEBHOOK_RETRIES = 4  # retries of a failed POST, WEBHOOK_BACKOFF * 2**(n-1) seconds apart
WEBHOOK_BACKOFF = 1.0
WEBHOOK_TIMEOUT = 10.0  # seconds per POST
WEBHOOK_DOWN_AFTER = 3  # failed deliveries in a row before the endpoint counts as down
ALERT_WEBHOOK_URL = ""  # a JSON POST when monitors fail

# Many workers, one crawl (crawler/runtime/distributed.py): CRAWL_BACKEND = "redis" and REDIS_URL = "redis://host:port/db"
# share the request queue, the duplicate filter and the state store (STATE_URL defaults to REDIS_URL).
# The add-on points the scheduler, the duplicate filter and the state at Redis in such runs.
# Keys live under REDIS_PREFIX, by default the spider name and a colon (`mina:`): one prefix per site.
ADDONS = {
    "crawler.runtime.distributed.RedisBackend": 0,
    # Components switched off above (telnet, remote control, cookies) are not even imported.
    "crawler.extensions.switched_off.SwitchedOffComponents": 0,
}
CRAWL_BACKEND = "local"
REDIS_URL = ""
REDIS_PREFIX = ""  # "": the spider name and a colon
# The state store (crawler/state/): "" is SQLite in OUTPUT_DIR/state/; a redis:// URL shares it between machines.
STATE_URL = ""
MAX_IDLE_TIME_BEFORE_CLOSE = 10  # seconds of an empty shared queue and no busy worker before a worker closes
