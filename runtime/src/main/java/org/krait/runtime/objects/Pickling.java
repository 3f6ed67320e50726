package org.krait.runtime.objects;

import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;

/**
 * How instances of the builtin value types describe themselves to {@code pickle} and {@code copy}
 * (CPython's {@code __getnewargs__} of int, float, complex, str, bytes and tuple, {@code __reduce__}
 * of set and frozenset, {@code __reduce_ex__} of bytearray): what a subclass instance is rebuilt
 * from. The exact types themselves are written by the pickler directly. Each type's static
 * initializer calls the method for it, so the definitions are part of building the type.
 */
final class Pickling {

    private Pickling() {
    }

    /** {@code T.__getnewargs__()}: a 1-tuple of the value as the exact builtin type, made by {@code exact}. */
    static void getnewargs(PyType t, java.util.function.Function<PyObject, PyObject> exact) {
        t.method("__getnewargs__", ArgSpec.NOARGS, (self, a, kw) -> PyTuple.fromArray(new PyObject[] {exact.apply(self)}));
    }

    /** The instance dict of a subclass instance (new reference), or None. */
    private static PyObject dictOrNone(PyObject self) {
        PyDict d = self instanceof DictOwner ? ((DictOwner) self).dict() : null;
        return d == null ? PyNoneType.NONE : PyObject.newRef(d);
    }

    /** {@code set.__reduce__()} and {@code frozenset.__reduce__()}: {@code (type(self), (list(self),), dict or None)}. */
    static void setReduce(PyType t) {
        t.method("__reduce__", ArgSpec.NOARGS, (self, a, kw) -> {
            PySet s = (PySet) self;
            PyList items = new PyList();
            for (int i = 0; i < s.slotBound(); i++) {
                PyObject k = s.keyAt(i);
                if (k != null) {
                    items.append(k);
                }
            }
            PyObject args = PyTuple.fromArray(new PyObject[] {items});
            return PyTuple.fromArray(new PyObject[] {PyObject.newRef(self.type()), args, dictOrNone(self)});
        });
    }

    /**
     * {@code bytearray.__reduce_ex__(protocol)}: the bytes for protocol 3 and later; before, a
     * latin-1 str and its encoding, which protocols 0 to 2 can write.
     */
    static void bytearrayReduce(PyType t) {
        t.method("__reduce_ex__", ArgSpec.ONE, (self, a, kw) -> reduceBytearray(self, (int) org.krait.runtime.ops.NumberOps.index(a[0]).asLong()));
        t.method("__reduce__", ArgSpec.NOARGS, (self, a, kw) -> reduceBytearray(self, 0));
    }

    private static PyObject reduceBytearray(PyObject self, int protocol) {
        byte[] data = ((PyBytearray) self).toByteArray();
        PyObject args;
        if (protocol < 3) {
            char[] chars = new char[data.length];
            for (int i = 0; i < data.length; i++) {
                chars[i] = (char) (data[i] & 0xff);
            }
            PyStr text = PyStr.of(new String(chars));
            PyStr encoding = PyStr.of("latin-1");
            args = PyTuple.fromArray(new PyObject[] {text, encoding});
        } else {
            args = PyTuple.fromArray(new PyObject[] {PyBytes.of(data)});
        }
        return PyTuple.fromArray(new PyObject[] {PyObject.newRef(self.type()), args, dictOrNone(self)});
    }
}
