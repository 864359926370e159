"""The words of each language the library reads, one module a language.

A module holds what CLDR does not give: the qualifiers news writes before (or,
in Kazakh, after) a figure, the words that join a figure to its stated
equivalent and the hedges inside a bracket, the names of places that decide an
ambiguous currency, and the supplements to CLDR's currency names.  ``lexicon``,
``scan``, ``link`` and ``places`` build their patterns from these tables and
hold no words of their own: adding a language means adding one module here and
naming it in :data:`LANGUAGES`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import Any

from . import en, kk, ru

__all__ = ["CODES", "LANGUAGES", "LANGUAGE_OF", "merged", "words"]

#: Every language module, English first: where two languages give one word
#: different meanings, the first wins.
LANGUAGES: tuple[ModuleType, ...] = (en, ru, kk)
#: Their babel locale names.
CODES: tuple[str, ...] = tuple(m.__name__.rsplit(".", 1)[1] for m in LANGUAGES)
#: Each module by its locale name.
LANGUAGE_OF: Mapping[str, ModuleType] = dict(zip(CODES, LANGUAGES, strict=True))


def words(name: str) -> list[str]:
    """Every language's entries of the list ``name``, in language order, once each."""
    out: list[str] = []
    for lang in LANGUAGES:
        for w in getattr(lang, name, ()):
            if w not in out:
                out.append(w)
    return out


def merged(name: str) -> dict[str, Any]:
    """Every language's mapping ``name`` in one dict, the earlier language winning."""
    out: dict[str, Any] = {}
    for lang in LANGUAGES:
        table: Mapping[str, Any] = getattr(lang, name, {})
        for k, v in table.items():
            out.setdefault(k, v)
    return out
