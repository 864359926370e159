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

from ..errors import InvalidArgumentError
from .base import RateProvider
from .chain import ChainedRates, DefaultRates, default_rates
from .ecb import EcbRates
from .forex import ForexPythonRates
from .hmrc import HmrcRates
from .nbk import NbkRates
from .table import TableRates

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

_NAMED: dict[str, Callable[[], RateProvider]] = {
    "default": default_rates,
    "ecb": EcbRates,
    "hmrc": HmrcRates,
    "nbk": NbkRates,
    "forex": ForexPythonRates,
}


def provider_from_name(name_or_path: str) -> RateProvider:
    """The provider a name stands for (``default``, ``ecb``, ``hmrc``, ``nbk``,
    ``forex``), or a :class:`TableRates` read from a CSV file at that path.
    """
    if not isinstance(name_or_path, str):
        raise InvalidArgumentError(f"rates {name_or_path!r} is not a name or a path")
    make = _NAMED.get(name_or_path.strip().lower())
    if make is not None:
        return make()
    if os.path.isfile(name_or_path):
        return TableRates.from_csv(name_or_path)
    raise InvalidArgumentError(
        f"rates {name_or_path!r} is not one of {', '.join(_NAMED)} nor a CSV file"
    )
