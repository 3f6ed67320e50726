package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** The slots and methods of {@code set}, and its iterator. CPython: Objects/setobject.c. */
final class SetMethods {

    static final PyType ITERATOR = PyType.builtin("set_iterator", PyType.OBJECT);

    private SetMethods() {
    }

    static void fill(PyType t, boolean frozen) {
        ITERATOR.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
        ITERATOR.slot(Slot.NEXT, (Signature.Unary) it -> ((Iterator) it).next());
        t.slot(Slot.LEN, (Signature.Length) s -> ((PySet) s).size());
        t.slot(Slot.CONTAINS, (Signature.Contains) (s, x) -> ((PySet) s).contains(x));
        t.slot(Slot.ITER, (Signature.Unary) s -> new Iterator((PySet) s));
        t.slot(Slot.REPR, (Signature.Unary) SetMethods::repr);
        if (!frozen) {
            t.instances(type -> new PySet.Derived(type, false));
        }
        ArgSpec one = ArgSpec.positional(0, 1);
        if (!frozen) {
            // As CPython: set.__new__ makes an empty set and set.__init__ fills it (again, when
            // called on a set), so a subclass's __init__ can pass the items on.
            t.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> {
                if (cls == PySet.TYPE && kw != null) {
                    throw PythonException.typeError("set() takes no keyword arguments");
                }
                return cls == PySet.TYPE ? new PySet(false) : ((PyType) cls).newInstance();
            });
            t.slot(Slot.INIT, (Signature.Call) (self, args, kw) -> {
                if (kw != null) {
                    throw PythonException.typeError("set() takes no keyword arguments");
                }
                if (args.length > 1) {
                    throw PythonException.typeError(self.type().name() + " expected at most 1 argument, got " + args.length);
                }
                PySet s = (PySet) self;
                s.clear();
                if (args.length > 0) {
                    update(s, args[0]);
                }
                return PyNoneType.NONE;
            });
        } else {
            t.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> {
                one.bind(t.name(), null, args, kw);
                if (cls != t) {
                    PySet d = new PySet.Derived((PyType) cls, true);
                    if (args.length > 0) {
                        update(d, args[0]);
                    }
                    return d;
                }
                if (args.length > 0 && args[0] instanceof PySet && ((PySet) args[0]).isFrozen()) {
                    return PyObject.newRef(args[0]);
                }
                PySet s = new PySet(true);
                if (args.length > 0) {
                    update(s, args[0]);
                }
                return s;
            });
        }
        if (frozen) {
            t.slot(Slot.HASH, (Signature.Hash) s -> ((PySet) s).frozenHash());
        } else {
            t.slot(Slot.HASH, null);
        }
        t.slot(Slot.OR, (Signature.Binary) (a, b) -> b instanceof PySet ? union((PySet) a, b) : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.AND, (Signature.Binary) (a, b) -> b instanceof PySet ? intersection((PySet) a, b) : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.SUB, (Signature.Binary) (a, b) -> b instanceof PySet ? difference((PySet) a, b) : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.XOR, (Signature.Binary) (a, b) -> b instanceof PySet ? symmetric((PySet) a, b) : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.EQ, (Signature.Binary) (a, b) -> b instanceof PySet ? PyBool.of(((PySet) a).size() == ((PySet) b).size()
                && subset((PySet) a, (PySet) b)) : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.NE, (Signature.Binary) (a, b) -> b instanceof PySet ? PyBool.of(!(((PySet) a).size() == ((PySet) b).size()
                && subset((PySet) a, (PySet) b))) : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.LE, (Signature.Binary) (a, b) -> b instanceof PySet ? PyBool.of(subset((PySet) a, (PySet) b))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.GE, (Signature.Binary) (a, b) -> b instanceof PySet ? PyBool.of(subset((PySet) b, (PySet) a))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.LT, (Signature.Binary) (a, b) -> b instanceof PySet ? PyBool.of(((PySet) a).size() < ((PySet) b).size()
                && subset((PySet) a, (PySet) b)) : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.GT, (Signature.Binary) (a, b) -> b instanceof PySet ? PyBool.of(((PySet) a).size() > ((PySet) b).size()
                && subset((PySet) b, (PySet) a)) : PyNotImplementedType.NOT_IMPLEMENTED);
        if (!frozen) {
            t.slot(Slot.IOR, (Signature.Binary) (a, b) -> {
                if (!(b instanceof PySet)) {
                    return PyNotImplementedType.NOT_IMPLEMENTED;
                }
                update((PySet) a, b);
                return PyObject.newRef(a);
            });
            t.slot(Slot.IAND, (Signature.Binary) (a, b) -> b instanceof PySet ? replaceWith((PySet) a, intersection((PySet) a, b))
                    : PyNotImplementedType.NOT_IMPLEMENTED);
            t.slot(Slot.ISUB, (Signature.Binary) (a, b) -> b instanceof PySet ? replaceWith((PySet) a, difference((PySet) a, b))
                    : PyNotImplementedType.NOT_IMPLEMENTED);
            t.slot(Slot.IXOR, (Signature.Binary) (a, b) -> b instanceof PySet ? replaceWith((PySet) a, symmetric((PySet) a, b))
                    : PyNotImplementedType.NOT_IMPLEMENTED);
            t.method("intersection_update", ArgSpec.VARARGS, (s, a, kw) -> {
                PySet r = (PySet) intersection((PySet) s, a[0]);
                ((PySet) s).clear();
                update((PySet) s, r);
                return PyNoneType.NONE;
            });
            t.method("difference_update", ArgSpec.VARARGS, (s, a, kw) -> {
                for (PyObject o : IterOps.toArray(a[0])) {
                    try {
                        ((PySet) s).discard(o);
                    } finally {
                        o.decref();
                    }
                }
                return PyNoneType.NONE;
            });
        }
        if (!frozen) {
            t.method("add", ArgSpec.ONE, (s, a, kw) -> {
                ((PySet) s).add(a[0]);
                return PyNoneType.NONE;
            });
            t.method("discard", ArgSpec.ONE, (s, a, kw) -> {
                ((PySet) s).discard(a[0]);
                return PyNoneType.NONE;
            });
            t.method("remove", ArgSpec.ONE, (s, a, kw) -> {
                if (!((PySet) s).discard(a[0])) {
                    throw PythonException.of(ExceptionTypes.KEY_ERROR, a[0]);
                }
                return PyNoneType.NONE;
            });
            t.method("pop", ArgSpec.NOARGS, (s, a, kw) -> {
                PyObject k = ((PySet) s).popAny();
                if (k == null) {
                    throw PythonException.of(ExceptionTypes.KEY_ERROR, "pop from an empty set");
                }
                return k;
            });
            t.method("clear", ArgSpec.NOARGS, (s, a, kw) -> {
                ((PySet) s).clear();
                return PyNoneType.NONE;
            });
            t.method("symmetric_difference_update", ArgSpec.ONE, (s, a, kw) -> {
                PySet other = asSet(a[0]);
                for (int i = 0; i < other.slotBound(); i++) {
                    PyObject k = other.keyAt(i);
                    if (k != null && !((PySet) s).discard(k)) {
                        ((PySet) s).add(k);
                    }
                }
                return PyNoneType.NONE;
            });
        }
        t.method("copy", ArgSpec.NOARGS, (s, a, kw) -> copy((PySet) s));
        t.method("update", ArgSpec.VARARGS, (s, a, kw) -> {
            for (PyObject o : a) {
                update((PySet) s, o);
            }
            return PyNoneType.NONE;
        });
        t.method("union", ArgSpec.VARARGS, (s, a, kw) -> {
            PySet r = copy((PySet) s);
            for (PyObject o : a) {
                update(r, o);
            }
            return r;
        });
        t.method("intersection", ArgSpec.VARARGS, (s, a, kw) -> {
            PyObject r = PyObject.newRef(s);
            for (PyObject o : a) {
                PyObject next = intersection((PySet) r, o);
                r.decref();
                r = next;
            }
            return a.length == 0 ? copy((PySet) s) : r;
        });
        t.method("difference", ArgSpec.VARARGS, (s, a, kw) -> {
            PyObject r = copy((PySet) s);
            for (PyObject o : a) {
                PyObject next = difference((PySet) r, o);
                r.decref();
                r = next;
            }
            return r;
        });
        t.method("symmetric_difference", ArgSpec.ONE, (s, a, kw) -> symmetric((PySet) s, a[0]));
        t.method("issubset", ArgSpec.ONE, (s, a, kw) -> PyBool.of(subset((PySet) s, asSet(a[0]))));
        t.method("issuperset", ArgSpec.ONE, (s, a, kw) -> PyBool.of(subset(asSet(a[0]), (PySet) s)));
        t.method("isdisjoint", ArgSpec.ONE, (s, a, kw) -> {
            PyObject[] items = IterOps.toArray(a[0]);
            try {
                for (PyObject o : items) {
                    if (((PySet) s).contains(o)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            } finally {
                for (PyObject o : items) {
                    o.decref();
                }
            }
        });
    }

    private static PySet asSet(PyObject o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        PySet s = new PySet();
        update(s, o);
        return s;
    }

    /** The in-place operators: {@code s} takes the items of {@code result} (a new set), and is returned. */
    private static PyObject replaceWith(PySet s, PyObject result) {
        s.clear();
        update(s, result);
        result.decref();
        return PyObject.newRef(s);
    }

    static void update(PySet s, PyObject iterable) {
        if (iterable instanceof PySet) {
            PySet o = (PySet) iterable;
            if ((long) (s.size() + o.size()) * 5 >= (long) (s.slotBound() - 1) * 3) {
                s.resize((s.size() + o.size()) * 2);
            }
            for (int i = 0; i < o.slotBound(); i++) {
                PyObject k = o.keyAt(i);
                if (k != null) {
                    s.add(k);
                }
            }
            return;
        }
        for (PyObject o : IterOps.toArray(iterable)) {
            s.add(o);
            o.decref();
        }
    }

    static PySet copy(PySet s) {
        PySet r = new PySet(s.isFrozen());
        update(r, s);
        return r;
    }

    private static PyObject union(PySet a, PyObject b) {
        PySet r = copy(a);
        update(r, b);
        return r;
    }

    private static PyObject intersection(PySet a, PyObject other) {
        PySet b = asSet(other);
        PySet big = a;
        PySet small = b;
        if (b.size() > a.size()) {
            big = b;
            small = a;
        }
        PySet r = new PySet(a.isFrozen());
        for (int i = 0; i < small.slotBound(); i++) {
            PyObject k = small.keyAt(i);
            if (k != null && big.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    private static PyObject difference(PySet a, PyObject other) {
        PySet b = asSet(other);
        PySet r = new PySet(a.isFrozen());
        for (int i = 0; i < a.slotBound(); i++) {
            PyObject k = a.keyAt(i);
            if (k != null && !b.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    private static PyObject symmetric(PySet a, PyObject other) {
        PySet b = asSet(other);
        PySet r = copy(a);
        for (int i = 0; i < b.slotBound(); i++) {
            PyObject k = b.keyAt(i);
            if (k != null && !r.discard(k)) {
                r.add(k);
            }
        }
        return r;
    }

    private static boolean subset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int i = 0; i < a.slotBound(); i++) {
            PyObject k = a.keyAt(i);
            if (k != null && !b.contains(k)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject repr(PyObject self) {
        PySet s = (PySet) self;
        boolean exact = s.getClass() == PySet.class;
        String name = s.type().name();
        String open = s.isFrozen() || !exact ? name + "({" : "{";
        String close = s.isFrozen() || !exact ? "})" : "}";
        if (s.size() == 0) {
            return PyStr.of(name + "()");
        }
        if (!ReprGuard.enter(s)) {
            return PyStr.of("set(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            boolean first = true;
            for (int i = 0; i < s.slotBound(); i++) {
                PyObject k = s.keyAt(i);
                if (k != null) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(ObjectOps.repr(k));
                }
            }
            return PyStr.of(sb.append(close).toString());
        } finally {
            ReprGuard.leave(s);
        }
    }

    /** Walks a set's slots; fails if the set changes size. */
    static final class Iterator extends PyObject {
        private PySet set;
        private final int size;
        private int pos;

        Iterator(PySet set) {
            this.set = newRef(set);
            this.size = set.size();
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        PyObject next() {
            if (set == null) {
                return null;
            }
            if (set.size() != size) {
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "Set changed size during iteration");
            }
            while (pos < set.slotBound()) {
                PyObject k = set.keyAt(pos++);
                if (k != null) {
                    return newRef(k);
                }
            }
            set.decref();
            set = null;
            return null;
        }

        @Override
        public void releaseReferences() {
            xdecref(set);
        }
    }
}
