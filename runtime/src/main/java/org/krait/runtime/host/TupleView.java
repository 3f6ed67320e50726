package org.krait.runtime.host;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyObject;

/** A Python {@code tuple} seen from Java as an unmodifiable {@code java.util.List}. */
public final class TupleView extends AbstractList<Object> implements RandomAccess, PythonView {

    private final HostRef ref;

    /** Takes over the caller's reference to {@code tuple}. */
    TupleView(Interpreter interpreter, PyObject tuple) {
        ref = new HostRef(this, interpreter, tuple);
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
}
