"""newsgraph: reads news reports and records, with evidence, who did what to whom, who said
what, when and where.

    >>> import newsgraph
    >>> record = newsgraph.extract("examples/01_baltic_cable_patrol.txt")
    >>> record.to_dict()["article"]["title"]
    'Germany Proposes Joint Naval Patrol to Guard Baltic Sea Cables'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "__version__"]

if TYPE_CHECKING:
    from newsgraph.extraction import extract, extract_many


def __getattr__(name: str) -> Any:
    """Import the NLP stack only when asked: ``import newsgraph`` stays cheap."""
    if name in ("extract", "extract_many"):
        from newsgraph import extraction as module

        return getattr(module, name)
    raise AttributeError(name)
