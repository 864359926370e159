"""kzuk_figures: find monetary and numeric claims in text, normalise them, and
cross-check every stated currency conversion against reference exchange rates.

>>> import kzuk_figures as kf
>>> [f.text for f in kf.extract("over 3.5 billion tenge (US$6.7 million)")]
['3.5 billion tenge', 'US$6.7 million']
"""

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING

from .errors import (
    ArgumentTypeError,
    FloatAmountError,
    InvalidArgumentError,
    KzukFiguresError,
    RateNotFoundError,
    RateSourceError,
    UnknownCurrencyError,
)

if TYPE_CHECKING:
    from .batch import scan_many
    from .check import check
    from .convert import convert
    from .link import Conversion, link
    from .report import Report, report
    from .scan import extract
    from .types import Check, Figure, Rate
    from .units import normalise

__version__ = "0.1.0"

__all__ = [
    "ArgumentTypeError",
    "Check",
    "Conversion",
    "Figure",
    "FloatAmountError",
    "InvalidArgumentError",
    "KzukFiguresError",
    "Rate",
    "Report",
    "RateNotFoundError",
    "RateSourceError",
    "UnknownCurrencyError",
    "__version__",
    "check",
    "convert",
    "extract",
    "link",
    "normalise",
    "report",
    "scan_many",
]


# Each public name, with the module it lives in.  The pipeline's modules load
# when one of their names is first used, not with ``import kzuk_figures``: a
# notebook that only extracts never pays for the checker, the claims or the
# report, and nobody pays at import for the regexes and dataclasses of all.
_HOMES = {
    "Check": "types",
    "Conversion": "link",
    "Figure": "types",
    "Rate": "types",
    "Report": "report",
    "check": "check",
    "convert": "convert",
    "extract": "scan",
    "link": "link",
    "normalise": "units",
    "report": "report",
    "scan_many": "batch",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(importlib.import_module(f".{home}", __name__), name)
        globals()[name] = value
        return value
    if not name.startswith("_"):
        # ``kf.rates.default_rates()`` worked when every module loaded with the
        # package; it still does.
        try:
            return importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(ModuleType):
    def __setattr__(self, name: str, value: object) -> None:
        # importlib binds each loaded submodule on its package.  Four public
        # functions share their module's name (check, convert, link, report);
        # ``kf.check`` stays the function, as ``from .check import check``
        # at import made it, whichever of them loads first.
        if isinstance(value, ModuleType) and _HOMES.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)

    def __reduce__(self) -> tuple[object, tuple[str]]:
        # A plain module is pickled by name (cloudpickle does so for a lambda
        # that uses ``kf``, as Dask and Spark pickle it); so is this one.
        return importlib.import_module, (self.__name__,)


sys.modules[__name__].__class__ = _Package
