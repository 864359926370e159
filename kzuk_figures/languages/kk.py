"""Kazakh: the words the Kazakh-language press writes around a figure that CLDR
does not give.  Kazakh puts most qualifiers after the figure and inflects the
currency's name ("теңгені", "долларға"); ``scan`` strips those endings."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

#: What may stand right before a numeral, and the qualifier it means.
QUALIFIERS: Mapping[str, str] = {
    "шамамен": "about", "кемінде": "at_least", "кем дегенде": "at_least", "ең көбі": "up_to",
    "shamamen": "about", "keminde": "at_least", "kem degende": "at_least",
}  # fmt: skip

#: What may stand right after a figure: "5 млрд теңгеден астам", "2 трлн теңге
#: шамасында", "300 млн долларға дейін".
QUALIFIERS_AFTER: Mapping[str, str] = {
    "астам": "over", "артық": "over", "шамасында": "about", "шамасы": "about", "жуық": "nearly", "дейін": "up_to",
    "асты": "over", "асып": "over", "асады": "over",  # "3,5 млрд теңгеден асты": exceeded
    # after the ablative only: "5 млн доллардан кем" is less than, "5 млн доллар аз болды" was little
    "кем": "under", "аз": "under", "кем емес": "at_least",
    # in the Latin alphabet
    "astam": "over", "artyq": "over", "shamasynda": "about", "jýyq": "nearly", "deıin": "up_to", "asty": "over",
}  # fmt: skip

#: The qualifiers after a figure that need its ablative ("-дан", "-ден"...) before them.
ABLATIVE_QUALIFIERS: frozenset[str] = frozenset({"кем", "аз", "кем емес"})
ABLATIVE_ENDINGS: tuple[str, ...] = ("дан", "ден", "тан", "тен", "нан", "нен", "dan", "den", "tan", "ten", "nan", "nen")

# ------------------------------------------------------ stated equivalents
#: Hedges before a stated equivalent: "(шамамен 5 млн доллар)".
HEDGES: tuple[str, ...] = ("шамамен", "кемінде", "жуық", "shamamen", "keminde", "jýyq")

#: The hedges that alone, after a comma, mark an equivalent: "X, approximately Y"
#: (not "X, over Y", which lists two amounts).
APPROX_HEDGES: tuple[str, ...] = ("шамамен", "shamamen")

#: Words that join a figure to its equivalent: "X немесе Y", "X, яғни Y".
CONNECTORS: tuple[str, ...] = (
    "немесе", "яғни", "яки", "бұл",
    # the Latin alphabet of 2018 and its spellings in the press: "nemese", "ıaǵnı", "iaǵni"
    "nemese", "[ıi]a[ǵg][nń][ıi]", "[ıi]ak[ıi]", "bul",
)  # fmt: skip

#: Words right after an equivalent joined by a connector or a dash that make it a
#: comparison instead: "$5 million, which is 2 billion tenge less than in 2022".
COMPARATIVES: tuple[str, ...] = ("көп", "аз", "артық", "кем", "жоғары", "төмен")

#: A minus said in words before a figure: "minus $2bn".
MINUS_WORDS: tuple[str, ...] = ("минус",)
#: What joins a half to a whole number written in digits: "3 and a half billion" is 3.5 billion.
HALF_AFTER_DIGITS: tuple[str, ...] = ("жарым",)

#: Words that join two equivalents inside one bracket, beside ";", "," and "/".
LIST_JOINERS: tuple[str, ...] = ("немесе", "және")

#: Words that open a bracket before its equivalent.
BRACKET_OPENERS: tuple[str, ...] = ("немесе", "яғни", "nemese", "[ıi]a[ǵg][nń][ıi]")

#: What may follow the equivalent inside its bracket: "(… ағымдағы бағам бойынша)".
BRACKET_TAILS: tuple[str, ...] = (
    # "ағымдағы бағаммен", "сол кездегі бағаммен", "Ұлттық банк бағамы бойынша"
    "(?:[^\\W\\d_]+ ){0,3}бағам(?:мен|ымен|ы бойынша| бойынша)",
    "шамасында", "астам", "баламасында", "баламалы", "балама", "жуық", "тең",
    "(?:[^\\W\\d_]+ ){0,3}baǵam(?:men|ymen|y boıynsha| boıynsha)",
    "shamasynda", "astam", "balamasynda", "balamaly", "jýyq", "teń",
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
#: Generic nouns of CLDR's currency names that are common nouns of the language,
#: no currency without the rest of the name: "көлік маркасы" (a car's brand).
COMMON_NOUN_HEADS: tuple[str, ...] = ("маркасы",)

#: Kazakh adds its cases to the noun: "500 млн долларды" (accusative),
#: "теңгеге" (dative), "долларлық" ("worth of"), after a plural
#: ("долларларды").  CLDR gives the bare nouns; these are the endings, after
#: either vowel harmony.
CASE_ENDINGS: tuple[str, ...] = tuple(
    "ның нің дың дің тың тің ны ні ды ді ты ті ға ге қа ке на не нда нде да де та те "
    "нан нен дан ден тан тен мен бен пен лық лік дық дік тық тік "
    # the similative, "about": "3,5 млрд теңгедей"
    "дай дей тай тей".split()
)
#: Case endings a Russian noun may end in too ("сумке", "цена"): in a sentence with no
#: Kazakh letters they do not make a word Kazakh.
RUSSIAN_LOOKING_CASES: tuple[str, ...] = ("ке", "на", "не", "да", "де", "та", "те", "нда", "нде")
PLURAL_ENDINGS: tuple[str, ...] = ("лар", "лер", "дар", "дер", "тар", "тер", "lar", "ler", "dar", "der", "tar", "ter")
#: The same endings in the Latin alphabet the press used from 2018 ("teńgeni",
#: "dollardan").
LATIN_CASE_ENDINGS: tuple[str, ...] = tuple(
    "nyń niń dyń diń tyń tiń ny ni dy di ty ti ǵa ge qa ke na ne nda nde da de ta te "
    "nan nen dan den tan ten men ben pen".split()
)
#: The cases after a possessive ending, as CLDR's names carry one ("АҚШ доллары"):
#: "АҚШ долларын", "долларына", "долларының", "долларында", "долларынан".
POSSESSED_CASE_ENDINGS: tuple[str, ...] = ("ның", "нің", "нда", "нде", "нан", "нен", "на", "не", "н", "мен")
#: Where a currency name's generic noun stands: Kazakh names are possessive,
#: the noun last ("жаңа зеландия доллары" -> "доллары").
NAME_HEAD = "last"
#: Country words (a demonym or its adjective, as written before a noun) the press
#: puts before a currency's noun where CLDR's names have another or none:
#: "қырғыз сомы", "қазақстандық теңге", "американдық доллар"; with their ISO 3166 countries.
CURRENCY_ADJECTIVES: Mapping[str, str] = {
    "қырғыз": "KG", "қазақстандық": "KZ", "қазақ": "KZ", "өзбек": "UZ", "өзбекстандық": "UZ",
    "тәжік": "TJ", "түрікмен": "TM", "әзірбайжан": "AZ", "ресей": "RU", "американдық": "US",
    "британдық": "GB", "ағылшын": "GB", "қытай": "CN", "түрік": "TR",
}  # fmt: skip
#: Written names CLDR's Kazakh lacks: its names are possessive ("Қазақстан
#: теңгесі"), and the press writes the bare noun and abbreviates the dollar.
NAME_SUPPLEMENT: Mapping[str, tuple[str, ...]] = {
    "теңге": ("KZT",),
    "фунт стерлинг": ("GBP",),  # which then takes a case: "фунт стерлингке"
    "ақш долл": ("USD",),  # "5 210 млн АҚШ долл."
    # the Latin alphabet (2018-2021 spelling reforms), as some Kazakh outlets print it
    "teńge": ("KZT",),
    "dollar": ("USD",),
    "dollar aqsh": ("USD",),
}

#: Minor units: the tiyn of the tenge ("5 теңге 50 тиын").
MINOR_UNITS: Mapping[str, tuple[Decimal, str | None]] = {"тиын": (Decimal("0.01"), "KZT")}

#: The stems of names neighbouring countries share (see ``en.SHARED_NAME_STEMS``).
SHARED_NAME_STEMS: tuple[str, ...] = ("манат", "manat")

#: Scale words of the Latin alphabet: "512,3 myń teńge", "16,2 mıllıard", "57 mlrd.".
SCALE_SUPPLEMENT: Mapping[str, int] = {
    "myń": 10**3, "mıń": 10**3, "mln": 10**6, "mıllıon": 10**6, "million": 10**6,
    "mlrd": 10**9, "mıllıard": 10**9, "milliard": 10**9, "trln": 10**12, "trıllıon": 10**12,
}  # fmt: skip

#: Kazakh writes a range's ends with case endings ("4 трлн-нан 9 трлн-ға дейін"):
#: none of these words stands alone between them.
RANGE_FROM: tuple[str, ...] = ()
RANGE_TO: tuple[str, ...] = ()

#: A rate's period, which the equivalent shares: "150 мың теңге айына ($300)".
PERIODS: tuple[str, ...] = ("айына", "жылына", "күніне", "аптасына")
#: Words after an amount that its equivalent may follow: "3,5 млрд теңге көлемінде (6,7 млн доллар)".
AMOUNT_AFTER: tuple[str, ...] = ("көлемінде", "мөлшерінде", "(?:19|20)\\d\\d жылы")
#: A currency named in words before a bare amount: "(долларға шаққанда 6,7 млн)".
CURRENCY_IN_WORDS: Mapping[str, str] = {
    "долларға шаққанда": "USD", "доллармен есептегенде": "USD",
    "еуроға шаққанда": "EUR", "еуромен есептегенде": "EUR",
}  # fmt: skip

# ------------------------------------------------------------ number words
#: Kazakh numerals: a unit before "жүз" or a scale multiplies it ("үш жүз",
#: "үш мың тонна"), and the last word may take a case ending ("мыңға").
#: (stem, endings, value, role), as in ``ru.NUMBER_WORDS``; "жүз" is a
#: "times_hundred".  "бір" (one) is also the indefinite article, and is read
#: only before another number word ("бір миллиард").
_CASES = ("", *CASE_ENDINGS)
NUMBER_WORDS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    *((stem, _CASES, value, "unit") for stem, value in (
        ("екі", "2"), ("үш", "3"), ("төрт", "4"), ("бес", "5"), ("алты", "6"),
        ("жеті", "7"), ("сегіз", "8"), ("тоғыз", "9"), ("жарты", "0.5"), ("жарым", "0.5"),
    )),
    ("бір", ("",), "1", "lead"),
    *((stem, _CASES, value, "ten") for stem, value in (
        # "он" is a ten: a unit follows it in the teens, "он үш" (13)
        ("он", "10"), ("жиырма", "20"), ("отыз", "30"), ("қырық", "40"), ("елу", "50"), ("алпыс", "60"),
        ("жетпіс", "70"), ("сексен", "80"), ("тоқсан", "90"),
    )),
    ("жүз", _CASES, "100", "times_hundred"),
    *((stem, _CASES, value, "scale") for stem, value in (
        ("мың", "1000"), ("миллион", "1000000"), ("миллиард", "1000000000"), ("триллион", "1000000000000"),
    )),
)


# ------------------------------------------------------- counts of things
# A number is a count when a noun follows it: "48 мың адам", "бес адам", "22
# банк", "12 мыңға жуық жұмыс орны".  A Kazakh noun after a numeral stays
# singular, so the rule is the word's place: the lower-case word after the
# number (past a hedge such as "жуық", and up to two adjectives of
# COUNT_ADJECTIVES), in either alphabet, that is not in NOT_COUNTED and does
# not end as a verb does (VERB_ENDINGS: "болды", "құрайды", "асқан").
#: Words after a number that count nothing: joining words, postpositions,
#: hedges, times and measures.
NOT_COUNTED: frozenset[str] = frozenset(
    "және мен пен бен немесе да де та те ғана қана шамасында шамамен жуық астам артық кем "
    "дейін бастап кейін бұрын арасында бойы ішінде сайын рет мәрте есе пайыз пайызға пайызды "
    "жыл жылы жылғы жылдан жылға ай айы айда күн күні сағат минут секунд тонна литр метр "
    "теңге доллар рубль еуро сом "
    "jáne men pen ben nemese da de ǵana qana shamasynda shamamen jýyq astam artyq kem deıin "
    "bastap keıin buryn arasynda boıy ishinde saıyn ret márte ese paıyz jyl jyly aı kún "
    "saǵat teńge dollar"
    .split()
)
#: Endings of Kazakh verbs, which may follow a number ("5 болды").
VERB_ENDINGS: tuple[str, ...] = (
    "ды", "ді", "ты", "ті", "ған", "ген", "қан", "кен", "йды", "йді", "ады", "еді", "ып", "іп", "са", "се",
    "dy", "di", "ty", "ti", "ǵan", "gen", "qan", "ken", "ıdy", "ıdi", "ady", "edi", "yp", "ip",
)  # fmt: skip
#: The accusative endings, which a noun shares with a past verb: "15 мың фермерді
#: қамтыды" counts farmers, for the clause goes on; "саны 5 болды" counts nothing.
ACCUSATIVE_ENDINGS: tuple[str, ...] = ("ды", "ді", "ты", "ті", "ны", "ні", "dy", "di", "ty", "ti", "ny", "ni")
#: Past verbs that follow a number and may have another verb after them ("120 болды деді").
NUMBER_VERBS: frozenset[str] = frozenset(
    "болды құрады жетті асты өсті артты азайды төмендеді қысқарды кемиді бөлінді "
    "boldy qurady jetti asty ósti artty azaıdy tómendedi"
    .split()
)
#: Vowels (and the glides "й", "у"), in both alphabets.
VOWELS: str = "аәеиоөұүыіэюяйуaáeıioóuúyý"
#: Words that follow a verb, not a noun in the accusative: "деді", "деп", "да".
NOT_AFTER_ACCUSATIVE: frozenset[str] = NOT_COUNTED | frozenset("деп деді деген дейді dep dedi degen deıdi".split())
#: Adjectives that may stand between a number and its noun ("3 жаңа зауыт").
COUNT_ADJECTIVES: frozenset[str] = frozenset(
    "жаңа ірі шағын үлкен кіші жеке мемлекеттік әлеуметтік тұрғын jańa iri shaǵyn úlken".split()
)
#: Words before a number that make it a label: "5-бап", "№ 3".
COUNT_LABELS: frozenset[str] = frozenset("бап бабы тармақ тармағы № нөмір көше".split())


# ------------------------------------------------------- units
#: Kazakh unit words CLDR lacks, in both alphabets: "текше метр" (cubic
#: metre), "га" (hectare), as Kazakh news writes them ("1,9 mlrd. tekshe metr",
#: "610 myń ga").
UNIT_SURFACES: Mapping[str, str] = {
    **{f"{head} {metre}{case}": "meter ** 3" for head, metre in (("текше", "метр"), ("tekshe", "metr"))
       for case in ("", "ге", "ден", "ді", "ge", "den", "di")},
    "ga": "hectare", "gektar": "hectare", "гектар": "hectare",
    # units with the case endings the press gives them: "90 млн тоннаға", "120 шақырымға"
    **{f"{stem}{case}": unit for stem, unit, cases in (
        ("тонна", "metric_ton", ("", "ға", "ны", "дан", "ның", "да")),
        ("шақырым", "kilometer", ("", "ға", "ды", "нан", "ның", "да")),
        ("километр", "kilometer", ("ге", "ді", "ден", "дің", "де")),
        ("гектар", "hectare", ("ға", "ды", "дан", "дың", "да")),
    ) for case in cases},
}  # fmt: skip
#: A time said in words after a unit, which makes it a rate: "1,8 млн баррель тәулігіне".
UNIT_PER_TIMES: Mapping[str, str] = {
    "тәулігіне": "day", "күніне": "day", "жылына": "year", "сағатына": "hour", "айына": "month",
    "аптасына": "week", "секундына": "second",
}  # fmt: skip


# ------------------------------------------------------- stated arithmetic
# Kazakh states arithmetic with case endings and a verb after the figures
# (kzuk_figures.claims): "1,8 млрд доллардан 2,1 млрд долларға дейін 15%-ға өсті".
#: The verbs of a change, by direction.
RISE_WORDS: tuple[str, ...] = (
    "өсті", "өсіп", "өскен", "өседі", "өсу", "өсуі", "артты", "артып", "артқан", "артады",
    "ұлғайды", "ұлғайып", "ұлғайған", "көбейді", "көбейіп", "көбейген", "жоғарылады", "жоғарылап",
)  # fmt: skip
FALL_WORDS: tuple[str, ...] = (
    "төмендеді", "төмендеп", "төмендеген", "азайды", "азайып", "азайған", "қысқарды", "қысқарып",
    "қысқарған", "кеміді", "кеміп", "кеміген", "құлдырады", "құлдырап",
)  # fmt: skip
#: The endings of a change's two ends ("-дан" from, "-ға" to) and of its amount
#: ("15%-ға"); a share's whole takes the genitive and the share a possessive
#: ("250 млрд доллардың 12%-ы"), as do a total and its parts.
FROM_ENDINGS: tuple[str, ...] = ("нан", "нен", "дан", "ден", "тан", "тен")
TO_ENDINGS: tuple[str, ...] = ("ға", "ге", "қа", "ке", "на", "не", "а", "е")
TO_AFTER: tuple[str, ...] = ("дейін",)
GENITIVE_ENDINGS: tuple[str, ...] = ("ның", "нің", "дың", "дің", "тың", "тің")
POSSESSIVE_ENDINGS: tuple[str, ...] = ("сы", "сі", "ы", "і", "ын", "ін", "сын", "сін")
#: Nouns whose own last letters read as an ending: "теңге" is not "тең" + "-ге".
NOT_ENDINGS: tuple[str, ...] = ("теңге", "teńge")
FRACTION_WORDS: Mapping[str, tuple[int, int]] = {"үштен бірге": (1, 3), "төрттен бірге": (1, 4), "жартысына": (1, 2)}
MULTIPLE_WORDS: Mapping[str, int] = {}
TIMES_NUMBERS: Mapping[str, int] = {
    "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
}  # fmt: skip
TIMES_WORDS: tuple[str, ...] = ("есе", "есеге")
RATIO_MORE: tuple[str, ...] = ("көп", "артық", "жоғары", "қымбат")
RATIO_LESS: tuple[str, ...] = ("аз", "төмен", "арзан")
SHARE_JOINERS: tuple[str, ...] = ("яғни", "немесе", "бұл")
SUM_AND: tuple[str, ...] = ("және",)
SUM_NOT_ALL: tuple[str, ...] = ("оның ішінде", "соның ішінде", "қалған", "басқа", "кемінде", "шамамен", "астам", "жуық")
#: Words that open another clause: a change's words and its ends are not apart by one.
CLAUSE_BREAKS: tuple[str, ...] = ("және", "ал", "бірақ")
BACK_REFERENCES: tuple[str, ...] = ("бұл", "ол")
