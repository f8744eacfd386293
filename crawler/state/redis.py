"""The state store in Redis, shared by many crawl workers.

Keys (prefix `<REDIS_PREFIX>state:`, by default `<spider>:state:`, e.g. `mina:state:`):

* `<prefix>a:<id>`: hash with `v` version, `h` first 16 hex digits of `content_hash`,
  `m` `modified_at` in seconds (empty when unknown), `s` SimHash as 16 hex digits,
  `f`/`l` first/last seen in seconds, `o` run file name (empty when unknown);
* `<prefix>band:<n>:<4 hex>`: set of `<id>:<simhash hex>` whose SimHash band `n` has those
  16 bits (band 0 = the lowest bits, i.e. the last 4 hex digits);
* `<prefix>files`: hash of run file name to bytes already reconciled (0 from its first claim);
* `<prefix>file_hosts`: hash of run file name to the host whose disk holds it: workers on many
  machines share the store, so only a file of this host can be found missing here;
* `<prefix>outbox`: hash of `<id>:<version>` to a webhook notification not yet delivered,
  as JSON `{"n": order, "p": payload}`, `n` from the counter `<prefix>outbox_order`;
* `<prefix>not_articles`: set of the ids of pages found not to be articles;
* `<prefix>p:<id>`: a pending claim, a hash with the same fields plus `w` (the claiming
  worker, `host-pid`), expiring `claim_ttl` seconds after the claim.

A claim is pending until its writer confirms it, right after writing the line: a worker
killed between its claim and its write leaves no line, and its pending claim expires, so
another worker or the next run claims that version again.  A claim whose holder was a
process of this machine that no longer runs is released at once, by the first read or claim
that meets it: a run restarted right after a crash must not take the dead worker's article for
known (worker ids are `host-pid`, so this assumes the machines sharing a store have distinct
host names, as the run files' hosts do).  Reads (`get`, `in`, `decide`)
see pending claims like final ones, but only `confirm` (or `record`, for a line that
reconciliation found in the log) makes the article hash; a claim confirmed after its
expiry still wins unless another worker claimed the version meanwhile.  Each step is one
Lua script, so two workers can never both win one `(id, version)`.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import Any

from crawler.state.base import (
    BANDS, HASH_PREFIX_HEX, ArticleState, StateStore, StoreSummary, to_epoch, utc_iso, wib_iso,
)
from crawler.parsing.simhash import hamming

TOUCH_BATCH = 1000
CLAIM_TTL = 30.0  # seconds a claim waits for its line; the write follows the claim at once
KNOWN_CACHED = 16384  # known ids answered without a round trip: the latest, so memory stays flat


def default_worker_id() -> str:
    """`host-pid`: names this process in pending claims and in the shared crawl frontier."""
    return f"{socket.gethostname()}-{os.getpid()}"


# KEYS[1] article hash, KEYS[2] pending claim: fails over a final or pending claim of this
# version or a later one (a pending claim of an older version is replaced).
# ARGV: version, hash, modified, simhash hex, first, last, file, worker, ttl in ms.
_CLAIM = """
local current = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if current >= tonumber(ARGV[1]) then return 0 end
if tonumber(redis.call('HGET', KEYS[2], 'v') or '0') >= tonumber(ARGV[1]) then return 0 end
local first, last = ARGV[5], ARGV[6]
local old_first = redis.call('HGET', KEYS[2], 'f')
if old_first and tonumber(old_first) < tonumber(first) then first = old_first end
local old_last = redis.call('HGET', KEYS[2], 'l')
if old_last and tonumber(old_last) > tonumber(last) then last = old_last end
redis.call('HSET', KEYS[2], 'v', ARGV[1], 'h', ARGV[2], 'm', ARGV[3], 's', ARGV[4],
           'f', first, 'l', last, 'o', ARGV[7], 'w', ARGV[8])
redis.call('PEXPIRE', KEYS[2], ARGV[9])
return 1
"""

# Make a version final.  KEYS[1] article hash, KEYS[2] pending claim.
# ARGV: prefix, id, version, hash, modified, simhash hex, first, last, file, worker
# (a confirm: fails if another worker holds the pending claim) or '' (a record from the log).
_APPLY = """
local current = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if current >= tonumber(ARGV[3]) then return 0 end
local holder = redis.call('HGET', KEYS[2], 'w')
if ARGV[10] ~= '' and holder and holder ~= ARGV[10] then return 0 end
if tonumber(redis.call('HGET', KEYS[2], 'v') or '0') <= tonumber(ARGV[3]) then redis.call('DEL', KEYS[2]) end
local prefix, id = ARGV[1], ARGV[2]
local old = redis.call('HGET', KEYS[1], 's')
local first = redis.call('HGET', KEYS[1], 'f')
local first_seen = ARGV[7]
if first and tonumber(first) < tonumber(first_seen) then first_seen = first end
local last_seen = ARGV[8]
local previous_last = redis.call('HGET', KEYS[1], 'l')
if previous_last and tonumber(previous_last) > tonumber(last_seen) then last_seen = previous_last end
redis.call('HSET', KEYS[1], 'v', ARGV[3], 'h', ARGV[4], 'm', ARGV[5], 's', ARGV[6],
           'f', first_seen, 'l', last_seen, 'o', ARGV[9])
