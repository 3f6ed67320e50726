package org.krait.runtime.builtins;

import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyBytearray;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyComplex;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyRange;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PySlice;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.PyType;

/**
 * {@code sys.getsizeof}: what CPython 3.11 on a 64-bit machine reports, computed from the
 * object's contents by CPython's layouts (Krait's own Java objects have other sizes, which no
 * program could use). A list follows the capacity CPython's would have after the same
 * operations; dicts and sets are sized as if built by inserting their items one by one; a {@code __sizeof__} defined by a class is called, plus the
 * garbage collector's header, as CPython does. CPython: {@code sys_getsizeof} in Python/sysmodule.c.
 */
final class SizeOf {

    private SizeOf() {
    }

    /** The header the cycle collector puts before a tracked object. */
    private static final long GC_HEADER = 16;

    /** {@code sys.getsizeof(object[, default])}, the arguments bound by position. */
    static PyObject getsizeof(PyObject self, PyObject[] a, String[] kw) {
        PyObject o = a[0];
        PyObject custom = o.type().isBuiltin() ? null : o.type().lookup("__sizeof__");
        if (custom == null || custom == PyType.OBJECT.getOwn("__sizeof__")) {
            return PyInt.of(builtinSize(o));
        }
        PyObject r;
        try {
            r = CallOps.call(custom, o);
        } catch (PythonException e) {
            if (a.length > 1 && e.matches(ExceptionTypes.TYPE_ERROR)) {
                return PyObject.newRef(a[1]);
            }
            throw e;
        }
        try {
            long n = NumberOps.index(r).asLong();
            if (n < 0) {
                throw PythonException.valueError("__sizeof__() should return >= 0");
            }
            // CPython adds the pre-header: the collector's, and a managed __dict__'s two pointers.
            boolean managedDict = o instanceof PyInstance && o.type().hasInstanceDict();
            return PyInt.of(n + GC_HEADER + (managedDict ? 16 : 0));
        } finally {
            r.decref();
        }
    }

    private static long builtinSize(PyObject o) {
        if (o instanceof PyInt) {
            long bits = ((PyInt) o).bigValue().abs().bitLength();
            return 24 + 4 * Math.max(1, (bits + 29) / 30);
        }
        if (o == PyNoneType.NONE || o.type() == PyType.OBJECT) {
            return 16;
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyComplex) {
            return 32;
        }
        if (o instanceof PyStr) {
            return strSize((PyStr) o);
        }
        if (o instanceof PyBytes) {
            return 33 + ((PyBytes) o).size();
        }
        if (o instanceof PyBytearray) {
            int n = ((PyBytearray) o).toByteArray().length;
            return 56 + (n == 0 ? 0 : n + 1);
        }
        if (o instanceof PyTuple) {
            return 24 + 8L * ((PyTuple) o).size() + GC_HEADER;
        }
        if (o instanceof PyList) {
            return ((PyList) o).sizeOf() + GC_HEADER;
        }
        if (o instanceof PyDict) {
            return dictSize((PyDict) o);
        }
        if (o instanceof PySet) {
            return setSize(((PySet) o).size());
        }
        if (o instanceof PyRange) {
            return 48;
        }
        if (o instanceof PySlice) {
            return 56;
        }
        if (o instanceof PyInstance) {
            PyType t = o.type();
            long size = 16 + 8L * t.memberSlots() + GC_HEADER;
            // The managed dict's pointers before the object, and the weak-reference list.
            return t.hasInstanceDict() ? size + 24 : size;
        }
        return o instanceof DictOwner ? 56 : 16 + GC_HEADER;
    }

    /** A compact str: ASCII, Latin-1, two or four bytes a character. */
    private static long strSize(PyStr s) {
        int max = 0;
        for (int c : s.codePoints()) {
            max = Math.max(max, c);
        }
        long n = s.length();
        return max < 128 ? 49 + n : max < 256 ? 73 + n : max < 0x10000 ? 74 + 2 * n : 76 + 4 * n;
    }

    /** A dict grown by insertion: tables of 8, then powers of two of 3 times the items, 2/3 of each usable. */
    private static long dictSize(PyDict d) {
        int n = d.size();
        if (n == 0) {
            return 48 + GC_HEADER;
        }
        long table = 8;
        for (int used = 0; used < n; used++) {
            if (used == table * 2 / 3) {
                table = Long.highestOneBit(Math.max(8, used * 3L) - 1) << 1;
            }
        }
        boolean strKeys = true;
        for (int i = 0; i < d.entryBound(); i++) {
            PyObject k = d.keyAt(i);
            if (k != null && !(k instanceof PyStr)) {
                strKeys = false;
            }
        }
        long indexBytes = table <= 128 ? 1 : table <= 0x8000 ? 2 : table <= 0x80000000L ? 4 : 8;
        return 48 + 32 + table * indexBytes + table * 2 / 3 * (strKeys ? 16 : 24) + GC_HEADER;
    }

    /** A set grown by insertion: the 8-entry small table, then 4 times the items, to a power of two. */
    private static long setSize(int n) {
        long table = 8;
        long fill = 0;
        for (int used = 1; used <= n; used++) {
            fill++;
            if (fill * 5 >= (table - 1) * 3) {
                long want = used > 50000 ? used * 2L : used * 4L;
                long size = 8;
                while (size <= want) {
                    size <<= 1;
                }
                table = size;
                fill = used;
            }
        }
        return 200 + (table > 8 ? table * 16 : 0) + GC_HEADER;
    }
}
