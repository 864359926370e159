"""kzuk_figures: find monetary and numeric claims in text, normalise them, and
cross-check every stated currency conversion against reference exchange rates.

>>> import kzuk_figures as kf
>>> [f.text for f in kf.extract("over 3.5 billion tenge (US$6.7 million)")]
['3.5 billion tenge', 'US$6.7 million']
"""

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
from .check import check
from .convert import convert
from .link import Conversion, link
from .report import Report, report
from .scan import extract
from .types import Check, Figure, Rate
from .units import normalise

if TYPE_CHECKING:
    from .batch import scan_many

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


def __getattr__(name: str) -> object:
    # The batch runner (process pools, file walking) loads when first used,
    # not with every ``import kzuk_figures``.
    if name == "scan_many":
        from .batch import scan_many

        globals()["scan_many"] = scan_many
        return scan_many
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
