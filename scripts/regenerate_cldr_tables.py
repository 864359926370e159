"""Regenerate kzuk_figures/data/home_symbols.json from the installed babel's CLDR.

Run after upgrading babel:  python scripts/regenerate_cldr_tables.py
"""

from kzuk_figures.lexicon import write_home_symbols

if __name__ == "__main__":
    write_home_symbols()
