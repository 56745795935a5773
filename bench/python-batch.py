#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Python throughput of libcsisms's verdicts (issue 14 item 4).

Measures, with the just-built library:

* csisms.evaluate_batch(): certificates per second for a register of N rows
  held in array.array columns (target: at least 1,000,000/s);
* csisms.evaluate(): microseconds per call from Python (target: at most
  3 µs), and the bare ctypes call underneath it for comparison.

A benchmark, not a test: it prints figures and always exits 0 unless the
library cannot be loaded. Wall-clock figures depend on the machine and its
load; take the best of several repeats.

Usage: bench/python-batch.py [--library PATH] [--rows N] [--repeat R]
(run from the tree after `make`; defaults to lib/.libs/libcsisms.so).
"""

import argparse
import array
import datetime
import os
import sys
import time
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", default=os.path.join(TOP, "lib", ".libs", "libcsisms.so"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--calls", type=int, default=100_000)
    args = parser.parse_args()
    os.environ["CSISMS_LIBRARY"] = args.library
    sys.path.insert(0, os.path.join(TOP, "bindings", "python"))
    import csisms  # noqa: E402  (after the library path is set)

    # A register: certificates valid for three years from days spread over
    # 2024-2026, a pending surveillance, every 7th suspended, every 11th
    # with a requested correction, every 13th with a ground; evaluated on
    # 2026-03-01.
    n = args.rows
    start = datetime.date(2024, 1, 1).toordinal()
    today = array.array("i", [20260301]) * n
    valid_until = array.array("i", bytes(4 * n))
    surveillance = array.array("i", bytes(4 * n))
    suspended = array.array("i", bytes(4 * n))
    correction = array.array("i", bytes(4 * n))
    grounds = array.array("I", bytes(4 * n))
    flags = array.array("B", bytes(n))

    def ymd(d: datetime.date) -> int:
        return d.year * 10000 + d.month * 100 + d.day

    for i in range(n):
        decided = datetime.date.fromordinal(start + i % 900)
        valid_until[i] = ymd(datetime.date.fromordinal(decided.toordinal() + 3 * 365))
        surveillance[i] = ymd(datetime.date.fromordinal(decided.toordinal() + 365 + i % 200))
        if i % 7 == 0:
            suspended[i] = ymd(datetime.date.fromordinal(start + 700 + i % 100))
            flags[i] = i % 2
        if i % 11 == 0:
            correction[i] = ymd(datetime.date.fromordinal(start + 600 + i % 150))
        if i % 13 == 0:
            grounds[i] = csisms.Reason.VOLUNTARY

    best = float("inf")
    result = None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = csisms.evaluate_batch(today, valid_until, suspended, surveillance, correction, grounds, flags)
        best = min(best, time.perf_counter() - t0)
    assert result is not None and len(result) == n
    counts = {a.name: 0 for a in csisms.Action}
    for a in result.action:
        counts[csisms.Action(a).name] += 1
    print(f"evaluate_batch: {n} certificates in {best * 1e3:.1f} ms (best of {args.repeat}): "
          f"{n / best / 1e6:.2f} M certificates/s (target >= 1.00); errors {result.errors}; {counts}")

    d = datetime.date
    facts = dict(today=d(2026, 3, 1), valid_until=d(2027, 10, 21), surveillance_latest=d(2026, 10, 22))
    calls = args.calls
    per_call = min(timeit.repeat(lambda: csisms.evaluate(**facts), number=calls, repeat=args.repeat)) / calls
    empty = min(timeit.repeat(lambda: None, number=calls, repeat=args.repeat)) / calls
    from csisms._native import CFacts, CVerdict
    import ctypes
    f, v = CFacts(today=20260301, valid_until=20271021, surveillance_latest=20261022), CVerdict()
    lib = csisms._lib
    raw = min(timeit.repeat(lambda: lib.csisms_evaluate(f, v), number=calls, repeat=args.repeat)) / calls
    print(f"evaluate: {(per_call - empty) * 1e6:.2f} us per call (target <= 3.00); "
          f"bare ctypes call {(raw - empty) * 1e6:.2f} us; harness {empty * 1e6:.2f} us subtracted")
    del ctypes
    return 0


if __name__ == "__main__":
    sys.exit(main())
