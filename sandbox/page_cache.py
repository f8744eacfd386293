"""Rendered answers kept by a sandbox site, as a real site serves pages from a cache on other machines:
re-rendering every page on the crawler's own machine would charge the site's work to the crawl."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sandbox.site import Response

PAGE_CACHE_BYTES = 160 * 1024 * 1024


class PageCache:
    """Answers by (raw path, base), least recently used first out once their bodies pass `limit` bytes.

    Answers are the caller's to change (fault modes do): each is stored and handed out as a copy.
    """

    def __init__(self, limit: int = PAGE_CACHE_BYTES) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._answers: OrderedDict[tuple[str, str], Response] = OrderedDict()
        self._bytes = 0
        self._generation = 0  # bumped by `clear`: an answer rendered before it is stale

    def answer(self, key: tuple[str, str], render: Callable[[], Response]) -> Response:
        """The kept answer for `key`, else `render()`'s, kept unless the site changed while it rendered."""
        with self._lock:
            cached = self._answers.get(key)
            if cached is not None:
                self._answers.move_to_end(key)
                return replace(cached, headers=dict(cached.headers))
            generation = self._generation
        answer = render()  # outside the lock: other requests are served meanwhile
        with self._lock:
            if generation == self._generation and key not in self._answers:
                self._answers[key] = replace(answer, headers=dict(answer.headers))
                self._bytes += len(answer.body)
                while self._bytes > self.limit:
                    self._bytes -= len(self._answers.popitem(last=False)[1].body)
        return answer

    def clear(self) -> None:
        """Every page may show a change of the site: forget all answers, and any being rendered."""
        with self._lock:
            self._generation += 1
            self._answers.clear()
            self._bytes = 0
