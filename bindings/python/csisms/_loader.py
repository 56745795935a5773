# SPDX-License-Identifier: MIT
"""Finding and opening libcsisms (hand-written; the tables are in ``_native``).

:func:`load` opens the library and gives every function of
``_native.PROTOTYPES`` its ctypes result and argument types.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from typing import Any, List, Mapping, Optional, Sequence, Tuple

__all__ = ["candidates", "load"]


def candidates() -> List[str]:
    """Where :func:`load` looks for the library, in order.

    ``$CSISMS_LIBRARY`` when set (and then only there); otherwise what
    ``ctypes.util.find_library("csisms")`` finds, then ``libcsisms.so.1``
    (the dynamic loader's own search: ``LD_LIBRARY_PATH``, the ldconfig
    cache, the default directories).
    """
    env = os.environ.get("CSISMS_LIBRARY")
    if env:
        return [env]
    found: List[str] = []
    name = ctypes.util.find_library("csisms")
    if name:
        found.append(name)
    if "libcsisms.so.1" not in found:
        found.append("libcsisms.so.1")
    return found


def _declare(lib: ctypes.CDLL, prototypes: Mapping[str, Tuple[Any, Sequence[Any]]]) -> None:
    for name, (restype, argtypes) in prototypes.items():
        function = getattr(lib, name)  # AttributeError: library too old
        function.restype = restype
        function.argtypes = list(argtypes)


def load(paths: Optional[Sequence[str]] = None) -> ctypes.CDLL:
    """Opens libcsisms and declares every function of ``_native.PROTOTYPES``.

    :raises ImportError: when no candidate loads, a function is missing, or
        the library is not a compatible version (same major, at least
        ``_native.REQUIRED_VERSION``).
    """
    from ._native import PROTOTYPES, REQUIRED_VERSION  # the generated tables

    errors = []
    for path in candidates() if paths is None else paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError as exc:
            errors.append(f"{path}: {exc}")
            continue
        try:
            _declare(lib, PROTOTYPES)
        except AttributeError as exc:
            raise ImportError(f"libcsisms at {path} lacks a function: {exc}") from exc
        if not lib.csisms_check_version(REQUIRED_VERSION):
            raise ImportError(
                f"libcsisms at {path} is version {lib.csisms_version().decode()}, "
                f"this binding needs 1.x >= {REQUIRED_VERSION >> 16}."
                f"{(REQUIRED_VERSION >> 8) & 0xFF}.{REQUIRED_VERSION & 0xFF}"
            )
        return lib
    hint = "set CSISMS_LIBRARY to the path of libcsisms.so.1, or install it and run ldconfig"
    raise ImportError("cannot load libcsisms (" + "; ".join(errors) + "); " + hint)
