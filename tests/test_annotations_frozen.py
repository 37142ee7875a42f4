"""The frozen test splits of our annotated corpora stay as they were when frozen (before any
model was trained or rule tuned on them): their SHA-256 is recorded in ``FROZEN``."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FROZEN = sorted((ROOT / "data" / "annotations").glob("*/FROZEN"))


@pytest.mark.parametrize("record", FROZEN, ids=lambda p: p.parent.name)
def test_frozen_splits_unchanged(record: Path) -> None:
    for line in record.read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((record.parent / name).read_bytes()).hexdigest() == digest, f"{name} changed after freezing"


@pytest.mark.parametrize("corpus", ["events", "attribution"])
def test_test_split_is_frozen(corpus: str) -> None:
    assert any(p.parent.name == corpus and "test.jsonl" in p.read_text() for p in FROZEN)
