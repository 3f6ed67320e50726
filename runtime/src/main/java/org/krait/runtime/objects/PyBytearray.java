package org.krait.runtime.objects;

import java.util.Arrays;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code bytearray}: a mutable byte array. CPython: Objects/bytearrayobject.c. */
public class PyBytearray extends PyObject {

    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT);

    static {
        Pickling.bytearrayReduce(TYPE);
        TYPE.slot(Slot.HASH, null);
        TYPE.slot(Slot.REPR, (Signature.Unary) b -> PyStr.of(PyBytes.repr(((PyBytearray) b).toByteArray(), b.type().name() + "(b", ")")));
        TYPE.slot(Slot.LEN, (Signature.Length) b -> ((PyBytearray) b).size);
        TYPE.slot(Slot.ITER, (Signature.Unary) b -> new PySequenceIterator(b, 0));
        TYPE.slot(Slot.GETITEM, (Signature.Binary) (b, k) -> ((PyBytearray) b).subscript(k));
        TYPE.slot(Slot.SETITEM, (Signature.Setter) (b, k, v) -> ((PyBytearray) b).assign(k, v));
        TYPE.slot(Slot.DELITEM, (Signature.Deleter) (b, k) -> ((PyBytearray) b).delete(k));
        TYPE.slot(Slot.CONTAINS, (Signature.Contains) (b, x) -> BytesMethods.contains(((PyBytearray) b).toByteArray(), x));
        TYPE.slot(Slot.ADD, (Signature.SequenceOp) (a, b) -> {
            byte[] x = ((PyBytearray) a).toByteArray();
            byte[] y = PyBytes.bytesLike(b);
            byte[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyBytearray(r);
        });
        TYPE.slot(Slot.IADD, (Signature.SequenceOp) (a, b) -> {
            ((PyBytearray) a).extendBytes(PyBytes.bytesLike(b));
            return newRef(a);
        });
        TYPE.slot(Slot.MUL, (Signature.SequenceOp) (a, n) -> BytesMethods.repeat(((PyBytearray) a).toByteArray(), n, true));
        BytesMethods.compare(TYPE);
        // As CPython: __new__ makes an empty bytearray and __init__ fills it, so a subclass's
        // __init__ can call bytearray.__init__ with the source.
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> cls == TYPE ? new PyBytearray(new byte[0])
                : new Derived((PyType) cls, new byte[0]));
        TYPE.slot(Slot.INIT, ArgSpec.keywords(0, "source", "encoding", "errors").checked("bytearray", (self, a, kw) -> {
            byte[] v = initialBytes(a, kw);
            PyBytearray ba = (PyBytearray) self;
            ba.data = v;
            ba.size = v.length;
            return PyNoneType.NONE;
        }));
        TYPE.method("append", ArgSpec.ONE, (b, a, kw) -> {
            ((PyBytearray) b).extendBytes(new byte[] {(byte) PyBytes.byteValue(a[0])});
            return PyNoneType.NONE;
        });
        TYPE.method("extend", ArgSpec.ONE, (b, a, kw) -> {
            if (a[0] instanceof PyInt) {
                throw PythonException.typeError("can't extend bytearray with int");
            }
            ((PyBytearray) b).extendBytes(PyBytes.construct(a[0]));
            return PyNoneType.NONE;
        });
        TYPE.method("pop", ArgSpec.positional(0, 1), (b, a, kw) -> {
            PyBytearray ba = (PyBytearray) b;
            if (ba.size == 0) {
                throw PythonException.indexError("pop from empty bytearray");
            }
            long i = a.length > 0 ? NumberOps.index(a[0]).asLong() : ba.size - 1;
            if (i < 0) {
                i += ba.size;
            }
            if (i < 0 || i >= ba.size) {
                throw PythonException.indexError("pop index out of range");
            }
            int v = ba.data[(int) i] & 0xff;
            System.arraycopy(ba.data, (int) i + 1, ba.data, (int) i, ba.size - (int) i - 1);
            ba.size--;
            return PyInt.of(v);
        });
        TYPE.method("insert", ArgSpec.positional(2, 2), (b, a, kw) -> {
            PyBytearray ba = (PyBytearray) b;
            long i = NumberOps.index(a[0]).asLong();
            if (i < 0) {
                i = Math.max(0, i + ba.size);
            }
            i = Math.min(i, ba.size);
            byte[] r = ba.toByteArray();
            byte[] out = new byte[r.length + 1];
            System.arraycopy(r, 0, out, 0, (int) i);
            out[(int) i] = (byte) PyBytes.byteValue(a[1]);
            System.arraycopy(r, (int) i, out, (int) i + 1, r.length - (int) i);
            ba.data = out;
            ba.size = out.length;
            return PyNoneType.NONE;
        });
        TYPE.method("clear", ArgSpec.NOARGS, (b, a, kw) -> {
            ((PyBytearray) b).size = 0;
            return PyNoneType.NONE;
        });
        TYPE.method("reverse", ArgSpec.NOARGS, (b, a, kw) -> {
            PyBytearray ba = (PyBytearray) b;
            for (int i = 0, j = ba.size - 1; i < j; i++, j--) {
                byte x = ba.data[i];
                ba.data[i] = ba.data[j];
                ba.data[j] = x;
            }
            return PyNoneType.NONE;
        });
        TYPE.method("copy", ArgSpec.NOARGS, (b, a, kw) -> new PyBytearray(((PyBytearray) b).toByteArray()));
        TYPE.method("remove", ArgSpec.ONE, (b, a, kw) -> {
            PyBytearray ba = (PyBytearray) b;
            int v = PyBytes.byteValue(a[0]);
            for (int i = 0; i < ba.size; i++) {
                if ((ba.data[i] & 0xff) == v) {
                    System.arraycopy(ba.data, i + 1, ba.data, i, ba.size - i - 1);
                    ba.size--;
                    return PyNoneType.NONE;
                }
            }
            throw PythonException.valueError("value not found in bytearray");
        });
        TYPE.define("fromhex", PyClassmethod.of(new PyBuiltinFunctionOrMethod("fromhex",
                (s, a, kw) -> BytesMethods.ofClass(a[0], TYPE, new PyBytearray(BytesMethods.fromhex(a[1].toString()))))));
        BytesMethods.fillCommon(TYPE, true);
    }

    private byte[] data;
    private int size;

    /** A bytearray holding {@code data} (kept). */
    public PyBytearray(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The live buffer (not a copy; may be longer than the bytearray), for views. */
    byte[] storage() {
        return data;
    }

    /** The number of bytes held. */
    int size() {
        return size;
    }

    /** {@code self[k]}, reading the storage in place. */
    private PyObject subscript(PyObject k) {
        return BytesMethods.subscript(data, size, k, true);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    private void extendBytes(byte[] more) {
        if (size + more.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + more.length, data.length * 2 + 8));
        }
        System.arraycopy(more, 0, data, size, more.length);
        size += more.length;
    }

    private void assign(PyObject k, PyObject v) {
        if (k instanceof PySlice) {
            int[] s = ((PySlice) k).indices(size);
            byte[] src = v instanceof PyInt ? new byte[(int) ((PyInt) v).asLong()] : PyBytes.construct(v);
            byte[] cur = toByteArray();
            if (s[2] == 1) {
                int stop = Math.max(s[0], s[1]);
                byte[] out = new byte[cur.length - (stop - s[0]) + src.length];
                System.arraycopy(cur, 0, out, 0, s[0]);
                System.arraycopy(src, 0, out, s[0], src.length);
                System.arraycopy(cur, stop, out, s[0] + src.length, cur.length - stop);
                data = out;
                size = out.length;
                return;
            }
            if (src.length != s[3]) {
                throw PythonException.valueError("attempt to assign bytes of size " + src.length
                        + " to extended slice of size " + s[3]);
            }
            for (int i = 0, j = s[0]; i < s[3]; i++, j += s[2]) {
                data[j] = src[i];
            }
            return;
        }
        long i = Clinic.itemIndex(k);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PythonException.indexError("bytearray index out of range");
        }
        data[(int) i] = (byte) PyBytes.byteValue(v);
    }

    private void delete(PyObject k) {
        byte[] cur = toByteArray();
        boolean[] drop = new boolean[cur.length];
        if (k instanceof PySlice) {
            int[] s = ((PySlice) k).indices(size);
            for (int i = 0, j = s[0]; i < s[3]; i++, j += s[2]) {
                drop[j] = true;
            }
        } else {
            long i = Clinic.itemIndex(k);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PythonException.indexError("bytearray index out of range");
            }
            drop[(int) i] = true;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < cur.length; i++) {
            if (!drop[i]) {
                out.write(cur[i]);
            }
        }
        data = out.toByteArray();
        size = data.length;
    }

    /** The bytes {@code bytearray(source, encoding, errors)} starts with, its arguments bound by position. */
    private static byte[] initialBytes(PyObject[] a, String[] kw) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos == 0) {
            return new byte[0];
        }
        if (a[0] instanceof PyStr) {
            if (npos < 2) {
                throw PythonException.typeError("string argument without an encoding");
            }
            return Codecs.encode(a[0].toString(), a[1].toString(), npos > 2 ? a[2].toString() : "strict");
        }
        return PyBytes.construct(a[0]);
    }

    /** An instance of a class deriving from {@code bytearray}: the builtin's state plus the class and an instance dict. */
    public static final class Derived extends PyBytearray implements DictOwner, ClassAssignable {
        private PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, byte[] data) {
            super(data);
            this.type = newRef(type);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType newType) {
            PyType old = type;
            type = newRef(newType);
            old.decref();
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        protected void dealloc() {
            org.krait.runtime.memory.ReleaseQueue.release(this);
        }

        @Override
        public void releaseReferences() {
            super.releaseReferences();
            dict.decref();
            type.decref();
        }
    }
}
