"""``python -m kzuk_figures``: the same as the ``kzuk-figures`` command."""

import sys

from .cli import main

sys.exit(main())
