"""Bytes to text, refusing what is not text: a clear error beats mojibake downstream."""

from __future__ import annotations

from newsgraph.errors import DocumentError, Errors

# Control characters other than tab/newline/carriage return/form feed are a sign of binary data.
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})
_MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Return ``(text, encoding)``: UTF-8 (with or without BOM), else Windows-1252, which is
    what a "Latin-1" news file almost always really is."""
    if not data.strip():
        raise DocumentError(source, Errors.E102)
    sample = data[:65536]
    if b"\x00" in sample or sum(sample.count(bytes([c])) for c in _CONTROL) > len(sample) * _MAX_CONTROL_SHARE:
        raise DocumentError(source, Errors.E103)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
