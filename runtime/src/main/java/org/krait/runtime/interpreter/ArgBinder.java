package org.krait.runtime.interpreter;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * Binds a call's arguments to a function's parameters in its new frame, with CPython's error
 * messages (Python/ceval.c: {@code initialize_locals}, {@code too_many_positional},
 * {@code missing_arguments}).
 */
final class ArgBinder {

    private ArgBinder() {
    }

    static void bind(PyFrame f, PyFunction fn, PyObject[] args, String[] kwnames) {
        PyCode co = fn.code();
        PyObject[] s = f.slots;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = co.argcount;
        int total = argcount + co.kwonlyargcount;
        boolean varargs = (co.flags & PyCode.CO_VARARGS) != 0;
        boolean varkw = (co.flags & PyCode.CO_VARKEYWORDS) != 0;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            s[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        for (int i = 0; i < n; i++) {
            s[i] = PyObject.newRef(args[i]);
        }
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, npos - n)];
            System.arraycopy(args, n, rest, 0, rest.length);
            s[total] = PyTuple.of(rest);
        }
        String[] names = co.localsplusnames;
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[npos + k];
            int j = -1;
            for (int p = co.posonlyargcount; p < total; p++) {
                if (names[p].equals(name)) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                boolean isPosonly = false;
                for (int p = 0; p < co.posonlyargcount; p++) {
                    if (names[p].equals(name)) {
                        isPosonly = true;
                    }
                }
                if (kwdict != null) {
                    PyStr key = PyStr.ofName(name);
                    kwdict.setItem(key, value);
                    key.decref();
                    continue;
                }
                if (isPosonly) {
                    if (posonlyAsKw == null) {
                        posonlyAsKw = new ArrayList<>();
                    }
                    posonlyAsKw.add(name);
                    continue;
                }
                throw PythonException.typeError(fn.qualname() + "() got an unexpected keyword argument '" + name + "'");
            }
            if (s[j] != null) {
                throw PythonException.typeError(fn.qualname() + "() got multiple values for argument '" + name + "'");
            }
            s[j] = PyObject.newRef(value);
        }
        if (posonlyAsKw != null) {
            throw PythonException.typeError(fn.qualname() + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        }
        if (npos > argcount && !varargs) {
            throw tooManyPositional(fn, co, npos, s);
        }
        PyTuple defaults = fn.defaults();
        int ndef = defaults == null ? 0 : defaults.size();
        if (npos < argcount) {
            int firstDefault = argcount - ndef;
            List<String> missing = new ArrayList<>();
            for (int i = npos; i < argcount; i++) {
                if (s[i] == null) {
                    if (i >= firstDefault) {
                        s[i] = PyObject.newRef(defaults.getItem(i - firstDefault));
                    } else {
                        missing.add(names[i]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(fn, missing, "positional");
            }
        }
        if (co.kwonlyargcount > 0) {
            List<String> missing = new ArrayList<>();
            PyDict kwdefaults = fn.kwdefaults();
            for (int i = argcount; i < total; i++) {
                if (s[i] == null) {
                    PyObject d = kwdefaults == null ? null : kwdefaults.getItem(PyStr.of(names[i]));
                    if (d != null) {
                        s[i] = PyObject.newRef(d);
                    } else {
                        missing.add(names[i]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(fn, missing, "keyword-only");
            }
        }
    }

    private static PythonException tooManyPositional(PyFunction fn, PyCode co, int given, PyObject[] s) {
        int ndef = fn.defaults() == null ? 0 : fn.defaults().size();
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (s[i] != null) {
                kwonlyGiven++;
            }
        }
        String sig;
        if (ndef > 0) {
            sig = "from " + (co.argcount - ndef) + " to " + co.argcount;
        } else {
            sig = Integer.toString(co.argcount);
        }
        boolean plural = !(ndef == 0 && co.argcount == 1);
        String kwonly = "";
        if (kwonlyGiven > 0) {
            kwonly = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return PythonException.typeError(fn.qualname() + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + (kwonly.isEmpty() ? (given == 1 ? " was" : " were") : kwonly + (given == 1 && kwonlyGiven == 0 ? " was" : " were"))
                + " given");
    }

    private static PythonException missing(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PythonException.typeError(fn.qualname() + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }
}
