"""`scrapy crawl`, with an exit code a scheduler can act on.

Scrapy's own command exits 0 whatever happened during the crawl; this one exits
with `crawler.runtime.health.exit_code` of the final stats (see the README's table).
"""

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from crawler.runtime.health import exit_code


class Command(ScrapyCrawlCommand):
    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError("name exactly one spider")
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats is not None:
            self.exitcode = exit_code(crawler.stats.get_stats())
