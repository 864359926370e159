"""A deterministic, synthetic corpus of English news-like prose about trade and
the economy (Kazakhstan, the UK), for the benchmarks.  No network, no data
files: everything comes from a seeded ``random.Random`` and the word lists
below, so the same (size, density, seed) always gives the same text.

Two densities:

* ``news``  - about one monetary figure per 500 characters, clustered as in
  real reporting: most paragraphs hold none, the ones about money hold a few.
  Plenty of numbers that are not money: years, dates, ordinals, percentages,
  phone numbers, counts, "3.2 million tonnes", "12 pounds of wheat", "A321".
* ``dense`` - about one monetary figure per 60 characters: tables of results
  written as prose.

The money comes in every form the library reads: a symbol before
(``$22 billion``, ``US$6.7 million``, ``£1.2bn``, ``€5m``, ``₸3.5bn``,
``C$40``, ``-$5m``), a code before or after (``USD 6.7 million``,
``6.7 million USD``, ``30 MUSD``), a name after (``3.5 billion tenge``,
``10 million pounds sterling``), grouped digits (``1,234,567.89``,
``1 234 567``), qualifiers (over, about, up to, at least), ranges
(``$5-7 million``, ``between $5m and $7m``), stated conversions
(``3.5 billion tenge (US$6.7 million)``) and numbers in words
(``half a billion dollars``).

Sizes are in bytes of UTF-8 (the text is mostly ASCII; ``₸``, ``£``, ``€``
take 2-3 bytes).

    python benchmarks/corpus.py --size-mb 5 --density news --out /tmp/news.txt
    python benchmarks/corpus.py --size-mb 1 --density dense --stats

From Python: ``make_corpus(size_bytes, density="news", seed=0) -> str``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["DENSITIES", "TARGET_CHARS_PER_FIGURE", "CorpusStats", "make_corpus", "paragraphs", "write_corpus"]

DENSITIES = ("news", "dense")
#: Characters of text per monetary figure each density aims at.
TARGET_CHARS_PER_FIGURE = {"news": 500, "dense": 60}

# --------------------------------------------------------------------------
# Currencies: how each is written, and roughly how many make a US dollar
# (May 2025, the date the benchmarks check at), so that stated conversions
# are plausible: most are consistent, 5 % carry a scale slip.
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Currency:
    code: str
    per_usd: float
    symbols: tuple[str, ...]
    names: tuple[str, ...]
    weight: int
    space_grouping: bool = False  # writes "1 234 567" rather than "1,234,567"


_CURRENCIES = (
    _Currency("KZT", 522.0, ("₸",), ("tenge",), 30, space_grouping=True),
    _Currency("USD", 1.0, ("$", "US$", "$"), ("dollars", "US dollars"), 30),
    _Currency("GBP", 0.752, ("£",), ("pounds", "pounds sterling"), 20),
    _Currency("EUR", 0.882, ("€",), ("euros",), 10),
    _Currency("RUB", 82.5, ("₽",), ("roubles", "rubles"), 4, space_grouping=True),
    _Currency("JPY", 144.5, ("¥",), ("yen",), 2),
    _Currency("CAD", 1.382, ("C$",), ("Canadian dollars",), 2),
    _Currency("UZS", 12970.0, (), ("soums",), 2, space_grouping=True),
)
_BY_CODE = {c.code: c for c in _CURRENCIES}
_CUR_WEIGHTS = [c.weight for c in _CURRENCIES]

_SCALES = (("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12))
_SHORT_SCALES = {"thousand": ("k",), "million": ("m", "m", "mn"), "billion": ("bn", "bn", "bln"), "trillion": ("tn",)}
_QUALIFIERS = ("over ", "about ", "up to ", "at least ", "nearly ", "more than ", "some ", "approximately ",
               "almost ", "less than ", "around ")  # fmt: skip
_WORD_AMOUNTS = (
    ("half a", 0.5), ("a", 1), ("one", 1), ("two", 2), ("three", 3), ("five", 5), ("seven", 7),
    ("ten", 10), ("twenty", 20), ("one and a half", 1.5), ("two and a half", 2.5),
    ("three hundred", 300), ("forty-five", 45),
)  # fmt: skip

# --------------------------------------------------------------------------
# Words.
# --------------------------------------------------------------------------

_SUBJECTS = (
    "Kazakhstan", "The UK", "The government", "Astana", "London", "The National Bank of Kazakhstan",
    "The Bank of England", "KazMunayGas", "Samruk-Kazyna", "The Treasury",
    "The Department for Business and Trade", "Air Astana", "Kazatomprom", "The EBRD",
    "UK Export Finance", "The Ministry of National Economy", "The Astana International Financial Centre",
    "Halyk Bank", "Kaspi.kz", "The fund", "The consortium", "The operator of the Tengiz field",
    "The Karachaganak venture", "Shell", "HSBC", "The Kazakh Ministry of Finance",
    "A British engineering firm", "The regional akimat", "Kazakhstan Temir Zholy", "The Asian Development Bank",
)  # fmt: skip
_SHORT_SUBJECTS = ("BP", "KMG", "Halyk", "HSBC", "Kaspi", "The fund", "Astana", "The UK", "KTZ", "Shell",
                   "The EBRD", "Tengiz", "The bank", "The state")  # fmt: skip
_MONEY_VERBS = (
    "invested", "has invested", "allocated", "raised", "borrowed", "spent", "earned", "reported revenue of",
    "signed contracts worth", "approved a loan of", "posted a net profit of", "lost", "pledged",
    "is seeking", "paid", "received", "set aside", "committed", "expects to spend", "wrote off",
)  # fmt: skip
_SHORT_VERBS = ("paid", "lost", "raised", "spent", "got", "owes", "earned", "made", "booked", "lent")
_MONEY_TAILS = (
    "in the project", "on new pipelines", "for the modernisation of the Pavlodar refinery",
    "in renewable energy", "for road building in the Mangystau region", "last year", "in the first half",
    "over five years", "to expand its fleet", "in the Aktobe plant", "under the new agreement",
    "in green hydrogen", "on rail links along the Middle Corridor", "in British government bonds",
    "for the expansion of Astana airport", "in the quarter", "on digital services",
)  # fmt: skip
_SAY = ("said", "told reporters", "noted", "confirmed", "argued", "warned", "announced")
_THAT = (
    "the decision reflected growing interest from British investors",
    "the tenge would remain under pressure while oil prices soften",
    "the UK remains among the largest foreign investors in Kazakhstan",
    "the Middle Corridor matters more than ever for regional trade",
    "the reforms had been too slow to reach small businesses",
    "talks on a new double taxation treaty were going well",
    "the regulator would publish its findings later in the year",
    "demand for uranium was likely to stay strong",
    "the programme would be reviewed by parliament",
    "it was too early to judge the effect of the sanctions",
    "exporters were adapting to new customs rules",
    "the state would keep its stake in the company",
)  # fmt: skip
_PLAIN = (
    "Officials declined to comment on the report.",
    "The company did not respond to a request for comment.",
    "Both sides stressed the importance of transparency.",
    "The announcement came after months of negotiations.",
    "Critics say the plan lacks detail.",
    "Analysts were divided over the outlook.",
    "The move had been widely expected by markets.",
    "The agreement still needs the approval of both parliaments.",
    "Local residents have long complained about air quality in the city.",
    "Opposition politicians called for an independent audit.",
    "The ministry said further details would follow.",
    "Shares in the company were little changed in London trading.",
)  # fmt: skip
_CITIES = ("Astana", "Almaty", "London", "Shymkent", "Atyrau", "Aktau", "Karaganda", "Manchester",
           "Edinburgh", "Pavlodar", "Aktobe", "Ust-Kamenogorsk")  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_COMMODITIES = ("wheat", "uranium", "copper", "coal", "crude oil", "zinc", "barley", "ferroalloys")
_SOURCES = ("the Bureau of National Statistics", "the Office for National Statistics", "HM Revenue and Customs",
            "the central bank", "the World Bank", "the IMF", "USDA estimates")  # fmt: skip
_HEADLINES = (
    "Kazakhstan and UK sign energy deals", "Tenge slips as oil prices fall", "Astana hosts investment forum",
    "British firms eye Kazakh critical minerals", "Central bank holds base rate",
    "Rail freight along Middle Corridor grows", "Inflation eases for third month",
    "Parliament approves budget amendments", "UK trade mission visits Almaty",
    "Kazatomprom lifts production guidance",
)  # fmt: skip


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _mid(subject: str) -> str:
    """A subject in mid-sentence: "the Treasury", but "Kazakhstan"."""
    return "the" + subject[3:] if subject.startswith("The ") else subject


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --------------------------------------------------------------------------
# The generator.
# --------------------------------------------------------------------------


@dataclass
class CorpusStats:
    """What the generator wrote: characters, paragraphs, figures by form."""

    chars: int = 0
    paragraphs: int = 0
    money_paragraphs: int = 0
    figures: int = 0  # monetary figures as written (a range is one, a conversion two)
    conversions: int = 0
    forms: dict[str, int] = field(default_factory=dict)

    def count(self, form: str, figures: int = 1) -> None:
        self.forms[form] = self.forms.get(form, 0) + 1
        self.figures += figures


class _Writer:
    def __init__(self, rng: random.Random, stats: CorpusStats) -> None:
        self.r = rng
        self.stats = stats

    # -- amounts --------------------------------------------------------
    def _mantissa(self) -> tuple[str, float]:
        r = self.r
        k = r.random()
        if k < 0.45:
            n = r.choice((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 22, 25, 30, 40, 50, 75, 100, 120, 150, 250, 300, 500))
            return str(n), float(n)
        if k < 0.85:
            v = round(r.uniform(1, 99), 1)
            return f"{v:.1f}", v
        v = round(r.uniform(1, 9), 2)
        return f"{v:.2f}", v

    def _scale(self, cur: _Currency) -> tuple[str, float]:
        r = self.r
        if cur.code in ("KZT", "UZS", "RUB", "JPY"):
            name, mult = r.choice(_SCALES[1:] if r.random() < 0.9 else _SCALES)
        else:
            name, mult = r.choice(_SCALES[:3] if r.random() < 0.97 else _SCALES)
            if name == "thousand" and r.random() < 0.7:
                name, mult = "million", 1e6
        return name, mult

    def _grouped(self, cur: _Currency, exact: bool) -> tuple[str, float]:
        """ "1,234,567.89", "1 234 567", "2,500"."""
        r = self.r
        value = r.randrange(1_000, 90_000_000) if r.random() < 0.7 else r.randrange(1_000, 100_000)
        cents = r.randrange(100) if exact and not cur.space_grouping and r.random() < 0.4 else None
        sep = " " if cur.space_grouping else ","
        text = f"{value:,}".replace(",", sep)
        if cents is not None:
            text += f".{cents:02d}"
            return text, value + cents / 100
        return text, float(value)

    # -- one figure -----------------------------------------------------
    def figure(self, cur: _Currency | None = None, *, allow_words: bool = True) -> tuple[str, float, _Currency]:
        """One money figure (no qualifier), its value and currency."""
        r = self.r
        cur = cur or r.choices(_CURRENCIES, _CUR_WEIGHTS)[0]
        k = r.random()
        if k < 0.34 and cur.symbols:  # symbol before
            sym = r.choice(cur.symbols)
            if r.random() < 0.15:
                text, v = self._grouped(cur, exact=True)
                self.stats.count("symbol+grouped")
                return f"{sym}{text}", v, cur
            m, mv = self._mantissa()
            name, mult = self._scale(cur)
            if r.random() < 0.5:
                self.stats.count("symbol+short scale")
                return f"{sym}{m}{r.choice(_SHORT_SCALES[name])}", mv * mult, cur
            self.stats.count("symbol+scale word")
            return f"{sym}{m} {name}", mv * mult, cur
        if k < 0.46:  # code before
            m, mv = self._mantissa()
            if r.random() < 0.3:
                text, v = self._grouped(cur, exact=False)
                self.stats.count("code before+grouped")
                return f"{cur.code} {text}", v, cur
            name, mult = self._scale(cur)
            short = {"million": "mln", "billion": "bln"}.get(name)
            word = short if short and r.random() < 0.15 else name
            self.stats.count("code before")
            return f"{cur.code} {m} {word}", mv * mult, cur
        if k < 0.58:  # code after
            m, mv = self._mantissa()
            if cur.code in ("USD", "EUR") and r.random() < 0.2:
                self.stats.count("M-code after")
                return f"{m} M{cur.code}", mv * 1e6, cur
            if r.random() < 0.25:
                text, v = self._grouped(cur, exact=False)
                self.stats.count("code after+grouped")
                return f"{text} {cur.code}", v, cur
            name, mult = self._scale(cur)
            self.stats.count("code after")
            return f"{m} {name} {cur.code}", mv * mult, cur
        if k < 0.93 or not allow_words:  # name after
            nm = r.choice(cur.names)
            if r.random() < 0.2:
                text, v = self._grouped(cur, exact=False)
                self.stats.count("name after+grouped")
                return f"{text} {nm}", v, cur
            m, mv = self._mantissa()
            name, mult = self._scale(cur)
            self.stats.count("name after")
            return f"{m} {name} {nm}", mv * mult, cur
        words, wv = r.choice(_WORD_AMOUNTS)  # numbers in words
        name, mult = r.choice(_SCALES[1:3])
        self.stats.count("words")
        return f"{words} {name} {r.choice(cur.names)}", wv * mult, cur

    def qualified(self) -> str:
        text, _, _ = self.figure()
        if self.r.random() < 0.22:
            self.stats.forms["qualifier"] = self.stats.forms.get("qualifier", 0) + 1
            return self.r.choice(_QUALIFIERS) + text
        return text

    def small_price(self) -> str:
        """ "C$40", "£3.50", "₸2,500", "$40k"."""
        r = self.r
        self.stats.count("price")
        return r.choice(("C$40", "£3.50", "$12.99", "€4.20", "₸2,500", "₸1 200", "$40k", "£15", "C$1,250",
                         "2,500 tenge", "A$85", "$7.50", "£1,099"))  # fmt: skip

    def negative(self) -> str:
        r = self.r
        self.stats.count("negative")
        m, _ = self._mantissa()
        sym = r.choice(("$", "£", "€", "₸"))
        return f"-{sym}{m}{r.choice(('m', 'bn'))}"

    def range_(self) -> str:
        r = self.r
        cur = r.choices(_CURRENCIES[:4], [3, 3, 2, 1])[0]
        lo = r.choice((1, 2, 3, 5, 10, 15, 20, 50))
        hi = lo + r.choice((1, 2, 3, 5, 10))
        name, _ = self._scale(cur)
        short = _SHORT_SCALES[name][0]
        sym = cur.symbols[0] if cur.symbols else None
        k = r.random()
        self.stats.count("range")
        if sym and k < 0.4:
            return f"{sym}{lo}-{hi} {name}"
        if sym and k < 0.7:
            return f"between {sym}{lo}{short} and {sym}{hi}{short}"
        if sym and k < 0.85:
            return f"{sym}{lo} {name} to {sym}{hi} {name}"
        return f"{lo}-{hi} {name} {cur.names[0]}"

    def conversion(self) -> str:
        """ "3.5 billion tenge (US$6.7 million)": plausible, mostly right, sometimes slipped."""
        r = self.r
        src = r.choices(_CURRENCIES, [30, 0, 20, 10, 4, 2, 2, 2])[0]  # never USD: it is the usual target
        text, value, _ = self.figure(src, allow_words=True)
        tgt = _BY_CODE[r.choices(("USD", "GBP", "EUR"), [8, 1, 1])[0]]
        if tgt is src:
            tgt = _BY_CODE["USD"]
        target = value / src.per_usd * tgt.per_usd * r.uniform(0.99, 1.01)
        if r.random() < 0.05:
            target *= 1000  # a scale slip for check() to diagnose
        sym = {"USD": r.choice(("US$", "$", "$")), "GBP": "£", "EUR": "€"}[tgt.code]
        if target >= 1e12:
            t = f"{sym}{target / 1e12:.1f} trillion"
        elif target >= 1e9:
            t = f"{sym}{target / 1e9:.{1 if target < 1e11 else 0}f} billion"
        elif target >= 1e6:
            t = f"{sym}{target / 1e6:.{1 if target < 1e8 else 0}f} million"
        elif target >= 100:
            t = f"{sym}{float(f'{target:.3g}'):,.0f}"  # three significant digits
        else:
            t = f"{sym}{target:.2f}"
        self.stats.count("conversion", 1)  # the source was counted by figure()
        self.stats.conversions += 1
        k = r.random()
        if k < 0.6:
            return f"{text} ({t})"
        if k < 0.75:
            return f"{text} (about {t})"
        if k < 0.9:
            return f"{text}, or about {t}"
        return f"{text} (equivalent to {t})"

    def money_phrase(self) -> str:
        k = self.r.random()
        if k < 0.30:
            return self.conversion()
        if k < 0.42:
            return self.range_()
        if k < 0.47:
            return self.small_price()
        if k < 0.50:
            return self.negative()
        return self.qualified()

    # -- sentences --------------------------------------------------------
    def date(self) -> str:
        r = self.r
        y, mo, d = r.randrange(2015, 2026), r.randrange(12), r.randrange(1, 29)
        k = r.random()
        if k < 0.5:
            return f"{d} {_MONTHS[mo]} {y}"
        if k < 0.8:
            return f"{_MONTHS[mo]} {d}, {y}"
        return f"{y}-{mo + 1:02d}-{d:02d}"

    def pct(self) -> str:
        r = self.r
        v = f"{r.uniform(0.1, 25):.1f}"
        return r.choice((f"{v}%", f"{v}%", f"{v} per cent", f"{v} percent"))

    def count(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.4:
            return str(r.randrange(2, 1000))
        if k < 0.8:
            return f"{r.randrange(1_000, 500_000):,}"
        return f"{r.uniform(1, 20):.1f} million"

    def phone(self) -> str:
        r = self.r
        return r.choice((
            f"+7 727 {r.randrange(200, 400)} {r.randrange(10, 99)} {r.randrange(10, 99)}",
            f"+44 20 {r.randrange(7000, 8000)} {r.randrange(1000, 9999)}",
            f"8 800 080 {r.randrange(1000, 9999)}",
            f"+7 (7172) {r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}",
        ))  # fmt: skip

    def plain_sentence(self) -> str:
        """A sentence with no money in it (often with other numbers)."""
        r = self.r
        y = r.randrange(1991, 2026)
        if r.random() < 0.45:  # prose without a number, as most news sentences are
            if r.random() < 0.5:
                return r.choice(_PLAIN)
            return f"{r.choice(_SUBJECTS)} {r.choice(_SAY)} that {r.choice(_THAT)}."
        k = r.choices(range(16), (3, 2, 2, 2, 2, 1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1))[0]
        if k == 0:
            return f"{r.choice(_SUBJECTS)} {r.choice(_SAY)} on {r.choice(_WEEKDAYS)} that {r.choice(_THAT)}."
        if k == 1:
            return f"The agreement, first discussed in {y}, was signed in {r.choice(_CITIES)} on {self.date()}."
        if k == 2:
            return (f"Trade turnover between the two countries grew by {self.pct()} in {y}, "
                    f"according to {r.choice(_SOURCES)}.")  # fmt: skip
        if k == 3:
            return (f"Inflation slowed to {self.pct()} in {r.choice(_MONTHS)}, the "
                    f"{_ordinal(r.randrange(2, 12))} monthly decline in a row.")  # fmt: skip
        if k == 4:
            return (f"The plant employs {self.count()} people and produced {self.count()} tonnes of "
                    f"{r.choice(_COMMODITIES)} in {y}.")  # fmt: skip
        if k == 5:
            return f"The {_ordinal(r.randrange(2, 30))} meeting of the intergovernmental commission is due on {self.date()}."
        if k == 6:
            return f"Readers can call the helpline on {self.phone()} or visit the office at {r.randrange(1, 200)} Abay Avenue."
        if k == 7:
            return f"The base rate was left at {self.pct()} for the {_ordinal(r.randrange(2, 9))} meeting running."
        if k == 8:
            return f"Exports of {r.choice(_COMMODITIES)} rose to {self.count()} tonnes, up {self.pct()} on {y}."
        if k == 9:
            return (f"The pipeline runs {r.randrange(100, 2500):,} km from {r.choice(_CITIES)} to "
                    f"{r.choice(_CITIES)} and opened in {y}.")  # fmt: skip
        if k == 10:
            return f"The {y}-{y + r.randrange(2, 8)} programme covers {r.randrange(2, 17)} regions and {self.count()} households."
        if k == 11:
            return (f"Figures published on {self.date()} show output expanded by {self.pct()}, "
                    f"the fastest pace since the {r.randrange(1990, 2020, 10)}s.")  # fmt: skip
        if k == 12:
            return (f"{_cap(r.choice(_SOURCES))} put the harvest at {r.randrange(2, 400)} million pounds of "
                    f"{r.choice(_COMMODITIES)}, against {r.randrange(2, 400)} million a year earlier.")  # fmt: skip
        if k == 13:
            return (f"Flight KC{r.randrange(100, 999)} on the Airbus A{r.choice((320, 321, 330))}neo leaves at "
                    f"{r.randrange(6, 23)}:{r.randrange(0, 60):02d}, under section {r.randrange(1, 9)}."
                    f"{r.randrange(1, 9)}.{r.randrange(1, 9)} of the code.")  # fmt: skip
        if k == 14:
            return f"Some {self.count()} delegates from {r.randrange(5, 60)} countries attended, the {_ordinal(r.randrange(2, 30))} such forum."
        return r.choice(_PLAIN)

    def money_sentence(self) -> str:
        r = self.r
        k = r.randrange(8)
        if k < 3:
            tail = r.choice(_MONEY_TAILS)
            return f"{r.choice(_SUBJECTS)} {r.choice(_MONEY_VERBS)} {self.money_phrase()} {tail}.".replace(" .", ".")
        if k == 3:
            return f"The deal is valued at {self.money_phrase()}, with a further {self.qualified()} due by {r.randrange(2026, 2035)}."
        if k == 4:
            return f"Revenue rose from {self.qualified()} to {self.qualified()} in {r.randrange(2016, 2026)}, {_mid(r.choice(_SUBJECTS))} {r.choice(_SAY)}."
        if k == 5:
            return f"Since {r.randrange(2015, 2024)}, {_mid(r.choice(_SUBJECTS))} has invested {self.conversion()} in the region."
        if k == 6:
            return f"The project will cost {self.range_()}, officials {r.choice(_SAY)}, or {self.pct()} of the budget."
        return f"The net result was {self.negative()} after a loss of {self.qualified()} a year earlier."

    def dense_sentence(self) -> str:
        r = self.r
        k = r.randrange(5)
        subj, verb = r.choice(_SHORT_SUBJECTS), r.choice(_SHORT_VERBS)
        if k == 0:
            return f"{subj} {verb} {self.money_phrase()}."
        if k == 1:
            return f"In {r.randrange(2015, 2026)}, {subj} {verb} {self.money_phrase()}; costs: {self.qualified()}."
        if k == 2:
            return f"{subj}: {self.qualified()}, {self.qualified()} and {self.money_phrase()}."
        if k == 3:
            return f"{subj} {verb} {self.conversion()} in {r.choice(_MONTHS)}."
        return f"Q{r.randrange(1, 5)}: {subj} {verb} {self.money_phrase()}, up {self.pct()}."


def paragraphs(density: str = "news", seed: int = 0, stats: CorpusStats | None = None) -> Iterator[str]:
    """Paragraphs without end (articles: a headline, a dated first paragraph,
    then body paragraphs).  Join them with a blank line."""
    if density not in DENSITIES:
        raise ValueError(f"density must be one of {DENSITIES}, not {density!r}")
    stats = stats if stats is not None else CorpusStats()
    w = _Writer(random.Random(seed), stats)
    r = w.r
    target = TARGET_CHARS_PER_FIGURE[density]
    left_in_article = 0
    while True:
        before = stats.figures
        if left_in_article == 0:
            left_in_article = r.randrange(4, 13)
            para = r.choice(_HEADLINES)
            if density == "dense" or r.random() < 0.2:
                para = f"{para}: {w.qualified()}"
            stats.chars += len(para) + 2
            stats.paragraphs += 1
            stats.money_paragraphs += stats.figures > before
            yield para
            before = stats.figures
            lead = f"{r.choice(_CITIES).upper()}, {w.date()} - "
        else:
            lead = ""
        left_in_article -= 1
        sentences = []
        if density == "news":
            # a money paragraph when the text has fallen behind its figure
            # budget by a random 0-3 figures: clustered, most paragraphs none
            behind = stats.chars / target - stats.figures
            money = behind > r.uniform(0, 3)
            n = r.randrange(3, 7)
            money_at = set(r.sample(range(n), min(n, r.randrange(2, 4)))) if money else set()
            for i in range(n):
                sentences.append(w.money_sentence() if i in money_at else w.plain_sentence())
        else:
            for _ in range(r.randrange(3, 7)):
                behind = (stats.chars + sum(len(s) for s in sentences)) / target - stats.figures
                sentences.append(w.dense_sentence() if behind > -1 else w.plain_sentence())
        para = lead + " ".join(sentences)
        stats.chars += len(para) + 2
        stats.paragraphs += 1
        stats.money_paragraphs += stats.figures > before
        yield para


def make_corpus(size_bytes: int, density: str = "news", seed: int = 0, stats: CorpusStats | None = None) -> str:
    """``size_bytes`` of UTF-8 text (cut at a character boundary: the encoded
    length is ``size_bytes`` or up to three bytes less), paragraphs separated
    by a blank line."""
    if size_bytes < 0:
        raise ValueError("size_bytes must be >= 0")
    parts: list[str] = []
    total = 0
    for para in paragraphs(density, seed, stats):
        if total >= size_bytes:
            break
        parts.append(para)
        total += len(para.encode()) + 2
    data = "\n\n".join(parts).encode()[:size_bytes]
    return data.decode("utf-8", errors="ignore")


def write_corpus(path: str, size_bytes: int, density: str = "news", seed: int = 0) -> int:
    """Write about ``size_bytes`` of corpus to ``path`` without holding it in
    memory (whole paragraphs: may overshoot by one paragraph).  Returns the
    bytes written."""
    written = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        batch: list[str] = []
        for para in paragraphs(density, seed):
            if written >= size_bytes:
                break
            chunk = para + "\n\n"
            batch.append(chunk)
            written += len(chunk.encode())
            if len(batch) >= 256:
                f.write("".join(batch))
                batch.clear()
        f.write("".join(batch))
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=5.0, help="size in MB (10^6 bytes of UTF-8; default 5)")
    ap.add_argument("--density", choices=DENSITIES, default="news")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", help="write the corpus here (default: print statistics only)")
    ap.add_argument("--stats", action="store_true", help="also run kzuk_figures.extract on it and compare counts")
    args = ap.parse_args(argv)
    size = int(args.size_mb * 1_000_000)
    stats = CorpusStats()
    text = make_corpus(size, args.density, args.seed, stats)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    paras = text.split("\n\n")
    print(f"{args.density} corpus, seed {args.seed}: {len(text.encode()):,} bytes, {len(text):,} characters, "
          f"{len(paras):,} paragraphs" + (f" -> {args.out}" if args.out else ""))  # fmt: skip
    print(f"generator: {stats.figures:,} money figures written (1 per {stats.chars / max(stats.figures, 1):.0f} chars; "
          f"target 1 per {TARGET_CHARS_PER_FIGURE[args.density]}), {stats.conversions:,} stated conversions, "
          f"{stats.money_paragraphs / max(stats.paragraphs, 1):.0%} of paragraphs hold money")  # fmt: skip
    for form, n in sorted(stats.forms.items(), key=lambda kv: -kv[1]):
        print(f"  {form:22} {n:8,}")
    if args.stats:
        import kzuk_figures

        figs = kzuk_figures.extract(text)
        money = sum(f.kind == "money" for f in figs)
        print(f"extract: {money:,} money figures (1 per {len(text) / max(money, 1):.0f} chars), "
              f"{len(figs) - money:,} percentages")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
