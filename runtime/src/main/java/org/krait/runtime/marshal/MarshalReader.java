package org.krait.runtime.marshal;

import static org.krait.runtime.marshal.Marshal.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.numbers.FloatText;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyComplex;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyEllipsis;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * Reads marshal data as CPython's {@code r_object}: every type code CPython 3.11 reads (also the
 * old text floats, {@code TYPE_INT64} and the pre-version-4 string codes), back-references, and
 * Krait's code objects, whose instructions are checked before a {@link PyCode} is made from them.
 * Over a byte array it reads value after value and reports where it stands ({@link #position}).
 */
public final class MarshalReader {

    /** Where the bytes come from: an array, or a Python file read through {@code readinto}. */
    interface Input {
        /** The next byte, or -1 at the end. */
        int readByte();

        /** The next {@code n} bytes; EOFError when there are fewer. */
        byte[] read(int n);
    }

    private final Input in;
    private final ArrayInput array;
    /** Objects read with {@code FLAG_REF}, each owned by this list; null while reserved. */
    private final List<PyObject> refs = new ArrayList<>();
    private int depth;

    /** A reader of {@code data} from {@code offset} on. */
    public MarshalReader(byte[] data, int offset) {
        array = new ArrayInput(data, offset);
        in = array;
    }

    MarshalReader(Input in) {
        this.in = in;
        this.array = null;
    }

    /** The offset just past what has been read (for a reader over an array). */
    public int position() {
        return array.pos;
    }

    /**
     * The next value (a new reference). TypeError "NULL object in marshal data for object" when
     * the data holds the end marker of a dict there.
     */
    public PyObject readObject() {
        try {
            PyObject v = object();
            if (v == null) {
                throw PythonException.typeError("NULL object in marshal data for object");
            }
            return v;
        } finally {
            for (PyObject o : refs) {
                if (o != null) {
                    o.decref();
                }
            }
            refs.clear();
        }
    }

    /** One value, or null for {@code TYPE_NULL}. */
    private PyObject object() {
        int code = in.readByte();
        if (code < 0) {
            throw eof("EOF read where object expected");
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            throw PythonException.valueError("recursion limit exceeded");
        }
        boolean flag = (code & FLAG_REF) != 0;
        PyObject v = typed(code & ~FLAG_REF, flag);
        depth--;
        return v;
    }

    private PyObject typed(int type, boolean flag) {
        switch (type) {
            case TYPE_NULL:
                return null;
            case TYPE_NONE:
                return PyNoneType.NONE;
            case TYPE_STOPITER:
                return ExceptionTypes.STOP_ITERATION;
            case TYPE_ELLIPSIS:
                return PyEllipsis.ELLIPSIS;
            case TYPE_FALSE:
                return PyBool.FALSE;
            case TYPE_TRUE:
                return PyBool.TRUE;
            case TYPE_INT:
                return ref(PyInt.of(int32()), flag);
            case TYPE_INT64:
                return ref(PyInt.of(int64()), flag);
            case TYPE_LONG:
                return ref(bigInt(), flag);
            case TYPE_FLOAT:
                return ref(new PyFloat(floatText()), flag);
            case TYPE_BINARY_FLOAT:
                return ref(new PyFloat(float64()), flag);
            case TYPE_COMPLEX: {
                double re = floatText();
                return ref(new PyComplex(re, floatText()), flag);
            }
            case TYPE_BINARY_COMPLEX: {
                double re = float64();
                return ref(new PyComplex(re, float64()), flag);
            }
            case TYPE_STRING:
                return ref(PyBytes.of(in.read(size("bytes object"))), flag);
            case TYPE_ASCII_INTERNED:
            case TYPE_ASCII:
                return ascii(size("string"), type == TYPE_ASCII_INTERNED, flag);
            case TYPE_SHORT_ASCII_INTERNED:
            case TYPE_SHORT_ASCII: {
                return ascii(count(), type == TYPE_SHORT_ASCII_INTERNED, flag);
            }
            case TYPE_INTERNED:
            case TYPE_UNICODE: {
                int n = size("string");
                PyStr s = n == 0 ? PyStr.EMPTY : Utf8.decode(in.read(n), 0, n);
                return ref(type == TYPE_INTERNED ? PyStr.intern(s.toString()) : s, flag);
            }
            case TYPE_SMALL_TUPLE: {
                return tuple(count(), flag);
            }
            case TYPE_TUPLE:
                return tuple(size("tuple"), flag);
            case TYPE_LIST:
                return list(size("list"), flag);
            case TYPE_DICT:
                return dict(flag);
            case TYPE_SET:
            case TYPE_FROZENSET:
                return set(size("set"), type == TYPE_FROZENSET, flag);
            case TYPE_CODE:
                return code(flag);
            case TYPE_REF: {
                int n = int32();
                if (n < 0 || n >= refs.size() || refs.get(n) == null) {
                    throw PythonException.valueError("bad marshal data (invalid reference)");
                }
                return PyObject.newRef(refs.get(n));
            }
            default:
                throw PythonException.valueError("bad marshal data (unknown type code)");
        }
    }

    /** Enters {@code o} in the back-reference table when {@code flag}; returns it. */
    private PyObject ref(PyObject o, boolean flag) {
        if (flag) {
            o.incref();
            refs.add(o);
        }
        return o;
    }

    private int reserve(boolean flag) {
        if (!flag) {
            return -1;
        }
        refs.add(null);
        return refs.size() - 1;
    }

    private void fill(int index, PyObject o) {
        if (index >= 0) {
            o.incref();
            refs.set(index, o);
        }
    }

    private PyObject ascii(int n, boolean interned, boolean flag) {
        byte[] b = in.read(n);
        String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        return ref(interned ? PyStr.intern(s) : PyStr.of(s), flag);
    }

    private PyObject tuple(int n, boolean flag) {
        PyObject[] items = new PyObject[n];
        java.util.Arrays.fill(items, PyNoneType.NONE);
        // Entered before its items, as CPython does, so the items may refer to it.
        PyTuple t = PyTuple.fromArray(items);
        ref(t, flag);
        try {
            for (int i = 0; i < n; i++) {
                items[i] = item("tuple");
            }
        } catch (PythonException e) {
            t.decref();
            throw e;
        }
        return t;
    }

    private PyObject list(int n, boolean flag) {
        PyList l = new PyList();
        ref(l, flag);
        try {
            for (int i = 0; i < n; i++) {
                PyObject o = item("list");
                l.append(o);
                o.decref();
            }
        } catch (PythonException e) {
            l.decref();
            throw e;
        }
        return l;
    }

    private PyObject dict(boolean flag) {
        PyDict d = new PyDict();
        ref(d, flag);
        try {
            while (true) {
                PyObject k = object();
                if (k == null) {
                    break;
                }
                PyObject v;
                try {
                    v = object();
                } catch (PythonException e) {
                    k.decref();
                    throw e;
                }
                if (v == null) {
                    k.decref();
                    break;
                }
                d.setItem(k, v);
                k.decref();
                v.decref();
            }
        } catch (PythonException e) {
            d.decref();
            throw e;
        }
        return d;
    }

    private PyObject set(int n, boolean frozen, boolean flag) {
        PySet s = new PySet(frozen);
        // A frozenset is entered once complete: it must not be seen half-built.
        int index = frozen ? reserve(flag) : -1;
        if (!frozen) {
            ref(s, flag);
        }
        try {
            for (int i = 0; i < n; i++) {
                PyObject o = item("set");
                try {
                    s.add(o);
                } finally {
                    o.decref();
                }
            }
        } catch (PythonException e) {
            s.decref();
            throw e;
        }
        fill(index, s);
        return s;
    }

    /** An item of a container: TypeError "NULL object in marshal data for KIND" at an end marker. */
    private PyObject item(String kind) {
        PyObject o = object();
        if (o == null) {
            throw PythonException.typeError("NULL object in marshal data for " + kind);
        }
        return o;
    }

    private PyObject code(boolean flag) {
        int index = reserve(flag);
        int argcount = int32();
        int posonly = int32();
        int kwonly = int32();
        int stacksize = int32();
        int flags = int32();
        List<PyObject> parts = new ArrayList<>();
        try {
            byte[] code = bytesField(parts);
            PyObject consts = field(parts);
            String[] names = namesField(parts);
            String[] localsNames = namesField(parts);
            byte[] kinds = bytesField(parts);
            String filename = nameField(parts);
            String name = nameField(parts);
            String qualname = nameField(parts);
            int firstlineno = int32();
            byte[] linetable = bytesField(parts);
            byte[] exceptiontable = bytesField(parts);
            if (!(consts instanceof PyTuple) || consts.getClass() != PyTuple.class || kinds.length != localsNames.length) {
                throw badCode();
            }
            PyObject[] constArray = ((PyTuple) consts).toArray();
            CodeCheck.check(code, constArray.length, names.length, localsNames.length, exceptiontable, linetable,
                    firstlineno);
            for (PyObject c : constArray) {
                c.incref();
            }
            PyCode co = new PyCode(argcount, posonly, kwonly, stacksize, flags, code, constArray, names, localsNames,
                    kinds, filename, name, qualname, firstlineno, linetable, exceptiontable);
            fill(index, co);
            return co;
        } finally {
            for (PyObject p : parts) {
                p.decref();
            }
        }
    }

    static PythonException badCode() {
        return PythonException.valueError("bad marshal data (invalid code object)");
    }

    private PyObject field(List<PyObject> parts) {
        PyObject o = item("object");
        parts.add(o);
        return o;
    }

    private byte[] bytesField(List<PyObject> parts) {
        PyObject o = field(parts);
        if (o.getClass() != PyBytes.class) {
            throw badCode();
        }
        return ((PyBytes) o).toByteArray();
    }

    private String nameField(List<PyObject> parts) {
        PyObject o = field(parts);
        if (o.getClass() != PyStr.class) {
            throw badCode();
        }
        return o.toString();
    }

    private String[] namesField(List<PyObject> parts) {
        PyObject o = field(parts);
        if (o.getClass() != PyTuple.class) {
            throw badCode();
        }
        PyTuple t = (PyTuple) o;
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            if (t.getItem(i).getClass() != PyStr.class) {
                throw badCode();
            }
            out[i] = t.getItem(i).toString();
        }
        return out;
    }

    /** A one-byte count. */
    private int count() {
        int n = in.readByte();
        if (n < 0) {
            throw eof("EOF read where not expected");
        }
        return n;
    }

    /** A 32-bit count: ValueError "bad marshal data (KIND size out of range)" when negative. */
    private int size(String kind) {
        int n = int32();
        if (n < 0) {
            throw PythonException.valueError("bad marshal data (" + kind + " size out of range)");
        }
        return n;
    }

    private PyObject bigInt() {
        int n = int32();
        if (n == 0) {
            return PyInt.of(0);
        }
        if (n == Integer.MIN_VALUE) {
            throw PythonException.valueError("bad marshal data (long size out of range)");
        }
        int count = Math.abs(n);
        byte[] raw = in.read(2 * count);
        BigInteger v = BigInteger.ZERO;
        for (int i = count - 1; i >= 0; i--) {
            int d = (raw[2 * i] & 0xff) | (raw[2 * i + 1] & 0xff) << 8;
            if (d > 0x7fff) {
                throw PythonException.valueError("bad marshal data (digit out of range in long)");
            }
            if (d == 0 && i == count - 1) {
                throw PythonException.valueError("bad marshal data (unnormalized long data)");
            }
            v = v.shiftLeft(15).or(BigInteger.valueOf(d));
        }
        return PyInt.of(n < 0 ? v.negate() : v);
    }

    private double floatText() {
        String s = new String(in.read(count()), java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            return FloatText.parse(s);
        } catch (RuntimeException e) {
            throw PythonException.valueError("could not convert string to float: '" + s + "'");
        }
    }

    private double float64() {
        return Double.longBitsToDouble(int64());
    }

    private long int64() {
        byte[] b = in.read(8);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xff);
        }
        return v;
    }

    private int int32() {
        byte[] b = in.read(4);
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }

    static PythonException eof(String message) {
        return PythonException.of(ExceptionTypes.EOF_ERROR, message);
    }

    /** Bytes of an array; {@code loads} and the streaming reader. */
    private static final class ArrayInput implements Input {
        private final byte[] data;
        private int pos;

        ArrayInput(byte[] data, int pos) {
            this.data = data;
            this.pos = pos;
        }

        @Override
        public int readByte() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public byte[] read(int n) {
            if (data.length - pos < n) {
                throw eof("marshal data too short");
            }
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }
    }
}
