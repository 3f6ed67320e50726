package org.krait.runtime.memory;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyMethod;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;

/**
 * The list of weak references to each object: making references (sharing the plain ones, as
 * CPython does), counting and listing them, and clearing them with their callbacks when the
 * object dies or is found in garbage.
 *
 * <p>The head of the list is a field of {@link GcObject}; the few weakly referenceable objects
 * that are not container objects (types, instances of subclasses of str or float) keep theirs in
 * a side table of the interpreter's {@link org.krait.runtime.objects.World} (a builtin type is
 * shared, its weak references are not), and are never cleared: such objects never die while Python code can see them, or
 * their death is not observed.
 */
public final class WeakrefLists {

    private WeakrefLists() {
    }

    private static PyReferenceType head(PyObject o) {
        if (o instanceof GcObject g) {
            return g.weakrefs;
        }
        return (PyReferenceType) org.krait.runtime.objects.World.current().weakrefHead(o);
    }

    private static void setHead(PyObject o, PyReferenceType r) {
        if (o instanceof GcObject g) {
            g.weakrefs = r;
            return;
        }
        org.krait.runtime.objects.World.current().setWeakrefHead(o, r);
    }

    /** Whether {@code o} can be weakly referenced (its type has a weak reference list). */
    public static boolean supports(PyObject o) {
        if (o instanceof PyInstance) {
            return instanceSupports(o.type());
        }
        if (o instanceof PyReferenceType) {
            return !o.type().isBuiltin() && o.type().hasInstanceDict();
        }
        if (o instanceof PyTuple || o instanceof org.krait.runtime.objects.PyInt
                || o instanceof org.krait.runtime.objects.PyBytes) {
            return false;
        }
        if (o instanceof PyFunction || o instanceof PyType || o instanceof PySet || o instanceof PyMethod
                || o instanceof PyModule || o instanceof PyBuiltinFunctionOrMethod
                || o instanceof org.krait.runtime.bytecode.PyCode || o instanceof org.krait.runtime.objects.PyGenerator) {
            return true;
        }
        // Instances of classes deriving from a builtin type (list, dict, str, float...).
        return !o.type().isBuiltin() && instanceSupports(o.type());
    }

    private static boolean instanceSupports(PyType t) {
        if (t.isBuiltin()) {
            return false;
        }
        if (t.hasInstanceDict()) {
            return true;
        }
        for (PyType m : t.mro()) {
            PyObject slots = m.getOwn("__slots__");
            if (slots == null) {
                continue;
            }
            if (slots instanceof org.krait.runtime.objects.PyStr s) {
                if (s.toString().equals("__weakref__")) {
                    return true;
                }
                continue;
            }
            try {
                for (PyObject n : org.krait.runtime.ops.IterOps.toArray(slots)) {
                    if (n.toString().equals("__weakref__")) {
                        return true;
                    }
                }
            } catch (PythonException e) {
                // Not iterable: not a declaration of a weak reference slot.
                e.exception().decref();
            }
        }
        return false;
    }

    private static void check(PyObject o) {
        if (!supports(o)) {
            throw PythonException.typeError("cannot create weak reference to '" + o.type().name() + "' object");
        }
    }

    /** {@code weakref.ref(o, callback)} for type {@code cls}: the shared plain reference when possible. */
    public static PyObject newRef(PyType cls, PyObject o, PyObject callback) {
        check(o);
        if (callback == org.krait.runtime.objects.PyNoneType.NONE) {
            callback = null;
        }
        PyReferenceType[] basic = basics(o);
        boolean plain = callback == null && cls == PyReferenceType.TYPE;
        if (plain && basic[0] != null) {
            return PyObject.newRef(basic[0]);
        }
        PyReferenceType r = new PyReferenceType(cls == PyReferenceType.TYPE ? null : cls, o, callback);
        insert(o, r, plain ? null : basic[1] != null ? basic[1] : basic[0]);
        return r;
    }

    /** {@code weakref.proxy(o, callback)}. */
    public static PyObject newProxy(PyObject o, PyObject callback) {
        check(o);
        if (callback == org.krait.runtime.objects.PyNoneType.NONE) {
            callback = null;
        }
        PyReferenceType[] basic = basics(o);
        if (callback == null && basic[1] != null) {
            return PyObject.newRef(basic[1]);
        }
        boolean callable = o.type().has(org.krait.runtime.types.Slot.CALL);
        PyReferenceType p = callable ? new PyProxyType.PyCallableProxyType(o, callback) : new PyProxyType(o, callback);
        insert(o, p, callback == null ? basic[0] : basic[1] != null ? basic[1] : basic[0]);
        return p;
    }

