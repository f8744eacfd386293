"""64-bit SimHash of an article body, for near-duplicate detection.

Features are word 3-shingles of the normalized body (lower case, whitespace folded),
each hashed with BLAKE2b to 8 bytes: stable across processes and machines, unlike
Python's salted `hash()`.  Bodies shorter than three words use their words as features.
"""

from __future__ import annotations

from hashlib import blake2b

BITS = 64
SHINGLE_WORDS = 3
# Bodies are capped so one pathological input cannot cost more than a few milliseconds.
MAX_BODY_CHARS = 200_000


def simhash64(text: str) -> int:
    """SimHash of `text` as an unsigned 64-bit int; 0 for a text without words."""
    words = text[:MAX_BODY_CHARS].lower().split()
    if not words:
        return 0
    if len(words) < SHINGLE_WORDS:
        features = words
    else:
        features = [" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)]
    # All features' 64-bit BLAKE2b hashes as one string of '0'/'1' (64 characters each), then
    # each bit column counted with a strided slice: the per-bit tally stays in C, ~20x faster
    # than a Python loop over 64 bits per feature.
    digests = b"".join([blake2b(feature.encode("utf-8"), digest_size=8).digest() for feature in features])
    bit_rows = format(int.from_bytes(digests, "big"), "b").zfill(BITS * len(features))
    majority = len(features) / 2
    fingerprint = 0
    for column in range(BITS):
        fingerprint = (fingerprint << 1) | (bit_rows[column::BITS].count("1") > majority)
    return fingerprint


def simhash_hex(text: str) -> str:
    """The SimHash as exported (`simhash` field): 16 hex digits."""
    return format(simhash64(text), "016x")


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two 64-bit fingerprints."""
    return ((a ^ b) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()
