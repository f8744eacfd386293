import random
import struct

from crawler.datasets.extsort import sorted_records


def test_many_chunks_merge_into_one_sorted_sequence_and_leave_no_files(tmp_path):
    rng = random.Random(7)
    records = [struct.pack(">IQ", rng.randrange(1000), n) for n in range(2_500)]
    result = list(sorted_records(iter(records), 12, tmp_path, chunk_records=100))
    assert result == sorted(records)
    assert list(tmp_path.iterdir()) == []


def test_one_chunk_stays_in_memory(tmp_path):
    records = [bytes([n]) for n in (3, 1, 2)]
    assert list(sorted_records(records, 1, tmp_path, chunk_records=10)) == [b"\x01", b"\x02", b"\x03"]
    assert list(tmp_path.iterdir()) == []


def test_chunk_files_are_removed_when_the_reader_stops_early(tmp_path):
    records = (struct.pack(">I", n) for n in range(1_000, 0, -1))
    merged = sorted_records(records, 4, tmp_path, chunk_records=50)
    assert next(merged) == struct.pack(">I", 1)
    assert list(tmp_path.iterdir())  # the spilled chunks exist while the merge is open
    merged.close()
    assert list(tmp_path.iterdir()) == []
