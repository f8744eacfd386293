"""bench/bench_real_pages.py: the scoring rules (the same for every tool) and one short run of the table."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import bench_real_pages as bench  # noqa: E402

REAL = ROOT / "tests" / "fixtures" / "real"


def test_times_compare_to_the_minute_as_instants():
    assert bench.right("published_at", {"published_at": "2015-11-05T14:56:43+07:00"}, "2015-11-05T14:56+07:00")
    assert bench.right("published_at", {"published_at": "2015-11-05T07:56:00+00:00"}, "2015-11-05T14:56+07:00")
    assert bench.right("published_at", {"published_at": "2015-11-05T14:56:00"}, "2015-11-05T14:56+07:00")  # WIB
    assert not bench.right("published_at", {"published_at": "2015-11-05"}, "2015-11-05T14:56+07:00")
    assert not bench.right("published_at", {"published_at": None}, "2015-11-05T14:56+07:00")


def test_authors_compare_as_sets_of_names():
    assert bench.right("author", {"author": ["Agus S", "Budisantoso Budiman"]}, "Budisantoso Budiman dan Agus S")
    assert bench.right("author", {"author": "Budisantoso Budiman; Agus S"}, "Budisantoso Budiman dan Agus S")
    assert not bench.right("author", {"author": ["Pewarta: Monalisa"]}, "Monalisa")
    assert not bench.right("author", {"author": "Kompas Cyber Media"}, "Masriadi")


def test_body_ends_with_whitespace_folded_and_a_leading_dateline_allowed():
    expected = "Penyidik Polres Lhokseumawe"
    assert bench.right("body_start", {"body": "Penyidik  Polres\nLhokseumawe melimpahkan"}, expected)
    assert bench.right("body_start", {"body": "LHOKSEUMAWE, KOMPAS.com – Penyidik Polres Lhokseumawe x"}, expected)
    assert bench.right("body_start", {"body": "REPUBLIKA.CO.ID, JAKARTA -- Penyidik Polres Lhokseumawe"}, expected)
    assert not bench.right("body_start", {"body": "id penerbangan batal, abu - Penyidik Polres Lhokseumawe"}, expected)
    assert not bench.right("body_start", {"body": "Baca juga: berita lain. Penyidik Polres Lhokseumawe"}, expected)
    assert bench.right("body_end", {"body": "ujar Teuku\n\nRahmatsyah."}, "ujar Teuku Rahmatsyah.")
    assert not bench.right("body_end", {"body": "ujar Teuku Rahmatsyah. Editor: X"}, "ujar Teuku Rahmatsyah.")


@pytest.mark.timeout(300)
def test_a_short_run_prints_the_table_and_writes_the_figures(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    lines = (REAL / "pages.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    (pages / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for line in lines:
        shutil.copy(REAL / json.loads(line)["file"], pages)
    results = tmp_path / "real_pages.json"
    run = subprocess.run([sys.executable, "bench/bench_real_pages.py", "--pages", str(pages), "--rounds", "1",
                          "--results", str(results)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    for row in ("title", "published_at", "author", "dateline_place", "body_start", "body_end", "ms per page"):
        assert row in run.stdout
    figures = json.loads(results.read_text())
    assert set(figures["accuracy"]["title"]) == {"parse_article", "trafilatura", "newspaper4k"}
    assert figures["accuracy"]["title"]["parse_article"] == {"right": 2, "of": 2}
    assert all(t["median_ms_per_page"] > 0 for t in figures["timing"].values())
