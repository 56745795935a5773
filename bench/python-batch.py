#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Python throughput of libcsisms's verdicts (issue 14 item 4).

Measures, with the just-built library:

* csisms.evaluate_batch(): certificates per second for a register of N rows
  held in array.array columns (target: at least 1,000,000/s);
* csisms.evaluate(): microseconds per call from Python (target: at most
  3 µs) over a register's spread of certificates, one certificate repeated,
  and dates the binding's caches do not hold; beside them, measured in the
  same run, an empty ctypes call (csisms_rule_count) and the bare ctypes
  call of csisms_evaluate: the ratio to the empty call is what stays
  comparable when the machine is loaded.

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

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", default=os.path.join(TOP, "lib", ".libs", "libcsisms.so"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--binding", default=os.path.join(TOP, "bindings", "python"),
                        help="directory holding the csisms package (to compare versions)")
    args = parser.parse_args()
    os.environ["CSISMS_LIBRARY"] = args.library
    sys.path.insert(0, args.binding)
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

    # evaluate(): per-call time beside an empty ctypes call (csisms_rule_count,
    # no arguments) measured in the same run, so that the ratio says how the
    # binding compares with ctypes itself whatever the machine's load. The
    # measurements are interleaved: each repeat runs every case once.
    d = datetime.date
    base = d(2024, 1, 1).toordinal()

    def facts_of(i: int) -> dict:
        kw = dict(today=d(2026, 3, 1), valid_until=d.fromordinal(base + 3 * 365 + i % 900),
                  surveillance_latest=d.fromordinal(base + 365 + i % 200))
        if i % 4 == 0:
            kw["suspended_on"] = d.fromordinal(base + 600 + i % 100)
        return kw

    varied = [facts_of(i) for i in range(1024)]  # a register's spread of dates
    # Dates the cache never holds: 16384 distinct ones cycled through a cache of 8192.
    cold = [dict(today=d(2026, 3, 1), valid_until=d.fromordinal(base + 1100 + i),
                 surveillance_latest=d.fromordinal(base + 9300 + i)) for i in range(16384)]
    same = dict(today=d(2026, 3, 1), valid_until=d(2027, 10, 21), surveillance_latest=d(2026, 10, 22))
    from csisms._native import CFacts, CVerdict
    f, v = CFacts(today=20260301, valid_until=20271021, surveillance_latest=20261022), CVerdict()
    lib = csisms._lib
    ev = csisms.evaluate
    calls = args.calls

    def loop_varied() -> None:
        for i in range(calls):
            ev(**varied[i & 1023])

    def loop_cold() -> None:
        for i in range(calls):
            ev(**cold[i & 16383])

    def loop_same() -> None:
        for _ in range(calls):
            ev(**same)

    def loop_empty_ctypes() -> None:
        fn = lib.csisms_rule_count
        for _ in range(calls):
            fn()

    def loop_bare_evaluate() -> None:
        fn = lib.csisms_evaluate
        for _ in range(calls):
            fn(f, v)

    def loop_harness() -> None:
        for i in range(calls):
            varied[i & 1023]

    cases = {"varied": loop_varied, "cold": loop_cold, "same": loop_same, "empty": loop_empty_ctypes,
             "bare": loop_bare_evaluate, "harness": loop_harness}
    best = {name: float("inf") for name in cases}
    for _ in range(args.repeat):
        for name, loop in cases.items():
            t0 = time.perf_counter()
            loop()
            best[name] = min(best[name], time.perf_counter() - t0)
    us = {name: (t - best["harness"]) / calls * 1e6 for name, t in best.items()}
    print(f"evaluate: {us['varied']:.2f} us per call over 1024 varied certificates (target <= 3.00), "
          f"{us['same']:.2f} us for one certificate repeated, {us['cold']:.2f} us with dates never seen before")
    print(f"  empty ctypes call (csisms_rule_count) {us['empty']:.2f} us, bare ctypes csisms_evaluate "
          f"{us['bare']:.2f} us; evaluate / empty ctypes call = {us['varied'] / us['empty']:.1f} "
          f"(same {us['same'] / us['empty']:.1f}, cold {us['cold'] / us['empty']:.1f}); "
          f"loop {best['harness'] / calls * 1e6:.2f} us subtracted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
