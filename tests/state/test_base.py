"""The StateStore contract, run on every backend (see conftest.py)."""

from __future__ import annotations

import threading

from crawler.state.base import MAX_COMPLETE_DISTANCE, ArticleState, band_values, id_key, key_id, to_epoch, wib_iso
from state_helpers import article_id, content_hash, export, state


def test_new_then_unchanged_after_claim(store):
    first = store.decide(article_id(1), content_hash("body"), None)
    assert first.action == "new" and first.version == 1 and first.previous is None
    assert store.claim(state(1))
    again = store.decide(article_id(1), content_hash("body"), None)
    assert again.action == "unchanged" and again.version == 1
    assert again.previous.id == article_id(1)


def test_changed_content_is_the_next_version(store):
    store.claim(state(1, body="old"))
    decision = store.decide(article_id(1), content_hash("new"), None)
    assert (decision.action, decision.version) == ("update", 2)
    assert store.claim(state(1, version=2, body="new"))
    assert store.decide(article_id(1), content_hash("new"), None).action == "unchanged"
    assert store.get(article_id(1)).version == 2


def test_changed_modified_at_is_the_next_version(store):
    store.claim(state(1, modified_at="2024-01-01T10:00:00+07:00"))
    assert store.decide(article_id(1), content_hash("body"), "2024-01-01T10:00:00+07:00").action == "unchanged"
    assert store.decide(article_id(1), content_hash("body"), "2024-01-01T03:00:00+00:00").action == "unchanged"
    decision = store.decide(article_id(1), content_hash("body"), "2024-01-02T09:00:00+07:00")
    assert (decision.action, decision.version) == ("update", 2)


def test_a_page_that_stops_stating_modified_at_is_unchanged(store):
    store.claim(state(1, modified_at="2024-01-01T10:00:00+07:00"))
    assert store.decide(article_id(1), content_hash("body"), None).action == "unchanged"


def test_versions_off_never_updates(store):
    store.claim(state(1, body="old"))
    decision = store.decide(article_id(1), content_hash("new"), "2030-01-01T00:00:00+07:00", versions=False)
    assert (decision.action, decision.version) == ("unchanged", 1)


def test_get_returns_what_was_claimed(store):
    claimed = state(1, modified_at="2024-02-15T23:14:00+07:00", simhash=(1 << 64) - 5, output_file="a.jsonl")
    store.claim(claimed)
    assert store.get(article_id(1)) == ArticleState(
        id=article_id(1), version=1, content_hash=content_hash("body")[:16],
        modified_at="2024-02-15T23:14:00+07:00", simhash=(1 << 64) - 5,
        first_seen="2026-11-01T10:00:00Z", last_seen="2026-11-01T10:00:00Z", output_file="a.jsonl")
    assert store.get(article_id(2)) is None


def test_a_claimed_version_cannot_be_claimed_again(store):
    assert store.claim(state(1))
    assert not store.claim(state(1))
    assert store.claim(state(1, version=2, body="new"))
    assert not store.claim(state(1, version=1))
    assert store.get(article_id(1)).version == 2


def test_update_keeps_first_seen_and_moves_last_seen(store):
    store.claim(state(1, seen_at="2026-01-01T00:00:00Z"))
    store.claim(state(1, version=2, body="new", seen_at="2026-02-01T00:00:00Z"))
    remembered = store.get(article_id(1))
    assert (remembered.first_seen, remembered.last_seen) == ("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")


def test_touch_moves_last_seen_forward_only(store):
    store.claim(state(1, seen_at="2026-01-01T00:00:00Z"))
    store.touch(article_id(1), "2026-03-01T00:00:00Z")
    store.touch(article_id(1), "2025-01-01T00:00:00Z")  # a replayed old sighting
    store.touch(article_id(2), "2026-03-01T00:00:00Z")  # unknown: ignored
    store.flush()
    assert store.get(article_id(1)).last_seen == "2026-03-01T00:00:00Z"
    assert store.get(article_id(2)) is None


def test_contains(store):
    store.claim(state(1))
    assert article_id(1) in store
    assert article_id(1).upper() in store
    assert article_id(2) not in store
    assert "not hex" not in store
    assert None not in store


def test_only_one_of_two_stores_wins_a_version(open_stores):
    first, second = open_stores(), open_stores()
    assert first.claim(state(1))
    first.flush()
    assert not second.claim(state(1))
    assert second.claim(state(1, version=2, body="new"))
    second.flush()
    assert not first.claim(state(1, version=2, body="newer"))
    assert article_id(1) in second


