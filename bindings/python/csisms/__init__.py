# SPDX-License-Identifier: MIT
"""Python binding of libcsisms, the CSISMS certification rules as pure functions.

libcsisms implements the implementation rules for certifying cloud-service
information security management systems (云服务信息安全管理体系认证实施规则,
ISO/IEC 27017): audit time (Appendix A), deadlines (5.1.1, 6.1, 7.1.2, 8.2,
9), certificate verdicts (7), the rules' checklists, business-scope codes
(Appendix B), USCC validation and multi-site sampling. Clause numbers are the
rules'. This package calls the C library through :mod:`ctypes`; see
``libcsisms(3)`` for the rules themselves.

Conventions of the binding:

* Durations are :class:`fractions.Fraction` numbers of person-days, never
  floats: ``audit_days(120)`` is ``Fraction(12)``, 8.5 days is
  ``Fraction(17, 2)``. Durations you pass may be ``int``, ``Fraction`` or
  ``decimal.Decimal``, each a whole number of half days (use
  :func:`round_up_half` to apply the rules' rounding first), or ``str``:
  text is read by the library's own ``csisms_days_parse``, exactly as the
  ``csisms`` command reads it: ASCII digits, optionally "." and digits
  (``"8.5"``, ``"3.4"``), rounded up to 0.5 day (``"3.4"`` is 3.5); other
  text (``"17/2"``, ``" 8.5 "``, ``"８.５"``) raises
  :class:`InvalidArgumentError`. So ``combined_min_days(["3.3", "4.1"])`` is
  80 % of 3.5 + 4.5, 6.5, like ``csisms combined 3.3 4.1``. A ``float`` is
  refused (``TypeError``).
* Flags (``suspension_resolved``, ``correction_done``) are ``bool`` only.
  ``None`` where a sequence is required raises ``TypeError``; every
  ``TypeError`` and :class:`InvalidArgumentError` of the binding names the
  parameter and the value.
* Dates are :class:`datetime.date`; where a date is optional, ``None`` means
  "no date". Dates you pass may also be text the library parses
  (``"2024-10-22"``, ``"20241022"``, ``"2024年10月22日"``).
* A negative status of the library raises the :class:`CsismsError` subclass
  for that status (``.status``, message from ``csisms_strerror``). A value
  that does not fit the C parameter (say ``personnel=2**32``) raises
  :class:`InvalidArgumentError` without calling the library; a value of the
  wrong Python type raises ``TypeError``.
* Texts are ``str`` in Chinese (the rules' own words, the default) or
  English: pass ``lang=Lang.EN``.

The library is found through ``$CSISMS_LIBRARY`` (a path; when set, only
there), then ``ctypes.util.find_library("csisms")``, then ``libcsisms.so.1``.
"""

from __future__ import annotations

import array
import calendar
import ctypes
import datetime
import enum
import numbers
import operator
import re
import struct
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Type, TypeVar, Union

from . import _native

# The constants, enumerations and structs of csisms.h come from the table
# generated from the header (build-aux/csisms-iface.py); none is copied here.
from ._native import (  # noqa: F401 (re-exported)
    CFacts,
    CVerdict,
    SUSPENSION_GROUNDS,
    VERSION_MAJOR,
    VERSION_MINOR,
    VERSION_NUMBER,
    VERSION_PATCH,
    VERSION_STRING,
    WITHDRAWAL_GROUNDS,
    Action,
    Audit,
    Basis,
    Checklist,
    Duty,
    Lang,
    Mode,
    Reason,
    ScopeFlag,
    Status,
    SurveillanceKind,
    Rule,
    Cycle,
    ProgrammeKind,
)

_lib = _native.library

#: The binding's version: that of the header it was generated from.
__version__ = VERSION_STRING

#: Positive success status of :func:`recert_valid_until` in C.
INTERRUPTED: int = _native.CONSTANTS["CSISMS_INTERRUPTED"]

#: The last date :func:`evaluate` and :func:`evaluate_batch` accept,
#: 9998-12-31 as YYYYMMDD (``CSISMS_DATE_INPUT_MAX``, since 1.1.0).
DATE_INPUT_MAX: int = _native.CONSTANTS["CSISMS_DATE_INPUT_MAX"]
#: Bits of :func:`evaluate_batch`'s *flags* column (since 1.1.0).
BATCH_RESOLVED: int = _native.CONSTANTS["CSISMS_BATCH_RESOLVED"]
BATCH_CORRECTED: int = _native.CONSTANTS["CSISMS_BATCH_CORRECTED"]

#: Every integer constant of ``csisms.h`` by its C name.
C_CONSTANTS: Dict[str, int] = dict(_native.CONSTANTS)

# ====================================================================== errors


def strerror(status: int) -> str:
    """English text for a status code (``csisms_strerror``).

    :raises InvalidArgumentError: a status beyond C ``int``."""
    return str(_lib.csisms_strerror(_c_int(status, "status", "csisms_strerror")).decode("utf-8"))


def _status_text(status: object) -> str:
    """The library's text of a status that fits C ``int``; never passes a
    truncated value to ctypes."""
    if isinstance(status, int) and not isinstance(status, bool) and _CINT[0] <= status <= _CINT[1]:
        return str(_lib.csisms_strerror(status).decode("utf-8"))
    return f"unknown status {_show(status)}"


#: The value of an error that names no argument.
_NO_VALUE: Any = object()


class CsismsError(Exception):
    """A libcsisms function failed, or the binding refused a call to it.

    The message names the C function, the argument and its value, and what
    is wrong, like the ``csisms`` command's errors:
    ``"csisms_audit_days: argument personnel = 0: must be 1 … 4294967295"``.
    Without an argument (a result out of range, say) it gives the status's
    text and the arguments of the call.

    :ivar status: the negative :class:`Status` (or plain ``int`` when unknown).
    :ivar function: the C function, e.g. ``"csisms_days_parse"``.
    :ivar argument: the argument at fault (the binding's name for it), or None.
    :ivar value: that argument's value as given (None without an argument).
    :ivar detail: what is wrong with it, or other detail; None when none.
    """

    def __init__(self, status: int, function: Optional[str] = None, detail: Optional[str] = None, *,
                 argument: Optional[str] = None, value: object = _NO_VALUE) -> None:
        try:
            self.status: int = Status(status)
        except ValueError:
            self.status = status
        self.function = function
        self.detail = detail
        self.argument = argument
        self.value = None if value is _NO_VALUE else value
        if argument is not None:
            message = f"argument {argument}" + ("" if value is _NO_VALUE else f" = {_show(value)}")
            message += f": {detail or _status_text(status)}"
        else:
            message = _status_text(status) + (f": {detail}" if detail else "")
        if function:
            message = f"{function}: {message}"
        super().__init__(message)


class InvalidArgumentError(CsismsError, ValueError):
    """``CSISMS_EINVAL``: an argument outside its domain."""


class RangeError(CsismsError, ArithmeticError):
    """``CSISMS_ERANGE``: the result is not representable (beyond 9999-12-31, overflow)."""


class NotFoundError(CsismsError, LookupError):
    """``CSISMS_ENOTFOUND``: no such entry."""


class AmbiguousError(CsismsError, LookupError):
    """``CSISMS_EAMBIGUOUS``: the code names more than one entry.

    :ivar entries: the entries the code names (:class:`Scope` objects, in
        table order) when :func:`scope_lookup` raised it; else empty.
    """

    def __init__(self, status: int, function: Optional[str] = None, detail: Optional[str] = None, *,
                 argument: Optional[str] = None, value: object = _NO_VALUE,
                 entries: Sequence["Scope"] = ()) -> None:
        super().__init__(status, function, detail, argument=argument, value=value)
        self.entries: Tuple["Scope", ...] = tuple(entries)


class NotPermittedError(CsismsError):
    """``CSISMS_ENOTPERMITTED``: the rules forbid it."""


class NoSpaceError(CsismsError):
    """``CSISMS_ENOSPC``: a buffer was too small."""


class VersionError(CsismsError):
    """``CSISMS_EVERSION``: a structure size is not supported."""


class ChecksumError(CsismsError, ValueError):
    """``CSISMS_ECHECKSUM``: well-formed, but the check character is wrong.

    :ivar expected: the check character the first 17 characters call for
        (``csisms_uscc_check``), when :func:`uscc_validate` raised it; else None.
    :ivar position: the check character's 1-based position (18); 0 when unknown.
    """

    def __init__(self, status: int, function: Optional[str] = None, detail: Optional[str] = None, *,
                 argument: Optional[str] = None, value: object = _NO_VALUE,
                 expected: Optional[str] = None, position: int = 0) -> None:
        super().__init__(status, function, detail, argument=argument, value=value)
        self.expected = expected
        self.position = position


#: The exception class of each negative status.
ERRORS: Dict[int, Type[CsismsError]] = {
    Status.EINVAL: InvalidArgumentError,
    Status.ERANGE: RangeError,
    Status.ENOTFOUND: NotFoundError,
    Status.EAMBIGUOUS: AmbiguousError,
    Status.ENOTPERMITTED: NotPermittedError,
    Status.ENOSPC: NoSpaceError,
    Status.EVERSION: VersionError,
    Status.ECHECKSUM: ChecksumError,
}


def error_for(status: int, function: Optional[str] = None, detail: Optional[str] = None) -> CsismsError:
    """The exception for a negative status: the :data:`ERRORS` class, else
    :class:`CsismsError` (whose message is "unknown status N" for a status
    beyond C ``int``, never the text of a truncated value).

    :raises TypeError: *status* is not an ``int``."""
    if isinstance(status, bool) or not isinstance(status, int):
        raise _wrong_type("error_for", "status", "an int", status)
    return ERRORS.get(status, CsismsError)(status, function, detail)


def _bad(function: str, name: str, value: object, why: str, status: int = Status.EINVAL) -> CsismsError:
    """The exception for argument *name* = *value* of *function*: *why*."""
    return ERRORS.get(status, CsismsError)(status, function, why, argument=name, value=value)


def _failed(status: int, function: str, **arguments: object) -> CsismsError:
    """The exception for a failed call that no argument explains on its own:
    the status's text and every argument with its value."""
    listing = ", ".join(f"{name} = {_show(value)}" for name, value in arguments.items())
    return error_for(status, function, listing or None)


def _check(status: int, function: str, **arguments: object) -> int:
    if status < 0:
        raise _failed(status, function, **arguments)
    return status


def _invalid(function: str, detail: str) -> InvalidArgumentError:
    return InvalidArgumentError(Status.EINVAL, function, detail)


# ====================================================================== conversions

_INT32 = (-(2**31), 2**31 - 1)
_UINT32 = (0, 2**32 - 1)
_INT64 = (-(2**63), 2**63 - 1)
_SIZE = (0, 2 ** (8 * ctypes.sizeof(ctypes.c_size_t)) - 1)
_CINT = (-(2 ** (8 * ctypes.sizeof(ctypes.c_int) - 1)), 2 ** (8 * ctypes.sizeof(ctypes.c_int) - 1) - 1)
#: Head counts and site counts: at least one (csisms.h: "≥ 1", "1 … UINT32_MAX").
_COUNT = (1, _UINT32[1])


def _show(value: object) -> str:
    """A value for an error message: an enum member as ``Basis.NONE``, a
    date as ``2026-04-01``, anything else as its repr, cut at 60 characters."""
    if isinstance(value, enum.Enum) and value.name:
        return f"{type(value).__name__}.{value.name}"
    if type(value) is datetime.date:
        return value.isoformat()
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _wrong_type(function: str, name: str, what: str, value: object) -> TypeError:
    """TypeError naming the argument, its value, and what it must be."""
    return TypeError(f"{function}: argument {name} = {_show(value)}: must be {what}, not {type(value).__name__}")


def _flag(value: object, name: str, function: str) -> int:
    """A C flag (0 or 1) from a bool; anything else (1, "no", None) is refused."""
    if not isinstance(value, bool):
        raise _wrong_type(function, name, "a bool (True or False)", value)
    return 1 if value else 0


def _iterable(value: object, name: str, function: str, what: str) -> Iterable[object]:
    """A sequence argument; None, text and non-iterables raise TypeError."""
    if value is None or isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        raise _wrong_type(function, name, what, value)
    return value


