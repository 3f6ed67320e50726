"""A subset of multiprocessing over Krait's parallel interpreters (Krait's own).

There are no processes: Pool runs its tasks in a pool of interpreters of this JVM, which run in
parallel on separate cores, and objects cross between them by pickling, as they cross between
CPython's processes. Functions given to a Pool must be picklable (module-level functions of an
importable module or of the main script, which each worker runs once as __mp_main__: guard the
script's work with ``if __name__ == "__main__":``). Provided: Pool, cpu_count, TimeoutError.
"""

import os

from multiprocessing.pool import Pool, TimeoutError

__all__ = ["Pool", "cpu_count", "TimeoutError"]


def cpu_count():
    """The number of CPUs of the machine (as the JVM sees them)."""
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError("cannot determine number of cpus")
    return n
