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

BITS = 64
SHINGLE_WORDS = 3
# Bodies are capped so one pathological input cannot cost more than a few milliseconds.
MAX_BODY_CHARS = 200_000
# News text reuses a bounded vocabulary: word hashes are kept between calls, up to this many.
_MAX_CACHED_WORDS = 100_000
_LANE = 8  # bytes per 64-bit value
# `_BIT_OF[j]` maps a byte to its bit j (0 = most significant) as a byte 0 or 1.
_BIT_OF = [bytes((value >> (7 - bit)) & 1 for value in range(256)) for bit in range(8)]

# Per shingle position, each word's 8-byte value (one BLAKE2b digest split in three).
_POSITIONS: tuple[dict[str, bytes], dict[str, bytes], dict[str, bytes]] = ({}, {}, {})


def _hash_words(words: list[str]) -> None:
    """Make sure every word of `words` has its values in `_POSITIONS`."""
    first, second, third = _POSITIONS
    missing = set(words).difference(first)
    if len(first) + len(missing) > _MAX_CACHED_WORDS:
        for table in _POSITIONS:
            table.clear()
        missing = set(words)
    for word in missing:
        digest = blake2b(word.encode("utf-8"), digest_size=3 * _LANE).digest()
        first[word], second[word], third[word] = digest[:_LANE], digest[_LANE:2 * _LANE], digest[2 * _LANE:]


def simhash64(text: str) -> int:
    """SimHash of `text` as an unsigned 64-bit int; 0 for a text without words."""
    words = text[:MAX_BODY_CHARS].lower().split()
    if not words:
        return 0
    _hash_words(words)
    first, second, third = _POSITIONS
    if len(words) < SHINGLE_WORDS:
        rows = b"".join(map(first.__getitem__, words))
    else:
        # Every shingle's hash at once: the three positions' values joined and XORed as big ints.
        end = len(words) - SHINGLE_WORDS + 1
        hashes = (int.from_bytes(b"".join(map(first.__getitem__, words[:end])), "big")
                  ^ int.from_bytes(b"".join(map(second.__getitem__, words[1:end + 1])), "big")
                  ^ int.from_bytes(b"".join(map(third.__getitem__, words[2:end + 2])), "big"))
        rows = hashes.to_bytes(_LANE * end, "big")
    # Per bit column, the features with that bit set: byte k of every row taken with a strided
    # slice, each of its bits counted with a translate table, so the tally stays in C.
    majority = len(rows) // _LANE / 2
    fingerprint = 0
    for byte in range(_LANE):
        column = rows[byte::_LANE]
        for table in _BIT_OF:
            fingerprint = (fingerprint << 1) | (column.translate(table).count(1) > majority)
    return fingerprint


def simhash_hex(text: str) -> str:
    """The SimHash as exported (`simhash` field): 16 hex digits."""
    return format(simhash64(text), "016x")


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two 64-bit fingerprints."""
    return ((a ^ b) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()
