"""Spidermon monitors for MINA crawls: what a healthy run looks like, checked at close and while it runs.

`suites.CloseSuite` runs when the spider closes; a failing monitor sets the `monitors/failed`
stat (how many failed), which makes `scrapy crawl` exit 3 (see `crawler.runtime.health`), and posts an
alert to `ALERT_WEBHOOK_URL` when set. `suites.StallSuite` runs every few seconds
(`SPIDERMON_PERIODIC_MONITORS`) and closes a stalled crawl with the reason `stalled`.
"""
