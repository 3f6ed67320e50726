package org.krait.runtime.host;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.SequenceOps;

/**
 * A Python {@code set} (live, changeable) or {@code frozenset} (unmodifiable) seen from Java as a
 * {@code java.util.Set}. Iteration walks the items the set had when the iterator was made.
 */
public final class SetView extends AbstractSet<Object> implements PythonView {

    private final HostRef ref;

    /** Takes over the caller's reference to {@code set}. */
    SetView(Interpreter interpreter, PyObject set) {
        ref = new HostRef(this, interpreter, set);
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
    public boolean contains(Object o) {
        return ref.contains(o);
    }

    @Override
    public boolean add(Object o) {
        return change("add", o, false);
    }

    @Override
    public boolean remove(Object o) {
        return change("discard", o, true);
    }

    /** {@code set.add(o)} or {@code set.discard(o)}; true if that changed the set. */
    private boolean change(String method, Object o, boolean whenPresent) {
        if (((PySet) ref.object).isFrozen()) {
            throw new UnsupportedOperationException("a frozenset cannot change");
        }
        return Gate.run(ref.interpreter, () -> {
            PyObject k = HostValues.toPython(o);
            try {
                boolean present = SequenceOps.contains(ref.object, k);
                CallOps.callMethod(ref.object, method, k).decref();
                return present == whenPresent;
            } finally {
                k.decref();
            }
        });
    }

    @Override
    public Iterator<Object> iterator() {
        Object[] items = Gate.run(ref.interpreter, () -> {
            PyObject[] ks = IterOps.toArray(ref.object);
            Object[] out = new Object[ks.length];
            for (int i = 0; i < ks.length; i++) {
                out[i] = HostValues.toJava(ref.interpreter, ks[i]);
                ks[i].decref();
            }
            return out;
        });
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < items.length;
            }

            @Override
            public Object next() {
                if (next >= items.length) {
                    throw new NoSuchElementException();
                }
                return items[next++];
            }

            @Override
            public void remove() {
                if (next == 0) {
                    throw new IllegalStateException();
                }
                SetView.this.remove(items[next - 1]);
            }
        };
    }
}
