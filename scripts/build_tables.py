"""Regenerate the CLDR tables shipped in kzuk_figures/data/ from the installed babel.

Run after upgrading babel (tests/test_tables.py fails when a table is stale):

    python scripts/build_tables.py

* ``cldr_currencies.json``: what the lexicon reads (currency names, plurals,
  symbols, compact number formats of en, ru, kk);
* ``cldr_territories.json``: what ``places`` reads (territory names, legal tender);
* ``cldr_units.json``: the Russian and Kazakh unit patterns ``units`` reads;
* ``home_symbols.json``: each current currency's symbol in its home locales
  (reads about 500 locales: a second or two).

The package reads these files instead of babel's locale data, which cost the
first ``extract`` of every process tens of milliseconds.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from kzuk_figures import lexicon, places, units

TABLES: dict[str, Callable[[], dict[str, Any]]] = {
    lexicon._CLDR_FILE: lexicon.cldr_from_babel,
    places._TABLE_FILE: places.territories_from_babel,
    units.CLDR_UNITS_FILE: units.cldr_units_from_babel,
}


def main() -> int:
    import babel

    for path, build in TABLES.items():
        text = lexicon.render_table(build())
        try:
            with open(path, encoding="utf-8") as f:
                changed = f.read() != text
        except FileNotFoundError:  # a new table
            changed = True
        if changed:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        print(f"{path}: {'rewritten' if changed else 'unchanged'}")
    lexicon.write_home_symbols()
    print(f"{lexicon._HOME_SYMBOLS_FILE}: regenerated")
    print(f"from babel {babel.__version__} (CLDR {babel.core.get_cldr_version()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
