"""`scrapy dataset build|stats` as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import orjson

from crawler.datasets.formats import read_dataset
from crawler.datasets.samples import sample_article

from dataset_runs import other_site_article, write_run

ROOT = Path(__file__).resolve().parents[2]


def scrapy(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "dataset", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_build_then_stats(tmp_path):
    source = tmp_path / "output"
    run = write_run(source, "mina_id_en_20261125T100000Z.jsonl", [
        sample_article(1, published_at="2026-11-20T08:00:00+07:00"),
        sample_article(1, version=2, published_at="2026-11-20T08:00:00+07:00", title="Diperbarui"),
        sample_article(2, edition="en", language="en", published_at="2026-11-18T08:00:00+07:00"),
        sample_article(3, category="Ekonomi", category_path=["ekonomi"]),
        b'{"id": "0123',
    ])
    out = tmp_path / "set.jsonl.gz"
    built = scrapy("build", "--from", str(source), "--out", str(out), "--since", "2026-11-19",
                   "--category", "ASIA", "--all-versions")
    assert built.returncode == 0, built.stderr
    assert f"skipped {run}:5: partial line" in built.stderr
    assert [(a["title"], a["version"]) for a in read_dataset(out)] == [("Berita contoh 1", 1), ("Diperbarui", 2)]
    card = json.loads((tmp_path / "set.jsonl.gz.card.json").read_text(encoding="utf-8"))
    assert card["built"]["command"] == (f"scrapy dataset build --from {source} --out {out} --since 2026-11-19 "
                                        "--category ASIA --all-versions")
    assert card["counts"]["corrupt_lines_skipped"] == 1

    chart = tmp_path / "days.svg"
    stats = scrapy("stats", str(out), "--chart", str(chart), "--json")
    assert stats.returncode == 0, stats.stderr
    numbers = json.loads(stats.stdout)
    assert numbers["articles"] == 2 and numbers["per_day"] == {"2026-11-20": 2}
    assert chart.read_text(encoding="utf-8").startswith("<svg")
    readable = scrapy("stats", str(out))
    assert "set.jsonl.gz: 2 articles" in readable.stdout


def test_usage_errors_exit_nonzero_with_a_reason(tmp_path):
    no_out = scrapy("build", "--from", str(tmp_path))
    assert no_out.returncode != 0 and "--out" in no_out.stderr
    bad_format = scrapy("build", "--from", str(tmp_path), "--out", str(tmp_path / "set.xlsx"))
    assert bad_format.returncode != 0 and "unknown dataset format" in bad_format.stderr
    missing = scrapy("stats", str(tmp_path / "none.parquet"))
    assert missing.returncode != 0 and "no such dataset file" in missing.stderr
    damaged = tmp_path / "cut.jsonl.gz"
    damaged.write_bytes(b"\x1f\x8b\x08\x00")  # a gzip header, then nothing
    unreadable = scrapy("stats", str(damaged))
    assert unreadable.returncode != 0 and "Traceback" not in unreadable.stderr
    assert f"error: {damaged}: cannot be read as .jsonl.gz" in unreadable.stderr.splitlines()[-1]


def test_a_dataset_is_never_written_where_it_would_be_read_back_as_a_run(tmp_path):
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [sample_article(1)])
    for inside in (source / "mina" / "dataset.jsonl", source / "datasets" / "all.jsonl"):
        refused = scrapy("build", "--from", str(source), "--out", str(inside))
        assert refused.returncode != 0 and "read back as a run file" in refused.stderr
        assert not inside.exists()
    beside = scrapy("build", "--from", str(source), "--out", str(source / "datasets" / "all.jsonl.gz"))
    assert beside.returncode == 0, beside.stderr


def test_build_takes_the_sites_it_is_asked_for(tmp_path):
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [sample_article(1)])
    write_run(source, "kabar_id_20261125T100000Z.jsonl",
              [other_site_article(2)],
              site="kabar")
    write_run(source, "lain_id_20261125T100000Z.jsonl",
              [other_site_article(3, "lain")],
              site="lain")
    for options, sites in ((["--site", "kabar"], {"kabar"}), (["--site", "kabar,lain"], {"kabar", "lain"}),
                           (["--site", "mina", "--site", "lain"], {"mina", "lain"}), ([], {"mina", "kabar", "lain"})):
        out = tmp_path / "set.jsonl"
        built = scrapy("build", "--from", str(source), "--out", str(out), *options)
        assert built.returncode == 0, built.stderr
        assert {article["site"] for article in read_dataset(out)} == sites
        card = json.loads((tmp_path / "set.jsonl.card.json").read_text(encoding="utf-8"))
        assert set(card["source"]["sites"]) == sites
        if options:
            assert "--site" in card["built"]["command"]


def test_build_from_a_spider_folder_or_an_empty_folder_points_at_the_output_dir(tmp_path):
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [sample_article(1)])
    spider_folder = scrapy("build", "--from", str(source / "mina"), "--out", str(tmp_path / "set.jsonl"))
    assert spider_folder.returncode == 1
    assert spider_folder.stderr.strip().splitlines() == [
        f"no run files under {source / 'mina'} (its *.jsonl make it a spider's folder, OUTPUT_DIR/<spider>/); "
        f"did you mean its parent, --from {source}?"]
    assert not (tmp_path / "set.jsonl").exists()
    (tmp_path / "empty").mkdir()
    empty = scrapy("build", "--from", str(tmp_path / "empty"), "--out", str(tmp_path / "set.jsonl"))
    assert empty.returncode == 1 and "Traceback" not in empty.stderr
    assert empty.stderr.startswith(f"no run files under {tmp_path / 'empty'}")


def test_stats_into_a_closed_pipe_exits_quietly(tmp_path):
    dataset = tmp_path / "set.jsonl"
    dataset.write_bytes(b"".join(orjson.dumps(sample_article(n)) + b"\n" for n in range(50)))
    reader = subprocess.Popen([sys.executable, "-m", "scrapy", "dataset", "stats", str(dataset)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # like `| head` that has read enough: every write meets a closed pipe
    _, errors = reader.communicate(timeout=120)
    assert reader.returncode == 0 and b"Traceback" not in errors and b"BrokenPipe" not in errors, errors


def test_stats_lists_the_latest_months_like_the_latest_days(tmp_path):
    dataset = tmp_path / "set.jsonl"
    months = [f"{2020 + n // 12}-{n % 12 + 1:02d}" for n in range(30)]
    dataset.write_bytes(b"".join(orjson.dumps(sample_article(n, published_at=f"{month}-10T08:00:00+07:00")) + b"\n"
                                 for n, month in enumerate(months)))
    report = scrapy("stats", str(dataset)).stdout
    per_month = report.split("per month (30, latest 20 shown, oldest first):\n")[1].split("\n\n")[0].split("\n")
    assert [row.split()[0] for row in per_month] == months[-20:]
    assert "per day (30, latest 20 shown, oldest first):" in report
