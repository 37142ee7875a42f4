"""The on-disk index cache: built once, loaded after, rebuilt when its inputs change, never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.lexicons import index_cache


class Builder:
    """Counts its calls, so a test can tell a load from a build."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(index_cache.CACHE_ENV, str(tmp_path))
    return tmp_path


def test_cached_builds_once_then_loads(cache: Path) -> None:
    build = Builder({"putin": ["RUSGOV"]})
    assert index_cache.cached("demo", build, [b"rows"]) == {"putin": ["RUSGOV"]}
    assert index_cache.cached("demo", build, [b"rows"]) == {"putin": ["RUSGOV"]}
    assert build.calls == 1
    assert len(list(cache.glob("demo-*.pickle"))) == 1


def test_cached_rebuilds_when_inputs_change_and_drops_the_stale_index(cache: Path) -> None:
    build = Builder([1])
    index_cache.cached("demo", build, [b"old rows"])
    index_cache.cached("demo", build, [b"new rows"])
    assert build.calls == 2
    assert len(list(cache.glob("demo-*.pickle"))) == 1


def test_cached_keeps_other_indexes(cache: Path) -> None:
    index_cache.cached("demo", Builder(1), [b"x"])
    index_cache.cached("demo_other", Builder(2), [b"x"])
    assert {p.name.split("-")[0] for p in cache.glob("*.pickle")} == {"demo", "demo_other"}


def test_cached_rebuilds_a_corrupt_file(cache: Path) -> None:
    build = Builder("value")
    index_cache.cached("demo", build, [b"x"])
    next(cache.glob("demo-*.pickle")).write_bytes(b"not a pickle")
    assert index_cache.cached("demo", build, [b"x"]) == "value"
    assert build.calls == 2


def test_cached_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(index_cache.CACHE_ENV, "off")
    monkeypatch.chdir(tmp_path)
    build = Builder(3)
    assert index_cache.cached("demo", build) == 3
    assert index_cache.cached("demo", build) == 3
    assert build.calls == 2
    assert not list(tmp_path.rglob("*.pickle"))


def test_cached_survives_an_unwritable_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setenv(index_cache.CACHE_ENV, str(blocker / "indexes"))
    assert index_cache.cached("demo", Builder([4])) == [4]


def test_default_cache_dir_is_the_users_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(index_cache.CACHE_ENV, raising=False)
    folder = index_cache.cache_dir()
    assert folder is not None and "newsgraph" in folder.parts


def test_lexicon_files_reads_package_data() -> None:
    (people,) = index_cache.lexicon_files("people.tsv")
    assert people.startswith(b"# people.tsv")