for band = 0, 3 do
  local stop = 16 - 4 * band
  if old then
    redis.call('SREM', prefix .. 'band:' .. band .. ':' .. string.sub(old, stop - 3, stop), id .. ':' .. old)
  end
  redis.call('SADD', prefix .. 'band:' .. band .. ':' .. string.sub(ARGV[6], stop - 3, stop), id .. ':' .. ARGV[6])
end
return 1
"""

# KEYS[1] pending claim; ARGV[1] its holder: deleted only if that holder still holds it.
_RELEASE = """
if redis.call('HGET', KEYS[1], 'w') == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# KEYS article hash and pending claim; ARGV[1] seen time.  Only known articles are touched.
_TOUCH = """
for _, key in ipairs(KEYS) do
  local last = redis.call('HGET', key, 'l')
  if last and tonumber(last) < tonumber(ARGV[1]) then redis.call('HSET', key, 'l', ARGV[1]) end
end
return 0
"""


class RedisStateStore(StateStore):
    def __init__(self, client: Any, prefix: str, *, worker: str | None = None,
                 claim_ttl: float = CLAIM_TTL, host: str | None = None) -> None:
        self._redis = client
        self._prefix = prefix
        self.worker = worker or default_worker_id()
        self._claim_ttl_ms = max(1, int(claim_ttl * 1000))
        self._claim = client.register_script(_CLAIM)
        self._apply = client.register_script(_APPLY)
        self._touch = client.register_script(_TOUCH)
        self._release = client.register_script(_RELEASE)
        self._touches: dict[str, int] = {}
        # Only positive answers are cached: another worker may add an article; only forgetting
        # (`scrapy state`, start-up) removes one, and it runs before the crawl or instead of it.
        # The latest KNOWN_CACHED only: an older one costs a round trip again.
        self._known: OrderedDict[int, None] = OrderedDict()
        self._host = host or socket.gethostname()  # the machine whose disk holds this process's run files
        self._registered_files: set[str] = set()

    @classmethod
    def from_url(cls, url: str, prefix: str) -> RedisStateStore:
        import redis

        return cls(redis.Redis.from_url(url), prefix)

    def _article_key(self, article_id: str) -> str:
        return f"{self._prefix}a:{article_id.lower()}"

    def _pending_key(self, article_id: str) -> str:
        return f"{self._prefix}p:{article_id.lower()}"

    def _fields(self, state: ArticleState) -> list[Any]:
        """version, hash, modified, simhash hex, first seen, last seen, file: as the scripts take them."""
        now = int(time.time())
        modified = to_epoch(state.modified_at)
        return [state.version, state.content_hash[:HASH_PREFIX_HEX], "" if modified is None else modified,
                format(state.simhash, "016x"), to_epoch(state.first_seen) or now,
                to_epoch(state.last_seen) or now, state.output_file or ""]

    def claim(self, state: ArticleState) -> bool:
        """A pending claim: `confirm` it right after writing the line, or it expires."""
        keys = [self._article_key(state.id), self._pending_key(state.id)]
        if state.output_file and state.output_file not in self._registered_files:
            self._register_file(state.output_file, None)
        args = [*self._fields(state), self.worker, self._claim_ttl_ms]
        if self._claim(keys=keys, args=args) == 1:
            return True
        holder = self._redis.hget(keys[1], "w")
        return holder is not None and self._released(state.id, holder.decode()) \
            and self._claim(keys=keys, args=args) == 1

    def _released(self, article_id: str, holder: str) -> bool:
        """Release `article_id`'s pending claim if `holder` is a dead process of this machine."""
        if not self._holder_is_dead(holder):
            return False
        self._release(keys=[self._pending_key(article_id)], args=[holder])
        return True

    def _holder_is_dead(self, holder: str) -> bool:
        """`host-pid` names a process of this machine that no longer runs.  Another machine's
        process cannot be asked: its claim lasts until it expires."""
        host, _, pid = holder.rpartition("-")
        if host != self._host or not pid.isdigit() or int(pid) in (0, os.getpid()):
            return False
        try:
            os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return True
        except (PermissionError, OverflowError):  # another user's process, or no pid at all
            pass
        return False

    def _register_file(self, name: str, offset: int | None) -> None:
        """Note that run file `name` is on this host's disk (and its reconciled offset, when given)."""
        pipe = self._redis.pipeline(transaction=False)
        if offset is None:
            pipe.hsetnx(f"{self._prefix}files", name, 0)
        else:
            pipe.hset(f"{self._prefix}files", name, offset)
        pipe.hset(f"{self._prefix}file_hosts", name, self._host)
        pipe.execute()
        self._registered_files.add(name)

    def confirm(self, state: ArticleState) -> bool:
        return self._final(state, self.worker)

    def record(self, state: ArticleState) -> bool:
        return self._final(state, "")

    def abandon(self, state: ArticleState) -> None:
        self._release(keys=[self._pending_key(state.id)], args=[self.worker])

    def _final(self, state: ArticleState, worker: str) -> bool:
        keys = [self._article_key(state.id), self._pending_key(state.id)]
        done = self._apply(keys=keys, args=[self._prefix, state.id.lower(), *self._fields(state), worker]) == 1
        if done:
            self._remember(int(state.id, 16))
        return done

    def _remember(self, key: int) -> None:
        self._known[key] = None
        if len(self._known) > KNOWN_CACHED:
            self._known.popitem(last=False)

    def touch(self, article_id: str, seen_at: str) -> None:
        seen = to_epoch(seen_at) or int(time.time())
        self._touches[article_id.lower()] = max(seen, self._touches.get(article_id.lower(), seen))
        if len(self._touches) >= TOUCH_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self._touches:
            return
        pipe = self._redis.pipeline(transaction=False)
        for article_id, seen in self._touches.items():
            self._touch(keys=[self._article_key(article_id), self._pending_key(article_id)], args=[seen],
                        client=pipe)
        pipe.execute()
        self._touches.clear()

    def close(self) -> None:
        self.flush()

    def get(self, article_id: str) -> ArticleState | None:
        pipe = self._redis.pipeline(transaction=False)
        pipe.hgetall(self._article_key(article_id))
        pipe.hgetall(self._pending_key(article_id))
        final, pending = (_decoded(fields) for fields in pipe.execute())
        if pending and self._released(article_id, pending.get("w", "")):
            pending = {}
        if pending and int(pending["v"]) > int(final.get("v", 0)):
            if final:  # the record a confirm will keep: first seen never moves later
                pending["f"] = str(min(int(pending["f"]), int(final["f"])))
            final = pending
        return _state_of(article_id, final) if final else None

    def __contains__(self, article_id: object) -> bool:
        try:
            key = int(article_id, 16)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return False
        if key in self._known:
            return True
        pipe = self._redis.pipeline(transaction=False)
        pipe.exists(self._article_key(str(article_id)))
        pipe.hget(self._pending_key(str(article_id)), "w")
        final, holder = pipe.execute()
        if final:
            self._remember(key)  # a pending claim may still expire: not cached
            return True
        return holder is not None and not self._released(str(article_id), holder.decode())

    def find_near_duplicate(self, simhash: int, max_distance: int, exclude_id: str) -> str | None:
        digits = format(simhash, "016x")
        band_keys = [f"{self._prefix}band:{band}:{digits[12 - 4 * band:16 - 4 * band]}" for band in range(BANDS)]
        best: tuple[int, str] | None = None
        for member in self._redis.sunion(band_keys):
            article_id, _, stored = member.decode().partition(":")
            distance = hamming(int(stored, 16), simhash)
            if distance <= max_distance and article_id != exclude_id and (best is None or distance < best[0]):
                best = (distance, article_id)
        return None if best is None else best[1]

    def mark_not_article(self, article_id: str) -> None:
        self._redis.sadd(f"{self._prefix}not_articles", article_id.lower())

    def is_not_article(self, article_id: str) -> bool:
        return bool(self._redis.sismember(f"{self._prefix}not_articles", article_id.lower()))

    def file_offsets(self) -> dict[str, int]:
        return {name: int(offset) for name, offset in _decoded(self._redis.hgetall(f"{self._prefix}files")).items()}

    def set_file_offset(self, name: str, offset: int) -> None:
        self._register_file(name, offset)

    # -- run files and forgetting -----------------------------------------------------------

    def run_files(self) -> list[str]:
        hosts = _decoded(self._redis.hgetall(f"{self._prefix}file_hosts"))
        return sorted(name for name, host in hosts.items() if host == self._host)

    def _records(self) -> Iterator[tuple[str, str, dict[str, str]]]:
        """(key, article id, fields) of every final and pending article record."""
        for kind in ("a", "p"):
            keys = list(self._redis.scan_iter(match=f"{self._prefix}{kind}:*", count=1000))
            for start in range(0, len(keys), 1000):
                batch = keys[start:start + 1000]
                pipe = self._redis.pipeline(transaction=False)
                for key in batch:
                    pipe.hgetall(key)
                for key, fields in zip(batch, pipe.execute()):
                    if fields:
                        name = key.decode()
                        yield name, name.rpartition(":")[2], _decoded(fields)

    def summary(self) -> StoreSummary:
        per_file: dict[str | None, int] = {}
        articles = set()
        for _, article_id, fields in self._records():
            if article_id not in articles:
                articles.add(article_id)
                per_file[fields.get("o") or None] = per_file.get(fields.get("o") or None, 0) + 1
        keys = sum(1 for _ in self._redis.scan_iter(match=f"{self._prefix}*", count=1000))
        return StoreSummary(articles=len(articles), articles_per_file=per_file,
                            not_articles=self._redis.scard(f"{self._prefix}not_articles"),
                            outbox=self.outbox_count(), size=f"{keys:,} Redis keys under {self._prefix}")

    def forget_files(self, names: list[str]) -> list[ArticleState]:
        wanted = set(names)
        forgotten = self._delete(lambda fields: fields.get("o") in wanted)
        if names:
            self._redis.hdel(f"{self._prefix}files", *names)
            self._redis.hdel(f"{self._prefix}file_hosts", *names)
            self._registered_files.difference_update(names)
        return forgotten

    def forget_ids(self, article_ids: list[str]) -> int:
        known = {article_id.lower() for article_id in article_ids if self.get(article_id) is not None}
        pipe = self._redis.pipeline(transaction=False)
        for article_id in known:
            for key in (self._article_key(article_id), self._pending_key(article_id)):
                self._forget_key(pipe, key, article_id, _decoded(self._redis.hgetall(key)))
        pipe.execute()
        self._known.clear()
        return len(known)

    def forget_since(self, epoch: int) -> int:
        return len({state.id for state in self._delete(lambda fields: int(fields["f"]) >= epoch)})

    def _delete(self, matches) -> list[ArticleState]:
        """Delete the final and pending records whose fields `matches`; returns their states."""
        self.flush()
        forgotten = []
        pipe = self._redis.pipeline(transaction=False)
        for key, article_id, fields in self._records():
            if matches(fields):
                self._forget_key(pipe, key, article_id, fields)
                forgotten.append(_state_of(article_id, fields))
        pipe.execute()
        self._known.clear()
        return forgotten

    def _forget_key(self, pipe, key: str, article_id: str, fields: dict[str, str]) -> None:
        pipe.delete(key)
        if fields.get("s") and key.startswith(f"{self._prefix}a:"):  # pending claims are in no band
            simhash = fields["s"]
            for band in range(BANDS):
                stop = 16 - 4 * band
                pipe.srem(f"{self._prefix}band:{band}:{simhash[stop - 4:stop]}", f"{article_id}:{simhash}")

    def reset(self) -> None:
        self._touches.clear()
        keys = list(self._redis.scan_iter(match=f"{self._prefix}*", count=1000))
        for start in range(0, len(keys), 1000):
            self._redis.delete(*keys[start:start + 1000])
        self._known.clear()
        self._registered_files.clear()

    # -- webhook outbox ---------------------------------------------------------------------

    def outbox_add(self, key: str, payload: Mapping[str, Any]) -> None:
        # A counter, not a clock, orders the entries: two added within one millisecond keep their order.
        order = self._redis.incr(f"{self._prefix}outbox_order")
        entry = json.dumps({"n": order, "p": dict(payload)}, ensure_ascii=False)
        self._redis.hsetnx(f"{self._prefix}outbox", key, entry)

    def outbox_remove(self, keys: list[str]) -> None:
        if keys:
            self._redis.hdel(f"{self._prefix}outbox", *keys)

    def outbox_pending(self) -> list[tuple[str, dict[str, Any]]]:
        entries = [(key, json.loads(entry)) for key, entry
                   in _decoded(self._redis.hgetall(f"{self._prefix}outbox")).items()]
        entries.sort(key=lambda pair: pair[1]["n"])
        return [(key, entry["p"]) for key, entry in entries]

    def outbox_count(self) -> int:
        return self._redis.hlen(f"{self._prefix}outbox")


def _decoded(fields: dict[bytes, bytes]) -> dict[str, str]:
    return {key.decode(): value.decode() for key, value in fields.items()}


def _state_of(article_id: str, text: dict[str, str]) -> ArticleState:
    return ArticleState(
        id=article_id.lower(), version=int(text["v"]), content_hash=text["h"],
        modified_at=wib_iso(int(text["m"])) if text["m"] else None, simhash=int(text["s"], 16),
        first_seen=utc_iso(int(text["f"])), last_seen=utc_iso(int(text["l"])),
        output_file=text["o"] or None,
    )
