"""The one folder per user where the library keeps what it can rebuild.

Both caches, pint's parsed unit definitions (``units``) and NBK's daily tables
(``rates.nbk``), live under it, and both are optional: with no folder they
cost time, never a result.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["user_cache_root"]


def user_cache_root() -> Path | None:
    """``kzuk_figures`` in the platform's per-user cache folder; None when there is none.

    There is none when the process has no home (a daemon, a sandbox,
    ``HOME=/nonexistent``): it should not write into some other account's
    home, nor create a home that is missing, so it goes without a cache.
    """
    # pathlib (~3 ms with what it imports) is imported when a cache is first wanted, not with the package.
    from pathlib import Path

    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "")
        return Path(local, "kzuk_figures") if os.path.isabs(local) else None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if sys.platform != "darwin" and os.path.isabs(xdg):  # the XDG spec ignores a relative path
        return Path(xdg, "kzuk_figures")
    home = os.environ.get("HOME", "")
    if not (os.path.isabs(home) and os.path.isdir(home)):
        return None
    if sys.platform == "darwin":
        return Path(home, "Library", "Caches", "kzuk_figures")
    return Path(home, ".cache", "kzuk_figures")
