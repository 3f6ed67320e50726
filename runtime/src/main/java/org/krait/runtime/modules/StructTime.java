package org.krait.runtime.modules;

import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyStructSequence;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;

/**
 * {@code time.struct_time}, a {@link PyStructSequence} of nine visible fields with
 * {@code tm_zone} and {@code tm_gmtoff} reachable only as attributes; and the conversions between
 * it (or any 9-tuple) and a {@link BrokenDownTime}, with CPython's checks and messages.
 * CPython: Modules/timemodule.c ({@code tmtotuple}, {@code gettmarg}, {@code checktm}).
 */
final class StructTime {

    static final PyStructSequence.Spec SPEC = PyStructSequence.newType("time.struct_time",
            new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
                "tm_zone", "tm_gmtoff"},
            9, true);

    static {
        SPEC.type().define("__doc__", PyStr.of("A time as gmtime(), localtime() and strptime() give it and asctime(), "
                + "mktime() and strftime() take it: nine integers, the year itself, months and days of the month "
                + "from 1, Monday 0, days of the year from 1, isdst -1, 0 or 1.").immortal());
    }

    private StructTime() {
    }

    /** The struct_time of {@code t}, with Python's origins (month from 1, Monday 0, day of the year from 1). */
    static PyObject of(BrokenDownTime t) {
        PyObject[] v = {PyInt.of(t.year), PyInt.of(t.mon + 1), PyInt.of(t.mday), PyInt.of(t.hour), PyInt.of(t.min),
            PyInt.of(t.sec), PyInt.of((t.wday + 6) % 7), PyInt.of(t.yday + 1), PyInt.of(t.isdst),
            t.zone == null ? PyNoneType.NONE : PyStr.of(t.zone), PyInt.of(t.gmtoff)};
        return make(v);
    }

    /** A struct_time of owned values {@code v}, which it consumes. */
    static PyObject make(PyObject[] v) {
        PyObject r = PyStructSequence.of(SPEC, v);
        for (PyObject o : v) {
            o.decref();
        }
        return r;
    }

    /**
     * {@code gettmarg}: a tuple or struct_time of nine C ints as a {@link BrokenDownTime}; a tuple
     * of another length is TypeError {@code "<fn>(): illegal time tuple argument"}. The zone and
     * offset of a struct_time come along.
     */
    static BrokenDownTime fromTuple(PyObject arg, String fn) {
        if (!(arg instanceof PyTuple)) {
            throw PythonException.typeError("Tuple or struct_time argument required");
        }
        PyTuple tuple = (PyTuple) arg;
        if (tuple.size() != 9) {
            throw PythonException.typeError(fn + "(): illegal time tuple argument");
        }
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) {
            f[i] = cInt(tuple.getItem(i));
        }
        if (f[0] < Integer.MIN_VALUE + 1900) {
            throw PythonException.overflow("year out of range");
        }
        BrokenDownTime t = new BrokenDownTime();
        t.year = f[0];
        t.mon = f[1] - 1;
        t.mday = f[2];
        t.hour = f[3];
        t.min = f[4];
        t.sec = f[5];
        t.wday = (f[6] + 1) % 7;
        t.yday = f[7] - 1;
        t.isdst = f[8];
        if (arg.type() == SPEC.type()) {
            PyStructSequence st = (PyStructSequence) arg;
            PyObject zone = st.field(9);
            if (zone != PyNoneType.NONE) {
                if (!(zone instanceof PyStr)) {
                    throw PythonException.typeError("bad argument type for built-in operation");
                }
                t.zone = zone.toString();
            }
            PyObject off = st.field(10);
            if (off != PyNoneType.NONE) {
                t.gmtoff = cLong(off);
            }
        }
        return t;
    }

    /**
     * {@code checktm}: the ranges strftime and asctime can index by; a month or day of the month
     * (or of the year) of 0 is taken as the first one.
     */
    static void check(BrokenDownTime t) {
        if (t.mon == -1) {
            t.mon = 0;
        } else if (t.mon < 0 || t.mon > 11) {
            throw PythonException.valueError("month out of range");
        }
        if (t.mday == 0) {
            t.mday = 1;
        } else if (t.mday < 0 || t.mday > 31) {
            throw PythonException.valueError("day of month out of range");
        }
        if (t.hour < 0 || t.hour > 23) {
            throw PythonException.valueError("hour out of range");
        }
        if (t.min < 0 || t.min > 59) {
            throw PythonException.valueError("minute out of range");
        }
        if (t.sec < 0 || t.sec > 61) {
            throw PythonException.valueError("seconds out of range");
        }
        if (t.wday < 0) {
            throw PythonException.valueError("day of week out of range");
        }
        if (t.yday == -1) {
            t.yday = 0;
        } else if (t.yday < 0 || t.yday > 365) {
            throw PythonException.valueError("day of year out of range");
        }
    }

    /** A C {@code long} argument ({@code PyLong_AsLong}). */
    static long cLong(PyObject o) {
        PyInt i = NumberOps.index(o);
        try {
            if (!i.isLong()) {
                throw PythonException.overflow("Python int too large to convert to C long");
            }
            return i.longValue();
        } finally {
            if (i != o) {
                i.decref();
            }
        }
    }

    /** A C {@code int} argument (the {@code "i"} format of {@code PyArg_ParseTuple}). */
    static int cInt(PyObject o) {
        long v = cLong(o);
        if (v > Integer.MAX_VALUE) {
            throw PythonException.overflow("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw PythonException.overflow("signed integer is less than minimum");
        }
        return (int) v;
    }
}
