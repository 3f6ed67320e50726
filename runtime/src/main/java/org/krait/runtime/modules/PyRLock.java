package org.krait.runtime.modules;

import java.util.concurrent.Semaphore;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code _thread.RLock}: a re-entrant lock, owned by the thread that took it (by
 * {@code get_ident()}) and counting its acquisitions; {@code threading.Condition} uses its
 * {@code _release_save}/{@code _acquire_restore}. Its fields change only under the GIL.
 * CPython: Modules/_threadmodule.c, {@code rlockobject}.
 */
public final class PyRLock extends PyObject {

    public static final PyType TYPE = PyType.builtin("_thread.RLock", PyType.OBJECT);

    static {
        TYPE.instances(PyRLock::new);
        TYPE.method("acquire", PyLock.ACQUIRE, (self, a, kw) -> PyBool.of(((PyRLock) self).acquire(PyLock.timeout(a))));
        TYPE.method("__enter__", PyLock.ACQUIRE, (self, a, kw) -> PyBool.of(((PyRLock) self).acquire(PyLock.timeout(a))));
        TYPE.method("release", ArgSpec.NOARGS, (self, a, kw) -> ((PyRLock) self).release());
        TYPE.method("__exit__", ArgSpec.VARARGS, (self, a, kw) -> ((PyRLock) self).release());
        TYPE.method("_is_owned", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(((PyRLock) self).isOwned()));
        TYPE.method("_recursion_count", ArgSpec.NOARGS, (self, a, kw) -> {
            PyRLock r = (PyRLock) self;
            return PyInt.of(r.isOwned() ? r.count : 0);
        });
        TYPE.method("_release_save", ArgSpec.NOARGS, (self, a, kw) -> ((PyRLock) self).releaseSave());
        TYPE.method("_acquire_restore", ArgSpec.ONE, (self, a, kw) -> ((PyRLock) self).acquireRestore(a[0]));
        TYPE.method("_at_fork_reinit", ArgSpec.NOARGS, (self, a, kw) -> {
            PyRLock r = (PyRLock) self;
            r.permit.drainPermits();
            r.permit.release();
            r.owner = 0;
            r.count = 0;
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> {
            PyRLock r = (PyRLock) self;
            return PyStr.of("<" + (r.count > 0 ? "locked" : "unlocked") + " " + r.type().name() + " object owner="
                    + r.owner + " count=" + r.count + " at 0x" + Integer.toHexString(System.identityHashCode(self)) + ">");
        });
    }

    private final PyType type;
    /** One permit while no thread owns the lock. */
    private final Semaphore permit = new Semaphore(1);
    /** {@code get_ident()} of the owner, 0 when none. */
    private long owner;
    private long count;

    private PyRLock(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    private boolean isOwned() {
        return count > 0 && owner == ThreadModule.ident();
    }

    private boolean acquire(long nanos) {
        long me = ThreadModule.ident();
        if (count > 0 && owner == me) {
            if (count == Long.MAX_VALUE) {
                throw PythonException.overflow("Internal lock count overflowed");
            }
            count++;
            return true;
        }
        if (!PyLock.acquire(permit, nanos)) {
            return false;
        }
        owner = me;
        count = 1;
        return true;
    }

    private PyObject release() {
        if (count == 0 || owner != ThreadModule.ident()) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
        }
        if (--count == 0) {
            owner = 0;
            permit.release();
        }
        return PyNoneType.NONE;
    }

    /** {@code _release_save()}: releases the lock whatever its count; returns {@code (count, owner)}. */
    private PyObject releaseSave() {
        if (count == 0) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
        }
        PyObject c = PyInt.of(count);
        PyObject o = PyInt.of(owner);
        PyTuple state = PyTuple.of(c, o);
        c.decref();
        o.decref();
        count = 0;
        owner = 0;
        permit.release();
        return state;
    }

    /** {@code _acquire_restore((count, owner))}: takes the lock back as {@link #releaseSave} left it. */
    private PyObject acquireRestore(PyObject state) {
        if (!(state instanceof PyTuple) || ((PyTuple) state).size() != 2) {
            throw PythonException.typeError("_acquire_restore() argument 1 must be 2-item sequence, not "
                    + state.type().name());
        }
        long c = ThreadModule.longOf(((PyTuple) state).getItem(0));
        long o = ThreadModule.longOf(((PyTuple) state).getItem(1));
        PyLock.acquire(permit, PyLock.FOREVER);
        owner = o;
        count = c;
        return PyNoneType.NONE;
    }
}
