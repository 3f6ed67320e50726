package org.krait.runtime.host;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.SequenceOps;

/**
 * A Python {@code dict} seen from Java as a live {@code java.util.Map}: reads and writes go to the
 * dict at once, under the interpreter's lock. Keys and values cross as {@link HostValues} says.
 * Iteration walks the keys the dict had when the iterator was made, reading each value live.
 */
public final class MapView extends AbstractMap<Object, Object> implements PythonView {

    private final HostRef ref;

    /** Takes over the caller's reference to {@code dict}. */
    MapView(Interpreter interpreter, PyObject dict) {
        ref = new HostRef(this, interpreter, dict);
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
    public boolean containsKey(Object key) {
        return ref.contains(key);
    }

    @Override
    public Object get(Object key) {
        return Gate.run(ref.interpreter, () -> {
            PyObject k = HostValues.toPython(key);
            try {
                PyObject v = item(k);
                if (v == null) {
                    return null;
                }
                Object r = HostValues.toJava(ref.interpreter, v);
                v.decref();
                return r;
            } finally {
                k.decref();
            }
        });
    }

    /** {@code dict[k]} as a new reference, or null when the key is missing. */
    private PyObject item(PyObject k) {
        if (ref.object.getClass() == PyDict.class) {
            PyObject v = ((PyDict) ref.object).getItem(k);
            return v == null ? null : PyObject.newRef(v);
        }
        try {
            return SequenceOps.getItem(ref.object, k);
        } catch (PythonException e) {
            if (e.matches(ExceptionTypes.KEY_ERROR)) {
                e.exception().decref();
                return null;
            }
            throw e;
        }
    }

    @Override
    public Object put(Object key, Object value) {
        return Gate.run(ref.interpreter, () -> {
            PyObject k = HostValues.toPython(key);
            PyObject v = HostValues.toPython(value);
            try {
                PyObject old = item(k);
                Object previous = old == null ? null : HostValues.toJava(ref.interpreter, old);
                PyObject.xdecref(old);
                SequenceOps.setItem(ref.object, k, v);
                return previous;
            } finally {
                v.decref();
                k.decref();
            }
        });
    }

    @Override
    public Object remove(Object key) {
        return Gate.run(ref.interpreter, () -> {
            PyObject k = HostValues.toPython(key);
            try {
                PyObject old = item(k);
                if (old == null) {
                    return null;
                }
                Object previous = HostValues.toJava(ref.interpreter, old);
                old.decref();
                SequenceOps.delItem(ref.object, k);
                return previous;
            } finally {
                k.decref();
            }
        });
    }

    @Override
    public void clear() {
        Gate.exec(ref.interpreter, () -> CallOps.callMethod(ref.object, "clear").decref());
    }

    /** The keys of the dict now, as Java values. */
    Object[] keys() {
        return Gate.run(ref.interpreter, () -> {
            PyObject[] ks = IterOps.toArray(ref.object);
            Object[] out = new Object[ks.length];
            for (int i = 0; i < ks.length; i++) {
                out[i] = HostValues.toJava(ref.interpreter, ks[i]);
                ks[i].decref();
            }
            return out;
        });
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return MapView.this.size();
            }

            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                Object[] keys = keys();
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<Object, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        return new LiveEntry(keys[next++]);
                    }

                    @Override
                    public void remove() {
                        if (next == 0) {
                            throw new IllegalStateException();
                        }
                        MapView.this.remove(keys[next - 1]);
                    }
                };
            }
        };
    }

    /** An entry whose value is read from, and written to, the dict. */
    private final class LiveEntry implements Map.Entry<Object, Object> {
        private final Object key;

        LiveEntry(Object key) {
            this.key = key;
        }

        @Override
        public Object getKey() {
            return key;
        }

        @Override
        public Object getValue() {
            return get(key);
        }

        @Override
        public Object setValue(Object value) {
            return put(key, value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry && java.util.Objects.equals(key, ((Map.Entry<?, ?>) o).getKey())
                    && java.util.Objects.equals(getValue(), ((Map.Entry<?, ?>) o).getValue());
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(key) ^ java.util.Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return key + "=" + getValue();
        }
    }
}
