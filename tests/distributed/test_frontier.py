"""The shared frontier's own keys (seed, busy marks, reset) and a worker's idle decisions, on fakeredis."""

from __future__ import annotations

import fakeredis
import pytest
from scrapy.exceptions import DontCloseSpider

from crawler.runtime.distributed import Frontier, Worker

PREFIX = "t:crawl:mina_id:"


@pytest.fixture
def server() -> fakeredis.FakeServer:
    return fakeredis.FakeServer()


def frontier(server: fakeredis.FakeServer, worker: str) -> Frontier:
    return Frontier(fakeredis.FakeRedis(server=server), PREFIX, worker)


def test_exactly_one_worker_seeds(server):
    workers = [frontier(server, f"host-{n}") for n in range(5)]
    assert [w.seed() for w in workers].count(True) == 1


def test_a_finished_crawl_is_seeded_again_after_the_last_worker_leaves(server):
    first, second = frontier(server, "host-1"), frontier(server, "host-2")
    assert first.seed() and not second.seed()
    first.redis.sadd(first.dupefilter_key, "fingerprint")
    second.heartbeat(busy=True)
    assert not first.leave()  # the other worker is still busy: the frontier stays
    assert first.redis.exists(first.seed_key, first.dupefilter_key) == 2
    assert second.leave()
    assert first.redis.exists(first.seed_key, first.dupefilter_key) == 0
    assert frontier(server, "host-3").seed()


def test_a_queue_left_by_dead_workers_is_resumed_not_reseeded(server):
    dead = frontier(server, "host-1")
    assert dead.seed()
    dead.redis.zadd(dead.queue_key, {"request": -100})
    assert not frontier(server, "host-2").seed()


def test_a_seed_key_left_by_dead_workers_without_work_is_cleared(server):
    dead = frontier(server, "host-1")
    assert dead.seed()
    dead.redis.sadd(dead.dupefilter_key, "fingerprint")
    dead.redis.zadd(dead.busy_key, {"host-1": 0})  # a busy mark that expired long ago
    restarted = frontier(server, "host-2")
    assert restarted.seed()
    assert not restarted.redis.exists(restarted.dupefilter_key)


def test_heartbeat_counts_the_other_busy_workers_and_forgets_expired_marks(server):
    me, other = frontier(server, "host-1"), frontier(server, "host-2")
    assert me.heartbeat(busy=True) == 0
    assert other.heartbeat(busy=True) == 1
    assert me.heartbeat(busy=False) == 1
    me.redis.zadd(me.busy_key, {"host-dead": 0})  # killed: its mark is past its expiry
    assert me.heartbeat(busy=False) == 1
    other.heartbeat(busy=False)
    assert me.heartbeat(busy=False) == 0


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def idle_worker(server: fakeredis.FakeServer, clock: Clock) -> Worker:
    return Worker(crawler=None, frontier=frontier(server, "host-1"), max_idle=10, clock=clock)


def test_an_idle_worker_stays_while_the_shared_queue_has_requests(server):
    clock = Clock()
    worker = idle_worker(server, clock)
    worker.frontier.redis.zadd(worker.frontier.queue_key, {"request": -100})
    clock.now += 60
    with pytest.raises(DontCloseSpider):
        worker.on_idle(None)


def test_an_idle_worker_stays_while_another_is_busy(server):
    clock = Clock()
    worker = idle_worker(server, clock)
    frontier(server, "host-2").heartbeat(busy=True)
    clock.now += 60
    with pytest.raises(DontCloseSpider):
        worker.on_idle(None)


def test_an_idle_worker_closes_after_max_idle_of_nothing_to_do(server):
    clock = Clock()
    worker = idle_worker(server, clock)
    with pytest.raises(DontCloseSpider):
        worker.on_idle(None)
    clock.now += 9
    with pytest.raises(DontCloseSpider):
        worker.on_idle(None)
    other = frontier(server, "host-2")
    other.heartbeat(busy=True)  # new work elsewhere restarts the wait
    clock.now += 2
    with pytest.raises(DontCloseSpider):
        worker.on_idle(None)
    other.heartbeat(busy=False)
    clock.now += 1
    with pytest.raises(DontCloseSpider):
        worker.on_idle(None)
    clock.now += 10
    worker.on_idle(None)  # no DontCloseSpider: the spider closes
