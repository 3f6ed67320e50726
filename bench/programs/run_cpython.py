#!/usr/bin/env python3
"""Run the benchmark protocol of this directory on the running Python (CPython baseline).

For each program: import it, time the first call of `run()`, then call `run()` again
`--iterations` times and report the median of those warm calls; every call must return the same
checksum. Prints one table row per program.

Usage: python3 bench/programs/run_cpython.py [--iterations N] [program ...]
"""
import argparse
import importlib.util
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = ["fib", "nqueens", "fannkuch", "spectral_norm", "nbody", "richards",
            "float_bench", "dict_str", "generators", "classes"]


def load(name):
    """Import bench/programs/<name>.py as a fresh module."""
    spec = importlib.util.spec_from_file_location("bench_" + name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(name, iterations):
    """(first-call seconds, median warm seconds, checksum) for one program."""
    run = load(name).run
    t0 = time.perf_counter()
    checksum = run()
    first = time.perf_counter() - t0
    warm = []
    for _ in range(iterations):
        t0 = time.perf_counter()
        value = run()
        warm.append(time.perf_counter() - t0)
        if value != checksum:
            raise SystemExit(f"{name}: checksum changed between iterations: {checksum!r} != {value!r}")
    return first, statistics.median(warm), checksum


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iterations", type=int, default=5, help="warm iterations (default 5)")
    ap.add_argument("programs", nargs="*", default=PROGRAMS)
    args = ap.parse_args()
    impl = f"{sys.implementation.name} {sys.version.split()[0]}"
    print(f"{'program':<15}{'first (s)':>11}{'warm (s)':>11}  checksum   [{impl}, {args.iterations} warm]")
    for name in args.programs:
        first, warm, checksum = measure(name, args.iterations)
        print(f"{name:<15}{first:>11.3f}{warm:>11.3f}  {checksum!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
