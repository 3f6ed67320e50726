"""CPython's side of ParseBench: times ast.parse over the files listed in LIST_FILE.

Usage: python3 parse_bench.py LIST_FILE PASSES

Reads every file into memory first, makes one warm-up pass, then PASSES timed passes, each
calling compile(source, path, 'exec', ast.PyCF_ONLY_AST) (what ast.parse does) on every file.
Prints one line: "<median seconds> <best seconds> <files rejected with SyntaxError>".
"""
import ast
import statistics
import sys
import time


def one_pass(sources):
    rejected = 0
    for path, source in sources:
        try:
            compile(source, path, "exec", ast.PyCF_ONLY_AST)
        except SyntaxError:
            rejected += 1
    return rejected


def main():
    with open(sys.argv[1], encoding="utf-8") as listing:
        paths = listing.read().splitlines()
    passes = int(sys.argv[2])
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    rejected = one_pass(sources)
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        one_pass(sources)
        times.append(time.perf_counter() - start)
    print("%.6f %.6f %d" % (statistics.median(times), min(times), rejected))


if __name__ == "__main__":
    main()
