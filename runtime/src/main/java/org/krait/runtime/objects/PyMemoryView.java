package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code memoryview} over a {@code bytes} or {@code bytearray}: a one-dimensional view (start
 * byte, item count, byte stride) read and written in place, with native little-endian item
 * formats. CPython: Objects/memoryobject.c.
 */
public final class PyMemoryView extends PyObject {

    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT).finalType();

    /** The item formats a view may have; a format's size is its index's entry in SIZES. */
    private static final String FORMATS = "BbchHiIlLqQnN?";
    private static final int[] SIZES = {1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8, 8, 8, 1};

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos != 1) {
                throw PythonException.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(a[0]);
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) m -> PyStr.of("<" + (((PyMemoryView) m).released ? "released " : "")
                + "memory at 0x" + Integer.toHexString(System.identityHashCode(m)) + ">"));
        TYPE.slot(Slot.LEN, (Signature.Length) m -> ((PyMemoryView) m).live().length);
        TYPE.slot(Slot.ITER, (Signature.Unary) m -> new PySequenceIterator(((PyMemoryView) m).live(), 0));
        TYPE.slot(Slot.GETITEM, (Signature.Binary) (m, k) -> ((PyMemoryView) m).subscript(k));
        TYPE.slot(Slot.SETITEM, (Signature.Setter) (m, k, v) -> ((PyMemoryView) m).assign(k, v));
        TYPE.slot(Slot.DELITEM, (Signature.Deleter) (m, k) -> {
            ((PyMemoryView) m).live();
            throw PythonException.typeError("cannot delete memory");
        });
        TYPE.slot(Slot.HASH, (Signature.Hash) m -> ((PyMemoryView) m).hash());
        TYPE.slot(Slot.EQ, (Signature.Binary) (a, b) -> ((PyMemoryView) a).equalTo(b, true));
        TYPE.slot(Slot.NE, (Signature.Binary) (a, b) -> ((PyMemoryView) a).equalTo(b, false));
        TYPE.method("tobytes", ArgSpec.keywords(0, "order"), (m, a, kw) -> PyBytes.of(((PyMemoryView) m).toBytes()));
        TYPE.method("tolist", ArgSpec.NOARGS, (m, a, kw) -> ((PyMemoryView) m).toList());
        TYPE.method("hex", ArgSpec.keywords(0, "sep", "bytes_per_sep"), (m, a, kw) -> {
            PyBytes b = PyBytes.of(((PyMemoryView) m).toBytes());
            try {
                return org.krait.runtime.ops.CallOps.call(PyBytes.TYPE.lookup("hex"), prepend(b, a), kw);
            } finally {
                b.decref();
            }
        });
        TYPE.method("release", ArgSpec.NOARGS, (m, a, kw) -> {
            ((PyMemoryView) m).release();
            return PyNoneType.NONE;
        });
        TYPE.method("__enter__", ArgSpec.NOARGS, (m, a, kw) -> newRef(((PyMemoryView) m).live()));
        TYPE.method("__exit__", ArgSpec.VARARGS, (m, a, kw) -> {
            ((PyMemoryView) m).release();
            return PyBool.FALSE;
        });
        TYPE.method("cast", ArgSpec.keywords(1, "format", "shape"), (m, a, kw) -> ((PyMemoryView) m).cast(a));
        TYPE.method("toreadonly", ArgSpec.NOARGS, (m, a, kw) -> {
            PyMemoryView v = ((PyMemoryView) m).live();
            return new PyMemoryView(v.obj, v.start, v.length, v.stride, v.format, true);
        });
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (m, n) -> ((PyMemoryView) m).attribute((PyStr) n));
    }

    private final PyObject obj;
    private final int start;
    private final int length;
    private final int stride;
    private final String format;
    private final int itemsize;
    private final boolean readonly;
    private boolean released;

    private PyMemoryView(PyObject obj, int start, int length, int stride, String format, boolean readonly) {
        this.obj = newRef(obj);
        this.start = start;
        this.length = length;
        this.stride = stride;
        this.format = format;
        this.itemsize = SIZES[FORMATS.indexOf(format)];
        this.readonly = readonly;
    }

    /** {@code memoryview(o)}: a view of a bytes, a bytearray or another view's memory. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyBytes) {
            return new PyMemoryView(o, 0, ((PyBytes) o).size(), 1, "B", true);
        }
        if (o instanceof PyBytearray) {
            return new PyMemoryView(o, 0, ((PyBytearray) o).size(), 1, "B", false);
        }
        if (o instanceof PyMemoryView) {
            PyMemoryView v = ((PyMemoryView) o).live();
            return new PyMemoryView(v.obj, v.start, v.length, v.stride, v.format, v.readonly);
        }
        throw PythonException.typeError("memoryview: a bytes-like object is required, not '" + o.type().name() + "'");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** This view, or ValueError once released. */
    private PyMemoryView live() {
        if (released) {
            throw PythonException.valueError("operation forbidden on released memoryview object");
        }
        return this;
    }

    private byte[] storage() {
        return obj instanceof PyBytes ? ((PyBytes) obj).storage() : ((PyBytearray) obj).storage();
    }

    private boolean contiguous() {
        return length <= 1 || stride == itemsize;
    }

    /** The viewed bytes, in item order (a copy). */
    byte[] toBytes() {
        live();
        byte[] src = storage();
        byte[] out = new byte[length * itemsize];
        for (int i = 0; i < length; i++) {
            System.arraycopy(src, start + i * stride, out, i * itemsize, itemsize);
        }
        return out;
    }

    private PyObject item(byte[] src, int at) {
        char f = format.charAt(0);
        if (f == 'c') {
            return PyBytes.of(new byte[] {src[at]});
        }
        long v = 0;
        for (int i = itemsize - 1; i >= 0; i--) {
            v = v << 8 | (src[at + i] & 0xff);
        }
        switch (f) {
            case 'b':
                return PyInt.of((byte) v);
            case 'h':
                return PyInt.of((short) v);
            case 'i':
                return PyInt.of((int) v);
            case '?':
                return PyBool.of(v != 0);
            case 'B': case 'H': case 'I':
                return PyInt.of(v);
            case 'L': case 'Q': case 'N':
                return v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            default:
                return PyInt.of(v);
        }
    }

    private PyList toList() {
        live();
        byte[] src = storage();
        PyList out = new PyList();
        for (int i = 0; i < length; i++) {
            PyObject x = item(src, start + i * stride);
            out.append(x);
            x.decref();
        }
        return out;
    }

    private int index(PyObject k) {
        long i = Clinic.itemIndex(k);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PythonException.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    private PyObject subscript(PyObject k) {
        live();
        if (k instanceof PySlice) {
            int[] s = ((PySlice) k).indices(length);
            return new PyMemoryView(obj, start + s[0] * stride, s[3], stride * s[2], format, readonly);
        }
        if (k == PyEllipsis.ELLIPSIS) {
            return newRef(this);
        }
        if (!(k instanceof PyInt) && !k.type().has(Slot.INDEX)) {
            throw PythonException.typeError("memoryview: invalid slice key");
        }
        return item(storage(), start + index(k) * stride);
    }

    private void assign(PyObject k, PyObject v) {
        live();
        if (readonly) {
            throw PythonException.typeError("cannot modify read-only memory");
        }
        byte[] dst = storage();
        if (k instanceof PySlice) {
            int[] s = ((PySlice) k).indices(length);
            byte[] src = PyBytes.bytesOf(v);
            if (src == null) {
                throw PythonException.typeError("a bytes-like object is required, not '" + v.type().name() + "'");
            }
            if (src.length != s[3] * itemsize || v instanceof PyMemoryView && !((PyMemoryView) v).format.equals(format)) {
                throw PythonException.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < s[3]; i++) {
                System.arraycopy(src, i * itemsize, dst, start + (s[0] + i * s[2]) * stride, itemsize);
            }
            return;
        }
        if (!(k instanceof PyInt) && !k.type().has(Slot.INDEX)) {
            throw PythonException.typeError("memoryview: invalid slice key");
        }
        int at = start + index(k) * stride;
        pack(dst, at, v);
    }

    /** Writes {@code v} as one item at byte {@code at}, checking its type and range. */
    private void pack(byte[] dst, int at, PyObject v) {
        char f = format.charAt(0);
        if (f == 'c') {
            byte[] b = v instanceof PyBytes ? ((PyBytes) v).storage() : null;
            if (b == null || b.length != 1) {
                throw PythonException.valueError("memoryview: invalid value for format 'c'");
            }
            dst[at] = b[0];
            return;
        }
        if (f == '?') {
            dst[at] = (byte) (ObjectOps.isTrue(v) ? 1 : 0);
            return;
        }
        if (!(v instanceof PyInt) && !v.type().has(Slot.INDEX)) {
            throw PythonException.typeError("memoryview: invalid type for format '" + format + "'");
        }
        PyInt n = NumberOps.index(v);
        boolean signed = Character.isLowerCase(f);
        int bits = itemsize * 8;
        boolean fits;
        long x = 0;
        if (n.isLong()) {
            x = n.longValue();
            if (bits == 64) {
                fits = signed || x >= 0;
            } else if (signed) {
                fits = x >= -(1L << (bits - 1)) && x < 1L << (bits - 1);
            } else {
                fits = x >= 0 && x < 1L << bits;
            }
        } else {
            java.math.BigInteger big = n.bigValue();
            fits = !signed && bits == 64 && big.signum() >= 0 && big.bitLength() <= 64;
            x = big.longValue();
        }
        if (!fits) {
            throw PythonException.valueError("memoryview: invalid value for format '" + format + "'");
        }
        for (int i = 0; i < itemsize; i++) {
            dst[at + i] = (byte) (x >>> (8 * i));
        }
    }

    private void release() {
        if (!released) {
            released = true;
            obj.decref();
        }
    }

    private long hash() {
        live();
        if (!readonly) {
            throw PythonException.valueError("cannot hash writable memoryview object");
        }
        if ("Bbc".indexOf(format.charAt(0)) < 0) {
            throw PythonException.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        PyBytes b = PyBytes.of(toBytes());
        try {
            return ObjectOps.hash(b);
        } finally {
            b.decref();
        }
    }

    private PyObject equalTo(PyObject other, boolean eq) {
        if (other == this) {
            return PyBool.of(eq);
        }
        PyList mine;
        PyList theirs;
        if (other instanceof PyMemoryView) {
            PyMemoryView o = (PyMemoryView) other;
            if (released || o.released) {
                return PyBool.of(!eq);
            }
            theirs = o.toList();
        } else if (other instanceof PyBytes || other instanceof PyBytearray) {
            if (released) {
                return PyBool.of(!eq);
            }
            PyMemoryView o = of(other);
            theirs = o.toList();
            o.decref();
        } else {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        mine = toList();
        boolean same = mine.size() == theirs.size();
        for (int i = 0; same && i < mine.size(); i++) {
            same = ObjectOps.equal(mine.getItem(i), theirs.getItem(i));
        }
        mine.decref();
        theirs.decref();
        return PyBool.of(same == eq);
    }

    /** {@code cast(format, shape)}, bound by position (shape null when not given). */
    private PyObject cast(PyObject[] a) {
        live();
        PyObject fmt = a[0];
        PyObject shape = a.length > 1 ? a[1] : null;
        if (!(fmt instanceof PyStr)) {
            throw PythonException.typeError("memoryview: format argument must be a string");
        }
        if (!contiguous()) {
            throw PythonException.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        String f = fmt.toString();
        String bare = f.startsWith("@") ? f.substring(1) : f;
        if (bare.length() != 1 || FORMATS.indexOf(bare) < 0) {
            throw PythonException.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        boolean fromBytes = "Bbc".indexOf(format.charAt(0)) >= 0;
        boolean toBytes = "Bbc".indexOf(bare.charAt(0)) >= 0;
        if (!fromBytes && !toBytes) {
            throw PythonException.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int size = SIZES[FORMATS.indexOf(bare)];
        int nbytes = length * itemsize;
        if (nbytes % size != 0) {
            throw PythonException.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (shape != null && shape != PyNoneType.NONE) {
            PyObject[] dims = org.krait.runtime.ops.IterOps.toArray(shape);
            if (dims.length != 1 || NumberOps.index(dims[0]).asLong() * size != nbytes) {
                throw PythonException.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        return new PyMemoryView(obj, start, nbytes / size, size, bare, readonly);
    }

    private PyObject attribute(PyStr n) {
        switch (n.toString()) {
            case "obj":
                return newRef(live().obj);
            case "readonly":
                return PyBool.of(live().readonly);
            case "format":
                return PyStr.of(live().format);
            case "itemsize":
                return PyInt.of(live().itemsize);
            case "nbytes":
                return PyInt.of((long) live().length * itemsize);
            case "ndim":
                live();
                return PyInt.of(1);
            case "shape":
                return PyTuple.of(PyInt.of(live().length));
            case "strides":
                return PyTuple.of(PyInt.of(live().stride));
            case "suboffsets":
                live();
                return PyTuple.fromArray(new PyObject[0]);
            case "c_contiguous":
            case "f_contiguous":
            case "contiguous":
                return PyBool.of(live().contiguous());
            case "released":
                return PyBool.of(released);
            default:
                return ObjectOps.genericGetAttr(this, n, null);
        }
    }

    @Override
    public void releaseReferences() {
        release();
    }
}
