"""64-bit SimHash of an article body, for near-duplicate detection.

Features are word 3-shingles of the normalized body (lower case, whitespace folded). A
shingle's 64-bit hash is tabulation hashing over its words: each distinct word is hashed
once with BLAKE2b to 24 bytes, read as three 64-bit values (one per position in a shingle),
and a shingle `a b c` hashes to `first(a) ^ second(b) ^ third(c)`. That is stable across
processes and machines (unlike Python's salted `hash()`), 3-independent (enough for the
bit majorities of SimHash), and costs one BLAKE2b call per distinct word instead of one
per shingle. Bodies shorter than three words use their words' first values as features.
"""

from __future__ import annotations

from hashlib import blake2b

SHINGLE_WORDS = 3
# Bodies are capped so one pathological input cannot cost more than a few milliseconds.
MAX_BODY_CHARS = 200_000
# News text reuses a bounded vocabulary: word hashes are kept between calls, up to this many.
_MAX_CACHED_WORDS = 100_000
_LANE = 8  # bytes per 64-bit value
_DIGEST = SHINGLE_WORDS * _LANE  # a word's three values, one per shingle position, in one BLAKE2b digest

_DIGESTS: dict[str, bytes] = {}


def _hash_words(words: list[str]) -> None:
    """Make sure every word of `words` has its digest in `_DIGESTS`."""
    missing = set(words).difference(_DIGESTS)
    if len(_DIGESTS) + len(missing) > _MAX_CACHED_WORDS:
        _DIGESTS.clear()
        missing = set(words)
    for word in missing:
        _DIGESTS[word] = blake2b(word.encode("utf-8"), digest_size=_DIGEST).digest()


def simhash64(text: str) -> int:
    """SimHash of `text` as an unsigned 64-bit int; 0 for a text without words."""
    words = text[:MAX_BODY_CHARS].lower().split()
    if not words:
        return 0
    _hash_words(words)
    # The words' digests in a row: word i's values at bytes 24i (first), 24i + 8 (second), 24i + 16 (third).
    digests = b"".join(map(_DIGESTS.__getitem__, words))
    if len(words) < SHINGLE_WORDS:
        features, count = digests, len(words)
    else:
        # Every shingle's hash at once, at byte 24i: word i's first value XOR word i+1's second (24 + 8 bytes
        # further) XOR word i+2's third (48 + 16 bytes further), the digests read as one big int and shifted.
        count = len(words) - SHINGLE_WORDS + 1
        rows = int.from_bytes(digests, "big")
        rows ^= (rows << 8 * (_DIGEST + _LANE)) ^ (rows << 8 * 2 * (_DIGEST + _LANE))
        features = (rows & ((1 << 8 * len(digests)) - 1)).to_bytes(len(digests), "big")
    # Per bit, the features with that bit set: byte k of every feature taken with a strided slice, read as an
    # int, and each of its bits counted with `bit_count` over a mask, so the tally stays in C.
    ones = int.from_bytes(b"\x01" * count, "big")
    majority = count // 2  # more than half: more than count / 2 rounded down
    fingerprint = 0
    for byte in range(_LANE):
        column = int.from_bytes(features[byte:_DIGEST * count:_DIGEST], "big")
        fingerprint = fingerprint << 8 | _byte_majorities(column, ones, majority)
    return fingerprint


def _byte_majorities(column: int, ones: int, majority: int) -> int:
    """The byte whose bit j is set when more than `majority` bytes of `column` have bit j set (`ones`: 1 in each)."""
    return ((((column >> 7) & ones).bit_count() > majority) << 7 | (((column >> 6) & ones).bit_count() > majority) << 6
            | (((column >> 5) & ones).bit_count() > majority) << 5 | (((column >> 4) & ones).bit_count() > majority) << 4
            | (((column >> 3) & ones).bit_count() > majority) << 3 | (((column >> 2) & ones).bit_count() > majority) << 2
            | (((column >> 1) & ones).bit_count() > majority) << 1 | ((column & ones).bit_count() > majority))


def simhash_hex(text: str) -> str:
    """The SimHash as exported (`simhash` field): 16 hex digits."""
    return format(simhash64(text), "016x")


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two 64-bit fingerprints."""
    return ((a ^ b) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()
