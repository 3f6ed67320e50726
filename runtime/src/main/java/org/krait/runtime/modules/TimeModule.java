package org.krait.runtime.modules;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.io.Errno;
import org.krait.runtime.io.OsErrors;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySimpleNamespace;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;

/**
 * The {@code time} module: the clocks (wall, monotonic, process and thread CPU time) from the
 * JVM, {@code sleep}, and the conversions between seconds since the Epoch, {@code struct_time}
 * and text, with CPython 3.11's messages on Linux. CPython: Modules/timemodule.c. The local
 * zone is the JVM's default ({@link LocalZone}); {@code strftime} is glibc's in the C locale
 * ({@link Strftime}), {@code strptime} Krait's own ({@link Strptime}) where CPython calls the
 * Python module {@code _strptime}. Not offered: {@code pthread_getcpuclockid}; the clocks cannot
 * be set ({@code clock_settime} fails with EPERM).
 */
public final class TimeModule {

    private TimeModule() {
    }

    /** Linux's clock ids; 10 is unused and the coarse clocks tick with the kernel's jiffies. */
    private static final String[] CLOCK_NAMES = {"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID",
        "CLOCK_THREAD_CPUTIME_ID", "CLOCK_MONOTONIC_RAW", "CLOCK_BOOTTIME", "CLOCK_TAI"};
    private static final int[] CLOCK_IDS = {0, 1, 2, 3, 4, 7, 11};
    private static final int REALTIME = 0;
    private static final int MONOTONIC = 1;
    private static final int PROCESS_CPUTIME = 2;
    private static final int THREAD_CPUTIME = 3;
    private static final int EOVERFLOW = 75;
    private static final int EPERM = 1;

    /** Made on the first reading of a CPU-time clock, so that {@code import time} does not start java.management. */
    private static final class Threads {
        static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
    }

