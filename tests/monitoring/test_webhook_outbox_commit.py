"""A notification is committed with its article's claim as soon as the article's line is written: a monitor poll
killed before its close (the store's batch commits there) loses neither."""

from __future__ import annotations

import socket

from scrapy.utils.test import get_crawler

from crawler.extensions.webhook import WebhookNotifier
from crawler.runtime.runstate import RunState
from crawler.state.base import ArticleState
from crawler.state.sqlite import SqliteStateStore


class Poll:
    name = "mina"
    mode = "monitor"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_notified_article_and_its_notification_are_committed_together_at_once(tmp_path):
    crawler = get_crawler(settings_dict={"OUTPUT_DIR": str(tmp_path), "WEBHOOK_RETRIES": 0,
                                         "WEBHOOK_URL": f"http://127.0.0.1:{closed_port()}/hook"})
    crawler.run_state = RunState.open(crawler.settings, "mina", "mina_id")
    notifier = WebhookNotifier.from_crawler(crawler)
    notifier.spider_opened(Poll())
    item = {"id": "0123456789abcdef", "url": "https://minanews.net/a", "title": "Judul",
            "published_at": "2026-11-30T10:00:00+07:00", "edition": "id", "version": 1}
    state = ArticleState.from_item({**item, "content_hash": "a" * 40, "simhash": "0" * 16, "modified_at": None},
                                   version=1, seen_at="2026-11-30T03:00:00Z", output_file="mina_id_x.jsonl")
    store = crawler.run_state.store
    try:
        assert store.claim(state) and store.confirm(state)  # as the writer does, then its line
        notifier.item_scraped(item, None, Poll())
        elsewhere = SqliteStateStore(tmp_path / "state" / "mina.sqlite")  # sees only what is committed
        try:
            assert item["id"] in elsewhere and elsewhere.outbox_count() == 1
        finally:
            elsewhere.close()
    finally:
        notifier.sender.close(0)
        crawler.run_state.close()
