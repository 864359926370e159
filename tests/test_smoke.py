from decimal import Decimal

import kzuk_figures as kf


def test_seed_sentence_gives_two_linked_figures() -> None:
    figs = kf.extract("invested over 3.5 billion tenge (US$6.7 million) in")
    assert [(f.text, f.currency, f.value, f.qualifier) for f in figs] == [
        ("3.5 billion tenge", "KZT", Decimal("3500000000"), "over"),
        ("US$6.7 million", "USD", Decimal("6700000"), None),
    ]
