package org.krait.runtime.modules;

import java.util.IdentityHashMap;
import java.util.Map;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose {@code __dict__} is another
 * one in each thread. A thread's dict is made on its first use there, then {@code __init__} runs
 * with the arguments the object was made with (in the thread that made it, {@code __new__}'s
 * caller runs it); it is dropped when the thread's state is, or with the object. All under the
 * GIL. CPython: Modules/_threadmodule.c, {@code localobject}.
 */
public final class PyLocal extends PyObject implements DictOwner {

    public static final PyType TYPE = PyType.builtin("_thread._local", PyType.OBJECT);

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
            PyType t = (PyType) cls;
            if (a.length > 0 && t.raw(Slot.INIT) == PyType.OBJECT.raw(Slot.INIT)) {
                throw PythonException.typeError("Initialization arguments are not supported");
            }
            PyLocal self = new PyLocal(t, a, kw);
            self.dicts.put(Thread.currentThread(), self.newDict());
            return self;
        });
    }

    private final PyType type;
    /** What the object was made with: {@code __init__}'s arguments in each new thread (owned). */
    private final PyObject[] args;
    private final String[] kwnames;
    /** Each thread's dict (owned). */
    private final Map<Thread, PyDict> dicts = new IdentityHashMap<>();

    private PyLocal(PyType type, PyObject[] args, String[] kwnames) {
        this.type = type;
        this.args = args.clone();
        this.kwnames = kwnames;
        for (PyObject o : this.args) {
            o.incref();
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    /** A dict for the calling thread, forgotten with its thread state. */
    private PyDict newDict() {
        Thread t = Thread.currentThread();
        ThreadState.current().addOnDelete(() -> {
            PyDict d = dicts.remove(t);
            if (d != null) {
                d.decref();
            }
        });
        return new PyDict();
    }

    /** The calling thread's dict (borrowed), made and initialized on the thread's first use. */
    @Override
    public PyDict dict() {
        Thread t = Thread.currentThread();
        PyDict d = dicts.get(t);
        if (d == null) {
            d = newDict();
            dicts.put(t, d);
            Signature.Call init = type.call(Slot.INIT);
            if (type.raw(Slot.INIT) != PyType.OBJECT.raw(Slot.INIT) && init != null) {
                try {
                    init.call(this, args, kwnames).decref();
                } catch (PythonException e) {
                    PyDict gone = dicts.remove(t);
                    if (gone != null) {
                        gone.decref();
                    }
                    throw e;
                }
            }
        }
        return d;
    }

    @Override
    public void releaseReferences() {
        for (PyObject o : args) {
            o.decref();
        }
        for (PyDict d : dicts.values()) {
            d.decref();
        }
        dicts.clear();
    }
}
