"""What every scorer shares: the F1 of a precision and a recall, and reports that add up."""

from __future__ import annotations

from dataclasses import fields


def harmonic_mean(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


class Counts:
    """Reports are counters plus detail lines; adding one to another sums field by field."""

    def add(self, other: Counts) -> None:
        for f in fields(self):  # type: ignore[arg-type]
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
