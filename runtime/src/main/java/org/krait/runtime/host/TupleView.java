package org.krait.runtime.host;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.ops.SequenceOps;

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
        return Gate.run(ref.interpreter, () -> SequenceOps.length(ref.object));
    }

    @Override
    public Object get(int index) {
        return Gate.run(ref.interpreter, () -> {
            ListView.checkIndex(index, SequenceOps.length(ref.object));
            PyObject i = PyInt.of(index);
            PyObject item = SequenceOps.getItem(ref.object, i);
            i.decref();
            try {
                return HostValues.toJava(ref.interpreter, item);
            } finally {
                item.decref();
            }
        });
    }
}