def _integer(value: object, name: str, function: str, bounds: Tuple[int, int]) -> int:
    """An integer argument, refused unless it lies within *bounds*."""
    if isinstance(value, bool) or not hasattr(type(value), "__index__"):
        raise _wrong_type(function, name, "an int", value)
    number = operator.index(value)  # type: ignore[arg-type]
    if not bounds[0] <= number <= bounds[1]:
        raise _bad(function, name, value, f"must be {bounds[0]} … {bounds[1]}")
    return number


def _c_int(value: object, name: str, function: str) -> int:
    return _integer(value, name, function, _CINT)


def _u32(value: object, name: str, function: str) -> int:
    return _integer(value, name, function, _UINT32)


def _i32(value: object, name: str, function: str) -> int:
    return _integer(value, name, function, _INT32)


def _count(value: object, name: str, function: str) -> int:
    """A head count or a number of sites: 1 … UINT32_MAX."""
    return _integer(value, name, function, _COUNT)


def _a(noun: str) -> str:
    return ("an " if noun[0] in "AEIOU" else "a ") + noun


def _members(cls: Type[enum.Enum]) -> str:
    """The members of an enumeration for a message: all of a short one."""
    names = [f"{cls.__name__}.{m.name}" for m in cls]
    if len(names) > 6:
        return f"{_a(cls.__name__)} ({names[0]} … {names[-1]}: {len(names)} members)"
    return f"{_a(cls.__name__)}: " + ", ".join(names[:-1]) + " or " + names[-1]


_EnumT = TypeVar("_EnumT", bound=enum.IntEnum)


def _enum(value: object, cls: Type[_EnumT], name: str, function: str) -> int:
    """A member of the enumeration *cls* (or its integer value); a member of
    another enumeration (``Lang.EN`` for a ``Basis``) is a TypeError."""
    if type(value) is cls:
        return int(value)
    if isinstance(value, enum.Enum):
        raise _wrong_type(function, name, _a(cls.__name__), value)
    if isinstance(value, bool) or not hasattr(type(value), "__index__"):
        raise _wrong_type(function, name, _a(cls.__name__), value)
    number = operator.index(value)  # type: ignore[arg-type]
    if number not in cls._value2member_map_:
        raise _bad(function, name, value, f"must be {_members(cls)}")
    return number


def _bit(value: object, cls: Type[enum.IntFlag], name: str, function: str) -> int:
    """Exactly one bit of the flag set *cls* (a member or its value)."""
    if isinstance(value, enum.Enum) and not isinstance(value, cls):
        raise _wrong_type(function, name, f"one {cls.__name__} bit", value)
    if isinstance(value, bool) or not hasattr(type(value), "__index__"):
        raise _wrong_type(function, name, f"one {cls.__name__} bit", value)
    number = operator.index(value)  # type: ignore[arg-type]
    known = {int(m) for m in cls}
    if number not in known:
        example = next(iter(cls))
        raise _bad(function, name, value, f"must be exactly one {cls.__name__} bit (like {_show(example)})")
    return number


#: What a duration argument may be.
Days = Union[Fraction, int, Decimal, str]
#: What a date argument may be.
DateLike = Union[datetime.date, str]


def _exact(value: object, name: str, function: str) -> Fraction:
    """An exact rational from an int, Fraction or Decimal; never from a float."""
    what = "an int, Fraction, Decimal or str"
    if isinstance(value, (bool, float, enum.Enum)):
        raise _wrong_type(function, name, what, value)
    if isinstance(value, (Decimal, numbers.Rational)):
        try:
            return Fraction(value)
        except (ValueError, ZeroDivisionError, ArithmeticError) as exc:
            raise _bad(function, name, value, "is not a finite number") from exc
    raise _wrong_type(function, name, what, value)


def _parse_days(text: str, name: str, function: str) -> int:
    """Halfdays of a duration typed as text, read by csisms_days_parse (the
    CLI's reading): rounded up to 0.5 day; errors name *name* and the text."""
    encoded = _text_in(text, name, function)
    out = ctypes.c_int32()
    status = _lib.csisms_days_parse(encoded, ctypes.byref(out))
    if status == Status.ERANGE:
        raise _bad(function, name, text, "exceeds INT32_MAX halfdays", Status.ERANGE)
    if status < 0:
        raise _bad(function, name, text, "is not a number of days "
                   "(ASCII digits, optionally '.' and digits, like 8.5)")
    return int(out.value)


def days_to_halfdays(days: Days, name: str = "days", function: str = "days_to_halfdays") -> int:
    """Half person-days of a duration (``Fraction(17, 2)`` → 17, ``"3.4"`` → 7).

    Text is read by ``csisms_days_parse`` and rounded up to 0.5 day, as the
    ``csisms`` command reads it; a number must be a whole number of half days.

    :raises InvalidArgumentError: text the library does not read, a number
        that is not a whole number of half days, or beyond ``int32_t``.
    """
    if isinstance(days, str):
        return _parse_days(days, name, function)
    exact = _exact(days, name, function)
    doubled = exact * 2
    if doubled.denominator != 1:
        raise _bad(function, name, days, "is not a multiple of 0.5 day (see round_up_half)")
    if not _INT32[0] <= doubled.numerator <= _INT32[1]:
        raise _bad(function, name, days, f"must be {Fraction(_INT32[0], 2)} … {Fraction(_INT32[1], 2)} days")
    return doubled.numerator


def _duration(days: object, name: str, function: str, least: int = 1) -> int:
    """Halfdays of a duration argument of at least *least* halfdays (the
    library's "≥ 1 halfday", or 0: not negative)."""
    halfdays = days_to_halfdays(days, name, function)  # type: ignore[arg-type]
    if halfdays < least:
        raise _bad(function, name, days, "must be at least 0.5 day" if least == 1 else "must not be negative")
    return halfdays


def halfdays_to_days(halfdays: int) -> "PersonDays":
    """Days of a count of half person-days (17 → ``PersonDays(17, 2)``, which
    prints as ``8.5``)."""
    return PersonDays(operator.index(halfdays), 2)


def _date_in(value: Optional[DateLike], name: str, function: str, optional: bool = False) -> int:
    """A ``csisms_date`` (YYYYMMDD) from a date, text the library parses, or None (0)."""
    if value is None and optional:
        return 0
    if isinstance(value, datetime.datetime):
        raise _wrong_type(function, name, "a datetime.date", value)
    if isinstance(value, datetime.date):
        return value.year * 10000 + value.month * 100 + value.day
    if isinstance(value, str):
        return _parse_date(value, name, function, False)
    what = "a datetime.date, a str or None" if optional else "a datetime.date or a str"
    raise _wrong_type(function, name, what, value)


def _date_to_c(value: datetime.date) -> int:
    return value.year * 10000 + value.month * 100 + value.day


