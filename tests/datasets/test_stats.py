"""Statistics and chart on a small hand-made dataset."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import orjson

from crawler.datasets.chart import daily_chart_svg
from crawler.datasets.samples import sample_article
from crawler.datasets.stats import dataset_stats, format_report


def hand_made(tmp_path):
    articles = [
        sample_article(1, published_at="2026-10-31T23:30:00+07:00", author="Ana", category="Ekonomi"),
        sample_article(2, published_at="2026-10-31T18:00:00Z", author="Ana"),  # 1 Nov 01:00 WIB
        sample_article(3, published_at="2026-11-01T09:00:00+07:00", author=None, edition="en", language="en"),
        sample_article(4, published_at="2026-11-04T09:00:00+07:00", author="Budi", tags=[]),
        sample_article(5, published_at=None, author="Budi", image=None, lead=""),
    ]
    path = tmp_path / "set.jsonl"
    path.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in articles))
    return path


def test_counts_gaps_and_coverage(tmp_path):
    stats = dataset_stats(hand_made(tmp_path))
    assert stats["articles"] == 5 and stats["undated"] == 1
    assert stats["per_day"] == {"2026-10-31": 1, "2026-11-01": 2, "2026-11-04": 1}
    assert stats["per_month"] == {"2026-10": 1, "2026-11": 3}
    assert stats["first_day"] == "2026-10-31" and stats["last_day"] == "2026-11-04"
    assert stats["days_without_articles"] == ["2026-11-02", "2026-11-03"]
    assert stats["per_author"] == {"Ana": 2, "Budi": 2, "(none)": 1}
    assert stats["per_category"] == {"Internasional": 4, "Ekonomi": 1}
    assert stats["per_edition"] == {"id": 4, "en": 1}
    coverage = stats["field_coverage"]
    assert coverage["author"] == 0.8 and coverage["tags"] == 0.8 and coverage["lead"] == 0.8
    assert coverage["published_at"] == 0.8 and coverage["image"] == 0.8
    assert coverage["modified_at"] == 0.0 and coverage["body"] == 1.0


def test_report_names_the_numbers(tmp_path):
    report = format_report(dataset_stats(hand_made(tmp_path)))
    assert "set.jsonl: 5 articles, 1 without a publication date" in report
    assert "3 days with articles, 2 without" in report
    assert "days without articles: 2026-11-02, 2026-11-03" in report
    assert "modified_at" in report and "0.0%" in report


def test_chart_has_one_bar_per_day_with_articles_and_is_valid_svg():
    svg = daily_chart_svg({"2026-11-01": 2, "2026-11-04": 4})
    root = ElementTree.fromstring(svg)
    bars = [rect for rect in root.iter("{http://www.w3.org/2000/svg}rect") if rect.find(
        "{http://www.w3.org/2000/svg}title") is not None]
    assert [bar.find("{http://www.w3.org/2000/svg}title").text for bar in bars] == ["2026-11-01: 2", "2026-11-04: 4"]
    heights = [float(bar.get("height")) for bar in bars]
    assert heights[1] == 2 * heights[0]
    assert "2026-11-04" in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # nothing remote


def test_chart_of_an_undated_dataset_says_so():
    assert "no dated articles" in daily_chart_svg({})
