package org.krait.runtime.host;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * Any other Python object seen from Java (a function, a class, an instance, a module...): its
 * attributes can be read and set, and it can be called, each under the interpreter's lock.
 * Two handles are equal when they stand for the same object.
 */
public final class PyHandle implements PythonView {

    private final HostRef ref;

    /** Takes over the caller's reference to {@code object}. */
    PyHandle(Interpreter interpreter, PyObject object) {
        ref = new HostRef(this, interpreter, object);
    }

    @Override
    public PyObject pythonObject() {
        return ref.object;
    }

    @Override
    public Interpreter interpreter() {
        return ref.interpreter;
    }

    /** {@code type(obj).__name__}. */
    public String typeName() {
        return ref.object.type().name();
    }

    /** {@code getattr(obj, name)}. */
    public Object getAttribute(String name) {
        return Gate.run(ref.interpreter, () -> {
            PyObject v = ObjectOps.getAttr(ref.object, name);
            try {
                return HostValues.toJava(ref.interpreter, v);
            } finally {
                v.decref();
            }
        });
    }

    /** {@code hasattr(obj, name)}. */
    public boolean hasAttribute(String name) {
        return Gate.run(ref.interpreter, () -> {
            PyObject v = ObjectOps.lookupAttr(ref.object, PyStr.of(name));
            PyObject.xdecref(v);
            return v != null;
        });
    }

    /** {@code setattr(obj, name, value)}. */
    public void setAttribute(String name, Object value) {
        Gate.exec(ref.interpreter, () -> {
            PyObject v = HostValues.toPython(value);
            try {
                ObjectOps.setAttr(ref.object, PyStr.of(name), v);
            } finally {
                v.decref();
            }
        });
    }

    /** {@code obj(*args)}. */
    public Object call(Object... args) {
        return Gate.run(ref.interpreter, () -> callIn(ref.object, args));
    }

    /** {@code obj.name(*args)}. */
    public Object callMethod(String name, Object... args) {
        return Gate.run(ref.interpreter, () -> {
            PyObject m = ObjectOps.getAttr(ref.object, name);
            try {
                return callIn(m, args);
            } finally {
                m.decref();
            }
        });
    }

    /** This object as an implementation of {@code iface} (see {@link InterfaceProxies}). */
    public <T> T as(Class<T> iface) {
        return iface.cast(Gate.run(ref.interpreter, () -> InterfaceProxies.implement(ref.interpreter, ref.object, iface)));
    }

    /** Calls {@code callable} with Java arguments; under the lock. */
    private Object callIn(PyObject callable, Object[] args) {
        PyObject[] a = InterfaceProxies.arguments(args);
        try {
            PyObject r = CallOps.call(callable, a);
            try {
                return HostValues.toJava(ref.interpreter, r);
            } finally {
                r.decref();
            }
        } finally {
            for (PyObject o : a) {
                o.decref();
            }
        }
    }

    /** {@code str(obj)}. */
    @Override
    public String toString() {
        try {
            return Gate.run(ref.interpreter, () -> ObjectOps.str(ref.object).toString());
        } catch (PythonError e) {
            return "<" + typeName() + " object; str() failed: " + e.getMessage() + ">";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PythonView && ((PythonView) o).pythonObject() == ref.object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(ref.object);
    }
}
