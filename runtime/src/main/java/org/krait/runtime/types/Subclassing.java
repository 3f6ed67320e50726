package org.krait.runtime.types;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code isinstance} and {@code issubclass}: tuples and unions of classes, the metaclass hooks
 * {@code __instancecheck__}/{@code __subclasscheck__}, and the protocol for class-like objects
 * that only have {@code __bases__}. CPython: {@code PyObject_IsInstance} and
 * {@code PyObject_IsSubclass} in Objects/abstract.c.
 */
public final class Subclassing {

    private static final String INSTANCE_ARG2 = "isinstance() arg 2 must be a type, a tuple of types, or a union";
    private static final String SUBCLASS_ARG1 = "issubclass() arg 1 must be a class";
    private static final String SUBCLASS_ARG2 = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

    private Subclassing() {
    }

    /** {@code isinstance(inst, cls)}. */
    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) {
            return true;
        }
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE) {
            return recursiveIsInstance(inst, cls);
        }
        if (cls instanceof PyUnionType) {
            cls = ((PyUnionType) cls).members();
        }
        if (cls instanceof PyTuple) {
            PyTuple t = (PyTuple) cls;
            for (int i = 0; i < t.size(); i++) {
                if (isInstance(inst, t.getItem(i))) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = lookupSpecial(cls, "__instancecheck__");
        if (checker != null) {
            return callCheck(checker, inst);
        }
        return recursiveIsInstance(inst, cls);
    }

    /** {@code issubclass(derived, cls)}. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE) {
            return derived == cls || recursiveIsSubclass(derived, cls);
        }
        if (cls instanceof PyUnionType) {
            cls = ((PyUnionType) cls).members();
        }
        if (cls instanceof PyTuple) {
            PyTuple t = (PyTuple) cls;
            for (int i = 0; i < t.size(); i++) {
                if (isSubclass(derived, t.getItem(i))) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = lookupSpecial(cls, "__subclasscheck__");
        if (checker != null) {
            return callCheck(checker, derived);
        }
        return recursiveIsSubclass(derived, cls);
    }

    /** {@code type.__instancecheck__}: the real test, without the hook ({@code object_isinstance}). */
    static boolean recursiveIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType) {
            if (inst.type().isSubtypeOf((PyType) cls)) {
                return true;
            }
            PyObject icls = ObjectOps.lookupAttr(inst, PyStr.of("__class__"));
            try {
                return icls != inst.type() && icls instanceof PyType && ((PyType) icls).isSubtypeOf((PyType) cls);
            } finally {
                PyObject.xdecref(icls);
            }
        }
        checkClass(cls, INSTANCE_ARG2);
        PyObject icls = ObjectOps.lookupAttr(inst, PyStr.of("__class__"));
        if (icls == null) {
            return false;
        }
        try {
            return abstractIsSubclass(icls, cls);
        } finally {
            icls.decref();
        }
    }

    /** {@code type.__subclasscheck__}: the real test, without the hook. */
    static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType && derived instanceof PyType) {
            return ((PyType) derived).isSubtypeOf((PyType) cls);
        }
        checkClass(derived, SUBCLASS_ARG1);
        if (!(cls instanceof PyUnionType)) {
            checkClass(cls, SUBCLASS_ARG2);
        }
        return abstractIsSubclass(derived, cls);
    }

    /** Whether {@code cls} is {@code derived} or among its {@code __bases__}, recursively. */
    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        if (derived == cls) {
            return true;
        }
        PyObject bases = basesOf(derived);
        if (bases == null) {
            return false;
        }
        try {
            PyTuple t = (PyTuple) bases;
            for (int i = 0; i < t.size(); i++) {
                if (abstractIsSubclass(t.getItem(i), cls)) {
                    return true;
                }
            }
            return false;
        } finally {
            bases.decref();
        }
    }

    /** {@code __bases__} when it is a tuple (new reference), else null. */
    private static PyObject basesOf(PyObject o) {
        PyObject b = ObjectOps.lookupAttr(o, PyStr.of("__bases__"));
        if (b != null && !(b instanceof PyTuple)) {
            b.decref();
            return null;
        }
        return b;
    }

    private static void checkClass(PyObject cls, String message) {
        PyObject b = basesOf(cls);
        if (b == null) {
            throw PythonException.typeError(message);
        }
        b.decref();
    }

    /** A special method looked up on the type of {@code o} and bound to it, or null. */
    private static PyObject lookupSpecial(PyObject o, String name) {
        PyObject f = o.type().lookup(name);
        if (f == null) {
            return null;
        }
        Signature.Ternary get = f.type().ternary(Slot.GET);
        return get != null ? get.apply(f, o, o.type()) : PyObject.newRef(f);
    }

    private static boolean callCheck(PyObject checker, PyObject arg) {
        try {
            PyObject r = CallOps.call(checker, arg);
            try {
                return ObjectOps.isTrue(r);
            } finally {
                r.decref();
            }
        } finally {
            checker.decref();
        }
    }
}
