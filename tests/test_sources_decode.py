"""Bytes to text: empty and binary files refused with their codes, legacy encodings decoded."""

from __future__ import annotations

import pytest

from newsgraph.errors import DocumentError
from newsgraph.sources.decode import decode_text


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n"])
def test_decode_empty_is_e102(data: bytes) -> None:
    with pytest.raises(DocumentError) as info:
        decode_text(data, "e.txt")
    assert info.value.code == "E102" and info.value.source == "e.txt"
    assert str(info.value).startswith("e.txt: [E102]")


@pytest.mark.parametrize("data", [b"text\x00with a NUL", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4,
                                  b"\x01\x02\x03\x04\x05\x06\x07\x08" * 10 + b"mostly control"])
def test_decode_binary_is_e103(data: bytes) -> None:
    with pytest.raises(DocumentError) as info:
        decode_text(data, "b.txt")
    assert info.value.code == "E103"


def test_decode_utf8() -> None:
    assert decode_text("Café “quoted” — ok".encode(), "u.txt") == ("Café “quoted” — ok", "utf-8")


def test_decode_utf8_bom_dropped() -> None:
    text, encoding = decode_text(b"\xef\xbb\xbfHeadline\n\nBody", "bom.txt")
    assert (text, encoding) == ("Headline\n\nBody", "utf-8")


def test_decode_cp1252_curly_quote_and_accent() -> None:
    raw = "The café’s owner said “no” — twice.".encode("cp1252")
    text, encoding = decode_text(raw, "l.txt")
    assert text == "The café’s owner said “no” — twice."
    assert encoding == "cp1252"


def test_decode_latin1_accents() -> None:
    raw = "Señor Müller visited Zürich and Besançon.".encode("latin-1")
    text, _ = decode_text(raw, "l.txt")
    assert text == "Señor Müller visited Zürich and Besançon."


def test_decode_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    text, encoding = decode_text(b"caf\xe9 \x81 ok", "l.txt")
    assert encoding == "latin-1" and text.startswith("café")


def test_decode_tabs_and_form_feeds_are_text() -> None:
    text, _ = decode_text(b"a\tb\x0cc\r\nd", "t.txt")
    assert text == "a\tb\x0cc\r\nd"