def _date_out(value: int) -> Optional[datetime.date]:
    if value == 0:
        return None
    return datetime.date(value // 10000, value // 100 % 100, value % 100)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _why_not_a_date(text: str, lenient: bool) -> str:
    """Why the library refused *text* as a date: the field at fault and its
    value when the text has a date's shape, else the forms it accepts."""
    blanks = "[ \t\r\n\u3000]*" if lenient else ""
    separated = r"([-/.])(\d{1,2})\4(\d{1,2})" if lenient else r"(-)(\d{2})-(\d{2})"
    fields = re.fullmatch(f"{blanks}(\\d{{4}})(?:(\\d{{2}})(\\d{{2}})|{separated}|年(\\d{{1,2}})月(\\d{{1,2}})日){blanks}",
                          text, re.ASCII)
    if fields:
        groups = [g for g in fields.groups() if g is not None and g not in "-/."]
        year, month, day = (int(g) for g in groups)
        if not 1 <= month <= 12:
            return f"month {groups[1]} is not 1 … 12"
        if year >= 1:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                return f"day {groups[2]} is not a day of {_MONTHS[month - 1]} {year} (1 … {last})"
    forms = "YYYY-MM-DD, YYYYMMDD or YYYY年M月D日"
    if lenient:
        forms = "YYYY-MM-DD, YYYYMMDD, YYYY年M月D日, YYYY-M-D, YYYY/M/D or YYYY.M.D"
    return f"is not a date ({forms})"


def _parse_date(text: str, name: str, function: str, lenient: bool) -> int:
    """YYYYMMDD of a date typed as text (csisms_date_parse, or
    csisms_date_parse_lenient); errors name *function*'s argument *name*."""
    encoded = _text_in(text, name, function)
    out = ctypes.c_int32()
    parse = _lib.csisms_date_parse_lenient if lenient else _lib.csisms_date_parse
    status = parse(encoded, ctypes.byref(out))
    if status == Status.ERANGE:
        raise _bad(function, name, text, "is before 0001-01-01 (year 0000)", Status.ERANGE)
    if status < 0:
        raise _bad(function, name, text, _why_not_a_date(text, lenient), status)
    return int(out.value)


def _text_in(value: object, name: str, function: str) -> bytes:
    if not isinstance(value, str):
        raise _wrong_type(function, name, "a str", value)
    if "\0" in value:
        raise _bad(function, name, value, "contains a NUL character")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _bad(function, name, value, "is not encodable as UTF-8") from exc


def _text_out(value: Optional[bytes], function: str, detail: str) -> str:
    """A static C string; NULL (unknown value) raises InvalidArgumentError."""
    if value is None:
        raise _invalid(function, detail)
    return value.decode("utf-8")


def _lang(lang: object, function: str) -> int:
    return _enum(lang, Lang, "lang", function)


# ====================================================================== version


def version() -> str:
    """The running library's version, e.g. ``"1.2.3"`` (``csisms_version``)."""
    return str(_lib.csisms_version().decode("utf-8"))


def check_version(required: int = VERSION_NUMBER) -> bool:
    """Whether the running library has *required*'s major version and is at least
    *required*, a ``VERSION_NUMBER``-style value 0xMMmmpp (``csisms_check_version``)."""
    return bool(_lib.csisms_check_version(_c_int(required, "required", "csisms_check_version")))


# ====================================================================== audit time (§1)


class PersonDays(Fraction):
    """A duration in person-days: an exact :class:`fractions.Fraction` that
    prints as the library and the ``csisms`` command write days.

    ``str(audit_days(120, Basis.NONE))`` is ``"12"``, ``str(PersonDays(17, 2))``
    is ``"8.5"``; ``repr`` is ``PersonDays(17, 2)``. Everything else is the
    Fraction's: ``PersonDays(17, 2) == Fraction(17, 2)``, same hash, and
    arithmetic gives plain Fractions (``PersonDays(17, 2) * 2 == 17``), exact
    as ever. A value that is not a multiple of 0.5 (from arithmetic, or made
    by hand) prints as a Fraction does (``"17/3"``). Every duration the
    binding returns is a PersonDays.
    """

    __slots__ = ()

    def __str__(self) -> str:
        if self.denominator == 1:
            return str(self.numerator)
        if self.denominator == 2:
            whole = abs(self.numerator) // 2
            return f"{'-' if self.numerator < 0 else ''}{whole}.5"
        return super().__str__()

    def __repr__(self) -> str:
        return f"PersonDays({self.numerator}, {self.denominator})"


def _person_days(halfdays: int) -> PersonDays:
    return PersonDays(halfdays, 2)


@dataclass(frozen=True)
class Band:
    """One band of the Appendix A table (:func:`isms_band`)."""

    index: int  #: 0-based; 0–21 the rules' rows, then the extrapolated ones
    lower: int  #: first head count (inclusive)
    upper: int  #: last head count (inclusive)
    days: PersonDays  #: the band's audit time in person-days


def _halfdays_call(function: str, *args: object, **arguments: object) -> PersonDays:
    """Calls *function* (*args*, &halfdays); a failure names *arguments*."""
    out = ctypes.c_int32()
    _check(getattr(_lib, function)(*args, ctypes.byref(out)), function, **arguments)
    return _person_days(out.value)


def isms_audit_days(personnel: int) -> PersonDays:
    """Appendix A: ISMS initial audit time (stage 1 + stage 2) for *personnel*
    effective persons (≥ 1), in days. 120 → 12."""
    f = "csisms_isms_audit_days"
    return _halfdays_call(f, _count(personnel, "personnel", f), personnel=personnel)


def isms_band(index: int) -> Band:
    """Appendix A: band *index* (0-based) of the table, extrapolated past 10700
    persons. :raises NotFoundError: past the last band."""
    f = "csisms_isms_band"
    i = _u32(index, "index", f)
    lower, upper, halfdays = ctypes.c_uint32(), ctypes.c_uint32(), ctypes.c_int32()
    status = _lib.csisms_isms_band(i, ctypes.byref(lower), ctypes.byref(upper), ctypes.byref(halfdays))
    if status == Status.ENOTFOUND:
        last = ctypes.c_uint32()
        _check(_lib.csisms_isms_band_index(_UINT32[1], ctypes.byref(last)), "csisms_isms_band_index")
        raise _bad(f, "index", index, f"is past the last band: must be 0 … {last.value}", status)
    _check(status, f, index=index)
    return Band(i, lower.value, upper.value, _person_days(halfdays.value))


def isms_bands() -> Tuple[Band, ...]:
    """Every band of the table, in order (:func:`isms_band` until NotFoundError)."""
    bands: List[Band] = []
    while True:
        try:
            bands.append(isms_band(len(bands)))
        except NotFoundError:
            return tuple(bands)


def initial_audit_days(isms_days: Days, basis: Basis = Basis.NONE) -> PersonDays:
    """Appendix A notes: CSISMS initial audit time from an ISMS time (≥ 0.5 day)
    and a :class:`Basis`. ``initial_audit_days(12, Basis.COMBINED)`` → 5."""
    f = "csisms_initial_audit_days"
    return _halfdays_call(f, _duration(isms_days, "isms_days", f), _enum(basis, Basis, "basis", f),
                          isms_days=isms_days, basis=basis)


def audit_days(personnel: int, basis: Basis = Basis.NONE) -> PersonDays:
    """Appendix A: CSISMS initial audit time for a head count and a :class:`Basis`.
    ``audit_days(120, Basis.ISMS_CERT)`` → 7."""
    f = "csisms_audit_days"
    return _halfdays_call(f, _count(personnel, "personnel", f), _enum(basis, Basis, "basis", f),
                          personnel=personnel, basis=basis)


def _derived(function: str, name: str, days: Days) -> PersonDays:
    return _halfdays_call(function, _duration(days, name, function), **{name: days})


def min_reduced_days(days: Days) -> PersonDays:
    """4.5.1.1: the least audit time after a reduction (⌈70 %⌉ to 0.5 day)."""
    return _derived("csisms_min_reduced_days", "days", days)


def min_onsite_days(days: Days) -> PersonDays:
    """4.5.1.2: the least on-site time (⌈80 %⌉ to 0.5 day)."""
    return _derived("csisms_min_onsite_days", "days", days)


def surveillance_days(initial_days: Days) -> PersonDays:
    """5.2: each annual surveillance audit (⌈1/3⌉ of the initial time, to 0.5 day)."""
    return _derived("csisms_surveillance_days", "initial_days", initial_days)


def surveillance_cycle_min_days(initial_days: Days) -> PersonDays:
    """5.2: the least total of a cycle's surveillance audits (⌈2/3⌉, to 0.5 day)."""
    return _derived("csisms_surveillance_cycle_min_days", "initial_days", initial_days)


def recert_min_days(initial_days: Days) -> PersonDays:
    """6.2: the least recertification time without stage 1 (⌈2/3⌉, to 0.5 day)."""
    return _derived("csisms_recert_min_days", "initial_days", initial_days)


def combined_min_days(parts: Iterable[Days]) -> PersonDays:
    """10.2: the least time of a combined audit of ≥ 2 systems (⌈80 % of the sum⌉).
    ``combined_min_days([12, "8.5"])`` → ``PersonDays(33, 2)``. A part given as
    text is rounded up to 0.5 day first (``csisms_days_parse``), like
    ``csisms combined``: ``combined_min_days(["3.3", "4.1"])`` is 80 % of
    3.5 + 4.5, ``PersonDays(13, 2)``."""
    f = "csisms_combined_min_days"
    items = list(_iterable(parts, "parts", f, "an iterable of durations"))
    values = [_duration(p, f"parts[{i}]", f) for i, p in enumerate(items)]
    if len(values) < 2:
        raise _bad(f, "parts", parts, f"must hold at least 2 audit times, not {len(values)}")
    array = (ctypes.c_int32 * len(values))(*values)
    out = ctypes.c_int32()
    status = _lib.csisms_combined_min_days(array, len(values), ctypes.byref(out))
    if status == Status.ERANGE:
        raise _bad(f, "parts", parts, "the result exceeds INT32_MAX halfdays", status)
    _check(status, f, parts=parts)
    return _person_days(out.value)


def round_up_half(value: Union[Days, int], denominator: Optional[int] = None) -> PersonDays:
    """The rules' rounding: the least multiple of 0.5 day ≥ the value.

    Either an exact value (``round_up_half(Fraction(24, 5))``,
    ``round_up_half(Decimal("4.8"))``), text read by ``csisms_days_parse``
    (``round_up_half("4.8")``), or an integer
    numerator and denominator (``round_up_half(24, 5)``) → ``PersonDays(5)``.

    :raises InvalidArgumentError: a negative value, a denominator ≤ 0, or a
        numerator/denominator that does not fit ``int64_t``.
    :raises RangeError: above ``INT32_MAX`` halfdays.
    """
    f = "csisms_round_up_half"
    if denominator is not None:
        num = _integer(value, "numerator", f, (0, _INT64[1]))
        den = _integer(denominator, "denominator", f, (1, _INT64[1]))
        result = ctypes.c_int32()
        status = _lib.csisms_round_up_half(num, den, ctypes.byref(result))
        if status == Status.ERANGE:
            raise _bad(f, "numerator", value, f"{num}/{den} days exceed INT32_MAX halfdays", status)
        _check(status, f, numerator=value, denominator=denominator)
        return _person_days(result.value)
    if isinstance(value, str):
        return _person_days(_parse_days(value, "value", f))
    exact = _exact(value, "value", f)
    if exact < 0:
        raise _bad(f, "value", value, "must not be negative")
    if exact * 2 > _INT32[1]:
        raise _bad(f, "value", value, "exceeds INT32_MAX halfdays", Status.ERANGE)
    if exact.numerator > _INT64[1] or exact.denominator > _INT64[1]:
        raise _bad(f, "value", value, "its numerator and denominator must fit int64_t")
    out = ctypes.c_int32()
    _check(_lib.csisms_round_up_half(exact.numerator, exact.denominator, ctypes.byref(out)), f, value=value)
    return _person_days(out.value)


def days_format(days: Days) -> str:
    """Days as the library writes them: ``"8.5"``, ``"5"``, ``"0.5"``, ``"0"``
    (``str`` of a :class:`PersonDays` gives the same)."""
    f = "csisms_days_format"
    halfdays = _duration(days, "days", f, least=0)
    buf = ctypes.create_string_buffer(16)
    n = _check(_lib.csisms_days_format(halfdays, buf, ctypes.sizeof(buf)), f, days=days)
    return buf.raw[:n].decode("ascii")


def days_parse(text: str) -> PersonDays:
    """Parses a plain decimal number of days (``"8.5"``, ``"007"``), rounded up to
    0.5 day (``"3.4"`` → 3.5). :raises InvalidArgumentError: other text;
    :raises RangeError: above ``INT32_MAX`` halfdays."""
    return _person_days(_parse_days(text, "text", "csisms_days_parse"))


# ====================================================================== dates (§2)


@dataclass(frozen=True)
class SurveillanceDue:
    """When a surveillance audit is due (:func:`surveillance_due`)."""

    due: datetime.date  #: reference + 12 months
    latest: datetime.date  #: the last day with the largest postponement allowed


@dataclass(frozen=True)
class RecertValidity:
    """The new validity after a recertification (:func:`recert_valid_until`)."""

    valid_until: datetime.date  #: the new last valid day
    interrupted: bool  #: True when certification was interrupted (C status CSISMS_INTERRUPTED)


def date_valid(value: Union[int, datetime.date]) -> bool:
    """Whether an integer YYYYMMDD is a real day in 0001-01-01 … 9999-12-31
    (``csisms_date_valid``). ``date_valid(20240229)`` is True, ``20230229`` False.
    Integers beyond ``int32_t`` are not dates (False)."""
    f = "csisms_date_valid"
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        number = _date_to_c(value)
    elif isinstance(value, (bool, enum.Enum)) or not hasattr(type(value), "__index__"):
        raise _wrong_type(f, "date", "an int YYYYMMDD or a datetime.date", value)
    else:
        number = operator.index(value)  # type: ignore[arg-type]
        if not _INT32[0] <= number <= _INT32[1]:
            return False
    return bool(_lib.csisms_date_valid(number) == 1)


def date_parse(text: str) -> datetime.date:
    """Parses ``"YYYY-MM-DD"``, ``"YYYYMMDD"`` or ``"YYYY年M月D日"``, nothing else.

    :raises InvalidArgumentError: any other text, or an impossible date (the
        message says which field: ``"day 30 is not a day of February 2026"``).
    :raises RangeError: a real day of year 0000 (before 0001-01-01).
    """
    return _date_out(_parse_date(text, "text", "csisms_date_parse", False))  # type: ignore[return-value]


def date_parse_lenient(text: str) -> datetime.date:
    """Parses a date as spreadsheets export it: after removing surrounding blanks
    (space, tab, CR, LF, U+3000), ``"YYYY-M-D"``, ``"YYYY/M/D"``, ``"YYYY.M.D"``
    (month and day of one or two digits) or any form of :func:`date_parse`
    (``csisms_date_parse_lenient``, since 1.1.0).

    :raises InvalidArgumentError: any other text, or an impossible date.
    :raises RangeError: a real day of year 0000 (before 0001-01-01).
    """
    return _date_out(_parse_date(text, "text", "csisms_date_parse_lenient", True))  # type: ignore[return-value]


def date_format(value: DateLike) -> str:
    """A date as ``"YYYY-MM-DD"`` (``csisms_date_format``)."""
    f = "csisms_date_format"
    buf = ctypes.create_string_buffer(11)
    n = _check(_lib.csisms_date_format(_date_in(value, "date", f), buf, ctypes.sizeof(buf)), f, date=value)
    return buf.raw[:n].decode("ascii")


_OUTSIDE = "outside 0001-01-01 … 9999-12-31"


def _date_call(function: str, name: str, value: object, *args: object) -> datetime.date:
    """Calls *function* (*args*, &date); a result out of range names the
    argument *name* = *value* that leads there."""
    out = ctypes.c_int32()
    status = getattr(_lib, function)(*args, ctypes.byref(out))
    if status == Status.ERANGE:
        raise _bad(function, name, value, f"the result is {_OUTSIDE}", status)
    _check(status, function, **{name: value})
    return _date_out(out.value)  # type: ignore[return-value]


def date_add_days(value: DateLike, days: int) -> datetime.date:
    """*value* + *days* calendar days (negative allowed). :raises RangeError:
    outside 0001-01-01 … 9999-12-31."""
    f = "csisms_date_add_days"
    return _date_call(f, "days", days, _date_in(value, "date", f), _i32(days, "days", f))


def date_add_months(value: DateLike, months: int) -> datetime.date:
    """The corresponding day *months* later, clamped to the month's last day
    (2024-01-31 + 1 → 2024-02-29)."""
    f = "csisms_date_add_months"
    return _date_call(f, "months", months, _date_in(value, "date", f), _i32(months, "months", f))


def date_diff_days(start: DateLike, end: DateLike) -> int:
    """*end* − *start* in days (``csisms_date_diff_days``)."""
    f = "csisms_date_diff_days"
    out = ctypes.c_int32()
    _check(_lib.csisms_date_diff_days(_date_in(start, "start", f), _date_in(end, "end", f), ctypes.byref(out)),
           f, start=start, end=end)
    return int(out.value)


def surveillance_due(kind: SurveillanceKind, reference: DateLike) -> SurveillanceDue:
    """5.1.1: due date (reference + 12 months) and latest day of a surveillance
    audit of a :class:`SurveillanceKind`."""
    f = "csisms_surveillance_due"
    due, latest = ctypes.c_int32(), ctypes.c_int32()
    status = _lib.csisms_surveillance_due(_enum(kind, SurveillanceKind, "kind", f),
                                          _date_in(reference, "reference", f), ctypes.byref(due),
                                          ctypes.byref(latest))
    if status == Status.ERANGE:
        raise _bad(f, "reference", reference, f"the latest day is {_OUTSIDE}", status)
    _check(status, f, kind=kind, reference=reference)
    return SurveillanceDue(_date_out(due.value), _date_out(latest.value))  # type: ignore[arg-type]


def certificate_valid_until(valid_from: DateLike) -> datetime.date:
    """8.2: the last valid day of a three-year certificate (2024-10-22 → 2027-10-21)."""
    f = "csisms_certificate_valid_until"
    return _date_call(f, "valid_from", valid_from, _date_in(valid_from, "valid_from", f))


def recert_valid_until(old_valid_until: DateLike, decision: DateLike) -> RecertValidity:
    """6.3, 8.1(6), 8.2: the last valid day after recertification; ``interrupted``
    when the decision came after *old_valid_until*."""
    f = "csisms_recert_valid_until"
    out = ctypes.c_int32()
    status = _lib.csisms_recert_valid_until(_date_in(old_valid_until, "old_valid_until", f),
                                            _date_in(decision, "decision", f), ctypes.byref(out))
    if status == Status.ERANGE:
        raise _bad(f, "decision", decision, f"the new last valid day is {_OUTSIDE}", status)
    _check(status, f, old_valid_until=old_valid_until, decision=decision)
    return RecertValidity(_date_out(out.value), status == INTERRUPTED)  # type: ignore[arg-type]


def recert_window_opens(valid_until: DateLike) -> datetime.date:
    """6.1: the first day of the recertification window (*valid_until* − 90 days)."""
    f = "csisms_recert_window_opens"
    return _date_call(f, "valid_until", valid_until, _date_in(valid_until, "valid_until", f))


def suspension_ends_by(suspended_on: DateLike) -> datetime.date:
    """7.1.2: the last day a suspension may last (+ 6 months)."""
    f = "csisms_suspension_ends_by"
    return _date_call(f, "suspended_on", suspended_on, _date_in(suspended_on, "suspended_on", f))


def appeal_due(received: DateLike) -> datetime.date:
    """9: the last day to answer an appeal (+ 60 calendar days)."""
    f = "csisms_appeal_due"
    return _date_call(f, "received", received, _date_in(received, "received", f))


def correction_due(requested: DateLike) -> datetime.date:
    """7.2.1(7): the last day to make a requested correction (+ 6 months)."""
    f = "csisms_correction_due"
    return _date_call(f, "requested", requested, _date_in(requested, "requested", f))


# ====================================================================== scope codes (§3)


@dataclass(frozen=True)
class Scope:
    """An entry of Appendix B (a major class or a row), read once from the library."""

    index: int  #: position in table order (0 … scope_count() − 1)
    code: str  #: canonical code: "01", "03.01", "04.13.01"
    level: int  #: 1, 2, 3 (一, 二, 三); 0 for a major class
    flags: ScopeFlag  #: :class:`ScopeFlag` bits
    parent_code: Optional[str]  #: code of the major class; None for a major class
    name_zh: str  #: the rules' name
    name_en: str  #: English name
    note_zh: str  #: the rules' note (备注), "" when none
    note_en: str  #: English note, "" when none

    def name(self, lang: Lang = Lang.ZH) -> str:
        """The name in *lang* (:class:`Lang`)."""
        return self.name_en if _enum(lang, Lang, "lang", "Scope.name") == Lang.EN else self.name_zh

    def note(self, lang: Lang = Lang.ZH) -> str:
        """The note in *lang* (:class:`Lang`), "" when none."""
        return self.note_en if _enum(lang, Lang, "lang", "Scope.note") == Lang.EN else self.note_zh

    @property
    def is_major_class(self) -> bool:
        """True for the four major classes 01 … 04."""
        return self.parent_code is None

    @property
    def parent(self) -> Optional["Scope"]:
        """The major class this entry belongs to; None for a major class."""
        return None if self.parent_code is None else scope_lookup(self.parent_code)


_scope_index: Dict[int, int] = {}


def _scope_from_handle(handle: Optional[int], function: str) -> Scope:
    if not handle:
        raise NotFoundError(Status.ENOTFOUND, function)
    if not _scope_index:
        for i in range(_lib.csisms_scope_count()):
            _scope_index[_lib.csisms_scope_at(i)] = i
    level = _check(_lib.csisms_scope_level(handle), "csisms_scope_level")
    parent = _lib.csisms_scope_parent(handle)
    parent_code = None if not parent else _text_out(_lib.csisms_scope_code(parent), "csisms_scope_code", "NULL")

    def text(fn: str, lang: int) -> str:
        return _text_out(getattr(_lib, fn)(handle, lang), fn, "NULL")

    return Scope(
        index=_scope_index[handle],
        code=_text_out(_lib.csisms_scope_code(handle), "csisms_scope_code", "NULL"),
        level=level,
        flags=ScopeFlag(_lib.csisms_scope_flags(handle)),
        parent_code=parent_code,
        name_zh=text("csisms_scope_name", Lang.ZH),
        name_en=text("csisms_scope_name", Lang.EN),
        note_zh=text("csisms_scope_note", Lang.ZH),
        note_en=text("csisms_scope_note", Lang.EN),
    )


_NOT_A_CODE = "is not a business-scope code (1 to 3 groups of 1 or 2 digits separated by dots, like 03.01)"


def _under(encoded: bytes, function: str, name: str, code: str) -> List[Scope]:
    """The entries whose code is *code* or begins with its components
    (csisms_scope_under)."""
    found: List[Scope] = []
    out = ctypes.c_size_t()
    start = 0
    while True:
        status = _lib.csisms_scope_under(encoded, start, ctypes.byref(out))
        if status == Status.ENOTFOUND:
            return found
        if status == Status.EINVAL:
            raise _bad(function, name, code, _NOT_A_CODE)
        _check(status, function, **{name: code})
        found.append(_scope_from_handle(_lib.csisms_scope_at(out.value), function))
        start = out.value + 1


def scope_lookup(code: str) -> Scope:
    """Looks a business-scope code up as people type it (``"３．１"`` = ``"03.01"``).

    :raises InvalidArgumentError: malformed code.
    :raises AmbiguousError: a prefix of several entries ("04.13"); its
        ``entries`` are those entries.
    :raises NotFoundError: well-formed but absent ("05").
    """
    f = "csisms_scope_lookup"
    encoded = _text_in(code, "code", f)
    out = ctypes.c_void_p()
    status = _lib.csisms_scope_lookup(encoded, ctypes.byref(out))
    if status == Status.EINVAL:
        raise _bad(f, "code", code, _NOT_A_CODE)
    if status == Status.EAMBIGUOUS:
        entries = _under(encoded, f, "code", code)
        listing = ", ".join(e.code for e in entries)
        raise AmbiguousError(status, f, f"begins {len(entries)} entries: {listing}", argument="code", value=code,
                             entries=entries)
    if status == Status.ENOTFOUND:
        raise _bad(f, "code", code, "is no entry of Appendix B", status)
    _check(status, f, code=code)
    return _scope_from_handle(out.value, f)


def scope_count() -> int:
    """Number of Appendix B entries (35: 4 major classes + 31 rows)."""
    return int(_lib.csisms_scope_count())


def scope_at(index: int) -> Scope:
    """The entry at *index* in table order. :raises NotFoundError: past the end."""
    f = "csisms_scope_at"
    if isinstance(index, (bool, enum.Enum)) or not hasattr(type(index), "__index__"):
        raise _wrong_type(f, "index", "an int", index)
    i = operator.index(index)
    count = scope_count()
    if not 0 <= i < count:
        raise _bad(f, "index", index, f"must be 0 … {count - 1}", Status.ENOTFOUND)
    return _scope_from_handle(_lib.csisms_scope_at(i), f)


def scopes() -> Tuple[Scope, ...]:
    """Every entry, in table order."""
    return tuple(scope_at(i) for i in range(scope_count()))


def scope_find(text: str, start: int = 0) -> Optional[int]:
    """Index of the first entry at or after *start* whose name or note, in either
    language, contains *text* (ASCII case-insensitive); None when there is none.
    :raises InvalidArgumentError: empty text."""
    f = "csisms_scope_find"
    encoded = _text_in(text, "text", f)
    if not encoded:
        raise _bad(f, "text", text, "must not be empty")
    if isinstance(start, (bool, enum.Enum)) or not hasattr(type(start), "__index__"):
        raise _wrong_type(f, "start", "an int", start)
    begin = operator.index(start)
    if begin < 0:
        raise _bad(f, "start", start, "must not be negative")
    if begin > _SIZE[1]:
        return None
    out = ctypes.c_size_t()
    status = _lib.csisms_scope_find(encoded, begin, ctypes.byref(out))
    if status == Status.ENOTFOUND:
        return None
    _check(status, f, text=text, start=start)
    return int(out.value)


def scope_search(text: str) -> List[Scope]:
    """Every entry whose name or note contains *text* ("银行", "finance")."""
    found: List[Scope] = []
    i = scope_find(text)
    while i is not None:
        found.append(scope_at(i))
        i = scope_find(text, i + 1)
    return found


# ====================================================================== verdicts (§4)


def _bits(value: int) -> List[int]:
    return [1 << i for i in range(value.bit_length()) if value >> i & 1]


@dataclass(frozen=True)
class Verdict:
    """What the body must do with a certificate (:func:`evaluate`)."""

    action: Action
    reasons: Reason  #: every reason that holds (grounds and derived)
    duties: Duty
    deadline: Optional[datetime.date]  #: SUSPEND: last day the suspension may last
    next_review: Optional[datetime.date]  #: first later day on which a limit passes

    @property
    def reason_list(self) -> Tuple[Reason, ...]:
        """The reasons one by one, lowest bit first."""
        return tuple(Reason(b) for b in _bits(int(self.reasons)))

    @property
    def duty_list(self) -> Tuple[Duty, ...]:
        """The duties one by one, lowest bit first."""
        return tuple(Duty(b) for b in _bits(int(self.duties)))


def _mask(value: object, name: str, function: str, cls: Type[enum.IntFlag] = Reason) -> int:
    """A mask of *cls* bits: a member, an int, or an iterable of either."""
    what = f"a {cls.__name__}, an int mask or an iterable of {cls.__name__} bits"
    if isinstance(value, bool) or (isinstance(value, enum.Enum) and not isinstance(value, cls)):
        raise _wrong_type(function, name, what, value)
    if hasattr(type(value), "__index__"):
        return _u32(value, name, function)
    total = 0
    for i, bit in enumerate(_iterable(value, name, function, what)):
        if isinstance(bit, bool) or (isinstance(bit, enum.Enum) and not isinstance(bit, cls)) \
                or not hasattr(type(bit), "__index__"):
            raise _wrong_type(function, f"{name}[{i}]", f"a {cls.__name__} bit", bit)
        total |= _u32(bit, f"{name}[{i}]", function)
    return total


#: The grounds csisms_evaluate accepts: those of 7.1.1 and 7.2.1.
_GROUNDS = int(SUSPENSION_GROUNDS) | int(WITHDRAWAL_GROUNDS)


# The per-call path of evaluate() (issue 14: at most 3 µs a call) does as
# little Python work as it can without giving up a check:
#
# * the C function is called through a second, argtypes-free function
#   pointer of the PYFUNCTYPE kind, which keeps the GIL (the call takes
#   ~100 ns; releasing and taking back the GIL costs more), with pointers
#   (ctypes.byref) made once per pooled pair of buffers;
# * the facts are packed with one struct.pack_into into a pooled bytearray,
#   the verdict read with one unpack_from; the struct layouts come from the
#   generated ctypes classes (_native.CFacts, _native.CVerdict);
# * datetime.date arguments are converted through a bounded cache (date ->
#   YYYYMMDD, None -> 0, looked up with dict.get: no exception on the hot
#   path, as raising one in a function this size costs more than the whole
#   call); a register has a few thousand distinct dates at most. A date not
#   in the cache, text, None for a required date and every wrong type go
#   through _evaluate_dates and _date_in, which convert or raise exactly as
#   before. (The verdict's dates are made directly: caching them did not pay);
# * the Verdict is made without its generated __init__ (which sets each
#   field through object.__setattr__), from enum members in prebuilt tables.
_STRUCT_CODES = {ctypes.c_uint32: "I", ctypes.c_int32: "i"}


def _struct_of(cls: Any) -> struct.Struct:
    """The struct.Struct of a generated ctypes class of 32-bit fields."""
    layout = struct.Struct("=" + "".join(_STRUCT_CODES[t] for _, t in cls._fields_))
    if layout.size != ctypes.sizeof(cls):  # pragma: no cover - a generator change
        raise ImportError(f"csisms: {cls.__name__} has padding; evaluate() needs its layout")
    return layout


_FACTS = _struct_of(CFacts)
_VERDICT = _struct_of(CVerdict)
_FACTS_SIZE = _FACTS.size
_evaluate_c = ctypes.PYFUNCTYPE(ctypes.c_int)(ctypes.cast(_lib.csisms_evaluate, ctypes.c_void_p).value or 0)
_Pair = Tuple[bytearray, Any, bytearray, Any]


def _new_pair() -> _Pair:
    """(facts buffer, pointer to it, verdict buffer, pointer to it); the
    verdict's size field is set once: the library writes only the fields
    after it (csisms_evaluate)."""
    facts, verdict = bytearray(_FACTS.size), bytearray(_VERDICT.size)
    _VERDICT.pack_into(verdict, 0, _VERDICT.size, 0, 0, 0, 0, 0)
    return (facts, ctypes.byref((ctypes.c_char * len(facts)).from_buffer(facts)),
            verdict, ctypes.byref((ctypes.c_char * len(verdict)).from_buffer(verdict)))


#: Reusable buffer pairs. list.pop and list.append are atomic: each call in
#: flight (another thread, a signal handler) owns the pair it popped, and a
#: call that finds the pool empty makes a new pair.
_POOL: List[_Pair] = [_new_pair()]
_ACTIONS: Dict[int, Action] = {int(a): a for a in Action}
_DUTIES: Dict[int, Duty] = {v: Duty(v) for v in range(16)}
_REASONS: Dict[int, Reason] = {0: Reason(0)}  # filled on first use: at most 2**17 values
_Date = datetime.date
_new_verdict = object.__new__
_set_attribute = object.__setattr__
_CACHE_SIZE = 8192  # dates: 22 years of days, under 1 MB
#: datetime.date -> YYYYMMDD, and None -> 0 (see _evaluate_dates).
_YMD: Dict[Optional[datetime.date], int] = {None: 0}


def _reason(value: int) -> Reason:
    r = _REASONS.get(value)
    if r is None:
        r = _REASONS[value] = Reason(value)
    return r


def _fast_date(value: object, name: str, function: str, optional: bool = False) -> int:
    if type(value) is _Date:  # the common case, without isinstance chains
        return value.year * 10000 + value.month * 100 + value.day
    return _date_in(value, name, function, optional)  # type: ignore[arg-type]


def _fast_date_out(value: int) -> Optional[datetime.date]:
    return None if value == 0 else _Date(value // 10000, value // 100 % 100, value % 100)


def _evaluate_dates(today: object, valid_until: object, suspended_on: object, surveillance_latest: object,
                    correction_requested: object, t: Optional[int], u: Optional[int], s: Optional[int],
                    w: Optional[int], c: Optional[int]) -> Tuple[int, int, int, int, int]:
    """evaluate()'s dates the long way, but for those the cache gave (t … c;
    None: not found, and 0 for a required date): datetime.date converted (and
    remembered in _YMD), anything else through _date_in, which converts
    text and None or raises naming the argument."""
    ymd = _YMD
    if len(ymd) > _CACHE_SIZE:
        ymd.clear()
        ymd[None] = 0
    return (_miss_date(today, t, "today", False), _miss_date(valid_until, u, "valid_until", False),
            _miss_date(suspended_on, s, "suspended_on", True),
            _miss_date(surveillance_latest, w, "surveillance_latest", True),
            _miss_date(correction_requested, c, "correction_requested", True))


def _miss_date(value: Any, found: Optional[int], name: str, optional: bool) -> int:
    """One date of _evaluate_dates: what the cache found (a required date
    found as 0 was not found), else a datetime.date converted and remembered
    in _YMD, else _date_in's conversion or error naming the argument."""
    if found is not None and (found or optional):
        return found
    if type(value) is _Date:
        v: int = value.year * 10000 + value.month * 100 + value.day
        _YMD[value] = v
        return v
    return _date_in(value, name, "csisms_evaluate", optional)


def evaluate(
    *,
    today: DateLike,
    valid_until: DateLike,
    suspended_on: Optional[DateLike] = None,
    surveillance_latest: Optional[DateLike] = None,
    correction_requested: Optional[DateLike] = None,
    suspension_resolved: bool = False,
    correction_done: bool = False,
    grounds: Union[Reason, Iterable[Reason]] = Reason(0),
) -> Verdict:
    """5.1.2, 7, 8.2: what to do with a certificate on *today*.

    :param grounds: the 7.1.1 and 7.2.1 :class:`Reason` bits the body has
        established (a mask, or an iterable of bits).
    :param suspended_on: the suspension date, None when not suspended.
    :param surveillance_latest: last permitted day of the pending surveillance
        (postponement included), None when none is pending.
    :param correction_requested: 7.2.1(7) day a correction was asked for.
    :param suspension_resolved, correction_done: ``True`` or ``False`` only.
    :raises InvalidArgumentError: invalid or out-of-order dates, dates after
        9998-12-31, grounds beyond the 7.1.1/7.2.1 bits.
    :raises TypeError: a flag that is not a ``bool``, ``grounds=None``.

    ``evaluate(today=date(2025, 12, 2), valid_until=date(2027, 10, 21),
    suspended_on=date(2025, 6, 1)).action`` is ``Action.WITHDRAW``. For many
    certificates at once, :func:`evaluate_batch` is much faster.
    """
    given: Any = grounds
    kind = type(given)
    if (kind is Reason or kind is int) and 0 <= given <= 0xFFFFFFFF:
        mask = given
    else:
        mask = _mask(given, "grounds", "csisms_evaluate")
    cached = _YMD.get
    try:
        t = cached(today)  # type: ignore[arg-type]
        u = cached(valid_until)  # type: ignore[arg-type]
        s = cached(suspended_on)  # type: ignore[arg-type]
        w = cached(surveillance_latest)  # type: ignore[arg-type]
        c = cached(correction_requested)  # type: ignore[arg-type]
    except TypeError:  # unhashable: a wrong type, which _date_in names
        t = u = s = w = c = None
    if not t or not u or s is None or w is None or c is None:
        t, u, s, w, c = _evaluate_dates(today, valid_until, suspended_on, surveillance_latest, correction_requested,
                                        t, u, s, w, c)
    r = 1 if suspension_resolved is True else 0 if suspension_resolved is False else \
        _flag(suspension_resolved, "suspension_resolved", "csisms_evaluate")
    d = 1 if correction_done is True else 0 if correction_done is False else \
        _flag(correction_done, "correction_done", "csisms_evaluate")
    try:
        pair = _POOL.pop()
    except IndexError:
        pair = _new_pair()
    _FACTS.pack_into(pair[0], 0, _FACTS_SIZE, mask, t, u, s, w, c, r, d)
    status = _evaluate_c(pair[1], pair[3])
    _, action, reasons, duties, deadline, next_review = _VERDICT.unpack_from(pair[2])
    _POOL.append(pair)
    if status < 0:
        raise _evaluate_error(status, today, valid_until, suspended_on, surveillance_latest,
                              correction_requested, mask)
    found = _REASONS.get(reasons)
    fields = {
        "action": _ACTIONS[action],
        "reasons": _reason(reasons) if found is None else found,
        "duties": _DUTIES[duties],
        "deadline": None if deadline == 0 else _Date(deadline // 10000, deadline // 100 % 100, deadline % 100),
        "next_review": None if next_review == 0 else _Date(next_review // 10000, next_review // 100 % 100,
                                                           next_review % 100),
    }
    # Verdict is frozen: a new instance gets its fields directly.
    result = _new_verdict(Verdict)
    _set_attribute(result, "__dict__", fields)
    return result


def _evaluate_error(status: int, today: object, valid_until: object, suspended_on: object,
                    surveillance_latest: object, correction_requested: object, grounds: int) -> CsismsError:
    """The exception for a failed csisms_evaluate: which fact is wrong, and
    why, as ``csisms evaluate`` says it (the checks of csisms_evaluate, in
    its order: each date, then their order, then the grounds)."""
    f = "csisms_evaluate"
    named = (("today", today), ("valid_until", valid_until), ("suspended_on", suspended_on),
             ("surveillance_latest", surveillance_latest), ("correction_requested", correction_requested))
    days = {name: _date_in(value, name, f, optional=True) for name, value in named}  # type: ignore[arg-type]
    if status == Status.EINVAL:
        for name, value in named:
            if days[name] > DATE_INPUT_MAX:
                return _bad(f, name, value, "must be at most 9998-12-31 (DATE_INPUT_MAX)")
            if days[name] and not _lib.csisms_date_valid(days[name]):
                return _bad(f, name, value, "is not a valid date")
        for name in ("suspended_on", "correction_requested"):
            if days[name] > days["today"]:
                return _bad(f, name, dict(named)[name], f"is after today ({_show(dict(named)['today'])})")
        if grounds & ~_GROUNDS:
            return _bad(f, "grounds", grounds, f"has bits that are no ground of 7.1.1 or 7.2.1: "
                                               f"{grounds & ~_GROUNDS:#x}")
    return _failed(status, f, **dict(named), grounds=grounds)


# ---------------------------------------------------------------- batches

#: What a column of :func:`evaluate_batch` may be.
Column = Union["array.array[int]", memoryview, bytes, bytearray, Iterable[Union[int, datetime.date]]]

_LITTLE = sys.byteorder == "little"
_INTEGER_CODES = frozenset("bBhHiIlLqQ")


@dataclass(frozen=True)
class BatchVerdicts:
    """The verdicts of :func:`evaluate_batch`, one row per certificate.

    The columns are :class:`array.array` objects of ``n`` elements (int32 or
    uint32, as in C). Dates are YYYYMMDD integers, 0 for none. A row whose
    ``status[i]`` is not 0 is invalid: its other cells are 0.
    """

    errors: int  #: the number of rows whose status is not 0 (``Status.OK``)
    status: "array.array[int]"  #: ``Status`` of each row
    action: "array.array[int]"  #: ``Action`` values
    reasons: "array.array[int]"  #: ``Reason`` masks
    duties: "array.array[int]"  #: ``Duty`` masks
    deadline: "array.array[int]"  #: YYYYMMDD or 0
    next_review: "array.array[int]"  #: YYYYMMDD or 0
    #: The input columns (ctypes arrays or None, in _BATCH_COLUMNS' order)
    #: and the buffers they read, kept to explain a bad row.
    _facts: Tuple[Any, ...] = field(default=(), repr=False, compare=False)
    _owners: Tuple[object, ...] = field(default=(), repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.status)

    def verdict(self, i: int) -> Verdict:
        """Row *i* as a :class:`Verdict`, as :func:`evaluate` returns it.

        :raises CsismsError: the row's own error (``InvalidArgumentError``),
            naming the column, the row and the value, as :func:`evaluate`
            does: ``"csisms_evaluate_batch: argument suspended_on[1] =
            2026-03-05: is after today (2026-03-01)"``.
        """
        status = self.status[i]
        if status < 0:
            raise self._row_error(i, status)
        return Verdict(
            action=Action(self.action[i]),
            reasons=_reason(self.reasons[i]),
            duties=Duty(self.duties[i]),
            deadline=_fast_date_out(self.deadline[i]),
            next_review=_fast_date_out(self.next_review[i]),
        )

    def _row_error(self, i: int, status: int) -> CsismsError:
        """Row *i*'s error, explained by evaluating its facts one by one
        through :func:`evaluate` (whose errors name the argument)."""
        fn = "csisms_evaluate_batch"
        if not self._facts:
            return error_for(status, fn, f"row {i}")
        cells = [0 if column is None else column[i] for column in self._facts]
        facts: Dict[str, Any] = {}
        for (name, _, _), value in zip(_BATCH_COLUMNS[:5], cells):
            if value == 0 and name not in _BATCH_REQUIRED:
                continue
            try:
                facts[name] = _Date(value // 10000, value // 100 % 100, value % 100)
            except ValueError:
                return _bad(fn, f"{name}[{i}]", value, "not a date YYYYMMDD", status)
        flags = cells[6]
        if flags & ~(BATCH_RESOLVED | BATCH_CORRECTED):
            return _bad(fn, f"flags[{i}]", flags, "has bits other than BATCH_RESOLVED and BATCH_CORRECTED", status)
        try:
            evaluate(**facts, grounds=cells[5], suspension_resolved=bool(flags & BATCH_RESOLVED),
                     correction_done=bool(flags & BATCH_CORRECTED))
        except CsismsError as error:
            if error.argument is not None:
                return _bad(fn, f"{error.argument}[{i}]", error.value, error.detail or "", status)
        return error_for(status, fn, f"row {i}")


#: evaluate_batch's columns in its order: name, array typecode, C type.
_BATCH_COLUMNS = (
    ("today", "i", ctypes.c_int32),
    ("valid_until", "i", ctypes.c_int32),
    ("suspended_on", "i", ctypes.c_int32),
    ("surveillance_latest", "i", ctypes.c_int32),
    ("correction_requested", "i", ctypes.c_int32),
    ("grounds", "I", ctypes.c_uint32),
    ("flags", "B", ctypes.c_uint8),
)
_BATCH_REQUIRED = ("today", "valid_until")


def _column(value: object, name: str, code: str, ctype: Type[Any], function: str) -> Tuple[Any, int, object]:
    """(ctypes array over the column's memory, length, owner to keep alive).

    A buffer (``array.array``, ``memoryview``, ``bytes``, ``bytearray``, a
    NumPy array ...) of C-contiguous native integers of the C element size, or
    of raw bytes (a multiple of that size), is used in place, without a copy
    (read-only buffers other than ``bytes`` are copied once). Any other
    iterable is converted: integers as they are, ``datetime.date`` as
    YYYYMMDD.
    """
    size = ctypes.sizeof(ctype)
    if type(value) is array.array and value.itemsize == size and value.typecode in _INTEGER_CODES:
        address, length = value.buffer_info()
        return (ctype * length).from_address(address) if length else None, length, value
    try:
        view = memoryview(value)  # type: ignore[arg-type]
    except TypeError:
        view = None
    if view is not None:
        fmt = view.format.lstrip("@=" + ("<" if _LITTLE else ">"))
        if not view.c_contiguous:
            raise _invalid(function, f"{name} is not a C-contiguous buffer")
        if fmt in ("B", "b", "c") and view.itemsize == 1:
            if view.nbytes % size:
                raise _invalid(function, f"{name} has {view.nbytes} bytes, not a multiple of {size}")
        elif not (fmt in _INTEGER_CODES and view.itemsize == size):
            raise TypeError(f"{function}: {name} must hold {8 * size}-bit integers, not format {view.format!r}")
        length = view.nbytes // size
        if length == 0:
            return None, 0, view
        if isinstance(value, bytes):  # immutable: read in place
            where = ctypes.cast(ctypes.c_char_p(value), ctypes.c_void_p).value
            return (ctype * length).from_address(where), length, value
        if view.readonly:
            return (ctype * length).from_buffer_copy(view), length, view
        return (ctype * length).from_buffer(view.cast("B")), length, view
    if isinstance(value, (str, bool)) or not hasattr(value, "__iter__"):
        raise TypeError(f"{function}: {name} must be a buffer or an iterable of integers, not {type(value).__name__}")
    items = [_fast_date(v, name, function) if isinstance(v, datetime.date) else v for v in value]
    try:
        converted = array.array(code, items)
    except OverflowError as exc:
        raise _invalid(function, f"{name} has a value outside the C type: {exc}") from exc
    except TypeError as exc:
        raise TypeError(f"{function}: {name} must hold integers or dates: {exc}") from exc
    return _column(converted, name, code, ctype, function)


def evaluate_batch(
    today: Column,
    valid_until: Column,
    suspended_on: Optional[Column] = None,
    surveillance_latest: Optional[Column] = None,
    correction_requested: Optional[Column] = None,
    grounds: Optional[Column] = None,
    flags: Optional[Column] = None,
) -> BatchVerdicts:
    """:func:`evaluate` for many certificates in one C call (``csisms_evaluate_batch``).

    Every argument is a column, one element per certificate: dates as
    YYYYMMDD int32 (0: none), *grounds* as uint32 :class:`Reason` masks,
    *flags* as uint8 (:data:`BATCH_RESOLVED`, :data:`BATCH_CORRECTED`).
    Columns may be ``array.array`` (``"i"``/``"I"``/``"B"``), ``memoryview``,
    ``bytes``/``bytearray`` of native-endian values, any other buffer of
    such integers (they reach C without a copy), or lists (converted).
    ``None`` means 0 in every row. A bad row does not stop the others: see
    :attr:`BatchVerdicts.status`.

    :raises InvalidArgumentError: columns of different lengths, a value that
        does not fit the column's C type.
    :raises TypeError: a column that is neither a buffer of integers of the
        right size nor an iterable.

    ``evaluate_batch(array("i", [20260301, 20260601]), array("i", [20271021] * 2),
    surveillance_latest=array("i", [20251022] * 2)).action`` is
    ``array("i", [1, 3])`` (SUSPEND, WITHDRAW).
    """
    fn = "csisms_evaluate_batch"
    given = (today, valid_until, suspended_on, surveillance_latest, correction_requested, grounds, flags)
    columns: List[Any] = []
    owners: List[object] = []
    n: Optional[int] = None
    for (name, code, ctype), value in zip(_BATCH_COLUMNS, given):
        if value is None:
            if name in _BATCH_REQUIRED:
                raise TypeError(f"{fn}: {name} is required")
            columns.append(None)
            continue
        cells, length, owner = _column(value, name, code, ctype, fn)
        if n is None:
            n = length
        elif length != n:
            raise _invalid(fn, f"{name} has {length} rows, today has {n}")
        columns.append(cells)
        owners.append(owner)
    assert n is not None
    zeros = bytes(4 * n)
    status = array.array("i", zeros)
    outs = (
        status,
        array.array("i", zeros),
        array.array("I", zeros),
        array.array("I", zeros),
        array.array("i", zeros),
        array.array("i", zeros),
    )
    if n == 0:
        return BatchVerdicts(0, *outs)
    if n > _CINT[1]:
        raise _invalid(fn, f"{n} rows: at most {_CINT[1]}")
    out_cells = [(ctypes.c_int32 if o.typecode == "i" else ctypes.c_uint32) * n for o in outs]
    out_arrays = [cls.from_address(o.buffer_info()[0]) for cls, o in zip(out_cells, outs)]
    errors = _lib.csisms_evaluate_batch(n, *columns, *out_arrays)
    if errors < 0:
        raise error_for(errors, fn)
    return BatchVerdicts(errors, *outs, _facts=tuple(columns), _owners=tuple(owners))


def reason_clause(reason: Reason) -> str:
    """The clause of one :class:`Reason` bit: ``"7.2.1(5)"``, ``"5.1.2"``, ``"8.2"``.
    :raises InvalidArgumentError: 0, several bits or an unknown bit."""
    f = "csisms_reason_clause"
    return _text_out(_lib.csisms_reason_clause(_bit(reason, Reason, "reason", f)), f, f"reason = {_show(reason)}")


def reason_text(reason: Reason, lang: Lang = Lang.ZH) -> str:
    """The text of one :class:`Reason` bit (the rules' words in Chinese)."""
    f = "csisms_reason_text"
    value = _lib.csisms_reason_text(_bit(reason, Reason, "reason", f), _lang(lang, f))
    return _text_out(value, f, f"reason = {_show(reason)}, lang = {_show(lang)}")


def action_name(action: Action, lang: Lang = Lang.ZH) -> str:
    """The name of an :class:`Action` ("撤销" / "Withdraw")."""
    f = "csisms_action_name"
    value = _lib.csisms_action_name(_enum(action, Action, "action", f), _lang(lang, f))
    return _text_out(value, f, f"action = {_show(action)}, lang = {_show(lang)}")


def duty_text(duty: Duty, lang: Lang = Lang.ZH) -> str:
    """The text of one :class:`Duty` bit."""
    f = "csisms_duty_text"
    value = _lib.csisms_duty_text(_bit(duty, Duty, "duty", f), _lang(lang, f))
    return _text_out(value, f, f"duty = {_show(duty)}, lang = {_show(lang)}")


def duty_clause(duty: Duty) -> str:
    """The clause of one :class:`Duty` bit: ``"7.1.2"``, ``"7.3"`` or ``"7.4"``."""
    f = "csisms_duty_clause"
    return _text_out(_lib.csisms_duty_clause(_bit(duty, Duty, "duty", f)), f, f"duty = {_show(duty)}")


# ====================================================================== checklists (§5)


@dataclass(frozen=True)
class ChecklistResult:
    """The evaluation of a checklist (:func:`checklist_eval`)."""

    met: bool  #: whether the list is met (ANY lists: whether the action is required)
    missing: int  #: item bits missing (item (i) is bit i − 1)

    @property
    def missing_items(self) -> Tuple[int, ...]:
        """The missing items' 1-based numbers, as in the rules' "(n)"."""
        return tuple(b.bit_length() for b in _bits(self.missing))


def _list(lst: object, function: str) -> int:
    return _enum(lst, Checklist, "list", function)


def checklist_size(lst: Checklist) -> int:
    """Number of items of a :class:`Checklist`."""
    f = "csisms_checklist_size"
    return _check(_lib.csisms_checklist_size(_list(lst, f)), f, list=lst)


def checklist_mode(lst: Checklist) -> Mode:
    """Evaluation :class:`Mode` of a checklist."""
    f = "csisms_checklist_mode"
    return Mode(_check(_lib.csisms_checklist_mode(_list(lst, f)), f, list=lst))


def checklist_clause(lst: Checklist) -> str:
    """The clause a checklist comes from ("4.1.2")."""
    f = "csisms_checklist_clause"
    return _text_out(_lib.csisms_checklist_clause(_list(lst, f)), f, f"list = {_show(lst)}")


def checklist_title(lst: Checklist, lang: Lang = Lang.ZH) -> str:
    """The title of a checklist."""
    f = "csisms_checklist_title"
    value = _lib.csisms_checklist_title(_list(lst, f), _lang(lang, f))
    return _text_out(value, f, f"list = {_show(lst)}, lang = {_show(lang)}")


def checklist_item(lst: Checklist, item: int, lang: Lang = Lang.ZH) -> str:
    """The text of item *item* (1-based, the rules' "(n)") of a checklist."""
    f = "csisms_checklist_item"
    number = _list(lst, f)
    size = checklist_size(lst)
    value = _lib.csisms_checklist_item(number, _integer(item, "item", f, (1, size)), _lang(lang, f))
    return _text_out(value, f, f"list = {_show(lst)}, item = {item!r}, lang = {_show(lang)}")


def checklist_items(lst: Checklist, lang: Lang = Lang.ZH) -> Tuple[str, ...]:
    """Every item text of a checklist, item (1) first."""
    return tuple(checklist_item(lst, i, lang) for i in range(1, checklist_size(lst) + 1))


def checklist_conditional(lst: Checklist) -> int:
    """Bits of the items that may be declared not applicable (0 when none).
    :raises InvalidArgumentError: unknown list."""
    f = "csisms_checklist_conditional"
    number = _list(lst, f)
    return int(_lib.csisms_checklist_conditional(number))


def items_mask(items: Iterable[int]) -> int:
    """The bit mask of 1-based item numbers: ``items_mask([1, 3])`` → 0b101."""
    mask = 0
    for i, item in enumerate(_iterable(items, "items", "items_mask", "an iterable of item numbers")):
        number = _integer(item, f"items[{i}]", "items_mask", (1, 32))
        mask |= 1 << (number - 1)
    return mask


def _items(value: Union[int, Iterable[int]], name: str, function: str, size: int) -> int:
    """Item bits of a checklist of *size* items, from a mask or item numbers."""
    what = "a bit mask or an iterable of item numbers"
    if isinstance(value, (bool, enum.Enum)):
        raise _wrong_type(function, name, what, value)
    if hasattr(type(value), "__index__"):
        mask = _u32(value, name, function)
        if mask >> size:
            raise _bad(function, name, value, f"has bits beyond the list's {size} items: {mask >> size << size:#x}")
        return mask
    mask = 0
    for i, item in enumerate(_iterable(value, name, function, what)):
        mask |= 1 << (_integer(item, f"{name}[{i}]", function, (1, size)) - 1)
    return mask


def checklist_eval(lst: Checklist, present: Union[int, Iterable[int]] = 0,
                   not_applicable: Union[int, Iterable[int]] = 0) -> ChecklistResult:
    """Evaluates a checklist against the items *present* and those declared
    *not_applicable*, each a bit mask (item (i) is bit i − 1) or an iterable of
    1-based item numbers.

    :raises InvalidArgumentError: unknown list, items beyond the list, or
        not-applicable items that are not conditional.
    """
    f = "csisms_checklist_eval"
    number = _list(lst, f)
    size = checklist_size(lst)
    have = _items(present, "present", f, size)
    na = _items(not_applicable, "not_applicable", f, size)
    missing = ctypes.c_uint32()
    status = _lib.csisms_checklist_eval(number, have, na, ctypes.byref(missing))
    if status == Status.EINVAL:
        allowed = int(_lib.csisms_checklist_conditional(number))
        if na & ~allowed:
            items = ", ".join(str(b.bit_length()) for b in _bits(na & ~allowed))
            why = (f"item {items} of {_show(lst)} may not be declared not applicable" if allowed else
                   f"no item of {_show(lst)} may be declared not applicable")
            raise _bad(f, "not_applicable", not_applicable, why)
    _check(status, f, list=lst, present=present, not_applicable=not_applicable)
    return ChecklistResult(status == 1, int(missing.value))


# ====================================================================== identifiers (§6)


def uscc_validate(code: str) -> None:
    """8.1(1): checks an 18-character unified social credit code (GB 32100-2015).

    :raises ChecksumError: well-formed, but the 18th character is wrong; its
        ``expected`` is the check character the first 17 call for, its
        ``position`` 18 (both from ``csisms_uscc_check``).
    :raises InvalidArgumentError: wrong length or a character outside the set
        (the message gives the position of the first such character).
    """
    f = "csisms_uscc_validate"
    status = _lib.csisms_uscc_validate(_text_in(code, "code", f))
    if status >= 0:
        return
    found = uscc_check(code)
    if status == Status.ECHECKSUM and found.expected is not None:
        raise ChecksumError(status, f, f"the check character (position {found.position}) is "
                                       f"{code[found.position - 1]!r}, it should be {found.expected!r}",
                            argument="code", value=code, expected=found.expected, position=found.position)
    if status == Status.EINVAL:
        if found.position:
            why = (f"character {found.position}, {code[found.position - 1]!r}, is not one of the code's symbols "
                   "(digits and upper-case letters but I, O, Z, S, V)")
        else:
            why = f"must be 18 characters long, not {len(code)}"
        raise _bad(f, "code", code, why)
    raise _failed(status, f, code=code)


def uscc_is_valid(code: str) -> bool:
    """Whether :func:`uscc_validate` accepts *code*."""
    try:
        uscc_validate(code)
    except (ChecksumError, InvalidArgumentError):
        return False
    return True


def sample_sites(sites: int, audit: Audit = Audit.INITIAL) -> int:
    """Minimum number of sites to sample besides the central function (IAF MD 1)
    for ≥ 1 sites and an :class:`Audit` kind. ``sample_sites(25, Audit.SURVEILLANCE)`` → 3."""
    f = "csisms_sample_sites"
    out = ctypes.c_uint32()
    _check(_lib.csisms_sample_sites(_count(sites, "sites", f), _enum(audit, Audit, "audit", f), ctypes.byref(out)),
           f, sites=sites, audit=audit)
    return int(out.value)


# ====================================================================== rules, queries, programme (1.1)


def rule_clause(rule: Rule) -> str:
    """The clause of a :class:`Rule` ("4.5.1.2", "Appendix A note (1)")."""
    f = "csisms_rule_clause"
    return _text_out(_lib.csisms_rule_clause(_enum(rule, Rule, "rule", f)), f, f"rule = {_show(rule)}")


def rule_text(rule: Rule, lang: Lang = Lang.ZH) -> str:
    """What a :class:`Rule` requires: the rules' words (Chinese) or their translation."""
    f = "csisms_rule_text"
    value = _lib.csisms_rule_text(_enum(rule, Rule, "rule", f), _lang(lang, f))
    return _text_out(value, f, f"rule = {_show(rule)}, lang = {_show(lang)}")


def rule_count() -> int:
    """The number of rules."""
    return int(_lib.csisms_rule_count())


def rule_at(index: int) -> Rule:
    """The rule at *index* in ascending order. :raises NotFoundError: past the end."""
    f = "csisms_rule_at"
    if isinstance(index, (bool, enum.Enum)) or not hasattr(type(index), "__index__"):
        raise _wrong_type(f, "index", "an int", index)
    i = operator.index(index)
    count = rule_count()
    if not 0 <= i < count:
        raise _bad(f, "index", index, f"must be 0 … {count - 1}", Status.ENOTFOUND)
    return Rule(_check(_lib.csisms_rule_at(i), f, index=index))


def rules() -> Tuple[Rule, ...]:
    """Every rule, in ascending order."""
    return tuple(rule_at(i) for i in range(rule_count()))


def reason_rule(reason: Reason) -> Rule:
    """The :class:`Rule` of one :class:`Reason` bit."""
    f = "csisms_reason_rule"
    return Rule(_check(_lib.csisms_reason_rule(_bit(reason, Reason, "reason", f)), f, reason=reason))


def reason_of_clause(clause: str) -> Reason:
    """The :class:`Reason` bit of a clause ("7.2.1(5)"). :raises NotFoundError: none."""
    f = "csisms_reason_of_clause"
    out = ctypes.c_uint32()
    status = _lib.csisms_reason_of_clause(_text_in(clause, "clause", f), ctypes.byref(out))
    if status == Status.ENOTFOUND:
        raise _bad(f, "clause", clause, "is the clause of no reason (like 7.2.1(5))", status)
    _check(status, f, clause=clause)
    return Reason(out.value)


def isms_band_index(personnel: int) -> int:
    """The index of the Appendix A band *personnel* falls in (120 → 6)."""
    f = "csisms_isms_band_index"
    out = ctypes.c_uint32()
    _check(_lib.csisms_isms_band_index(_count(personnel, "personnel", f), ctypes.byref(out)), f,
           personnel=personnel)
    return int(out.value)


@dataclass(frozen=True)
class UsccDiagnosis:
    """What :func:`uscc_check` finds in a code."""

    status: Status  #: what :func:`uscc_validate` would return
    position: int  #: 1-based position of the first bad character (18: the check character); 0: none
    expected: Optional[str]  #: the check character the first 17 call for, when they are 17 symbols


def uscc_check(code: str) -> UsccDiagnosis:
    """8.1(1): diagnoses a unified social credit code without raising for a bad one."""
    f = "csisms_uscc_check"
    st, pos, want = ctypes.c_int(), ctypes.c_size_t(), ctypes.create_string_buffer(1)
    _check(_lib.csisms_uscc_check(_text_in(code, "code", f), ctypes.byref(st), ctypes.byref(pos), want), f,
           code=code)
    ch = want.raw[:1]
    return UsccDiagnosis(Status(st.value), int(pos.value), ch.decode("ascii") if ch != b"\0" else None)


def scope_under(code: str) -> Tuple[Scope, ...]:
    """Appendix B: every entry whose code is *code* or begins with its components."""
    f = "csisms_scope_under"
    return tuple(_under(_text_in(code, "code", f), f, "code", code))


#: The reference date of a programme: after this, a date of the cycle passes
#: 9999-12-31 (lib/programme.c's LAST_REFERENCE, the same as DATE_INPUT_MAX).
_LAST_REFERENCE = DATE_INPUT_MAX


def _client(function: str, personnel: int, basis: Basis, decided: Optional[DateLike],
            recert_of: Optional[DateLike], combined_days: Optional[Days], planned_days: Optional[Days],
            sites: int, stage1_omitted: bool, operating_since: Optional[DateLike],
            dated: bool = True) -> _native.CClient:
    if dated and decided is None and recert_of is None:
        raise _bad(function, "decided", decided, "give decided (an initial certification's decision date) "
                                                 "or recert_of (the old certificate's last valid day)")
    if dated and decided is not None and recert_of is not None:
        raise _bad(function, "recert_of", recert_of, "give either decided or recert_of, not both")
    reference_name = "recert_of" if recert_of is not None else "decided"
    reference = recert_of if recert_of is not None else decided
    client = _native.CClient(
        personnel=_count(personnel, "personnel", function),
        basis=_enum(basis, Basis, "basis", function),
        cycle=Cycle.RECERT if recert_of is not None else Cycle.INITIAL,
        reference=_date_in(reference, reference_name, function, optional=True),
        combined_halfdays=0 if combined_days is None else _duration(combined_days, "combined_days", function, 0),
        planned_halfdays=0 if planned_days is None else _duration(planned_days, "planned_days", function),
        sites=_u32(sites, "sites", function),
        stage1_omitted=_flag(stage1_omitted, "stage1_omitted", function),
        operating_since=_date_in(operating_since, "operating_since", function, optional=True),
    )
    if dated and client.reference > _LAST_REFERENCE:
        raise _bad(function, reference_name, reference, "must be at most 9998-12-31")
    if dated and client.operating_since and client.operating_since > client.reference:
        raise _bad(function, "operating_since", operating_since,
                   f"is after {reference_name} ({_show(reference)})")
    return client


def _client_failed(status: int, function: str, client: _native.CClient, **arguments: object) -> CsismsError:
    """The exception for a programme function's failure on a client that
    passed _client's checks (the planned time below the 4.5.1.1 floor)."""
    if status == Status.ENOTPERMITTED and arguments.get("planned_days") is not None:
        basis_time = initial_audit_days(isms_audit_days(client.personnel), Basis(client.basis))
        floor = min_reduced_days(basis_time)
        return _bad(function, "planned_days", arguments["planned_days"],
                    f"is below the least time after a reduction, {floor} days (4.5.1.1: 70 % of {basis_time})",
                    status)
    return _failed(status, function, **arguments)


def _collect(function: str, cls: Any, call: Callable[..., Any], fail: Callable[[int], CsismsError]) -> List[Any]:
    """Calls a size-reporting function twice: for the count, then for the items."""
    count = ctypes.c_size_t()
    status = call(None, 0, ctypes.byref(count))
    if status != Status.ENOSPC and status < 0:
        raise fail(status)
    items = (cls * max(count.value, 1))()
    for item in items:
        item.size = ctypes.sizeof(cls)
    status = call(items, count.value, ctypes.byref(count))
    if status < 0:
        raise fail(status)
    return list(items[: count.value])


@dataclass(frozen=True)
class ProgrammeEntry:
    """One entry of :func:`programme`: an audit or the certificate's validity."""

    kind: ProgrammeKind
    earliest: Optional[datetime.date]
    last: Optional[datetime.date]
    latest: Optional[datetime.date]  #: with the longest postponement (5.1.1)
    total_days: PersonDays
    onsite_days: PersonDays
    sample: int
    rules: Dict[str, Optional[Rule]]  #: the rule of each figure: earliest, last, latest, total, onsite, sample


def programme(personnel: int, basis: Basis = Basis.NONE, *, decided: Optional[DateLike] = None,
              recert_of: Optional[DateLike] = None, combined_days: Optional[Days] = None,
              planned_days: Optional[Days] = None, sites: int = 0, stage1_omitted: bool = False,
              operating_since: Optional[DateLike] = None) -> List[ProgrammeEntry]:
    """The audit programme of a certification cycle (give *decided* or *recert_of*)."""
    f = "csisms_programme"
    c = _client(f, personnel, basis, decided, recert_of, combined_days, planned_days, sites,
                stage1_omitted, operating_since)
    raw = _collect(f, _native.CProgrammeEntry, lambda a, n, cnt: _lib.csisms_programme(ctypes.byref(c), a, n, cnt),
                   lambda status: _client_failed(status, f, c, personnel=personnel, basis=basis, decided=decided,
                                                 recert_of=recert_of, combined_days=combined_days,
                                                 planned_days=planned_days, sites=sites,
                                                 operating_since=operating_since))
    keys = ("earliest", "last", "latest", "total", "onsite", "sample")
    return [
        ProgrammeEntry(ProgrammeKind(e.kind), _date_out(e.earliest), _date_out(e.last), _date_out(e.latest),
                       _person_days(e.total_halfdays), _person_days(e.onsite_halfdays), int(e.sample),
                       {k: (Rule(getattr(e, "rule_" + k)) if getattr(e, "rule_" + k) else None) for k in keys})
        for e in raw
    ]


@dataclass(frozen=True)
class Step:
    """One step of :func:`justify`: counts for the table and sampling, else days."""

    rule: Rule
    input: Union[int, PersonDays]
    input2: PersonDays
    result: Union[int, PersonDays]


def justify(personnel: int, basis: Basis = Basis.NONE, *, combined_days: Optional[Days] = None,
            planned_days: Optional[Days] = None, sites: int = 0) -> List[Step]:
    """The audit-time determination as ordered steps."""
    f = "csisms_justify"
    c = _client(f, personnel, basis, None, None, combined_days, planned_days, sites, False, None, dated=False)
    raw = _collect(f, _native.CStep, lambda a, n, cnt: _lib.csisms_justify(ctypes.byref(c), a, n, cnt),
                   lambda status: _client_failed(status, f, c, personnel=personnel, basis=basis,
                                                 combined_days=combined_days, planned_days=planned_days,
                                                 sites=sites))
    out = []
    for s in raw:
        rule = Rule(s.rule)
        counted = rule in (Rule.ISMS_TABLE, Rule.SAMPLING)
        out.append(Step(rule, int(s.input) if counted else _person_days(s.input), _person_days(s.input2),
                        int(s.result) if rule == Rule.SAMPLING else _person_days(s.result)))
    return out


@dataclass(frozen=True)
class Breach:
    """A rule an audit record breaks (:func:`record_check`)."""

    rule: Rule
    record: Optional[int]  #: index of the audit; None for the cycle as a whole
    actual: Union[PersonDays, datetime.date]
    required: Union[PersonDays, datetime.date]


_DATE_RULES = (Rule.SYSTEM_OPERATION, Rule.RECERT_WINDOW, Rule.FIRST_SURVEILLANCE,
               Rule.SURVEILLANCE_INTERVAL, Rule.POSTPONEMENT)
#: The most audits csisms_record_check takes.
_MAX_RECORDS = 64


def _record(audit: object, i: int, cycle: int, function: str) -> _native.CAuditRecord:
    """Audit *i* of record_check: (kind, date, total days, on-site days)."""
    name = f"audits[{i}]"
    fields: Any = audit
    if isinstance(fields, (str, bytes)) or not hasattr(fields, "__len__") or len(fields) != 4:
        raise _wrong_type(function, name, "a (kind, date, total days, on-site days) tuple", audit)
    kind, day, total, onsite = fields
    k = _enum(kind, ProgrammeKind, f"{name}.kind", function)
    starts = {Cycle.INITIAL: ProgrammeKind.INITIAL, Cycle.RECERT: ProgrammeKind.RECERT_START}
    if k == ProgrammeKind.VALIDITY or (k in starts.values() and k != starts[Cycle(cycle)]):
        raise _bad(function, f"{name}.kind", kind,
                   f"is no audit of a cycle from {'recert_of' if cycle == Cycle.RECERT else 'decided'}")
    r = _native.CAuditRecord(kind=k, date=_date_in(day, f"{name}.date", function),
                             total_halfdays=_duration(total, f"{name}.total", function),
                             onsite_halfdays=_duration(onsite, f"{name}.onsite", function, 0))
    if r.date > _LAST_REFERENCE:
        raise _bad(function, f"{name}.date", day, "must be at most 9998-12-31")
    if r.onsite_halfdays > r.total_halfdays:
        raise _bad(function, f"{name}.onsite", onsite, f"is more than the audit's total ({_show(total)} days)")
    return r


def record_check(personnel: int, basis: Basis = Basis.NONE, *,
                 audits: Iterable[Tuple[ProgrammeKind, DateLike, Days, Days]],
                 decided: Optional[DateLike] = None, recert_of: Optional[DateLike] = None,
                 combined_days: Optional[Days] = None, planned_days: Optional[Days] = None,
                 stage1_omitted: bool = False, operating_since: Optional[DateLike] = None) -> List[Breach]:
    """Checks audits (kind, date, total days, on-site days) against the time and date rules."""
    f = "csisms_record_check"
    c = _client(f, personnel, basis, decided, recert_of, combined_days, planned_days, 0,
                stage1_omitted, operating_since)
    given = list(_iterable(audits, "audits", f, "an iterable of (kind, date, total, on-site) tuples"))
    if len(given) > _MAX_RECORDS:
        raise _bad(f, "audits", audits, f"holds {len(given)} audits, at most {_MAX_RECORDS}")
    records = (_native.CAuditRecord * max(len(given), 1))(*(_record(a, i, c.cycle, f) for i, a in enumerate(given)))
    raw = _collect(f, _native.CBreach,
                   lambda a, n, cnt: _lib.csisms_record_check(ctypes.byref(c), records, len(given), a, n, cnt),
                   lambda status: _client_failed(status, f, c, personnel=personnel, basis=basis, decided=decided,
                                                 recert_of=recert_of, combined_days=combined_days,
                                                 planned_days=planned_days, operating_since=operating_since,
                                                 audits=given))
    out = []
    for b in raw:
        rule = Rule(b.rule)
        actual: Union[PersonDays, Optional[datetime.date]]
        required: Union[PersonDays, Optional[datetime.date]]
        if rule in _DATE_RULES:
            actual, required = _date_out(b.actual), _date_out(b.required)
        else:
            actual, required = _person_days(b.actual), _person_days(b.required)
        out.append(Breach(rule, None if b.record < 0 else int(b.record), actual, required))  # type: ignore[arg-type]
    return out


# ====================================================================== coverage

#: The Python function that binds each C function of ``csisms.h``.
C_FUNCTIONS: Dict[str, Callable[..., object]] = {
    "csisms_rule_clause": rule_clause,
    "csisms_rule_text": rule_text,
    "csisms_rule_count": rule_count,
    "csisms_rule_at": rule_at,
    "csisms_reason_rule": reason_rule,
    "csisms_reason_of_clause": reason_of_clause,
    "csisms_isms_band_index": isms_band_index,
    "csisms_uscc_check": uscc_check,
    "csisms_scope_under": scope_under,
    "csisms_programme": programme,
    "csisms_justify": justify,
    "csisms_record_check": record_check,
    "csisms_version": version,
    "csisms_check_version": check_version,
    "csisms_strerror": strerror,
    "csisms_isms_audit_days": isms_audit_days,
    "csisms_isms_band": isms_band,
    "csisms_initial_audit_days": initial_audit_days,
    "csisms_audit_days": audit_days,
    "csisms_min_reduced_days": min_reduced_days,
    "csisms_min_onsite_days": min_onsite_days,
    "csisms_surveillance_days": surveillance_days,
    "csisms_surveillance_cycle_min_days": surveillance_cycle_min_days,
    "csisms_recert_min_days": recert_min_days,
    "csisms_combined_min_days": combined_min_days,
    "csisms_round_up_half": round_up_half,
    "csisms_days_format": days_format,
    "csisms_days_parse": days_parse,
    "csisms_date_valid": date_valid,
    "csisms_date_parse": date_parse,
    "csisms_date_parse_lenient": date_parse_lenient,
    "csisms_date_format": date_format,
    "csisms_date_add_days": date_add_days,
    "csisms_date_add_months": date_add_months,
    "csisms_date_diff_days": date_diff_days,
    "csisms_surveillance_due": surveillance_due,
    "csisms_certificate_valid_until": certificate_valid_until,
    "csisms_recert_valid_until": recert_valid_until,
    "csisms_recert_window_opens": recert_window_opens,
    "csisms_suspension_ends_by": suspension_ends_by,
    "csisms_appeal_due": appeal_due,
    "csisms_correction_due": correction_due,
    "csisms_scope_lookup": scope_lookup,
    "csisms_scope_count": scope_count,
    "csisms_scope_at": scope_at,
    # The entry accessors fill the fields of every Scope that scope_lookup,
    # scope_at, scopes and scope_search return.
    "csisms_scope_code": Scope,
    "csisms_scope_name": Scope,
    "csisms_scope_note": Scope,
    "csisms_scope_level": Scope,
    "csisms_scope_parent": Scope,
    "csisms_scope_flags": Scope,
    "csisms_scope_find": scope_find,
    "csisms_evaluate": evaluate,
    "csisms_evaluate_batch": evaluate_batch,
    "csisms_reason_clause": reason_clause,
    "csisms_reason_text": reason_text,
    "csisms_action_name": action_name,
    "csisms_duty_text": duty_text,
    "csisms_duty_clause": duty_clause,
    "csisms_checklist_size": checklist_size,
    "csisms_checklist_mode": checklist_mode,
    "csisms_checklist_clause": checklist_clause,
    "csisms_checklist_title": checklist_title,
    "csisms_checklist_item": checklist_item,
    "csisms_checklist_conditional": checklist_conditional,
    "csisms_checklist_eval": checklist_eval,
    "csisms_uscc_validate": uscc_validate,
    "csisms_sample_sites": sample_sites,
}

__all__ = [
    # constants and enums
    "VERSION_MAJOR", "VERSION_MINOR", "VERSION_PATCH", "VERSION_STRING", "VERSION_NUMBER",
    "INTERRUPTED", "DATE_INPUT_MAX", "BATCH_RESOLVED", "BATCH_CORRECTED", "SUSPENSION_GROUNDS", "WITHDRAWAL_GROUNDS",
    "C_CONSTANTS",
    "Status", "Lang", "Basis", "SurveillanceKind", "ScopeFlag", "Reason", "Action", "Duty",
    "Checklist", "Mode", "Audit", "Rule", "Cycle", "ProgrammeKind",
    "UsccDiagnosis", "ProgrammeEntry", "Step", "Breach",
    "rule_clause", "rule_text", "rule_count", "rule_at", "rules", "reason_rule", "reason_of_clause",
    "isms_band_index", "uscc_check", "scope_under", "programme", "justify", "record_check",
    # errors
    "CsismsError", "InvalidArgumentError", "RangeError", "NotFoundError", "AmbiguousError",
    "NotPermittedError", "NoSpaceError", "VersionError", "ChecksumError", "ERRORS", "error_for",
    # value types
    "Days", "DateLike", "PersonDays", "Band", "SurveillanceDue", "RecertValidity", "Scope", "Verdict", "BatchVerdicts", "Column", "ChecklistResult",
    # functions
    "version", "check_version", "strerror",
    "days_to_halfdays", "halfdays_to_days",
    "isms_audit_days", "isms_band", "isms_bands", "initial_audit_days", "audit_days",
    "min_reduced_days", "min_onsite_days", "surveillance_days", "surveillance_cycle_min_days",
    "recert_min_days", "combined_min_days", "round_up_half", "days_format", "days_parse",
    "date_valid", "date_parse", "date_parse_lenient", "date_format", "date_add_days", "date_add_months", "date_diff_days",
    "surveillance_due", "certificate_valid_until", "recert_valid_until", "recert_window_opens",
    "suspension_ends_by", "appeal_due", "correction_due",
    "scope_lookup", "scope_count", "scope_at", "scopes", "scope_find", "scope_search",
    "evaluate", "evaluate_batch", "reason_clause", "reason_text", "action_name", "duty_text", "duty_clause",
    "checklist_size", "checklist_mode", "checklist_clause", "checklist_title", "checklist_item",
    "checklist_items", "checklist_conditional", "checklist_eval", "items_mask",
    "uscc_validate", "uscc_is_valid", "sample_sites",
]
