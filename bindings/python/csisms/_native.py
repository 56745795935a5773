# SPDX-License-Identifier: MIT
"""The C side of the binding: finding libcsisms and declaring its functions.

Every function of ``csisms.h`` is declared in :data:`PROTOTYPES` with its
ctypes argument and result types; :func:`load` opens the library and applies
them. Nothing here converts values: that is the job of :mod:`csisms`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from typing import Any, Dict, List, Optional, Sequence, Tuple

__all__ = [
    "CFacts",
    "CVerdict",
    "PROTOTYPES",
    "REQUIRED_VERSION",
    "c_date",
    "library",
    "load",
]

#: ``csisms_date``: the integer YYYYMMDD.
c_date = ctypes.c_int32

#: The oldest library this binding works with (a ``CSISMS_VERSION_NUMBER``).
REQUIRED_VERSION = 0x010000


class CFacts(ctypes.Structure):
    """``struct csisms_facts`` (version 1 layout)."""

    _fields_ = [
        ("size", ctypes.c_uint32),
        ("grounds", ctypes.c_uint32),
        ("today", c_date),
        ("valid_until", c_date),
        ("suspended_on", c_date),
        ("surveillance_latest", c_date),
        ("correction_requested", c_date),
        ("suspension_resolved", ctypes.c_int32),
        ("correction_done", ctypes.c_int32),
    ]

    def __init__(self, **fields: int) -> None:
        """Like ``CSISMS_FACTS_INIT``: ``size`` set, everything else 0."""
        super().__init__(size=ctypes.sizeof(CFacts), **fields)


class CVerdict(ctypes.Structure):
    """``struct csisms_verdict`` (version 1 layout)."""

    _fields_ = [
        ("size", ctypes.c_uint32),
        ("action", ctypes.c_int32),
        ("reasons", ctypes.c_uint32),
        ("duties", ctypes.c_uint32),
        ("deadline", c_date),
        ("next_review", c_date),
    ]

    def __init__(self, **fields: int) -> None:
        """Like ``CSISMS_VERDICT_INIT``: ``size`` set, everything else 0."""
        super().__init__(size=ctypes.sizeof(CVerdict), **fields)


_P = ctypes.POINTER
_int = ctypes.c_int
_i32 = ctypes.c_int32
_u32 = ctypes.c_uint32
_i64 = ctypes.c_int64
_size = ctypes.c_size_t
_str = ctypes.c_char_p
_scope = ctypes.c_void_p  # const csisms_scope * (opaque)

#: C function name -> (result type, argument types), in the header's order.
PROTOTYPES: Dict[str, Tuple[Any, Tuple[Any, ...]]] = {
    # Version and status (doc/rules-model.md §0)
    "csisms_version": (_str, ()),
    "csisms_check_version": (_int, (_int,)),
    "csisms_strerror": (_str, (_int,)),
    # Audit time (§1)
    "csisms_isms_audit_days": (_int, (_u32, _P(_i32))),
    "csisms_isms_band": (_int, (_u32, _P(_u32), _P(_u32), _P(_i32))),
    "csisms_initial_audit_days": (_int, (_i32, _int, _P(_i32))),
    "csisms_audit_days": (_int, (_u32, _int, _P(_i32))),
    "csisms_min_reduced_days": (_int, (_i32, _P(_i32))),
    "csisms_min_onsite_days": (_int, (_i32, _P(_i32))),
    "csisms_surveillance_days": (_int, (_i32, _P(_i32))),
    "csisms_surveillance_cycle_min_days": (_int, (_i32, _P(_i32))),
    "csisms_recert_min_days": (_int, (_i32, _P(_i32))),
    "csisms_combined_min_days": (_int, (_P(_i32), _size, _P(_i32))),
    "csisms_round_up_half": (_int, (_i64, _i64, _P(_i32))),
    "csisms_days_format": (_int, (_i32, _str, _size)),
    "csisms_days_parse": (_int, (_str, _P(_i32))),
    # Dates and periods (§2)
    "csisms_date_valid": (_int, (c_date,)),
    "csisms_date_parse": (_int, (_str, _P(c_date))),
    "csisms_date_format": (_int, (c_date, _str, _size)),
    "csisms_date_add_days": (_int, (c_date, _i32, _P(c_date))),
    "csisms_date_add_months": (_int, (c_date, _i32, _P(c_date))),
    "csisms_date_diff_days": (_int, (c_date, c_date, _P(_i32))),
    "csisms_surveillance_due": (_int, (_int, c_date, _P(c_date), _P(c_date))),
    "csisms_certificate_valid_until": (_int, (c_date, _P(c_date))),
    "csisms_recert_valid_until": (_int, (c_date, c_date, _P(c_date))),
    "csisms_recert_window_opens": (_int, (c_date, _P(c_date))),
    "csisms_suspension_ends_by": (_int, (c_date, _P(c_date))),
    "csisms_appeal_due": (_int, (c_date, _P(c_date))),
    "csisms_correction_due": (_int, (c_date, _P(c_date))),
    # Business-scope codes (§3)
    "csisms_scope_lookup": (_int, (_str, _P(_scope))),
    "csisms_scope_count": (_size, ()),
    "csisms_scope_at": (_scope, (_size,)),
    "csisms_scope_code": (_str, (_scope,)),
    "csisms_scope_name": (_str, (_scope, _int)),
    "csisms_scope_note": (_str, (_scope, _int)),
    "csisms_scope_level": (_int, (_scope,)),
    "csisms_scope_parent": (_scope, (_scope,)),
    "csisms_scope_flags": (ctypes.c_uint, (_scope,)),
    "csisms_scope_find": (_int, (_str, _size, _P(_size))),
    # Certificate verdicts (§4)
    "csisms_evaluate": (_int, (_P(CFacts), _P(CVerdict))),
    "csisms_reason_clause": (_str, (_u32,)),
    "csisms_reason_text": (_str, (_u32, _int)),
    "csisms_action_name": (_str, (_int, _int)),
    "csisms_duty_text": (_str, (_u32, _int)),
    "csisms_duty_clause": (_str, (_u32,)),
    # Checklists (§5)
    "csisms_checklist_size": (_int, (_int,)),
    "csisms_checklist_mode": (_int, (_int,)),
    "csisms_checklist_clause": (_str, (_int,)),
    "csisms_checklist_title": (_str, (_int, _int)),
    "csisms_checklist_item": (_str, (_int, _int, _int)),
    "csisms_checklist_conditional": (_u32, (_int,)),
    "csisms_checklist_eval": (_int, (_int, _u32, _u32, _P(_u32))),
    # Identifiers and sampling (§6)
    "csisms_uscc_validate": (_int, (_str,)),
    "csisms_sample_sites": (_int, (_u32, _int, _P(_u32))),
}


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


def _declare(lib: ctypes.CDLL, prototypes: Dict[str, Tuple[Any, Sequence[Any]]]) -> None:
    for name, (restype, argtypes) in prototypes.items():
        function = getattr(lib, name)  # AttributeError: library too old
        function.restype = restype
        function.argtypes = list(argtypes)


def load(paths: Optional[Sequence[str]] = None) -> ctypes.CDLL:
    """Opens libcsisms and declares every function of :data:`PROTOTYPES`.

    :raises ImportError: when no candidate loads, a function is missing, or
        the library is not a compatible version (same major, at least 1.0.0).
    """
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


#: The loaded library (opened when :mod:`csisms` is imported).
library: ctypes.CDLL = load()
