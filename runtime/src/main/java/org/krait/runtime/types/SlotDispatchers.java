package org.krait.runtime.types;

import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * Fills the slots of classes defined by a program with dispatchers that look the dunder up on
 * the object's type at each call and call it (CPython's {@code slot_*} functions of
 * typeobject.c), and refreshes them when a class's dunder is assigned.
 */
public final class SlotDispatchers {

    /** Marks the slot functions made here, so the number protocol can tell a class's Python operator from a builtin's. */
    private interface Dispatcher {
    }

    private SlotDispatchers() {
    }

    static void install(PyType t) {
        for (Slot s : Slot.values()) {
            refreshOne(t, s);
        }
        if (t.getOwn("__eq__") != null && t.getOwn("__hash__") == null) {
            t.resetSlot(Slot.HASH, null);
            t.define("__hash__", org.krait.runtime.objects.PyNoneType.NONE);
        }
    }

    static void refresh(PyType t, Slot s) {
        refreshOne(t, s);
        for (PyType sub : t.subclasses()) {
            refresh(sub, s);
        }
    }

    private static void refreshOne(PyType t, Slot s) {
        PyType owner = null;
        for (PyType m : t.mro()) {
            // __delete__ alone also makes a data descriptor: both live in the one SET slot (tp_descr_set).
            if (m.getOwn(s.dunder) != null || s == Slot.SET && m.getOwn("__delete__") != null) {
                owner = m;
                break;
            }
        }
        if (owner == null) {
            if (!t.isBuiltin()) {
                PyType base = t.base();
                t.resetSlot(s, base == null ? null : base.raw(s));
            }
            return;
        }
        if (owner.isBuiltin()) {
            t.resetSlot(s, owner.raw(s));
            return;
        }
        if (s == Slot.HASH && owner.getOwn(s.dunder) == PyNoneType.NONE) {
            t.resetSlot(s, null);
            return;
        }
        t.resetSlot(s, dispatcher(s));
    }

    /** Whether a slot function is a dispatcher to a method written in Python. */
    public static boolean isDispatcher(Object slotFunction) {
        return slotFunction instanceof Dispatcher;
    }

    /** Calls the dunder of {@code self}'s type with {@code self} first; new reference. */
    public static PyObject callDunder(PyObject self, String dunder, PyObject... args) {
        PyObject f = self.type().lookup(dunder);
        if (f == null) {
            throw ObjectOps.noAttribute(self, org.krait.runtime.objects.PyStr.of(dunder));
        }
        if (f instanceof PyFunction) {
            return BaseSlots.callWithSelf(f, self, args, null);
        }
        Signature.Ternary get = f.type().ternary(Slot.GET);
        if (get == null) {
            return CallOps.call(f, args, (String[]) null);
        }
        PyObject bound = get.apply(f, self, self.type());
        try {
            return CallOps.call(bound, args, (String[]) null);
        } finally {
            bound.decref();
        }
    }

    private static Object dispatcher(Slot s) {
        String d = s.dunder;
        switch (s) {
            case NEW:
                return (Signature.Call) (cls, args, kw) -> {
                    PyObject f = ((PyType) cls).lookup(d);
                    if (f.type().has(Slot.GET) && !(f instanceof PyFunction)) {
                        f = f.type().ternary(Slot.GET).apply(f, null, cls);
                    }
                    return BaseSlots.callWithSelf(f, cls, args, kw);
                };
            case INIT:
            case CALL:
                return (Signature.Call) (self, args, kw) -> {
                    PyObject f = self.type().lookup(d);
                    if (f instanceof PyFunction) {
                        return BaseSlots.callWithSelf(f, self, args, kw);
                    }
                    PyObject bound = f.type().ternary(Slot.GET).apply(f, self, self.type());
                    return CallOps.call(bound, args, kw);
                };
            case NEXT:
                return (Signature.Unary & Dispatcher) self -> {
                    try {
                        return callDunder(self, d);
                    } catch (PythonException e) {
                        if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                            return null;
                        }
                        throw e;
                    }
                };
            case BOOL:
                return (Signature.Predicate & Dispatcher) self -> {
                    PyObject r = callDunder(self, d);
                    if (!(r instanceof PyBool)) {
                        throw PythonException.typeError("__bool__ should return bool, returned " + r.type().name());
                    }
                    return r == PyBool.TRUE;
                };
            case LEN:
                return (Signature.Length & Dispatcher) self -> {
                    PyObject r = callDunder(self, d);
                    PyInt n = NumberOps.index(r);
                    if (n.signum() < 0) {
                        throw PythonException.valueError("__len__() should return >= 0");
                    }
                    // Krait's lengths are Java ints: a larger one is CPython's ssize_t overflow here
                    if (!n.isLong() || n.longValue() > Integer.MAX_VALUE) {
                        throw PythonException.overflow("cannot fit 'int' into an index-sized integer");
                    }
                    return (int) n.longValue();
                };
            case ITER:
                return (Signature.Unary & Dispatcher) self -> {
                    if (self.type().lookup(d) == PyNoneType.NONE) {
                        throw PythonException.typeError("'" + self.type().name() + "' object is not iterable");
                    }
                    return callDunder(self, d);
                };
            case HASH:
                return (Signature.Hash & Dispatcher) self -> {
                    PyObject r = callDunder(self, d);
                    if (!(r instanceof PyInt)) {
                        throw PythonException.typeError("__hash__ method should return an integer");
                    }
                    long h = ((PyInt) r).__hash__();
                    return h == -1 ? -2 : h;
                };
            case CONTAINS:
                return (Signature.Contains & Dispatcher) (self, x) -> {
                    if (self.type().lookup(d) == PyNoneType.NONE) {
                        throw PythonException.typeError("'" + self.type().name() + "' object is not a container");
                    }
                    PyObject r = callDunder(self, d, x);
                    boolean b = ObjectOps.isTrue(r);
                    r.decref();
                    return b;
                };
            case GET:
                return (Signature.Ternary & Dispatcher) (self, obj, type) -> callDunder(self, d, obj == null ? PyNoneType.NONE : obj,
                        type == null ? PyNoneType.NONE : type);
            case SET:
                // a descriptor's set slot with no value is a deletion: __delete__
                return (Signature.Setter & Dispatcher) (self, obj, value) -> {
                    String name = value == null ? "__delete__" : d;
                    if (self.type().lookup(name) == null) {
                        throw PythonException.attributeError(name);
                    }
                    (value == null ? callDunder(self, name, obj) : callDunder(self, name, obj, value)).decref();
                };
            default:
                break;
        }
        switch (s.signature) {
            case UNARY:
                return (Signature.Unary & Dispatcher) self -> callDunder(self, d);
            case BINARY:
                return (Signature.Binary & Dispatcher) (self, o) -> callDunder(self, d, o);
            case SETTER:
                return (Signature.Setter & Dispatcher) (self, k, v) -> callDunder(self, d, k, v).decref();
            case DELETER:
                return (Signature.Deleter & Dispatcher) (self, k) -> callDunder(self, d, k).decref();
            default:
                throw new IllegalStateException("no dispatcher for " + s);
        }
    }
}
