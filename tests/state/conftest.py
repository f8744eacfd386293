"""Every store contract test runs on SQLite (a file in tmp_path) and on Redis (fakeredis)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import fakeredis
import pytest

from crawler.state.base import StateStore
from crawler.state.redis import RedisStateStore
from crawler.state.sqlite import SqliteStateStore

StoreFactory = Callable[[], StateStore]


@pytest.fixture(params=["sqlite", "redis"])
def open_stores(request, tmp_path) -> Iterator[StoreFactory]:
    """Opens stores on one shared backend: a SQLite file, or one fake Redis server."""
    opened: list[StateStore] = []
    server = fakeredis.FakeServer()

    def open_one() -> StateStore:
        if request.param == "sqlite":
            store: StateStore = SqliteStateStore(tmp_path / "state" / "mina.sqlite", busy_timeout=5)
        else:
            store = RedisStateStore(fakeredis.FakeRedis(server=server), "t:state:")
        opened.append(store)
        return store

    yield open_one
    for store in opened:
        store.close()


@pytest.fixture
def store(open_stores: StoreFactory) -> StateStore:
    return open_stores()
