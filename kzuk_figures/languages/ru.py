"""Russian: the words the region's Russian-language press writes around a figure
that CLDR does not give."""

from __future__ import annotations

from collections.abc import Mapping

#: What may stand right before a numeral, and the qualifier it means.
QUALIFIERS: Mapping[str, str] = {
    "более": "over", "свыше": "over", "больше": "over", "порядка": "about",
    "около": "about", "примерно": "about", "приблизительно": "about", "почти": "nearly",
    "менее": "under", "меньше": "under", "до": "up_to", "не менее": "at_least",
    "не более": "up_to",
}  # fmt: skip

#: Stems of the verbs of change after which "до" means "to", not "up to":
#: "вырос до 7 млрд".
CHANGE_VERB_STEMS: tuple[str, ...] = (
    "вырос", "возрос", "увеличил", "снизил", "сократил", "упал", "повысил", "понизил",
    "подорожал", "подешевел", "поднял", "опустил", "замедлил", "ускорил",
)  # fmt: skip

# ------------------------------------------------------ stated equivalents
#: Hedges before a stated equivalent: "(около $150 млн)", "(свыше 2,3 млрд рублей)".
HEDGES: tuple[str, ...] = (
    "около", "примерно", "приблизительно", "порядка", "почти", "более", "свыше",
    "менее", "больше", "меньше", "не менее", "не более", "чуть более", "чуть менее",
    "чуть больше", "чуть меньше", "почти что", "где-то", "до",
)  # fmt: skip

#: Words that join a figure to its equivalent: "X или Y", "X, что эквивалентно Y",
#: "X, что составляет около Y".
CONNECTORS: tuple[str, ...] = (
    "или", "то есть", "т\\. ?е\\.", "что (?:эквивалентно|равно|равняется|соответствует|составляет|составило|составит)",
    "(?:это )?(?:эквивалентно|эквивалент)", "в эквиваленте",
)

#: Words that open a bracket before its equivalent: "(или $5 млн)", "(эквивалент $5 млн)".
BRACKET_OPENERS: tuple[str, ...] = ("или", "эквивалент", "эквивалентно", "в эквиваленте", "т\\. ?е\\.")

#: What may follow the equivalent inside its bracket: "(более 12,4 млрд рублей
#: по текущему курсу)", "($3 по курсу черного рынка)".
BRACKET_TAILS: tuple[str, ...] = (
    "по (?:текущему |официальному |нынешнему |среднему |рыночному )?курсу[^()\\[\\]]{0,40}",
    "в эквиваленте",
    "в текущих ценах",
)

# ------------------------------------------------------------------ places
#: Capitals, cities and the stems of demonyms and adjectives CLDR's territory
#: names do not give ("Кыргызстан" where CLDR says "Киргизия"); a name matches
#: any word it begins ("Бишкеке", "азербайджанский").
PLACES: Mapping[str, str] = {
    "Кыргызстан": "KG", "Кыргыз": "KG", "Киргиз": "KG", "Бишкек": "KG",
    "Азербайджан": "AZ", "Баку": "AZ",
    "Туркмен": "TM", "Ашхабад": "TM",
    "Узбек": "UZ", "Ташкент": "UZ", "Самарканд": "UZ",
    "Таджик": "TJ", "Душанбе": "TJ",
    "Казахстан": "KZ", "Астан": "KZ", "Алматы": "KZ",
}  # fmt: skip

# ------------------------------------------------------- currency names
#: Where a currency name's generic noun stands: the first word that is not an
#: adjective ("российский рубль" -> "рубль", "доллар сша" -> "доллар").
NAME_HEAD = "first_noun"
#: The endings of Russian adjectives in every case and number.
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ий", "ый", "ой", "ая", "ое", "ые", "ие", "их", "ых", "ого", "его", "ому", "ему", "ую",
)  # fmt: skip
#: Written names CLDR's Russian lacks.
NAME_SUPPLEMENT: Mapping[str, tuple[str, ...]] = {
    # the dollar's abbreviation: "9 412 млн долл. США", "$17 млн долларов"
    "долл": ("USD",),
    "долл сша": ("USD",),
    "долларов сша": ("USD",),
    "евро": ("EUR",),
}

#: Scale words by stem, each in every case and number: "161 тысячу тенге",
#: "к 30 миллиардам долларов" (CLDR's compact formats give only the forms
#: that follow a numeral in the nominative: "тысячи", "миллиардов").
SCALE_STEMS: Mapping[str, int] = {"тысяч": 10**3, "миллион": 10**6, "миллиард": 10**9, "триллион": 10**12}
_SCALE_ENDINGS = ("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах", "ей", "ой", "ею")
SCALE_SUPPLEMENT: Mapping[str, int] = {
    stem + ending: mult
    for stem, mult in SCALE_STEMS.items()
    for ending in _SCALE_ENDINGS
    if stem + ending not in ("тысяч", "тысячов", "тысячом")  # the bare stem is a form itself
} | {"тысяч": 10**3, "тыс": 10**3}

#: Which currency a generic noun means by itself, by stem: "доллар", "доллара",
#: "долларов" are all US dollars unless qualified.
HEAD_STEM_DEFAULTS: Mapping[str, str] = {
    "доллар": "USD",
    "рубл": "RUB",
    "фунт": "GBP",
    "юан": "CNY",
    "иен": "JPY",
    "лир": "TRY",
    # "манат" alone, in any case, where no place in the text decides (see en.NAME_DEFAULTS)
    "манат": "AZN",
}

#: The words of a change or a range's two ends, for ends converted end by end:
#: "с 6 трлн до 12 трлн сумов (с $540 млн до $1,1 млрд)".
RANGE_FROM: tuple[str, ...] = ("с", "от")
RANGE_TO: tuple[str, ...] = ("до",)

#: A rate's period, which the equivalent shares: "150 тысяч тенге в месяц ($300)".
PERIODS: tuple[str, ...] = (
    "в (?:час|день|неделю|месяц|год)", "на (?:человека|душу населения)",
    "ежедневно", "ежемесячно", "ежегодно",
)
