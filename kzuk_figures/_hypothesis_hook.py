"""Hypothesis's entry point: ``st.from_type(Figure)`` draws figures.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, through
the ``hypothesis`` entry-point group in ``pyproject.toml``.  The hook only
registers a function; :mod:`kzuk_figures.strategies` is imported the first
time Hypothesis resolves the type, so ``import hypothesis`` stays cheap.
"""

from __future__ import annotations

from typing import Any


def _hypothesis_setup_hook() -> None:
    import hypothesis.strategies as st

    from .types import Figure

    st.register_type_strategy(Figure, _figures)


def _figures(_: type) -> Any:
    """Figures of every kind, as :func:`kzuk_figures.strategies.figure_phrases` states them."""
    from .strategies import figure_phrases

    return figure_phrases().map(_figure_of)


def _figure_of(phrase_and_figure: tuple[str, Any]) -> Any:
    return phrase_and_figure[1]
