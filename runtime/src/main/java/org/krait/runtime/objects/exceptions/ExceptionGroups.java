package org.krait.runtime.objects.exceptions;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654): construction checks, str,
 * {@code subgroup}, {@code split} and {@code derive}. CPython: the exception group part of
 * Objects/exceptions.c. Their args are (message, tuple of exceptions).
 */
public final class ExceptionGroups {

    private ExceptionGroups() {
    }

    static PyType baseType() {
        PyType t = PyType.builtin("BaseExceptionGroup", ExceptionTypes.BASE_EXCEPTION);
        fill(t);
        t.define("__class_getitem__", org.krait.runtime.types.PyGenericAlias.classGetItem());
        return t;
    }

    static PyType type() {
        PyType t = PyType.builtin("ExceptionGroup", ExceptionTypes.BASE_EXCEPTION_GROUP, ExceptionTypes.EXCEPTION);
        return t;
    }

    private static void fill(PyType t) {
        t.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> construct((PyType) cls, a));
        t.slot(Slot.INIT, (Signature.Call) (self, a, kw) -> PyNoneType.NONE);
        t.slot(Slot.STR, (Signature.Unary) self -> {
            PyBaseException e = (PyBaseException) self;
            int n = members(e).size();
            return PyStr.of(e.args().getItem(0) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        });
        t.slot(Slot.REPR, (Signature.Unary) self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject list = org.krait.runtime.objects.PyList.of(((PyTuple) e.args().getItem(1)).toArray());
            return PyStr.of(e.type().name() + "(" + ObjectOps.repr(e.args().getItem(0)) + ", " + ObjectOps.repr(list) + ")");
        });
        t.method("derive", (self, a, kw) -> derive((PyBaseException) self, a[0]));
        t.method("subgroup", (self, a, kw) -> {
            PyObject[] parts = split((PyBaseException) self, matcher(a[0]), false);
            return PyObject.newRef(parts[0] == null ? PyNoneType.NONE : parts[0]);
        });
        t.method("split", (self, a, kw) -> {
            PyObject[] parts = split((PyBaseException) self, matcher(a[0]), true);
            return PyTuple.of(parts[0] == null ? PyNoneType.NONE : parts[0], parts[1] == null ? PyNoneType.NONE : parts[1]);
        });
    }

    /** Splits {@code exc} by exception type(s) {@code types} for except*: {match, rest}, nulls for nothing. */
    public static PyObject[] splitForStar(PyBaseException exc, PyObject types) {
        java.util.function.Predicate<PyBaseException> p = matcher(types);
        if (!exc.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            if (!p.test(exc)) {
                return new PyObject[] {null, PyObject.newRef(exc)};
            }
            // A naked exception is matched inside a new group, as CPython's exception_group_match.
            PyBaseException g = (PyBaseException) construct(ExceptionTypes.BASE_EXCEPTION_GROUP,
                    new PyObject[] {PyStr.EMPTY, PyTuple.of(exc)});
            g.setTraceback(exc.traceback());
            return new PyObject[] {g, null};
        }
        return split(exc, p, true);
    }

    /** The leaf exceptions of {@code e} (itself when it is not a group). */
    static void leaves(PyBaseException e, java.util.Set<PyBaseException> out) {
        if (e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP) && e.args().size() == 2
                && e.args().getItem(1) instanceof PyTuple) {
            for (PyBaseException m : members(e)) {
                leaves(m, out);
            }
        } else {
            out.add(e);
        }
    }

    /** CPython's {@code _PyExc_PrepReraiseStar}: the exception an except* statement re-raises, or null. */
    public static PyBaseException prepReraiseStar(PyBaseException orig, List<PyBaseException> results) {
        if (results.isEmpty()) {
            return null;
        }
        boolean origIsGroup = orig.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
        if (!origIsGroup) {
            // A naked exception was wrapped: only one handler ran, so there is one outcome.
            return results.get(0);
        }
        java.util.Set<PyBaseException> origLeaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        leaves(orig, origLeaves);
        java.util.Set<PyBaseException> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<PyObject> raised = new ArrayList<>();
        for (PyBaseException r : results) {
            java.util.Set<PyBaseException> l = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            leaves(r, l);
            if (origLeaves.containsAll(l)) {
                keep.addAll(l);
            } else {
                raised.add(r);
            }
        }
        PyBaseException reraised = null;
        if (!keep.isEmpty()) {
            PyObject[] parts = split(orig, keep::contains, false);
            reraised = (PyBaseException) parts[0];
        }
        if (raised.isEmpty()) {
            return reraised;
        }
        if (reraised != null) {
            raised.add(reraised);
        }
        if (raised.size() == 1) {
            return (PyBaseException) raised.get(0);
        }
        return (PyBaseException) construct(ExceptionTypes.BASE_EXCEPTION_GROUP,
                new PyObject[] {PyStr.EMPTY, org.krait.runtime.objects.PyList.of(raised.toArray(new PyObject[0]))});
    }

    /** The member exceptions of a group (borrowed). */
    static List<PyBaseException> members(PyBaseException e) {
        List<PyBaseException> out = new ArrayList<>();
        PyTuple t = (PyTuple) e.args().getItem(1);
        for (int i = 0; i < t.size(); i++) {
            out.add((PyBaseException) t.getItem(i));
        }
        return out;
    }

    private static PyObject construct(PyType cls, PyObject[] a) {
        if (a.length != 2) {
            throw PythonException.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + a.length + " given)");
        }
        if (!(a[0] instanceof PyStr)) {
            throw PythonException.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + a[0].type().name());
        }
        PyObject seq = a[1];
        if (!(seq instanceof org.krait.runtime.objects.PyList) && !(seq instanceof PyTuple)) {
            throw PythonException.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = IterOps.toArray(seq);
        if (excs.length == 0) {
            throw PythonException.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException)) {
                throw PythonException.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= excs[i].type().isSubtypeOf(ExceptionTypes.EXCEPTION);
        }
        PyType actual = cls;
        if (cls == ExceptionTypes.BASE_EXCEPTION_GROUP && allExceptions) {
            actual = ExceptionTypes.EXCEPTION_GROUP;
        } else if (cls.isSubtypeOf(ExceptionTypes.EXCEPTION_GROUP) && !allExceptions) {
            throw PythonException.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        PyBaseException e = (PyBaseException) actual.newInstance();
        e.setArgs(PyTuple.of(a[0], PyTuple.fromArray(excs)));
        return e;
    }

    /** A predicate over leaf exceptions from a type, a tuple of types, or a callable. */
    private static java.util.function.Predicate<PyBaseException> matcher(PyObject cond) {
        if (cond instanceof PyType || cond instanceof PyTuple) {
            PyObject[] types = cond instanceof PyTuple ? ((PyTuple) cond).toArray() : new PyObject[] {cond};
            for (PyObject t : types) {
                if (!(t instanceof PyType) || !((PyType) t).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                    throw PythonException.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> {
                for (PyObject t : types) {
                    if (e.type().isSubtypeOf((PyType) t)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (!cond.type().has(Slot.CALL)) {
            throw PythonException.typeError("expected a function, exception type or tuple of exception types");
        }
        return e -> ObjectOps.isTrue(CallOps.call(cond, e));
    }

    /** {match, rest} of {@code g} by {@code p}; each part a new group (or the group itself) or null. */
    static PyObject[] split(PyBaseException g, java.util.function.Predicate<PyBaseException> p, boolean wantRest) {
        if (p.test(g)) {
            return new PyObject[] {PyObject.newRef(g), null};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyBaseException e : members(g)) {
            if (e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                PyObject[] parts = split(e, p, wantRest);
                if (parts[0] != null) {
                    match.add(parts[0]);
                }
                if (parts[1] != null) {
                    rest.add(parts[1]);
                }
            } else if (p.test(e)) {
                match.add(PyObject.newRef(e));
            } else {
                rest.add(PyObject.newRef(e));
            }
        }
        PyObject m = match.isEmpty() ? null : derived(g, match);
        PyObject r = !wantRest || rest.isEmpty() ? null : derived(g, rest);
        return new PyObject[] {m, r};
    }

    /** {@code g.derive(items)} with g's traceback, cause, context and notes copied. */
    private static PyObject derived(PyBaseException g, List<PyObject> items) {
        PyObject d = derive(g, org.krait.runtime.objects.PyList.of(items.toArray(new PyObject[0])));
        if (d instanceof PyBaseException) {
            PyBaseException n = (PyBaseException) d;
            n.setTraceback(g.traceback());
            n.setCause(g.cause());
            n.setSuppressContext(g.suppressContext());
            n.setContext(g.context());
            PyObject notes = g.dict().getItem("__notes__");
            if (notes != null) {
                n.dict().setItem("__notes__", notes);
            }
        }
        return d;
    }

    private static PyObject derive(PyBaseException g, PyObject excs) {
        PyObject derive = g.type().lookup("derive");
        if (derive instanceof PyFunction) {
            return CallOps.call(derive, g, excs);
        }
        return construct(ExceptionTypes.BASE_EXCEPTION_GROUP, new PyObject[] {g.args().getItem(0), excs});
    }
}
