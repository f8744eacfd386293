"""SimHash: stable, blind to case and spacing, close for near-copies, far for other articles."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

import crawler
from crawler.parsing.simhash import MAX_BODY_CHARS, hamming, simhash64, simhash_hex

PROJECT_ROOT = str(Path(crawler.__file__).resolve().parent.parent)


def _vocabulary(rng: random.Random) -> list[str]:
    letters = "abdegikmnoprstuy"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(4000)]


def _sentence(rng: random.Random, vocabulary: list[str]) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 20))) + "."


def _body(rng: random.Random, vocabulary: list[str], words: int) -> list[str]:
    sentences: list[str] = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(_sentence(rng, vocabulary))
    return sentences


def test_case_and_whitespace_do_not_matter():
    text = "Jakarta, MINA – Pemerintah Indonesia menyatakan dukungan penuh bagi Palestina."
    variant = "  jakarta,   mina –\n\npemerintah INDONESIA menyatakan\tdukungan penuh bagi palestina. "
    assert simhash64(text) == simhash64(variant)


def test_stable_across_processes():
    text = "Al-Quds, MINA – Ribuan jamaah melaksanakan shalat Jumat di Masjid Al-Aqsa."
    code = f"from crawler.parsing.simhash import simhash64; print(simhash64({text!r}))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "123", "PYTHONPATH": PROJECT_ROOT})
    assert int(other.stdout) == simhash64(text)


def test_short_and_empty_texts():
    assert simhash64("") == 0 == simhash64("   \n ")
    assert simhash64("satu") != simhash64("dua")
    assert 0 <= simhash64("satu dua") < 1 << 64


def test_hamming():
    assert hamming(0, 0) == 0
    assert hamming(0, (1 << 64) - 1) == 64
    assert hamming(-1, (1 << 64) - 1) == 0  # signed and unsigned forms of one fingerprint
    assert hamming(0b1010, 0b0110) == 2


def test_one_changed_word_stays_close_and_other_articles_stay_far():
    rng = random.Random(7)
    vocabulary = _vocabulary(rng)
    word_changed, unrelated = [], []
    for _ in range(60):
        sentences = _body(rng, vocabulary, 600)
        text = " ".join(sentences)
        words = text.split()
        words[rng.randrange(len(words))] = "berubah"
        word_changed.append(hamming(simhash64(text), simhash64(" ".join(words))))
        other = " ".join(_body(rng, vocabulary, 600))
        unrelated.append(hamming(simhash64(text), simhash64(other)))
    word_changed.sort()
    assert word_changed[len(word_changed) // 2] <= 3  # the median near-copy is within the default threshold
    assert min(unrelated) >= 16


def test_a_changed_sentence_moves_fewer_bits_in_longer_bodies():
    rng = random.Random(11)
    vocabulary = _vocabulary(rng)

    def median_distance(words: int) -> int:
        distances = []
        for _ in range(40):
            sentences = _body(rng, vocabulary, words)
            edited = list(sentences)
            edited[rng.randrange(len(edited))] = _sentence(rng, vocabulary)
            distances.append(hamming(simhash64(" ".join(sentences)), simhash64(" ".join(edited))))
        return sorted(distances)[len(distances) // 2]

    short, long = median_distance(150), median_distance(1200)
    assert long < short <= 16


def test_a_huge_text_is_read_up_to_the_cap():
    # What a huge text costs is bench/bench_hostile.py's; here, that only its first MAX_BODY_CHARS count.
    head = "kata berita " * (MAX_BODY_CHARS // 12 + 1)
    assert simhash64(head[:MAX_BODY_CHARS] + "lain " * 500_000) == simhash64(head[:MAX_BODY_CHARS])


def test_word_hash_cache_is_bounded_and_invisible(monkeypatch):
    from crawler.parsing import simhash

    text = "Ribuan jamaah melaksanakan shalat Jumat di Masjid Al-Aqsa pada hari Jumat."
    warm = simhash64(text)
    monkeypatch.setattr(simhash, "_MAX_CACHED_WORDS", 5)
    simhash._DIGESTS.clear()
    assert simhash64(text) == warm  # a cache flush mid-text changes nothing
    assert simhash64("satu dua tiga") != warm
    assert len(simhash._DIGESTS) <= len(set(text.lower().split()))


@pytest.mark.parametrize("text, fingerprint", [
    ("satu", "e4f89028973e32aa"),
    ("satu dua", "04e89020801e1202"),
    ("Al-Quds, MINA – Ribuan jamaah melaksanakan shalat Jumat di Masjid Al-Aqsa.", "0a2e7f7bd65f2f87"),
    (" ".join(f"kata{i % 97}" for i in range(700)), "0cde38adb2076f5c"),  # more than 255 features
])
def test_fingerprints_stay_comparable_with_stored_ones(text, fingerprint):
    assert simhash_hex(text) == fingerprint
