package org.krait.runtime.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code _thread.lock} ({@code _thread.LockType}, made by {@code allocate_lock}): a lock any thread
 * may release, not re-entrant. A wait for it gives the GIL up and an interrupt ends it with
 * KeyboardInterrupt. CPython: Modules/_threadmodule.c, {@code lockobject}.
 */
public final class PyLock extends PyObject {

    public static final PyType TYPE = PyType.builtin("_thread.lock", PyType.OBJECT).finalType();

    /** {@code acquire(blocking=True, timeout=-1)}'s parameters. */
    static final ArgSpec ACQUIRE = ArgSpec.keywords(0, "blocking", "timeout");
    /** Wait for ever. */
    static final long FOREVER = -1;
    /** {@code _thread.TIMEOUT_MAX}: CPython's on Linux, the largest wait in microseconds as seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;

    static {
        TYPE.method("acquire", ACQUIRE, (self, a, kw) -> PyBool.of(((PyLock) self).acquire(timeout(a))));
        TYPE.method("acquire_lock", ACQUIRE, (self, a, kw) -> PyBool.of(((PyLock) self).acquire(timeout(a))));
        TYPE.method("__enter__", ACQUIRE, (self, a, kw) -> PyBool.of(((PyLock) self).acquire(timeout(a))));
        TYPE.method("release", ArgSpec.NOARGS, (self, a, kw) -> ((PyLock) self).release());
        TYPE.method("release_lock", ArgSpec.NOARGS, (self, a, kw) -> ((PyLock) self).release());
        TYPE.method("__exit__", ArgSpec.VARARGS, (self, a, kw) -> ((PyLock) self).release());
        TYPE.method("locked", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(((PyLock) self).locked()));
        TYPE.method("locked_lock", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(((PyLock) self).locked()));
        TYPE.method("_at_fork_reinit", ArgSpec.NOARGS, (self, a, kw) -> {
            ((PyLock) self).permit.drainPermits();
            ((PyLock) self).permit.release();
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> PyStr.of("<" + (((PyLock) self).locked() ? "locked" : "unlocked")
                + " _thread.lock object at 0x" + Integer.toHexString(System.identityHashCode(self)) + ">"));
    }

    /** One permit while unlocked. */
    private final Semaphore permit = new Semaphore(1);

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean locked() {
        return permit.availablePermits() == 0;
    }

    /** Takes the lock, waiting at most {@code nanos} ({@link #FOREVER}: no limit; 0: not at all); whether it got it. */
    boolean acquire(long nanos) {
        return acquire(permit, nanos);
    }

    /** Takes {@code permit}, waiting without the GIL when it is not free at once. */
    static boolean acquire(Semaphore permit, long nanos) {
        if (permit.tryAcquire()) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        Boolean got = ThreadState.waitUnlocked(() -> {
            if (nanos < 0) {
                permit.acquire();
                return true;
            }
            return permit.tryAcquire(nanos, TimeUnit.NANOSECONDS);
        });
        return got;
    }

    private PyObject release() {
        if (!locked()) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "release unlocked lock");
        }
        permit.release();
        return PyNoneType.NONE;
    }

    /** Unlocks the lock if it is locked: the end of a thread releases its sentinel so. */
    void releaseIfLocked() {
        if (locked()) {
            permit.release();
        }
    }

    /**
     * The wait {@code acquire(blocking=True, timeout=-1)} asks for, in nanoseconds ({@link #FOREVER},
     * or 0 for a non-blocking call), with CPython's checks and messages.
     */
    static long timeout(PyObject[] a) {
        boolean blocking = a.length < 1 || a[0] == null || ObjectOps.isTrue(a[0]);
        PyObject t = a.length < 2 ? null : a[1];
        if (t == null) {
            return blocking ? FOREVER : 0;
        }
        if (!(t instanceof PyFloat) && !(t instanceof PyInt)) {
            throw PythonException.typeError("'" + t.type().name() + "' object cannot be interpreted as an integer");
        }
        double seconds = NumberOps.toDouble(t);
        boolean unset = seconds == -1;
        if (!blocking && !unset) {
            throw PythonException.valueError("can't specify a timeout for a non-blocking call");
        }
        if (seconds < 0 && !unset) {
            throw PythonException.valueError("timeout value must be positive");
        }
        if (!blocking) {
            return 0;
        }
        if (unset) {
            return FOREVER;
        }
        if (Double.isNaN(seconds)) {
            throw PythonException.valueError("Invalid value NaN (not a number)");
        }
        if (seconds >= 9.223372036854775807e9) {
            throw PythonException.overflow("timestamp out of range for platform time_t");
        }
        if (seconds > 9223372036.854775) {
            throw PythonException.overflow("timeout value is too large");
        }
        return (long) Math.ceil(seconds * 1e9);
    }
}
