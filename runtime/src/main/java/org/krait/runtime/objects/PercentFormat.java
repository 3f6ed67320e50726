package org.krait.runtime.objects;

import org.krait.runtime.numbers.Formatter;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;

/**
 * printf-style {@code str % args} and {@code bytes % args}. CPython: {@code PyUnicode_Format} in
 * unicodeobject.c and {@code _PyBytes_FormatEx} in bytesobject.c. A bytes format runs on its
 * Latin-1 text, so each char is one byte.
 */
final class PercentFormat {

    private PercentFormat() {
    }

    static String format(String fmt, PyObject args) {
        return format(fmt, args, false);
    }

    /** The formatted text; with {@code bytes} the format and the result are Latin-1 views of bytes. */
    static String format(String fmt, PyObject args, boolean bytes) {
        PyObject[] values = args instanceof PyTuple ? ((PyTuple) args).toArray() : new PyObject[] {args};
        // As CPython: any subscriptable but a tuple or a string is a mapping for %(name)s, and
        // one that no conversion used is not an argument left over
        boolean mapping = args.type().has(org.krait.runtime.types.Slot.GETITEM) && !(args instanceof PyTuple)
                && !(args instanceof PyStr) && !(bytes && (args instanceof PyBytes || args instanceof PyBytearray));
        int next = 0;
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= n) {
                throw PythonException.valueError("incomplete format");
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                PyObject key = bytes ? PyBytes.fromLatin1(fmt.substring(i + 1, close)) : PyStr.of(fmt.substring(i + 1, close));
                // CPython takes a named argument only from a subscriptable that is neither a tuple nor a str.
                if (args instanceof PyTuple || args instanceof PyStr || !args.type().has(org.krait.runtime.types.Slot.GETITEM)) {
                    throw PythonException.typeError("format requires a mapping");
                }
                value = SequenceOps.getItem(args, key);
                i = close + 1;
            }
            StringBuilder spec = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                spec.append(fmt.charAt(i++));
            }
            while (i < n && (fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9' || fmt.charAt(i) == '.' || fmt.charAt(i) == '*')) {
                if (fmt.charAt(i) == '*') {
                    spec.append(values[next++]);
                    i++;
                } else {
                    spec.append(fmt.charAt(i++));
                }
            }
            char conv = fmt.charAt(i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (next >= values.length) {
                    throw PythonException.typeError("not enough arguments for format string");
                }
                value = values[next++];
            }
            if ((bytes ? "sbrdiuxXoeEfFgGca" : "srdiuxXoeEfFgGca").indexOf(conv) < 0) {
                throw PythonException.valueError("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv)
                        + ") at index " + i);
            }
            out.append(bytes ? convertBytes(spec.toString(), conv, value) : convert(spec.toString(), conv, value));
        }
        if (!mapping && next < values.length && args instanceof PyTuple) {
            throw PythonException.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        if (!mapping && !(args instanceof PyTuple) && next == 0) {
            throw PythonException.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    /** A conversion of {@code bytes % args}: %s and %b take bytes, %c a byte, %r and %a ascii(). */
    private static String convertBytes(String flags, char conv, PyObject v) {
        switch (conv) {
            case 's':
            case 'b': {
                byte[] b = PyBytes.bytesOf(v);
                if (b == null && v.type().lookup("__bytes__") != null) {
                    PyObject r = org.krait.runtime.ops.CallOps.call(v.type().lookup("__bytes__"), v);
                    b = PyBytes.bytesOf(r);
                }
                if (b == null) {
                    throw PythonException.typeError("%b requires a bytes-like object, or an object that implements "
                            + "__bytes__, not '" + v.type().name() + "'");
                }
                return convert(flags, 's', PyStr.of(BytesMethods.latin1(b)));
            }
            case 'c': {
                byte[] b = PyBytes.bytesOf(v);
                if (b != null && b.length == 1) {
                    return convert(flags, 's', PyStr.of(BytesMethods.latin1(b)));
                }
                if (!(v instanceof PyInt)) {
                    throw PythonException.typeError("%c requires an integer in range(256) or a single byte");
                }
                long c = ((PyInt) v).isLong() ? ((PyInt) v).longValue() : -1;
                if (c < 0 || c > 255) {
                    throw PythonException.overflow("%c arg not in range(256)");
                }
                return convert(flags, 's', PyStr.of(String.valueOf((char) c)));
            }
            case 'r':
            case 'a':
                return convert(flags, 'a', v);
            default:
                return convert(flags, conv, v);
        }
    }

    private static String convert(String flags, char conv, PyObject v) {
        try {
            return convertChecked(flags, conv, v);
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    private static String convertChecked(String flags, char conv, PyObject v) {
        boolean left = flags.contains("-");
        boolean zero = flags.contains("0") && !left;
        boolean plus = flags.contains("+");
        String rest = flags.replaceAll("[-+ #0]", "");
        if (flags.matches("^[-+ #0]*0.*") && rest.isEmpty()) {
            rest = "";
        }
        String widthPart = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        String precPart = rest.contains(".") ? rest.substring(rest.indexOf('.') + 1) : null;
        StringBuilder spec = new StringBuilder();
        if (left) {
            spec.append('<');
        }
        if (plus) {
            spec.append('+');
        } else if (flags.contains(" ")) {
            spec.append(' ');
        }
        if (flags.contains("#")) {
            spec.append('#');
        }
        if (zero) {
            spec.append('0');
        }
        spec.append(widthPart);
        // printf pads text on the left unless '-' is given (format()'s default for str is the reverse).
        String strSpec = (left ? "<" : ">") + widthPart
                + (precPart == null ? "" : "." + (precPart.isEmpty() ? "0" : precPart));
        String intSpec = spec.toString();
        if (precPart != null) {
            spec.append('.').append(precPart.isEmpty() ? "0" : precPart);
        }
        switch (conv) {
            case 's':
                return Formatter.formatStr(ObjectOps.str(v).toString(), strSpec);
            case 'r':
                return Formatter.formatStr(ObjectOps.repr(v).toString(), strSpec);
            case 'd':
            case 'i':
            case 'u':
                if (!(v instanceof PyInt)) {
                    // int(v), as CPython's mainformatlong; what int() refuses is "a real number is required"
                    try {
                        v = NumberOps.toInt(v);
                    } catch (PythonException e) {
                        if (!e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.TYPE_ERROR)) {
                            throw e;
                        }
                        throw PythonException.typeError("%" + conv + " format: a real number is required, not "
                                + v.type().name());
                    }
                }
                return Formatter.formatInt(((PyInt) v).numeric(), intSpec + 'd', PyInt.maxStrDigits());
            case 'x':
            case 'X':
            case 'o':
                if (!(v instanceof PyInt) && !v.type().has(org.krait.runtime.types.Slot.INDEX)) {
                    throw PythonException.typeError("%" + conv + " format: an integer is required, not " + v.type().name());
                }
                return Formatter.formatInt(NumberOps.index(v).numeric(), intSpec + conv, PyInt.maxStrDigits());
            case 'f':
            case 'F':
            case 'e':
            case 'E':
            case 'g':
            case 'G':
                return Formatter.formatFloat(NumberOps.toDouble(v), spec.append(conv).toString());
            case 'c': {
                if (v instanceof PyStr) {
                    if (((PyStr) v).length() != 1) {
                        throw PythonException.typeError("%c requires int or char");
                    }
                    return Formatter.formatStr(v.toString(), strSpec);
                }
                if (!(v instanceof PyInt) && !v.type().has(org.krait.runtime.types.Slot.INDEX)) {
                    throw PythonException.typeError("%c requires int or char");
                }
                PyInt code = NumberOps.index(v);
                long cp = code.isLong() ? code.longValue() : -1;
                if (cp < 0 || cp > 0x10ffff) {
                    throw PythonException.overflow("%c arg not in range(0x110000)");
                }
                return Formatter.formatStr(new String(Character.toChars((int) cp)), strSpec);
            }
            case 'a':
                return Formatter.formatStr(ObjectOps.ascii(v).toString(), strSpec);
            default:
                throw PythonException.valueError("unsupported format character '" + conv + "' (0x"
                        + Integer.toHexString(conv) + ")");
        }
    }
}
