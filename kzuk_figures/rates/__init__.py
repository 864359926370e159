"""Exchange-rate providers.

Every provider has ``name``, ``rate(base, quote, on) -> Rate`` (``value`` units
of ``quote`` per one ``base``) and ``coverage() -> (first, last)``, and raises
RateNotFoundError when it has no rate.  The default, :func:`default_rates`, is
offline: ECB daily reference rates, else HMRC monthly rates.  NBK and
forex-python are live and opt-in; :class:`TableRates` holds the caller's own.

Importing this package loads no rate table and no optional dependency.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import importlib
from typing import TYPE_CHECKING, Any

from ..errors import InvalidArgumentError
from .base import RateProvider

if TYPE_CHECKING:
    from .chain import ChainedRates, DefaultRates, default_rates
    from .ecb import EcbRates
    from .forex import ForexPythonRates
    from .hmrc import HmrcRates
    from .nbk import NbkRates
    from .table import TableRates

# Each provider's module is imported when first named (PEP 562), so that
# ``import kzuk_figures`` does not pay for urllib, csv and the rest.
_HOME = {
    "ChainedRates": "chain",
    "DefaultRates": "chain",
    "default_rates": "chain",
    "EcbRates": "ecb",
    "ForexPythonRates": "forex",
    "HmrcRates": "hmrc",
    "NbkRates": "nbk",
    "TableRates": "table",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        value = getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "ChainedRates",
    "DefaultRates",
    "EcbRates",
    "ForexPythonRates",
    "HmrcRates",
    "NbkRates",
    "RateProvider",
    "TableRates",
    "default_rates",
    "provider_from_name",
]

_NAMED: dict[str, str] = {
    "default": "default_rates",
    "ecb": "EcbRates",
    "hmrc": "HmrcRates",
    "nbk": "NbkRates",
    "forex": "ForexPythonRates",
}


def provider_from_name(name_or_path: str) -> RateProvider:
    """The provider a name stands for (``default``, ``ecb``, ``hmrc``, ``nbk``,
    ``forex``), or a :class:`TableRates` read from a CSV file at that path.
    """
    if not isinstance(name_or_path, str):
        raise InvalidArgumentError(f"rates {name_or_path!r} is not a name or a path")
    make = _NAMED.get(name_or_path.strip().lower())
    if make is not None:
        factory: Callable[[], RateProvider] = __getattr__(make)
        return factory()
    if os.path.isfile(name_or_path):
        return __getattr__("TableRates").from_csv(name_or_path)
    raise InvalidArgumentError(
        f"rates {name_or_path!r} is not one of {', '.join(_NAMED)} nor a CSV file"
    )
