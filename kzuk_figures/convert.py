"""Convert a money figure, or a bare amount, into another currency."""

from __future__ import annotations

import dataclasses
import datetime
from decimal import Context, Decimal

from .errors import InvalidArgumentError
from .rates.base import RateProvider, check_amount, check_code, check_date, check_figure_amounts
from .types import Figure, tidy

__all__ = ["convert"]


def convert(
    figure_or_amount: Figure | Decimal | int,
    to: str,
    *,
    on: datetime.date,
    rates: RateProvider | None = None,
    currency: str | None = None,
) -> Figure:
    """The figure in ``to`` at ``on``'s rate: value, low and high multiplied exactly.

    A bare amount needs ``currency=``; a figure uses its own currency, or
    ``currency=`` when it has none (say, one of its ``candidates``).
    ``rates`` defaults to :func:`~kzuk_figures.rates.default_rates`.

    >>> import datetime
    >>> from decimal import Decimal
    >>> convert(Decimal("1000"), "KZT", currency="USD", on=datetime.date(2025, 5, 2)).value  # HMRC
    Decimal('523742.8980483761585411800166')
    """
    to = check_code(to)
    on = check_date(on)
    figure = _as_figure(figure_or_amount, currency)
    assert figure.currency is not None  # _as_figure guarantees it
    if rates is None:
        from .rates import default_rates

        rates = default_rates()
    factor = rates.rate(figure.currency, to, on).value
    return dataclasses.replace(
        figure,
        value=_times(figure.value, factor),
        low=_times(figure.low, factor),
        high=_times(figure.high, factor),
        currency=to,
        currency_text=to,
        currency_inferred=False,
        # The candidates were other readings of the source currency's symbol.
        candidates=(),
    )


def _as_figure(given: object, currency: str | None) -> Figure:
    code = check_code(currency) if currency is not None else None
    if isinstance(given, Figure):
        check_figure_amounts(given)
        if given.kind != "money":
            raise InvalidArgumentError(f"figure {given.text!r} is {given.kind}, not money")
        if given.currency is None:
            if code is None:
                hint = (
                    f"; pass currency= one of {', '.join(given.candidates)}"
                    if given.candidates
                    else ""
                )
                raise InvalidArgumentError(f"figure {given.text!r} has no currency{hint}")
            return dataclasses.replace(given, currency=code)
        if code is not None and code != given.currency:
            raise InvalidArgumentError(
                f"figure {given.text!r} is in {given.currency}, not currency={currency!r}"
            )
        return given
    amount = check_amount(given, "amount")
    if code is None:
        raise InvalidArgumentError(f"amount {given!r} needs currency=")
    return Figure(
        kind="money",
        start=0,
        end=0,
        text="",
        value=amount,
        low=amount,
        high=amount,
        currency=code,
        currency_text=code,
    )


def _times(amount: Decimal | None, factor: Decimal) -> Decimal | None:
    if amount is None:
        return None
    # Enough digits for the whole product, so nothing is rounded.
    digits = len(amount.as_tuple().digits) + len(factor.as_tuple().digits)
    return tidy(Context(prec=digits).multiply(amount, factor))
