"""InterpreterPoolExecutor(2).map against a plain loop, for bench/interpreters (run by krait).

The same CPU-bound function over the same inputs: first in a loop in this interpreter, then
through an InterpreterPoolExecutor of two worker interpreters (each task pickled to a worker and
its result pickled back). Both are warmed up first; the median of the rounds is reported.
"""

import time
from concurrent.futures import InterpreterPoolExecutor


def work(n):
    total = 0
    for i in range(n):
        total += (i * i) % 7
    return total


def main(rounds=5, tasks=40, size=600000):
    inputs = [size + i for i in range(tasks)]
    with InterpreterPoolExecutor(2) as pool:
        expected = [work(n) for n in inputs]
        assert list(pool.map(work, inputs)) == expected
        ratios = []
        for r in range(rounds):
            start, cpu = time.perf_counter(), time.process_time()
            loop = [work(n) for n in inputs]
            loop_time, loop_cpu = time.perf_counter() - start, time.process_time() - cpu
            start, cpu = time.perf_counter(), time.process_time()
            pooled = list(pool.map(work, inputs))
            pool_time, pool_cpu = time.perf_counter() - start, time.process_time() - cpu
            assert pooled == loop
            ratios.append(loop_time / pool_time)
            # CPU seconds of the whole JVM (its compiler and collector included): how much more
            # work the pool's pickling and hand-offs cost, whatever the machine's load.
            print("round %d: plain loop %.2f s (%.2f CPU s), InterpreterPoolExecutor(2).map %.2f s (%.2f CPU s),"
                  " speed-up %.2fx" % (r + 1, loop_time, loop_cpu, pool_time, pool_cpu, ratios[-1]))
    print("median speed-up of InterpreterPoolExecutor(2).map over a plain loop: %.2fx" % sorted(ratios)[len(ratios) // 2])


if __name__ == "__main__":
    main()
