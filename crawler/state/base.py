"""What the crawl state store remembers, and the interface every backend implements.

The JSON lines run files are the log: the full exported record lives there and only
there.  The store is an index over that log, small enough for millions of URLs:

* per article: version, the first 16 hex digits of `content_hash`, `modified_at`
  (whole seconds), the body's 64-bit SimHash, first/last seen (whole seconds) and the
  run file that holds the latest version's line;
* per run file: how many bytes of it reconciliation has already read;
* the webhook outbox: notifications not yet delivered (`crawler.extensions.webhook`),
  keyed by `<id>:<version>`, so a run that could not deliver leaves them for the next.

The store and the run files must agree: `crawler.state.runfiles` finds run files the store
refers to that are gone and forgets their articles, so they are exported again.

Exactly once across crashes: a line is written (one unbuffered write) right after its
`(id, version)` is claimed; `crawler.state.reconcile` re-reads, at start-up, the bytes of
the run files the store has not reconciled yet and records every whole line the store
missed.  So a claim lost in a crash is recovered from the log, and a claim whose line was
never written cannot outlive a crash in SQLite (see `crawler.state.sqlite`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal, NamedTuple

from crawler.parsing.simhash import simhash64
from crawler.times import WIB

HASH_PREFIX_HEX = 16  # content_hash digits kept: 64 bits tell two versions of one article apart
BANDS = 4  # SimHash split into 4 bands of 16 bits: distance <= 3 leaves one band equal
BAND_BITS = 64 // BANDS
MAX_COMPLETE_DISTANCE = BANDS - 1  # find_near_duplicate finds every match up to this distance



def id_key(article_id: str) -> int:
    """The 16-hex article id as a signed 64-bit int (SQLite's INTEGER range)."""
    return to_signed64(int(article_id, 16))


def key_id(key: int) -> str:
    return format(key & 0xFFFF_FFFF_FFFF_FFFF, "016x")


def to_signed64(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def band_values(simhash: int) -> list[int]:
    """The SimHash's bands, each tagged with its band number: `band << 16 | bits`."""
    mask = (1 << BAND_BITS) - 1
    return [(band << BAND_BITS) | ((simhash >> (band * BAND_BITS)) & mask) for band in range(BANDS)]


def to_epoch(iso: str | None) -> int | None:
    """Whole seconds since 1970 of an ISO 8601 time; a time without offset is read as UTC."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())


def wib_iso(epoch: int | None) -> str | None:
    """`modified_at` as the schema writes it: ISO 8601 in WIB."""
    return None if epoch is None else datetime.fromtimestamp(epoch, WIB).isoformat()


def utc_iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(slots=True)
class ArticleState:
    """What the store remembers of one article (the rest is in the run file's line).

    `content_hash` holds the first 16 hex digits of the article's content hash (a longer
    value is cut on store); times are whole seconds; `output_file` is the run file's name
    relative to the output directory.
    """

    id: str
    version: int
    content_hash: str
    modified_at: str | None
    simhash: int
    first_seen: str
    last_seen: str
    output_file: str | None

    @classmethod
    def from_item(cls, item: Mapping[str, Any], *, version: int, seen_at: str,
                  output_file: str | None, first_seen: str | None = None) -> ArticleState:
        """The state of an exported article (`id`, `content_hash`, `modified_at`, `body`)."""
        return cls(
            id=item["id"],
            version=version,
            content_hash=item["content_hash"][:HASH_PREFIX_HEX],
            modified_at=item.get("modified_at"),
            simhash=int(item["simhash"], 16) if item.get("simhash") else simhash64(item.get("body") or ""),
            first_seen=first_seen or seen_at,
            last_seen=seen_at,
            output_file=output_file,
        )


class Decision(NamedTuple):
    """What to do with a freshly parsed article: export it as `version`, or not."""

    action: Literal["new", "update", "unchanged"]
    version: int
    previous: ArticleState | None


@dataclass(frozen=True, slots=True)
class StoreSummary:
    """What `scrapy state show` prints of one store."""

    articles: int
    articles_per_file: dict[str | None, int]  # run file name (None: unknown) -> articles it holds
    not_articles: int
    outbox: int
    size: str  # bytes on disk, or keys in Redis


class StoreWriteError(OSError):
    """The store could not save a change (a full disk, a lost file). The run stops exporting, as when its run file
    cannot take a line; what the store lost of the lines already written, the next run reads back from the run files
    (`crawler.state.reconcile`)."""


class StateStore(ABC):
    """Cross-run memory of exported articles.  Not thread-safe: one store per process.

    A write the store cannot save raises `StoreWriteError`: from `claim`, `confirm`, `abandon`, `record`, `flush` and
    `set_file_offset`; `touch` and `mark_not_article` keep what they could not save for no later run (losing it costs
    a fetch) and log it."""

    def decide(self, article_id: str, content_hash: str, modified_at: str | None, *,
               versions: bool = True) -> Decision:
        """New, changed or unchanged?  A pure read; `claim` records the export.

        A changed `content_hash` is a new version; so is a changed `modified_at`, unless the
        page no longer states one.  With `versions=False` a known article is never exported again.
        """
        previous = self.get(article_id)
        if previous is None:
            return Decision("new", 1, None)
        if versions:
            modified = to_epoch(modified_at)
            if (content_hash[:HASH_PREFIX_HEX] != previous.content_hash
                    or (modified is not None and modified != to_epoch(previous.modified_at))):
                return Decision("update", previous.version + 1, previous)
        return Decision("unchanged", previous.version, previous)

    @abstractmethod
    def claim(self, state: ArticleState) -> bool:
        """Atomically record the export of `(state.id, state.version)`.

        True: this caller owns that version and must write its line now.  False: that
        version (or a later one) was already exported, by this or another process: skip.
        """

    def confirm(self, state: ArticleState) -> bool:
        """The line of a won `claim` is written: make the claim final.

        Called right after the line's write.  SQLite keeps a won claim in a savepoint of its batch
        until then (the batch's commit keeps it in any case); Redis keeps a claim pending until then,
        so a claim whose writer died before writing is released (see `crawler.state.redis`).  False: the claim was released
        and taken over meanwhile (the line is then a duplicate of the new owner's).
        """
        return True

    @abstractmethod
    def abandon(self, state: ArticleState) -> None:
        """The line of a won `claim` could not be written (a full disk): undo the claim, as if it had not
        been made, so that a later run exports that version again."""

    def record(self, state: ArticleState) -> bool:
        """Record a version whose line already exists in the log (reconciliation).

        Final at once, over any pending claim of that version.  True if it was recorded,
        False if the store already had that version or a later one.
        """
        return self.claim(state)

    @abstractmethod
    def touch(self, article_id: str, seen_at: str) -> None:
        """Record that an unchanged article was seen again (batched; may be lost in a crash)."""

    @abstractmethod
    def get(self, article_id: str) -> ArticleState | None: ...

    @abstractmethod
    def __contains__(self, article_id: object) -> bool:
        """Was the article ever exported?  The fast path of a rerun."""

    @abstractmethod
    def mark_not_article(self, article_id: str) -> None:
        """Remember that the page with this id is not an article (a static page linked from
        every page): monitor polls need not fetch it again."""

    @abstractmethod
    def is_not_article(self, article_id: str) -> bool:
        """Was the page with this id found not to be an article?"""

    @abstractmethod
    def find_near_duplicate(self, simhash: int, max_distance: int, exclude_id: str) -> str | None:
        """Id of the known article closest to `simhash` within `max_distance` bits, or None.

        Complete up to `MAX_COMPLETE_DISTANCE`; above it only articles sharing a band are compared.
        """

    @abstractmethod
    def file_offsets(self) -> dict[str, int]:
        """Bytes of each run file already reconciled, by file name (a file never seen is not there).
        All at once: start-up reconciles every run file of the site's history, each poll."""

    @abstractmethod
    def set_file_offset(self, name: str, offset: int) -> None: ...

    @abstractmethod
    def flush(self) -> None:
        """Make pending claims and touches visible to other processes."""

    # -- run files and forgetting (`crawler.state.runfiles`, `scrapy state`) ----------------

    @abstractmethod
    def run_files(self) -> list[str]:
        """Names of the run files of this machine the store refers to (claimed or reconciled)."""

    @abstractmethod
    def summary(self) -> StoreSummary:
        """Counts for `scrapy state show` (reads every article record: not for the crawl's path)."""

    @abstractmethod
    def forget_files(self, names: list[str]) -> list[ArticleState]:
        """Forget the run files `names` and every article whose latest version they hold, so those
        articles count as new again; returns the forgotten articles."""

    @abstractmethod
    def forget_ids(self, article_ids: list[str]) -> int:
        """Forget these articles (known or not); returns how many were known."""

    @abstractmethod
    def forget_since(self, epoch: int) -> int:
        """Forget the articles first seen at or after `epoch` (seconds); returns how many."""

    @abstractmethod
    def reset(self) -> None:
        """Forget everything: articles, run files, pages that are not articles, the outbox."""

    # -- webhook outbox -------------------------------------------------------------------

    @abstractmethod
    def outbox_add(self, key: str, payload: Mapping[str, Any]) -> None:
        """Keep a notification until `outbox_remove`; a key already kept keeps its place."""

    @abstractmethod
    def outbox_remove(self, keys: list[str]) -> None: ...

    @abstractmethod
    def outbox_pending(self) -> list[tuple[str, dict[str, Any]]]:
        """The kept notifications, oldest first."""

    @abstractmethod
    def outbox_count(self) -> int: ...

    @abstractmethod
    def close(self) -> None:
        """Flush and release the backend."""

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
