package org.krait.runtime.marshal;

import static org.krait.runtime.marshal.Marshal.*;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.IdentityHashMap;
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
 * Writes one value in the marshal format, as CPython's {@code w_object}. From version 3 on, an
 * object that may be shared (its reference count is above one, or it is immortal: CPython's
 * singletons and small ints always have other references) is entered in a table by identity:
 * its first occurrence carries {@code FLAG_REF}, the later ones are {@code TYPE_REF} to its index.
 */
final class MarshalWriter {

    private static final BigInteger DIGIT_MASK = BigInteger.valueOf(0x7fff);

    private final int version;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    private final IdentityHashMap<PyObject, Integer> refs = new IdentityHashMap<>();
    private int depth;

    MarshalWriter(int version) {
        this.version = version;
    }

    byte[] write(PyObject value) {
        object(value);
        return out.toByteArray();
    }

    private void object(PyObject v) {
        if (++depth > MAX_DEPTH) {
            throw PythonException.valueError("object too deeply nested to marshal");
        }
        if (v == null) {
            out.write(TYPE_NULL);
        } else if (v == PyNoneType.NONE) {
            out.write(TYPE_NONE);
        } else if (v == ExceptionTypes.STOP_ITERATION) {
            out.write(TYPE_STOPITER);
        } else if (v == PyEllipsis.ELLIPSIS) {
            out.write(TYPE_ELLIPSIS);
        } else if (v == PyBool.FALSE) {
            out.write(TYPE_FALSE);
        } else if (v == PyBool.TRUE) {
            out.write(TYPE_TRUE);
        } else {
            int flag = 0;
            if (version >= 3 && (v.isImmortal() || v.refcnt() > 1)) {
                Integer index = refs.get(v);
                if (index != null) {
                    out.write(TYPE_REF);
                    int32(index);
                    depth--;
                    return;
                }
                refs.put(v, refs.size());
                flag = FLAG_REF;
            }
            complex(v, flag);
        }
        depth--;
    }

    private void complex(PyObject v, int flag) {
        Class<?> c = v.getClass();
        if (c == PyInt.class) {
            integer((PyInt) v, flag);
        } else if (c == PyFloat.class) {
            double d = ((PyFloat) v).value();
            if (version > 1) {
                out.write(TYPE_BINARY_FLOAT | flag);
                float64(d);
            } else {
                out.write(TYPE_FLOAT | flag);
                floatText(d);
            }
        } else if (c == PyComplex.class) {
            PyComplex z = (PyComplex) v;
            if (version > 1) {
                out.write(TYPE_BINARY_COMPLEX | flag);
                float64(z.real());
                float64(z.imag());
            } else {
                out.write(TYPE_COMPLEX | flag);
                floatText(z.real());
                floatText(z.imag());
            }
        } else if (c == PyBytes.class) {
            out.write(TYPE_STRING | flag);
            sized(((PyBytes) v).toByteArray());
        } else if (c == PyStr.class) {
            string((PyStr) v, flag);
        } else if (c == PyTuple.class) {
            PyTuple t = (PyTuple) v;
            int n = t.size();
            if (version >= 4 && n < 256) {
                out.write(TYPE_SMALL_TUPLE | flag);
                out.write(n);
            } else {
                out.write(TYPE_TUPLE | flag);
                int32(n);
            }
            for (int i = 0; i < n; i++) {
                object(t.getItem(i));
            }
        } else if (c == PyList.class) {
            PyList l = (PyList) v;
            out.write(TYPE_LIST | flag);
            int32(l.size());
            for (int i = 0; i < l.size(); i++) {
                object(l.getItem(i));
            }
        } else if (c == PyDict.class) {
            PyDict d = (PyDict) v;
            out.write(TYPE_DICT | flag);
            for (int i = 0; i < d.entryBound(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    object(k);
                    object(d.valueAt(i));
                }
            }
            object(null);
        } else if (c == PySet.class) {
            PySet s = (PySet) v;
            out.write((s.isFrozen() ? TYPE_FROZENSET : TYPE_SET) | flag);
            int32(s.size());
            for (int i = 0; i < s.slotBound(); i++) {
                PyObject k = s.keyAt(i);
                if (k != null) {
                    object(k);
                }
            }
        } else if (c == PyCode.class) {
            code((PyCode) v, flag);
        } else {
            // Any other bytes-like object (bytearray, memoryview, a bytes subclass) is written as bytes.
            byte[] data = PyBytes.bytesOf(v);
            if (data == null) {
                throw PythonException.valueError("unmarshallable object");
            }
            out.write(TYPE_STRING | flag);
            sized(data);
        }
    }

