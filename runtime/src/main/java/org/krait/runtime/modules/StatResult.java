package org.krait.runtime.modules;

import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStructSequence;

/**
 * {@code os.stat_result}, a {@link PyStructSequence} type: the tuple holds the first ten fields (the
 * times as whole seconds, unnamed) and the attributes name all nineteen, the times also as floats
 * and nanoseconds. CPython: Modules/posixmodule.c ({@code stat_result_fields}, {@code statresult_new}).
 */
final class StatResult {

    private static final String U = PyStructSequence.UNNAMED;
    /** Fields 7 to 9 are the int times; 10 to 12 the float ones, which a constructor call may leave out. */
    static final PyStructSequence.Spec SPEC = PyStructSequence.newType("os.stat_result",
            new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", U, U, U, "st_atime",
                "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"},
            10, true, StatResult::defaultTimes);

    private StatResult() {
    }

    /** A stat_result made from a tuple alone has its float times as the int ones, as CPython's. */
    private static void defaultTimes(PyObject[] values) {
        for (int k = 0; k < 3; k++) {
            if (values[10 + k] == null) {
                values[10 + k] = values[7 + k];
            }
        }
    }

    /** The stat_result of these values, {@code times} (access, modification, change) in nanoseconds. */
    static PyObject of(long mode, long ino, long dev, long nlink, long uid, long gid, long size, long[] times,
            long blksize, long blocks, long rdev) {
        PyObject[] all = new PyObject[SPEC.fieldCount()];
        long[] ints = {mode, ino, dev, nlink, uid, gid, size};
        for (int i = 0; i < ints.length; i++) {
            all[i] = PyInt.of(ints[i]);
        }
        for (int k = 0; k < 3; k++) {
            long sec = Math.floorDiv(times[k], 1_000_000_000L);
            long nsec = Math.floorMod(times[k], 1_000_000_000L);
            all[7 + k] = PyInt.of(sec);
            all[10 + k] = new PyFloat(sec + nsec * 1e-9);
            all[13 + k] = PyInt.of(times[k]);
        }
        all[16] = PyInt.of(blksize);
        all[17] = PyInt.of(blocks);
        all[18] = PyInt.of(rdev);
        PyObject r = PyStructSequence.of(SPEC, all);
        for (PyObject o : all) {
            o.decref();
        }
        return r;
    }
}
