"""`scrapy dataset feed`: an Atom feed from the run files, newest first, bounded, per site or across sites."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from crawler.datasets.feed import read_entries
from crawler.datasets.samples import sample_article

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "datasets"))
from dataset_runs import write_run  # noqa: E402


def scrapy(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "dataset", "feed", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_feed_from_run_files(tmp_path):
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [
        sample_article(n, published_at=f"2026-11-2{n}T08:00:00+07:00") for n in range(1, 5)])
    write_run(source, "mina_id_20261126T100000Z.jsonl", [
        sample_article(4, version=2, title="Diperbarui", published_at="2026-11-24T08:00:00+07:00")])
    write_run(source, "antara_id_20261126T100000Z.jsonl", [
        sample_article(5, site="antara", published_at="2026-11-23T12:00:00+07:00")], site="antara")
    out = tmp_path / "feeds" / "all.xml"
    every_site = scrapy("--from", str(source), "--out", str(out), "--entries", "3")
    assert every_site.returncode == 0, every_site.stderr
    assert [entry.title for entry in read_entries(out)] == ["Diperbarui", "Berita contoh 5", "Berita contoh 3"]
    mina = scrapy("--from", str(source), "--out", str(tmp_path / "mina.xml"), "--site", "mina")
    assert [entry.title for entry in read_entries(tmp_path / "mina.xml")] == [
        "Diperbarui", "Berita contoh 3", "Berita contoh 2", "Berita contoh 1"], mina.stderr
    again = scrapy("--from", str(source), "--out", str(tmp_path / "again.xml"), "--entries", "3")
    assert [e.id for e in read_entries(tmp_path / "again.xml")] == [e.id for e in read_entries(out)]
    assert again.returncode == 0
    empty = scrapy("--from", str(source / "mina"), "--out", str(tmp_path / "x.xml"))
    assert empty.returncode == 1 and "did you mean its parent" in empty.stderr
