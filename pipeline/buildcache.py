"""A disk cache for lookup tables that are slow to build and never change between runs.

Building GeoNames' city and town indexes, the ISO 3166-2 subdivisions and the name-gender dictionary from
their libraries' data files costs about two seconds per process; unpickling
the built tables costs a tenth of that. An entry is keyed by its name, the
versions of the libraries it is built from and the source file of the code
that builds it, so an upgrade or an edit builds it afresh. The cache lives in
``TNR_CACHE_DIR``, else ``$XDG_CACHE_HOME/tnr``, else ``~/.cache/tnr``; when
that folder cannot be written, tables are built in memory as before.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# Bump to drop every entry (e.g. when the pickled layout of a table changes without its source file changing).
FORMAT = "1"


def cache_dir() -> Path:
    """Return the folder of built tables (not created here)."""
    if os.environ.get("TNR_CACHE_DIR"):
        return Path(os.environ["TNR_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tnr"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return ""


def entry_path(name: str, build: Callable[[], Any], packages: Sequence[str]) -> Path:
    """Return where the table ``name`` built by ``build`` from ``packages``' data is cached."""
    digest = hashlib.sha256(f"{FORMAT}\x00{name}".encode())
    for package in packages:
        digest.update(f"\x00{package}={_version(package)}".encode())
    digest.update(Path(build.__code__.co_filename).read_bytes())
    return cache_dir() / f"{name}-{digest.hexdigest()[:16]}.pickle"


def cached_build(name: str, build: Callable[[], T], *, packages: Sequence[str] = ()) -> T:
    """Return ``build()``'s table, read from the disk cache when an entry for this code and these versions exists."""
    try:
        path = entry_path(name, build, packages)
    except OSError:
        return build()
    try:
        with path.open("rb") as handle:
            value: T = pickle.load(handle)
        return value
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError, ImportError):
        pass  # missing or damaged: build it again
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle_fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle_fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only home: build in memory every time
    return value