def test_racing_stores_claim_each_version_once(open_stores):
    stores = [open_stores() for _ in range(4)]
    wins: list[int] = []
    barrier = threading.Barrier(len(stores))

    def worker(index: int) -> None:
        barrier.wait()
        for n in range(20):
            if stores[index].claim(state(n)):
                wins.append(n)
            stores[index].flush()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(wins) == list(range(20))


def test_near_duplicate_found_within_distance(store):
    base = 0x0123_4567_89AB_CDEF
    export(store, state(1, simhash=base))
    export(store, state(2, simhash=~base & ((1 << 64) - 1)))
    near = base ^ 0b1011  # three bits differ, all in band 0
    assert store.find_near_duplicate(near, 3, exclude_id=article_id(9)) == article_id(1)
    spread = base ^ (1 | 1 << 20 | 1 << 40)  # one bit in each of three bands: one band still equal
    assert bin(spread ^ base).count("1") == MAX_COMPLETE_DISTANCE
    assert store.find_near_duplicate(spread, 3, exclude_id=article_id(9)) == article_id(1)
    assert store.find_near_duplicate(base ^ 0b1111, 3, exclude_id=article_id(9)) is None
    assert store.find_near_duplicate(base, 3, exclude_id=article_id(1)) is None


def test_near_duplicate_prefers_the_closest(store):
    base = 0x0F0F_0F0F_0F0F_0F0F
    export(store, state(1, simhash=base ^ 0b111))
    export(store, state(2, simhash=base ^ 0b1))
    assert store.find_near_duplicate(base, 3, exclude_id="") == article_id(2)


def test_near_duplicate_follows_a_new_version(store):
    old, new = 0x1111_2222_3333_4444, 0x5555_6666_7777_8888
    store.find_near_duplicate(0, 3, exclude_id="")  # builds any in-memory index first
    export(store, state(1, simhash=old))
    export(store, state(1, version=2, body="new", simhash=new))
    assert store.find_near_duplicate(old, 3, exclude_id="") is None
    assert store.find_near_duplicate(new ^ 1, 3, exclude_id="") == article_id(1)


def test_file_offsets(store):
    assert store.file_offsets() == {}
    store.set_file_offset("run_1.jsonl", 1234)
    store.set_file_offset("run_2.jsonl", 7)
    store.flush()
    assert store.file_offsets() == {"run_1.jsonl": 1234, "run_2.jsonl": 7}


def test_state_survives_reopening(open_stores):
    first = open_stores()
    export(first, state(1, simhash=42))
    first.set_file_offset("run_1.jsonl", 10)
    first.close()
    again = open_stores()
    assert article_id(1) in again
    assert again.get(article_id(1)).simhash == 42
    assert again.file_offsets() == {"run_1.jsonl": 10}
    assert again.find_near_duplicate(43, 3, exclude_id="") == article_id(1)


def test_from_item_builds_the_stored_state():
    item = {"id": article_id(1), "content_hash": content_hash("x"), "modified_at": None,
            "body": "satu dua tiga empat"}
    built = ArticleState.from_item(item, version=3, seen_at="2026-01-01T00:00:00Z", output_file="r.jsonl")
    assert built.content_hash == content_hash("x")[:16]
    assert built.version == 3 and built.first_seen == built.last_seen == "2026-01-01T00:00:00Z"
    assert built.simhash != 0


def test_keys_and_bands():
    assert key_id(id_key("ffffffffffffffff")) == "ffffffffffffffff"
    assert id_key("ffffffffffffffff") == -1
    assert band_values(0x0001_0002_0003_0004) == [0x0_0004, 0x1_0003, 0x2_0002, 0x3_0001]
    assert wib_iso(to_epoch("2019-02-15T16:14:00Z")) == "2019-02-15T23:14:00+07:00"
    assert to_epoch("yesterday") is None and to_epoch(None) is None


def test_an_abandoned_claim_is_undone(store):
    """Its line could not be written (a full disk): the store counts the article as never exported."""
    assert store.claim(state(1))
    store.abandon(state(1))
    store.flush()
    assert article_id(1) not in store
    assert store.decide(article_id(1), content_hash("body"), None).action == "new"
    assert store.claim(state(1))  # the next run exports it


def test_an_abandoned_update_leaves_the_version_before_it(store):
    assert store.claim(state(1, body="old")) and store.confirm(state(1, body="old"))
    assert store.claim(state(2))  # another article's claim in the same batch is kept
    assert store.claim(state(1, version=2, body="new"))
    store.abandon(state(1, version=2, body="new"))
    store.flush()
    assert store.get(article_id(1)).version == 1 and article_id(2) in store
    decision = store.decide(article_id(1), content_hash("new"), None)
    assert (decision.action, decision.version) == ("update", 2)
