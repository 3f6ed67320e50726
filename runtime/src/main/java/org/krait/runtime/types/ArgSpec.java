package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * How a builtin function or method takes its arguments, so that a wrong call fails with the
 * TypeError CPython gives for the same shape. CPython's shapes and their wordings:
 * <ul>
 * <li>{@link #NOARGS} ({@code METH_NOARGS}): {@code str.upper() takes no arguments (1 given)};
 * <li>{@link #ONE} ({@code METH_O}): {@code list.append() takes exactly one argument (0 given)};
 * <li>{@link #positional} (Argument Clinic, positional-only, {@code _PyArg_CheckPositional}):
 *     {@code center expected at least 1 argument, got 0};
 * <li>{@link #tuple} ({@code PyArg_ParseTuple} formats): {@code count() takes at least 1 argument (0 given)};
 * <li>{@link #keywords} (Argument Clinic with keywords, {@code _PyArg_UnpackKeywords}):
 *     {@code split() takes at most 2 arguments (3 given)}, {@code 'x' is an invalid keyword argument for split()}.
 * </ul>
 * The first four take no keywords: {@code str.center() takes no keyword arguments}, naming the
 * function as {@code _PyObject_FunctionStr} does. A {@link #keywords} spec also binds: the
 * implementation receives the parameters by position, {@code null} where one was not given, and
 * no keyword names; the array is only as long as the last parameter given.
 */
public final class ArgSpec {

    private enum Kind { NOARGS, ONE, POSITIONAL, TUPLE, KEYWORDS }

    public static final ArgSpec NOARGS = new ArgSpec(Kind.NOARGS, 0, 0, null, 0, 0);
    public static final ArgSpec ONE = new ArgSpec(Kind.ONE, 1, 1, null, 0, 1);
    /** Any number of positional arguments and no keywords ({@code set.union}). */
    public static final ArgSpec VARARGS = positional(0, Integer.MAX_VALUE);

    private final Kind kind;
    /** Required positional parameters. */
    private final int min;
    /** Parameters that may be given by position. */
    private final int maxPositional;
    /** For {@link Kind#KEYWORDS}: every parameter name, positional-only ones first; else null. */
    private final String[] names;
    /** How many leading parameters cannot be named. */
    private final int positionalOnly;
    /** All parameters. */
    private final int max;

    private ArgSpec(Kind kind, int min, int maxPositional, String[] names, int positionalOnly, int max) {
        this.kind = kind;
        this.min = min;
        this.maxPositional = maxPositional;
        this.names = names;
        this.positionalOnly = positionalOnly;
        this.max = max;
    }

    /** Positional-only, between {@code min} and {@code max} arguments (Argument Clinic's check). */
    public static ArgSpec positional(int min, int max) {
        return new ArgSpec(Kind.POSITIONAL, min, max, null, max, max);
    }

    /** Positional-only, between {@code min} and {@code max} arguments ({@code PyArg_ParseTuple}'s check). */
    public static ArgSpec tuple(int min, int max) {
        return new ArgSpec(Kind.TUPLE, min, max, null, max, max);
    }

    /**
     * Parameters named as in a Python signature, with the markers {@code "/"} (those before it are
     * positional-only) and {@code "*"} (those after it are keyword-only); the first {@code min}
     * are required. {@code sum}: {@code keywords(1, "iterable", "/", "start")}.
     */
    public static ArgSpec keywords(int min, String... params) {
        List<String> names = new ArrayList<>();
        int posOnly = 0;
        int maxPos = -1;
        for (String p : params) {
            if (p.equals("/")) {
                posOnly = names.size();
            } else if (p.equals("*")) {
                maxPos = names.size();
            } else {
                names.add(p);
            }
        }
        int max = names.size();
        return new ArgSpec(Kind.KEYWORDS, min, maxPos < 0 ? max : maxPos, names.toArray(new String[0]), posOnly, max);
    }

    /**
     * Checks a call of the builtin {@code name} and returns the arguments its implementation
     * receives (without keyword names from now on). {@code qualifier} is what CPython puts before
     * the name in "no keyword arguments" errors: the owning type's name for a method, the module's
     * for a module function, null for builtins.
     */
    public PyObject[] bind(String name, String qualifier, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int n = args.length - nkw;
        if (kind == Kind.KEYWORDS) {
            return bindKeywords(name, args, kwnames, n, nkw);
        }
        if (nkw > 0) {
            throw PythonException.typeError(functionStr(name, qualifier) + " takes no keyword arguments");
        }
        if (n >= min && n <= maxPositional) {
            return args;
        }
        switch (kind) {
            case NOARGS:
                throw PythonException.typeError(functionStr(name, qualifier) + " takes no arguments (" + n + " given)");
            case ONE:
                throw PythonException.typeError(functionStr(name, qualifier) + " takes exactly one argument (" + n + " given)");
            case POSITIONAL:
                if (min == maxPositional) {
                    throw PythonException.typeError(name + " expected " + plural(min, "argument") + ", got " + n);
                }
                throw PythonException.typeError(name + " expected " + (n < min ? "at least " + plural(min, "argument")
                        : "at most " + plural(maxPositional, "argument")) + ", got " + n);
            default:
                String bound = min == maxPositional ? "exactly " + min : n < min ? "at least " + min : "at most " + maxPositional;
                int count = n < min ? min : maxPositional;
                throw PythonException.typeError(name + "() takes " + bound + " argument" + (count == 1 ? "" : "s")
                        + " (" + n + " given)");
        }
    }

    /** {@code _PyArg_UnpackKeywords}, with its checks in its order. */
    private PyObject[] bindKeywords(String name, PyObject[] args, String[] kwnames, int n, int nkw) {
        if (n + nkw > max) {
            throw PythonException.typeError(name + "() takes at most " + max + " " + (n == 0 ? "keyword " : "")
                    + "argument" + (max == 1 ? "" : "s") + " (" + (n + nkw) + " given)");
        }
        if (n > maxPositional) {
            if (maxPositional == 0) {
                throw PythonException.typeError(name + "() takes no positional arguments");
            }
            throw PythonException.typeError(name + "() takes " + (min < maxPositional ? "at most" : "exactly") + " "
                    + plural(maxPositional, "positional argument") + " (" + n + " given)");
        }
        int minPosOnly = Math.min(positionalOnly, min);
        if (n < minPosOnly) {
            throw PythonException.typeError(name + "() takes " + (minPosOnly < maxPositional ? "at least" : "exactly") + " "
                    + plural(minPosOnly, "positional argument") + " (" + n + " given)");
        }
        if (nkw == 0) {
            if (n < min) {
                throw PythonException.typeError(name + "() missing required argument '" + names[n] + "' (pos " + (n + 1) + ")");
            }
            return args;
        }
        PyObject[] bound = new PyObject[max];
        System.arraycopy(args, 0, bound, 0, n);
        int used = 0;
        int last = n - 1;
        for (int i = Math.max(n, positionalOnly); i < max; i++) {
            int k = indexOf(kwnames, names[i]);
            if (k >= 0) {
                bound[i] = args[n + k];
                used++;
                last = i;
            } else if (i < min) {
                throw PythonException.typeError(name + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (used < nkw) {
            for (int i = positionalOnly; i < n; i++) {
                if (indexOf(kwnames, names[i]) >= 0) {
                    throw PythonException.typeError("argument for " + name + "() given by name ('" + names[i]
                            + "') and position (" + (i + 1) + ")");
                }
            }
            for (String k : kwnames) {
                if (indexOf(names, k) < positionalOnly) {
                    throw PythonException.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
                }
            }
        }
        return last + 1 == max ? bound : java.util.Arrays.copyOf(bound, last + 1);
    }

    /**
     * {@code impl} (a constructor or slot that reads its arguments itself) behind this spec's
     * checks, with {@code name} in the messages; it receives the call's arguments unchanged.
     */
    public Signature.Call checked(String name, Signature.Call impl) {
        return (self, args, kwnames) -> {
            bind(name, null, args, kwnames);
            return impl.call(self, args, kwnames);
        };
    }

    private static int indexOf(String[] a, String s) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code _PyObject_FunctionStr}: {@code str.upper()}, {@code math.sqrt()}, {@code len()}. */
    public static String functionStr(String name, String qualifier) {
        return (qualifier == null ? "" : qualifier + ".") + name + "()";
    }
}
