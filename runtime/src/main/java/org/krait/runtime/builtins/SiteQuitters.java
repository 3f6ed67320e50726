package org.krait.runtime.builtins;

import java.util.LinkedHashMap;
import java.util.Map;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyMethodDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;

/**
 * The builtins {@code exit} and {@code quit}, which CPython's {@code site} module adds (so they are
 * missing under {@code -S}): instances of {@code _sitebuiltins.Quitter}, whose repr tells how to
 * leave the interactive prompt and whose call raises {@code SystemExit(code)} after closing
 * {@code sys.stdin}. CPython: Lib/_sitebuiltins.py.
 */
final class SiteQuitters {

    /** What ends input on this platform's terminals, as the repr names it. */
    private static final String EOF_KEY = "Ctrl-D (i.e. EOF)";

    private SiteQuitters() {
    }

    /** Puts {@code exit} and {@code quit} into the builtins namespace {@code builtins}. */
    static void install(PyDict builtins, Interpreter interp) {
        Map<String, PyObject> ns = new LinkedHashMap<>();
        ns.put("__module__", PyStr.of("_sitebuiltins"));
        PyType quitter = PyType.heap("Quitter", new PyType[0], ns);
        define(quitter, "__repr__", (self, a, kw) -> {
            PyObject name = ObjectOps.getAttr(self, "name");
            PyObject eof = ObjectOps.getAttr(self, "eof");
            PyStr r = PyStr.of("Use " + name + "() or " + eof + " to exit");
            name.decref();
            eof.decref();
            return r;
        });
        define(quitter, "__call__", (self, a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - nkw;
            if (npos > 1) {
                throw PythonException.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but " + (npos + 1) + " were given");
            }
            PyObject code = npos == 1 ? a[0] : PyNoneType.NONE;
            for (int i = 0; i < nkw; i++) {
                if (!kw[i].equals("code") || npos == 1) {
                    throw PythonException.typeError(kw[i].equals("code") ? "Quitter.__call__() got multiple values for argument 'code'"
                            : "Quitter.__call__() got an unexpected keyword argument '" + kw[i] + "'");
                }
                code = a[npos + i];
            }
            closeStdin(interp);
            throw new PythonException(PyBaseException.create(ExceptionTypes.SYSTEM_EXIT, code));
        });
        for (String name : new String[] {"exit", "quit"}) {
            PyObject q = CallOps.call(quitter);
            setStr(q, "name", name);
            setStr(q, "eof", EOF_KEY);
            builtins.setItem(name, q);
            q.decref();
        }
        quitter.decref();
    }

    private static void define(PyType type, String name, Signature.Call impl) {
        PyObject method = new PyMethodDescr(type, name, impl);
        type.setAttribute(name, method);
        method.decref();
    }

    private static void setStr(PyObject o, String attr, String value) {
        PyStr name = PyStr.of(attr);
        PyStr v = PyStr.of(value);
        ObjectOps.setAttr(o, name, v);
        name.decref();
        v.decref();
    }

    /** As {@code Quitter.__call__}: closing {@code sys.stdin} may fail; that is ignored. */
    private static void closeStdin(Interpreter interp) {
        PyModule sys = interp.loadedModule("sys");
        PyObject stdin = sys == null ? null : sys.dict().getItem("stdin");
        if (stdin == null || stdin == PyNoneType.NONE) {
            return;
        }
        try {
            PyObject close = ObjectOps.getAttr(stdin, "close");
            CallOps.call(close).decref();
            close.decref();
        } catch (PythonException e) {
            // CPython's Quitter swallows every exception here too.
        }
    }
}
