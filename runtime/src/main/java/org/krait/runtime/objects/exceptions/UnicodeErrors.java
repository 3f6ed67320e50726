package org.krait.runtime.objects.exceptions;

import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * The state of {@code UnicodeEncodeError}, {@code UnicodeDecodeError} and
 * {@code UnicodeTranslateError}: {@code encoding}, {@code object}, {@code start}, {@code end} and
 * {@code reason} come from the constructor's arguments (translate errors have no encoding) and
 * may be reassigned, which changes {@code str(exc)}. CPython: the {@code UnicodeError} part of
 * Objects/exceptions.c.
 */
final class UnicodeErrors {

    private UnicodeErrors() {
    }

    /** The attributes in argument order; a translate error's arguments start at "object". */
    private static final String[] FIELDS = {"encoding", "object", "start", "end", "reason"};

    /** Whether {@code e} is one of the three types with this state. */
    static boolean isOne(PyBaseException e) {
        PyType t = e.type();
        return t.isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR) || t.isSubtypeOf(ExceptionTypes.UNICODE_ENCODE_ERROR)
                || t.isSubtypeOf(ExceptionTypes.UNICODE_TRANSLATE_ERROR);
    }

    private static boolean translate(PyBaseException e) {
        return e.type().isSubtypeOf(ExceptionTypes.UNICODE_TRANSLATE_ERROR);
    }

    /** The attribute {@code name}: a reassigned value first, then the argument (a translate error has no
     * encoding); borrowed, or null. */
    static PyObject field(PyBaseException e, String name) {
        PyObject v = e.dict().getItem(name);
        if (v != null) {
            return v;
        }
        int offset = translate(e) ? 1 : 0;
        for (int i = offset; i < FIELDS.length; i++) {
            if (FIELDS[i].equals(name) && i - offset < e.args().size()) {
                return e.args().getItem(i - offset);
            }
        }
        return null;
    }

    /** {@code __init__}'s checks: the argument count and the types CPython's parser demands. */
    static void checkArguments(PyType type, PyTuple args) {
        boolean tr = type.isSubtypeOf(ExceptionTypes.UNICODE_TRANSLATE_ERROR);
        int want = tr ? 4 : 5;
        if (args.size() != want) {
            throw PythonException.typeError("function takes exactly " + want + " arguments (" + args.size() + " given)");
        }
        int offset = tr ? 1 : 0;
        for (int i = 0; i < want; i++) {
            PyObject a = args.getItem(i);
            String field = FIELDS[i + offset];
            boolean ok;
            String expected;
            if (field.equals("start") || field.equals("end")) {
                ok = a instanceof PyInt;
                expected = "int";
            } else if (field.equals("object") && type.isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR)) {
                ok = PyBytes.bytesOf(a) != null;
                expected = "a bytes-like object";
            } else {
                ok = a instanceof PyStr;
                expected = "str";
            }
            if (!ok) {
                throw PythonException.typeError("argument " + (i + 1) + " must be " + expected + ", not "
                        + a.type().name());
            }
        }
    }

    /** {@code str(exc)}, or null when the attributes are not the expected types (then the base rule applies). */
    static PyObject str(PyBaseException e) {
        PyObject object = field(e, "object");
        PyObject start = field(e, "start");
        PyObject end = field(e, "end");
        PyObject reason = field(e, "reason");
        PyObject encoding = translate(e) ? null : field(e, "encoding");
        if (!(start instanceof PyInt) || !(end instanceof PyInt) || reason == null || object == null
                || !translate(e) && encoding == null) {
            return null;
        }
        long s = ((PyInt) start).asLong();
        long n = ((PyInt) end).asLong();
        String why = ObjectOps.str(reason).toString();
        String codec = encoding == null ? "" : "'" + ObjectOps.str(encoding) + "' codec ";
        if (e.type().isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR)) {
            byte[] b = PyBytes.bytesOf(object);
            if (b == null) {
                return null;
            }
            if (s >= 0 && s < b.length && n == s + 1) {
                return PyStr.of(codec + "can't decode byte 0x" + String.format("%02x", b[(int) s] & 0xff)
                        + " in position " + s + ": " + why);
            }
            return PyStr.of(codec + "can't decode bytes in position " + s + "-" + (n - 1) + ": " + why);
        }
        if (!(object instanceof PyStr)) {
            return null;
        }
        PyStr text = (PyStr) object;
        String verb = translate(e) ? "translate" : "encode";
        if (s >= 0 && s < text.length() && n == s + 1) {
            int c = text.codePointAt((int) s);
            String shown = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                    : String.format("\\U%08x", c);
            return PyStr.of(codec + "can't " + verb + " character '" + shown + "' in position " + s + ": " + why);
        }
        return PyStr.of(codec + "can't " + verb + " characters in position " + s + "-" + (n - 1) + ": " + why);
    }
}
