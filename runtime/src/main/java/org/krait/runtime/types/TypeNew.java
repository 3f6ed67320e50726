package org.krait.runtime.types;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.krait.runtime.objects.PyCell;
import org.krait.runtime.objects.PyClassmethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStaticmethod;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code type.__new__(meta, name, bases, namespace, **kwds)}: the metaclass that wins, the base
 * that gives the layout, the namespace's implicit entries ({@code __module__}, {@code __qualname__},
 * {@code __classcell__}), then {@code __set_name__} on its values and the bases'
 * {@code __init_subclass__}. CPython: {@code type_new} and its helpers in Objects/typeobject.c.
 */
public final class TypeNew {

    private static volatile Supplier<PyDict> callerGlobals = () -> null;

    private TypeNew() {
    }

    /** Installs how {@code type()} finds its caller's globals, whose {@code __name__} becomes the class's {@code __module__}. */
    public static void setCallerGlobals(Supplier<PyDict> supplier) {
        callerGlobals = supplier;
    }

    /**
     * The most derived of {@code meta} and the metaclasses of {@code bases} ({@code _PyType_CalculateMetaclass}),
     * or TypeError when they do not form a chain.
     */
    public static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType t = b.type();
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw PythonException.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The slot function {@code type.__new__}. */
    static PyObject typeNew(PyObject metaObj, PyObject[] args, String[] kw) {
        PyType meta = (PyType) metaObj;
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos != 3) {
            throw PythonException.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw PythonException.typeError("type.__new__() argument 1 must be str, not " + args[0].type().name());
        }
        if (!(args[1] instanceof PyTuple)) {
            throw PythonException.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type().name());
        }
        if (!(args[2] instanceof PyDict)) {
            throw PythonException.typeError("type.__new__() argument 3 must be dict, not " + args[2].type().name());
        }
        PyObject[] baseObjs = ((PyTuple) args[1]).toArray();
        PyType[] bases;
        PyType best;
        if (baseObjs.length == 0) {
            bases = new PyType[] {PyType.OBJECT};
            best = PyType.OBJECT;
        } else {
            for (PyObject b : baseObjs) {
                PyObject entries = b instanceof PyType ? null : ObjectOps.lookupAttr(b, PyStr.of("__mro_entries__"));
                if (entries != null) {
                    entries.decref();
                    throw PythonException.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
                }
            }
            PyType winner = calculateMetaclass(meta, baseObjs);
            if (winner != meta) {
                if (winner.raw(Slot.NEW) != PyType.TYPE.raw(Slot.NEW)) {
                    return winner.call(Slot.NEW).call(winner, args, kw);
                }
                meta = winner;
            }
            bases = new PyType[baseObjs.length];
            for (int i = 0; i < bases.length; i++) {
                if (!(baseObjs[i] instanceof PyType)) {
                    throw PythonException.typeError("bases must be types");
                }
                bases[i] = (PyType) baseObjs[i];
                if (!bases[i].isAcceptableBase()) {
                    throw PythonException.typeError("type '" + bases[i].name() + "' is not an acceptable base type");
                }
            }
            best = SlotsLayout.layoutBase(bases);
        }
        String name = args[0].toString();
        if (name.indexOf('\0') >= 0) {
            throw PythonException.valueError("type name must not contain null characters");
        }
        Map<String, PyObject> ns = namespace((PyDict) args[2]);
        String qualname = name;
        PyObject cell = null;
        try {
            PyObject qn = ns.remove("__qualname__");
            if (qn != null) {
                if (!(qn instanceof PyStr)) {
                    throw PythonException.typeError("type __qualname__ must be a str, not " + qn.type().name());
                }
                qualname = qn.toString();
                qn.decref();
            }
            cell = ns.remove("__classcell__");
            if (cell != null && !(cell instanceof PyCell)) {
                throw PythonException.typeError("__classcell__ must be a nonlocal cell, not " + ObjectOps.repr(cell.type()));
            }
            wrap(ns, "__new__", false);
            wrap(ns, "__init_subclass__", true);
            wrap(ns, "__class_getitem__", true);
        } catch (PythonException e) {
            release(ns);
            PyObject.xdecref(cell);
            throw e;
        }
        PyType t;
        try {
            t = PyType.heap(meta, name, bases, best, ns);
        } catch (PythonException e) {
            release(ns);
            PyObject.xdecref(cell);
            throw e;
        }
        t.setQualname(qualname);
        customMro(t);
        if (cell != null) {
            ((PyCell) cell).set(t);
            cell.decref();
        }
        setNames(t);
        initSubclass(t, args, kw);
        return t;
    }

    /** A metaclass that overrides {@code mro()} gives the class its MRO ({@code mro_invoke}). */
    private static void customMro(PyType t) {
        PyType meta = t.type();
        if (meta == PyType.TYPE || meta.lookup("mro") == PyType.TYPE.getOwn("mro")) {
            return;
        }
        PyObject result = CallOps.callMethod(t, "mro");
        PyObject[] items;
        try {
            items = org.krait.runtime.ops.IterOps.toArray(result);
        } finally {
            result.decref();
        }
        PyType[] mro = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType)) {
                String got = items[i].type().name();
                for (PyObject o : items) {
                    o.decref();
                }
                throw PythonException.typeError("mro() returned a non-class ('" + got + "')");
            }
            mro[i] = (PyType) items[i];
        }
        for (PyObject o : items) {
            o.decref();
        }
        t.setMro(mro);
    }

    /** A copy of the namespace, keyed by name, with {@code __module__} added from the caller when missing. */
    private static Map<String, PyObject> namespace(PyDict d) {
        Map<String, PyObject> map = new LinkedHashMap<>();
        for (int i = 0; i < d.entryBound(); i++) {
            PyObject k = d.keyAt(i);
            if (k != null) {
                if (!(k instanceof PyStr)) {
                    continue;
                }
                map.put(k.toString(), PyObject.newRef(d.valueAt(i)));
            }
        }
        if (!map.containsKey("__module__")) {
            PyDict g = callerGlobals.get();
            PyObject mod = g == null ? null : g.getItem("__name__");
            if (mod != null) {
                map.put("__module__", PyObject.newRef(mod));
            }
        }
        return map;
    }

    /** A plain function under {@code name} becomes a static method ({@code __new__}) or a class method. */
    private static void wrap(Map<String, PyObject> ns, String name, boolean asClassmethod) {
        PyObject f = ns.get(name);
        if (f instanceof PyFunction) {
            ns.put(name, asClassmethod ? PyClassmethod.of(f) : PyStaticmethod.of(f));
            f.decref();
        }
    }

    private static void release(Map<String, PyObject> ns) {
        for (PyObject v : ns.values()) {
            v.decref();
        }
    }

    /** Calls {@code value.__set_name__(t, key)} for the namespace's values that have it. */
    private static void setNames(PyType t) {
        for (String key : t.ownNames()) {
            PyObject value = t.getOwn(key);
            if (value == null) {
                continue;
            }
            PyObject f = value.type().lookup("__set_name__");
            if (f == null) {
                continue;
            }
            value.incref();
            try {
                PyObject r = SlotDispatchers.callDunder(value, "__set_name__", t, PyStr.of(key));
                r.decref();
            } catch (PythonException e) {
                PythonException wrapped = PythonException.of(ExceptionTypes.RUNTIME_ERROR, "Error calling __set_name__ on '"
                        + value.type().name() + "' instance " + ObjectOps.repr(PyStr.of(key)) + " in '" + t.name() + "'");
                wrapped.exception().setCause(e.exception());
                wrapped.exception().setContext(e.exception());
                throw wrapped;
            } finally {
                value.decref();
            }
        }
    }

    /** {@code super(t, t).__init_subclass__(**kwds)}. */
    private static void initSubclass(PyType t, PyObject[] args, String[] kw) {
        PyType[] mro = t.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject f = mro[i].getOwn("__init_subclass__");
            if (f == null) {
                continue;
            }
            Signature.Ternary get = f.type().ternary(Slot.GET);
            PyObject bound = get != null ? get.apply(f, null, t) : PyObject.newRef(f);
            int nkw = kw == null ? 0 : kw.length;
            PyObject[] kwArgs = java.util.Arrays.copyOfRange(args, args.length - nkw, args.length);
            try {
                CallOps.call(bound, kwArgs, nkw == 0 ? null : kw).decref();
            } finally {
                bound.decref();
            }
            return;
        }
    }
}
