package org.krait.runtime.host;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.SequenceOps;

/**
 * A Python {@code list} seen from Java as a live {@code java.util.List}: every call reads or changes
 * the list itself, through Python's protocols (so a subclass's overrides apply), under the
 * interpreter's lock.
 */
public final class ListView extends AbstractList<Object> implements RandomAccess, PythonView {

    private final HostRef ref;

    /** Takes over the caller's reference to {@code list}. */
    ListView(Interpreter interpreter, PyObject list) {
        ref = new HostRef(this, interpreter, list);
    }

    @Override
    public PyObject pythonObject() {
        return ref.object;
    }

    @Override
    public Interpreter interpreter() {
        return ref.interpreter;
    }

    @Override
    public int size() {
        return ref.length();
    }

    @Override
    public Object get(int index) {
        return ref.item(index);
    }

    @Override
    public Object set(int index, Object element) {
        return Gate.run(ref.interpreter, () -> {
            checkIndex(index, SequenceOps.length(ref.object));
            PyObject i = PyInt.of(index);
            PyObject v = HostValues.toPython(element);
            try {
                PyObject old = SequenceOps.getItem(ref.object, i);
                Object result = HostValues.toJava(ref.interpreter, old);
                old.decref();
                SequenceOps.setItem(ref.object, i, v);
                return result;
            } finally {
                v.decref();
                i.decref();
            }
        });
    }

    @Override
    public void add(int index, Object element) {
        Gate.exec(ref.interpreter, () -> {
            int size = SequenceOps.length(ref.object);
            if (index < 0 || index > size) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
            }
            call(index == size ? "append" : "insert", index, element);
        });
        modCount++;
    }

    @Override
    public Object remove(int index) {
        Object removed = Gate.run(ref.interpreter, () -> {
            checkIndex(index, SequenceOps.length(ref.object));
            PyObject i = PyInt.of(index);
            PyObject r = CallOps.callMethod(ref.object, "pop", i);
            i.decref();
            try {
                return HostValues.toJava(ref.interpreter, r);
            } finally {
                r.decref();
            }
        });
        modCount++;
        return removed;
    }

    @Override
    public void clear() {
        Gate.exec(ref.interpreter, () -> CallOps.callMethod(ref.object, "clear").decref());
        modCount++;
    }

    /** {@code list.append(element)} or {@code list.insert(index, element)}. */
    private void call(String method, int index, Object element) {
        PyObject v = HostValues.toPython(element);
        PyObject i = PyInt.of(index);
        try {
            PyObject r = method.equals("append") ? CallOps.callMethod(ref.object, method, v) : CallOps.callMethod(ref.object, method, i, v);
            r.decref();
        } finally {
            i.decref();
            v.decref();
        }
    }

    static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }
}
