package org.krait.runtime.objects;

import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * {@code list.sort}'s algorithm as CPython 3.11 runs it (Objects/listobject.c and listsort.txt):
 * an adaptive, stable, natural merge sort that finds runs (strictly descending ones reversed),
 * extends short ones to {@code minrun} by binary insertion, merges them by the "powersort" policy,
 * and gallops when one run keeps winning. Only {@code <} is asked, and in the same order as
 * CPython asks it, so a comparison with side effects, an inconsistent one, or one that raises
 * midway leaves the same trace and the same (partly sorted) list as there.
 *
 * <p>{@code keys} are compared; {@code values}, when not null, move with them (the items, when a
 * key function made the keys). An exception from {@code <} propagates with both arrays a
 * permutation of what they held, as in CPython.
 */
final class ListSort {

    /** How many consecutive wins of one run start galloping. */
    private static final int MIN_GALLOP = 7;

    private final PyObject[] keys;
    private final PyObject[] values;
    private final int length;
    private int minGallop = MIN_GALLOP;
    /** Merge scratch space, grown as needed. */
    private PyObject[] tempKeys = new PyObject[0];
    private PyObject[] tempValues;
    /** The stack of pending runs: where each starts, its length and its powersort power. */
    private final int[] runBase = new int[64];
    private final int[] runLength = new int[64];
    private final int[] runPower = new int[64];
    private int runs;

    private ListSort(PyObject[] keys, PyObject[] values, int length) {
        this.keys = keys;
        this.values = values;
        this.length = length;
        this.tempValues = values == null ? null : new PyObject[0];
    }

    /** Sorts the first {@code length} entries of {@code keys}, moving {@code values} (or null) with them. */
    static void sort(PyObject[] keys, PyObject[] values, int length) {
        if (length < 2) {
            return;
        }
        new ListSort(keys, values, length).run();
    }

