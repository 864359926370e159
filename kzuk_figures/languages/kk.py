"""Kazakh: the words the Kazakh-language press writes around a figure that CLDR
does not give.  Kazakh puts most qualifiers after the figure and inflects the
currency's name ("теңгені", "долларға"); ``scan`` strips those endings."""

from __future__ import annotations

from collections.abc import Mapping

#: What may stand right before a numeral, and the qualifier it means.
QUALIFIERS: Mapping[str, str] = {"шамамен": "about", "кемінде": "at_least"}

#: What may stand right after a figure: "5 млрд теңгеден астам", "2 трлн теңге
#: шамасында", "300 млн долларға дейін".
QUALIFIERS_AFTER: Mapping[str, str] = {
    "астам": "over", "артық": "over", "шамасында": "about", "шамасы": "about", "дейін": "up_to",
}  # fmt: skip

# ------------------------------------------------------ stated equivalents
#: Hedges before a stated equivalent: "(шамамен 5 млн доллар)".
HEDGES: tuple[str, ...] = ("шамамен", "кемінде", "жуық")

#: Words that join a figure to its equivalent: "X немесе Y", "X, яғни Y".
CONNECTORS: tuple[str, ...] = ("немесе", "яғни", "бұл")

#: Words that open a bracket before its equivalent.
BRACKET_OPENERS: tuple[str, ...] = ("немесе", "яғни")

#: What may follow the equivalent inside its bracket: "(… ағымдағы бағам бойынша)".
BRACKET_TAILS: tuple[str, ...] = (
    "(?:ағымдағы |ресми |орташа )?бағам(?:мен| бойынша)",
    "шамасында", "астам", "баламасында",
)

# ------------------------------------------------------------------ places
#: Capitals and cities CLDR's Kazakh territory names do not give; a name
#: matches any word it begins ("Бішкекте").
PLACES: Mapping[str, str] = {
    "Бішкек": "KG", "Қырғыз": "KG", "Баку": "AZ", "Әзірбайжан": "AZ",
    "Түрікмен": "TM", "Ашхабад": "TM", "Өзбек": "UZ", "Ташкент": "UZ",
    "Тәжік": "TJ", "Душанбе": "TJ", "Астана": "KZ", "Алматы": "KZ",
}  # fmt: skip

# ------------------------------------------------------- currency names
#: Written names CLDR's Kazakh lacks: its names are possessive ("Қазақстан
#: теңгесі"), and the press writes the bare noun and abbreviates the dollar.
NAME_SUPPLEMENT: Mapping[str, tuple[str, ...]] = {
    "теңге": ("KZT",),
    "фунт стерлинг": ("GBP",),  # which then takes a case: "фунт стерлингке"
    "ақш долл": ("USD",),  # "5 210 млн АҚШ долл."
}

#: Kazakh writes a range's ends with case endings ("4 трлн-нан 9 трлн-ға дейін"):
#: none of these words stands alone between them.
RANGE_FROM: tuple[str, ...] = ()
RANGE_TO: tuple[str, ...] = ()

#: A rate's period, which the equivalent shares: "150 мың теңге айына ($300)".
PERIODS: tuple[str, ...] = ("айына", "жылына", "күніне", "аптасына")
