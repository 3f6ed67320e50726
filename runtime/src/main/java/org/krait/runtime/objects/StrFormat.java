package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.unicode.CharTypes;

/** {@code str.format}: replacement fields with names, indexes, attributes, conversions and specs. */
final class StrFormat {

    private StrFormat() {
    }

    /** {@code fmt.format_map(mapping)}. */
    static String formatMap(String fmt, PyObject mapping) {
        return format(fmt, new PyObject[0], null, name -> SequenceOps.getItem(mapping, PyStr.of(name)), new int[] {0, 0});
    }

    static String format(String fmt, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        return format(fmt, args, kwnames, name -> {
            for (int k = 0; k < nkw; k++) {
                if (kwnames[k].equals(name)) {
                    return PyObject.newRef(args[npos + k]);
                }
            }
            throw PythonException.of(ExceptionTypes.KEY_ERROR, PyStr.of(name));
        }, new int[] {0, 0});
    }

    /** {@code state[0]}: 0 before any field, 1 after automatic numbering, 2 after manual numbering. */
    private static String format(String fmt, PyObject[] args, String[] kwnames, java.util.function.Function<String, PyObject> named,
            int[] state) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    i++;
                    out.append('}');
                    continue;
                }
                throw PythonException.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                i++;
                out.append('{');
                continue;
            }
            if (i + 1 >= n) {
                throw PythonException.valueError("Single '{' encountered in format string");
            }
            int depth = 1;
            int j = i + 1;
            while (j < n && depth > 0) {
                if (fmt.charAt(j) == '{') {
                    depth++;
                } else if (fmt.charAt(j) == '}') {
                    depth--;
                }
                j++;
            }
            if (depth > 0) {
                throw PythonException.valueError("expected '}' before end of string");
            }
            String field = fmt.substring(i + 1, j - 1);
            i = j - 1;
            String spec = "";
            char conversion = 0;
            int colon = field.indexOf(':');
            if (colon >= 0) {
                spec = format(field.substring(colon + 1), args, kwnames, named, state);
                field = field.substring(0, colon);
            }
            int bang = field.indexOf('!');
            if (bang >= 0) {
                conversion = field.charAt(bang + 1);
                field = field.substring(0, bang);
            }
            int end = 0;
            while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                end++;
            }
            String first = field.substring(0, end);
            PyObject value;
            if (first.isEmpty() || CharTypes.isDecimal(first.charAt(0))) {
                int mode = first.isEmpty() ? 1 : 2;
                if (state[0] != 0 && state[0] != mode) {
                    throw PythonException.valueError(mode == 1
                            ? "cannot switch from manual field specification to automatic field numbering"
                            : "cannot switch from automatic field numbering to manual field specification");
                }
                state[0] = mode;
            }
            if (first.isEmpty()) {
                if (state[1] >= npos) {
                    throw PythonException.of(ExceptionTypes.INDEX_ERROR,
                            "Replacement index " + state[1] + " out of range for positional args tuple");
                }
                value = PyObject.newRef(args[state[1]++]);
            } else if (CharTypes.isDecimal(first.charAt(0))) {
                int k = Integer.parseInt(first);
                if (k >= npos) {
                    throw PythonException.of(ExceptionTypes.INDEX_ERROR,
                            "Replacement index " + k + " out of range for positional args tuple");
                }
                value = PyObject.newRef(args[k]);
            } else {
                value = named.apply(first);
            }
            // value is owned: each step of the field's chain replaces it, releasing the one before.
            try {
                while (end < field.length()) {
                    PyObject next;
                    if (field.charAt(end) == '.') {
                        int e = end + 1;
                        while (e < field.length() && field.charAt(e) != '.' && field.charAt(e) != '[') {
                            e++;
                        }
                        next = ObjectOps.getAttr(value, field.substring(end + 1, e));
                        end = e;
                    } else {
                        int e = field.indexOf(']', end);
                        String key = field.substring(end + 1, e);
                        PyObject k = key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                        try {
                            next = SequenceOps.getItem(value, k);
                        } finally {
                            k.decref();
                        }
                        end = e + 1;
                    }
                    value.decref();
                    value = next;
                }
                if (conversion != 0 && "rsa".indexOf(conversion) < 0) {
                    throw PythonException.valueError("Unknown conversion specifier " + conversion);
                }
                if (conversion != 0) {
                    PyObject converted = conversion == 'r' ? ObjectOps.repr(value)
                            : conversion == 's' ? ObjectOps.str(value) : ObjectOps.ascii(value);
                    value.decref();
                    value = converted;
                }
                out.append(ObjectOps.format(value, spec));
            } finally {
                value.decref();
            }
        }
        return out.toString();
    }
}
