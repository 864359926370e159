"""kzuk_figures: find monetary and numeric claims in text, normalise them, and
cross-check every stated currency conversion against reference exchange rates.

>>> import kzuk_figures as kf
>>> [f.text for f in kf.extract("over 3.5 billion tenge (US$6.7 million)")]
['3.5 billion tenge', 'US$6.7 million']
"""

from .errors import (
    ArgumentTypeError,
    FloatAmountError,
    InvalidArgumentError,
    KzukFiguresError,
    RateNotFoundError,
    RateSourceError,
    UnknownCurrencyError,
)
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
