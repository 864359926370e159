"""The one folder per user where the library keeps what it can rebuild.

Its caches, pint's parsed unit definitions (``units``), NBK's daily tables
(``rates.nbk``) and the prepared copy of ECB's history (``rates.ecb``), are
all optional: with no folder they cost time, never a result.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["user_cache_root", "write_file"]


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


def write_file(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` so that no reader ever sees part of it; False if it could not be written.

    The bytes go to a temporary file in the same folder, which is then renamed
    over ``path`` (atomic on every platform this runs on).  A cache only saves
    time, so a full disk or a read-only home is not an error.
    """
    import contextlib
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    return True
