from decimal import Decimal

import kzuk_figures as kf


def test_seed_sentence_gives_two_linked_figures() -> None:
    figs = kf.extract("invested over 3.5 billion tenge (US$6.7 million) in")
    assert [(f.text, f.currency, f.value, f.qualifier) for f in figs] == [
        ("3.5 billion tenge", "KZT", Decimal("3500000000"), "over"),
        ("US$6.7 million", "USD", Decimal("6700000"), None),
    ]


def test_the_wheel_lists_every_package_and_its_data() -> None:
    # an editable install finds every subpackage; a built wheel holds only
    # those pyproject.toml lists, so a forgotten one breaks only real installs
    import tomllib
    from pathlib import Path

    root = Path(kf.__file__).parent
    config = tomllib.loads((root.parent / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {
        ".".join(p.parent.relative_to(root.parent).parts) for p in root.rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert set(config["packages"]) == on_disk
    assert "data/*" in config["package-data"]["kzuk_figures"] and any((root / "data").glob("*.json"))
