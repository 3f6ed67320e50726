package org.krait.runtime.objects.exceptions;

import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * An instance of {@code UnicodeDecodeError}, {@code UnicodeEncodeError} or
 * {@code UnicodeTranslateError} (or a subclass): built from
 * {@code (encoding, object, start, end, reason)} (a translate error has no encoding argument),
 * which are also its attributes, reassignable, and from which {@code str(exc)} is worded:
 * {@code 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte}. CPython: the
 * UnicodeError part of Objects/exceptions.c.
 */
public final class PyUnicodeError extends PyBaseException {

    private static final String[] NAMES = {"encoding", "object", "start", "end", "reason"};
    private static final int ENCODING = 0;
    private static final int OBJECT = 1;
    private static final int START = 2;
    private static final int END = 3;
    private static final int REASON = 4;

    /** encoding, object, start, end, reason (owned); null until set by the arguments or an assignment. */
    private final PyObject[] fields = new PyObject[5];

    public PyUnicodeError(PyType type) {
        super(type);
    }

    /** The exception for a failure of the codec {@code encoding} on {@code object[start:end]} (borrowed). */
    public static PythonException of(PyType type, String encoding, PyObject object, int start, int end, String reason) {
        PyObject[] args = {PyStr.of(encoding), object, PyInt.of(start), PyInt.of(end), PyStr.of(reason)};
        PyBaseException e = (PyBaseException) type.newInstance();
        e.setArgs(PyTuple.of(args));
        args[0].decref();
        args[2].decref();
        args[3].decref();
        args[4].decref();
        return new PythonException(e);
    }

    private static boolean translate(PyType type) {
        return type.isSubtypeOf(ExceptionTypes.UNICODE_TRANSLATE_ERROR);
    }

    private static boolean decode(PyType type) {
        return type.isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR);
    }

    /**
     * {@code __init__}'s checks, with the messages of CPython's argument parser: four arguments
     * (object, start, end, reason) for a translate error, five otherwise; start and end integers,
     * the object bytes-like for a decode error, the rest str.
     */
    static void checkArguments(PyType type, PyTuple args) {
        int offset = translate(type) ? 1 : 0;
        int want = NAMES.length - offset;
        if (args.size() != want) {
            throw PythonException.typeError("function takes exactly " + want + " arguments (" + args.size() + " given)");
        }
        for (int i = 0; i < want; i++) {
            PyObject a = args.getItem(i);
            int field = i + offset;
            if (field == START || field == END) {
                ssize(a);
            } else if (field == OBJECT && decode(type)) {
                PyBytes.bytesLike(a);
            } else if (!(a instanceof PyStr)) {
                throw PythonException.typeError("argument " + (i + 1) + " must be str, not " + a.type().name());
            }
        }
    }

    /** {@code a} as a Py_ssize_t, through {@code __index__}. */
    private static long ssize(PyObject a) {
        PyInt i = NumberOps.index(a);
        try {
            return i.asLong();
        } finally {
            if (i != a) {
                i.decref();
            }
        }
    }

    /** Arguments of the right count become the fields (a decode error keeps its object as bytes). */
    @Override
    public void setArgs(PyTuple args) {
        super.setArgs(args);
        int offset = translate(type()) ? 1 : 0;
        if (args.size() != NAMES.length - offset) {
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            int field = i + offset;
            PyObject a = args.getItem(i);
            if ((field == START || field == END) && !(a instanceof PyInt)) {
                a = PyInt.of(ssize(a));
            } else if (field == OBJECT && decode(type()) && !(a instanceof PyBytes) && PyBytes.bytesOf(a) != null) {
                a = PyBytes.of(PyBytes.bytesOf(a));
            } else {
                a.incref();
            }
            PyObject.xdecref(fields[field]);
            fields[field] = a;
        }
    }

    /** The attribute {@code name} (borrowed): None while unset, start and end 0; null if not one of the five. */
    PyObject field(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                if (fields[i] == null) {
                    return i == START || i == END ? PyInt.of(0) : PyNoneType.NONE;
                }
                return fields[i];
            }
        }
        return null;
    }

    /** Sets one of the five attributes (start and end must be ints, as CPython's members); false if {@code name} is not one. */
    boolean setField(String name, PyObject value) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                if (i == START || i == END) {
                    if (!(value instanceof PyInt)) {
                        throw PythonException.typeError("an integer is required");
                    }
                    ((PyInt) value).asLong();
                }
                value.incref();
                PyObject.xdecref(fields[i]);
                fields[i] = value;
                return true;
            }
        }
        return false;
    }

    /** The message from the fields; empty while there is no object, as CPython's. */
    @Override
    public PyObject __str__() {
        if (fields[OBJECT] == null) {
            return PyStr.of("");
        }
        long start = ((PyInt) field("start")).asLong();
        long end = ((PyInt) field("end")).asLong();
        PyObject object = fields[OBJECT];
        String reason = text(field("reason"));
        boolean decode = decode(type());
        String codec = translate(type()) ? "" : "'" + text(field("encoding")) + "' codec ";
        String verb = decode ? "decode" : translate(type()) ? "translate" : "encode";
        if (end == start + 1 && start >= 0) {
            byte[] b = decode ? PyBytes.bytesOf(object) : null;
            if (b != null && start < b.length) {
                return PyStr.of(codec + "can't decode byte 0x" + String.format("%02x", b[(int) start] & 0xff) + " in position "
                        + start + ": " + reason);
            }
            if (!decode && object instanceof PyStr && start < ((PyStr) object).length()) {
                int cp = ((PyStr) object).codePointAt((int) start);
                String ch = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                        : String.format("\\U%08x", cp);
                return PyStr.of(codec + "can't " + verb + " character '" + ch + "' in position " + start + ": " + reason);
            }
        }
        return PyStr.of(codec + "can't " + verb + (decode ? " bytes" : " characters") + " in position " + start + "-"
                + (end - 1) + ": " + reason);
    }

    private static String text(PyObject o) {
        PyStr s = ObjectOps.str(o);
        String t = s.toString();
        s.decref();
        return t;
    }

    @Override
    public void releaseReferences() {
        super.releaseReferences();
        for (PyObject f : fields) {
            PyObject.xdecref(f);
        }
    }
}
