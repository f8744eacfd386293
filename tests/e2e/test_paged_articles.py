"""End to end: an article continued on other pages (`/slug/2`) whose first page is only a few words long is
crawled whole: its first page is an article (the pages' length together), so pages 2..n are fetched and merged."""

from __future__ import annotations

from collections import Counter

import pytest

from helpers import read_lines, run_crawl

pytestmark = pytest.mark.e2e

SHORT_OPENING = ["Delegasi tiba pagi ini.", "Rombongan disambut.", "Acara dimulai."]
LONG_PARAGRAPH = ("Pertemuan itu membahas kerja sama pendidikan, kesehatan dan bantuan kemanusiaan bagi warga yang "
                  "terdampak, serta rencana kunjungan balasan pada tahun depan. ")


def test_a_paged_article_with_a_short_first_page_is_exported_whole(make_sandbox, tmp_path):
    sandbox = make_sandbox(articles=150, seed=4)
    paged = [article for article in sandbox.site.articles if article.pages > 1]
    assert paged, "the sandbox of this seed has no multi-page article"
    article = paged[0]
    # Pages split the paragraphs evenly by count: a short opening fills page 1, long paragraphs the rest.
    body = SHORT_OPENING[: 6 // article.pages] + [LONG_PARAGRAPH * 3] * (6 - 6 // article.pages)
    sandbox.site.modify(article.index, body=body)
    truth = sandbox.site.truth(sandbox.base_url)
    record = sandbox.site.truth_record(sandbox.base_url.rstrip("/"), article)
    assert len(record["body"].split("\n\n")[0].split()) < 20  # the first page really is short

    result = run_crawl(sandbox.base_url, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    items = read_lines(tmp_path)
    counts = Counter(item["canonical_url"] for item in items)
    assert counts[record["canonical_url"]] == 1
    assert set(counts) == {r["canonical_url"] for r in truth} and len(items) == len(truth)
    item = next(i for i in items if i["canonical_url"] == record["canonical_url"])
    assert item["body"].split() == record["body"].split()
    assert item["title"] == record["title"]