    /** The shared plain reference and proxy of {@code o}, each null when absent (CPython's get_basic_refs). */
    private static PyReferenceType[] basics(PyObject o) {
        PyReferenceType h = head(o);
        PyReferenceType ref = null;
        if (h != null && h.getClass() == PyReferenceType.class && h.type() == PyReferenceType.TYPE && h.callback == null) {
            ref = h;
            h = h.wrNext;
        }
        PyReferenceType proxy = h instanceof PyProxyType && h.callback == null ? h : null;
        return new PyReferenceType[] {ref, proxy};
    }

    /** Links {@code r} into {@code o}'s list after {@code prev}, or at its head when null. */
    private static void insert(PyObject o, PyReferenceType r, PyReferenceType prev) {
        if (prev == null) {
            PyReferenceType h = head(o);
            r.wrNext = h;
            if (h != null) {
                h.wrPrev = r;
            }
            setHead(o, r);
        } else {
            r.wrPrev = prev;
            r.wrNext = prev.wrNext;
            if (prev.wrNext != null) {
                prev.wrNext.wrPrev = r;
            }
            prev.wrNext = r;
        }
    }

    /** Takes {@code r} out of its referent's list and clears it. */
    static void unlink(PyReferenceType r) {
        PyObject o = r.referent;
        if (o == null) {
            return;
        }
        if (r.wrPrev != null) {
            r.wrPrev.wrNext = r.wrNext;
        } else {
            setHead(o, r.wrNext);
        }
        if (r.wrNext != null) {
            r.wrNext.wrPrev = r.wrPrev;
        }
        r.wrPrev = null;
        r.wrNext = null;
        r.referent = null;
    }

    /** {@code weakref.getweakrefcount(o)}. */
    public static int count(PyObject o) {
        int n = 0;
        for (PyReferenceType r = head(o); r != null; r = r.wrNext) {
            n++;
        }
        return n;
    }

    /** {@code weakref.getweakrefs(o)}: the references, in list order (borrowed). */
    public static List<PyReferenceType> all(PyObject o) {
        List<PyReferenceType> out = new ArrayList<>();
        for (PyReferenceType r = head(o); r != null; r = r.wrNext) {
            out.add(r);
        }
        return out;
    }

    /**
     * Clears every weak reference to {@code o}, which is dying, then calls the callbacks of those
     * still alive, in list order ({@code PyObject_ClearWeakRefs}).
     */
    static void clearAll(PyObject o) {
        List<PyReferenceType> withCallback = new ArrayList<>();
        List<PyObject> callbacks = new ArrayList<>();
        PyReferenceType r;
        while ((r = head(o)) != null) {
            PyObject cb = r.callback;
            r.callback = null;
            unlink(r);
            if (cb != null) {
                if (r.refcnt() > 0) {
                    r.incref();
                    withCallback.add(r);
                    callbacks.add(cb);
                } else {
                    cb.decref();
                }
            }
        }
        for (int i = 0; i < withCallback.size(); i++) {
            call(withCallback.get(i), callbacks.get(i));
            callbacks.get(i).decref();
            withCallback.get(i).decref();
        }
    }

    /** Calls {@code callback(ref)}; an exception goes to {@code sys.unraisablehook}. */
    static void call(PyReferenceType ref, PyObject callback) {
        try {
            org.krait.runtime.ops.CallOps.call(callback, ref).decref();
        } catch (PythonException e) {
            Unraisable.report(e.exception(), null, callback);
            e.exception().decref();
        }
    }

    /**
     * The collector's {@code handle_weakrefs}: clears the weak references to every garbage object
     * and those that are garbage themselves, then calls the callbacks of the cleared references
     * that are not garbage. Returns how many of those references died after their callback.
     */
    static long clearGarbage(GcObject unreachable) {
        List<PyReferenceType> toCall = new ArrayList<>();
        List<PyObject> callbacks = new ArrayList<>();
        for (GcObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) {
            if (o instanceof PyReferenceType w) {
                unlink(w);
            }
            PyReferenceType r;
            while ((r = o.weakrefs) != null) {
                unlink(r);
                if (r.callback == null || (r.gcFlags & GcObject.COLLECTING) != 0) {
                    continue;
                }
                r.incref();
                toCall.add(r);
                callbacks.add(r.callback);
                r.callback = null;
            }
        }
        long freed = 0;
        for (int i = 0; i < toCall.size(); i++) {
            PyReferenceType r = toCall.get(i);
            call(r, callbacks.get(i));
            callbacks.get(i).decref();
            if (r.refcnt() == 1) {
                freed++;
            }
            r.decref();
        }
        return freed;
    }
}
