"""Indexes built from data files, kept on disk between processes.

Building the people, event-verb and gazetteer indexes folds and sorts some 200,000 names; a
process that codes one article would spend most of its start-up there. The first process
builds each index and pickles it into the user's cache directory; later ones load it in a few
milliseconds. The file name holds a digest of everything the index is built from (the data
files' bytes, the source of the module that builds it, newsgraph's version), so an edited
lexicon row, a changed builder or an upgrade makes a new index and never reads a stale one.

``NEWSGRAPH_CACHE_DIR`` moves the cache; set to ``off`` (or to a place that cannot be written)
it is not used and every process builds its indexes in memory, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from importlib import metadata, resources
from pathlib import Path
from typing import Callable, Iterable, TypeVar

import platformdirs

__all__ = ["cached", "lexicon_files"]

_T = TypeVar("_T")
CACHE_ENV = "NEWSGRAPH_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where indexes are kept, or None when caching is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "no") else Path(configured)
    return Path(platformdirs.user_cache_dir("newsgraph", appauthor=False)) / "indexes"


def lexicon_files(*names: str) -> Iterable[bytes]:
    """The bytes of this package's lexicon files, as parts of a cache key."""
    folder = resources.files("newsgraph.lexicons")
    return (folder.joinpath(name).read_bytes() for name in names)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def _digest(name: str, build: Callable[[], object], parts: Iterable[bytes]) -> str:
    digest = hashlib.sha256(f"{name}\0{_version('newsgraph')}\0{sys.version_info[:2]}".encode())
    module = sys.modules.get(build.__module__)
    source = getattr(module, "__file__", None)
    if source:
        digest.update(Path(source).read_bytes())
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:20]


def cached(name: str, build: Callable[[], _T], parts: Iterable[bytes] = ()) -> _T:
    """``build()``'s result, loaded from the cache when an index of the same inputs is there.

    ``parts`` are the bytes the index is built from (data files, a library's version). Any
    failure to read or write the cache falls back to building in memory: the cache may make a
    process faster, never make it fail.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{_digest(name, build, parts)}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own file, in the user's own cache
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    """Write atomically (a process reading at the same time sees all or nothing) and drop the
    indexes of this name that older inputs made."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    prefix = path.name.rsplit("-", 1)[0] + "-"
    for stale in path.parent.glob(f"{prefix}*.pickle"):
        if stale != path and len(stale.name) == len(path.name):
            with contextlib.suppress(OSError):
                stale.unlink()
