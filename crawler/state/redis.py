"""The state store in Redis, shared by many crawl workers.

Keys (prefix `mina:state:` by default):

* `<prefix>a:<id>`: hash with `v` version, `h` first 16 hex digits of `content_hash`,
  `m` `modified_at` in seconds (empty when unknown), `s` SimHash as 16 hex digits,
  `f`/`l` first/last seen in seconds, `o` run file name (empty when unknown);
* `<prefix>band:<n>:<4 hex>`: set of `<id>:<simhash hex>` whose SimHash band `n` has those
  16 bits (band 0 = the lowest bits, i.e. the last 4 hex digits);
* `<prefix>files`: hash of run file name to bytes already reconciled.

A claim is one Lua script (check the version, write the record, move its band entries),
so two workers can never both win one `(id, version)`.
"""

from __future__ import annotations

import time
from typing import Any

from crawler.state.base import (
    BANDS, HASH_PREFIX_HEX, ArticleState, StateStore, to_epoch, utc_iso, wib_iso,
)
from crawler.parsing.simhash import hamming

DEFAULT_PREFIX = "mina:state:"
TOUCH_BATCH = 1000

# KEYS[1] article hash.  ARGV: prefix, id, version, hash, modified, simhash hex, first, last, file.
_CLAIM = """
local current = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if current >= tonumber(ARGV[3]) then return 0 end
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

# KEYS[1] article hash; ARGV[1] seen time.  Only known articles are touched.
_TOUCH = """
local last = redis.call('HGET', KEYS[1], 'l')
if last and tonumber(last) < tonumber(ARGV[1]) then redis.call('HSET', KEYS[1], 'l', ARGV[1]) end
return 0
"""


class RedisStateStore(StateStore):
    def __init__(self, client: Any, prefix: str = DEFAULT_PREFIX) -> None:
        self._redis = client
        self._prefix = prefix
        self._claim = client.register_script(_CLAIM)
        self._touch = client.register_script(_TOUCH)
        self._touches: dict[str, int] = {}
        # Only positive answers are cached: another worker may add an article, never remove one.
        self._known: set[int] = set()

    @classmethod
    def from_url(cls, url: str, prefix: str = DEFAULT_PREFIX) -> RedisStateStore:
        import redis

        return cls(redis.Redis.from_url(url), prefix)

    def _article_key(self, article_id: str) -> str:
        return f"{self._prefix}a:{article_id.lower()}"

    def claim(self, state: ArticleState) -> bool:
        now = int(time.time())
        modified = to_epoch(state.modified_at)
        won = self._claim(keys=[self._article_key(state.id)], args=[
            self._prefix, state.id.lower(), state.version, state.content_hash[:HASH_PREFIX_HEX],
            "" if modified is None else modified, format(state.simhash, "016x"),
            to_epoch(state.first_seen) or now, to_epoch(state.last_seen) or now, state.output_file or "",
        ]) == 1
        if won:
            self._known.add(int(state.id, 16))
        return won

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
            self._touch(keys=[self._article_key(article_id)], args=[seen], client=pipe)
        pipe.execute()
        self._touches.clear()

    def close(self) -> None:
        self.flush()

    def get(self, article_id: str) -> ArticleState | None:
        fields = self._redis.hgetall(self._article_key(article_id))
        if not fields:
            return None
        text = {k.decode(): v.decode() for k, v in fields.items()}
        return ArticleState(
            id=article_id.lower(), version=int(text["v"]), content_hash=text["h"],
            modified_at=wib_iso(int(text["m"])) if text["m"] else None, simhash=int(text["s"], 16),
            first_seen=utc_iso(int(text["f"])), last_seen=utc_iso(int(text["l"])),
            output_file=text["o"] or None,
        )

    def __contains__(self, article_id: object) -> bool:
        try:
            key = int(article_id, 16)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return False
        if key in self._known:
            return True
        if self._redis.exists(self._article_key(str(article_id))):
            self._known.add(key)
            return True
        return False

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

    def file_offset(self, name: str) -> int:
        return int(self._redis.hget(f"{self._prefix}files", name) or 0)

    def set_file_offset(self, name: str, offset: int) -> None:
        self._redis.hset(f"{self._prefix}files", name, offset)
