package org.krait.runtime.modules;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.memory.PyProxyType;
import org.krait.runtime.memory.PyReferenceType;
import org.krait.runtime.memory.WeakrefLists;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;

/** The {@code _weakref} module, under the bundled {@code weakref}. CPython: Modules/_weakref.c. */
public final class WeakrefModule {

    private WeakrefModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("_weakref", d);
        PyStr doc = PyStr.of("Weak-reference support module.");
        d.setItem("__doc__", doc);
        doc.decref();
        d.setItem("ref", PyReferenceType.TYPE);
        d.setItem("ReferenceType", PyReferenceType.TYPE);
        d.setItem("ProxyType", PyProxyType.TYPE);
        d.setItem("CallableProxyType", PyProxyType.PyCallableProxyType.TYPE);
        define(d, "proxy", ArgSpec.positional(1, 2),
                (s, a, kw) -> WeakrefLists.newProxy(a[0], a.length > 1 ? a[1] : null));
        define(d, "getweakrefcount", ArgSpec.ONE, (s, a, kw) -> PyInt.of(WeakrefLists.count(a[0])));
        define(d, "getweakrefs", ArgSpec.ONE, (s, a, kw) -> {
            PyList out = new PyList();
            for (PyReferenceType r : WeakrefLists.all(a[0])) {
                out.append(r);
            }
            return out;
        });
        define(d, "_remove_dead_weakref", ArgSpec.positional(2, 2), (s, a, kw) -> {
            if (!(a[0] instanceof PyDict dict)) {
                throw PythonException.typeError("_remove_dead_weakref() argument 1 must be dict, not " + a[0].type().name());
            }
            PyObject v = dict.getItem(a[1]);
            if (v == null) {
                throw PythonException.of(org.krait.runtime.objects.exceptions.ExceptionTypes.KEY_ERROR, a[1]);
            }
            if (v instanceof PyReferenceType r && r.referent() == null) {
                dict.delItemIfPresent(a[1]);
            }
            return PyNoneType.NONE;
        });
        m.adoptFunctions();
        d.decref();
        return m;
    }
}
