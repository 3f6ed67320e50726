"""CPython half of bench/run-programs: the protocol of bench/programs/README.md, machine-readable.

Usage: python3 programs_cpython.py DIRECTORY ITERATIONS CLOCK PROGRAM...

CLOCK is "wall" (time.perf_counter) or "cpu" (time.thread_time: this thread's CPU time).

For each program: load DIRECTORY/PROGRAM.py as a module named bench_PROGRAM (so its __main__
block does not run), time the first call of run(), then ITERATIONS more calls. Prints one line per
program, fields separated by tabs (a repr never contains a raw tab or newline):
    ok <name> <first seconds> <median warm seconds> <1 if a warm checksum differed else 0> <repr>
    error <name> <ExceptionType: message>
"""
import importlib.util
import os
import statistics
import sys
import time


def load(directory, name):
    spec = importlib.util.spec_from_file_location("bench_" + name, os.path.join(directory, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(directory, name, iterations, clock):
    run = load(directory, name).run
    t0 = clock()
    result = run()
    first = clock() - t0
    checksum = repr(result)
    warm = []
    unstable = False
    for _ in range(iterations):
        t0 = clock()
        value = run()
        warm.append(clock() - t0)
        unstable = unstable or repr(value) != checksum
    median = statistics.median(warm) if warm else float("nan")
    return f"ok\t{name}\t{first!r}\t{median!r}\t{int(unstable)}\t{checksum}"


def main(argv):
    directory, iterations, programs = argv[1], int(argv[2]), argv[4:]
    clock = time.thread_time if argv[3] == "cpu" else time.perf_counter
    # Sibling imports resolve next to the programs, as they do when a program is run directly.
    sys.path.insert(0, directory)
    for name in programs:
        try:
            line = measure(directory, name, iterations, clock)
        except Exception as e:
            message = f"{type(e).__name__}: {e}".replace("\t", " ").replace("\n", " ")
            line = f"error\t{name}\t{message}"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