    private void integer(PyInt v, int flag) {
        if (v.isLong()) {
            long x = v.longValue();
            if (x == (int) x) {
                out.write(TYPE_INT | flag);
                int32((int) x);
                return;
            }
        }
        // Base 2**15 digits, least significant first, their count signed by the value's sign.
        BigInteger mag = v.bigValue().abs();
        int n = (mag.bitLength() + 14) / 15;
        out.write(TYPE_LONG | flag);
        int32(v.signum() < 0 ? -n : n);
        for (int i = 0; i < n; i++) {
            int16(mag.shiftRight(15 * i).and(DIGIT_MASK).intValue());
        }
    }

    private void string(PyStr s, int flag) {
        boolean interned = s.isInterned();
        if (version >= 4 && isAscii(s)) {
            int n = s.length();
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) s.codePointAt(i);
            }
            if (n < 256) {
                out.write((interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
                out.write(n);
                out.writeBytes(b);
            } else {
                out.write((interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
                sized(b);
            }
        } else {
            out.write((version >= 3 && interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
            sized(Utf8.encode(s));
        }
    }

    private static boolean isAscii(PyStr s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.codePointAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A code object in the layout of CPython 3.11's (counts, code, constants, names, localsplus
     * names and kinds, file, name, qualified name, first line, line and exception tables) with
     * Krait's own instructions and tables. Names are written interned, so repeated ones become
     * back-references.
     */
    private void code(PyCode co, int flag) {
        out.write(TYPE_CODE | flag);
        int32(co.argcount);
        int32(co.posonlyargcount);
        int32(co.kwonlyargcount);
        int32(co.stacksize);
        int32(co.flags);
        bytes(co.code);
        PyTuple consts = PyTuple.of(co.consts);
        object(consts);
        consts.decref();
        names(co.names);
        names(co.localsplusnames);
        bytes(co.localspluskinds);
        name(co.filename);
        name(co.name);
        name(co.qualname);
        int32(co.firstlineno);
        bytes(co.linetable);
        bytes(co.exceptiontable);
    }

    private void bytes(byte[] b) {
        PyBytes o = PyBytes.of(b);
        object(o);
        o.decref();
    }

    private void name(String s) {
        object(PyStr.intern(s));
    }

    private void names(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.intern(names[i]);
        }
        PyTuple t = PyTuple.fromArray(items);
        object(t);
        t.decref();
    }

    private void float64(double d) {
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)));
        }
    }

    /** Versions 0 and 1: {@code repr}-like text with 17 significant digits, length-prefixed by a byte. */
    private void floatText(double d) {
        String text = Double.isNaN(d) ? "nan" : Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf")
                : (d < 0 || 1 / d < 0 ? "-" : "") + FloatText.formatAbs(Math.abs(d), 'g', 17, 0);
        out.write(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }

    private void sized(byte[] b) {
        int32(b.length);
        out.writeBytes(b);
    }

    private void int16(int x) {
        out.write(x);
        out.write(x >>> 8);
    }

    private void int32(int x) {
        out.write(x);
        out.write(x >>> 8);
        out.write(x >>> 16);
        out.write(x >>> 24);
    }
}
