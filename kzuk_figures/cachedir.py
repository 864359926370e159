"""The one folder per user where the library keeps what it can rebuild.

Its caches, pint's parsed unit definitions (``units``), NBK's daily tables
(``rates.nbk``), the prepared copy of ECB's history (``rates.ecb``) and the
built lexicon (``lexicon``), are all optional: with no folder they cost time,
never a result.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["prepared_json", "user_cache_root", "write_file"]


def user_cache_root() -> Path | None:
    """``kzuk_figures`` in the platform's per-user cache folder; None when there is none.

    There is none when the process has no home (a daemon, a sandbox,
    ``HOME=/nonexistent``): it should not write into some other account's
    home, nor create a home that is missing, so it goes without a cache.
    """
    # pathlib (~3 ms with what it imports) is imported when a cache is first wanted, not with the package.
    from pathlib import Path

    root = _cache_dir()
    return None if root is None else Path(root)


def _cache_dir() -> str | None:
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "")
        return os.path.join(local, "kzuk_figures") if os.path.isabs(local) else None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if sys.platform != "darwin" and os.path.isabs(xdg):  # the XDG spec ignores a relative path
        return os.path.join(xdg, "kzuk_figures")
    home = os.environ.get("HOME", "")
    if not (os.path.isabs(home) and os.path.isdir(home)):
        return None
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Caches", "kzuk_figures")
    return os.path.join(home, ".cache", "kzuk_figures")


def prepared_json(name: str, inputs: Sequence[str], build: Callable[[], Any]) -> Any:
    """``build()``, a JSON value, or the copy of it kept as ``name`` in the cache
    folder when that was built from the same ``inputs``.

    ``inputs`` are the files the value is made from (sources and data tables):
    the copy is keyed by each one's path, size and modification time, so an
    edit or a new install builds afresh.  A copy that is stale, damaged (its
    CRC-32 disagrees) or unreadable is built again and replaced; with no cache
    folder the value is built every time.
    """
    import json
    import zlib

    folder = _cache_dir()
    try:
        key = [[path, st.st_size, st.st_mtime_ns] for path in inputs for st in (os.stat(path),)]
    except OSError:
        folder = None  # an input that cannot be read cannot key a copy
    if folder is None:
        return build()
    path = os.path.join(folder, name)
    try:
        with open(path, "rb") as f:
            header, _, body = f.read().partition(b"\n")
        head = json.loads(header)
        if head == {"key": key, "crc": zlib.crc32(body)}:
            return json.loads(body)
    except (OSError, ValueError):
        pass  # no copy yet, or not one to trust
    value = build()
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    write_file(path, json.dumps({"key": key, "crc": zlib.crc32(body)}).encode() + b"\n" + body)
    return value


def write_file(path: str | Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` so that no reader ever sees part of it; False if it could not be written.

    The bytes go to a temporary file in the same folder, which is then renamed
    over ``path`` (atomic on every platform this runs on).  A cache only saves
    time, so a full disk or a read-only home is not an error.
    """
    import contextlib
    import tempfile

    folder, name = os.path.split(os.fspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
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