    private void run() {
        int lo = 0;
        int remaining = length;
        int minRun = minRun(remaining);
        do {
            int n = countRun(lo, lo + remaining);
            if (n < 0) {
                n = -n;
                reverse(lo, lo + n);
            }
            if (n < minRun) {
                int force = Math.min(remaining, minRun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[runs] = lo;
            runLength[runs] = n;
            runs++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLength[i - 1] < runLength[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    /** {@code a < b}, without a call for two exact floats, ints or strs. */
    private static boolean lt(PyObject a, PyObject b) {
        PyType t = a.type();
        if (t == b.type()) {
            if (t == PyFloat.TYPE) {
                return ((PyFloat) a).value() < ((PyFloat) b).value();
            }
            if (t == PyInt.TYPE && ((PyInt) a).isLong() && ((PyInt) b).isLong()) {
                return ((PyInt) a).longValue() < ((PyInt) b).longValue();
            }
            if (t == PyStr.TYPE) {
                return ((PyStr) a).compareTo((PyStr) b) < 0;
            }
        }
        return ObjectOps.compareBool(a, b, ObjectOps.LT);
    }

    /** The minimum run length for {@code n} items: {@code n} below 64, else between 32 and 64. */
    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /**
     * The length of the run starting at {@code lo}: non-descending, or strictly descending (then
     * negated, so the caller reverses it).
     */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        if (lt(keys[lo + 1], keys[lo])) {
            for (int i = lo + 2; i < hi && lt(keys[i], keys[i - 1]); i++) {
                n++;
            }
            return -n;
        }
        for (int i = lo + 2; i < hi && !lt(keys[i], keys[i - 1]); i++) {
            n++;
        }
        return n;
    }

    private void reverse(int lo, int hi) {
        reverse(keys, lo, hi);
        if (values != null) {
            reverse(values, lo, hi);
        }
    }

    static void reverse(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Binary insertion of {@code [start, hi)} into the sorted {@code [lo, start)}. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            PyObject pivot = keys[start];
            int l = lo;
            int r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    /** Merges the pending runs whose power exceeds that of the run before the new one of length {@code n2}. */
    private void foundNewRun(int n2) {
        if (runs == 0) {
            return;
        }
        int power = power(runBase[runs - 1], runLength[runs - 1], n2, length);
        while (runs > 1 && runPower[runs - 2] > power) {
            mergeAt(runs - 2);
        }
        runPower[runs - 1] = power;
    }

    /**
     * The depth, in the conceptual binary merge tree of powersort, of the boundary between a run
     * at {@code s1} of length {@code n1} and the next of length {@code n2}, in a list of {@code n}:
     * the first bit where the midpoints' positions, as fractions of {@code n}, differ.
     */
    private static int power(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** Merges the runs at stack positions {@code i} and {@code i + 1}. */
    private void mergeAt(int i) {
        int a = runBase[i];
        int na = runLength[i];
        int b = runBase[i + 1];
        int nb = runLength[i + 1];
        runLength[i] = na + nb;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        // What of run a is already before all of b, and what of b already after all of a, stays.
        int k = gallopRight(keys[b], keys, a, na, 0);
        a += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[a + na - 1], keys, b, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(a, na, b, nb);
        } else {
            mergeHi(a, na, b, nb);
        }
    }

    /**
     * Where {@code key} goes in the sorted {@code a[base, base + n)}: before the leftmost equal
     * item, searched from {@code hint} outwards by doubling steps, then by bisection.
     */
    private static int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxOfs = n - hint;
            while (ofs < maxOfs) {
                if (lt(a[base + hint + ofs], key)) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs) {
                if (lt(a[base + hint - ofs], key)) {
                    break;
                }
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** As {@link #gallopLeft}, but after the rightmost item equal to {@code key}. */
    private static int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs) {
                if (lt(key, a[base + hint - ofs])) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        } else {
            int maxOfs = n - hint;
            while (ofs < maxOfs) {
                if (lt(key, a[base + hint + ofs])) {
                    break;
                }
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTemp(int need) {
        if (tempKeys.length < need) {
            tempKeys = new PyObject[need];
            if (values != null) {
                tempValues = new PyObject[need];
            }
        }
    }

    private void copy(PyObject[] fromKeys, PyObject[] fromValues, int from, PyObject[] toKeys, PyObject[] toValues,
            int to, int n) {
        System.arraycopy(fromKeys, from, toKeys, to, n);
        if (values != null) {
            System.arraycopy(fromValues, from, toValues, to, n);
        }
    }

    /**
     * Merges run a (copied to the scratch space) with run b after it, from the left; a is the
     * shorter, and its last item belongs at the end. Whatever happens, nothing is lost: the
     * scratch space's rest goes back in place.
     */
    private void mergeLo(int a, int na, int b, int nb) {
        ensureTemp(na);
        copy(keys, values, a, tempKeys, tempValues, 0, na);
        int dest = a;
        int pa = 0;
        int pb = b;
        boolean copyB = false;
        try {
            keys[dest] = keys[pb];
            if (values != null) {
                values[dest] = values[pb];
            }
            dest++;
            pb++;
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyB = true;
                return;
            }
            int gallop = minGallop;
            outer:
            for (;;) {
                int aCount = 0;
                int bCount = 0;
                for (;;) {
                    if (lt(keys[pb], tempKeys[pa])) {
                        moveFromMain(dest++, pb++);
                        bCount++;
                        aCount = 0;
                        if (--nb == 0) {
                            return;
                        }
                        if (bCount >= gallop) {
                            break;
                        }
                    } else {
                        moveFromTemp(dest++, pa++);
                        aCount++;
                        bCount = 0;
                        if (--na == 1) {
                            copyB = true;
                            return;
                        }
                        if (aCount >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    int k = gallopRight(keys[pb], tempKeys, pa, na, 0);
                    aCount = k;
                    if (k != 0) {
                        copy(tempKeys, tempValues, pa, keys, values, dest, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if (na == 1) {
                            copyB = true;
                            return;
                        }
                        // Only an inconsistent comparison empties a here.
                        if (na == 0) {
                            return;
                        }
                    }
                    moveFromMain(dest++, pb++);
                    if (--nb == 0) {
                        return;
                    }
                    k = gallopLeft(tempKeys[pa], keys, pb, nb, 0);
                    bCount = k;
                    if (k != 0) {
                        copy(keys, values, pb, keys, values, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) {
                            return;
                        }
                    }
                    moveFromTemp(dest++, pa++);
                    if (--na == 1) {
                        copyB = true;
                        return;
                    }
                } while (aCount >= MIN_GALLOP || bCount >= MIN_GALLOP);
                gallop++;
                minGallop = gallop;
                continue outer;
            }
        } finally {
            if (copyB) {
                // a's last item belongs after what is left of b.
                copy(keys, values, pb, keys, values, dest, nb);
                keys[dest + nb] = tempKeys[pa];
                if (values != null) {
                    values[dest + nb] = tempValues[pa];
                }
            } else if (na > 0) {
                copy(tempKeys, tempValues, pa, keys, values, dest, na);
            }
        }
    }

    /**
     * Merges run a with run b (copied to the scratch space) from the right; b is the shorter, and
     * a's first item belongs at the start.
     */
    private void mergeHi(int a, int na, int b, int nb) {
        ensureTemp(nb);
        copy(keys, values, b, tempKeys, tempValues, 0, nb);
        int dest = b + nb - 1;
        int pa = a + na - 1;
        int pb = nb - 1;
        boolean copyA = false;
        try {
            moveFromMain(dest--, pa--);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyA = true;
                return;
            }
            int gallop = minGallop;
            outer:
            for (;;) {
                int aCount = 0;
                int bCount = 0;
                for (;;) {
                    if (lt(tempKeys[pb], keys[pa])) {
                        moveFromMain(dest--, pa--);
                        aCount++;
                        bCount = 0;
                        if (--na == 0) {
                            return;
                        }
                        if (aCount >= gallop) {
                            break;
                        }
                    } else {
                        moveFromTemp(dest--, pb--);
                        bCount++;
                        aCount = 0;
                        if (--nb == 1) {
                            copyA = true;
                            return;
                        }
                        if (bCount >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    int k = na - gallopRight(tempKeys[pb], keys, a, na, na - 1);
                    aCount = k;
                    if (k != 0) {
                        dest -= k;
                        pa -= k;
                        copy(keys, values, pa + 1, keys, values, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            return;
                        }
                    }
                    moveFromTemp(dest--, pb--);
                    if (--nb == 1) {
                        copyA = true;
                        return;
                    }
                    k = nb - gallopLeft(keys[pa], tempKeys, 0, nb, nb - 1);
                    bCount = k;
                    if (k != 0) {
                        dest -= k;
                        pb -= k;
                        copy(tempKeys, tempValues, pb + 1, keys, values, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA = true;
                            return;
                        }
                        // Only an inconsistent comparison empties b here.
                        if (nb == 0) {
                            return;
                        }
                    }
                    moveFromMain(dest--, pa--);
                    if (--na == 0) {
                        return;
                    }
                } while (aCount >= MIN_GALLOP || bCount >= MIN_GALLOP);
                gallop++;
                minGallop = gallop;
                continue outer;
            }
        } finally {
            if (copyA) {
                // b's first item belongs before what is left of a.
                dest -= na;
                pa -= na;
                copy(keys, values, pa + 1, keys, values, dest + 1, na);
                keys[dest] = tempKeys[pb];
                if (values != null) {
                    values[dest] = tempValues[pb];
                }
            } else if (nb > 0) {
                copy(tempKeys, tempValues, 0, keys, values, dest - (nb - 1), nb);
            }
        }
    }

    private void moveFromMain(int to, int from) {
        keys[to] = keys[from];
        if (values != null) {
            values[to] = values[from];
        }
    }

    private void moveFromTemp(int to, int from) {
        keys[to] = tempKeys[from];
        if (values != null) {
            values[to] = tempValues[from];
        }
    }
}
