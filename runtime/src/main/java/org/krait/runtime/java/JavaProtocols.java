package org.krait.runtime.java;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySlice;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The special methods of a Java class's type, from what the class is: construction
 * ({@code __new__} calls the public constructors; a Python subclass gets an instance with a Java
 * peer, see {@link Peers}); {@code toString}, {@code equals}, {@code hashCode} and
 * {@code compareTo} as {@code str}, {@code ==}, {@code hash} and the orderings; the repr
 * {@code <java object CLASS: toString()>}; iteration over an {@code Iterable} or an
 * {@code Iterator}; {@code len} and {@code in} for collections, maps and arrays; {@code [i]}
 * (with slices, giving a list), {@code [i] = v} and {@code del [i]} for lists and arrays (arrays
 * check the element type); {@code [k]}, {@code [k] = v}, {@code del [k]}, iteration over the
 * keys and {@code items()} for maps; a map entry unpacks as {@code (key, value)}; an
 * {@code AutoCloseable} is a context manager whose exit calls {@code close()}.
 *
 * <p>These slots keep the GIL: the collection methods they call do not block.
 */
final class JavaProtocols {

    private static final ClassValue<Overloads> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Overloads computeValue(Class<?> c) {
            List<Constructor<?>> cs = JavaMembers.accessible(c) ? List.of(c.getConstructors()) : List.of();
            return new Overloads(c, c.getSimpleName(), cs, false);
        }
    };

    private JavaProtocols() {
    }

    static void fill(PyType t, Class<?> c) {
        t.slot(Slot.NEW, (Signature.Call) JavaProtocols::newInstance);
        t.slot(Slot.INIT, (Signature.Call) JavaProtocols::init);
        if (!Throwable.class.isAssignableFrom(c)) {
            t.slot(Slot.REPR, (Signature.Unary) JavaProtocols::repr);
            t.slot(Slot.STR, (Signature.Unary) JavaProtocols::str);
            t.slot(Slot.EQ, (Signature.Binary) JavaProtocols::eq);
            t.slot(Slot.HASH, (Signature.Hash) self -> value(self).hashCode());
        }
        if (Comparable.class.isAssignableFrom(c)) {
            t.slot(Slot.LT, (Signature.Binary) (a, b) -> compare(a, b, Slot.LT));
            t.slot(Slot.LE, (Signature.Binary) (a, b) -> compare(a, b, Slot.LE));
            t.slot(Slot.GT, (Signature.Binary) (a, b) -> compare(a, b, Slot.GT));
            t.slot(Slot.GE, (Signature.Binary) (a, b) -> compare(a, b, Slot.GE));
        }
        if (Iterator.class.isAssignableFrom(c)) {
            t.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
            t.slot(Slot.NEXT, (Signature.Unary) self -> {
                Iterator<?> it = (Iterator<?>) value(self);
                return it.hasNext() ? JavaValues.toPython(it.next()) : null;
            });
        }
        if (Iterable.class.isAssignableFrom(c)) {
            t.slot(Slot.ITER, (Signature.Unary) self -> JavaValues.wrap(((Iterable<?>) value(self)).iterator()));
        }
        if (Collection.class.isAssignableFrom(c)) {
            t.slot(Slot.LEN, (Signature.Length) self -> ((Collection<?>) value(self)).size());
            t.slot(Slot.CONTAINS, (Signature.Contains) (self, x) -> ((Collection<?>) value(self)).contains(JavaValues.toJava(x)));
        }
        if (List.class.isAssignableFrom(c)) {
            fillList(t);
        }
        if (Map.class.isAssignableFrom(c)) {
            fillMap(t);
        }
        if (Map.Entry.class.isAssignableFrom(c)) {
            t.slot(Slot.ITER, (Signature.Unary) self -> {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) value(self);
                return iterate(e.getKey(), e.getValue());
            });
        }
        if (c.isArray()) {
            fillArray(t, c.getComponentType());
        }
        if (AutoCloseable.class.isAssignableFrom(c)) {
            t.method("__enter__", ArgSpec.NOARGS, (self, a, kw) -> PyObject.newRef(self));
            t.method("__exit__", ArgSpec.positional(3, 3), (self, a, kw) -> {
                try {
                    JavaCalls.invoke(AutoCloseable.class.getMethod("close"), value(self), new Object[0], true);
                } catch (NoSuchMethodException e) {
                    throw new AssertionError(e);
                }
                return PyBool.FALSE;
            });
        }
    }

    /** The Java object of {@code self}: the wrapped object, or the peer of a Python subclass's instance. */
    private static Object value(PyObject self) {
        return JavaValues.javaObject(self);
    }

    private static PyObject newInstance(PyObject cls, PyObject[] args, String[] kw) {
        PyType t = (PyType) cls;
        Class<?> c = JavaTypes.classOf(t);
        if (c == null) {
            return Peers.newInstance(t);
        }
        if (c.isInterface()) {
            throw PythonException.typeError("cannot instantiate Java interface " + t.name()
                    + " (a Python class can implement it)");
        }
        if (Modifier.isAbstract(c.getModifiers())) {
            throw PythonException.typeError("cannot instantiate abstract Java class " + t.name()
                    + " (a Python class can extend it)");
        }
        return JavaValues.toPython(CONSTRUCTORS.get(c).call(null, args, kw));
    }

    /** {@code __init__}: a Java object is complete; a Python subclass's instance gets its peer made from the arguments. */
    private static PyObject init(PyObject self, PyObject[] args, String[] kw) {
        if (self instanceof PyInstance && ((PyInstance) self).javaPeer() == null) {
            Peers.construct((PyInstance) self, args, kw);
        }
        return PyNoneType.NONE;
    }

    private static PyObject repr(PyObject self) {
        if (!(self instanceof PyJavaObject)) {
            return PyType.OBJECT.unary(Slot.REPR).apply(self);
        }
        return PyStr.of("<java object " + self.type().name() + ": " + text(value(self)) + ">");
    }

    private static PyObject str(PyObject self) {
        if (!(self instanceof PyJavaObject)) {
            return PyType.OBJECT.unary(Slot.REPR).apply(self);
        }
        return PyStr.of(text(value(self)));
    }

    /** {@code toString()}, except that an array shows its elements ({@code [1, 2]}). */
    private static String text(Object o) {
        if (o.getClass().isArray()) {
            String s = java.util.Arrays.deepToString(new Object[] {o});
            return s.substring(1, s.length() - 1);
        }
        return String.valueOf(o);
    }

    private static PyObject eq(PyObject a, PyObject b) {
        Object y = JavaValues.javaObject(b);
        if (y == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        return PyBool.of(value(a).equals(y));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static PyObject compare(PyObject a, PyObject b, Slot op) {
        Object y = JavaValues.javaObject(b);
        if (y == null) {
            if (b == PyNoneType.NONE) {
                return PyNotImplementedType.NOT_IMPLEMENTED;
            }
            y = JavaValues.toJava(b);
        }
        int r;
        try {
            r = ((Comparable) value(a)).compareTo(y);
        } catch (ClassCastException e) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        switch (op) {
            case LT: return PyBool.of(r < 0);
            case LE: return PyBool.of(r <= 0);
            case GT: return PyBool.of(r > 0);
            default: return PyBool.of(r >= 0);
        }
    }

    private static PyObject iterate(Object... items) {
        PyObject[] converted = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            converted[i] = JavaValues.toPython(items[i]);
        }
        PyTuple t = PyTuple.of(converted);
        for (PyObject o : converted) {
            o.decref();
        }
        try {
            return IterOps.iter(t);
        } finally {
            t.decref();
        }
    }

    /** A Python index into a sequence of {@code size}, negative ones from the end; IndexError outside. */
    private static int index(PyObject self, PyObject key, int size) {
        PyInt i = NumberOps.index(key);
        long v = i.isLong() ? i.longValue() : Long.MAX_VALUE;
        i.decref();
        if (v < 0) {
            v += size;
        }
        if (v < 0 || v >= size) {
            throw PythonException.indexError(self.type().name() + " index out of range");
        }
        return (int) v;
    }

    private static void checkIndexType(PyObject self, PyObject key) {
        if (!key.type().has(Slot.INDEX)) {
            throw PythonException.typeError(self.type().name() + " indices must be integers or slices, not " + key.type().name());
        }
    }

    private static void fillList(PyType t) {
        t.slot(Slot.GETITEM, (Signature.Binary) (self, key) -> {
            List<?> l = (List<?>) value(self);
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(l.size());
                PyList out = new PyList();
                for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                    PyObject item = JavaValues.toPython(l.get(i));
                    out.append(item);
                    item.decref();
                }
                return out;
            }
            checkIndexType(self, key);
            return JavaValues.toPython(l.get(index(self, key, l.size())));
        });
        t.slot(Slot.SETITEM, (Signature.Setter) (self, key, v) -> {
            @SuppressWarnings("unchecked")
            List<Object> l = (List<Object>) value(self);
            checkIndexType(self, key);
            l.set(index(self, key, l.size()), JavaValues.toJava(v));
        });
        t.slot(Slot.DELITEM, (Signature.Deleter) (self, key) -> {
            List<?> l = (List<?>) value(self);
            checkIndexType(self, key);
            l.remove(index(self, key, l.size()));
        });
    }

    private static void fillMap(PyType t) {
        t.slot(Slot.LEN, (Signature.Length) self -> ((Map<?, ?>) value(self)).size());
        t.slot(Slot.CONTAINS, (Signature.Contains) (self, k) -> ((Map<?, ?>) value(self)).containsKey(JavaValues.toJava(k)));
        t.slot(Slot.ITER, (Signature.Unary) self -> JavaValues.wrap(((Map<?, ?>) value(self)).keySet().iterator()));
        t.slot(Slot.GETITEM, (Signature.Binary) (self, key) -> {
            Map<?, ?> m = (Map<?, ?>) value(self);
            Object k = JavaValues.toJava(key);
            if (!m.containsKey(k)) {
                throw PythonException.of(ExceptionTypes.KEY_ERROR, key);
            }
            return JavaValues.toPython(m.get(k));
        });
        t.slot(Slot.SETITEM, (Signature.Setter) (self, key, v) -> {
            @SuppressWarnings("unchecked")
            Map<Object, Object> m = (Map<Object, Object>) value(self);
            m.put(JavaValues.toJava(key), JavaValues.toJava(v));
        });
        t.slot(Slot.DELITEM, (Signature.Deleter) (self, key) -> {
            Map<?, ?> m = (Map<?, ?>) value(self);
            Object k = JavaValues.toJava(key);
            if (!m.containsKey(k)) {
                throw PythonException.of(ExceptionTypes.KEY_ERROR, key);
            }
            m.remove(k);
        });
        if (t.getOwn("items") == null) {
            t.method("items", ArgSpec.NOARGS, (self, a, kw) -> {
                PyList out = new PyList();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value(self)).entrySet()) {
                    PyObject k = JavaValues.toPython(e.getKey());
                    PyObject v = JavaValues.toPython(e.getValue());
                    PyTuple pair = PyTuple.of(k, v);
                    k.decref();
                    v.decref();
                    out.append(pair);
                    pair.decref();
                }
                return out;
            });
        }
    }

    private static void fillArray(PyType t, Class<?> component) {
        t.slot(Slot.LEN, (Signature.Length) self -> Array.getLength(value(self)));
        t.slot(Slot.ITER, (Signature.Unary) self -> JavaValues.wrap(new ArrayIterator(value(self))));
        t.slot(Slot.CONTAINS, (Signature.Contains) (self, x) -> {
            Object a = value(self);
            Object y = JavaValues.toJava(x);
            for (int i = 0, n = Array.getLength(a); i < n; i++) {
                if (java.util.Objects.equals(Array.get(a, i), y)) {
                    return true;
                }
            }
            return false;
        });
        t.slot(Slot.GETITEM, (Signature.Binary) (self, key) -> {
            Object a = value(self);
            int n = Array.getLength(a);
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(n);
                PyList out = new PyList();
                for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                    PyObject item = JavaValues.toPython(Array.get(a, i));
                    out.append(item);
                    item.decref();
                }
                return out;
            }
            checkIndexType(self, key);
            return JavaValues.toPython(Array.get(a, index(self, key, n)));
        });
        t.slot(Slot.SETITEM, (Signature.Setter) (self, key, v) -> {
            if (v == null) {
                throw PythonException.typeError("cannot delete from a Java array");
            }
            Object a = value(self);
            checkIndexType(self, key);
            int i = index(self, key, Array.getLength(a));
            if (Conversion.phase(v, component) == Conversion.NONE) {
                throw PythonException.typeError("cannot store '" + v.type().name() + "' in a Java array of "
                        + component.getTypeName());
            }
            Array.set(a, i, Conversion.convert(v, component));
        });
    }

    /** Iteration over a Java array of any component type. */
    public static final class ArrayIterator implements Iterator<Object> {
        private final Object array;
        private int next;

        ArrayIterator(Object array) {
            this.array = array;
        }

        @Override
        public boolean hasNext() {
            return next < Array.getLength(array);
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return Array.get(array, next++);
        }
    }
}