    public static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("time", d);
        PyStr doc = PyStr.of("Clocks, sleeping, and conversions between seconds since the Epoch, "
                + "struct_time and text.");
        d.setItem("__doc__", doc);
        doc.decref();
        clock(d, "time", REALTIME);
        clock(d, "monotonic", MONOTONIC);
        clock(d, "perf_counter", MONOTONIC);
        clock(d, "process_time", PROCESS_CPUTIME);
        clock(d, "thread_time", THREAD_CPUTIME);
        define(d, "sleep", ArgSpec.ONE, (s, a, kw) -> {
            sleep(timeoutNanos(a[0]));
            return PyNoneType.NONE;
        });
        define(d, "gmtime", (s, a, kw) -> {
            long t = secondsArg("gmtime", a, kw);
            return StructTime.of(overflowChecked(BrokenDownTime.utc(t)));
        });
        define(d, "localtime", (s, a, kw) -> {
            long t = secondsArg("localtime", a, kw);
            return StructTime.of(overflowChecked(LocalZone.current().local(t)));
        });
        define(d, "ctime", (s, a, kw) -> {
            long t = secondsArg("ctime", a, kw);
            return PyStr.of(asctime(overflowChecked(LocalZone.current().local(t))));
        });
        define(d, "asctime", (s, a, kw) -> {
            noKeywords("asctime", kw);
            a = ArgSpec.positional(0, 1).bind("asctime", null, a, null);
            return PyStr.of(asctime(checkedTuple(a.length == 0 ? null : a[0], "asctime")));
        });
        define(d, "mktime", ArgSpec.ONE, (s, a, kw) -> {
            BrokenDownTime t = StructTime.fromTuple(a[0], "mktime");
            return new PyFloat(LocalZone.current().toSeconds(t));
        });
        define(d, "strftime", (s, a, kw) -> {
            a = tupleArgs("strftime", a, kw, 1, 2);
            if (!(a[0] instanceof PyStr)) {
                throw PythonException.typeError("strftime() argument 1 must be str, not " + a[0].type().name());
            }
            String format = a[0].toString();
            BrokenDownTime t = checkedTuple(a.length < 2 ? null : a[1], "strftime");
            if (format.indexOf('\0') >= 0) {
                throw PythonException.valueError("embedded null character");
            }
            t.isdst = Math.max(-1, Math.min(1, t.isdst));
            return PyStr.of(Strftime.format(format, t, LocalZone.current()));
        });
        define(d, "strptime", (s, a, kw) -> {
            noKeywords("strptime", kw);
            return Strptime.strptime(a, LocalZone.current());
        });
        define(d, "get_clock_info", (s, a, kw) -> {
            a = tupleArgs("get_clock_info", a, kw, 1, 1);
            return clockInfo(cString(a[0], "get_clock_info"));
        });
        define(d, "clock_gettime", (s, a, kw) -> {
            long ns = clockNanos(clockId("clock_gettime", a, kw));
            return new PyFloat(ns / 1_000_000_000L + ns % 1_000_000_000L * 1e-9);
        });
        define(d, "clock_gettime_ns", (s, a, kw) -> PyInt.of(clockNanos(clockId("clock_gettime", a, kw))));
        define(d, "clock_getres", (s, a, kw) -> {
            clockNanos(clockId("clock_getres", a, kw));
            return new PyFloat(1e-9);
        });
        define(d, "clock_settime", (s, a, kw) -> clockSettime(a, kw));
        define(d, "clock_settime_ns", (s, a, kw) -> clockSettime(a, kw));
        define(d, "tzset", ArgSpec.NOARGS, (s, a, kw) -> {
            setZone(d);
            return PyNoneType.NONE;
        });
        for (int i = 0; i < CLOCK_NAMES.length; i++) {
            PyInt v = PyInt.of(CLOCK_IDS[i]);
            d.setItem(CLOCK_NAMES[i], v);
            v.decref();
        }
        PyInt items = PyInt.of(StructTime.SPEC.fieldCount());
        d.setItem("_STRUCT_TM_ITEMS", items);
        items.decref();
        d.setItem("struct_time", StructTime.SPEC.type());
        setZone(d);
        m.adoptFunctions();
        d.decref();
        return m;
    }

    /** {@code name()} as a float of seconds and {@code name_ns()} as an int of nanoseconds. */
    private static void clock(PyDict d, String name, int clockId) {
        define(d, name, ArgSpec.NOARGS, (s, a, kw) -> new PyFloat(clockNanos(clockId) / 1e9));
        define(d, name + "_ns", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(clockNanos(clockId)));
    }

    /** The reading of a Linux clock in nanoseconds, from the JVM's nearest equivalent; an unknown clock is EINVAL. */
    private static long clockNanos(int clockId) {
        switch (clockId) {
            case 0: case 5: case 8: case 11:
                Instant now = Instant.now();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            case 1: case 4: case 6: case 7: case 9:
                return System.nanoTime();
            case 2:
                return processCpuNanos();
            case 3:
                return Threads.BEAN.isCurrentThreadCpuTimeSupported() ? Threads.BEAN.getCurrentThreadCpuTime() : processCpuNanos();
            default:
                throw OsErrors.of(Errno.EINVAL, null);
        }
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            long t = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static int clockId(String fn, PyObject[] a, String[] kw) {
        return StructTime.cInt(tupleArgs(fn, a, kw, 1, 1)[0]);
    }

    /** The JVM cannot set the system's clocks: the arguments are checked, then EPERM as for an unprivileged process. */
    private static PyObject clockSettime(PyObject[] a, String[] kw) {
        StructTime.cInt(tupleArgs("clock_settime", a, kw, 2, 2)[0]);
        throw OsErrors.of(EPERM, null);
    }

    /** {@code get_clock_info(name)}: what stands behind each clock, in CPython's words for Linux. */
    private static PyObject clockInfo(String name) {
        String impl;
        boolean monotonic = true;
        boolean adjustable = false;
        switch (name) {
            case "time":
                impl = "clock_gettime(CLOCK_REALTIME)";
                monotonic = false;
                adjustable = true;
                break;
            case "monotonic":
            case "perf_counter":
                impl = "clock_gettime(CLOCK_MONOTONIC)";
                break;
            case "process_time":
                impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                break;
            case "thread_time":
                impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                break;
            default:
                throw PythonException.valueError("unknown clock");
        }
        PyObject[] values = {PyStr.of(impl), PyBool.of(monotonic), PyBool.of(adjustable), new PyFloat(1e-9)};
        PyObject ns = PySimpleNamespace.of(new String[] {"implementation", "monotonic", "adjustable", "resolution"}, values);
        for (PyObject v : values) {
            v.decref();
        }
        return ns;
    }

    /** A {@code "s"} argument: a str without NUL. */
    private static String cString(PyObject o, String fn) {
        if (!(o instanceof PyStr)) {
            throw PythonException.typeError(fn + "() argument 1 must be str, not " + o.type().name());
        }
        String s = o.toString();
        if (s.indexOf('\0') >= 0) {
            throw PythonException.valueError("embedded null character");
        }
        return s;
    }

    /** {@code timezone}, {@code altzone}, {@code daylight} and {@code tzname} of the zone now . */
    private static void setZone(PyDict d) {
        LocalZone.Facts zone = LocalZone.current().facts();
        PyObject[] values = {PyInt.of(zone.timezone), PyInt.of(zone.altzone), PyInt.of(zone.daylight ? 1 : 0)};
        String[] names = {"timezone", "altzone", "daylight"};
        for (int i = 0; i < names.length; i++) {
            d.setItem(names[i], values[i]);
            values[i].decref();
        }
        String[] tzname = zone.tzname;
        PyStr std = PyStr.of(tzname[0]);
        PyStr dst = PyStr.of(tzname[1]);
        PyTuple t = PyTuple.of(std, dst);
        std.decref();
        dst.decref();
        d.setItem("tzname", t);
        t.decref();
    }

    /** A function parsing its arguments as {@code PyArg_ParseTuple} does: positional only, unqualified messages. */
    private static PyObject[] tupleArgs(String fn, PyObject[] a, String[] kw, int min, int max) {
        noKeywords(fn, kw);
        return ArgSpec.tuple(min, max).bind(fn, null, a, null);
    }

    private static void noKeywords(String fn, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PythonException.typeError(fn + "() takes no keyword arguments");
        }
    }

    /** The optional seconds of gmtime, localtime and ctime: absent or None is now. */
    private static long secondsArg(String fn, PyObject[] a, String[] kw) {
        a = tupleArgs(fn, a, kw, 0, 1);
        if (a.length == 0 || a[0] == PyNoneType.NONE) {
            return Instant.now().getEpochSecond();
        }
        return toTimeT(a[0]);
    }

    /** {@code _PyTime_ObjectToTime_t} rounding down: a float or an integer as a C {@code time_t}. */
    static long toTimeT(PyObject o) {
        if (o instanceof PyFloat) {
            double d = ((PyFloat) o).value();
            if (Double.isNaN(d)) {
                throw PythonException.valueError("Invalid value NaN (not a number)");
            }
            d = Math.floor(d);
            if (!(d >= -0x1p63 && d < 0x1p63)) {
                throw PythonException.overflow("timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        try {
            return StructTime.cLong(o);
        } catch (PythonException e) {
            if (e.matches(ExceptionTypes.OVERFLOW_ERROR)) {
                throw PythonException.overflow("timestamp out of range for platform time_t");
            }
            throw e;
        }
    }

    /** {@code _PyTime_FromSecondsObject} rounding away from zero, as sleep's timeout: nanoseconds. */
    private static long timeoutNanos(PyObject o) {
        long ns;
        if (o instanceof PyFloat) {
            double d = ((PyFloat) o).value();
            if (Double.isNaN(d)) {
                throw PythonException.valueError("Invalid value NaN (not a number)");
            }
            d *= 1e9;
            d = d >= 0 ? Math.ceil(d) : Math.floor(d);
            if (!(d >= -0x1p63 && d < 0x1p63)) {
                throw PythonException.overflow("timestamp out of range for platform time_t");
            }
            ns = (long) d;
        } else {
            try {
                ns = Math.multiplyExact(StructTime.cLong(o), 1_000_000_000L);
            } catch (ArithmeticException | PythonException e) {
                if (e instanceof PythonException && !((PythonException) e).matches(ExceptionTypes.OVERFLOW_ERROR)) {
                    throw (PythonException) e;
                }
                throw PythonException.overflow("timestamp too large to convert to C _PyTime_t");
            }
        }
        if (ns < 0) {
            throw PythonException.valueError("sleep length must be non-negative");
        }
        return ns;
    }

    /**
     * Sleeps {@code ns} nanoseconds without the GIL. An interrupt of the thread (the krait
     * command's SIGINT, {@code Thread.interrupt()}) ends the sleep with KeyboardInterrupt, as
     * python3's default SIGINT handler does.
     */
    private static void sleep(long ns) {
        org.krait.runtime.interpreter.ThreadState.waitUnlocked(() -> {
            long deadline = System.nanoTime() + ns;
            long left = ns;
            while (left > 0) {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
                left = deadline - System.nanoTime();
            }
            return null;
        });
    }

    private static BrokenDownTime overflowChecked(BrokenDownTime t) {
        if (t == null) {
            throw OsErrors.of(EOVERFLOW, null);
        }
        return t;
    }

    /** A time tuple argument checked for strftime and asctime; absent is the local time now. */
    private static BrokenDownTime checkedTuple(PyObject arg, String fn) {
        if (arg == null) {
            return overflowChecked(LocalZone.current().local(Instant.now().getEpochSecond()));
        }
        BrokenDownTime t = StructTime.fromTuple(arg, fn);
        StructTime.check(t);
        return t;
    }

    /** {@code Sun Jun  6 16:26:11 1998}, the fixed C-locale form of asctime and ctime. */
    static String asctime(BrokenDownTime t) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", Strftime.weekdayAbbreviation(t.wday),
                Strftime.monthAbbreviation(t.mon), t.mday, t.hour, t.min, t.sec, t.year);
    }
}
