"""English: the words news in English writes around a figure that CLDR does not give."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

# ---------------------------------------------------------------- qualifiers
#: What may stand right before a numeral, and the qualifier it means.
QUALIFIERS: Mapping[str, str] = {
    "over": "over", "more than": "over", "exceeding": "over", "above": "over",
    "in excess of": "over", "upwards of": "over", "greater than": "over",
    "under": "under", "less than": "under", "below": "under", "fewer than": "under",
    "about": "about", "around": "about", "approximately": "about", "approx": "about",
    "roughly": "about", "some": "about", "circa": "about", "an estimated": "about",
    "estimated": "about", "~": "about", "≈": "about", "nearly": "nearly",
    "almost": "nearly", "close to": "nearly", "up to": "up_to", "as much as": "up_to",
    "no more than": "up_to", "at most": "up_to", "at least": "at_least",
    "no less than": "at_least", "as little as": "at_least", "between": "range",
    # a negation turns the bound round: "not less than" is at least
    "not less than": "at_least", "not more than": "up_to", "not fewer than": "at_least",
    "a maximum of": "up_to", "a minimum of": "at_least",
}  # fmt: skip

# ------------------------------------------------------ stated equivalents
# Each entry is a regular-expression fragment; a space stands for any run of
# whitespace.  ``link`` joins them into one anchored pattern per form.

#: Words that may stand before a stated equivalent, inside a bracket or after a
#: connector: "(about $26 million)", "or nearly $18 billion".
HEDGES: tuple[str, ...] = (
    "about", "around", "approximately", "approx\\.?", "roughly", "some", "nearly",
    "almost", "over", "more than", "little more than", "a little more than",
    "slightly more than", "just over", "just under", "under", "less than",
    "slightly less than", "circa", "c\\.", "est\\.", "estimated", "an estimated",
    "close to", "at least", "up to", "nearly", "upwards of", "in excess of",
)  # fmt: skip

#: The hedges that alone, after a comma, mark an equivalent: "X, approximately Y"
#: (not "X, over Y", which lists two amounts).
APPROX_HEDGES: tuple[str, ...] = (
    "about", "around", "approximately", "approx\\.?", "roughly", "some", "nearly", "almost",
    "circa", "c\\.", "an estimated", "estimated", "close to", "~", "≈",
)

#: Words that join a figure to its equivalent written after it, with or without
#: a comma before them: "41.7 billion tenge or $88.5 million",
#: "X, equivalent to Y", "X, which is equivalent to Y".
CONNECTORS: tuple[str, ...] = (
    "or", "i\\.e\\.", "that is", "(?:the )?equivalent (?:of|to)", "equalling",
    "converted to", "(?:which|that) (?:is|was) (?:equivalent|equal) to",
    "(?:which|that) (?:equals|equalled|is worth|was worth)", "(?:which|that) (?:is|was)", "worth",
    "(?:which|that) (?:translates|translated|converts|converted) (?:in)?to",
    "(?:amounting|equating|translating|converting) (?:in)?to", "(?:which|that) (?:amounts|amounted|comes|came|equates|equated) to",
    "(?:(?:approximately|roughly|about|nearly|almost) )?(?:equal|equivalent) to", "an amount (?:equivalent|equal) to",
    # "which at current rates is about Y", "which at today's exchange rate equals Y"
    "(?:which|that),? at (?:the )?(?:current|today's|official|then|prevailing|market|average|present)"
    "(?: official| market)? (?:exchange )?rates?,? (?:is|was|equals|equalled|comes to|came to|amounts to)",
)  # fmt: skip

#: Words right after an equivalent joined by a connector or a dash that make it a
#: comparison instead: "$5 million, which is 2 billion tenge less than in 2022".
COMPARATIVES: tuple[str, ...] = ("more", "less", "fewer", "higher", "lower", "greater", "smaller", "short", "above", "below", "up", "down", "extra")

#: A minus said in words before a figure: "minus $2bn".
MINUS_WORDS: tuple[str, ...] = ("minus",)
#: What joins a half to a whole number written in digits: "3 and a half billion" is 3.5 billion.
HALF_AFTER_DIGITS: tuple[str, ...] = ("and a half",)

#: Words that join two equivalents inside one bracket, beside ";", "," and "/".
LIST_JOINERS: tuple[str, ...] = ("or", "and")

#: Words that open a bracket before its equivalent: "(equivalent to Y)", "(or Y)".
BRACKET_OPENERS: tuple[str, ...] = (
    "(?:the )?equivalent (?:of|to)", "equal to", "worth", "or", "i\\.e\\.,?",
)

#: What may follow the equivalent inside its bracket: "(€4 million equivalent)",
#: "(nearly $18 billion at current exchange rates)".  A footnote mark and an
#: aside after a comma ("(about $2 billion, at the central bank's rate)") are
#: allowed in every language by ``link`` itself.
BRACKET_TAILS: tuple[str, ...] = (
    "equivalent",
    # "at current rates", "at the central bank's official rate", "at 2023 exchange rates",
    # "at the exchange rate of the day": whatever names the rate, up to the bracket
    "at (?:the |an? )?(?:[^\\s()\\[\\],;]+ ){0,3}(?:exchange |conversion )?rates?(?: (?:of|for|in|on) [^()\\[\\]]{1,30})?",
    "at (?:the )?(?:[^\\s()\\[\\],;]+ ){0,2}prices",
    "[–—-]\\s*ed\\.",  # an editor's gloss: "(about $6.7 million – Ed.)"
    "u\\.s\\.",  # "($6.7 million U.S.)"
    "at the time", "at that time", "then", "as of [^\\W\\d_]+(?: [^\\W\\d_]+)?",
)

# ------------------------------------------------------------------ places
#: Places that tell whose currency an ambiguous name is and that CLDR's
#: territory names lack: capitals and largest cities (from each country's own
#: statistics office lists) and demonyms, mapped to ISO 3166 territory codes.
PLACES: Mapping[str, str] = {
    "Azerbaijani": "AZ", "Azeri": "AZ", "Baku": "AZ", "Ganja": "AZ", "Sumgait": "AZ",
    "Turkmen": "TM", "Turkmenistani": "TM", "Ashgabat": "TM", "Ashkhabad": "TM",
    "Kyrgyz": "KG", "Kirghiz": "KG", "Kyrgyzstani": "KG", "Bishkek": "KG",
    "Uzbek": "UZ", "Uzbekistani": "UZ", "Tashkent": "UZ", "Samarkand": "UZ",
    "Tajik": "TJ", "Dushanbe": "TJ",
    "Kazakh": "KZ", "Kazakhstani": "KZ", "Astana": "KZ", "Almaty": "KZ",
    "Indian": "IN", "New Delhi": "IN", "Mumbai": "IN",
    "Pakistani": "PK", "Islamabad": "PK", "Karachi": "PK",
    "Sri Lankan": "LK", "Colombo": "LK", "Nepali": "NP", "Nepalese": "NP", "Kathmandu": "NP",
    "Swedish": "SE", "Stockholm": "SE", "Norwegian": "NO", "Oslo": "NO",
    "Danish": "DK", "Copenhagen": "DK", "Icelandic": "IS", "Reykjavik": "IS",
}  # fmt: skip

# ------------------------------------------------------- currency names
#: Generic nouns of CLDR's currency names that are common nouns of the language,
#: no currency without the rest of the name: "scored 60 marks" (an exam's).
COMMON_NOUN_HEADS: tuple[str, ...] = ("mark", "marks")

#: Where a currency name's generic noun stands: "swiss francs" -> "francs".
NAME_HEAD = "last"
#: Written names CLDR lacks, mapped to ISO 4217 candidates (the first is the default).
NAME_SUPPLEMENT: Mapping[str, tuple[str, ...]] = {
    # CLDR has "Kazakhstani tenge"; English-language news in the region writes these.
    "tenge": ("KZT",),
    "tenges": ("KZT",),
    "kazakh tenge": ("KZT",),
    "kazakh tenges": ("KZT",),
    # CLDR calls GBP "British pound"; "sterling" is the market and press name.
    "pound sterling": ("GBP",),
    "pounds sterling": ("GBP",),
    "sterling": ("GBP",),
    "uk pounds": ("GBP",),
    # British spelling, and the currency CLDR names "Russian ruble".
    "rouble": ("RUB",),
    "roubles": ("RUB",),
    "russian roubles": ("RUB",),
    # The som of Kyrgyzstan and the soum of Uzbekistan share a word in English text.
    "som": ("KGS", "UZS"),
    "soms": ("KGS", "UZS"),
    "kyrgyz som": ("KGS",),
    "kyrgyz soms": ("KGS",),
    "soum": ("UZS",),
    "soums": ("UZS",),
    "uzbek som": ("UZS",),
    "uzbek soms": ("UZS",),
    "uzbek soum": ("UZS",),
    "uzbek soums": ("UZS",),
    # and "sum", as Uzbek-sourced English news writes it ("2.4 trillion sum")
    "sum": ("UZS",),
    "manat": ("AZN", "TMT"),
    "manats": ("AZN", "TMT"),
    "turkmen manat": ("TMT",),
    "turkmen manats": ("TMT",),
    "azeri manat": ("AZN",),
    "azeri manats": ("AZN",),
    "azerbaijani manats": ("AZN",),
    "tajik somoni": ("TJS",),
    "somonis": ("TJS",),
    # CLDR writes "US dollar"; the AP style and older wires write these.
    "u.s. dollar": ("USD",),
    "u.s. dollars": ("USD",),
    "american dollar": ("USD",),
    "american dollars": ("USD",),
    # Common names of the Chinese currency.
    "rmb": ("CNY",),
    "renminbi": ("CNY",),
    "kuai": ("CNY",),
    "euro": ("EUR",),
    "euros": ("EUR",),
}

#: What an ambiguous name means when the document names no place that decides
#: it.  The figure keeps its candidates and says ``currency_inferred=True``.
#: English-language news writes "manat" for Azerbaijan's (Turkmenistan's is
#: rarely quoted abroad) and "som" for Kyrgyzstan's (Uzbekistan's is the
#: "sum" or "soum" in English text).
NAME_DEFAULTS: Mapping[str, str] = {
    "manat": "AZN", "manats": "AZN", "som": "KGS", "soms": "KGS",
}

#: The stems of the names above that neighbouring countries share: their default
#: is a guess the check lets the figures overrule ("3,500 manats ($1,000)" is TMT).
SHARED_NAME_STEMS: tuple[str, ...] = ("manat", "som")

#: Which currency a generic noun means in English news when nothing qualifies it.
HEAD_DEFAULTS: Mapping[str, str] = {
    "dollar": "USD",
    "pound": "GBP",
    "ruble": "RUB",
    "rouble": "RUB",
    "rupee": "INR",
    "yuan": "CNY",
    "yen": "JPY",
    "lira": "TRY",
    "won": "KRW",
    # Andorra's peseta shares the name; news means Spain's.
    "peseta": "ESP",
}

#: Scale words news writes that CLDR's compact formats (K, M, B, T, thousand...) lack.
SCALE_SUPPLEMENT: Mapping[str, int] = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mil": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "trln": 10**12,  # Kazakh and Russian wires in English, beside "mln" and "bln"
    "tln": 10**12,  # the same wires' other spelling: "KZT2.5tln"
    "tr": 10**12,
    # Indian numbering, common in South Asian business news.
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}

#: Minor units: the written word, its fraction of the major unit, and whose it is
#: (None: the dollar the document uses).
MINOR_UNITS: Mapping[str, tuple[Decimal, str | None]] = {
    "cent": (Decimal("0.01"), None),
    "cents": (Decimal("0.01"), None),
    "¢": (Decimal("0.01"), None),
    "penny": (Decimal("0.01"), "GBP"),
    "pence": (Decimal("0.01"), "GBP"),
    "p": (Decimal("0.01"), "GBP"),
}

#: The words of a change or a range's two ends, for ends converted end by end:
#: "from 4 trillion to 9 trillion soums ($350 million to $790 million)".
RANGE_FROM: tuple[str, ...] = ("from", "between")
RANGE_TO: tuple[str, ...] = ("to", "and")

#: A rate's period, which the equivalent shares: "420,000 tenge a month (about $820)".
PERIODS: tuple[str, ...] = (
    "(?:a|per|each|every) (?:hour|day|week|month|year|annum|head|person|capita)",
    "hourly", "daily", "weekly", "monthly", "annually", "yearly",
)
#: Words after an amount that its equivalent may follow: "3.5 billion tenge in total ($6.7 million)".
AMOUNT_AFTER: tuple[str, ...] = (
    "in total", "in all",
    # the year the amount is of: "500 million tenge in 2025 ($1.1 million)"
    "in (?:19|20)\\d\\d", "(?:last|this|next) year",
)  # fmt: skip
#: A currency named in words before a bare amount, which that amount is in:
#: "3.5 billion tenge (in dollar terms, about 6.7 million)".
CURRENCY_IN_WORDS: Mapping[str, str] = {
    "in (?:us )?dollar terms": "USD", "in (?:us )?dollars": "USD", "in euro terms": "EUR", "in euros": "EUR",
    "in sterling(?: terms)?": "GBP", "in tenge(?: terms)?": "KZT", "in roubles": "RUB", "in rubles": "RUB",
}  # fmt: skip


# ------------------------------------------------------- counts of things
# A number is a count when a counted noun follows it: "340 projects", "2,500
# jobs", "11,000 families".  The rule: a plural noun right after the number,
# or after one adjective; a plural is one of COUNTED_NOUNS, or a lower-case
# word with a plural noun's ending (PLURAL_NOUN_ENDINGS: "governments",
# "families", "figures", "workers"), not in NOT_COUNTED.  Plain "-s" is not
# enough: "6.7 million gives", "one says" are verbs.  A number right after a label word
# ("Article 5", "page 12") or that reads as a year is a label or a date, not a
# count, unless the noun is one of COUNTED_NOUNS.
#: Nouns news counts, reviewed on the development news: the irregular plurals
#: the rule cannot see, and the commonest regular ones (they also let a
#: year-like number count: "2000 people").
COUNTED_NOUNS: frozenset[str] = frozenset(
    "people persons children men women staff police cattle sheep livestock personnel "
    "users customers clients subscribers households homes houses families jobs workers employees "
    "residents citizens inhabitants visitors tourists passengers patients pupils students voters "
    "members migrants refugees companies firms enterprises businesses projects plants factories "
    "schools hospitals clinics buildings apartments flats villages towns cities regions districts "
    "countries vehicles cars buses trucks wagons aircraft planes wells mines pieces units items "
    "contracts loans cases deaths victims casualties doctors teachers specialists farmers "
    "entrepreneurs banks branches shops stores trees animals heads".split()
)
#: The endings of plural nouns that are rarely verbs.
PLURAL_NOUN_ENDINGS: tuple[str, ...] = (
    "ers", "ors", "ists", "ians", "ies", "ments", "tions", "sions", "ings", "ants", "ents",
    "ances", "ences", "ities", "ships", "ures", "ages", "ees", "ads", "ools", "arms", "ells",
)  # fmt: skip
#: Words with such an ending that follow numbers and count nothing.
NOT_COUNTED: frozenset[str] = frozenset(
    "represents presents prevents accounts amounts wants grants means applies supplies "
    "replies carries varies remains brings things others "
    "is was has does its this thus as us plus minus less yes versus times points percent "
    "always perhaps sometimes whereas besides towards afterwards hers ours yours theirs "
    "decades centuries seconds minutes hours days weeks months years kms mins hrs yrs "
    "degrees dollars cents pounds euros roubles rubles tenge manats soms".split()
)
#: Words before a number that make it a label: "Article 5 states", "No. 3".
COUNT_LABELS: frozenset[str] = frozenset(
    "article articles page pages section chapter paragraph clause item items no nos number "
    "route line flight room platform gate block floor level grade class phase stage step "
    "version season episode issue volume part figure table appendix annex rule point bus "
    "highway road street avenue building house apartment flat suite box lot plot tier "
    "division league round game match top under over".split()
)
#: Words that may stand between a number and the noun it counts ("340 new projects").
COUNT_ADJECTIVES: frozenset[str] = frozenset(
    "new more other small large big major local foreign private public joint additional "
    "young elderly active industrial social residential rural urban medium-sized "
    "small-scale large-scale".split()
)
#: Endings of an adjective between a number and its noun ("12 regional hospitals").
COUNT_ADJECTIVE_ENDINGS: tuple[str, ...] = ("al", "ial", "ive", "ic", "ous", "ian", "ese", "ish")


# ------------------------------------------------------- units and symbols
#: Unit spellings the press uses that pint reads otherwise.  "kW/h" is a
#: power per hour to pint, but in a story about output it is the press's
#: common slip for kilowatt-hours ("78.9 mln kW/h" of electricity generated),
#: so it is read as energy; a rate of change of power is never what is meant.
UNIT_SURFACES: Mapping[str, str] = {
    "kW/h": "kilowatt_hour", "kW/H": "kilowatt_hour", "kw/h": "kilowatt_hour",
    "MW/h": "megawatt_hour", "MW/H": "megawatt_hour", "GW/h": "gigawatt_hour", "GW/H": "gigawatt_hour",
}  # fmt: skip
#: Letters that stand for a currency only when glued to a number with a scale
#: word after it.  English-language papers in Kazakhstan write the tenge "T":
#: "T58 billion", "T1.2 trillion"; "T5", "T20 cricket" and a sentence's first
#: word are not money.
SCALED_SYMBOLS: Mapping[str, str] = {"T": "KZT"}


# ------------------------------------------------------- stated arithmetic
# The words that make arithmetic between figures explicit (kzuk_figures.claims):
# without one of them, a percentage beside two amounts is no claim.
#: Words of a change, by direction: "rose 15% to ...", "up 15% from ...".
RISE_WORDS: tuple[str, ...] = (
    "rose", "risen", "rise", "rises", "rising", "grew", "grown", "grows", "growing", "growth",
    "increased", "increase", "increases", "climbed", "jumped", "surged", "soared", "gained",
    "went up", "up", "expanded", "jump", "gain",
)  # fmt: skip
FALL_WORDS: tuple[str, ...] = (
    "fell", "fallen", "falls", "fall", "falling", "dropped", "drop", "declined", "decline",
    "decreased", "decrease", "shrank", "shrunk", "slumped", "plunged", "contracted",
    "went down", "down", "cut", "reduced", "slid", "lost",
)  # fmt: skip
#: Verbs that state a multiple themselves: (direction, multiple).
MULTIPLE_VERBS: Mapping[str, tuple[str, int]] = {
    "doubled": ("up", 2), "tripled": ("up", 3), "trebled": ("up", 3),
    "quadrupled": ("up", 4), "halved": ("down", 2),
}  # fmt: skip
#: The preposition of a change's amount ("rose by 15%") and of its two ends.
CHANGE_BY: tuple[str, ...] = ("by",)
CHANGE_FROM: tuple[str, ...] = ("from",)
CHANGE_TO: tuple[str, ...] = ("to",)
#: What joins a change's ends to its amount after them: "from $1.8 billion to $2.1 billion, or 15%".
CHANGE_JOINERS: tuple[str, ...] = ("or", "i.e.", "that is")
#: Fractions a change states in words: "fell by a third".
FRACTION_WORDS: Mapping[str, tuple[int, int]] = {
    "half": (1, 2), "a half": (1, 2), "a third": (1, 3), "one third": (1, 3), "two thirds": (2, 3),
    "a quarter": (1, 4), "one quarter": (1, 4), "three quarters": (3, 4), "a fifth": (1, 5),
    "a tenth": (1, 10),
}  # fmt: skip
#: Multiples in words, and the number words before "times".
MULTIPLE_WORDS: Mapping[str, int] = {
    "twice": 2, "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10,
}  # fmt: skip
TIMES_NUMBERS: Mapping[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
TIMES_WORDS: tuple[str, ...] = ("times", "-fold", "fold")
#: A ratio's comparison: "twice as much ... as", "three times more than".
RATIO_MORE: tuple[str, ...] = (
    "as much", "as many", "as large", "as big", "as high", "as great", "as long",
    "more", "larger", "bigger", "higher", "greater",
)  # fmt: skip
RATIO_LESS: tuple[str, ...] = ("less", "fewer", "smaller", "lower")
RATIO_THAN: tuple[str, ...] = ("as", "than")
#: A share's "of": "12% of the $250 billion"; and the words that may follow it.
SHARE_OF: tuple[str, ...] = ("of",)
SHARE_FILLERS: tuple[str, ...] = ("the", "a", "an", "its", "their", "this", "total", "overall", "all")
#: What joins a share to the part it amounts to: "..., or $30 billion".
#: Comparisons that state a change against an earlier figure: "15% more than in 2023 ($1.8 billion)".
COMPARED_UP: tuple[str, ...] = ("more", "higher", "above", "up")
COMPARED_DOWN: tuple[str, ...] = ("less", "lower", "below", "down")
COMPARED_LEADS: tuple[str, ...] = (
    "or", "which is", "which was", "that is", "that was", "this is", "this was", "it is", "it was",
)
#: A share of a whole named just before: "56% of it, or 477.6 billion tenge".
SHARE_PRONOUNS: tuple[str, ...] = ("it", "them", "this", "that", "this sum", "that sum", "the total")
#: A share that opens on its whole named just before: "$250 billion, of which 12%, or $30 billion".
SHARE_RELATIVES: tuple[str, ...] = ("which",)
#: Words that may stand before a share's percentage: "almost a full 15% of".
SHARE_LEADS: tuple[str, ...] = ("a full", "fully", "just", "only")
SHARE_JOINERS: tuple[str, ...] = ("or", "i.e.", "that is", "some", "about", "around", "roughly", "nearly")
#: How a sentence of parts opens on its total ("Of the 120 billion tenge, ..."),
#: or what follows the total ("120 billion tenge, of which ...").
SUM_OPENERS: tuple[str, ...] = ("of", "out of", "of the", "out of the")
SUM_AFTER_TOTAL: tuple[str, ...] = ("of which", "of this", "of that", "of it")
SUM_AND: tuple[str, ...] = ("and",)
#: Words that say the parts named are not all of the total.
SUM_NOT_ALL: tuple[str, ...] = (
    "including", "include", "includes", "among", "such as", "rest", "remaining", "remainder",
    "other", "others", "also", "at least", "more than", "over", "about", "some", "nearly",
    "almost", "around", "roughly", "up to", "less than", "under", "each", "per", "respectively",
    "while", "whereas", "but",
)  # fmt: skip
#: Words that open another clause: a change's words and its ends are not apart by one.
CLAUSE_BREAKS: tuple[str, ...] = ("and", "but", "while", "whereas", "as", "when")
#: A sentence that opens with one of these refers back to the one before.
BACK_REFERENCES: tuple[str, ...] = ("that", "this", "it", "which")
