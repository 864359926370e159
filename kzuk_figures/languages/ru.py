"""Russian: the words the region's Russian-language press writes around a figure
that CLDR does not give."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

#: What may stand right before a numeral, and the qualifier it means.
QUALIFIERS: Mapping[str, str] = {
    "более": "over", "свыше": "over", "больше": "over", "порядка": "about",
    "около": "about", "примерно": "about", "приблизительно": "about", "почти": "nearly",
    "менее": "under", "меньше": "under", "до": "up_to", "не менее": "at_least",
    "не более": "up_to", "между": "range", "более чем": "over", "менее чем": "under",
    "больше чем": "over", "меньше чем": "under",
    # a negation turns a bound round: "не меньше" is at least, "не больше" at most
    "не меньше": "at_least", "не больше": "up_to", "минимум": "at_least", "как минимум": "at_least",
    "максимум": "up_to", "ориентировочно": "about",
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
    "менее", "больше", "меньше", "не менее", "не более", "более чем", "менее чем", "чуть более", "чуть менее",
    "чуть больше", "чуть меньше", "почти что", "где-то", "до",
)  # fmt: skip

#: The hedges that alone, after a comma, mark an equivalent: "X, approximately Y"
#: (not "X, over Y", which lists two amounts).
APPROX_HEDGES: tuple[str, ...] = ("около", "примерно", "приблизительно", "порядка", "почти")

#: Words that join a figure to its equivalent: "X или Y", "X, что эквивалентно Y",
#: "X, что составляет около Y".
CONNECTORS: tuple[str, ...] = (
    "или", "то есть", "т\\.\\s*е\\.", "или же",
    # "что эквивалентно Y", "что по курсу Нацбанка равно Y", "что в долларовом выражении
    # составляет Y", "что примерно эквивалентно Y", "что в пересчёте составляет Y"
    "что(?: по(?: [^\\W\\d_]+)? курсу(?: [^\\W\\d_.]+){0,2}| в [^\\W\\d_]+ (?:выражении|эквиваленте)"
    "| в пересч[её]те(?: на [^\\W\\d_]+)?)?(?: (?:примерно|приблизительно|почти|около))?"
    " (?:эквивалентно|равно|равняется|соответствует|составляет|составило|составит)",
    "(?:это )?(?:эквивалентно|эквивалент)", "эквивалентн(?:ая|ую|ой|ый|ое|ые|ых|ым)", "в эквиваленте", "(?:а )?это", "в пересч[её]те(?: на [^\\W\\d_]+)?",
)

#: Words right after an equivalent joined by a connector or a dash that make it a
#: comparison instead: "$5 million, which is 2 billion tenge less than in 2022".
COMPARATIVES: tuple[str, ...] = ("больше", "меньше", "выше", "ниже", "сверх", "дороже", "дешевле")

#: A minus said in words before a figure: "minus $2bn".
MINUS_WORDS: tuple[str, ...] = ("минус",)
#: The case endings written after digits with a hyphen: "около 2-х млрд", "5-ти тысяч".
NUMERAL_ENDINGS: tuple[str, ...] = ("х", "ух", "ёх", "ех", "ти", "и", "ми", "ю", "м")

#: Words that join two equivalents inside one bracket, beside ";", "," and "/".
LIST_JOINERS: tuple[str, ...] = ("или", "и")

#: Words that open a bracket before its equivalent: "(или $5 млн)", "(эквивалент $5 млн)".
BRACKET_OPENERS: tuple[str, ...] = (
    "или", "эквивалент", "эквивалентно", "в эквиваленте", "т\\.\\s*е\\.", "в пересч[её]те(?: на [^\\W\\d_]+)?",
)

#: What may follow the equivalent inside its bracket: "(более 12,4 млрд рублей
#: по текущему курсу)", "($3 по курсу черного рынка)".
BRACKET_TAILS: tuple[str, ...] = (
    # "по текущему курсу", "по действовавшему на тот момент курсу", "по курсу Нацбанка на 1 мая"
    "по (?:[^\\W\\d_]+ ){0,4}курсу[^()\\[\\]]{0,40}",
    "на (?:тот|текущий|данный|нынешний|сегодняшний) момент", "в то время", "по состоянию на [^()\\[\\]]{1,30}",
    "в эквиваленте",
    "в текущих ценах",
    "[–—-]\\s*(?:прим\\.\\s*)?ред\\.",  # an editor's gloss: "(около $6,7 млн. – Ред.)"
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
#: The consonant letters, which end the nominative singular of a masculine noun.
CONSONANTS: frozenset[str] = frozenset("бвгджзклмнпрстфхцчшщ")
#: The oblique cases CLDR's names lack (it gives the nominative and the forms a
#: numeral asks for), as endings by how the nominative singular ends: "равна 28
#: долларам", "рассчитались рублями", "в 5 лирах".  "" is any consonant.
OBLIQUE_CASES: Mapping[str, tuple[str, ...]] = {
    "": ("у", "ом", "е", "ам", "ами", "ах"),  # доллар, сом, манат, фунт
    "ь": ("ю", "ем", "ём", "е", "ям", "ями", "ях"),  # рубль, юань, шекель
    "а": ("е", "у", "ой", "ам", "ами", "ах"),  # лира, гривна, иена
}
#: Generic nouns of CLDR's currency names that are common nouns of the language,
#: no currency without the rest of the name: "10 марок автомобилей" (brands), "2 драмы" (plays).
COMMON_NOUN_HEADS: tuple[str, ...] = ("марка", "марки", "марок", "драмы")
#: Where a currency name's generic noun stands: the first word that is not an
#: adjective ("российский рубль" -> "рубль", "доллар сша" -> "доллар").
NAME_HEAD = "first_noun"
#: The endings of Russian adjectives in every case and number.
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ий", "ый", "ой", "ая", "ое", "ые", "ие", "их", "ых", "ого", "его", "ому", "ему", "ую",
)  # fmt: skip
#: The stems of the country adjectives (and their ISO 3166 countries) the press puts before a currency's noun
#: where CLDR's names have another or none: "кыргызских сомов" (CLDR: "киргизский"),
#: "казахстанских тенге" ("казахский"), "американских долларов", "британских фунтов".
CURRENCY_ADJECTIVES: Mapping[str, str] = {
    "кыргызск": "KG", "киргизск": "KG", "казахстанск": "KZ", "казахск": "KZ", "узбекск": "UZ",
    "узбекистанск": "UZ", "таджикск": "TJ", "туркменск": "TM", "азербайджанск": "AZ", "российск": "RU",
    "американск": "US", "британск": "GB", "английск": "GB", "китайск": "CN", "турецк": "TR",
    "грузинск": "GE", "армянск": "AM", "белорусск": "BY", "украинск": "UA", "японск": "JP",
    "швейцарск": "CH", "канадск": "CA", "австралийск": "AU", "индийск": "IN", "южнокорейск": "KR",
    "монгольск": "MN", "афганск": "AF", "иранск": "IR",
}  # fmt: skip
#: Written names CLDR's Russian lacks.
NAME_SUPPLEMENT: Mapping[str, tuple[str, ...]] = {
    # the dollar's abbreviations: "9 412 млн долл. США", "1,5 млн дол.", "$17 млн долларов"
    "долл": ("USD",),
    "долл сша": ("USD",),
    "дол": ("USD",),
    "дол сша": ("USD",),
    # the rouble's: "1,5 млрд рос. рублей", "рос. руб."
    "рос рублей": ("RUB",),
    "рос руб": ("RUB",),
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

#: Minor units: the word, its fraction of the major unit, and whose it is (None:
#: the dollar the document uses).  "5 рублей 50 копеек", "3 фунта 20 пенсов".
MINOR_UNITS: Mapping[str, tuple[Decimal, str | None]] = {
    **dict.fromkeys(("копеек", "копейки", "копейка", "копейку", "коп"), (Decimal("0.01"), "RUB")),
    **dict.fromkeys(("пенсов", "пенса", "пенс", "пенни"), (Decimal("0.01"), "GBP")),
    **dict.fromkeys(("центов", "цента", "цент"), (Decimal("0.01"), None)),
    **dict.fromkeys(("тиынов", "тиына", "тиын"), (Decimal("0.01"), "KZT")),
}

#: The stems of names neighbouring countries share (see ``en.SHARED_NAME_STEMS``).
SHARED_NAME_STEMS: tuple[str, ...] = ("манат",)

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
#: Words after an amount that its equivalent may follow (Russian puts "в общей
#: сложности" and "в размере" before the amount).
AMOUNT_AFTER: tuple[str, ...] = (
    # the year the amount is of: "500 млн тенге в 2025 году ($1,1 млн)"
    "в (?:19|20)\\d\\d году", "в (?:прошлом|этом|текущем|следующем) году",
)  # fmt: skip
#: A currency named in words before a bare amount, which that amount is in:
#: "3,5 млрд тенге, в долларовом эквиваленте – 6,7 млн".
CURRENCY_IN_WORDS: Mapping[str, str] = {
    "в долларах(?: сша)?": "USD", "в долларовом (?:эквиваленте|выражении)": "USD",
    "в пересч[её]те на доллары(?: сша)?": "USD", "в евро": "EUR", "в пересч[её]те на евро": "EUR",
    "в тенге": "KZT", "в тенговом (?:эквиваленте|выражении)": "KZT", "в рублях": "RUB",
    "в рубл[её]вом (?:эквиваленте|выражении)": "RUB", "в фунтах(?: стерлингов)?": "GBP",
}  # fmt: skip

# ------------------------------------------------------------ number words
#: Russian numerals as stems and the endings of their cases: "семи миллиардов",
#: "двух триллионов", "двадцать пять тысяч", "полтора миллиарда".  Each entry
#: is (stem, endings, value, role); ``numwords`` reads a run of them.  Roles:
#: "unit" (below 20, with "полтора", 1.5), "ten", "hundred" (a whole hundred,
#: "двести"), "scale" (a multiplier of what precedes it, or one of it alone).
_TEENS_AND_FIVES = ("ь", "и", "ью")
NUMBER_WORDS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("один", ("",), "1", "unit"),
    ("одн", ("а", "о", "ого", "ому", "им", "ом", "ой", "у"), "1", "unit"),
    ("дв", ("а", "е", "ух", "ум", "умя"), "2", "unit"),
    ("тр", ("и", "ех", "ёх", "ем", "ём", "емя"), "3", "unit"),
    ("четыр", ("е", "ех", "ёх", "ем", "ём", "ьмя"), "4", "unit"),
    ("пят", _TEENS_AND_FIVES, "5", "unit"),
    ("шест", _TEENS_AND_FIVES, "6", "unit"),
    ("сем", _TEENS_AND_FIVES, "7", "unit"),
    ("восем", ("ь",), "8", "unit"),
    ("восьм", ("и", "ью"), "8", "unit"),
    ("девят", _TEENS_AND_FIVES, "9", "unit"),
    ("десят", _TEENS_AND_FIVES, "10", "unit"),
    ("одиннадцат", _TEENS_AND_FIVES, "11", "unit"),
    ("двенадцат", _TEENS_AND_FIVES, "12", "unit"),
    ("тринадцат", _TEENS_AND_FIVES, "13", "unit"),
    ("четырнадцат", _TEENS_AND_FIVES, "14", "unit"),
    ("пятнадцат", _TEENS_AND_FIVES, "15", "unit"),
    ("шестнадцат", _TEENS_AND_FIVES, "16", "unit"),
    ("семнадцат", _TEENS_AND_FIVES, "17", "unit"),
    ("восемнадцат", _TEENS_AND_FIVES, "18", "unit"),
    ("девятнадцат", _TEENS_AND_FIVES, "19", "unit"),
    ("полтор", ("а", "ы"), "1.5", "unit"),
    ("полутор", ("а",), "1.5", "unit"),
    ("двадцат", _TEENS_AND_FIVES, "20", "ten"),
    ("тридцат", _TEENS_AND_FIVES, "30", "ten"),
    ("сорок", ("", "а"), "40", "ten"),
    ("пятьдесят", ("",), "50", "ten"),
    ("пятидесят", ("и", "ью"), "50", "ten"),
    ("шестьдесят", ("",), "60", "ten"),
    ("шестидесят", ("и", "ью"), "60", "ten"),
    ("семьдесят", ("",), "70", "ten"),
    ("семидесят", ("и", "ью"), "70", "ten"),
    ("восемьдесят", ("",), "80", "ten"),
    ("восьмидесят", ("и", "ью"), "80", "ten"),
    ("девяност", ("о", "а"), "90", "ten"),
    ("ст", ("о", "а"), "100", "hundred"),
    ("двест", ("и",), "200", "hundred"),
    ("двухсот", ("",), "200", "hundred"),
    ("трист", ("а",), "300", "hundred"),
    ("трехсот", ("",), "300", "hundred"),
    ("трёхсот", ("",), "300", "hundred"),
    ("четырест", ("а",), "400", "hundred"),
    ("четырехсот", ("",), "400", "hundred"),
    ("четырёхсот", ("",), "400", "hundred"),
    ("пятьсот", ("",), "500", "hundred"),
    ("пятисот", ("",), "500", "hundred"),
    ("шестьсот", ("",), "600", "hundred"),
    ("шестисот", ("",), "600", "hundred"),
    ("семьсот", ("",), "700", "hundred"),
    ("семисот", ("",), "700", "hundred"),
    ("восемьсот", ("",), "800", "hundred"),
    ("восьмисот", ("",), "800", "hundred"),
    ("девятьсот", ("",), "900", "hundred"),
    ("девятисот", ("",), "900", "hundred"),
    *((stem, _SCALE_ENDINGS, str(mult), "scale") for stem, mult in SCALE_STEMS.items()),
    # half a scale in one word: "полмиллиарда долларов", "около полумиллиона тенге"
    *(("пол" + stem, ("а",), str(mult // 2), "scale") for stem, mult in SCALE_STEMS.items() if mult > 1000),
    *(("полу" + stem, ("а", "у", "ом", "е"), str(mult // 2), "scale") for stem, mult in SCALE_STEMS.items() if mult > 1000),
)
#: Words that join a half to the unit before them: "три с половиной миллиарда" is 3.5 billion.
HALF_JOINS: tuple[str, ...] = ("с половиной", "с половиною")
#: What joins a half to a whole number written in digits: "3 and a half billion" is 3.5 billion.
HALF_AFTER_DIGITS: tuple[str, ...] = HALF_JOINS  # "3 с половиной млрд", as after a word: "три с половиной"
#: A scale word alone in one of these forms is "billions of", no number: "миллиардов тенге",
#: "о миллиардах долларов" (while "миллиард тенге" and "около миллиона" are one).
LONE_PLURAL_SCALES: frozenset[str] = frozenset(
    {stem + ending for stem in ("миллион", "миллиард", "триллион") for ending in ("ы", "ов", "ам", "ами", "ах")}
    | {"тысяч", "тысячам", "тысячами", "тысячах"}
)


# ------------------------------------------------------- counts of things
# A number is a count when a counted noun follows it, past up to two
# adjectives (ADJECTIVE_ENDINGS): "3 180 человек", "60 крупных совместных
# проектов", "4 тыс. казахстанцев".  The rule: a lower-case word whose stem is
# in COUNTED_STEMS, or one ending in a genitive plural (GENITIVE_PLURAL), the
# form a noun takes after five or more and after a scale word ("домов",
# "компаний", "семей"), that is not in NOT_COUNTED; after 1, 21, 101 also a
# masculine noun in the nominative ("21 дачный участок"), not one of
# NOT_COUNTED_SINGULAR.
#: Stems of the nouns news counts, reviewed on the development news.
COUNTED_STEMS: tuple[str, ...] = tuple(
    "человек люд жител граждан сотрудник работник рабоч специалист студент школьник учащ дет "
    "ребен ребён сем пенсионер ветеран пациент турист мигрант беженц волонтер волонтёр участник "
    "пострадавш погибш врач учител фермер предпринимател депутат избирател пассажир "
    "дом квартир здани объект школ больниц поликлиник детсад садов предприяти компани "
    "организаци фирм банк проект контракт договор мест автомобил машин вагон самолет самолёт "
    "скважин регион район сел город стран област вопрос случа дел заявк обращени жалоб кредит "
    "голов овец коров лошад участк банкнот монет единиц штук".split()
)
#: Genitive plural endings of nouns.
GENITIVE_PLURAL: tuple[str, ...] = ("ов", "ев", "ёв", "ей", "ий")
#: Words in a genitive plural form, or with a counted stem, that count nothing.
NOT_COUNTED: frozenset[str] = frozenset(
    "раз раза процентов пунктов лет годов месяцев дней часов минут секунд недель веков "
    "градусов рублей долларов евро тенге сомов манатов копеек тиынов всей своей моей "
    "твоей нашей вашей ней ей неё которой этой той".split()
)
#: Masculine nouns in the nominative singular that follow 1, 21, 101 and count
#: nothing: times and measures ("1 год", "21 век", "1 раз").
NOT_COUNTED_SINGULAR: frozenset[str] = frozenset(
    "год век час день месяц квартал раз балл пункт процент градус рубль доллар сом манат тенге "
    "тиын цент евро март август "
    # words of other kinds that end as such a noun does
    "под над без через вот как так чем лишь нет там тут где всех них тех этих ним тем".split()
)
#: The endings of masculine past verbs, which end in a consonant as the nouns do.
PAST_VERB_ENDINGS: tuple[str, ...] = ("ал", "ял", "ил", "ел", "ёл", "ыл", "ол", "ул")
#: Words before a number that make it a label: "статья 5", "дом 12", "№ 3".
COUNT_LABELS: frozenset[str] = frozenset(
    "статья статьи статьей ст п пункт пункта пункте номер номера № глава главы часть части "
    "дом дома д ул улица улицы кв квартира корпус стр страница страницы рейс маршрут "
    "класс класса этап этапа место места".split()
)


# ------------------------------------------------------- units
#: Unit spellings of Russian news beyond CLDR's: energy with a dot or a slash
#: for CLDR's "кВт⋅ч" ("млн кВт.ч", "кВт/ч", the same slip as English "kW/h").
UNIT_SURFACES: Mapping[str, str] = {
    "кВт.ч": "kilowatt_hour", "МВт.ч": "megawatt_hour", "ГВт.ч": "gigawatt_hour",
    "кВт/ч": "kilowatt_hour", "МВт/ч": "megawatt_hour", "ГВт/ч": "gigawatt_hour",
    "кВт*ч": "kilowatt_hour", "гектар": "hectare", "гектаров": "hectare", "гектара": "hectare",
    # square and cubic metres and kilometres as the press abbreviates them (a lone "м"
    # is no unit to CLDR's table: one Cyrillic letter is too often a word)
    "м²": "meter ** 2", "м³": "meter ** 3", "км²": "kilometer ** 2", "кв. м": "meter ** 2",
    "кв.м": "meter ** 2", "кв. км": "kilometer ** 2", "кв.км": "kilometer ** 2", "куб.м": "meter ** 3",
}  # fmt: skip
#: A time said in words after a unit, which makes it a rate: "1,8 млн баррелей в
#: сутки" ("за год" is over the year, a total: "105 млрд кВт·ч за год").
UNIT_PER_TIMES: Mapping[str, str] = {
    "в сутки": "day", "в день": "day", "в год": "year", "в час": "hour", "в месяц": "month",
    "в неделю": "week", "в секунду": "second",
}  # fmt: skip


# ------------------------------------------------------- stated arithmetic
# The words that make arithmetic between figures explicit (kzuk_figures.claims).
#: Stems of the words of a change, by direction: "вырос на 15%", "снижение на треть".
RISE_STEMS: tuple[str, ...] = (
    "вырос", "вырас", "возрос", "увеличил", "увеличен", "увеличит", "повысил", "повышен",
    "подскочил", "прибавил", "рост", "прирост",
)  # fmt: skip
FALL_STEMS: tuple[str, ...] = (
    "снизил", "снижен", "снизит", "сократил", "сокращен", "сократит", "упал", "упад", "уменьшил",
    "уменьшен", "уменьшит", "понизил", "понижен", "падени", "спад",
)  # fmt: skip
CHANGE_BY: tuple[str, ...] = ("на",)
CHANGE_FROM: tuple[str, ...] = ("с", "со", "от")
CHANGE_TO: tuple[str, ...] = ("до",)
#: What joins a change's ends to its amount after them: "с 1,8 до 2,1 млрд долларов, или на 15%".
CHANGE_JOINERS: tuple[str, ...] = ("или", "то есть", "т. е.", "т.е.")
FRACTION_WORDS: Mapping[str, tuple[int, int]] = {
    "на треть": (1, 3), "на четверть": (1, 4), "наполовину": (1, 2), "на половину": (1, 2),
    "на две трети": (2, 3), "на пятую часть": (1, 5),
}  # fmt: skip
#: Multiples in one word ("вдвое"), and the words of "в N раз".
MULTIPLE_WORDS: Mapping[str, int] = {"вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вдесятеро": 10}
TIMES_NUMBERS: Mapping[str, int | Decimal] = {
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "полтора": Decimal("1.5"), "полторы": Decimal("1.5"),
}  # fmt: skip
TIMES_BEFORE: tuple[str, ...] = ("в",)
TIMES_WORDS: tuple[str, ...] = ("раза", "раз")
RATIO_MORE: tuple[str, ...] = ("больше", "выше", "превышает", "превысил", "превысила", "превысили", "дороже")
RATIO_LESS: tuple[str, ...] = ("меньше", "ниже", "дешевле")
RATIO_THAN: tuple[str, ...] = ("чем",)
SHARE_OF: tuple[str, ...] = ("от", "из")
SHARE_FILLERS: tuple[str, ...] = ("общей суммы в", "общего объема в", "общего объёма в", "всех", "общих")
COMPARED_UP: tuple[str, ...] = ("больше", "выше")
COMPARED_DOWN: tuple[str, ...] = ("меньше", "ниже")
COMPARED_LEADS: tuple[str, ...] = ("что", "что составляет", "это", "это на", "что на")
SHARE_PRONOUNS: tuple[str, ...] = ("них", "неё", "нее", "него", "этой суммы", "этого", "этих средств", "общей суммы")
SHARE_RELATIVES: tuple[str, ...] = ("которых", "которой", "которого")
SHARE_LEADS: tuple[str, ...] = ("лишь", "только", "всего")
SHARE_JOINERS: tuple[str, ...] = ("или", "то есть", "т. е.", "т.е.", "это", "около", "примерно")
SUM_OPENERS: tuple[str, ...] = ("из",)
SUM_AFTER_TOTAL: tuple[str, ...] = ("из которых", "из них", "из этой суммы")
SUM_AND: tuple[str, ...] = ("и", "а")
SUM_NOT_ALL: tuple[str, ...] = (
    "в том числе", "в т. ч.", "в т.ч.", "включая", "среди", "также", "не менее", "более", "свыше",
    "около", "почти", "примерно", "порядка", "до", "менее", "соответственно", "тогда как", "но",
)  # fmt: skip
#: Stems of the same: "остальные", "прочих", "другим", "каждый".
SUM_NOT_ALL_STEMS: tuple[str, ...] = ("остальн", "оставш", "прочи", "други", "каждо", "кажды", "кажда")
#: Words that open another clause: a change's words and its ends are not apart by one.
CLAUSE_BREAKS: tuple[str, ...] = ("и", "а", "но", "тогда как", "когда", "при этом")
BACK_REFERENCES: tuple[str, ...] = ("это", "этот", "эта", "что")
