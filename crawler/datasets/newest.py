"""The newest articles of a stream, each once, kept in bounded memory: for feeds and the run report."""

from __future__ import annotations

import heapq
from datetime import datetime, timezone
from itertools import count

_NEVER = datetime.min.replace(tzinfo=timezone.utc)


def _instant(timestamp: str | None) -> datetime:
    return datetime.fromisoformat(timestamp) if timestamp else _NEVER


def newness(article: dict) -> tuple[bool, datetime, datetime]:
    """Sort key, larger is newer: dated articles by publication instant, then undated ones by fetch time."""
    return (bool(article.get("published_at")), _instant(article.get("published_at")),
            _instant(article.get("fetched_at")))


def _version(article: dict) -> tuple[int, datetime]:
    return article.get("version") or 0, _instant(article.get("fetched_at"))


class Newest:
    """The `limit` newest articles seen by `add` (of an article seen in several versions, the latest
    version), and how many lines were seen in all."""

    def __init__(self, limit: int):
        self.limit = limit
        self.seen = 0
        self._heap: list[tuple[tuple, int, dict]] = []  # oldest on top: evicted first
        self._ids: dict[str, tuple[tuple, int, dict]] = {}  # id -> its entry in the heap
        self._order = count()  # ties: the later one wins, and dicts are never compared

    def add(self, article: dict) -> None:
        self.seen += 1
        entry = (newness(article), next(self._order), article)
        kept = self._ids.get(article["id"])
        if kept is not None:
            if _version(article) >= _version(kept[2]):  # another version of a kept article: the latest one
                self._heap[self._heap.index(kept)] = entry
                heapq.heapify(self._heap)
                self._ids[article["id"]] = entry
            return
        if len(self._heap) < self.limit:
            heapq.heappush(self._heap, entry)
        elif self._heap and entry[:2] > self._heap[0][:2]:
            del self._ids[heapq.heapreplace(self._heap, entry)[2]["id"]]
        else:
            return
        self._ids[article["id"]] = entry

    def articles(self) -> list[dict]:
        """The kept articles, newest first."""
        return [article for _, _, article in sorted(self._heap, key=lambda entry: entry[:2], reverse=True)]
