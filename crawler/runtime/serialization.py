"""Requests as dicts for a queue on disk or in Redis, without Scrapy's look-up of callbacks per request.

Scrapy's `Request.to_dict(spider=)` names a request's callback and errback by searching all of the
spider's members (`inspect.getmembers`, which also evaluates every property) for each request: ~0.1-0.4 ms
of the crawl thread, a fifth of the cost of queueing a backfill's sitemap links. `SpiderMethods` makes
that table once. Same dict as Scrapy's (`request_from_dict` reads it back), same `ValueError` for a
callback that is no method of the spider (a scheduler then keeps the request in memory,
`scheduler/unserializable`).
"""

from __future__ import annotations

import copy
import inspect

from scrapy import Request, Spider


class SpiderMethods:
    """A spider's methods by their function, made once."""

    def __init__(self, spider: Spider) -> None:
        self.spider = spider
        self.names = {method.__func__: name for name, method in inspect.getmembers(spider, inspect.ismethod)}

    def request_dict(self, request: Request) -> dict:
        """`request.to_dict(spider=self.spider)`."""
        named = copy.copy(request)  # its attributes, not a new request (`replace` checks the URL again)
        named.callback, named.errback = self._name_of(request.callback), self._name_of(request.errback)
        return named.to_dict()

    def _name_of(self, method) -> str | None:
        if method is None:
            return None
        name = self.names.get(getattr(method, "__func__", None))
        if name is None:
            raise ValueError(f"Function {method} is not an instance method in: {self.spider}")
        return name
