"""Datasets from crawls: run files merged into one deduplicated, filtered file, its card and its statistics.

`build_dataset` (build.py) streams the merge; `formats.py` writes and reads `.jsonl`,
`.jsonl.gz`, `.csv` and `.parquet`; `card.py` describes a built file; `stats.py` and
`chart.py` summarise one; `feed.py` writes Atom feeds of the newest articles (`newest.py` keeps
them in bounded memory). The command line is `scrapy dataset` (crawler/commands/dataset.py);
docs/datasets.md is the reference.
"""
