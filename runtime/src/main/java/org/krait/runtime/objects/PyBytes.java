package org.krait.runtime.objects;

import java.util.Arrays;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.PyType;

/**
 * {@code bytes}: an immutable byte array. CPython: Objects/bytesobject.c. Methods live in
 * {@link BytesMethods}; most of them reuse the str algorithms on the Latin-1 reading of the bytes.
 */
public class PyBytes extends PyObject {

    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT);

    public static final PyBytes EMPTY = new PyBytes(new byte[0]).immortal();

    static {
        BytesMethods.fill(TYPE);
        Pickling.getnewargs(TYPE, b -> PyBytes.of(((PyBytes) b).toByteArray()));
    }

    private final byte[] data;

    protected PyBytes(byte[] data) {
        this.data = data;
    }

    /** Bytes holding {@code data} (kept, not copied: the caller must not change it). */
    public static PyBytes of(byte[] data) {
        return data.length == 0 ? EMPTY : new PyBytes(data);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A {@code bytes} owns no references: nothing to release. */
    @Override
    protected void dealloc() {
    }

    /** The bytes (a copy). */
    public byte[] toByteArray() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    /** The bytes themselves (not a copy), for views that read them in place. */
    byte[] storage() {
        return data;
    }

    /** Byte {@code i} as 0..255. */
    public int byteAt(int i) {
        return data[i] & 0xff;
    }

    /** The Latin-1 reading of the bytes, one char per byte. */
    String latin1() {
        char[] c = new char[data.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (data[i] & 0xff);
        }
        return new String(c);
    }

    /** The bytes of a Latin-1 string (every char below 256). */
    static PyBytes fromLatin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return of(b);
    }

    /**
     * The bytes of a bytes-like object ({@code bytes}, {@code bytearray}, {@code memoryview}), or
     * null: a {@code bytes}'s own storage (which must not be changed), a copy for the others.
     */
    public static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).data;
        }
        if (o instanceof PyBytearray) {
            return ((PyBytearray) o).toByteArray();
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).toBytes();
        }
        return null;
    }

    /** The bytes of a bytes-like argument, as {@link #bytesOf} (not to be changed); anything else is CPython's TypeError. */
    public static byte[] bytesLike(PyObject o) {
        byte[] b = bytesOf(o);
        if (b == null) {
            throw PythonException.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b;
    }

    /** {@code repr(b)}: {@code b'...'} with CPython's quote choice and escapes. */
    public static String repr(byte[] data, String prefix, String suffix) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : data) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(prefix).append(quote);
        for (byte x : data) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).append(suffix).toString();
    }

    /** The bytes {@code bytearray(x)} makes of an int count, an iterable of ints or a buffer. */
    static byte[] construct(PyObject x) {
        return construct(x, "byte");
    }

    /** As {@link #construct(PyObject)}; {@code noun} starts the out-of-range message ("bytes" for bytes()). */
    static byte[] construct(PyObject x, String noun) {
        byte[] direct = bytesOf(x);
        if (direct != null) {
            return direct.clone();
        }
        if (x instanceof PyInt || !(x instanceof PyStr) && x.type().has(org.krait.runtime.types.Slot.INDEX)) {
            PyInt count = org.krait.runtime.ops.NumberOps.index(x);
            if (!count.isLong()) {
                throw PythonException.overflow("cannot fit 'int' into an index-sized integer");
            }
            long n = count.longValue();
            if (n < 0) {
                throw PythonException.valueError("negative count");
            }
            return new byte[Allocation.length(n)];
        }
        if (x instanceof PyStr) {
            throw PythonException.typeError("string argument without an encoding");
        }
        if (!x.type().has(org.krait.runtime.types.Slot.ITER) && !x.type().has(org.krait.runtime.types.Slot.GETITEM)) {
            throw PythonException.typeError("cannot convert '" + x.type().name() + "' object to bytes");
        }
        PyObject[] items = org.krait.runtime.ops.IterOps.toArray(x);
        try {
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = (byte) byteValue(items[i], noun);
            }
            return out;
        } finally {
            for (PyObject item : items) {
                item.decref();
            }
        }
    }

    /** An int in range(0, 256), else ValueError or TypeError as CPython. */
    static int byteValue(PyObject o) {
        return byteValue(o, "byte");
    }

    /** As {@link #byteValue(PyObject)}, naming {@code noun} in the range message. */
    static int byteValue(PyObject o, String noun) {
        if (!(o instanceof PyInt) && !o.type().has(org.krait.runtime.types.Slot.INDEX)) {
            throw PythonException.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyInt i = NumberOps.index(o);
        if (!i.isLong() || i.longValue() < 0 || i.longValue() > 255) {
            throw PythonException.valueError(noun + " must be in range(0, 256)");
        }
        return (int) i.longValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes && Arrays.equals(data, ((PyBytes) o).data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** An instance of a class deriving from {@code bytes}: the builtin's state plus the class and an instance dict. */
    public static final class Derived extends PyBytes implements DictOwner {
        private final PyType type;
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
